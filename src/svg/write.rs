//! The one writer: a [`Drawing`] as SVG text, for a chart on the page ([`chart`]), a legend's
//! swatch ([`marks`]) and a standalone image ([`document`]).

use std::fmt::{self, Display, Write};

use super::{Drawing, Labels, Mark, Point, Rect, Shape};
use crate::markup::escape;

/// A coordinate as the markup writes it: to a tenth of a unit (a tenth of a CSS pixel or less at
/// any size a chart is shown), without a trailing ".0" and never "-0".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coord(pub f64);

impl Display for Coord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tenths = (self.0 * 10.0).round();
        if tenths == 0.0 || !tenths.is_finite() {
            f.write_str("0")
        } else if tenths % 10.0 == 0.0 {
            write!(f, "{}", tenths / 10.0)
        } else {
            write!(f, "{:.1}", tenths / 10.0)
        }
    }
}

/// The `<defs>` of the stacked parts' fill patterns: a colour with 3:1 contrast against white
/// and a pattern each, so parts can be told apart without colour. The page writes them once
/// ([`pattern_defs`]); an exported image carries its own copy ([`document`]).
pub const PATTERNS: &str = concat!(
    r##"<defs><pattern id="pattern-leavers" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#1d70b8"/></pattern>"##,
    r##"<pattern id="pattern-demand" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><rect width="4" height="8" fill="#b1460f"/></pattern>"##,
    r##"<pattern id="pattern-vacancies" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#ffffff"/><circle cx="4" cy="4" r="2.5" fill="#00703c"/></pattern>"##,
    r##"<pattern id="pattern-reforms" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#ffffff"/><path d="M0 4 H8 M4 0 V8" stroke="#6f2c91" stroke-width="2"/></pattern>"##,
    r##"<pattern id="pattern-role5" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#ffffff"/><rect width="8" height="3" fill="#505a5f"/></pattern>"##,
    r##"<pattern id="pattern-role6" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#942514"/><rect x="2" y="2" width="4" height="4" fill="#ffffff"/></pattern></defs>"##,
);

/// The patterns of the stacked parts, once per page section in a zero-size SVG beside the
/// charts (not inside them: a pattern inside an SVG that is replaced or hidden stops painting
/// the others). The legend's swatches use them too.
pub fn pattern_defs() -> String {
    format!(r#"<svg class="chart__defs" width="0" height="0" aria-hidden="true">{PATTERNS}</svg>"#)
}

/// The classes of a chart's `<svg>`: its layout, and `chart__svg--plot` for one of the standard
/// size ([`Drawing::is_plot`]).
fn chart_class(drawing: &Drawing) -> &'static str {
    match (drawing.layout.is_narrow(), drawing.is_plot()) {
        (true, true) => "chart__svg chart__svg--narrow chart__svg--plot",
        (true, false) => "chart__svg chart__svg--narrow",
        (false, true) => "chart__svg chart__svg--wide chart__svg--plot",
        (false, false) => "chart__svg chart__svg--wide",
    }
}

/// The id of a chart's `desc`: `desc_id` for the wide layout, `{desc_id}-narrow` for the narrow
/// one, so a page that holds both keeps its ids unique.
fn desc_id(drawing: &Drawing, labels: Labels) -> String {
    if drawing.layout.is_narrow() {
        format!("{}-narrow", labels.desc_id)
    } else {
        labels.desc_id.to_string()
    }
}

/// A chart as the page shows it: `role="img"`, named by its title and its description.
pub fn chart(drawing: &Drawing, labels: Labels) -> String {
    let mut out = String::with_capacity(4096);
    write_chart(&mut out, drawing, Some(labels), None);
    out
}

