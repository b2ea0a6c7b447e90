//! The results table component.

use care_workforce::report::{CellChanges, ResultTable};
use leptos::html::Tbody;
use leptos::prelude::*;

use crate::browser;

/// The results as a table: a row per year, figures rounded once by the report module. The rows
/// are built from the table's row shapes and rebuilt only when those change; an edit that
/// changes only figures rewrites only the text of the figures that changed, all in one call into
/// the page. Wrapped in a focusable scroll region so it reflows at 320 px without losing columns.
#[component]
pub fn ResultsTable(
    /// The table to show.
    #[prop(into)]
    table: Signal<ResultTable>,
) -> impl IntoView {
    let shapes = Memo::new(move |_| table.with(ResultTable::row_shapes));
    // The rows are built with the figures of the moment; the effect below keeps them current.
    let rows = move || {
        let texts = table.with_untracked(ResultTable::cell_texts);
        let mut texts = texts.into_iter();
        shapes
            .get()
            .into_iter()
            .map(|shape| {
                let cells = texts
                    .by_ref()
                    .take(shape.cells)
                    .map(|text| view! { <td>{text}</td> })
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
    let body = NodeRef::<Tbody>::new();
    // The texts the cells show, and their text nodes (found again after the rows are rebuilt).
    let shown = StoredValue::new(None::<(Vec<String>, Vec<care_workforce::report::RowShape>)>);
    let nodes = StoredValue::new_local(None::<browser::CellNodes>);
    Effect::new(move |_| {
        let texts = table.with(ResultTable::cell_texts);
        let same_rows = shapes
            .with(|now| shown.with_value(|s| s.as_ref().is_some_and(|(_, before)| before == now)));
        if !same_rows {
            // The rows are rebuilt with these texts. Rows kept from before may not be rewritten
            // (Leptos compares with the texts it wrote, not with those written here), so every
            // cell there is now is written; the nodes are found again at the next edit.
            let first = shown.with_value(Option::is_none);
            if let (false, Some(body)) = (first, body.get_untracked()) {
                browser::write_cells(&browser::cell_nodes(&body), &CellChanges::all(&texts));
            }
            nodes.set_value(None);
            shown.set_value(Some((texts, shapes.get_untracked())));
            return;
        }
        if nodes.with_value(Option::is_none) {
            let Some(body) = body.get_untracked() else {
                return;
            };
            nodes.set_value(Some(browser::cell_nodes(&body)));
        }
        shown.update_value(|s| {
            if let Some((before, _)) = s {
                let changes = CellChanges::between(before, &texts);
                nodes.with_value(|n| {
                    if let Some(n) = n {
                        browser::write_cells(n, &changes);
                    }
                });
                *before = texts;
            }
        });
    });
    view! {
        <div class="table-wrap" role="region" aria-labelledby="results-caption" tabindex="0">
            <table id="results-table" class="table table--numbers table--results">
                <caption id="results-caption">{move || table.with(|t| t.caption.clone())}</caption>
                <thead>
                    <tr inner_html=move || table.with(ResultTable::head_html)></tr>
                </thead>
                <tbody node_ref=body>{rows}</tbody>
            </table>
        </div>
    }
}
