//! The exported image checked as marks: its title, scenario, legend, source and link around
//! the chart it is given, and as the document the writer makes of it.

use super::*;
use crate::report::Part;
use crate::svg::{self, legend, ChartLayout};

const CAPTION: Caption = Caption {
    title: "Adult social care workforce required, 2023 to 2032 & after",
    scenario: "Scenario: target year 2032, staff turnover 28%.",
    source: SOURCE,
    link: "https://example.org/care/?view=adult&turnover=28",
};

fn chart() -> Drawing {
    svg::line(
        &[("2023".into(), 23_500), ("2024".into(), 24_000)],
        ChartLayout::Wide,
    )
}

fn legend() -> Vec<Key> {
    let parts = [Part {
        label: "Replacing leavers".into(),
        pattern: "leavers",
        values: vec![1, 2],
    }];
    legend::columns(&parts, Some("Published strategy"))
}

/// The texts of `style` in the image, in order.
fn lines(img: &Image, style: Style) -> Vec<(f64, String)> {
    let all = Drawing {
        marks: img.marks.clone(),
        ..Drawing::default()
    };
    all.texts()
        .into_iter()
        .filter(|t| t.style == style)
        .map(|t| (t.at.y, t.content.clone()))
        .collect()
}

fn joined(lines: &[(f64, String)], with: &str) -> String {
    lines
        .iter()
        .map(|(_, l)| l.as_str())
        .collect::<Vec<_>>()
        .join(with)
}

#[test]
fn the_image_carries_title_scenario_legend_source_and_link_around_the_chart() {
    let img = image(&chart(), &legend(), &CAPTION);
    assert_eq!(img.title, CAPTION.title);
    let (title, scenario) = (lines(&img, Style::Title), lines(&img, Style::Scenario));
    let (keys, source) = (lines(&img, Style::Legend), lines(&img, Style::Source));
    assert_eq!(joined(&title, " "), CAPTION.title);
    assert_eq!(joined(&scenario, " "), CAPTION.scenario);
    assert_eq!(joined(&keys, "|"), "Replacing leavers|Published strategy");
    assert_eq!(joined(&source, " "), SOURCE);
    assert!(source.len() >= 2, "the source wraps: {source:?}");
    // The link: its text is the address, and it is a link to it.
    let link: Vec<&Mark> = img
        .marks
        .iter()
        .filter(|m| matches!(m, Mark::Link { .. }))
        .collect();
    let Some(Mark::Link { href, marks }) = link.first() else {
        panic!("no link in {:?}", img.marks)
    };
    assert_eq!(href, CAPTION.link);
    assert_eq!(marks.len(), 1);
    assert_eq!(lines(&img, Style::Link)[0].1, CAPTION.link);
    // The chart: the drawing given, scaled to the content width.
    let placed: Vec<(&Rect, &Drawing)> = img
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Chart { at, drawing } => Some((at, drawing.as_ref())),
            _ => None,
        })
        .collect();
    let [(at, drawing)] = placed[..] else {
        panic!("one chart: {placed:?}")
    };
    assert_eq!(drawing, &chart());
    assert_eq!((at.x, at.w, at.h), (24.0, 640.0, 320.0));
    // Top to bottom: title, scenario, legend, chart, source, link, all inside the image.
    let order = [
        title[0].0,
        scenario[0].0,
        keys[0].0,
        at.y + 14.0,
        at.y + at.h + 14.0,
        source[0].0,
        lines(&img, Style::Link)[0].0,
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(order[6] + MARGIN <= f64::from(img.height));
    assert!(img.height > 320 + 100 && img.height < 600, "{}", img.height);
    // A white background first, the whole image's size.
    assert_eq!(
        img.marks[0],
        Mark::Path {
            class: "export__background",
            shape: Shape::Rects(vec![Rect {
                x: 0.0,
                y: 0.0,
                w: 688.0,
                h: f64::from(img.height)
            }]),
        }
    );
    // The swatches sit left of their keys, as the chart draws the parts.
    let swatches: Vec<&Mark> = img
        .marks
        .iter()
        .filter(|m| {
            matches!(
                m,
                Mark::Group {
                    class: "legend__swatch",
                    ..
                }
            )
        })
        .collect();
    assert_eq!(swatches.len(), 2);
}

