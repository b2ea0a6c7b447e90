//! The charts as typed drawings: each chart (stacked columns with compared marks, line, fan,
//! tornado, waterfall) and each legend key is computed by a plain function as a [`Drawing`], a
//! list of [`Mark`]s (paths, lines, circles, texts, groups) with their positions in SVG user
//! units, and tested natively as such values (labels, positions, sizes, figures). One writer,
//! [`write`], turns a drawing into SVG text: for the page, for the pre-rendered pages and for
//! the images to download (the `export` module).
//!
//! Every chart is `role="img"` with a title and a text description, and the page always has
//! the same figures in a table. Each kind of chart is in its own file: [`columns`], [`line`],
//! [`fan`], [`tornado`], [`waterfall`]; [`axes`] holds what they share (ticks, labels under the
//! columns, figures shortened to fit), [`legend`] the keys.

pub use crate::chart::{ChartLayout, Point, Rect};

/// A chart, or an image to take away, as marks in SVG user units.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Drawing {
    /// The layout it was drawn for.
    pub layout: ChartLayout,
    /// The width of its `viewBox`.
    pub width: f64,
    /// The height of its `viewBox`.
    pub height: f64,
    /// What it shows, in words (its `desc`).
    pub description: String,
    /// What is drawn, in painting order.
    pub marks: Vec<Mark>,
}

impl Drawing {
    /// An empty drawing of `layout`'s width and `height`.
    pub fn new(layout: ChartLayout, height: f64, description: String) -> Drawing {
        Drawing {
            layout,
            width: layout.width(),
            height,
            description,
            marks: Vec::new(),
        }
    }

    /// Whether it has the layout's standard size (columns, line, fan: the same shape whatever
    /// they show). The stylesheet needs to know, to give such a narrow chart in a wide
    /// container the height of the wide one (`chart__svg--plot`).
    pub fn is_plot(&self) -> bool {
        self.height == self.layout.height()
    }

    /// Every text in it, groups and nested charts included, in painting order.
    pub fn texts(&self) -> Vec<&Text> {
        let mut out = Vec::new();
        collect_texts(&self.marks, &mut out);
        out
    }
}

fn collect_texts<'a>(marks: &'a [Mark], out: &mut Vec<&'a Text>) {
    for mark in marks {
        match mark {
            Mark::Text(t) => out.push(t),
            Mark::Group { marks, .. } | Mark::Link { marks, .. } => collect_texts(marks, out),
            Mark::Chart { drawing, .. } => collect_texts(&drawing.marks, out),
            Mark::Path { .. } | Mark::Line { .. } | Mark::Circle { .. } => {}
        }
    }
}

/// One thing drawn. `class` names its look in the stylesheet (`style/main.css`, and the copy an
/// exported image carries): fills, strokes and patterns are never written on the mark.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A path (`<path>`).
    Path {
        /// Its class.
        class: &'static str,
        /// Its outline.
        shape: Shape,
    },
    /// A straight line (`<line>`).
    Line {
        /// Its class (none for a tick's line, which its group styles).
        class: &'static str,
        /// One end.
        from: Point,
        /// The other end.
        to: Point,
    },
    /// A circle (`<circle>`).
    Circle {
        /// Its class.
        class: &'static str,
        /// Its centre.
        centre: Point,
        /// Its radius.
        r: f64,
    },
    /// A text.
    Text(Text),
    /// Marks styled together (`<g>`): a tick's line and value.
    Group {
        /// Its class.
        class: &'static str,
        /// What it holds.
        marks: Vec<Mark>,
    },
    /// A chart placed inside an image (a nested `<svg>`, scaled to `at`).
    Chart {
        /// Where it is placed and how big.
        at: Rect,
        /// The chart.
        drawing: Box<Drawing>,
    },
    /// Marks that are a link (`<a>`).
    Link {
        /// The address.
        href: String,
        /// What is linked.
        marks: Vec<Mark>,
    },
}

impl Mark {
    /// A text of `style` at `(x, y)`.
    pub fn text(style: Style, x: f64, y: f64, anchor: Anchor, content: impl Into<String>) -> Mark {
        Mark::Text(Text {
            style,
            at: Point { x, y },
            anchor,
            content: content.into(),
        })
    }
}

