//! Charts to take away: a chart's SVG wrapped into a standalone image that carries its title, the
//! scenario in a line, the source and the link, as the page's download buttons save it (as SVG,
//! or drawn onto a canvas as PNG). Plain text in, plain text out, tested natively; the browser
//! glue (reading the chart from the page, the canvas, the download) is in the binary's
//! `browser.rs`.
//!
//! The image stands alone: its own white background, a `<style>` with the chart rules of
//! `style/main.css` (a test keeps them in step), system fonts, and no reference to anything
//! outside itself.

use std::fmt::Write;

use crate::fields::{Field, Unit};
use crate::format::{grouped, trim};
use crate::markup::escape;
use crate::scenario::{default_text, value, Scenario, View};

/// Where the figures come from, as the image says it.
pub const SOURCE: &str = "Source: Care Workforce Calculator, Staffordshire County Council, from the data appendix of the Social Care Workforce Strategy 2022-2027.";

/// The image's width in CSS pixels: the charts' 640 plus a margin each side.
pub const WIDTH: u32 = 688;

const MARGIN: f64 = 24.0;
const CONTENT: f64 = WIDTH as f64 - 2.0 * MARGIN;

/// The chart rules of `style/main.css`, with its colour variables written out, plus the
/// image's own text styles.
const STYLE: &str = concat!(
    "text { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif; fill: #0b0c0c; }\n",
    ".chart__svg { overflow: visible; }\n",
    ".chart__svg text { fill: #0b0c0c; }\n",
    ".chart__value { font-weight: 700; }\n",
    ".chart__label { text-anchor: middle; }\n",
    ".chart__tick line { stroke: #d8d8d8; stroke-width: 1; }\n",
    ".chart__tick text { text-anchor: end; }\n",
    ".chart__col { stroke: #0b0c0c; stroke-width: 0.5; }\n",
    ".chart__col--leavers { fill: url(#pattern-leavers); }\n",
    ".chart__col--demand { fill: url(#pattern-demand); }\n",
    ".chart__col--vacancies { fill: url(#pattern-vacancies); }\n",
    ".chart__col--reforms { fill: url(#pattern-reforms); }\n",
    ".chart__axis { stroke: #0b0c0c; stroke-width: 1.5; }\n",
    ".chart__line { stroke: #1d70b8; stroke-width: 3; }\n",
    ".chart__point { fill: #fff; stroke: #1d70b8; stroke-width: 2; }\n",
    ".chart__compare { fill: none; stroke: #0b0c0c; stroke-width: 2.5; stroke-dasharray: 5 3; }\n",
    ".fan__outer { fill: #c6dcef; stroke: #1d70b8; stroke-width: 1; }\n",
    ".fan__inner { fill: #7aa9d6; stroke: #144e81; stroke-width: 1; }\n",
    ".fan__central { stroke: #0b0c0c; stroke-width: 3; fill: none; }\n",
    ".tornado__bar { fill: #1d70b8; }\n",
    ".waterfall__step { fill: #b1460f; }\n",
    ".waterfall__total { fill: #1d70b8; }\n",
    ".export__title { font-size: 20px; font-weight: 700; }\n",
    ".export__scenario { font-size: 14px; fill: #484949; }\n",
    ".export__legend { font-size: 13px; }\n",
    ".export__source { font-size: 12px; fill: #484949; }\n",
    ".export__link { font-size: 12px; fill: #1d70b8; text-decoration: underline; }\n",
);

/// One key of a chart's legend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendItem {
    /// What the key stands for.
    pub label: String,
    /// The swatch's SVG shapes, drawn in a 16 × 16 box (as the page's legend draws them).
    pub swatch: String,
}

/// The words an image carries around its chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caption<'a> {
    /// The chart's title.
    pub title: &'a str,
    /// The scenario in a line ([`scenario_line`]).
    pub scenario: &'a str,
    /// Where the figures come from ([`SOURCE`]).
    pub source: &'a str,
    /// The address that opens this scenario.
    pub link: &'a str,
}

/// A standalone SVG image and its size in CSS pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// The SVG document.
    pub svg: String,
    /// Width in CSS pixels.
    pub width: u32,
    /// Height in CSS pixels.
    pub height: u32,
}

