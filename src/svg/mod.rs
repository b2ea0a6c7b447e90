//! Chart markup, written as SVG text by plain functions so charts are tested natively and the
//! Wasm carries one small writer instead of a reactive view per shape. The components place the
//! text with `inner_html`; every chart is `role="img"` with a title and a text description,
//! and the page always has the same figures in a table.
//!
//! This module holds what every chart shares (fills, layouts, labels, axes, text); each kind of
//! chart is in its own file: [`columns`] (stacked columns), [`line`], and [`uncertainty`] (fan,
//! tornado, waterfall).

use std::fmt::Write;

use crate::chart::{
    band_path, column_centre, label_every, line_path, nice_axis, stack, text_width, wrap, Axis,
    ChartLayout, Coord, HScale, Plot,
};
use crate::engine::uncertainty::{Bar, FanRow, Step};
use crate::fields::{piece_label, varied_label};
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
    format!(r#"<svg class="chart__defs" width="0" height="0" aria-hidden="true">{PATTERNS}</svg>"#)
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

/// Which layout of a chart to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// The wide layout (a container at least [`NARROW_BELOW_REM`] wide, or an image to take
    /// away).
    Wide,
    /// The narrow layout: a phone, and any page written before anyone has seen it (a
    /// pre-rendered page; the stylesheet gives it the wide one's height in a wide container,
    /// so nothing moves when the app draws the wide one there).
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

/// A chart in the layout `fit` asks for. The narrow one's description has the id
/// `{desc_id}-narrow`, so that a page holding both (a chart and its downloadable image, say)
/// keeps its ids unique.
pub fn laid_out(fit: Fit, labels: Labels, draw: impl Fn(ChartLayout, Labels) -> String) -> String {
    match fit {
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

/// Opens a chart's `<svg>`. A chart of the layout's standard size (columns, line, fan: the same
/// shape whatever it shows) is marked `chart__svg--plot`, which the stylesheet needs to give a
/// narrow one in a wide container the height of the wide one.
fn open(out: &mut String, layout: ChartLayout, height: f64, labels: Labels, description: &str) {
    let _ = write!(
        out,
        r#"<svg class="chart__svg chart__svg--{}{}" viewBox="0 0 {} {height}" font-size="{}" role="img" aria-labelledby="{} {}"><desc id="{}">{}</desc>"#,
        if layout.narrow { "narrow" } else { "wide" },
        if height == layout.height() {
            " chart__svg--plot"
        } else {
            ""
        },
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
        let y = Coord(plot.y(axis, t));
        let label = if short {
            abbreviated(t)
        } else {
            grouped(t as i64)
        };
        let _ = write!(
            out,
            r#"<g class="chart__tick"><line x1="{}" x2="{}" y1="{y}" y2="{y}"/><text x="{}" y="{}">{}</text></g>"#,
            Coord(plot.left),
            Coord(plot.left + plot.width),
            Coord(plot.left - 8.0),
            Coord(y.0 + 5.0),
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
                r#"<text class="chart__label" x="{}" y="{}">{}</text>"#,
                Coord(x),
                Coord(plot.bottom() + 20.0),
                escape(l)
            );
        }
    }
}

fn axis_line(out: &mut String, plot: Plot) {
    let _ = write!(
        out,
        r#"<line class="chart__axis" x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
        Coord(plot.left),
        Coord(plot.left + plot.width),
        Coord(plot.bottom()),
        Coord(plot.bottom())
    );
}

fn close(out: &mut String, plot: Plot) {
    axis_line(out, plot);
    out.push_str("</svg>");
}

/// A text at `(x, y)`. An empty `class` is not written, nor is `anchor` (SVG's `text-anchor`)
/// when it is "start", the default.
fn text(out: &mut String, class: &str, x: f64, y: f64, anchor: &str, content: &str) {
    out.push_str("<text");
    if !class.is_empty() {
        let _ = write!(out, r#" class="{class}""#);
    }
    let _ = write!(out, r#" x="{}" y="{}""#, Coord(x), Coord(y));
    if anchor != "start" {
        let _ = write!(out, r#" text-anchor="{anchor}""#);
    }
    let _ = write!(out, ">{}</text>", escape(content));
}

mod columns;
pub mod diff;
mod line;
#[cfg(test)]
mod tests;
mod uncertainty;

pub use columns::{stacked_columns, stacked_columns_compared, Compared};
pub use line::line;
pub use uncertainty::{fan, tornado, waterfall};
