//! The results table component.

use care_workforce::report::ResultTable;
use leptos::prelude::*;

/// The results as a table: a row per year, figures rounded once by the report module. The rows
/// are built from the table's row shapes and rebuilt only when those change; an edit that
/// changes only figures rewrites only the figures' text. Wrapped in a focusable scroll region
/// so it reflows at 320 px without losing columns.
#[component]
pub fn ResultsTable(
    /// The table to show.
    #[prop(into)]
    table: Signal<ResultTable>,
) -> impl IntoView {
    let shapes = Memo::new(move |_| table.with(ResultTable::row_shapes));
    let rows = move || {
        shapes
            .get()
            .into_iter()
            .enumerate()
            .map(|(row, shape)| {
                let cells = (0..shape.cells)
                    .map(|column| view! { <td>{move || table.with(|t| t.cell_text(row, column))}</td> })
                    .collect_view();
                view! {
                    <tr data-year=shape.key class=shape.published.then_some("row--published")>
                        <th scope="row" inner_html=shape.head_html></th>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap" role="region" aria-labelledby="results-caption" tabindex="0">
            <table id="results-table" class="table table--numbers table--results">
                <caption id="results-caption">{move || table.with(|t| t.caption.clone())}</caption>
                <thead>
                    <tr inner_html=move || table.with(ResultTable::head_html)></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
