//! Chart markup, written as SVG text by plain functions so charts are tested natively and the
//! Wasm carries one small writer instead of a reactive view per shape. The components place the
//! text with `inner_html`; every chart is `role="img"` with a title and a text description,
//! and the page always has the same figures in a table.

use std::fmt::Write;

use crate::chart::{
    band_path, column_centre, label_every, line_path, nice_axis, stack, text_width, wrap, Axis,
    ChartLayout, HScale, Plot,
};
use crate::engine::uncertainty::{Bar, FanRow, Step};
use crate::fields::varied_label;
use crate::format::{count, grouped, round_count, signed_count, trim};
use crate::markup::escape;
use crate::report::Part;

/// The fill of a stacked part: a colour with 3:1 contrast against white and a pattern, so parts
/// can be told apart without colour. Legends use the same fills.
pub fn fill(pattern: &str) -> &'static str {
    match pattern {
        "leavers" => "url(#pattern-leavers)",
        "demand" => "url(#pattern-demand)",
        "vacancies" => "url(#pattern-vacancies)",
        _ => "url(#pattern-reforms)",
    }
}

/// The patterns of the stacked parts, once per page section in a zero-size SVG beside the charts
/// (not inside them: the chart of the other layout is hidden, and a pattern inside a hidden SVG
/// does not paint). The legend's swatches use them too.
pub fn pattern_defs() -> String {
    format!(
        r#"<svg class="chart__defs" width="0" height="0" aria-hidden="true" focusable="false">{PATTERNS}</svg>"#
    )
}

/// The `<defs>` of the stacked parts' fill patterns ([`pattern_defs`] writes them on the page;
/// an exported image carries its own copy).
pub const PATTERNS: &str = concat!(
    r##"<defs><pattern id="pattern-leavers" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#1d70b8"/></pattern>"##,
    r##"<pattern id="pattern-demand" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><rect width="4" height="8" fill="#b1460f"/></pattern>"##,
    r##"<pattern id="pattern-vacancies" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#ffffff"/><circle cx="4" cy="4" r="2.5" fill="#00703c"/></pattern>"##,
    r##"<pattern id="pattern-reforms" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#ffffff"/><path d="M0 4 H8 M4 0 V8" stroke="#6f2c91" stroke-width="2"/></pattern></defs>"##,
);

/// Where a chart's accessible name and description come from.
#[derive(Clone, Copy, Debug)]
pub struct Labels<'a> {
    /// The id of the element holding the chart's title (a `figcaption`).
    pub title_id: &'a str,
    /// The id given to the chart's `desc` element.
    pub desc_id: &'a str,
}

/// Which layouts of a chart to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Both, the wide one first: the stylesheet shows the one that fits (a page written before
    /// anyone has seen it, such as a pre-rendered page).
    Both,
    /// Only the wide layout (a container at least [`NARROW_BELOW_REM`] wide, or an image to
    /// take away).
    Wide,
    /// Only the narrow layout.
    Narrow,
}

/// The container width, in rem, below which a chart takes its narrow layout: the stylesheet's
/// `@container (width < 35rem)`.
pub const NARROW_BELOW_REM: f64 = 35.0;

impl Fit {
    /// The layout for a container `width` pixels wide when one rem is `rem` pixels.
    pub fn for_width(width: f64, rem: f64) -> Fit {
        if width >= NARROW_BELOW_REM * rem {
            Fit::Wide
        } else {
            Fit::Narrow
        }
    }
}

/// A chart in the layouts `fit` asks for (see [`responsive`] for both). The narrow one's
/// description always has the id `{desc_id}-narrow`.
pub fn laid_out(fit: Fit, labels: Labels, draw: impl Fn(ChartLayout, Labels) -> String) -> String {
    match fit {
        Fit::Both => responsive(labels, draw),
        Fit::Wide => draw(ChartLayout::WIDE, labels),
        Fit::Narrow => draw(
            ChartLayout::NARROW,
            Labels {
                title_id: labels.title_id,
                desc_id: &format!("{}-narrow", labels.desc_id),
            },
        ),
    }
}

