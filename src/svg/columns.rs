//! Stacked columns of a total split into its parts, with an optional mark per column for
//! totals to compare with.

use super::*;

/// Stacked columns of the total split into its parts, one column per year, the total written
/// above the last column. The parts' fills come from [`pattern_defs`], which the page writes once.
pub fn stacked_columns(
    parts: &[Part],
    years: &[String],
    layout: ChartLayout,
    labels: Labels,
) -> String {
    stacked_columns_compared(parts, years, None, layout, labels)
}

/// Totals to compare the columns with (the published strategy's, or a provider's at the county's
/// turnover), drawn as a dashed mark across each column.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compared<'a> {
    /// What the marks stand for, in the legend and the description ("Published strategy").
    pub label: &'a str,
    /// The compared total for each year, as in the results table.
    pub totals: &'a [i64],
}

/// [`stacked_columns`] with the compared totals marked, when there are any.
pub fn stacked_columns_compared(
    parts: &[Part],
    years: &[String],
    compared: Option<Compared>,
    layout: ChartLayout,
    labels: Labels,
) -> String {
    let plot = layout.plot();
    let n = parts.first().map_or(0, |p| p.values.len());
    let totals: Vec<i64> = (0..n)
        .map(|i| parts.iter().map(|p| p.values[i].max(0)).sum())
        .collect();
    let last = totals.last().copied().unwrap_or(0);
    let compared = compared.filter(|c| c.totals.len() == n);
    let highest = totals
        .iter()
        .chain(compared.iter().flat_map(|c| c.totals))
        .copied()
        .max()
        .unwrap_or(0);
    let axis = nice_axis(highest.max(0) as f64, layout.ticks());
    let description = match (years.first(), years.last()) {
        (Some(first), Some(end)) => {
            let split: Vec<String> = parts
                .iter()
                .map(|p| {
                    format!(
                        "{} {}",
                        grouped(p.values.last().copied().unwrap_or(0)),
                        p.label.to_lowercase()
                    )
                })
                .collect();
            let versus = compared
                .and_then(|c| c.totals.last().map(|t| (c.label, t)))
                .map(|(label, t)| {
                    format!(
                        " A dashed mark on each column shows {}: {} by {end}.",
                        label.to_lowercase(),
                        grouped(*t)
                    )
                })
                .unwrap_or_default();
            format!(
                "A column for each year from {first} to {end} shows the new staff needed since {}, split into its parts. By {end} the total is {}: {}.{versus} The figures are in the results table.",
                crate::data::BASE_YEAR,
                grouped(last),
                split.join(", ")
            )
        }
        _ => String::new(),
    };
    let mut out = String::with_capacity(4096);
    open(&mut out, layout, layout.height(), labels, &description);
    ticks(&mut out, layout, plot, &axis);
    let values: Vec<Vec<i64>> = parts.iter().map(|p| p.values.clone()).collect();
    // One path per part, a closed rectangle per year: an edit that moves the columns changes
    // one attribute per part (`svg::diff`), not two per column. A part of nothing that year
    // (a rectangle of no height, which would still show its outline) is left out.
    for (rects, part) in stack(&values, plot, &axis).iter().zip(parts) {
        let mut d = String::new();
        for r in rects.iter().filter(|r| r.h >= 0.05) {
            let _ = write!(
                d,
                "M{} {}h{}v{}h-{}Z",
                Coord(r.x),
                Coord(r.y),
                Coord(r.w),
                Coord(r.h),
                Coord(r.w)
            );
        }
        let _ = write!(
            out,
            r#"<path class="chart__col chart__col--{}" d="{d}"/>"#,
            part.pattern
        );
    }
    if let Some(c) = compared {
        let half = plot.width / n.max(1) as f64 * 0.45;
        let mut d = String::new();
        for (i, &t) in c.totals.iter().enumerate() {
            let x = column_centre(plot, i, n);
            let y = plot.y(&axis, t.max(0) as f64);
            let _ = write!(d, "M{} {}H{}", Coord(x - half), Coord(y), Coord(x + half));
        }
        let _ = write!(out, r#"<path class="chart__compare" d="{d}"/>"#);
    }
    x_labels(&mut out, layout, plot, years);
    if n > 0 {
        let x = column_centre(plot, n - 1, n) + plot.width / n as f64 * 0.35;
        text(
            &mut out,
            "chart__value",
            x,
            // Above the compared mark too, where it is higher, so the two never overlap.
            above(
                plot.y(
                    &axis,
                    compared
                        .and_then(|c| c.totals.last().copied())
                        .unwrap_or(0)
                        .max(last) as f64,
                ),
                6.0,
            ),
            "end",
            &fitted(last as f64, x - plot.left, true),
        );
    }
    close(&mut out, plot);
    out
}
