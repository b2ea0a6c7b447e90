//! Chart markup, written as SVG text by plain functions so charts are tested natively and the
//! Wasm carries one small writer instead of a reactive view per shape. The components place the
//! text with `inner_html`; every chart is `role="img"` with a title and a text description,
//! and the page always has the same figures in a table.

use std::fmt::Write;

use crate::chart::{band_path, column_centre, line_path, nice_axis, stack, Axis, HScale, Plot};
use crate::engine::uncertainty::{Bar, FanRow, Step};
use crate::format::{count, grouped, signed_count};
use crate::report::Part;

/// Escapes text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

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

const PATTERNS: &str = concat!(
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

fn open(out: &mut String, height: f64, labels: Labels, description: &str) {
    let _ = write!(
        out,
        r#"<svg class="chart__svg" viewBox="0 0 640 {height}" role="img" aria-labelledby="{} {}" focusable="false"><desc id="{}">{}</desc>"#,
        escape(labels.title_id),
        escape(labels.desc_id),
        escape(labels.desc_id),
        escape(description)
    );
}

fn ticks(out: &mut String, plot: Plot, axis: &Axis) {
    for &t in &axis.ticks {
        let y = plot.y(axis, t);
        let _ = write!(
            out,
            r#"<g class="chart__tick"><line x1="{:.1}" x2="{:.1}" y1="{y:.1}" y2="{y:.1}"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text></g>"#,
            plot.left,
            plot.left + plot.width,
            plot.left - 8.0,
            y + 4.0,
            grouped(t as i64)
        );
    }
}

fn x_labels(out: &mut String, plot: Plot, labels: &[String]) {
    let n = labels.len();
    let every = if n > 12 { 2 } else { 1 };
    for (i, l) in labels.iter().enumerate() {
        if i % every == 0 || i + 1 == n {
            let _ = write!(
                out,
                r#"<text class="chart__label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                column_centre(plot, i, n),
                plot.bottom() + 18.0,
                escape(l)
            );
        }
    }
}

fn close(out: &mut String, plot: Plot) {
    let _ = write!(
        out,
        r#"<line class="chart__axis" x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}"/></svg>"#,
        plot.left,
        plot.left + plot.width,
        plot.bottom(),
        plot.bottom()
    );
}

fn text(out: &mut String, class: &str, x: f64, y: f64, anchor: &str, content: &str) {
    let _ = write!(
        out,
        r#"<text class="{class}" x="{x:.1}" y="{y:.1}" text-anchor="{anchor}">{}</text>"#,
        escape(content)
    );
}

/// Stacked columns of the total split into its parts, one column per year, the total written
/// above the last column.
pub fn stacked_columns(parts: &[Part], years: &[String], labels: Labels) -> String {
    let plot = Plot::STANDARD;
    let n = parts.first().map_or(0, |p| p.values.len());
    let totals: Vec<i64> = (0..n)
        .map(|i| parts.iter().map(|p| p.values[i].max(0)).sum())
        .collect();
    let last = totals.last().copied().unwrap_or(0);
    let axis = nice_axis(totals.iter().copied().max().unwrap_or(0) as f64, 4);
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
            format!(
                "A column for each year from {first} to {end} shows the new staff needed since 2022, split into its parts. By {end} the total is {}: {}. The figures are in the results table.",
                grouped(last),
                split.join(", ")
            )
        }
        _ => String::new(),
    };
    let mut out = String::with_capacity(4096);
    open(&mut out, 320.0, labels, &description);
    out.push_str(PATTERNS);
    ticks(&mut out, plot, &axis);
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
    x_labels(&mut out, plot, years);
    if n > 0 {
        let x = column_centre(plot, n - 1, n);
        text(
            &mut out,
            "chart__value",
            x,
            plot.y(&axis, last as f64) - 6.0,
            "end",
            &grouped(last),
        );
    }
    close(&mut out, plot);
    out
}

/// A line of one figure over the years, labelled at its ends.
pub fn line(points: &[(String, i64)], labels: Labels) -> String {
    let plot = Plot::STANDARD;
    let axis = nice_axis(points.iter().map(|p| p.1).max().unwrap_or(0) as f64, 4);
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
    open(&mut out, 320.0, labels, &description);
    ticks(&mut out, plot, &axis);
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
    x_labels(&mut out, plot, &years);
    if let (Some(f), Some(l), Some(fp), Some(lp)) =
        (points.first(), points.last(), xy.first(), xy.last())
    {
        text(
            &mut out,
            "chart__value",
            fp.0,
            fp.1 - 10.0,
            "start",
            &grouped(f.1),
        );
        text(
            &mut out,
            "chart__value",
            lp.0,
            lp.1 - 10.0,
            "end",
            &grouped(l.1),
        );
    }
    close(&mut out, plot);
    out
}

/// The fan chart: 10-90% and 25-75% bands of the total per year around the central line.
/// `rows` and `central` hold one entry per year after the base.
pub fn fan(rows: &[FanRow], central: &[f64], years: &[String], labels: Labels) -> String {
    let plot = Plot::STANDARD;
    let n = central.len();
    let top = rows
        .iter()
        .map(|r| r.p90)
        .chain(central.iter().copied())
        .fold(0.0, f64::max);
    let axis = nice_axis(top, 4);
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
    open(&mut out, 320.0, labels, &description);
    ticks(&mut out, plot, &axis);
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
    x_labels(&mut out, plot, years);
    close(&mut out, plot);
    out
}

