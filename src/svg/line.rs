//! A line of one figure over the years.

use super::*;

/// A line of one figure over the years, labelled at its ends.
pub fn line(points: &[(String, i64)], layout: ChartLayout, labels: Labels) -> String {
    let plot = layout.plot();
    let axis = nice_axis(
        points.iter().map(|p| p.1).max().unwrap_or(0) as f64,
        layout.ticks(),
    );
    let n = points.len();
    let xy: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| (column_centre(plot, i, n), plot.y(&axis, *v as f64)))
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
    let mut out = String::with_capacity(2048);
    open(&mut out, layout, layout.height(), labels, &description);
    ticks(&mut out, layout, plot, &axis);
    let _ = write!(
        out,
        r#"<path class="chart__line" d="{}" fill="none"/>"#,
        line_path(&xy)
    );
    for (x, y) in &xy {
        let _ = write!(
            out,
            r#"<circle class="chart__point" cx="{}" cy="{}" r="3.5"/>"#,
            Coord(*x),
            Coord(*y)
        );
    }
    let years: Vec<String> = points.iter().map(|p| p.0.clone()).collect();
    x_labels(&mut out, layout, plot, &years);
    let room = plot.width / 2.0 - 8.0;
    match (points.first(), points.last(), xy.first(), xy.last()) {
        (Some(f), Some(_), Some(fp), Some(_)) if n == 1 => {
            let label = fitted(f.1 as f64, room, true);
            text(
                &mut out,
                "chart__value",
                fp.0,
                above(fp.1, 10.0),
                "middle",
                &label,
            );
        }
        (Some(f), Some(l), Some(fp), Some(lp)) => {
            let first = fitted(f.1 as f64, room, true);
            let last = fitted(l.1 as f64, room, true);
            text(
                &mut out,
                "chart__value",
                fp.0,
                above(fp.1, 10.0),
                "start",
                &first,
            );
            text(
                &mut out,
                "chart__value",
                lp.0,
                above(lp.1, 10.0),
                "end",
                &last,
            );
        }
        _ => {}
    }
    close(&mut out, plot);
    out
}
