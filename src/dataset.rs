//! The results table as a download that says what it is: a plain CSV (RFC 4180, one header
//! row, numbers only under the figures' headings, so a spreadsheet, pandas or R read it with no
//! cleaning) and beside it its description in W3C "CSV on the Web" metadata
//! (<https://www.w3.org/TR/tabular-metadata/>): the title, the source and the data's date, the
//! calculator's version, the scenario's assumptions and link, and each column's title and
//! datatype. The file names name the view and the scenario, so two downloads of different
//! scenarios never share a name; the metadata's name is the CSV's with `-metadata.json`, where a
//! CSVW processor looks for it.

use serde::Serialize;

use crate::data;
use crate::edition;
use crate::export::{assumptions, roles_in_words, whose_default};
use crate::fields::{Field, Unit};
use crate::format::trim;
use crate::report::adult::later_base;
use crate::report::Grid;
use crate::scenario::{value, Scenario};

/// A file name part longer than this is replaced by a short hash of it.
const LONGEST_PART: usize = 60;

/// The name the CSV downloads as: `care-workforce-<view>-<scenario>.csv`, where the scenario
/// is `published` with every assumption as published, and otherwise each changed assumption's
/// URL key and value in the form's order (`care-workforce-adult-turnover28-vacancies1.csv`),
/// or, if that would be long, a stable hash of them (`scenario-1a2b3c4d`). A scenario from the
/// visitor's own later base starts with `own-figures-`
/// (`care-workforce-adult-own-figures-base2025-inpost24000.csv`).
pub fn csv_name(s: &Scenario) -> String {
    format!("care-workforce-{}-{}.csv", s.view.key(), scenario_part(s))
}

/// The name its metadata downloads as: the CSV's name followed by `-metadata.json`.
pub fn metadata_name(s: &Scenario) -> String {
    format!("{}-metadata.json", csv_name(s))
}

fn scenario_part(s: &Scenario) -> String {
    let stated = assumptions(s);
    let own = stated.iter().any(|a| a.field == Field::BaseYear);
    let changed: Vec<String> = stated
        .into_iter()
        .filter(|a| a.published.is_some() || LATER_BASE.contains(&a.field))
        .map(|a| {
            let v = value(a.field, s.form.get(a.field)).ok().flatten();
            let shown = match (a.field.spec().unit, v) {
                (_, None) => "path".to_string(),
                (Unit::Flag, Some(v)) => (if v == 1.0 { "1" } else { "0" }).to_string(),
                (_, Some(v)) => trim(v, 3),
            };
            format!("{}{shown}", a.field.key())
        })
        .collect();
    let roles = roles_in_words(s);
    let mut changed = changed;
    if !roles.is_empty() {
        // Roles are not fields: a short hash of them tells two plans by role apart.
        changed.insert(0, format!("roles{:08x}", fnv1a(&roles.join("\n"))));
    }
    let part = changed.join("-");
    let part = if part.is_empty() {
        "published".to_string()
    } else if part.len() > LONGEST_PART {
        format!("scenario-{:08x}", fnv1a(&part))
    } else {
        part
    };
    if own {
        format!("own-figures-{part}")
    } else {
        part
    }
}

/// The fields of the visitor's own later base: named in the file name whenever they are used
/// (they have no published value to differ from).
const LATER_BASE: [Field; 3] = [Field::BaseYear, Field::InPost, Field::VacantThen];

