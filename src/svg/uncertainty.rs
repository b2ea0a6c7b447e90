//! The uncertainty charts: the fan of simulated futures, the tornado of what matters most and
//! the waterfall of where the total comes from.

use super::*;

/// The fan chart: 10-90% and 25-75% bands of the total per year around the central line.
/// `rows` and `central` hold one entry per year after the base.
pub fn fan(
    rows: &[FanRow],
    central: &[f64],
    years: &[String],
    layout: ChartLayout,
    labels: Labels,
) -> String {
    let plot = layout.plot();
    let n = central.len();
    let top = rows
        .iter()
        .map(|r| r.p90)
        .chain(central.iter().copied())
        .fold(0.0, f64::max);
    let axis = nice_axis(top, layout.ticks());
    let x = |i: usize| column_centre(plot, i, n);
    let line_of = |get: fn(&FanRow) -> f64| -> Vec<(f64, f64)> {
        rows.iter()
            .enumerate()
            .map(|(i, r)| (x(i), plot.y(&axis, get(r))))
            .collect()
    };
    let description = match (rows.last(), years.last()) {
        (Some(last), Some(end)) => format!(
            "A central line with two shaded bands around it, widening with each year to {end}. In {end}, the inner band (half of the simulated futures) runs from {} to {} and the outer band (8 in 10) from {} to {}.",
            count(last.p25),
            count(last.p75),
            count(last.p10),
            count(last.p90)
        ),
        _ => String::new(),
    };
    let mut out = String::with_capacity(4096);
    open(&mut out, layout, layout.height(), labels, &description);
    ticks(&mut out, layout, plot, &axis);
    if rows.len() == n && n > 0 {
        let outer = band_path(&line_of(|r| r.p90), &line_of(|r| r.p10));
        let inner = band_path(&line_of(|r| r.p75), &line_of(|r| r.p25));
        let _ = write!(
            out,
            r#"<path class="fan__outer" d="{outer}"/><path class="fan__inner" d="{inner}"/>"#
        );
    }
    let mid: Vec<(f64, f64)> = central
        .iter()
        .enumerate()
        .map(|(i, v)| (x(i), plot.y(&axis, *v)))
        .collect();
    let _ = write!(
        out,
        r#"<path class="fan__central" d="{}" fill="none"/>"#,
        line_path(&mid)
    );
    x_labels(&mut out, layout, plot, years);
    close(&mut out, plot);
    out
}

/// The tornado chart: one bar per assumption from the total with it at its low value to the
/// total at its high value, in the order given (largest first). Wide: the assumption beside
/// its bar; narrow: above it, so the bar has the whole width.
pub fn tornado(bars: &[Bar], layout: ChartLayout, labels: Labels) -> String {
    // Left edge and width of the bars, row height, bar top and height, values' baseline.
    let (left, width, row, bar_y, bar_h, value_y) = if layout.narrow {
        (64.0, 192.0, 60.0, 24.0, 20.0, 39.0)
    } else {
        (290.0, 290.0, 44.0, 8.0, 24.0, 25.0)
    };
    let values: Vec<f64> = bars
        .iter()
        .flat_map(|b| [b.total_at_low, b.total_at_high])
        .collect();
    let scale = HScale::around(&values, left, width);
    let description = bars.first().map_or_else(String::new, |top| {
        format!(
            "{} moves the total most: from {} to {}. The figures are in the table below.",
            varied_label(top.parameter),
            count(top.total_at_low),
            count(top.total_at_high)
        )
    });
    let mut out = String::with_capacity(2048);
    open(
        &mut out,
        layout,
        12.0 + row * bars.len() as f64,
        labels,
        &description,
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 6.0 + row * i as f64;
        let (lo, hi) = (
            b.total_at_low.min(b.total_at_high),
            b.total_at_low.max(b.total_at_high),
        );
        let (x0, x1) = (scale.x(lo), scale.x(hi));
        if layout.narrow {
            text(
                &mut out,
                "",
                4.0,
                y + 16.0,
                "start",
                varied_label(b.parameter),
            );
        } else {
            // Right-aligned in the column left of the values, on two lines if need be.
            let lines = wrap(varied_label(b.parameter), 216.0, ChartLayout::FONT, false);
            let first = if lines.len() > 1 { 16.0 } else { 25.0 };
            for (j, line) in lines.iter().take(2).enumerate() {
                text(
                    &mut out,
                    "",
                    220.0,
                    y + first + 18.0 * j as f64,
                    "end",
                    line,
                );
            }
        }
        let _ = write!(
            out,
            r#"<rect class="tornado__bar" x="{}" y="{}" width="{}" height="{}"/>"#,
            Coord(x0),
            Coord(y + bar_y),
            Coord((x1 - x0).max(1.0)),
            Coord(bar_h),
        );
        let lo_room = if layout.narrow { x0 - 10.0 } else { x0 - 230.0 };
        let hi_room = layout.width() - x1 - 10.0;
        text(
            &mut out,
            "chart__small",
            x0 - 6.0,
            y + value_y,
            "end",
            &fitted(lo, lo_room, false),
        );
        text(
            &mut out,
            "chart__small",
            x1 + 6.0,
            y + value_y,
            "start",
            &fitted(hi, hi_room, false),
        );
    }
    out.push_str("</svg>");
    out
}

