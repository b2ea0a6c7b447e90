//! What the page shows, as plain data: the results tables, headlines, chart series and CSV.
//!
//! Every count is rounded once here (with [`format::round_count`]); the table, the chart labels,
//! the headline and the CSV all read these rounded numbers, so they always agree.

use crate::engine::{
    AdultAssumptions, ChildrenAssumptions, ChildrenProjection, Projection, ProviderAssumptions,
    BASE_YEAR,
};
use crate::format::{self, approx, approx_value, grouped, round_count};
use crate::svg::escape;

/// One row of a results table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    /// The row heading ("2032", "Year 3").
    pub label: String,
    /// The calendar year, or the year ahead for a provider (for `data-year`).
    pub key: u16,
    /// The rounded figures, one per data column.
    pub cells: Vec<i64>,
    /// A note on the row ("published year", "extrapolated").
    pub note: Option<&'static str>,
}

/// A results table: what the page shows and the CSV downloads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultTable {
    /// What the table shows.
    pub caption: String,
    /// Column headings, the first for the row headings.
    pub columns: Vec<&'static str>,
    /// Rows in year order.
    pub rows: Vec<TableRow>,
}

impl ResultTable {
    /// The table as CSV (RFC 4180: comma separated, CRLF line ends, quoted where needed).
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let header: Vec<String> = self.columns.iter().map(|c| csv_field(c)).collect();
        out.push_str(&header.join(","));
        out.push_str("\r\n");
        for row in &self.rows {
            let mut fields = vec![csv_field(&row.label)];
            fields.extend(row.cells.iter().map(i64::to_string));
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// The last row, if any.
    pub fn last(&self) -> Option<&TableRow> {
        self.rows.last()
    }

    /// The header row's cells as HTML (`<th scope="col">` each).
    pub fn head_html(&self) -> String {
        self.columns
            .iter()
            .map(|c| format!("<th scope=\"col\">{}</th>", escape(c)))
            .collect()
    }

    /// The body rows as HTML: a row heading (with a tag for a published or extrapolated year)
    /// and the rounded figures. One string, so an update is one DOM write, not one per cell.
    pub fn body_html(&self) -> String {
        let mut out = String::with_capacity(self.rows.len() * 160);
        for r in &self.rows {
            let published = r.note.is_some_and(|n| n.starts_with("a year"));
            out.push_str(&format!(
                "<tr data-year=\"{}\"{}><th scope=\"row\">{}",
                r.key,
                if published {
                    " class=\"row--published\""
                } else {
                    ""
                },
                escape(&r.label)
            ));
            if let Some(note) = r.note {
                let short = if published {
                    "published year"
                } else {
                    "extrapolated"
                };
                out.push_str(&format!(
                    " <span class=\"tag\" title=\"{}\">{short}</span>",
                    escape(note)
                ));
            }
            out.push_str("</th>");
            for c in &r.cells {
                out.push_str(&format!("<td>{}</td>", grouped(*c)));
            }
            out.push_str("</tr>");
        }
        out
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calibration::published_adult;
    use crate::data::ADULT_BASELINE;
    use crate::engine::project_adult;

    #[test]
    fn table_html_marks_published_years_and_matches_the_csv() {
        let a = published_adult();
        let t = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
        let body = t.body_html();
        assert_eq!(body.matches("<tr ").count(), 10);
        assert!(body.contains("<tr data-year=\"2032\" class=\"row--published\"><th scope=\"row\">2032 <span class=\"tag\""));
        assert!(body.contains("<td>34,948</td>"));
        assert!(t.to_csv().contains(",34948,"));
        assert!(t.head_html().starts_with("<th scope=\"col\">Year</th>"));
    }
}

/// The years the appendix publishes figures for.
pub const PUBLISHED_YEARS: [u16; 3] = [2024, 2027, 2032];

fn county_note(year: u16, extrapolated: bool) -> Option<&'static str> {
    if extrapolated {
        Some("extrapolated beyond the published population projection")
    } else if PUBLISHED_YEARS.contains(&year) {
        Some("a year in the published table")
    } else {
        None
    }
}

/// The adult results table: one row per year after 2022.
pub fn adult_table(a: &AdultAssumptions, p: &Projection) -> ResultTable {
    let mut columns = vec![
        "Year",
        "Workforce required",
        "Extra staff for demand",
        "Replacing leavers",
    ];
    if a.fill_vacancies {
        columns.push("Filling vacancies");
    }
    if a.add_reforms {
        columns.push("2023 reform posts");
    }
    columns.extend(["Total new staff since 2022", "New staff that year"]);
    let rows = p.rows[1..]
        .iter()
        .map(|r| {
            let year = BASE_YEAR + r.step;
            let mut cells = vec![
                round_count(r.workforce),
                round_count(r.extra_for_demand),
                round_count(r.replacing_leavers),
            ];
            if a.fill_vacancies {
                cells.push(round_count(r.vacancies));
            }
            if a.add_reforms {
                cells.push(round_count(r.new_posts));
            }
            cells.extend([round_count(r.total), round_count(r.in_year)]);
            TableRow {
                label: year.to_string(),
                key: year,
                cells,
                note: county_note(year, r.extrapolated),
            }
        })
        .collect();
    ResultTable {
        caption: format!(
            "New adult social care staff needed in Staffordshire, 2023 to {}",
            a.horizon.get()
        ),
        columns,
        rows,
    }
}

/// The children's results table: one row per year after 2022.
pub fn children_table(a: &ChildrenAssumptions, p: &ChildrenProjection) -> ResultTable {
    let rows = (1..p.all.rows.len())
        .map(|i| {
            let (sw, other, all) = (p.social_work.rows[i], p.other.rows[i], p.all.rows[i]);
            let year = BASE_YEAR + all.step;
            TableRow {
                label: year.to_string(),
                key: year,
                cells: vec![
                    round_count(all.workforce),
                    round_count(sw.total),
                    round_count(other.total),
                    round_count(all.total),
                    round_count(all.in_year),
                ],
                note: county_note(year, all.extrapolated),
            }
        })
        .collect();
    ResultTable {
        caption: format!(
            "Children's social care staff the county council needs to recruit, 2023 to {}",
            a.horizon.get()
        ),
        columns: vec![
            "Year",
            "Roles needed",
            "Social work roles to recruit since 2022",
            "Other roles to recruit since 2022",
            "All roles to recruit since 2022",
            "All roles that year",
        ],
        rows,
    }
}

/// The provider results table: one row per year ahead.
pub fn provider_table(a: &ProviderAssumptions, p: &Projection) -> ResultTable {
    let rows = p.rows[1..]
        .iter()
        .zip(&p.rows)
        .map(|(r, before)| TableRow {
            label: format!("Year {}", r.step),
            key: r.step,
            cells: vec![
                round_count(r.workforce + r.vacancies),
                round_count(r.leavers_in_year),
                round_count(r.workforce - before.workforce),
                round_count(if r.step == 1 { r.vacancies } else { 0.0 }),
                round_count(r.in_year),
                round_count(r.total),
            ],
            note: None,
        })
        .collect();
    ResultTable {
        caption: format!(
            "People your organisation needs to recruit over the next {} years",
            a.years.get()
        ),
        columns: vec![
            "Year ahead",
            "Staff needed",
            "Replacing leavers that year",
            "Growth that year",
            "Filling vacancies",
            "Recruits that year",
            "Recruits so far",
        ],
        rows,
    }
}

/// "about 3,500 a year" from a rounded total over a number of years.
fn per_year(total: i64, years: u16) -> String {
    let years = i64::from(years.max(1));
    grouped(approx_value((total + years / 2) / years))
}

/// The adult headline, from the table's own rounded total.
pub fn adult_headline(a: &AdultAssumptions, t: &ResultTable) -> String {
    let total = total_cell(t);
    let years = a.horizon.get() - BASE_YEAR;
    format!(
        "Staffordshire needs about {} new adult social care staff by {}, about {} a year.",
        grouped(approx_value(total)),
        a.horizon.get(),
        per_year(total, years)
    )
}

/// The children's headline.
pub fn children_headline(a: &ChildrenAssumptions, t: &ResultTable) -> String {
    let total = t.last().map_or(0, |r| r.cells[3]);
    let years = a.horizon.get() - BASE_YEAR;
    format!(
        "Staffordshire County Council needs to recruit about {} children's social care staff by {}, about {} a year, to keep today's capacity.",
        grouped(approx_value(total)),
        a.horizon.get(),
        per_year(total, years)
    )
}

/// The provider headline.
pub fn provider_headline(a: &ProviderAssumptions, t: &ResultTable) -> String {
    let total = t.last().map_or(0, |r| r.cells[5]);
    let first = t.rows.first().map_or(0, |r| r.cells[4]);
    let years = a.years.get();
    let span = if years == 1 {
        "the next year".to_string()
    } else {
        format!("the next {years} years")
    };
    format!(
        "You will need to recruit about {} people over {}, about {} a year ({} in the first year).",
        grouped(approx_value(total)),
        span,
        per_year(total, years),
        grouped(first)
    )
}

/// The rounded "Total new staff since 2022" of the last row of an adult table.
pub fn total_cell(t: &ResultTable) -> i64 {
    let i = t
        .columns
        .iter()
        .position(|c| *c == "Total new staff since 2022")
        .map_or(0, |i| i - 1);
    t.last().map_or(0, |r| r.cells[i])
}

/// One stacked part of a chart: a label and a value per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The legend label.
    pub label: &'static str,
    /// A stable name for the part's fill pattern.
    pub pattern: &'static str,
    /// The rounded value for each year, never negative.
    pub values: Vec<i64>,
}

/// The parts of the total for each year of a county projection (skipping the base year).
pub fn parts(p: &Projection) -> Vec<Part> {
    let rows = &p.rows[1..];
    let part = |label, pattern, f: fn(&crate::engine::YearRow) -> f64| Part {
        label,
        pattern,
        values: rows.iter().map(|r| round_count(f(r)).max(0)).collect(),
    };
    let mut out = vec![
        part("Replacing leavers", "leavers", |r| r.replacing_leavers),
        part("Extra staff for demand", "demand", |r| r.extra_for_demand),
    ];
    if rows.iter().any(|r| r.vacancies > 0.0) {
        out.push(part("Filling vacancies", "vacancies", |r| r.vacancies));
    }
    if rows.iter().any(|r| r.new_posts > 0.0) {
        out.push(part("2023 reform posts", "reforms", |r| r.new_posts));
    }
    out
}

/// A one-line summary of an assumption for print and CSV file names.
pub fn describe_percent(label: &str, value: f64) -> String {
    format!("{label}: {}", format::percent(value, 2))
}

/// The approximate figure of a headline, for tests that check the four presentations agree.
pub fn headline_figure(total: i64) -> String {
    approx(total as f64)
}
