//! Stacked columns of a total split into its parts, with an optional mark per column for
//! totals to compare with.

use super::axes::{above, axis_line, fitted, ticks, x_labels};
use super::{Anchor, ChartLayout, Drawing, Mark, Shape, Stroke, Style};
use crate::chart::{column_centre, nice_axis, stack};
use crate::format::grouped;
use crate::report::Part;

/// Totals to compare the columns with (the published strategy's, or a provider's at the county's
/// turnover), drawn as a dashed mark across each column.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compared<'a> {
    /// What the marks stand for, in the legend and the description ("Published strategy").
    pub label: &'a str,
    /// The compared total for each year, as in the results table.
    pub totals: &'a [i64],
}

/// Stacked columns of the total split into its parts, one column per year (one path per part,
/// a closed rectangle per year in it), the total written above the last column, and the
/// compared totals marked when there are any (as many as years). The parts' fills come from
/// the patterns the page writes once ([`super::write::pattern_defs`]).
pub fn stacked_columns(
    parts: &[Part],
    years: &[String],
    compared: Option<Compared>,
    layout: ChartLayout,
) -> Drawing {
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
    let mut d = Drawing::new(
        layout,
        layout.height(),
        description(parts, years, last, compared),
    );
    d.marks.extend(ticks(layout, plot, &axis));
    // One path per part: an edit that moves the columns changes one attribute per part, not
    // two per column. A part of nothing that year (a rectangle of no height, which would still
    // show its outline) is left out.
    let values: Vec<Vec<i64>> = parts.iter().map(|p| p.values.clone()).collect();
    for (rects, part) in stack(&values, plot, &axis).into_iter().zip(parts) {
        d.marks.push(Mark::Path {
            class: column_class(part.pattern),
            shape: Shape::Rects(rects.into_iter().filter(|r| r.h >= 0.05).collect()),
        });
    }
    if let Some(c) = compared {
        let half = plot.width / n.max(1) as f64 * 0.45;
        let strokes = c.totals.iter().enumerate().map(|(i, &t)| {
            let x = column_centre(plot, i, n);
            Stroke {
                x0: x - half,
                x1: x + half,
                y: plot.y(&axis, t.max(0) as f64),
            }
        });
        d.marks.push(Mark::Path {
            class: "chart__compare",
            shape: Shape::Strokes(strokes.collect()),
        });
    }
    d.marks.extend(x_labels(layout, plot, years));
    if n > 0 {
        let x = column_centre(plot, n - 1, n) + plot.width / n as f64 * 0.35;
        // Above the compared mark too, where it is higher, so the two never overlap.
        let top = compared
            .and_then(|c| c.totals.last().copied())
            .unwrap_or(0)
            .max(last);
        d.marks.push(Mark::text(
            Style::Value,
            x,
            above(plot.y(&axis, top as f64), 6.0),
            Anchor::End,
            fitted(last as f64, x - plot.left, true),
        ));
    }
    d.marks.push(axis_line(plot));
    d
}

/// The class of a part's columns, which gives them their pattern (`style/main.css`).
pub fn column_class(pattern: &str) -> &'static str {
    match pattern {
        "leavers" => "chart__col chart__col--leavers",
        "demand" => "chart__col chart__col--demand",
        "vacancies" => "chart__col chart__col--vacancies",
        "role5" => "chart__col chart__col--role5",
        "role6" => "chart__col chart__col--role6",
        _ => "chart__col chart__col--reforms",
    }
}

fn description(parts: &[Part], years: &[String], last: i64, compared: Option<Compared>) -> String {
    let (Some(first), Some(end)) = (years.first(), years.last()) else {
        return String::new();
    };
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
    // County columns are calendar years counted from the base year; a provider's are years
    // ahead from now ("Year 1"), which have no base year to count from.
    let since = if first.parse::<u16>().is_ok() {
        format!("the new staff needed since {}", crate::data::BASE_YEAR)
    } else {
        "the people to recruit from now".to_string()
    };
    format!(
        "A column for each year from {first} to {end} shows {since}, split into its parts. By {end} the total is {}: {}.{versus} The figures are in the results table.",
        grouped(last),
        split.join(", ")
    )
}
