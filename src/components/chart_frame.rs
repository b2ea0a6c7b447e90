use care_workforce::svg::Fit;
use leptos::html::Div;
use leptos::prelude::*;

use crate::browser;

/// A chart's drawing area: the SVG `care_workforce::svg` writes, in the one layout that fits
/// the frame's width (the stylesheet's container query, `svg::NARROW_BELOW_REM`), redrawn when
/// its figures change or the frame crosses that width. Before the app has measured the frame
/// (and natively, for a pre-rendered page) it holds the narrow layout: a phone's, which in a
/// wide frame the stylesheet sizes as the wide one will be (docs/prerender.md).
/// While `shown` is false (its section is folded) it keeps still: nothing is drawn that nobody
/// can see, and it catches up when shown.
#[component]
pub fn ChartFrame(
    /// Writes the chart in the layouts asked for; reads the figures' signals.
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
    view! { <div class="chart__frame" node_ref=frame inner_html=move || markup.get()></div> }
}
