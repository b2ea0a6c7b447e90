//! The fan of simulated runs: bands of the total per year around the central line.

use super::axes::{axis_line, ticks, x_labels};
use super::{ChartLayout, Drawing, Mark, Point, Shape};
use crate::chart::{column_centre, nice_axis};
use crate::engine::uncertainty::FanRow;
use crate::format::approx;

/// The fan chart: 10-90% and 25-75% bands of the total per year around the central line.
/// `rows` and `central` hold one entry per year after the base.
pub fn fan(rows: &[FanRow], central: &[f64], years: &[String], layout: ChartLayout) -> Drawing {
    let plot = layout.plot();
    let n = central.len();
    let top = rows
        .iter()
        .map(|r| r.p90)
        .chain(central.iter().copied())
        .fold(0.0, f64::max);
    let axis = nice_axis(top, layout.ticks());
    let point = |i: usize, v: f64| Point {
        x: column_centre(plot, i, n),
        y: plot.y(&axis, v),
    };
    let line_of = |get: fn(&FanRow) -> f64| -> Vec<Point> {
        rows.iter()
            .enumerate()
            .map(|(i, r)| point(i, get(r)))
            .collect()
    };
    let description = match (rows.last(), years.last()) {
        (Some(last), Some(end)) => format!(
            "A central line with two shaded bands around it, widening with each year to {end}. In {end}, the inner band (half of the runs) runs from {} to {} and the outer band (8 in 10) from {} to {}.",
            approx(last.p25),
            approx(last.p75),
            approx(last.p10),
            approx(last.p90)
        ),
        _ => String::new(),
    };
    let mut d = Drawing::new(layout, layout.height(), description);
    d.marks.extend(ticks(layout, plot, &axis));
    if rows.len() == n && n > 0 {
        d.marks.push(Mark::Path {
            class: "fan__outer",
            shape: Shape::Band {
                upper: line_of(|r| r.p90),
                lower: line_of(|r| r.p10),
            },
        });
        d.marks.push(Mark::Path {
            class: "fan__inner",
            shape: Shape::Band {
                upper: line_of(|r| r.p75),
                lower: line_of(|r| r.p25),
            },
        });
    }
    d.marks.push(Mark::Path {
        class: "fan__central",
        shape: Shape::Polyline(
            central
                .iter()
                .enumerate()
                .map(|(i, &v)| point(i, v))
                .collect(),
        ),
    });
    d.marks.extend(x_labels(layout, plot, years));
    d.marks.push(axis_line(plot));
    d
}
