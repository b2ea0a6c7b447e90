//! The chart writers, checked natively: well-formed for any input, readable at both layouts.

use super::*;
use crate::data::ADULT_BASELINE;
use crate::engine::uncertainty::{
    monte_carlo_adult, monte_carlo_provider, tornado_adult, tornado_provider,
    waterfall as steps_of, AdultRanges, ProviderRanges,
};
use crate::engine::{project_adult, project_provider, Projection};
use crate::report::{
    adult, adult_table, provider, provider_table, AdultRow, ProviderRow, Row, Table,
};
use crate::scenario::Scenario;

const L: Labels = Labels {
    title_id: "t",
    desc_id: "d",
};
const BOTH: [ChartLayout; 2] = [ChartLayout::WIDE, ChartLayout::NARROW];

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
    let svg = stacked_columns(
        &parts,
        &["2023".into(), "2024".into()],
        ChartLayout::WIDE,
        L,
    );
    assert!(svg.starts_with(
        r#"<svg class="chart__svg chart__svg--wide chart__svg--plot" viewBox="0 0 640 320" font-size="14" role="img" aria-labelledby="t d""#
    ));
    assert!(
        svg.contains("By 2024 the total is 22: 20 replacing leavers, 2 extra staff for demand.")
    );
    // A path per part, a rectangle per year in each.
    assert_eq!(
        svg.matches(r#"<path class="chart__col chart__col--"#)
            .count(),
        2
    );
    assert_eq!(svg.matches('Z').count(), 4);
    assert!(svg.contains(r#"text-anchor="end">22</text>"#));
    assert!(svg.ends_with("</svg>"));
}

#[test]
fn one_layout_is_written_for_the_width_the_chart_has() {
    fn draw(layout: ChartLayout, labels: Labels) -> String {
        line(&[("2023".into(), 5)], layout, labels)
    }
    let wide = laid_out(Fit::Wide, L, draw);
    assert_eq!(wide.matches("<svg ").count(), 1);
    assert!(wide.contains("chart__svg--wide") && wide.contains(r#"<desc id="d">"#));
    let narrow = laid_out(Fit::Narrow, L, draw);
    assert_eq!(narrow.matches("<svg ").count(), 1);
    assert!(narrow.contains("chart__svg--narrow") && narrow.contains(r#"<desc id="d-narrow">"#));
    // The stylesheet's breakpoint, 35rem.
    assert_eq!(Fit::for_width(560.0, 16.0), Fit::Wide);
    assert_eq!(Fit::for_width(559.9, 16.0), Fit::Narrow);
    assert_eq!(Fit::for_width(600.0, 20.0), Fit::Narrow);
}

#[test]
fn a_chart_of_the_standard_size_is_marked_so_its_narrow_layout_can_stand_in_for_the_wide_one() {
    fn line_chart(layout: ChartLayout, labels: Labels) -> String {
        line(&[("2023".into(), 5)], layout, labels)
    }
    for fit in [Fit::Wide, Fit::Narrow] {
        assert!(laid_out(fit, L, line_chart).contains(" chart__svg--plot\" viewBox="));
    }
}

#[test]
fn numbers_are_shortened_only_where_they_do_not_fit() {
    assert_eq!(abbreviated(950.0), "950");
    assert_eq!(abbreviated(2_500.0), "2.5k");
    assert_eq!(abbreviated(40_000.0), "40k");
    assert_eq!(abbreviated(1_234_567.0), "1.2m");
    assert_eq!(abbreviated(-12_000.0), "-12k");
    assert_eq!(fitted(34_948.0, 100.0, true), "34,948");
    assert_eq!(fitted(34_948.0, 30.0, true), "34.9k");
}

#[test]
fn every_chart_is_well_formed_for_empty_input() {
    for layout in BOTH {
        for svg in [
            stacked_columns(&[], &[], layout, L),
            line(&[], layout, L),
            fan(&[], &[], &[], layout, L),
            tornado(&[], layout, L),
            waterfall(&[], layout, L),
        ] {
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{svg}");
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
        }
    }
}

/// A label's estimated box in SVG units: left, right, top, bottom.
#[derive(Debug)]
struct TextBox {
    text: String,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// The `viewBox` size and every label's box of one SVG, from its markup.
fn layout_of(svg: &str) -> (f64, f64, Vec<TextBox>) {
    let view_box: Vec<f64> = attribute(svg, "viewBox")
        .expect("a viewBox")
        .split(' ')
        .map(|v| v.parse().expect("a number"))
        .collect();
    let font: f64 = attribute(svg, "font-size")
        .expect("a font size")
        .parse()
        .expect("a number");
    let mut boxes = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find("<text ") {
        // Inside a tick's group: the label of a value on the axis.
        let in_tick = rest[..i]
            .rfind("<g class=\"chart__tick\">")
            .is_some_and(|g| !rest[g..i].contains("</g>"));
        rest = &rest[i..];
        let close = rest.find('>').expect("a closed tag");
        let tag = &rest[..close];
        let end = rest.find("</text>").expect("an end tag");
        let text = crate::markup::unescape(&rest[close + 1..end]);
        let num = |n: &str| -> f64 { attribute(tag, n).expect(n).parse().expect(n) };
        let (x, y) = (num("x"), num("y"));
        let bold = attribute(tag, "class").is_some_and(|c| c.contains("chart__value"));
        let w = text_width(&text, font, bold);
        // The anchor as written, else as the stylesheet sets it (`.chart__label`,
        // `.chart__tick text`), else SVG's default, "start".
        let class = attribute(tag, "class").unwrap_or("");
        let anchor = attribute(tag, "text-anchor").unwrap_or(if class.contains("chart__label") {
            "middle"
        } else if in_tick {
            "end"
        } else {
            "start"
        });
        let x0 = match anchor {
            "end" => x - w,
            "middle" => x - w / 2.0,
            _ => x,
        };
        boxes.push(TextBox {
            text,
            x0,
            x1: x0 + w,
            // A line box as browsers measure it: a sans-serif font's ascent and descent.
            y0: y - 0.95 * font,
            y1: y + 0.3 * font,
        });
        rest = &rest[end..];
    }
    (view_box[2], view_box[3], boxes)
}

/// Every label inside the chart, none overlapping another.
fn assert_readable(name: &str, svg: &str) {
    let (w, h, boxes) = layout_of(svg);
    for b in &boxes {
        assert!(
            b.x0 >= 0.0 && b.x1 <= w && b.y0 >= 0.0 && b.y1 <= h,
            "{name}: {:?} ({b:?}) leaves the {w} x {h} chart",
            b.text
        );
    }
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart = a.x1 <= b.x0 + 0.5
                || b.x1 <= a.x0 + 0.5
                || a.y1 <= b.y0 + 0.5
                || b.y1 <= a.y0 + 0.5;
            assert!(
                apart,
                "{name}: {:?} overlaps {:?} ({a:?}, {b:?})",
                a.text, b.text
            );
        }
    }
}

fn adult(query: &str) -> (Projection, Table<AdultRow>) {
    let a = adult::assumptions(&Scenario::from_query(query).form);
    let p = project_adult(&ADULT_BASELINE, &a);
    let t = adult_table(&a, &p);
    (p, t)
}

fn provider(query: &str) -> (Projection, Table<ProviderRow>) {
    let a = provider::assumptions(&Scenario::from_query(query).form);
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

#[test]
fn compared_totals_are_dashed_marks_on_each_column_and_in_the_description() {
    let parts = [Part {
        label: "Replacing leavers",
        pattern: "leavers",
        values: vec![10, 20, 30],
    }];
    let years: Vec<String> = ["2023", "2024", "2025"].map(String::from).to_vec();
    let labels = Labels {
        title_id: "t",
        desc_id: "d",
    };
    let plain = stacked_columns(&parts, &years, ChartLayout::WIDE, labels);
    assert!(!plain.contains("chart__compare"));
    let compared = Compared {
        label: "Published strategy",
        totals: &[12, 24, 60],
    };
    let svg = stacked_columns_compared(&parts, &years, Some(compared), ChartLayout::WIDE, labels);
    let path = svg.split("class=\"chart__compare\" d=\"").nth(1).unwrap();
    assert_eq!(path.split('"').next().unwrap().matches('M').count(), 3);
    assert!(svg.contains("A dashed mark on each column shows published strategy: 60 by 2025."));
    // The axis makes room for a compared total above every column.
    assert!(
        svg.contains(">60<") || svg.contains(">80<") || svg.contains(">75<"),
        "{svg}"
    );
}

#[test]
fn column_and_line_charts_are_readable_in_both_layouts() {
    type Points = Vec<(String, i64)>;
    let mut cases: Vec<(String, Vec<Part>, Points)> = ADULT
        .iter()
        .map(|q| {
            let (_, t) = adult(q);
            let line = t.rows.iter().map(|r| (r.label(), r.workforce)).collect();
            (q.to_string(), crate::report::adult_parts(&t), line)
        })
        .collect();
    for q in PROVIDER {
        let (p, t) = provider(q);
        let rows = &p.rows[1..];
        let part = |label, pattern, f: fn(&crate::engine::YearRow) -> f64| Part {
            label,
            pattern,
            values: rows.iter().map(|r| round_count(f(r)).max(0)).collect(),
        };
        let split = vec![
            part("Replacing leavers", "leavers", |r| r.replacing_leavers),
            part("Filling vacancies", "vacancies", |r| r.vacancies),
        ];
        let line = t.rows.iter().map(|r| (r.label(), r.staff_needed)).collect();
        cases.push((q.to_string(), split, line));
    }
    for (q, split, points) in &cases {
        let years: Vec<String> = points.iter().map(|(label, _)| label.clone()).collect();
        for layout in BOTH {
            let name = format!("{q} {layout:?}");
            assert_readable(
                &format!("stacked {name}"),
                &stacked_columns(split, &years, layout, L),
            );
            assert_readable(&format!("line {name}"), &line(points, layout, L));
        }
    }
}

/// Every uncertainty chart of one scenario, checked in both layouts.
fn assert_uncertainty_readable(
    q: &str,
    p: &Projection,
    years: &[String],
    f: &crate::engine::uncertainty::Fan,
    bars: &[Bar],
) {
    let central: Vec<f64> = p.rows[1..].iter().map(|r| r.total).collect();
    for layout in BOTH {
        let name = format!("{q} {layout:?}");
        assert_readable(
            &format!("fan {name}"),
            &fan(&f.rows[1..], &central, years, layout, L),
        );
        assert_readable(&format!("tornado {name}"), &tornado(bars, layout, L));
        assert_readable(
            &format!("waterfall {name}"),
            &waterfall(&steps_of(p), layout, L),
        );
    }
}

#[test]
fn uncertainty_charts_are_readable_in_both_layouts() {
    for q in ADULT {
        let a = adult::assumptions(&Scenario::from_query(q).form);
        let (p, t) = adult(q);
        let ranges = AdultRanges::around(&a);
        let f = monte_carlo_adult(&ADULT_BASELINE, &a, &ranges, 200, 1);
        let bars = tornado_adult(&ADULT_BASELINE, &a, &ranges);
        assert_uncertainty_readable(q, &p, &t.labels(), &f, &bars);
    }
    for q in PROVIDER {
        let a = provider::assumptions(&Scenario::from_query(q).form);
        let (p, t) = provider(q);
        let ranges = ProviderRanges::around(&a);
        let f = monte_carlo_provider(&a, &ranges, 200, 1);
        let bars = tornado_provider(&a, &ranges);
        assert_uncertainty_readable(q, &p, &t.labels(), &f, &bars);
    }
}

#[test]
fn the_checker_catches_overlaps_and_labels_outside_the_chart() {
    let overlapping = r#"<svg viewBox="0 0 100 50" font-size="14"><text x="10" y="20">2023</text><text x="20" y="20">2024</text></svg>"#;
    assert!(std::panic::catch_unwind(|| assert_readable("overlap", overlapping)).is_err());
    let outside = r#"<svg viewBox="0 0 100 50" font-size="14"><text x="4" y="20" text-anchor="end">40,000</text></svg>"#;
    assert!(std::panic::catch_unwind(|| assert_readable("outside", outside)).is_err());
}
