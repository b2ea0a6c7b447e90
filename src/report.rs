//! What the page shows, as plain data: the results tables, headlines, chart series and CSV.
//!
//! Every count is rounded once here (with [`format::round_count`]); the table, the chart labels,
//! the headline and the CSV all read these rounded numbers, so they always agree.

use crate::calibration::{published_adult, published_children};
use crate::data::{self, ADULT_BASELINE, CHILDREN_BASELINE};
use crate::engine::{
    project_adult, project_children, project_provider, AdultAssumptions, ChildrenAssumptions,
    ChildrenProjection, Projection, ProviderAssumptions, Rate, BASE_YEAR,
};
use crate::format::{self, approx, approx_value, grouped, round_count, round_parts};
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
            let as_printed = r.note == Some(PUBLISHED_NOTE);
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
                let short = if as_printed {
                    "as published"
                } else if published {
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

/// The note on a row the appendix publishes, when the published assumptions are in use.
pub const PUBLISHED_NOTE: &str =
    "a year in the published table: figures as the appendix prints them";
/// The note on a published year's row when the assumptions differ from the published ones.
pub const PUBLISHED_YEAR_NOTE: &str = "a year in the published table";
/// The note on a row beyond the published population projection.
pub const EXTRAPOLATED_NOTE: &str = "extrapolated beyond the published projection";

/// How a row's figures are rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rounding {
    /// The parts add up to the rounded total (largest remainder): every row but the next.
    AddingUp,
    /// Each figure rounded on its own, as the appendix rounds its table: the published rows
    /// under the published assumptions, so they show the appendix's figures exactly.
    AsPublished,
}

fn county_rounding(year: u16, published_scenario: bool) -> Rounding {
    if published_scenario && PUBLISHED_YEARS.contains(&year) {
        Rounding::AsPublished
    } else {
        Rounding::AddingUp
    }
}

fn county_note(year: u16, extrapolated: bool, published_scenario: bool) -> Option<&'static str> {
    if extrapolated {
        Some(EXTRAPOLATED_NOTE)
    } else if PUBLISHED_YEARS.contains(&year) {
        Some(if published_scenario {
            PUBLISHED_NOTE
        } else {
            PUBLISHED_YEAR_NOTE
        })
    } else {
        None
    }
}

/// Rounds a cumulative total and its parts as `rounding` says.
fn round_row(total: f64, parts: &[f64], rounding: Rounding) -> (i64, Vec<i64>) {
    match rounding {
        Rounding::AddingUp => (round_count(total), round_parts(total, parts)),
        Rounding::AsPublished => (
            round_count(total),
            parts.iter().map(|&p| round_count(p)).collect(),
        ),
    }
}

/// The heading of the comparison column: the same total under the published assumptions.
pub const COMPARED_COLUMN: &str = "Published strategy total";
/// The heading of the difference column.
pub const DIFFERENCE_COLUMN: &str = "Difference from the published strategy";
/// The provider's comparison column: the same organisation at the county's published turnover.
pub const PROVIDER_COMPARED_COLUMN: &str = "At the county's 32.2% turnover";
/// The provider's difference column.
pub const PROVIDER_DIFFERENCE_COLUMN: &str = "Difference from 32.2% turnover";