/// The tornado chart: one bar per assumption from the total with it at its low value to the
/// total at its high value, in the order given (largest first).
pub fn tornado(bars: &[Bar], labels: Labels) -> String {
    const LEFT: f64 = 230.0;
    const WIDTH: f64 = 380.0;
    const ROW: f64 = 44.0;
    let values: Vec<f64> = bars
        .iter()
        .flat_map(|b| [b.total_at_low, b.total_at_high])
        .collect();
    let scale = HScale::around(&values, LEFT, WIDTH);
    let description = bars.first().map_or_else(String::new, |top| {
        format!(
            "{} moves the total most: from {} to {}. The figures are in the table below.",
            top.parameter,
            count(top.total_at_low),
            count(top.total_at_high)
        )
    });
    let mut out = String::with_capacity(2048);
    open(
        &mut out,
        24.0 + ROW * bars.len() as f64,
        labels,
        &description,
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 12.0 + ROW * i as f64;
        let (lo, hi) = (
            b.total_at_low.min(b.total_at_high),
            b.total_at_low.max(b.total_at_high),
        );
        let (x0, x1) = (scale.x(lo), scale.x(hi));
        text(&mut out, "", LEFT - 10.0, y + 18.0, "end", b.parameter);
        let _ = write!(
            out,
            r#"<rect class="tornado__bar" x="{x0:.1}" y="{:.1}" width="{:.1}" height="{:.1}"/>"#,
            y + 4.0,
            (x1 - x0).max(1.0),
            ROW - 16.0
        );
        text(
            &mut out,
            "chart__small",
            x0 - 4.0,
            y + 38.0,
            "end",
            &count(lo),
        );
        text(
            &mut out,
            "chart__small",
            x1 + 4.0,
            y + 38.0,
            "start",
            &count(hi),
        );
    }
    out.push_str("</svg>");
    out
}

/// The waterfall: the total built up from its parts, each bar starting where the last ended,
/// then the total.
pub fn waterfall(steps: &[Step], labels: Labels) -> String {
    let plot = Plot::STANDARD;
    let total = steps.last().map_or(0.0, |l| l.end);
    let ends = steps.iter().flat_map(|p| [p.start, p.end]);
    let lo = ends.clone().fold(0.0, f64::min);
    let hi = ends.fold(total, f64::max);
    let axis = nice_axis(hi - lo, 4);
    let y = |v: f64| plot.bottom() - plot.height * ((v - lo) / axis.max).clamp(0.0, 1.0);
    let slot = plot.width / (steps.len() + 1) as f64;
    let w = slot * 0.7;
    let parts: Vec<String> = steps
        .iter()
        .map(|p| format!("{} {}", p.label.to_lowercase(), signed_count(p.size())))
        .collect();
    let description = format!(
        "From 0: {}; total {}. The figures are in the table below.",
        parts.join(", "),
        count(total)
    );
    let mut out = String::with_capacity(2048);
    open(&mut out, 340.0, labels, &description);
    let bars = steps
        .iter()
        .map(|p| {
            (
                p.label,
                p.start,
                p.end,
                signed_count(p.size()),
                "waterfall__step",
            )
        })
        .chain(std::iter::once((
            "Total",
            0.0,
            total,
            count(total),
            "waterfall__total",
        )));
    for (i, (label, start, end, value, class)) in bars.enumerate() {
        let x = plot.left + slot * i as f64 + slot * 0.15;
        let (a, b) = (y(start), y(end));
        let _ = write!(
            out,
            r#"<rect class="{class}" x="{x:.1}" y="{:.1}" width="{w:.1}" height="{:.1}"/>"#,
            a.min(b),
            (a - b).abs().max(1.0)
        );
        text(
            &mut out,
            "chart__value",
            x + w / 2.0,
            a.min(b) - 6.0,
            "middle",
            &value,
        );
        let words: Vec<&str> = label.split(' ').collect();
        let half = words.len().div_ceil(2);
        text(
            &mut out,
            "chart__small",
            x + w / 2.0,
            plot.bottom() + 18.0,
            "middle",
            &words[..half].join(" "),
        );
        text(
            &mut out,
            "chart__small",
            x + w / 2.0,
            plot.bottom() + 34.0,
            "middle",
            &words[half..].join(" "),
        );
    }
    close(&mut out, plot);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: Labels = Labels {
        title_id: "t",
        desc_id: "d",
    };

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
        let svg = stacked_columns(&parts, &["2023".into(), "2024".into()], L);
        assert!(svg.starts_with(
            r#"<svg class="chart__svg" viewBox="0 0 640 320" role="img" aria-labelledby="t d""#
        ));
        assert!(svg
            .contains("By 2024 the total is 22: 20 replacing leavers, 2 extra staff for demand."));
        assert_eq!(svg.matches("<rect x=").count(), 4);
        assert!(svg.contains(r#"text-anchor="end">22</text>"#));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn every_chart_is_well_formed_for_empty_input() {
        for svg in [
            stacked_columns(&[], &[], L),
            line(&[], L),
            fan(&[], &[], &[], L),
            tornado(&[], L),
            waterfall(&[], L),
        ] {
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{svg}");
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
        }
    }
}
