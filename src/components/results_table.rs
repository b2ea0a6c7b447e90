//! The results table component.

use care_workforce::format::grouped;
use care_workforce::report::{Grid, RowKind};
use leptos::prelude::*;

/// What a body row is, without its figures: a row is built once for each and kept while its
/// figures change.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct RowShape {
    key: u16,
    label: String,
    kind: RowKind,
    /// How many figures it has.
    width: usize,
}

/// The results as a table: a row per year, figures rounded once by the report module. Rows are
/// keyed by their year and kind and kept while their figures change; each cell is a reactive
/// text reading a memo of its row, so an edit rewrites only the figures that changed. Wrapped in
/// a focusable scroll region so it reflows at 320 px without losing columns.
#[component]
pub fn ResultsTable(
    /// The table as shown, from the view's results table.
    #[prop(into)]
    grid: Signal<Grid>,
) -> impl IntoView {
    let shapes = Memo::new(move |_| {
        grid.with(|g| {
            g.rows
                .iter()
                .map(|r| RowShape {
                    key: r.key,
                    label: r.label.clone(),
                    kind: r.kind,
                    width: r.figures.len(),
                })
                .collect::<Vec<_>>()
        })
    });
    let headings = Memo::new(move |_| grid.with(|g| g.headings.clone()));
    let row = move |shape: RowShape| {
        let key = shape.key;
        let figures = Memo::new(move |_| {
            grid.with(|g| g.row(key).map(|r| r.figures.clone()).unwrap_or_default())
        });
        let cells = (0..shape.width)
            .map(|i| view! { <td>{move || figures.with(|f| f.get(i).map(|v| grouped(*v)))}</td> })
            .collect_view();
        let tag = shape.kind.tag().map(|(short, note)| {
            view! { " " <span class="tag" title=note>{short}</span> }
        });
        view! {
            <tr data-year=key class=shape.kind.is_published().then_some("row--published")>
                <th scope="row">{shape.label}{tag}</th>
                {cells}
            </tr>
        }
    };
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
                <tbody>
                    {move || shapes.get().into_iter().map(row).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
