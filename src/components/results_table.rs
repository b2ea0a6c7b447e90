//! The results table component.

use care_workforce::format::grouped;
use care_workforce::report::{Grid, RowKind};
use leptos::prelude::*;

/// What a body row is, without its figures: rows are built again only when these change
/// (another horizon, a comparison added), not when only figures do.
#[derive(Clone, Debug, PartialEq, Eq)]
struct RowShape {
    key: u16,
    label: String,
    kind: RowKind,
}

/// The results as a table: a row per year, figures rounded once by the report module. The rows
/// are built from their shapes and rebuilt only when those change; each row's cells are one
/// view of its figures, so an edit renders each row's cells again and Leptos rewrites only the
/// texts that differ (no attribute or element is touched). Wrapped in a focusable
/// scroll region so it reflows at 320 px without losing columns.
#[component]
pub fn ResultsTable(
    /// The table as shown, from the view's results table.
    #[prop(into)]
    grid: Signal<Grid>,
    /// The start of the table's ids (`results`: `results-table`, `results-caption`).
    #[prop(default = "results")]
    id: &'static str,
) -> impl IntoView {
    let (table_id, caption_id) = (format!("{id}-table"), format!("{id}-caption"));
    let labelled_by = caption_id.clone();
    let shapes = Memo::new(move |_| {
        grid.with(|g| {
            g.rows
                .iter()
                .map(|r| RowShape {
                    key: r.key,
                    label: r.label.clone(),
                    kind: r.kind,
                })
                .collect::<Vec<_>>()
        })
    });
    let headings = Memo::new(move |_| grid.with(|g| g.headings.clone()));
    let row = move |shape: RowShape| {
        let key = shape.key;
        // Every edit changes the grid, so the row reads it directly (a memo of the row's
        // figures would only add a comparison).
        let cells = move || {
            grid.with(|g| {
                g.row(key)
                    .map(|r| {
                        r.figures
                            .iter()
                            .map(|v| view! { <td>{grouped(*v)}</td> })
                            .collect_view()
                    })
                    .unwrap_or_default()
            })
        };
        let tag = shape
            .kind
            .tag()
            .map(|(short, note)| view! { " " <span class="tag" title=note>{short}</span> });
        view! {
            <tr data-year=key class=shape.kind.is_published().then_some("row--published")>
                <th scope="row">{shape.label}{tag}</th>
                {cells}
            </tr>
        }
    };
    view! {
        <div class="table-wrap" role="region" aria-labelledby=labelled_by tabindex="0">
            <table id=table_id class="table table--numbers table--results">
                <caption id=caption_id>{move || grid.with(|g| g.caption.clone())}</caption>
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
                <tbody>{move || shapes.get().into_iter().map(row).collect_view()}</tbody>
            </table>
        </div>
    }
}