/// A chart in both layouts, the wide one first: the stylesheet shows the one that fits the
/// chart's container. The narrow one's description gets the id `{desc_id}-narrow`, so ids stay
/// unique; each names itself from the same title.
pub fn responsive(labels: Labels, draw: impl Fn(ChartLayout, Labels) -> String) -> String {
    let narrow_desc = format!("{}-narrow", labels.desc_id);
    let mut out = draw(ChartLayout::WIDE, labels);
    out.push_str(&draw(
        ChartLayout::NARROW,
        Labels {
            title_id: labels.title_id,
            desc_id: &narrow_desc,
        },
    ));
    out
}

fn open(out: &mut String, layout: ChartLayout, height: f64, labels: Labels, description: &str) {
    let _ = write!(
        out,
        r#"<svg class="chart__svg chart__svg--{}" viewBox="0 0 {} {height}" font-size="{}" role="img" aria-labelledby="{} {}" focusable="false"><desc id="{}">{}</desc>"#,
        if layout.narrow { "narrow" } else { "wide" },
        layout.width(),
        ChartLayout::FONT,
        escape(labels.title_id),
        escape(labels.desc_id),
        escape(labels.desc_id),
        escape(description)
    );
}

/// A number in a few characters for a tight spot: "950", "2.5k", "40k", "1.2m", "3.3bn".
pub fn abbreviated(v: f64) -> String {
    let a = v.abs();
    if a >= 999_500_000.0 {
        format!("{}bn", trim(v / 1e9, 1))
    } else if a >= 999_500.0 {
        format!("{}m", trim(v / 1e6, 1))
    } else if a >= 1_000.0 {
        format!("{}k", trim(v / 1e3, 1))
    } else {
        grouped(round_count(v))
    }
}

/// A count as a chart label: grouped ("34,948") when it fits in `room` units, else
/// abbreviated ("1.2m").
fn fitted(v: f64, room: f64, bold: bool) -> String {
    let full = count(v);
    if text_width(&full, ChartLayout::FONT, bold) <= room {
        full
    } else {
        abbreviated(v)
    }
}

/// A change as a chart label: "+920", or abbreviated ("+1.2m") when it does not fit.
fn fitted_signed(v: f64, room: f64, bold: bool) -> String {
    let full = signed_count(v);
    if text_width(&full, ChartLayout::FONT, bold) <= room {
        full
    } else if round_count(v) > 0 {
        format!("+{}", abbreviated(v))
    } else {
        abbreviated(v)
    }
}

/// The baseline of a label meant to sit just above `y`, moved below it if it would leave the top.
fn above(y: f64, gap: f64) -> f64 {
    let baseline = y - gap;
    if baseline - ChartLayout::FONT < 0.0 {
        y + gap + ChartLayout::FONT
    } else {
        baseline
    }
}

fn ticks(out: &mut String, layout: ChartLayout, plot: Plot, axis: &Axis) {
    let room = plot.left - 8.0;
    let short = axis.ticks.iter().any(|&t| {
        text_width(&grouped(t as i64), ChartLayout::FONT, false) > room
            || (layout.narrow && t >= 10_000.0)
    });
    for &t in &axis.ticks {
        let y = plot.y(axis, t);
        let label = if short {
            abbreviated(t)
        } else {
            grouped(t as i64)
        };
        let _ = write!(
            out,
            r#"<g class="chart__tick"><line x1="{:.1}" x2="{:.1}" y1="{y:.1}" y2="{y:.1}"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text></g>"#,
            plot.left,
            plot.left + plot.width,
            plot.left - 8.0,
            y + 5.0,
            label
        );
    }
}

/// The labels under the columns: as many as fit, counted back from the last, each centred
/// under its column but kept inside the chart.
fn x_labels(out: &mut String, layout: ChartLayout, plot: Plot, labels: &[String]) {
    let n = labels.len();
    let widest = labels
        .iter()
        .map(|l| text_width(l, ChartLayout::FONT, false))
        .fold(0.0, f64::max);
    let every = label_every(n, plot.width / n.max(1) as f64, widest, 8.0);
    for (i, l) in labels.iter().enumerate() {
        if (n - 1 - i).is_multiple_of(every) {
            let half = text_width(l, ChartLayout::FONT, false) / 2.0;
            let x = column_centre(plot, i, n).clamp(half + 2.0, layout.width() - half - 2.0);
            let _ = write!(
                out,
                r#"<text class="chart__label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                x,
                plot.bottom() + 20.0,
                escape(l)
            );
        }
    }
}

