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
use crate::report::{adult_parts, adult_table, provider_parts, provider_table, Part, ResultTable};
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
        label,
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
fn stacked_columns_stack_each_part_as_given_and_label_the_total() {
    let parts = [
        part("Replacing leavers", "leavers", &[10, 20]),
        part("Extra staff for demand", "demand", &[1, 0]),
    ];
    let d = stacked_columns(&parts, &years(2023, 2), None, ChartLayout::Wide);
    assert!(d.is_plot());
    assert!(d
        .description
        .contains("By 2024 the total is 20: 20 replacing leavers, 0 extra staff for demand."));
    let cols = columns(&d);
    assert_eq!(cols[0].0, "chart__col chart__col--leavers");
    assert_eq!(cols[1].0, "chart__col chart__col--demand");
    // A rectangle per year, but none for a part of nothing that year.
    assert_eq!((cols[0].1.len(), cols[1].1.len()), (2, 1));
    // The demand part sits on the leavers' column, a tenth of its height.
    let (leavers, demand) = (cols[0].1[0], cols[1].1[0]);
    assert!((demand.y + demand.h - leavers.y).abs() < 1e-9);
    assert!((demand.h * 10.0 - leavers.h).abs() < 1e-9);
    assert_eq!(values_of(&d, Style::Value), ["20"]);
    assert_eq!(values_of(&d, Style::Category), ["2023", "2024"]);
}

