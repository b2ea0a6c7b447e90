//! The tornado of what matters most: how far each assumption moves the total.

use super::axes::fitted;
use super::{Anchor, ChartLayout, Drawing, Mark, Rect, Shape, Style};
use crate::chart::{wrap, HScale};
use crate::engine::uncertainty::Bar;
use crate::fields::varied_label;
use crate::format::count;

/// The tornado chart: one bar per assumption from the total with it at its low value to the
/// total at its high value, in the order given (largest first), each end labelled with its
/// total. Wide: the assumption beside its bar; narrow: above it, so the bar has the whole width.
pub fn tornado(bars: &[Bar], layout: ChartLayout) -> Drawing {
    let narrow = layout.is_narrow();
    // Left edge and width of the bars, row height, bar top and height, values' baseline.
    let (left, width, row, bar_y, bar_h, value_y) = if narrow {
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
    let mut d = Drawing::new(layout, 12.0 + row * bars.len() as f64, description);
    for (i, b) in bars.iter().enumerate() {
        let y = 6.0 + row * i as f64;
        let (lo, hi) = (
            b.total_at_low.min(b.total_at_high),
            b.total_at_low.max(b.total_at_high),
        );
        let (x0, x1) = (scale.x(lo), scale.x(hi));
        let name = varied_label(b.parameter);
        if narrow {
            d.marks
                .push(Mark::text(Style::Plain, 4.0, y + 16.0, Anchor::Start, name));
        } else {
            // Right-aligned in the column left of the values, on two lines if need be.
            let lines = wrap(name, 216.0, ChartLayout::FONT, false);
            let first = if lines.len() > 1 { 16.0 } else { 25.0 };
            d.marks
                .extend(lines.into_iter().take(2).enumerate().map(|(j, line)| {
                    Mark::text(
                        Style::Plain,
                        220.0,
                        y + first + 18.0 * j as f64,
                        Anchor::End,
                        line,
                    )
                }));
        }
        d.marks.push(Mark::Path {
            class: "tornado__bar",
            shape: Shape::Rects(vec![Rect {
                x: x0,
                y: y + bar_y,
                w: (x1 - x0).max(1.0),
                h: bar_h,
            }]),
        });
        let lo_room = if narrow { x0 - 10.0 } else { x0 - 230.0 };
        let hi_room = layout.width() - x1 - 10.0;
        d.marks.push(Mark::text(
            Style::Plain,
            x0 - 6.0,
            y + value_y,
            Anchor::End,
            fitted(lo, lo_room, false),
        ));
        d.marks.push(Mark::text(
            Style::Plain,
            x1 + 6.0,
            y + value_y,
            Anchor::Start,
            fitted(hi, hi_room, false),
        ));
    }
    d
}
