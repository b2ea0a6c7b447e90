use care_workforce::chart::{column_centre, line_path, nice_axis, Plot};
use care_workforce::format::grouped;
use leptos::prelude::*;

/// A line of one figure over the years (the workforce required), labelled at its ends.
/// Described in text; the results table is its accessible twin.
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
    let plot = Plot::STANDARD;
    let axis = Memo::new(move |_| {
        nice_axis(
            points.with(|p| p.iter().map(|x| x.1).max().unwrap_or(0)) as f64,
            4,
        )
    });
    let xy = Memo::new(move |_| {
        let a = axis.get();
        points.with(|p| {
            let n = p.len();
            p.iter()
                .enumerate()
                .map(|(i, (_, v))| (column_centre(plot, i, n), plot.y(&a, *v as f64)))
                .collect::<Vec<_>>()
        })
    });
    let description = move || {
        points.with(|p| match (p.first(), p.last()) {
            (Some(f), Some(l)) => format!(
                "The line goes from {} in {} to {} in {}. The figures are in the results table.",
                grouped(f.1),
                f.0,
                grouped(l.1),
                l.0
            ),
            _ => String::new(),
        })
    };
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    view! {
        <figure class="chart">
            <figcaption class="chart__title" id=title_id.clone()>{move || title.get()}</figcaption>
            <svg class="chart__svg" viewBox="0 0 640 320" role="img" aria-labelledby=format!("{title_id} {desc_id}") focusable="false">
                <desc id=desc_id.clone()>{description}</desc>
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
                <path class="chart__line" d=move || line_path(&xy.get()) fill="none"></path>
                {move || {
                    let pts = xy.get();
                    pts.iter()
                        .map(|&(x, y)| view! { <circle class="chart__point" cx=x cy=y r="3.5"></circle> })
                        .collect_view()
                }}
                {move || {
                    let p = points.get();
                    let pts = xy.get();
                    let n = p.len();
                    let every = if n > 12 { 2 } else { 1 };
                    p.iter()
                        .enumerate()
                        .filter(|(i, _)| i % every == 0 || *i == n - 1)
                        .map(|(i, (l, _))| {
                            view! {
                                <text class="chart__label" x=pts[i].0 y=plot.bottom() + 18.0 text-anchor="middle">{l.clone()}</text>
                            }
                        })
                        .collect_view()
                }}
                {move || {
                    let p = points.get();
                    let pts = xy.get();
                    match (p.first(), p.last(), pts.first(), pts.last()) {
                        (Some(f), Some(l), Some(fp), Some(lp)) => Some(view! {
                            <text class="chart__value" x=fp.0 y=fp.1 - 10.0 text-anchor="start">{grouped(f.1)}</text>
                            <text class="chart__value" x=lp.0 y=lp.1 - 10.0 text-anchor="end">{grouped(l.1)}</text>
                        }),
                        _ => None,
                    }
                }}
                <line class="chart__axis" x1=plot.left x2=plot.left + plot.width y1=plot.bottom() y2=plot.bottom()></line>
            </svg>
        </figure>
    }
}
