use care_workforce::report::Part;
use care_workforce::svg::{self, fill, Fit, Labels};
use leptos::prelude::*;

use super::{ChartDownload, ChartFrame};

/// Stacked columns of the total split into its parts, one column per year, with a legend whose
/// swatches use the chart's own patterns. The SVG is written by `care_workforce::svg` in the layout that fits
/// ([`ChartFrame`]); the results table is its accessible twin.
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
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    // The legend changes only when the parts do, not their values.
    let keys = Memo::new(move |_| {
        parts.with(|p| p.iter().map(|p| (p.label, p.pattern)).collect::<Vec<_>>())
    });
    let draw = {
        let (title_id, desc_id) = (title_id.clone(), desc_id.clone());
        Callback::new(move |fit: Fit| {
            parts.with(|p| {
                labels.with(|l| {
                    compared.with(|c| {
                        let c = c
                            .as_ref()
                            .map(|(label, totals)| svg::Compared { label, totals });
                        svg::laid_out(
                            fit,
                            Labels {
                                title_id: &title_id,
                                desc_id: &desc_id,
                            },
                            |layout, labels| svg::stacked_columns_compared(p, l, c, layout, labels),
                        )
                    })
                })
            })
        })
    };
    view! {
        <figure class="chart">
            <figcaption class="chart__title" id=title_id>{move || title.get()}</figcaption>
            <ul class="legend">
                {move || {
                    keys
                        .get()
                        .into_iter()
                        .map(|(label, pattern)| {
                            view! {
                                <li>
                                    <svg class="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
                                        <rect width="16" height="16" fill=fill(pattern) stroke="#0b0c0c"></rect>
                                    </svg>
                                    {label}
                                </li>
                            }
                        })
                        .collect_view()
                }}
                {move || {
                    compared.with(|c| c.as_ref().map(|(label, _)| {
                        let label = *label;
                        view! {
                            <li>
                                <svg class="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
                                    <path class="chart__compare" d="M0 8H16"></path>
                                </svg>
                                {label}
                            </li>
                        }
                    }))
                }}
            </ul>
            // The fill patterns, written once beside the chart (not redrawn with it).
            <div class="chart__patterns" inner_html=svg::pattern_defs()></div>
            <ChartFrame draw=draw/>
            <ChartDownload id=id draw=draw/>
        </figure>
    }
}