fn axis_line(out: &mut String, plot: Plot) {
    let _ = write!(
        out,
        r#"<line class="chart__axis" x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}"/>"#,
        plot.left,
        plot.left + plot.width,
        plot.bottom(),
        plot.bottom()
    );
}

fn close(out: &mut String, plot: Plot) {
    axis_line(out, plot);
    out.push_str("</svg>");
}

fn text(out: &mut String, class: &str, x: f64, y: f64, anchor: &str, content: &str) {
    let _ = write!(
        out,
        r#"<text class="{class}" x="{x:.1}" y="{y:.1}" text-anchor="{anchor}">{}</text>"#,
        escape(content)
    );
}

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
                "A column for each year from {first} to {end} shows the new staff needed since 2022, split into its parts. By {end} the total is {}: {}.{versus} The figures are in the results table.",
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
    for (rects, part) in stack(&values, plot, &axis).iter().zip(parts) {
        for r in rects {
            let _ = write!(
                out,
                r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{}" stroke="#0b0c0c" stroke-width="0.5"/>"##,
                r.x,
                r.y,
                r.w,
                r.h,
                fill(part.pattern)
            );
        }
    }
    if let Some(c) = compared {
        let half = plot.width / n.max(1) as f64 * 0.45;
        let mut d = String::new();
        for (i, &t) in c.totals.iter().enumerate() {
            let x = column_centre(plot, i, n);
            let y = plot.y(&axis, t.max(0) as f64);
            let _ = write!(d, "M{:.1} {y:.1}H{:.1}", x - half, x + half);
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
            r#"<circle class="chart__point" cx="{x:.1}" cy="{y:.1}" r="3.5"/>"#
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
            r#"<rect class="tornado__bar" x="{x0:.1}" y="{:.1}" width="{:.1}" height="{bar_h:.1}"/>"#,
            y + bar_y,
            (x1 - x0).max(1.0),
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
        .map(|p| format!("{} {}", p.label.to_lowercase(), signed_count(p.size())))
        .collect();
    let description = format!(
        "From 0: {}; total {}. The figures are in the table below.",
        parts.join(", "),
        count(total)
    );
    let bars: Vec<(&str, f64, f64, bool)> = steps
        .iter()
        .map(|p| (p.label, p.start, p.end, false))
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
                r#"<rect class="{}" x="{:.1}" y="{:.1}" width="{:.1}" height="18"/>"#,
                if *is_total {
                    "waterfall__total"
                } else {
                    "waterfall__step"
                },
                a.min(b),
                y + 22.0,
                (a - b).abs().max(1.0)
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
        let zero = x(0.0);
        for i in 0..bars.len() {
            let y = 4.0 + ROW * i as f64;
            let _ = write!(
                out,
                r#"<line class="chart__axis" x1="{zero:.1}" x2="{zero:.1}" y1="{:.1}" y2="{:.1}"/>"#,
                y + 20.0,
                y + 42.0
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
            r#"<rect class="{}" x="{x:.1}" y="{:.1}" width="{w:.1}" height="{:.1}"/>"#,
            if *is_total {
                "waterfall__total"
            } else {
                "waterfall__step"
            },
            a.min(b),
            (a - b).abs().max(1.0)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::ADULT_BASELINE;
    use crate::engine::uncertainty::{
        monte_carlo_adult, monte_carlo_provider, tornado_adult, tornado_provider,
        waterfall as steps_of, AdultRanges, ProviderRanges,
    };
    use crate::engine::{project_adult, project_provider, Projection};
    use crate::report::{adult_table, provider_table, ResultTable};
    use crate::scenario::Scenario;

    const L: Labels = Labels {
        title_id: "t",
        desc_id: "d",
    };
    const BOTH: [ChartLayout; 2] = [ChartLayout::WIDE, ChartLayout::NARROW];

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn stacked_chart_names_itself_and_labels_the_total() {
        let parts = vec![
            Part {
                label: "Replacing leavers",
                pattern: "leavers",
                values: vec![10, 20],
            },
            Part {
                label: "Extra staff for demand",
                pattern: "demand",
                values: vec![1, 2],
            },
        ];
        let svg = stacked_columns(
            &parts,
            &["2023".into(), "2024".into()],
            ChartLayout::WIDE,
            L,
        );
        assert!(svg.starts_with(
            r#"<svg class="chart__svg chart__svg--wide" viewBox="0 0 640 320" font-size="14" role="img" aria-labelledby="t d""#
        ));
        assert!(svg
            .contains("By 2024 the total is 22: 20 replacing leavers, 2 extra staff for demand."));
        assert_eq!(svg.matches("<rect x=").count(), 4);
        assert!(svg.contains(r#"text-anchor="end">22</text>"#));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn one_layout_is_written_for_the_width_the_chart_has() {
        fn draw(layout: ChartLayout, labels: Labels) -> String {
            line(&[("2023".into(), 5)], layout, labels)
        }
        assert_eq!(laid_out(Fit::Both, L, draw), responsive(L, draw));
        let wide = laid_out(Fit::Wide, L, draw);
        assert_eq!(wide.matches("<svg ").count(), 1);
        assert!(wide.contains("chart__svg--wide") && wide.contains(r#"<desc id="d">"#));
        let narrow = laid_out(Fit::Narrow, L, draw);
        assert_eq!(narrow.matches("<svg ").count(), 1);
        assert!(
            narrow.contains("chart__svg--narrow") && narrow.contains(r#"<desc id="d-narrow">"#)
        );
        // The stylesheet's breakpoint, 35rem.
        assert_eq!(Fit::for_width(560.0, 16.0), Fit::Wide);
        assert_eq!(Fit::for_width(559.9, 16.0), Fit::Narrow);
        assert_eq!(Fit::for_width(600.0, 20.0), Fit::Narrow);
    }

    #[test]
    fn both_layouts_are_written_with_their_own_description_ids() {
        let both = responsive(L, |layout, labels| {
            line(&[("2023".into(), 5)], layout, labels)
        });
        assert_eq!(both.matches("<svg ").count(), 2);
        assert!(both.contains(r#"class="chart__svg chart__svg--wide" viewBox="0 0 640 "#));
        assert!(both.contains(r#"class="chart__svg chart__svg--narrow" viewBox="0 0 320 "#));
        assert!(both.contains(r#"aria-labelledby="t d""#) && both.contains(r#"<desc id="d">"#));
        assert!(both.contains(r#"aria-labelledby="t d-narrow""#));
        assert!(both.contains(r#"<desc id="d-narrow">"#));
    }

    #[test]
    fn numbers_are_shortened_only_where_they_do_not_fit() {
        assert_eq!(abbreviated(950.0), "950");
        assert_eq!(abbreviated(2_500.0), "2.5k");
        assert_eq!(abbreviated(40_000.0), "40k");
        assert_eq!(abbreviated(1_234_567.0), "1.2m");
        assert_eq!(abbreviated(-12_000.0), "-12k");
        assert_eq!(fitted(34_948.0, 100.0, true), "34,948");
        assert_eq!(fitted(34_948.0, 30.0, true), "34.9k");
    }

    #[test]
    fn every_chart_is_well_formed_for_empty_input() {
        for layout in BOTH {
            for svg in [
                stacked_columns(&[], &[], layout, L),
                line(&[], layout, L),
                fan(&[], &[], &[], layout, L),
                tornado(&[], layout, L),
                waterfall(&[], layout, L),
            ] {
                assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{svg}");
                assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
            }
        }
    }

    /// A label's estimated box in SVG units: left, right, top, bottom.
    #[derive(Debug)]
    struct TextBox {
        text: String,
        x0: f64,
        x1: f64,
        y0: f64,
        y1: f64,
    }

    fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let len = tag[start..].find('"')?;
        Some(&tag[start..start + len])
    }

    /// The `viewBox` size and every label's box of one SVG, from its markup.
    fn layout_of(svg: &str) -> (f64, f64, Vec<TextBox>) {
        let view_box: Vec<f64> = attribute(svg, "viewBox")
            .expect("a viewBox")
            .split(' ')
            .map(|v| v.parse().expect("a number"))
            .collect();
        let font: f64 = attribute(svg, "font-size")
            .expect("a font size")
            .parse()
            .expect("a number");
        let mut boxes = Vec::new();
        let mut rest = svg;
        while let Some(i) = rest.find("<text ") {
            rest = &rest[i..];
            let close = rest.find('>').expect("a closed tag");
            let tag = &rest[..close];
            let end = rest.find("</text>").expect("an end tag");
            let text = rest[close + 1..end]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            let num = |n: &str| -> f64 { attribute(tag, n).expect(n).parse().expect(n) };
            let (x, y) = (num("x"), num("y"));
            let bold = attribute(tag, "class").is_some_and(|c| c.contains("chart__value"));
            let w = text_width(&text, font, bold);
            let x0 = match attribute(tag, "text-anchor") {
                Some("end") => x - w,
                Some("middle") => x - w / 2.0,
                _ => x,
            };
            boxes.push(TextBox {
                text,
                x0,
                x1: x0 + w,
                // A line box as browsers measure it: a sans-serif font's ascent and descent.
                y0: y - 0.95 * font,
                y1: y + 0.3 * font,
            });
            rest = &rest[end..];
        }
        (view_box[2], view_box[3], boxes)
    }

    /// Every label inside the chart, none overlapping another.
    fn assert_readable(name: &str, svg: &str) {
        let (w, h, boxes) = layout_of(svg);
        for b in &boxes {
            assert!(
                b.x0 >= 0.0 && b.x1 <= w && b.y0 >= 0.0 && b.y1 <= h,
                "{name}: {:?} ({b:?}) leaves the {w} x {h} chart",
                b.text
            );
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart = a.x1 <= b.x0 + 0.5
                    || b.x1 <= a.x0 + 0.5
                    || a.y1 <= b.y0 + 0.5
                    || b.y1 <= a.y0 + 0.5;
                assert!(
                    apart,
                    "{name}: {:?} overlaps {:?} ({a:?}, {b:?})",
                    a.text, b.text
                );
            }
        }
    }

    fn adult(query: &str) -> (Projection, ResultTable) {
        let a = Scenario::from_query(query).form.adult();
        let p = project_adult(&ADULT_BASELINE, &a);
        let t = adult_table(&a, &p);
        (p, t)
    }

    fn provider(query: &str) -> (Projection, ResultTable) {
        let a = Scenario::from_query(query).form.provider();
        let p = project_provider(&a);
        let t = provider_table(&a, &p);
        (p, t)
    }

    const ADULT: [&str; 5] = [
        "?view=adult",
        "?view=adult&horizon=2023",
        "?view=adult&horizon=2024&vacancies=1&reforms=1",
        "?view=adult&horizon=2040&vacancies=1&reforms=1&turnover=100&stay=0&demand=20",
        "?view=adult&horizon=2040&demand=-10&turnover=0",
    ];
    const PROVIDER: [&str; 4] = [
        "?view=provider",
        "?view=provider&years=1",
        "?view=provider&staff=1000000&turnover=100&vacancies=1000000&growth=50&years=20",
        "?view=provider&staff=1&turnover=0&vacancies=0&growth=-20&years=20",
    ];

    #[test]
    fn compared_totals_are_dashed_marks_on_each_column_and_in_the_description() {
        let parts = [Part {
            label: "Replacing leavers",
            pattern: "leavers",
            values: vec![10, 20, 30],
        }];
        let years: Vec<String> = ["2023", "2024", "2025"].map(String::from).to_vec();
        let labels = Labels {
            title_id: "t",
            desc_id: "d",
        };
        let plain = stacked_columns(&parts, &years, ChartLayout::WIDE, labels);
        assert!(!plain.contains("chart__compare"));
        let compared = Compared {
            label: "Published strategy",
            totals: &[12, 24, 60],
        };
        let svg =
            stacked_columns_compared(&parts, &years, Some(compared), ChartLayout::WIDE, labels);
        let path = svg.split("class=\"chart__compare\" d=\"").nth(1).unwrap();
        assert_eq!(path.split('"').next().unwrap().matches('M').count(), 3);
        assert!(svg.contains("A dashed mark on each column shows published strategy: 60 by 2025."));
        // The axis makes room for a compared total above every column.
        assert!(
            svg.contains(">60<") || svg.contains(">80<") || svg.contains(">75<"),
            "{svg}"
        );
    }

    #[test]
    fn column_and_line_charts_are_readable_in_both_layouts() {
        let mut cases: Vec<(String, Vec<Part>, ResultTable)> = ADULT
            .iter()
            .map(|q| {
                let (_, t) = adult(q);
                (q.to_string(), crate::report::adult_parts(&t), t)
            })
            .collect();
        for q in PROVIDER {
            let (p, t) = provider(q);
            let rows = &p.rows[1..];
            let part = |label, pattern, f: fn(&crate::engine::YearRow) -> f64| Part {
                label,
                pattern,
                values: rows.iter().map(|r| round_count(f(r)).max(0)).collect(),
            };
            let split = vec![
                part("Replacing leavers", "leavers", |r| r.replacing_leavers),
                part("Filling vacancies", "vacancies", |r| r.vacancies),
            ];
            cases.push((q.to_string(), split, t));
        }
        for (q, split, t) in &cases {
            let years: Vec<String> = t.rows.iter().map(|r| r.label.clone()).collect();
            let points: Vec<(String, i64)> = t
                .rows
                .iter()
                .map(|r| (r.label.clone(), r.cells[0]))
                .collect();
            for layout in BOTH {
                let name = format!("{q} {layout:?}");
                assert_readable(
                    &format!("stacked {name}"),
                    &stacked_columns(split, &years, layout, L),
                );
                assert_readable(&format!("line {name}"), &line(&points, layout, L));
            }
        }
    }

    /// Every uncertainty chart of one scenario, checked in both layouts.
    fn assert_uncertainty_readable(
        q: &str,
        p: &Projection,
        t: &ResultTable,
        f: &crate::engine::uncertainty::Fan,
        bars: &[Bar],
    ) {
        let years: Vec<String> = t.rows.iter().map(|r| r.label.clone()).collect();
        let central: Vec<f64> = p.rows[1..].iter().map(|r| r.total).collect();
        for layout in BOTH {
            let name = format!("{q} {layout:?}");
            assert_readable(
                &format!("fan {name}"),
                &fan(&f.rows[1..], &central, &years, layout, L),
            );
            assert_readable(&format!("tornado {name}"), &tornado(bars, layout, L));
            assert_readable(
                &format!("waterfall {name}"),
                &waterfall(&steps_of(p), layout, L),
            );
        }
    }

    #[test]
    fn uncertainty_charts_are_readable_in_both_layouts() {
        for q in ADULT {
            let a = Scenario::from_query(q).form.adult();
            let (p, t) = adult(q);
            let ranges = AdultRanges::around(&a);
            let f = monte_carlo_adult(&ADULT_BASELINE, &a, &ranges, 200, 1);
            let bars = tornado_adult(&ADULT_BASELINE, &a, &ranges);
            assert_uncertainty_readable(q, &p, &t, &f, &bars);
        }
        for q in PROVIDER {
            let a = Scenario::from_query(q).form.provider();
            let (p, t) = provider(q);
            let ranges = ProviderRanges::around(&a);
            let f = monte_carlo_provider(&a, &ranges, 200, 1);
            let bars = tornado_provider(&a, &ranges);
            assert_uncertainty_readable(q, &p, &t, &f, &bars);
        }
    }

    #[test]
    fn the_checker_catches_overlaps_and_labels_outside_the_chart() {
        let overlapping = r#"<svg viewBox="0 0 100 50" font-size="14"><text x="10" y="20">2023</text><text x="20" y="20">2024</text></svg>"#;
        assert!(std::panic::catch_unwind(|| assert_readable("overlap", overlapping)).is_err());
        let outside = r#"<svg viewBox="0 0 100 50" font-size="14"><text x="4" y="20" text-anchor="end">40,000</text></svg>"#;
        assert!(std::panic::catch_unwind(|| assert_readable("outside", outside)).is_err());
    }
}