/// FNV-1a, 32 bits: a short, stable name for a long scenario (not a security measure).
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The CSVW description of a downloaded table ([`Metadata::json`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Metadata {
    #[serde(rename = "@context")]
    context: (&'static str, Language),
    /// The CSV it describes (its file name, beside it).
    url: String,
    #[serde(rename = "dc:title")]
    title: String,
    #[serde(rename = "dc:description")]
    description: String,
    #[serde(rename = "dc:source")]
    source: String,
    #[serde(rename = "dc:temporal")]
    data_year: String,
    #[serde(rename = "dc:publisher")]
    publisher: &'static str,
    #[serde(rename = "dc:created")]
    created: String,
    #[serde(rename = "dc:hasVersion")]
    version: String,
    #[serde(rename = "prov:wasGeneratedBy")]
    generated_by: Generated,
    /// The link that opens this scenario in the calculator.
    #[serde(rename = "rdfs:seeAlso")]
    link: String,
    /// The assumptions, one sentence each.
    notes: Vec<String>,
    #[serde(rename = "tableSchema")]
    schema: Schema,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
struct Language {
    #[serde(rename = "@language")]
    language: &'static str,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
struct Generated {
    #[serde(rename = "rdfs:label")]
    label: String,
    #[serde(rename = "prov:used")]
    used: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
struct Schema {
    columns: Vec<ColumnSchema>,
    #[serde(rename = "primaryKey")]
    primary_key: Key,
}

/// A CSVW primary key: one column's name, or several (the role and the year).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
enum Key {
    One(String),
    Many(Vec<String>),
}

/// The fields of one CSV line (RFC 4180: a field may be quoted, a quote doubled inside it).
fn csv_cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let (mut quoted, mut chars) = (false, line.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(std::mem::take(&mut cell)),
            (c, _) => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

#[derive(Clone, Debug, PartialEq, Serialize)]
struct ColumnSchema {
    name: String,
    titles: String,
    datatype: &'static str,
    required: bool,
}

impl Metadata {
    /// The description of `csv` (the file downloaded, whose first `labels` columns head its
    /// rows: the year, or the role and the year) made from `grid` (the table as shown, for its
    /// caption) for scenario `s`, opened at `link`, downloaded on `created` (YYYY-MM-DD, the
    /// visitor's date).
    pub fn new(
        s: &Scenario,
        grid: &Grid,
        csv: &str,
        labels: usize,
        link: &str,
        created: &str,
    ) -> Metadata {
        let by = whose_default(s.view);
        let mut notes = roles_in_words(s);
        notes.extend(assumptions(s).into_iter().map(|a| match a.published {
            Some(p) => format!("{}: {} ({by}: {p})", a.field.label(), a.value),
            None => format!("{}: {}", a.field.label(), a.value),
        }));
        let mut lines = csv.lines().map(csv_cells);
        let headings = lines.next().unwrap_or_default();
        let rows: Vec<Vec<String>> = lines.collect();
        let columns: Vec<ColumnSchema> = headings
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let years = rows.iter().all(|r| {
                    r.get(i)
                        .is_some_and(|c| c.len() == 4 && c.parse::<u16>().is_ok())
                });
                ColumnSchema {
                    name: column_name(h),
                    titles: h.clone(),
                    datatype: match (i < labels, years) {
                        (true, true) => "gYear",
                        (true, false) => "string",
                        (false, _) => "integer",
                    },
                    required: true,
                }
            })
            .collect();
        let key: Vec<String> = columns
            .iter()
            .take(labels)
            .map(|c| c.name.clone())
            .collect();
        let primary_key = match key.as_slice() {
            [one] => Key::One(one.clone()),
            _ => Key::Many(key),
        };
        Metadata {
            context: ("http://www.w3.org/ns/csvw", Language { language: "en" }),
            url: csv_name(s),
            title: grid.caption.clone(),
            description: format!(
                "{} Made by the Care Workforce Calculator from the assumptions in the notes; the link opens the same scenario.",
                grid.caption
            ),
            source: edition::source(),
            data_year: format!(
                "{} (the appendix); workforce figures {} (Skills for Care){}",
                data::APPENDIX_YEAR,
                data::FIGURES_YEAR,
                later_base(&s.form).map_or(String::new(), |b| format!(
                    "; the {} starting workforce is the visitor\u{2019}s own figure, not the appendix\u{2019}s",
                    b.year.get()
                ))
            ),
            publisher: data::PUBLISHER,
            created: created.to_string(),
            version: edition::VERSION.to_string(),
            generated_by: Generated {
                label: edition::version_line(),
                used: edition::data_line(),
            },
            link: link.to_string(),
            notes,
            schema: Schema {
                primary_key,
                columns,
            },
        }
    }

    /// The description as JSON (CSVW metadata, JSON-LD).
    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// A column's CSVW name from its heading: lower case, words joined by `_`
/// ("Total new staff since 2022" → `total_new_staff_since_2022`).
fn column_name(heading: &str) -> String {
    heading
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

#[cfg(test)]
mod tests;
