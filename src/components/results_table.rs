use care_workforce::report::ResultTable;
use leptos::prelude::*;

/// The results as a table: a row per year, figures rounded once by the report module, which also
/// writes the rows' markup (one DOM write an update). Wrapped in a focusable scroll region so it
/// reflows at 320 px without losing columns.
#[component]
pub fn ResultsTable(
    /// The table to show.
    #[prop(into)]
    table: Signal<ResultTable>,
) -> impl IntoView {
    view! {
        <div class="table-wrap" role="region" aria-labelledby="results-caption" tabindex="0">
            <table id="results-table" class="table table--numbers table--results">
                <caption id="results-caption">{move || table.with(|t| t.caption.clone())}</caption>
                <thead>
                    <tr inner_html=move || table.with(ResultTable::head_html)></tr>
                </thead>
                <tbody inner_html=move || table.with(ResultTable::body_html)></tbody>
            </table>
        </div>
    }
}
