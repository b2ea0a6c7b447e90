//! What the charts share: the value axis's ticks, the labels under the columns, the axis line,
//! and figures shortened to fit the room they have.

use super::{Anchor, ChartLayout, Mark, Point, Style};
use crate::chart::{column_centre, label_every, text_width, wrap, Axis, Plot};
use crate::format::{count, grouped, round_count, signed_count, trim};

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
pub fn fitted(v: f64, room: f64, bold: bool) -> String {
    let full = count(v);
    if text_width(&full, ChartLayout::FONT, bold) <= room {
        full
    } else {
        abbreviated(v)
    }
}

/// A change as a chart label: "+920", or abbreviated ("+1.2m") when it does not fit.
pub fn fitted_signed(v: f64, room: f64, bold: bool) -> String {
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
pub fn above(y: f64, gap: f64) -> f64 {
    let baseline = y - gap;
    if baseline - ChartLayout::FONT < 0.0 {
        y + gap + ChartLayout::FONT
    } else {
        baseline
    }
}

/// The value axis: a grid line and its value for each tick, every value shortened if any
/// would not fit left of the plot (or, narrow, from 10,000 up).
pub fn ticks(layout: ChartLayout, plot: Plot, axis: &Axis) -> impl Iterator<Item = Mark> + '_ {
    let room = plot.left - 8.0;
    let short = axis.ticks.iter().any(|&t| {
        text_width(&grouped(t as i64), ChartLayout::FONT, false) > room
            || (layout.is_narrow() && t >= 10_000.0)
    });
    axis.ticks.iter().map(move |&t| {
        let y = plot.y(axis, t);
        let label = if short {
            abbreviated(t)
        } else {
            grouped(t as i64)
        };
        Mark::Group {
            class: "chart__tick",
            marks: vec![
                Mark::Line {
                    class: "",
                    from: Point { x: plot.left, y },
                    to: Point {
                        x: plot.left + plot.width,
                        y,
                    },
                },
                Mark::text(Style::Tick, plot.left - 8.0, y + 5.0, Anchor::End, label),
            ],
        }
    })
}

/// The labels under the columns: as many as fit, counted back from the last, each centred
/// under its column but kept inside the chart.
pub fn x_labels(layout: ChartLayout, plot: Plot, labels: &[String]) -> Vec<Mark> {
    let n = labels.len();
    let widest = labels
        .iter()
        .map(|l| text_width(l, ChartLayout::FONT, false))
        .fold(0.0, f64::max);
    let every = label_every(n, plot.width / n.max(1) as f64, widest, 8.0);
    labels
        .iter()
        .enumerate()
        .filter(|(i, _)| (n - 1 - i).is_multiple_of(every))
        .map(|(i, l)| {
            let half = text_width(l, ChartLayout::FONT, false) / 2.0;
            let x = column_centre(plot, i, n).clamp(half + 2.0, layout.width() - half - 2.0);
            Mark::text(
                Style::Category,
                x,
                plot.bottom() + 20.0,
                Anchor::Middle,
                l.as_str(),
            )
        })
        .collect()
}

/// A label under a column centred at `x`, wrapped to `width` units on up to three lines, the
/// first line's baseline at `y`.
pub fn x_labels_wrapped(label: &str, x: f64, y: f64, width: f64) -> impl Iterator<Item = Mark> {
    wrap(label, width, ChartLayout::FONT, false)
        .into_iter()
        .take(3)
        .enumerate()
        .map(move |(j, line)| {
            Mark::text(
                Style::Category,
                x,
                y + 18.0 * j as f64,
                Anchor::Middle,
                line,
            )
        })
}

/// The line along the bottom of the plot.
pub fn axis_line(plot: Plot) -> Mark {
    Mark::Line {
        class: "chart__axis",
        from: Point {
            x: plot.left,
            y: plot.bottom(),
        },
        to: Point {
            x: plot.left + plot.width,
            y: plot.bottom(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_shortened_only_where_they_do_not_fit() {
        assert_eq!(abbreviated(950.0), "950");
        assert_eq!(abbreviated(2_500.0), "2.5k");
        assert_eq!(abbreviated(40_000.0), "40k");
        assert_eq!(abbreviated(1_234_567.0), "1.2m");
        assert_eq!(abbreviated(-12_000.0), "-12k");
        assert_eq!(fitted(34_948.0, 100.0, true), "34,948");
        assert_eq!(fitted(34_948.0, 30.0, true), "34.9k");
        assert_eq!(fitted_signed(920.0, 100.0, true), "+920");
        assert_eq!(fitted_signed(1_234_567.0, 30.0, true), "+1.2m");
    }

    #[test]
    fn a_label_that_would_leave_the_top_goes_below_its_mark() {
        assert_eq!(above(100.0, 6.0), 94.0);
        assert_eq!(above(10.0, 6.0), 30.0);
    }
}
