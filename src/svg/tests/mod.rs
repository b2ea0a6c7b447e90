//! The charts checked natively as drawings: every label inside its chart, none over another,
//! at 12 CSS px or more on the narrowest screen; the columns, line and labels show the figures
//! they are given; every coordinate is a number for any input.

use super::*;
use crate::chart::Plot;
use crate::data::ADULT_BASELINE;
use crate::engine::uncertainty::{
    monte_carlo_adult, monte_carlo_provider, tornado_adult, tornado_provider,
    waterfall as steps_of, AdultRanges, Bar, Fan, ProviderRanges,
};
use crate::engine::{project_adult, project_provider, Projection};
use crate::format::{count, grouped, round_count};
use crate::report::{
    adult, adult_parts, adult_table, provider, provider_parts, provider_table, AdultRow, Part,
    ProviderRow, Row, Table,
};
use crate::scenario::Scenario;

const BOTH: [ChartLayout; 2] = [ChartLayout::Wide, ChartLayout::Narrow];

/// The checks every chart passes: inside its `viewBox`, no two labels overlapping, every label
/// at 12 CSS px or more where its layout is shown narrowest, every coordinate a number.
fn assert_readable(name: &str, d: &Drawing) {
    assert_eq!(d.width, d.layout.width(), "{name}");
    let boxes: Vec<(&Text, Rect)> = d.texts().into_iter().map(|t| (t, t.bounds())).collect();
    for (t, b) in &boxes {
        assert!(
            b.x >= 0.0 && b.x + b.w <= d.width && b.y >= 0.0 && b.y + b.h <= d.height,
            "{name}: {:?} ({b:?}) leaves the {} x {} chart",
            t.content,
            d.width,
            d.height
        );
        let css_px = t.style.font() * d.layout.min_css_width() / d.width;
        assert!(css_px >= 12.0, "{name}: {:?} at {css_px} CSS px", t.content);
    }
    for (i, (ta, a)) in boxes.iter().enumerate() {
        for (tb, b) in &boxes[i + 1..] {
            let apart = a.x + a.w <= b.x + 0.5
                || b.x + b.w <= a.x + 0.5
                || a.y + a.h <= b.y + 0.5
                || b.y + b.h <= a.y + 0.5;
            assert!(apart, "{name}: {:?} overlaps {:?}", ta.content, tb.content);
        }
    }
    assert_numbers(name, &d.marks);
}

fn assert_numbers(name: &str, marks: &[Mark]) {
    let finite = |p: &Point| p.x.is_finite() && p.y.is_finite();
    let rect = |r: &Rect| [r.x, r.y, r.w, r.h].iter().all(|v| v.is_finite()) && r.w >= 0.0;
    for m in marks {
        let ok = match m {
            Mark::Path { shape, .. } => match shape {
                Shape::Rects(rs) => rs.iter().all(rect),
                Shape::Polyline(ps) => ps.iter().all(finite),
                Shape::Band { upper, lower } => upper.iter().chain(lower).all(finite),
                Shape::Strokes(ss) => ss
                    .iter()
                    .all(|s| [s.x0, s.x1, s.y].iter().all(|v| v.is_finite())),
            },
            Mark::Line { from, to, .. } => finite(from) && finite(to),
            Mark::Circle { centre, r, .. } => finite(centre) && r.is_finite(),
            Mark::Text(t) => finite(&t.at),
            Mark::Group { marks, .. } | Mark::Link { marks, .. } => {
                assert_numbers(name, marks);
                true
            }
            Mark::Chart { at, drawing } => {
                assert_numbers(name, &drawing.marks);
                rect(at)
            }
        };
        assert!(ok, "{name}: {m:?}");
    }
}

#[test]
fn the_checker_catches_overlaps_small_labels_and_labels_outside_the_chart() {
    let chart = |marks: Vec<Mark>| Drawing {
        marks,
        ..Drawing::new(ChartLayout::Narrow, 50.0, String::new())
    };
    let at = |x, anchor| Mark::text(Style::Plain, x, 20.0, anchor, "2023");
    let overlapping = chart(vec![at(10.0, Anchor::Start), at(20.0, Anchor::Start)]);
    let outside = chart(vec![at(4.0, Anchor::End)]);
    let apart = chart(vec![at(10.0, Anchor::Start), at(100.0, Anchor::Start)]);
    let small = chart(vec![Mark::text(
        Style::Source,
        10.0,
        20.0,
        Anchor::Start,
        "a",
    )]);
    for (d, fails) in [
        (overlapping, true),
        (outside, true),
        (small, true),
        (apart, false),
    ] {
        let caught = std::panic::catch_unwind(|| assert_readable("trial", &d)).is_err();
        assert_eq!(caught, fails, "{d:?}");
    }
}

fn part(label: &'static str, pattern: &'static str, values: &[i64]) -> Part {
    Part {
        label: label.into(),
        pattern,
        values: values.to_vec(),
    }
}

fn years(from: u16, n: u16) -> Vec<String> {
    (from..from + n).map(|y| y.to_string()).collect()
}

/// The paths of a stacked chart's parts, bottom-up, with their rectangles.
fn columns(d: &Drawing) -> Vec<(&'static str, &[Rect])> {
    d.marks
        .iter()
        .filter_map(|m| match m {
            Mark::Path {
                class,
                shape: Shape::Rects(r),
            } if class.starts_with("chart__col ") => Some((*class, r.as_slice())),
            _ => None,
        })
        .collect()
}

fn values_of(d: &Drawing, style: Style) -> Vec<&str> {
    d.texts()
        .into_iter()
        .filter(|t| t.style == style)
        .map(|t| t.content.as_str())
        .collect()
}

#[test]
fn every_chart_is_a_drawing_of_numbers_for_empty_input() {
    for layout in BOTH {
        for d in [
            stacked_columns(&[], &[], None, layout),
            line(&[], layout),
            fan(&[], &[], &[], layout),
            tornado(&[], layout),
            waterfall(&[], layout),
        ] {
            assert_readable(&format!("{layout:?}"), &d);
            assert!(d.height > 0.0);
        }
    }
}

/// A chart's figure read back as a number ("34,948", "34.9k", "1.2m"), to compare with the
/// figure it stands for.
fn abbreviated_value(s: &str) -> f64 {
    let (number, scale) = match s.chars().last() {
        Some('k') => (&s[..s.len() - 1], 1e3),
        Some('m') => (&s[..s.len() - 1], 1e6),
        _ if s.ends_with("bn") => (&s[..s.len() - 2], 1e9),
        _ => (s, 1.0),
    };
    number
        .replace([',', '+'], "")
        .parse::<f64>()
        .expect("a figure")
        * scale
}

mod columns;
mod scenarios;
