use care_workforce::format::grouped;
use care_workforce::report::ResultTable;
use leptos::prelude::*;

/// The results as a table: a row per year, figures rounded once by the report module.
/// Wrapped in a focusable scroll region so it reflows at 320 px without losing columns.
#[component]
pub fn ResultsTable(
    /// The table to show.
    #[prop(into)]
    table: Signal<ResultTable>,
) -> impl IntoView {
    view! {
        <div class="table-wrap" role="region" aria-labelledby="results-caption" tabindex="0">
            <table id="results-table" class="table table--numbers">
                <caption id="results-caption">{move || table.with(|t| t.caption.clone())}</caption>
                <thead>
                    <tr>
                        {move || {
                            table
                                .with(|t| t.columns.clone())
                                .into_iter()
                                .map(|c| view! { <th scope="col">{c}</th> })
                                .collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        table
                            .get()
                            .rows
                            .into_iter()
                            .map(|r| {
                                let tag = r.note.map(|n| {
                                    let short = if n.starts_with("extrapolated") { "extrapolated" } else { "published year" };
                                    view! { <span class="tag" title=n>{short}</span> }
                                });
                                view! {
                                    <tr data-year=r.key class:row--published=r.note.is_some_and(|n| n.starts_with("a year"))>
                                        <th scope="row">{r.label} " " {tag}</th>
                                        {r.cells.into_iter().map(|c| view! { <td>{grouped(c)}</td> }).collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