/// The outline of a [`Mark::Path`].
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// Closed rectangles: one part's columns, a bar, a swatch.
    Rects(Vec<Rect>),
    /// An open line through the points (never filled).
    Polyline(Vec<Point>),
    /// The area between an upper and a lower line over the same x positions.
    Band {
        /// The upper line, left to right.
        upper: Vec<Point>,
        /// The lower line, left to right.
        lower: Vec<Point>,
    },
    /// Horizontal strokes: the compared totals' dashes, a swatch's line.
    Strokes(Vec<Stroke>),
}

/// A horizontal stroke from `x0` to `x1` at `y`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Left end.
    pub x0: f64,
    /// Right end.
    pub x1: f64,
    /// Height.
    pub y: f64,
}

/// A text: one line at `at` (its baseline), anchored at its start, middle or end.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// How it looks.
    pub style: Style,
    /// Where its anchor is, on its baseline.
    pub at: Point,
    /// Which part of it sits at `at`.
    pub anchor: Anchor,
    /// What it says, as a person reads it (the writer escapes it).
    pub content: String,
}

impl Text {
    /// Its box as browsers lay it out (estimated generously by [`crate::chart::text_width`]),
    /// in the units of the drawing it is in.
    pub fn bounds(&self) -> Rect {
        let font = self.style.font();
        let w = crate::chart::text_width(&self.content, font, self.style.bold());
        let x = match self.anchor {
            Anchor::Start => self.at.x,
            Anchor::Middle => self.at.x - w / 2.0,
            Anchor::End => self.at.x - w,
        };
        // A line box as browsers measure it: a sans-serif font's ascent and descent.
        Rect {
            x,
            y: self.at.y - 0.95 * font,
            w,
            h: 1.25 * font,
        }
    }
}

/// Which point of a text its position gives (SVG's `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Its start (SVG's default).
    Start,
    /// Its middle.
    Middle,
    /// Its end.
    End,
}

impl Anchor {
    /// The `text-anchor` value.
    pub fn keyword(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// How a text looks: its class, size and weight. A chart's texts are at the chart's font size
/// ([`ChartLayout::FONT`], scaled with the chart); an image's own texts at their own sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// A value on the value axis, in a tick's group (anchored at its end by the stylesheet).
    Tick,
    /// A label under a column (`chart__label`, centred by the stylesheet).
    Category,
    /// A figure the chart labels (`chart__value`, bold).
    Value,
    /// A name beside or above a bar.
    Plain,
    /// An image's title (`export__title`).
    Title,
    /// An image's scenario line (`export__scenario`).
    Scenario,
    /// A key of an image's legend (`export__legend`).
    Legend,
    /// An image's source line (`export__source`).
    Source,
    /// An image's link (`export__link`).
    Link,
}

impl Style {
    /// Its class ("" for none).
    pub fn class(self) -> &'static str {
        match self {
            Style::Tick | Style::Plain => "",
            Style::Category => "chart__label",
            Style::Value => "chart__value",
            Style::Title => "export__title",
            Style::Scenario => "export__scenario",
            Style::Legend => "export__legend",
            Style::Source => "export__source",
            Style::Link => "export__link",
        }
    }

    /// Its font size in the units of the drawing it is in.
    pub fn font(self) -> f64 {
        match self {
            Style::Title => 20.0,
            Style::Legend => 13.0,
            Style::Source | Style::Link => 12.0,
            _ => ChartLayout::FONT,
        }
    }

    /// Whether it is bold.
    pub fn bold(self) -> bool {
        matches!(self, Style::Value | Style::Title)
    }

    /// The anchor the stylesheet gives it (`.chart__label`, `.chart__tick text`), so the writer
    /// need not write it.
    pub fn anchor(self) -> Anchor {
        match self {
            Style::Tick => Anchor::End,
            Style::Category => Anchor::Middle,
            _ => Anchor::Start,
        }
    }
}

/// The ids a chart on the page is named by.
#[derive(Clone, Copy, Debug)]
pub struct Labels<'a> {
    /// The id of the element holding the chart's title (a `figcaption`).
    pub title_id: &'a str,
    /// The id given to the chart's `desc` element.
    pub desc_id: &'a str,
}

pub mod axes;
mod columns;
mod fan;
pub mod legend;
mod line;
#[cfg(test)]
mod tests;
mod tornado;
mod waterfall;
pub mod write;

pub use columns::{stacked_columns, Compared};
pub use fan::fan;
pub use legend::{Key, Swatch};
pub use line::line;
pub use tornado::tornado;
pub use waterfall::waterfall;
