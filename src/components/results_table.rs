//! The results table component.

use care_workforce::format::grouped;
use care_workforce::report::{Grid, GridRow};
use leptos::prelude::*;

/// The results as a table: a row per year, figures rounded once by the report module. The body
/// is one view of the grid, rendered again on each change: Leptos keeps the elements and
/// rewrites only the attributes and texts that differ, so an edit rewrites only the figures that
/// changed. Wrapped in a focusable scroll region so it reflows at 320 px without losing columns.
#[component]
pub fn ResultsTable(
    /// The table as shown, from the view's results table.
    #[prop(into)]
    grid: Signal<Grid>,
) -> impl IntoView {
    let headings = Memo::new(move |_| grid.with(|g| g.headings.clone()));
    view! {
        <div class="table-wrap" role="region" aria-labelledby="results-caption" tabindex="0">
            <table id="results-table" class="table table--numbers table--results">
                <caption id="results-caption">{move || grid.with(|g| g.caption.clone())}</caption>
                <thead>
                    <tr>
                        {move || {
                            headings
                                .get()
                                .into_iter()
                                .map(|h| view! { <th scope="col">{h}</th> })
                                .collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>{move || grid.with(|g| g.rows.iter().map(row).collect_view())}</tbody>
            </table>
        </div>
    }
}

/// One body row: its heading (the year and its tag, if any) and its figures.
fn row(r: &GridRow) -> impl IntoView {
    let tag = r
        .kind
        .tag()
        .map(|(short, note)| view! { " " <span class="tag" title=note>{short}</span> });
    let cells = r
        .figures
        .iter()
        .map(|v| view! { <td>{grouped(*v)}</td> })
        .collect_view();
    view! {
        <tr data-year=r.key class=r.kind.is_published().then_some("row--published")>
            <th scope="row">{r.label.clone()}{tag}</th>
            {cells}
        </tr>
    }
}