/// Writes a chart's `<svg>`, placed at `at` when it is nested in an image.
fn write_chart(out: &mut String, drawing: &Drawing, labels: Option<Labels>, at: Option<Rect>) {
    out.push_str("<svg");
    if let Some(r) = at {
        let _ = write!(
            out,
            r#" x="{}" y="{}" width="{}" height="{}""#,
            Coord(r.x),
            Coord(r.y),
            Coord(r.w),
            Coord(r.h)
        );
    }
    let _ = write!(
        out,
        r#" class="{}" viewBox="0 0 {} {}" font-size="{}""#,
        chart_class(drawing),
        Coord(drawing.width),
        Coord(drawing.height),
        crate::chart::ChartLayout::FONT
    );
    match labels {
        Some(labels) => {
            let desc = escape(&desc_id(drawing, labels));
            let _ = write!(
                out,
                r#" role="img" aria-labelledby="{} {desc}"><desc id="{desc}">"#,
                escape(labels.title_id)
            );
        }
        None => out.push_str("><desc>"),
    }
    out.push_str(&escape(&drawing.description));
    out.push_str("</desc>");
    write_marks(out, &drawing.marks);
    out.push_str("</svg>");
}

/// Marks as SVG elements, without an `<svg>` around them (a legend's swatch).
pub fn marks(marks: &[Mark]) -> String {
    let mut out = String::new();
    write_marks(&mut out, marks);
    out
}

/// A standalone SVG document `width` × `height` CSS pixels: its title, a `<style>` sheet, the
/// stacked parts' patterns and the marks.
pub fn document(width: f64, height: f64, title: &str, style: &str, body: &[Mark]) -> String {
    let mut out = String::with_capacity(8192);
    let (w, h) = (Coord(width), Coord(height));
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="export-title"><title id="export-title">{}</title><style>{style}</style>{PATTERNS}"#,
        escape(title)
    );
    write_marks(&mut out, body);
    out.push_str("</svg>");
    out
}

