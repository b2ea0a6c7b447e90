use care_workforce::svg::{write, ChartLayout, Drawing, Labels};
use leptos::html::Div;
use leptos::prelude::*;

use crate::browser;

/// A chart's drawing area: the chart `draw` computes (a [`Drawing`] of `care_workforce::svg`),
/// in the one layout that fits the frame's width ([`ChartLayout::for_width`], the stylesheet's
/// container query), written as SVG text by `care_workforce::svg::write` and set whole when
/// its figures change or the frame crosses that width. Before the app has measured the frame
/// (and natively, for a pre-rendered page) it holds the narrow layout: a phone's, which in a
/// wide frame the stylesheet sizes as the wide one will be (docs/prerender.md). While `shown`
/// is false (its section is folded) it keeps still: nothing is drawn that nobody can see, and
/// it catches up when shown.
#[component]
pub fn ChartFrame(
    /// The chart's id prefix: `{id}-title` is its title's id, `{id}-desc` its description's.
    id: &'static str,
    /// Draws the chart in the layout asked for; reads the figures' signals.
    draw: Callback<ChartLayout, Drawing>,
    /// Whether the chart is on show (default: always).
    #[prop(optional, into)]
    shown: Option<Signal<bool>>,
) -> impl IntoView {
    let frame = NodeRef::<Div>::new();
    let layout = RwSignal::new(ChartLayout::Narrow);
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let markup = Memo::new(move |previous: Option<&String>| match previous {
        Some(p) if !shown.is_none_or(|s| s.get()) => p.clone(),
        _ => write::chart(
            &draw.run(layout.get()),
            Labels {
                title_id: &title_id,
                desc_id: &desc_id,
            },
        ),
    });
    // Dropped (and the watching stopped) with the component.
    let watch = StoredValue::new_local(None::<browser::WidthWatch>);
    Effect::new(move |_| {
        if let Some(element) = frame.get() {
            let watching = browser::watch_width(&element, move |width, rem| {
                let now = ChartLayout::for_width(width, rem);
                if layout.get_untracked() != now {
                    layout.set(now);
                }
            });
            watch.set_value(watching);
        }
    });
    view! { <div class="chart__frame" node_ref=frame inner_html=move || markup.get()></div> }
}
