//! The waterfall of where the total comes from.

use super::axes::{above, axis_line, fitted, fitted_signed, x_labels_wrapped};
use super::{Anchor, ChartLayout, Drawing, Mark, Point, Rect, Shape, Style};
use crate::chart::{nice_axis, Plot};
use crate::engine::uncertainty::Step;
use crate::fields::piece_label;
use crate::format::{count, signed_count};

/// One bar of the waterfall: a part from where the last ended, or the total from 0.
struct Bar {
    label: &'static str,
    start: f64,
    end: f64,
    total: bool,
}

impl Bar {
    fn class(&self) -> &'static str {
        if self.total {
            "waterfall__total"
        } else {
            "waterfall__step"
        }
    }

    /// Its figure: the total, or the part's size with its sign.
    fn value(&self, room: f64) -> String {
        if self.total {
            fitted(self.end, room, true)
        } else {
            fitted_signed(self.end - self.start, room, true)
        }
    }
}

/// The waterfall: the total built up from its parts, each bar starting where the last ended,
/// then the total, each labelled with its figure. Wide: columns; narrow: a bar per row under
/// its label.
pub fn waterfall(steps: &[Step], layout: ChartLayout) -> Drawing {
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
    let bars: Vec<Bar> = steps
        .iter()
        .map(|p| Bar {
            label: piece_label(p.piece),
            start: p.start,
            end: p.end,
            total: false,
        })
        .chain(std::iter::once(Bar {
            label: "Total",
            start: 0.0,
            end: total,
            total: true,
        }))
        .collect();
    let ends = steps.iter().flat_map(|p| [p.start, p.end]);
    let lo = ends.clone().fold(0.0, f64::min);
    let hi = ends.fold(total, f64::max);
    if layout.is_narrow() {
        narrow(&bars, lo, hi, description)
    } else {
        wide(&bars, lo, hi, description)
    }
}

/// A bar per row under its label, its figure after it, and the zero line beside each bar (not
/// through the labels above the bars).
fn narrow(bars: &[Bar], lo: f64, hi: f64, description: String) -> Drawing {
    const ROW: f64 = 52.0;
    const LEFT: f64 = 8.0;
    const WIDTH: f64 = 224.0;
    let layout = ChartLayout::Narrow;
    let span = (hi - lo).max(1.0);
    let x = |v: f64| LEFT + WIDTH * ((v - lo) / span).clamp(0.0, 1.0);
    let mut d = Drawing::new(layout, 8.0 + ROW * bars.len() as f64, description);
    for (i, bar) in bars.iter().enumerate() {
        let y = 4.0 + ROW * i as f64;
        let (a, b) = (x(bar.start), x(bar.end));
        d.marks.push(Mark::text(
            Style::Plain,
            4.0,
            y + 16.0,
            Anchor::Start,
            bar.label,
        ));
        d.marks.push(Mark::Path {
            class: bar.class(),
            shape: Shape::Rects(vec![Rect {
                x: a.min(b),
                y: y + 22.0,
                w: (a - b).abs().max(1.0),
                h: 18.0,
            }]),
        });
        let at = a.max(b) + 6.0;
        let room = layout.width() - at - 4.0;
        d.marks.push(Mark::text(
            Style::Value,
            at,
            y + 36.0,
            Anchor::Start,
            bar.value(room),
        ));
    }
    let zero = x(0.0);
    d.marks.extend((0..bars.len()).map(|i| {
        let y = 4.0 + ROW * i as f64;
        Mark::Line {
            class: "chart__axis",
            from: Point {
                x: zero,
                y: y + 20.0,
            },
            to: Point {
                x: zero,
                y: y + 42.0,
            },
        }
    }));
    d
}

/// Columns, each figure above its column and its label (on up to three lines) under it.
fn wide(bars: &[Bar], lo: f64, hi: f64, description: String) -> Drawing {
    let plot = Plot::STANDARD;
    let axis = nice_axis(hi - lo, 4);
    let y = |v: f64| plot.bottom() - plot.height * ((v - lo) / axis.max).clamp(0.0, 1.0);
    let slot = plot.width / bars.len().max(1) as f64;
    let w = slot * 0.7;
    let mut d = Drawing::new(ChartLayout::Wide, 340.0, description);
    for (i, bar) in bars.iter().enumerate() {
        let x = plot.left + slot * i as f64 + slot * 0.15;
        let (a, b) = (y(bar.start), y(bar.end));
        d.marks.push(Mark::Path {
            class: bar.class(),
            shape: Shape::Rects(vec![Rect {
                x,
                y: a.min(b),
                w,
                h: (a - b).abs().max(1.0),
            }]),
        });
        d.marks.push(Mark::text(
            Style::Value,
            x + w / 2.0,
            above(a.min(b), 6.0),
            Anchor::Middle,
            bar.value(slot - 4.0),
        ));
        d.marks.extend(x_labels_wrapped(
            bar.label,
            x + w / 2.0,
            plot.bottom() + 20.0,
            slot - 8.0,
        ));
    }
    d.marks.push(axis_line(plot));
    d
}
