use care_workforce::svg::{self, ChartLayout};
use leptos::prelude::*;

use super::{ChartDownload, ChartFrame};

/// A line of one figure over the years (the workforce required), labelled at its ends. The
/// drawing is `care_workforce::svg::line`, in the layout that fits ([`ChartFrame`]); the
/// results table is its accessible twin.
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
    let draw = Callback::new(move |layout: ChartLayout| points.with(|p| svg::line(p, layout)));
    view! {
        <figure class="chart">
            <figcaption class="chart__title" id=format!("{id}-title")>{move || title.get()}</figcaption>
            <ChartFrame id=id draw=draw/>
            <ChartDownload id=id title=title draw=draw/>
        </figure>
    }
}
