use care_workforce::report::Part;
use care_workforce::svg::{self, legend, write, ChartLayout, Compared};
use leptos::prelude::*;

use super::{ChartDownload, ChartFrame, ChartLegend};

/// Stacked columns of the total split into its parts, one column per year, with a legend whose
/// swatches use the chart's own patterns. The drawing is `care_workforce::svg::stacked_columns`,
/// in the layout that fits ([`ChartFrame`]); the results table is its accessible twin.
#[component]
pub fn StackedChart(
    /// A short id prefix, unique on the page.
    id: &'static str,
    /// The chart's title.
    #[prop(into)]
    title: Signal<String>,
    /// The year labels along the bottom.
    #[prop(into)]
    labels: Signal<Vec<String>>,
    /// The parts, bottom-up.
    #[prop(into)]
    parts: Signal<Vec<Part>>,
    /// Totals to compare with, drawn as a dashed mark on each column, and their legend label
    /// (none when the assumptions are the published ones).
    #[prop(optional, into)]
    compared: Signal<Option<(&'static str, Vec<i64>)>>,
) -> impl IntoView {
    // The legend changes only when the parts or the comparison do, not their values.
    let keys = Memo::new(move |_| {
        parts.with(|p| compared.with(|c| legend::columns(p, c.as_ref().map(|(label, _)| *label))))
    });
    let draw = Callback::new(move |layout: ChartLayout| {
        parts.with(|p| {
            labels.with(|l| {
                compared.with(|c| {
                    let c = c.as_ref().map(|(label, totals)| Compared { label, totals });
                    svg::stacked_columns(p, l, c, layout)
                })
            })
        })
    });
    view! {
        <figure class="chart">
            <figcaption class="chart__title" id=format!("{id}-title")>{move || title.get()}</figcaption>
            <ChartLegend keys=keys/>
            // The fill patterns, written once beside the chart (not redrawn with it).
            <div class="chart__patterns" inner_html=write::pattern_defs()></div>
            <ChartFrame id=id draw=draw/>
            <ChartDownload id=id title=title draw=draw legend=keys/>
        </figure>
    }
}
