use care_workforce::svg::{write, Key};
use leptos::prelude::*;

/// A chart's legend, from the chart's data (`care_workforce::svg::legend`): each key's swatch,
/// drawn as the chart draws what it stands for, and its label. An exported image draws the
/// same keys.
#[component]
pub fn ChartLegend(
    /// The keys, in order.
    #[prop(into)]
    keys: Signal<Vec<Key>>,
) -> impl IntoView {
    view! {
        <ul class="legend">
            {move || {
                keys.get()
                    .into_iter()
                    .map(|key| {
                        view! {
                            <li>
                                <svg
                                    class="legend__swatch"
                                    viewBox="0 0 16 16"
                                    aria-hidden="true"
                                    inner_html=write::marks(&key.swatch.marks(0.0, 0.0))
                                ></svg>
                                {key.label}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
