//! Charts to take away: a chart's drawing (the same [`Drawing`] the page shows, in the wide
//! layout) placed in a standalone image that carries its title, the scenario in a line, its
//! legend, the source and the link, all as marks of the image, as the page's download buttons
//! save it (as SVG, or drawn onto a canvas as PNG). Typed values in, one writer
//! ([`crate::svg::write`]) out, tested natively; the browser glue (the canvas, the download) is
//! in the binary's `browser.rs`.
//!
//! The image stands alone: its own white background, a `<style>` with the chart rules of
//! `style/main.css` (a test keeps them in step), system fonts, and no reference to anything
//! outside itself.

use crate::engine::{LaterBase, REFORM_YEAR};
use crate::fields::{Field, Unit};
use crate::format::{grouped, trim};
use crate::report::adult::later_base;
use crate::scenario::{default_text, value, RolePart, Scenario, View, ROLE_FIELDS};
use crate::svg::legend::SWATCH;
use crate::svg::{write, Anchor, Drawing, Key, Mark, Rect, Shape, Style};

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
    ".chart__col--role5 { fill: url(#pattern-role5); }\n",
    ".chart__col--role6 { fill: url(#pattern-role6); }\n",
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
    ".export__background { fill: #ffffff; }\n",
    ".legend__swatch .chart__col { stroke-width: 1; }\n",
);

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

/// A standalone image: its title, its size in CSS pixels and what it draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    /// Its title (the document's `<title>`).
    pub title: String,
    /// Width in CSS pixels.
    pub width: u32,
    /// Height in CSS pixels.
    pub height: u32,
    /// What it draws, in painting order: the white background, the title, the scenario, the
    /// legend, the chart, the source and the link.
    pub marks: Vec<Mark>,
}

impl Image {
    /// The image as an SVG document.
    pub fn svg(&self) -> String {
        write::document(
            f64::from(self.width),
            f64::from(self.height),
            &self.title,
            STYLE,
            &self.marks,
        )
    }
}