#[test]
fn the_image_is_written_as_a_standalone_svg_document() {
    let img = image(&chart(), &legend(), &CAPTION);
    let svg = img.svg();
    assert!(svg.starts_with(&format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="688" height="{}""#,
        img.height
    )));
    assert!(svg.contains(
        "<title id=\"export-title\">Adult social care workforce required, 2023 to 2032 &amp; after</title>"
    ));
    assert!(svg.contains(r#"<a href="https://example.org/care/?view=adult&amp;turnover=28""#));
    assert!(svg.contains(
        r#"<svg x="24" y="136" width="640" height="320" class="chart__svg chart__svg--wide chart__svg--plot" viewBox="0 0 640 320""#
    ), "{svg}");
    // The stacked parts' patterns travel with the image (the page keeps them outside).
    assert!(svg.contains(r#"<pattern id="pattern-leavers""#));
    assert!(svg.contains(r#"<g class="legend__swatch"><path class="chart__col chart__col--leavers" d="M24 112h16v16h-16Z"/></g>"#));
    assert!(svg.ends_with("</a></svg>"));
}

#[test]
fn an_empty_chart_is_left_out_rather_than_misplaced() {
    let img = image(&Drawing::default(), &[], &CAPTION);
    assert!(!img.marks.iter().any(|m| matches!(m, Mark::Chart { .. })));
    assert!(img.height < 200, "{}", img.height);
}

#[test]
fn long_text_wraps_at_spaces_and_long_words_are_cut() {
    assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
    assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
    assert!(wrap("", 5).is_empty());
    assert_eq!(chunks("abcde", 2), ["ab", "cd", "e"]);
}

#[test]
fn the_scenario_line_describes_the_view_s_assumptions() {
    let s = Scenario::from_query("?view=adult&turnover=28&vacancies=1&target=3000&seed=4");
    assert_eq!(
        scenario_line(&s),
        "Scenario: target year 2032, staff turnover 28%, leavers who stay in social care 63.9%, growth in demand: published path, fill today's vacancies: yes, add the 2023 reform posts: no."
    );
    let p = Scenario::from_query("?view=provider&staff=1200&turnover=abc");
    assert_eq!(
        scenario_line(&p),
        "Scenario: staff you employ now 1,200, your staff turnover 32.2%, posts vacant now 4, expected growth 2%, years ahead 5."
    );
    assert_eq!(scenario_line(&Scenario::from_query("?view=about")), "");
    assert_eq!(
        file_name(View::Children, "parts-chart", "svg"),
        "care-workforce-children-parts-chart.svg"
    );
    assert_eq!(
        file_name(View::Adult, "fan", "png"),
        "care-workforce-adult-fan-chart.png"
    );
}

#[test]
fn the_image_styles_every_chart_rule_of_the_page() {
    let css = include_str!("../../style/main.css");
    for line in css.lines() {
        let selector = line.split('{').next().unwrap_or("").trim();
        let chart_rule = [
            ".chart__",
            ".fan__",
            ".tornado__",
            ".waterfall__",
            ".legend__swatch .",
        ]
        .iter()
        .any(|p| selector.starts_with(p));
        // The HTML around the chart: its caption, frame and download buttons, and the
        // page's choice between the wide and the narrow layout (the image has the wide one).
        let page_only = [
            ".chart__title",
            ".chart__frame",
            ".chart__svg--narrow",
            ".chart__defs",
            ".chart__download",
            ".chart__status",
        ]
        .iter()
        .any(|p| selector.starts_with(p));
        if chart_rule && !page_only {
            assert!(
                STYLE.contains(&format!("{selector} {{")),
                "the exported image does not style {selector}"
            );
        }
    }
}

#[test]
fn the_assumptions_in_words_say_the_published_value_where_it_differs() {
    let s = Scenario::from_query("?view=adult&turnover=28&vacancies=1&vacancy_rate=12");
    let stated: Vec<(&str, String, Option<String>)> = assumptions(&s)
        .into_iter()
        .map(|a| (a.field.label(), a.value, a.published))
        .collect();
    let own = |l: &'static str, v: &str| (l, v.to_string(), None);
    let changed = |l: &'static str, v: &str, p: &str| (l, v.to_string(), Some(p.to_string()));
    assert_eq!(
        stated,
        [
            own("Target year", "2032"),
            changed("Staff turnover", "28%", "32.2%"),
            own("Leavers who stay in social care", "63.9%"),
            own("Growth in demand", "published path"),
            changed("Fill today's vacancies", "yes", "no"),
            changed("Vacancy rate today", "12%", "9.9%"),
            own("Add the 2023 reform posts", "no"),
        ]
    );
    // An invalid value is described as the results use it: the published one.
    let bad = Scenario::from_query("?view=children&sw=lots");
    let sw = assumptions(&bad)
        .into_iter()
        .find(|a| a.field == Field::SocialWorkers);
    assert_eq!(
        sw.map(|a| (a.value, a.published)),
        Some(("402".to_string(), None))
    );
}
