//! The keys of a chart's legend, from the chart's data: the page lists them above the chart and
//! an exported image draws them above its copy, from the same values.

use super::columns::column_class;
use super::{Mark, Rect, Shape, Stroke};
use crate::report::Part;

/// The size of a swatch's square, in its own units (the page shows it 1.25rem across).
pub const SWATCH: f64 = 16.0;

/// One key of a legend: a swatch and what it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    /// What the key stands for.
    pub label: String,
    /// How it is drawn.
    pub swatch: Swatch,
}

/// A key's swatch, drawn as the chart draws what it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    /// A square filled as a stacked part's columns (its class, [`column_class`]).
    Fill(&'static str),
    /// A square filled as an area of the chart (a band of the fan).
    Area(&'static str),
    /// A line across the square (the compared totals' dashes, the fan's central line).
    Line(&'static str),
}

impl Swatch {
    /// Its marks in a [`SWATCH`]-unit square whose top left corner is `(x, y)`.
    pub fn marks(self, x: f64, y: f64) -> Vec<Mark> {
        let square = Shape::Rects(vec![Rect {
            x,
            y,
            w: SWATCH,
            h: SWATCH,
        }]);
        let (class, shape) = match self {
            Swatch::Fill(class) | Swatch::Area(class) => (class, square),
            Swatch::Line(class) => (
                class,
                Shape::Strokes(vec![Stroke {
                    x0: x,
                    x1: x + SWATCH,
                    y: y + SWATCH / 2.0,
                }]),
            ),
        };
        vec![Mark::Path { class, shape }]
    }
}

/// The legend of the stacked columns: a key per part, bottom-up, then the compared totals'
/// dashed mark when the chart has one.
pub fn columns(parts: &[Part], compared: Option<&str>) -> Vec<Key> {
    parts
        .iter()
        .map(|p| Key {
            label: p.label.to_string(),
            swatch: Swatch::Fill(column_class(p.pattern)),
        })
        .chain(compared.map(|label| Key {
            label: label.to_string(),
            swatch: Swatch::Line("chart__compare"),
        }))
        .collect()
}

/// The legend of the fan chart: its two bands and its central line.
pub fn fan() -> Vec<Key> {
    [
        ("8 in 10 runs", Swatch::Area("fan__outer")),
        ("Half of runs", Swatch::Area("fan__inner")),
        ("Central projection", Swatch::Line("fan__central")),
    ]
    .into_iter()
    .map(|(label, swatch)| Key {
        label: label.to_string(),
        swatch,
    })
    .collect()
}