/// Places a chart's drawing in a standalone image: title, scenario line and legend above,
/// source and link below, on white.
pub fn image(chart: &Drawing, legend: &[Key], caption: &Caption) -> Image {
    let mut marks = Vec::new();
    let line = |style, y, content: String| Mark::text(style, MARGIN, y, Anchor::Start, content);
    let mut y = MARGIN;
    for l in wrap(caption.title, 52) {
        y += 22.0;
        marks.push(line(Style::Title, y, l));
        y += 4.0;
    }
    y += 4.0;
    for l in wrap(caption.scenario, 80) {
        y += 18.0;
        marks.push(line(Style::Scenario, y, l));
    }
    y += 10.0;
    if !legend.is_empty() {
        let mut x = MARGIN;
        let row = 24.0;
        y += 4.0;
        for key in legend {
            let width = SWATCH + 6.0 + 7.5 * key.label.chars().count() as f64 + 20.0;
            if x > MARGIN && x + width > MARGIN + CONTENT {
                x = MARGIN;
                y += row;
            }
            marks.push(Mark::Group {
                class: "legend__swatch",
                marks: key.swatch.marks(x, y),
            });
            marks.push(Mark::text(
                Style::Legend,
                x + SWATCH + 6.0,
                y + 13.0,
                Anchor::Start,
                key.label.as_str(),
            ));
            x += width;
        }
        y += row;
    }
    if chart.width > 0.0 && chart.height > 0.0 {
        let height = chart.height * CONTENT / chart.width;
        marks.push(Mark::Chart {
            at: Rect {
                x: MARGIN,
                y,
                w: CONTENT,
                h: height,
            },
            drawing: Box::new(chart.clone()),
        });
        y += height;
    }
    y += 16.0;
    for l in wrap(caption.source, 92) {
        y += 16.0;
        marks.push(line(Style::Source, y, l));
    }
    let mut link = Vec::new();
    for l in chunks(caption.link, 92) {
        y += 16.0;
        link.push(line(Style::Link, y, l));
    }
    marks.push(Mark::Link {
        href: caption.link.to_string(),
        marks: link,
    });
    let height = (y + MARGIN).ceil() as u32;
    marks.insert(
        0,
        Mark::Path {
            class: "export__background",
            shape: Shape::Rects(vec![Rect {
                x: 0.0,
                y: 0.0,
                w: f64::from(WIDTH),
                h: f64::from(height),
            }]),
        },
    );
    Image {
        title: caption.title.to_string(),
        width: WIDTH,
        height,
        marks,
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

/// One assumption of a scenario in words: its label, its value as the results use it, and the
/// published value where this one differs from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stated {
    /// The field.
    pub field: Field,
    /// Its value in words: "28%", "2032", "1,200", "yes", "published path".
    pub value: String,
    /// The published value in the same words, when the value differs from it.
    pub published: Option<String>,
}

/// The view's assumptions in words, in the form's order (not its target, seed or ranges; the
/// link carries everything). An invalid field is described at its published value, as the
/// results use it. The vacancy rate is described only where it changes the figures: when
/// today's vacancies are filled at a rate other than the published one.
pub fn assumptions(s: &Scenario) -> Vec<Stated> {
    let vacancy_rate_counts = s.form.get(Field::IncludeVacancies) == "1"
        && s.form.get(Field::VacancyRate) != default_text(Field::VacancyRate);
    let roles = s.form.roles();
    let later = later_base(&s.form);
    s.view
        .fields()
        .filter(|&f| !matches!(f, Field::Seed | Field::Spread) && Some(f) != s.view.target_field())
        .filter(|&f| f != Field::VacancyRate || vacancy_rate_counts)
        // A provider's roles carry its staff, turnover and vacancies ([`roles_in_words`]).
        .filter(|&f| roles.is_empty() || !ROLE_FIELDS.contains(&f))
        // The optional cost and first-year turnover are stated only once entered.
        .filter(|&f| {
            !matches!(f, Field::RecruitCost | Field::FirstYearTurnover)
                || !s.form.get(f).trim().is_empty()
        })
        .filter(|&f| counts_with(f, later))
        .map(|f| {
            let published = value(f, &default_text(f)).unwrap_or(None);
            let v = value(f, s.form.get(f)).unwrap_or(published);
            match (f, v) {
                // The later base's figures are the visitor's own: there is no published one.
                (Field::BaseYear | Field::InPost | Field::VacantThen, Some(v)) => Stated {
                    field: f,
                    value: match f {
                        Field::BaseYear => format!("{v} (your figures, not the appendix\u{2019}s)"),
                        _ => in_words(f, Some(v)),
                    },
                    published: None,
                },
                _ => Stated {
                    field: f,
                    value: in_words(f, v),
                    published: (v != published).then(|| in_words(f, published)),
                },
            }
        })
        .collect()
}

/// A provider's roles in words, one each, as the link gives them: "Care workers: 30 staff, 36.1%
/// turnover, 3 vacant". Empty for one "All staff" role given by the plain fields.
pub fn roles_in_words(s: &Scenario) -> Vec<String> {
    s.form
        .roles()
        .iter()
        .enumerate()
        .map(|(i, r)| {
            format!(
                "{}: {} staff, {}% turnover, {} vacant",
                r.shown_name(i),
                trim(r.number(RolePart::Staff), 3),
                trim(r.number(RolePart::Turnover), 3),
                trim(r.number(RolePart::Vacancies), 3)
            )
        })
        .collect()
}

/// Whether a field changes the adult figures, given the later base (if any): the later base's
/// fields only with it (the vacant posts only if given), today's vacancies only without it,
/// the 2023 reform posts only from a base year before 2023.
fn counts_with(field: Field, later: Option<LaterBase>) -> bool {
    match field {
        Field::BaseYear | Field::InPost => later.is_some(),
        Field::VacantThen => later.is_some_and(|b| b.vacant.get() > 0.0),
        Field::IncludeVacancies | Field::VacancyRate => later.is_none(),
        Field::IncludeReforms => later.is_none_or(|b| b.year.get() < REFORM_YEAR),
        _ => true,
    }
}

/// Whose the default values of a view are, as a brief names them beside a changed value: the
/// strategy's for the county views, an example's for a provider's own figures.
pub fn whose_default(view: View) -> &'static str {
    match view {
        View::Provider => "the example\u{2019}s",
        _ => "the strategy\u{2019}s",
    }
}

/// The scenario in a line ([`roles_in_words`], then [`assumptions`]): "Scenario: target year
/// 2032, staff turnover 28%, …".
pub fn scenario_line(s: &Scenario) -> String {
    let mut parts = roles_in_words(s);
    parts.extend(assumptions(s).into_iter().map(|a| {
        let label = lower_first(a.field.label());
        match (a.field.spec().unit, a.value.as_str()) {
            (Unit::Flag, _) | (_, PUBLISHED_PATH) => format!("{label}: {}", a.value),
            _ => format!("{label} {}", a.value),
        }
    }));
    if parts.is_empty() {
        String::new()
    } else {
        format!("Scenario: {}.", parts.join(", "))
    }
}

/// How an absent value (a field whose published value is a path, not a number) is described.
const PUBLISHED_PATH: &str = "published path";

/// A field's value in words ("28%", "2032", "1,200", "yes", "published path").
fn in_words(field: Field, v: Option<f64>) -> String {
    let number = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            grouped(v as i64)
        } else {
            trim(v, 3)
        }
    };
    match (field.spec().unit, v) {
        (_, None) => PUBLISHED_PATH.to_string(),
        (Unit::Flag, Some(v)) => (if v == 1.0 { "yes" } else { "no" }).to_string(),
        (Unit::Percent, Some(v)) => format!("{}%", trim(v, 3)),
        (Unit::Year, Some(v)) => format!("{v}"),
        (Unit::Years, Some(v)) => trim(v, 0),
        (Unit::People | Unit::Number, Some(v)) => number(v),
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
mod tests;