/// Wraps a chart's SVG (as the page shows it) into a standalone image: title, scenario line and
/// legend above, source and link below, on white.
///
/// `chart` may come from the page's DOM, whose HTML serialisation writes a no-break space as
/// `&nbsp;` (not an XML entity): it is rewritten as `&#160;`.
pub fn image(chart: &str, legend: &[LegendItem], caption: &Caption) -> Image {
    let mut body = String::with_capacity(chart.len() + 2048);
    let mut y = MARGIN;
    for line in wrap(caption.title, 52) {
        y += 22.0;
        text_line(&mut body, "export__title", y, &line);
        y += 4.0;
    }
    y += 4.0;
    for line in wrap(caption.scenario, 80) {
        y += 18.0;
        text_line(&mut body, "export__scenario", y, &line);
    }
    y += 10.0;
    if !legend.is_empty() {
        let mut x = MARGIN;
        let row = 24.0;
        y += 4.0;
        for item in legend {
            let width = 16.0 + 6.0 + 7.5 * item.label.chars().count() as f64 + 20.0;
            if x > MARGIN && x + width > MARGIN + CONTENT {
                x = MARGIN;
                y += row;
            }
            let _ = write!(
                body,
                r#"<g transform="translate({x:.1} {y:.1})">{}</g><text class="export__legend" x="{:.1}" y="{:.1}">{}</text>"#,
                item.swatch,
                x + 22.0,
                y + 13.0,
                escape(&item.label)
            );
            x += width;
        }
        y += row;
    }
    // The stacked parts' fill patterns, which the page writes once beside its charts.
    body.push_str(crate::svg::PATTERNS);
    if let Some((w, h)) = view_box_size(chart) {
        let height = h * CONTENT / w;
        let placed = chart.replacen(
            "<svg",
            &format!(r#"<svg x="{MARGIN}" y="{y:.1}" width="{CONTENT}" height="{height:.1}""#),
            1,
        );
        body.push_str(&placed.replace("&nbsp;", "&#160;"));
        y += height;
    }
    y += 16.0;
    for line in wrap(caption.source, 92) {
        y += 16.0;
        text_line(&mut body, "export__source", y, &line);
    }
    let link = escape(caption.link);
    let _ = write!(body, r#"<a href="{link}" xlink:href="{link}">"#);
    for line in chunks(caption.link, 92) {
        y += 16.0;
        text_line(&mut body, "export__link", y, &line);
    }
    body.push_str("</a>");
    let height = (y + MARGIN).ceil() as u32;
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="export-title"><title id="export-title">{}</title><style>{STYLE}</style><rect width="{WIDTH}" height="{height}" fill="#ffffff"/>{body}</svg>"##,
        escape(caption.title)
    );
    Image {
        svg,
        width: WIDTH,
        height,
    }
}

fn text_line(out: &mut String, class: &str, y: f64, line: &str) {
    let _ = write!(
        out,
        r#"<text class="{class}" x="{MARGIN}" y="{y:.1}">{}</text>"#,
        escape(line)
    );
}

/// The width and height of the first `viewBox="0 0 W H"` in `svg`.
fn view_box_size(svg: &str) -> Option<(f64, f64)> {
    let start = svg.find("viewBox=\"")? + "viewBox=\"".len();
    let end = start + svg[start..].find('"')?;
    let numbers: Vec<f64> = svg[start..end]
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match numbers[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 && w.is_finite() && h.is_finite() => Some((w, h)),
        _ => None,
    }
}

/// Breaks text into lines of at most `width` characters at spaces (a longer word is cut).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        for piece in chunks(word, width) {
            let needed =
                line.chars().count() + usize::from(!line.is_empty()) + piece.chars().count();
            if !line.is_empty() && needed > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cuts text into pieces of at most `width` characters (for an address, which has no spaces).
fn chunks(text: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(width.max(1))
        .map(|c| c.iter().collect())
        .collect()
}

/// The scenario in a line, from the view's assumptions (not its target, seed or ranges; the
/// link carries everything): "Scenario: target year 2032, staff turnover 28%, …". An invalid
/// field is described at its published value, as the results use it. The vacancy rate is
/// described only where it changes the figures: when today's vacancies are filled at a rate
/// other than the published one.
pub fn scenario_line(s: &Scenario) -> String {
    let vacancy_rate_counts = s.form.get(Field::IncludeVacancies) == "1"
        && s.form.get(Field::VacancyRate) != default_text(Field::VacancyRate);
    let parts: Vec<String> = s
        .view
        .fields()
        .filter(|&f| !matches!(f, Field::Seed | Field::Spread) && Some(f) != s.view.target_field())
        .filter(|&f| f != Field::VacancyRate || vacancy_rate_counts)
        .map(|f| describe(f, s.form.get(f)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("Scenario: {}.", parts.join(", "))
    }
}

fn describe(field: Field, text: &str) -> String {
    let label = lower_first(field.label());
    let v =
        value(field, text).unwrap_or_else(|_| value(field, &default_text(field)).unwrap_or(None));
    let number = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            grouped(v as i64)
        } else {
            trim(v, 3)
        }
    };
    match (field.spec().unit, v) {
        (_, None) => format!("{label}: published path"),
        (Unit::Flag, Some(v)) => format!("{label}: {}", if v == 1.0 { "yes" } else { "no" }),
        (Unit::Percent, Some(v)) => format!("{label} {}%", trim(v, 3)),
        (Unit::Year, Some(v)) => format!("{label} {v}"),
        (Unit::Years, Some(v)) => format!("{label} {}", trim(v, 0)),
        (Unit::People | Unit::Number, Some(v)) => format!("{label} {}", number(v)),
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The file a chart downloads as, from the chart's id on the page ("workforce-chart", "fan"):
/// `care-workforce-adult-workforce-chart.png`, `care-workforce-adult-fan-chart.svg`.
pub fn file_name(view: View, chart: &str, extension: &str) -> String {
    format!(
        "care-workforce-{}-{}-chart.{extension}",
        view.key(),
        chart.trim_end_matches("-chart")
    )
}

/// How many image pixels a PNG has for each CSS pixel of the image: twice, for print.
pub const PNG_SCALE: u32 = 2;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::svg::{self, Labels};

    const CAPTION: Caption = Caption {
        title: "Adult social care workforce required, 2023 to 2032 & after",
        scenario: "Scenario: target year 2032, staff turnover 28%.",
        source: SOURCE,
        link: "https://example.org/care/?view=adult&turnover=28",
    };

    fn chart() -> String {
        svg::line(
            &[("2023".into(), 23_500), ("2024".into(), 24_000)],
            crate::chart::ChartLayout::WIDE,
            Labels {
                title_id: "t",
                desc_id: "d",
            },
        )
    }

    #[test]
    fn the_image_carries_title_scenario_source_and_link_around_the_chart() {
        let img = image(&chart(), &[], &CAPTION);
        let svg = &img.svg;
        assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg""#));
        assert!(svg.contains(&format!(r#"width="688" height="{}""#, img.height)));
        assert!(svg.contains(
            "<title id=\"export-title\">Adult social care workforce required, 2023 to 2032 &amp; after</title>"
        ));
        assert!(svg.contains(">Scenario: target year 2032, staff turnover 28%.</text>"));
        assert!(svg.contains(">Source: Care Workforce Calculator, Staffordshire County Council,"));
        assert!(svg.contains(r#"<a href="https://example.org/care/?view=adult&amp;turnover=28""#));
        assert!(svg.contains(r#"<svg x="24" y="#));
        assert!(svg.contains(
            r#"width="640" height="320.0" class="chart__svg chart__svg--wide chart__svg--plot""#
        ));
        // The stacked parts' patterns travel with the image (the page keeps them outside).
        assert!(svg.contains(r#"<pattern id="pattern-leavers""#));
        assert!(svg.ends_with("</a></svg>"));
        assert!(img.height > 320 + 100 && img.height < 600, "{}", img.height);
        // Well formed enough for XML: every element opened is closed.
        assert_eq!(svg.matches("<svg").count(), svg.matches("</svg>").count());
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    }

    #[test]
    fn legends_are_drawn_and_html_entities_become_xml() {
        let legend = [LegendItem {
            label: "Replacing leavers".into(),
            swatch: r#"<rect width="16" height="16" fill="url(#pattern-leavers)"></rect>"#.into(),
        }];
        let img = image(
            r#"<svg viewBox="0 0 640 200"><text>a&nbsp;b</text></svg>"#,
            &legend,
            &CAPTION,
        );
        assert!(img
            .svg
            .contains(r#"fill="url(#pattern-leavers)"></rect></g><text class="export__legend""#));
        assert!(img.svg.contains(">Replacing leavers</text>"));
        assert!(img.svg.contains("a&#160;b") && !img.svg.contains("&nbsp;"));
    }

    #[test]
    fn a_chart_without_a_view_box_is_left_out_rather_than_misplaced() {
        let img = image("<p>not a chart</p>", &[], &CAPTION);
        assert!(!img.svg.contains("not a chart"));
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
        let css = include_str!("../style/main.css");
        for line in css.lines() {
            let selector = line.split('{').next().unwrap_or("").trim();
            let chart_rule = [".chart__", ".fan__", ".tornado__", ".waterfall__"]
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
}