/// The waterfall: the total built up from its parts, each bar starting where the last ended,
/// then the total. Wide: columns; narrow: a bar per row under its label.
pub fn waterfall(steps: &[Step], layout: ChartLayout, labels: Labels) -> String {
    let total = steps.last().map_or(0.0, |l| l.end);
    let parts: Vec<String> = steps
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                piece_label(p.piece).to_lowercase(),
                signed_count(p.size())
            )
        })
        .collect();
    let description = format!(
        "From 0: {}; total {}. The figures are in the table below.",
        parts.join(", "),
        count(total)
    );
    let bars: Vec<(&str, f64, f64, bool)> = steps
        .iter()
        .map(|p| (piece_label(p.piece), p.start, p.end, false))
        .chain(std::iter::once(("Total", 0.0, total, true)))
        .collect();
    let ends = steps.iter().flat_map(|p| [p.start, p.end]);
    let lo = ends.clone().fold(0.0, f64::min);
    let hi = ends.fold(total, f64::max);
    let mut out = String::with_capacity(2048);
    if layout.narrow {
        const ROW: f64 = 52.0;
        const LEFT: f64 = 8.0;
        const WIDTH: f64 = 224.0;
        let span = (hi - lo).max(1.0);
        let x = |v: f64| LEFT + WIDTH * ((v - lo) / span).clamp(0.0, 1.0);
        let height = 8.0 + ROW * bars.len() as f64;
        open(&mut out, layout, height, labels, &description);
        for (i, (label, start, end, is_total)) in bars.iter().enumerate() {
            let y = 4.0 + ROW * i as f64;
            let (a, b) = (x(*start), x(*end));
            text(&mut out, "", 4.0, y + 16.0, "start", label);
            let _ = write!(
                out,
                r#"<rect class="{}" x="{}" y="{}" width="{}" height="18"/>"#,
                if *is_total {
                    "waterfall__total"
                } else {
                    "waterfall__step"
                },
                Coord(a.min(b)),
                Coord(y + 22.0),
                Coord((a - b).abs().max(1.0))
            );
            let at = a.max(b) + 6.0;
            let room = layout.width() - at - 4.0;
            let value = if *is_total {
                fitted(*end, room, true)
            } else {
                fitted_signed(end - start, room, true)
            };
            text(&mut out, "chart__value", at, y + 36.0, "start", &value);
        }
        // The zero line beside each bar, not through the labels above the bars.
        let zero = Coord(x(0.0));
        for i in 0..bars.len() {
            let y = 4.0 + ROW * i as f64;
            let _ = write!(
                out,
                r#"<line class="chart__axis" x1="{zero}" x2="{zero}" y1="{}" y2="{}"/>"#,
                Coord(y + 20.0),
                Coord(y + 42.0)
            );
        }
        out.push_str("</svg>");
        return out;
    }
    let plot = Plot::STANDARD;
    let axis = nice_axis(hi - lo, 4);
    let y = |v: f64| plot.bottom() - plot.height * ((v - lo) / axis.max).clamp(0.0, 1.0);
    let slot = plot.width / bars.len().max(1) as f64;
    let w = slot * 0.7;
    open(&mut out, layout, 340.0, labels, &description);
    for (i, (label, start, end, is_total)) in bars.iter().enumerate() {
        let x = plot.left + slot * i as f64 + slot * 0.15;
        let (a, b) = (y(*start), y(*end));
        let _ = write!(
            out,
            r#"<rect class="{}" x="{}" y="{}" width="{}" height="{}"/>"#,
            if *is_total {
                "waterfall__total"
            } else {
                "waterfall__step"
            },
            Coord(x),
            Coord(a.min(b)),
            Coord(w),
            Coord((a - b).abs().max(1.0))
        );
        let value = if *is_total {
            fitted(*end, slot - 4.0, true)
        } else {
            fitted_signed(end - start, slot - 4.0, true)
        };
        text(
            &mut out,
            "chart__value",
            x + w / 2.0,
            above(a.min(b), 6.0),
            "middle",
            &value,
        );
        for (j, line) in wrap(label, slot - 8.0, ChartLayout::FONT, false)
            .iter()
            .take(3)
            .enumerate()
        {
            text(
                &mut out,
                "chart__label",
                x + w / 2.0,
                plot.bottom() + 20.0 + 18.0 * j as f64,
                "middle",
                line,
            );
        }
    }
    close(&mut out, plot);
    out
}