fn class_attribute(out: &mut String, class: &str) {
    if !class.is_empty() {
        let _ = write!(out, r#" class="{class}""#);
    }
}

fn write_marks(out: &mut String, marks: &[Mark]) {
    for mark in marks {
        match mark {
            Mark::Path { class, shape } => {
                out.push_str("<path");
                class_attribute(out, class);
                let _ = write!(out, r#" d="{}""#, path_data(shape));
                if matches!(shape, Shape::Polyline(_)) {
                    out.push_str(r#" fill="none""#);
                }
                out.push_str("/>");
            }
            Mark::Line { class, from, to } => {
                out.push_str("<line");
                class_attribute(out, class);
                let _ = write!(
                    out,
                    r#" x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
                    Coord(from.x),
                    Coord(to.x),
                    Coord(from.y),
                    Coord(to.y)
                );
            }
            Mark::Circle { class, centre, r } => {
                out.push_str("<circle");
                class_attribute(out, class);
                let _ = write!(
                    out,
                    r#" cx="{}" cy="{}" r="{}"/>"#,
                    Coord(centre.x),
                    Coord(centre.y),
                    Coord(*r)
                );
            }
            Mark::Text(t) => {
                out.push_str("<text");
                class_attribute(out, t.style.class());
                let _ = write!(out, r#" x="{}" y="{}""#, Coord(t.at.x), Coord(t.at.y));
                if t.anchor != t.style.anchor() {
                    let _ = write!(out, r#" text-anchor="{}""#, t.anchor.keyword());
                }
                let _ = write!(out, ">{}</text>", escape(&t.content));
            }
            Mark::Group { class, marks } => {
                out.push_str("<g");
                class_attribute(out, class);
                out.push('>');
                write_marks(out, marks);
                out.push_str("</g>");
            }
            Mark::Chart { at, drawing } => write_chart(out, drawing, None, Some(*at)),
            Mark::Link { href, marks } => {
                let href = escape(href);
                let _ = write!(out, r#"<a href="{href}" xlink:href="{href}">"#);
                write_marks(out, marks);
                out.push_str("</a>");
            }
        }
    }
}

/// A path's `d`: each rectangle closed (`M x y h w v h h -w Z`), a line through its points
/// (`M x y L x y …`), a band along its upper line and back along its lower one, each stroke
/// (`M x0 y H x1`).
fn path_data(shape: &Shape) -> String {
    let mut d = String::new();
    let line = |d: &mut String, points: &[Point]| {
        for (i, p) in points.iter().enumerate() {
            let _ = write!(
                d,
                "{}{} {}",
                if i == 0 { "M" } else { " L" },
                Coord(p.x),
                Coord(p.y)
            );
        }
    };
    match shape {
        Shape::Rects(rects) => {
            for r in rects {
                let _ = write!(
                    d,
                    "M{} {}h{}v{}h-{}Z",
                    Coord(r.x),
                    Coord(r.y),
                    Coord(r.w),
                    Coord(r.h),
                    Coord(r.w)
                );
            }
        }
        Shape::Polyline(points) => line(&mut d, points),
        Shape::Band { upper, lower } => {
            line(&mut d, upper);
            for p in lower.iter().rev() {
                let _ = write!(d, " L{} {}", Coord(p.x), Coord(p.y));
            }
            if !d.is_empty() {
                d.push_str(" Z");
            }
        }
        Shape::Strokes(strokes) => {
            for s in strokes {
                let _ = write!(d, "M{} {}H{}", Coord(s.x0), Coord(s.y), Coord(s.x1));
            }
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::svg::{Anchor, ChartLayout, Stroke, Style};

    #[test]
    fn coordinates_are_written_to_a_tenth_without_a_trailing_zero() {
        for (v, text) in [
            (64.0, "64"),
            (272.04, "272"),
            (186.666, "186.7"),
            (0.04, "0"),
            (-0.04, "0"),
            (-3.26, "-3.3"),
            (17.95, "18"),
            (0.5, "0.5"),
        ] {
            assert_eq!(Coord(v).to_string(), text, "{v}");
        }
    }

    #[test]
    fn shapes_are_written_as_path_data() {
        let p = |x, y| Point { x, y };
        let band = Shape::Band {
            upper: vec![p(0.0, 1.0), p(2.0, 3.0)],
            lower: vec![p(0.0, 4.0), p(2.0, 5.0)],
        };
        assert_eq!(path_data(&band), "M0 1 L2 3 L2 5 L0 4 Z");
        let rects = Shape::Rects(vec![Rect {
            x: 1.0,
            y: 2.0,
            w: 3.5,
            h: 4.0,
        }]);
        assert_eq!(path_data(&rects), "M1 2h3.5v4h-3.5Z");
        let strokes = Shape::Strokes(vec![Stroke {
            x0: 0.0,
            x1: 16.0,
            y: 8.0,
        }]);
        assert_eq!(path_data(&strokes), "M0 8H16");
        assert_eq!(path_data(&Shape::Polyline(vec![])), "");
    }

    #[test]
    fn a_chart_is_an_image_named_by_its_title_and_description() {
        let mut d = Drawing::new(ChartLayout::Wide, 320.0, "A & B".into());
        d.marks
            .push(Mark::text(Style::Value, 10.0, 20.0, Anchor::End, "<1>"));
        d.marks.push(Mark::text(
            Style::Category,
            10.0,
            40.0,
            Anchor::Middle,
            "2023",
        ));
        let labels = Labels {
            title_id: "t",
            desc_id: "d",
        };
        assert_eq!(
            chart(&d, labels),
            r#"<svg class="chart__svg chart__svg--wide chart__svg--plot" viewBox="0 0 640 320" font-size="14" role="img" aria-labelledby="t d"><desc id="d">A &amp; B</desc><text class="chart__value" x="10" y="20" text-anchor="end">&lt;1&gt;</text><text class="chart__label" x="10" y="40">2023</text></svg>"#
        );
        let narrow = Drawing::new(ChartLayout::Narrow, 100.0, String::new());
        assert!(chart(&narrow, labels).starts_with(
            r#"<svg class="chart__svg chart__svg--narrow" viewBox="0 0 320 100" font-size="14" role="img" aria-labelledby="t d-narrow"><desc id="d-narrow">"#
        ));
    }

    #[test]
    fn the_stylesheet_gives_the_anchors_the_writer_leaves_out() {
        let css = include_str!("../../style/main.css");
        assert!(css.contains(".chart__label { text-anchor: middle; }"));
        assert!(css.contains(".chart__tick text { text-anchor: end; }"));
        assert_eq!(Style::Category.anchor(), Anchor::Middle);
        assert_eq!(Style::Tick.anchor(), Anchor::End);
    }
}
