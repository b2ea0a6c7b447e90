use care_workforce::svg::diff::{changes, Change};
use care_workforce::svg::Fit;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;

/// A chart's drawing area: the SVG `care_workforce::svg` writes, in the one layout that fits
/// the frame's width (the stylesheet's container query, `svg::NARROW_BELOW_REM`), redrawn when
/// its figures change or the frame crosses that width. Before the app has measured the frame
/// (and natively, for a pre-rendered page) it holds the narrow layout: a phone's, which in a
/// wide frame the stylesheet sizes as the wide one will be (docs/prerender.md).
/// While `shown` is false (its section is folded) it keeps still: nothing is drawn that nobody
/// can see, and it catches up when shown.
///
/// A redrawing with the same elements (an edit moves columns and rewrites labels) updates the
/// elements' attributes and texts in place (`svg::diff`); any other replaces the chart.
#[component]
pub fn ChartFrame(
    /// Writes the chart in the layout asked for; reads the figures' signals.
    draw: Callback<Fit, String>,
    /// Whether the chart is on show (default: always).
    #[prop(optional, into)]
    shown: Option<Signal<bool>>,
) -> impl IntoView {
    let frame = NodeRef::<Div>::new();
    let fit = RwSignal::new(Fit::Narrow);
    let markup = Memo::new(move |previous: Option<&String>| match previous {
        Some(p) if !shown.is_none_or(|s| s.get()) => p.clone(),
        _ => draw.run(fit.get()),
    });
    // Dropped (and the watching stopped) with the component.
    let watch = StoredValue::new_local(None::<browser::WidthWatch>);
    Effect::new(move |_| {
        if let Some(element) = frame.get() {
            let watching = browser::watch_width(&element, move |width, rem| {
                let now = Fit::for_width(width, rem);
                if fit.get_untracked() != now {
                    fit.set(now);
                }
            });
            watch.set_value(watching);
        }
    });
    let initial = markup.get_untracked();
    // What the frame holds: its markup, and its elements in document order (looked up when
    // first needed after each replacement).
    let held = StoredValue::new_local((initial.clone(), None::<Vec<web_sys::Element>>));
    Effect::new(move |_| {
        let next = markup.get();
        let Some(element) = frame.get() else { return };
        held.update_value(|(current, elements)| {
            if *current == next {
                return;
            }
            match changes(current, &next) {
                Some(list) => {
                    let elements = elements.get_or_insert_with(|| descendants(&element));
                    apply(elements, &list);
                }
                None => {
                    element.set_inner_html(&next);
                    *elements = None;
                }
            }
            *current = next;
        });
    });
    view! { <div class="chart__frame" node_ref=frame inner_html=initial></div> }
}

/// The elements inside `frame`, in document order.
fn descendants(frame: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(list) = frame.query_selector_all("*") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Applies `changes` to the chart's `elements` (found as [`descendants`]).
fn apply(elements: &[web_sys::Element], changes: &[Change]) {
    for change in changes {
        match change {
            Change::Attribute {
                element,
                name,
                value,
            } => {
                if let Some(e) = elements.get(*element) {
                    let _ = e.set_attribute(name, value);
                }
            }
            Change::Text { element, value } => {
                if let Some(node) = elements.get(*element).and_then(|e| e.first_child()) {
                    node.set_node_value(Some(value));
                }
            }
        }
    }
}
