//! A line of one figure over the years.

use super::axes::{above, axis_line, fitted, ticks, x_labels};
use super::{Anchor, ChartLayout, Drawing, Mark, Point, Shape, Style};
use crate::chart::{column_centre, nice_axis};
use crate::format::grouped;

/// A line of one figure over the years, a point at each year, labelled at its ends.
pub fn line(points: &[(String, i64)], layout: ChartLayout) -> Drawing {
    let plot = layout.plot();
    let axis = nice_axis(
        points.iter().map(|p| p.1).max().unwrap_or(0) as f64,
        layout.ticks(),
    );
    let n = points.len();
    let xy: Vec<Point> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| Point {
            x: column_centre(plot, i, n),
            y: plot.y(&axis, *v as f64),
        })
        .collect();
    let description = match (points.first(), points.last()) {
        (Some(f), Some(l)) => format!(
            "The line goes from {} in {} to {} in {}. The figures are in the results table.",
            grouped(f.1),
            f.0,
            grouped(l.1),
            l.0
        ),
        _ => String::new(),
    };
    let mut d = Drawing::new(layout, layout.height(), description);
    d.marks.extend(ticks(layout, plot, &axis));
    d.marks.push(Mark::Path {
        class: "chart__line",
        shape: Shape::Polyline(xy.clone()),
    });
    d.marks.extend(xy.iter().map(|&centre| Mark::Circle {
        class: "chart__point",
        centre,
        r: 3.5,
    }));
    let years: Vec<String> = points.iter().map(|p| p.0.clone()).collect();
    d.marks.extend(x_labels(layout, plot, &years));
    let room = plot.width / 2.0 - 8.0;
    let end_label = |value: i64, at: Point, anchor| {
        Mark::text(
            Style::Value,
            at.x,
            above(at.y, 10.0),
            anchor,
            fitted(value as f64, room, true),
        )
    };
    match (points.first(), points.last(), xy.first(), xy.last()) {
        (Some(f), _, Some(&fp), _) if n == 1 => d.marks.push(end_label(f.1, fp, Anchor::Middle)),
        (Some(f), Some(l), Some(&fp), Some(&lp)) => {
            d.marks.push(end_label(f.1, fp, Anchor::Start));
            d.marks.push(end_label(l.1, lp, Anchor::End));
        }
        _ => {}
    }
    d.marks.push(axis_line(plot));
    d
}
