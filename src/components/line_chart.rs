use care_workforce::svg::{self, Fit, Labels};
use leptos::prelude::*;

use super::{ChartDownload, ChartFrame};

/// A line of one figure over the years (the workforce required), labelled at its ends. The SVG
/// is written by `care_workforce::svg` in the layout that fits ([`ChartFrame`]); the results
/// table is its accessible twin.
#[component]
pub fn LineChart(
    /// A short id prefix, unique on the page.
    id: &'static str,
    /// The chart's title.
    #[prop(into)]
    title: Signal<String>,
    /// `(label, rounded value)` for each point, in order.
    #[prop(into)]
    points: Signal<Vec<(String, i64)>>,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let draw = {
        let (title_id, desc_id) = (title_id.clone(), desc_id.clone());
        Callback::new(move |fit: Fit| {
            points.with(|p| {
                svg::laid_out(
                    fit,
                    Labels {
                        title_id: &title_id,
                        desc_id: &desc_id,
                    },
                    |layout, labels| svg::line(p, layout, labels),
                )
            })
        })
    };
    view! {
        <figure class="chart">
            <figcaption class="chart__title" id=title_id>{move || title.get()}</figcaption>
            <ChartFrame draw=draw/>
            <ChartDownload id=id draw=draw/>
        </figure>
    }
}
