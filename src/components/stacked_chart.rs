use care_workforce::chart::{column_centre, nice_axis, stack, Plot};
use care_workforce::format::grouped;
use care_workforce::report::Part;
use leptos::prelude::*;

/// The fill of each part: a colour with 3:1 contrast against white and a pattern, so parts
/// can be told apart without colour. The legend shows the same swatches.
pub fn fill(pattern: &str) -> &'static str {
    match pattern {
        "leavers" => "url(#pattern-leavers)",
        "demand" => "url(#pattern-demand)",
        "vacancies" => "url(#pattern-vacancies)",
        _ => "url(#pattern-reforms)",
    }
}

/// The SVG patterns every chart uses (defined once per chart, ids are shared and identical).
#[component]
pub fn ChartPatterns() -> impl IntoView {
    view! {
        <defs>
            <pattern id="pattern-leavers" width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8" fill="#1d70b8"></rect>
            </pattern>
            <pattern id="pattern-demand" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="8" height="8" fill="#ffffff"></rect>
                <rect width="4" height="8" fill="#b1460f"></rect>
            </pattern>
            <pattern id="pattern-vacancies" width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8" fill="#ffffff"></rect>
                <circle cx="4" cy="4" r="2.5" fill="#00703c"></circle>
            </pattern>
            <pattern id="pattern-reforms" width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8" fill="#ffffff"></rect>
                <path d="M0 4 H8 M4 0 V8" stroke="#6f2c91" stroke-width="2"></path>
            </pattern>
        </defs>
    }
}

/// Stacked columns of the total split into its parts, one column per year, with the total
/// written above the last column. Described in text; the results table is its accessible twin.
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
) -> impl IntoView {
    let plot = Plot::STANDARD;
    let totals = Memo::new(move |_| {
        parts.with(|ps| {
            let n = ps.first().map_or(0, |p| p.values.len());
            (0..n)
                .map(|i| ps.iter().map(|p| p.values[i].max(0)).sum::<i64>())
                .collect::<Vec<i64>>()
        })
    });
    let axis = Memo::new(move |_| {
        nice_axis(
            totals.with(|t| t.iter().copied().max().unwrap_or(0)) as f64,
            4,
        )
    });
    let description = move || {
        let ps = parts.get();
        let ls = labels.get();
        let (Some(first), Some(last)) = (ls.first(), ls.last()) else {
            return String::new();
        };
        let split = ps
            .iter()
            .map(|p| {
                format!(
                    "{} {}",
                    grouped(p.values.last().copied().unwrap_or(0)),
                    p.label.to_lowercase()
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "A column for each year from {first} to {last} shows the new staff needed since 2022, split into its parts. By {last} the total is {}: {split}. The figures are in the results table.",
            grouped(totals.with(|t| t.last().copied().unwrap_or(0)))
        )
    };
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    view! {
        <figure class="chart">
            <figcaption class="chart__title" id=title_id.clone()>{move || title.get()}</figcaption>
            <ul class="legend">
                {move || {
                    parts
                        .get()
                        .into_iter()
                        .map(|p| {
                            view! {
                                <li>
                                    <svg class="legend__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                                        <rect width="16" height="16" fill=fill(p.pattern) stroke="#0b0c0c"></rect>
                                    </svg>
                                    {p.label}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <svg
                class="chart__svg"
                viewBox="0 0 640 320"
                role="img"
                aria-labelledby=format!("{title_id} {desc_id}")
                focusable="false"
            >
                <desc id=desc_id.clone()>{description}</desc>
                <ChartPatterns/>
                {move || {
                    let a = axis.get();
                    a.ticks
                        .iter()
                        .map(|&t| {
                            let y = plot.y(&a, t);
                            view! {
                                <g class="chart__tick">
                                    <line x1=plot.left x2=plot.left + plot.width y1=y y2=y></line>
                                    <text x=plot.left - 8.0 y=y + 4.0 text-anchor="end">{grouped(t as i64)}</text>
                                </g>
                            }
                        })
                        .collect_view()
                }}
                {move || {
                    let a = axis.get();
                    let ps = parts.get();
                    let values: Vec<Vec<i64>> = ps.iter().map(|p| p.values.clone()).collect();
                    stack(&values, plot, &a)
                        .into_iter()
                        .zip(ps)
                        .map(|(rects, p)| {
                            rects
                                .into_iter()
                                .map(|r| {
                                    view! {
                                        <rect x=r.x y=r.y width=r.w height=r.h fill=fill(p.pattern) stroke="#0b0c0c" stroke-width="0.5"></rect>
                                    }
                                })
                                .collect_view()
                        })
                        .collect_view()
                }}
                {move || {
                    let ls = labels.get();
                    let n = ls.len();
                    let every = if n > 12 { 2 } else { 1 };
                    ls.into_iter()
                        .enumerate()
                        .filter(|(i, _)| i % every == 0 || *i == n - 1)
                        .map(|(i, l)| {
                            view! {
                                <text class="chart__label" x=column_centre(plot, i, n) y=plot.bottom() + 18.0 text-anchor="middle">{l}</text>
                            }
                        })
                        .collect_view()
                }}
                {move || {
                    let t = totals.get();
                    let n = t.len();
                    let last = t.last().copied().unwrap_or(0);
                    let a = axis.get();
                    (n > 0).then(|| view! {
                        <text class="chart__value" x=column_centre(plot, n - 1, n) y=plot.y(&a, last as f64) - 6.0 text-anchor="end">{grouped(last)}</text>
                    })
                }}
                <line class="chart__axis" x1=plot.left x2=plot.left + plot.width y1=plot.bottom() y2=plot.bottom()></line>
            </svg>
        </figure>
    }
}