#[test]
fn compared_totals_are_dashed_marks_on_each_column_and_in_the_description() {
    let parts = [part("Replacing leavers", "leavers", &[10, 20, 30])];
    let plain = stacked_columns(&parts, &years(2023, 3), None, ChartLayout::Wide);
    let compared = Compared {
        label: "Published strategy",
        totals: &[12, 24, 60],
    };
    let d = stacked_columns(&parts, &years(2023, 3), Some(compared), ChartLayout::Wide);
    let dashes: Vec<&Stroke> = d
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Path {
                class: "chart__compare",
                shape: Shape::Strokes(s),
            } => Some(s),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(dashes.len(), 3);
    assert_eq!(plain.marks.len() + 1, d.marks.len(), "one mark more");
    assert!(d
        .description
        .contains("A dashed mark on each column shows published strategy: 60 by 2025."));
    // The axis makes room for a compared total above every column: the 60 sits inside the
    // plot, higher than the last column's top, and the total's label clear of both.
    let plot = ChartLayout::Wide.plot();
    let top = columns(&d)[0].1[2].y;
    assert!(dashes[2].y >= plot.top && dashes[2].y < top);
    let label = d
        .texts()
        .into_iter()
        .find(|t| t.style == Style::Value)
        .unwrap()
        .bounds();
    assert!(
        label.y > dashes[2].y || label.y + label.h < dashes[2].y,
        "{label:?}"
    );
    assert!(label.y > top || label.y + label.h < top, "{label:?}");
    // Compared totals of another length than the years are not drawn.
    let wrong = Compared {
        totals: &[1],
        ..compared
    };
    let d = stacked_columns(&parts, &years(2023, 3), Some(wrong), ChartLayout::Wide);
    assert_eq!(d, plain);
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

/// The year labels of a table and its workforce line (the projection's workforce, rounded).
fn labels_and_line(p: &Projection, t: &ResultTable) -> (Vec<String>, Vec<(String, i64)>) {
    let labels: Vec<String> = t.rows.iter().map(|r| r.label.clone()).collect();
    let line = labels
        .iter()
        .zip(&p.rows[1..])
        .map(|(l, r)| (l.clone(), round_count(r.workforce)))
        .collect();
    (labels, line)
}

/// The height each year's column stands to, from the bottom of the plot.
fn column_heights(d: &Drawing, plot: Plot, n: usize) -> Vec<f64> {
    let slot = plot.width / n as f64;
    let mut heights = vec![0.0; n];
    for (_, rects) in columns(d) {
        for r in rects {
            let i = ((r.x + r.w / 2.0 - plot.left) / slot - 0.5).round() as usize;
            heights[i] += r.h;
        }
    }
    heights
}

#[test]
fn column_and_line_charts_show_their_figures_and_are_readable_in_both_layouts() {
    let mut cases: Vec<(String, Vec<Part>, Projection, ResultTable)> = Vec::new();
    for q in ADULT {
        let (p, t) = adult(q);
        cases.push((q.to_string(), adult_parts(&t), p, t));
    }
    for q in PROVIDER {
        let (p, t) = provider(q);
        cases.push((q.to_string(), provider_parts(&t), p, t));
    }
    for (q, parts, p, t) in &cases {
        let (labels, points) = labels_and_line(p, t);
        let n = labels.len();
        let totals: Vec<i64> = (0..n)
            .map(|i| parts.iter().map(|p| p.values[i]).sum())
            .collect();
        for layout in BOTH {
            let name = format!("{q} {layout:?}");
            let d = stacked_columns(parts, &labels, None, layout);
            assert_readable(&format!("stacked {name}"), &d);
            // Each column stands as high as its year's total, on one scale that holds them all.
            let heights = column_heights(&d, layout.plot(), n);
            let (top, highest) = (layout.plot().height, *totals.iter().max().unwrap());
            for (h, &total) in heights.iter().zip(&totals) {
                assert!(*h <= top + 1e-9, "{name}");
                if highest > 0 {
                    let scale = heights.iter().cloned().fold(0.0, f64::max) / highest as f64;
                    assert!(
                        (h - total as f64 * scale).abs() < 0.1,
                        "{name}: {h} for {total}"
                    );
                }
            }
            let total = values_of(&d, Style::Value);
            assert_eq!(total.len(), 1, "{name}");
            assert!(
                [
                    grouped(totals[n - 1]),
                    axes::abbreviated(totals[n - 1] as f64)
                ]
                .iter()
                .any(|v| v == total[0]),
                "{name}: {total:?} for {}",
                totals[n - 1]
            );
            assert_eq!(
                values_of(&d, Style::Category).last().copied(),
                labels.last().map(String::as_str)
            );
            let l = line(&points, layout);
            assert_readable(&format!("line {name}"), &l);
            let dots = l
                .marks
                .iter()
                .filter(|m| matches!(m, Mark::Circle { .. }))
                .count();
            assert_eq!(dots, n, "{name}: a point a year");
            let ends: Vec<f64> = values_of(&l, Style::Value)
                .iter()
                .map(|v| abbreviated_value(v))
                .collect();
            let want = [points[0].1, points[n - 1].1];
            for (got, want) in ends.iter().zip(if n == 1 { &want[..1] } else { &want[..] }) {
                assert!(
                    (got - *want as f64).abs() <= (*want as f64 * 0.05).max(0.5),
                    "{name}"
                );
            }
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

/// Every uncertainty chart of one scenario, checked in both layouts.
fn assert_uncertainty_readable(q: &str, p: &Projection, t: &ResultTable, f: &Fan, bars: &[Bar]) {
    let (labels, _) = labels_and_line(p, t);
    let central: Vec<f64> = p.rows[1..].iter().map(|r| r.total).collect();
    let steps = steps_of(p);
    for layout in BOTH {
        let name = format!("{q} {layout:?}");
        assert_readable(
            &format!("fan {name}"),
            &fan(&f.rows[1..], &central, &labels, layout),
        );
        let tornado = tornado(bars, layout);
        assert_readable(&format!("tornado {name}"), &tornado);
        // Each bar's ends are labelled with its totals.
        let figures: Vec<&str> = tornado
            .texts()
            .into_iter()
            .map(|t| t.content.as_str())
            .collect();
        for b in bars {
            for v in [b.total_at_low, b.total_at_high] {
                let close =
                    |s: &&str| (abbreviated_value(s) - v).abs() <= (v.abs() * 0.05).max(0.5);
                assert!(
                    figures
                        .iter()
                        .filter(|s| s.starts_with(|c: char| c.is_ascii_digit() || c == '-'))
                        .any(close),
                    "{name}: {v}"
                );
            }
        }
        let w = waterfall(&steps, layout);
        assert_readable(&format!("waterfall {name}"), &w);
        let total = steps.last().map_or(0.0, |s| s.end);
        let last = *values_of(&w, Style::Value).last().unwrap();
        assert!(
            last == count(total)
                || abbreviated_value(last) == abbreviated_value(&axes::abbreviated(total)),
            "{name}"
        );
    }
}

#[test]
fn uncertainty_charts_show_their_figures_and_are_readable_in_both_layouts() {
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
fn the_published_adult_chart_labels_the_published_total() {
    let (p, t) = adult("?view=adult");
    let (labels, _) = labels_and_line(&p, &t);
    let parts = adult_parts(&t);
    for layout in BOTH {
        let d = stacked_columns(&parts, &labels, None, layout);
        assert_eq!(values_of(&d, Style::Value), ["34,948"], "{layout:?}");
        assert!(d.description.contains("By 2032 the total is 34,948:"));
        // Ticks from 0 up, each above the last.
        let ticks: Vec<&Text> = d
            .texts()
            .into_iter()
            .filter(|t| t.style == Style::Tick)
            .collect();
        assert_eq!(ticks[0].content, "0");
        assert!(ticks.windows(2).all(|w| w[1].at.y < w[0].at.y));
    }
    // The narrow layout has fewer ticks and shortens them from 10,000 up.
    let narrow = stacked_columns(&parts, &labels, None, ChartLayout::Narrow);
    let ticks = values_of(&narrow, Style::Tick);
    assert!(
        ticks.len()
            < values_of(
                &stacked_columns(&parts, &labels, None, ChartLayout::Wide),
                Style::Tick
            )
            .len()
    );
    assert!(ticks.iter().any(|t| t.ends_with('k')), "{ticks:?}");
}

#[test]
fn legends_come_from_the_data() {
    let parts = [
        part("Replacing leavers", "leavers", &[1]),
        part("Filling vacancies", "vacancies", &[1]),
    ];
    let keys = legend::columns(&parts, Some("Published strategy"));
    let labels: Vec<&str> = keys.iter().map(|k| k.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Replacing leavers",
            "Filling vacancies",
            "Published strategy"
        ]
    );
    assert_eq!(
        keys[1].swatch,
        Swatch::Fill("chart__col chart__col--vacancies")
    );
    assert_eq!(keys[2].swatch, Swatch::Line("chart__compare"));
    assert_eq!(legend::columns(&parts, None).len(), 2);
    assert_eq!(legend::fan().len(), 3);
    // A swatch fills its square, or draws a line across its middle.
    assert_eq!(
        keys[0].swatch.marks(24.0, 10.0),
        [Mark::Path {
            class: "chart__col chart__col--leavers",
            shape: Shape::Rects(vec![Rect {
                x: 24.0,
                y: 10.0,
                w: 16.0,
                h: 16.0
            }]),
        }]
    );
    assert_eq!(
        write::marks(&keys[2].swatch.marks(0.0, 0.0)),
        r#"<path class="chart__compare" d="M0 8H16"/>"#
    );
}