/// Adds a comparison to `t`: the running total of `other` (the same table under the compared
/// assumptions, row for row) and the difference, `t` less `other`.
fn compare(
    mut t: ResultTable,
    other: &ResultTable,
    total: &str,
    headings: [&'static str; 2],
) -> ResultTable {
    let i = t
        .columns
        .iter()
        .position(|c| *c == total)
        .map_or(0, |i| i - 1);
    let j = other
        .columns
        .iter()
        .position(|c| *c == total)
        .map_or(0, |i| i - 1);
    for (row, theirs) in t.rows.iter_mut().zip(&other.rows) {
        let (ours, theirs) = (row.cells[i], theirs.cells[j]);
        row.cells.extend([theirs, ours - theirs]);
    }
    t.columns.extend(headings);
    t
}

/// The comparison figures of a table's last row, if it has them: `(compared total, difference)`.
pub fn comparison(t: &ResultTable) -> Option<(i64, i64)> {
    let i = t
        .columns
        .iter()
        .position(|c| *c == COMPARED_COLUMN || *c == PROVIDER_COMPARED_COLUMN)?
        - 1;
    t.last().map(|r| (r.cells[i], r.cells[i + 1]))
}

/// "about 3,100 more than the published strategy (34,948)", from a table with a comparison.
fn comparison_sentence(t: &ResultTable, what: &str) -> String {
    match comparison(t) {
        None => String::new(),
        Some((theirs, difference)) => {
            let d = approx_value(difference.abs());
            let how = if d == 0 {
                "about the same as".to_string()
            } else if difference > 0 {
                format!("about {} more than", grouped(d))
            } else {
                format!("about {} fewer than", grouped(d))
            };
            format!(" That is {how} {what} ({}).", grouped(theirs))
        }
    }
}

/// Whether adult assumptions are the published ones, whatever the horizon.
pub fn is_published_adult(a: &AdultAssumptions) -> bool {
    let p = published_adult();
    AdultAssumptions {
        horizon: p.horizon,
        ..*a
    } == p
}

/// Whether children's assumptions are the published ones, whatever the horizon.
pub fn is_published_children(a: &ChildrenAssumptions) -> bool {
    let p = published_children();
    ChildrenAssumptions {
        horizon: p.horizon,
        ..*a
    } == p
}

/// The adult results table: one row per year after 2022. Cumulative figures are rounded once
/// per row so that the parts add up to the total; each year's new staff is the difference of
/// the rounded totals, so that column adds up to the running total. Under the published
/// assumptions the published years are rounded figure by figure instead, as the appendix does,
/// and show its figures exactly (its 2027 row's parts add up to one more than its total).
pub fn adult_table(a: &AdultAssumptions, p: &Projection) -> ResultTable {
    let t = adult_table_alone(a, p);
    if is_published_adult(a) {
        return t;
    }
    let strategy = AdultAssumptions {
        horizon: a.horizon,
        ..published_adult()
    };
    let other = adult_table_alone(&strategy, &project_adult(&ADULT_BASELINE, &strategy));
    compare(
        t,
        &other,
        "Total new staff since 2022",
        [COMPARED_COLUMN, DIFFERENCE_COLUMN],
    )
}

fn adult_table_alone(a: &AdultAssumptions, p: &Projection) -> ResultTable {
    let published = is_published_adult(a);
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
    let mut total_before = 0;
    let rows = p.rows[1..]
        .iter()
        .map(|r| {
            let year = BASE_YEAR + r.step;
            let mut parts = vec![r.extra_for_demand, r.replacing_leavers];
            if a.fill_vacancies {
                parts.push(r.vacancies);
            }
            if a.add_reforms {
                parts.push(r.new_posts);
            }
            let (total, rounded) = round_row(r.total, &parts, county_rounding(year, published));
            let mut cells = vec![round_count(r.workforce)];
            cells.extend(rounded);
            cells.extend([total, total - total_before]);
            total_before = total;
            TableRow {
                label: year.to_string(),
                key: year,
                cells,
                note: county_note(year, r.extrapolated, published),
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

/// The children's results table: one row per year after 2022, the two groups adding up to all
/// roles and each year's recruitment the difference of the rounded running totals.
pub fn children_table(a: &ChildrenAssumptions, p: &ChildrenProjection) -> ResultTable {
    let t = children_table_alone(a, p);
    if is_published_children(a) {
        return t;
    }
    let strategy = ChildrenAssumptions {
        horizon: a.horizon,
        ..published_children()
    };
    let other = children_table_alone(&strategy, &project_children(&CHILDREN_BASELINE, &strategy));
    compare(
        t,
        &other,
        "All roles to recruit since 2022",
        [COMPARED_COLUMN, DIFFERENCE_COLUMN],
    )
}

fn children_table_alone(a: &ChildrenAssumptions, p: &ChildrenProjection) -> ResultTable {
    let published = is_published_children(a);
    let mut total_before = 0;
    let rows = (1..p.all.rows.len())
        .map(|i| {
            let (sw, other, all) = (p.social_work.rows[i], p.other.rows[i], p.all.rows[i]);
            let year = BASE_YEAR + all.step;
            let (total, groups) = round_row(
                all.total,
                &[sw.total, other.total],
                county_rounding(year, published),
            );
            let cells = vec![
                round_count(all.workforce),
                groups[0],
                groups[1],
                total,
                total - total_before,
            ];
            total_before = total;
            TableRow {
                label: year.to_string(),
                key: year,
                cells,
                note: county_note(year, all.extrapolated, published),
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

/// The provider results table: one row per year ahead. The running totals of growth, leavers
/// replaced and vacancies filled are rounded to add up to the running total of recruits; each
/// year's figures are the differences of those, so every row and column adds up.
pub fn provider_table(a: &ProviderAssumptions, p: &Projection) -> ResultTable {
    let t = provider_table_alone(a, p);
    let county = Rate::from_fraction(data::TURNOVER.value / 100.0);
    if a.turnover == county {
        return t;
    }
    let at_county = ProviderAssumptions {
        turnover: county,
        ..*a
    };
    let other = provider_table_alone(&at_county, &project_provider(&at_county));
    compare(
        t,
        &other,
        "Recruits so far",
        [PROVIDER_COMPARED_COLUMN, PROVIDER_DIFFERENCE_COLUMN],
    )
}

fn provider_table_alone(a: &ProviderAssumptions, p: &Projection) -> ResultTable {
    let mut before = (0, vec![0, 0, 0]);
    let rows = p.rows[1..]
        .iter()
        .map(|r| {
            let (total, parts) = round_row(
                r.total,
                &[r.replacing_leavers, r.extra_for_demand, r.vacancies],
                Rounding::AddingUp,
            );
            let cells = vec![
                round_count(r.workforce + r.vacancies),
                parts[0] - before.1[0],
                parts[1] - before.1[1],
                parts[2] - before.1[2],
                total - before.0,
                total,
            ];
            before = (total, parts);
            TableRow {
                label: format!("Year {}", r.step),
                key: r.step,
                cells,
                note: None,
            }
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
        "Staffordshire needs about {} new adult social care staff by {}, about {} a year.{}",
        grouped(approx_value(total)),
        a.horizon.get(),
        per_year(total, years),
        comparison_sentence(t, "the published strategy")
    )
}

/// The children's headline.
pub fn children_headline(a: &ChildrenAssumptions, t: &ResultTable) -> String {
    let total = t.last().map_or(0, |r| r.cells[3]);
    let years = a.horizon.get() - BASE_YEAR;
    format!(
        "Staffordshire County Council needs to recruit about {} children's social care staff by {}, about {} a year, to keep today's capacity.{}",
        grouped(approx_value(total)),
        a.horizon.get(),
        per_year(total, years),
        comparison_sentence(t, "the published strategy")
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
        "You will need to recruit about {} people over {}, about {} a year ({} in the first year).{}",
        grouped(approx_value(total)),
        span,
        per_year(total, years),
        grouped(first),
        comparison_sentence(t, "at the county's 32.2% turnover")
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

/// The parts of the total for each year of an adult table, for the stacked chart: the table's
/// own rounded figures (negative ones drawn as 0), so chart and table always agree.
pub fn adult_parts(t: &ResultTable) -> Vec<Part> {
    [
        ("Replacing leavers", "leavers"),
        ("Extra staff for demand", "demand"),
        ("Filling vacancies", "vacancies"),
        ("2023 reform posts", "reforms"),
    ]
    .into_iter()
    .filter_map(|(label, pattern)| {
        let i = t.columns.iter().position(|c| *c == label)? - 1;
        Some(Part {
            label,
            pattern,
            values: t.rows.iter().map(|r| r.cells[i].max(0)).collect(),
        })
    })
    .collect()
}

/// The two staff groups of a children's table, for the stacked chart (the table's own figures).
pub fn children_parts(t: &ResultTable) -> Vec<Part> {
    vec![
        Part {
            label: "Social work roles",
            pattern: "leavers",
            values: t.rows.iter().map(|r| r.cells[1].max(0)).collect(),
        },
        Part {
            label: "Other roles",
            pattern: "demand",
            values: t.rows.iter().map(|r| r.cells[2].max(0)).collect(),
        },
    ]
}

/// The running totals of a provider table's parts, for the stacked chart: leavers replaced,
/// growth and vacancies filled so far, each the sum of the table's own yearly figures (a
/// running total below zero, from shrinking, is drawn as 0).
pub fn provider_parts(t: &ResultTable) -> Vec<Part> {
    [
        (1, "Replacing leavers", "leavers"),
        (2, "Growth", "demand"),
        (3, "Filling vacancies", "vacancies"),
    ]
    .into_iter()
    .map(|(column, label, pattern)| {
        let mut so_far = 0;
        Part {
            label,
            pattern,
            values: t
                .rows
                .iter()
                .map(|r| {
                    so_far += r.cells[column];
                    so_far.max(0)
                })
                .collect(),
        }
    })
    .collect()
}

/// A one-line summary of an assumption for print and CSV file names.
pub fn describe_percent(label: &str, value: f64) -> String {
    format!("{label}: {}", format::percent(value, 2))
}

/// The approximate figure of a headline, for tests that check the four presentations agree.
pub fn headline_figure(total: i64) -> String {
    approx(total as f64)
}
