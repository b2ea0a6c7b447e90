//! Each view's results table: one row per year, rounded once.

use crate::calibration::{published_adult, published_children};
use crate::data::{self, ADULT_BASELINE, CHILDREN_BASELINE};
use crate::engine::{
    project_adult, project_children, project_provider, AdultAssumptions, ChildrenAssumptions,
    ChildrenProjection, Projection, ProviderAssumptions, Rate, BASE_YEAR,
};
use crate::format::round_count;

use super::compare::{
    compare, is_published_adult, is_published_children, COMPARED_COLUMN, DIFFERENCE_COLUMN,
    PROVIDER_COMPARED_COLUMN, PROVIDER_DIFFERENCE_COLUMN,
};
use super::rounding::{county_note, county_rounding, round_row, Rounding};
use super::table::{ResultTable, TableRow};

/// What a county table's caption adds under the published assumptions: which rows are the
/// appendix's and which the calculator's.
fn published_caption(published: bool) -> &'static str {
    if published {
        " (\u{201c}as published\u{201d}: the appendix's own figures; other years are the calculator's)"
    } else {
        ""
    }
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
            "New adult social care staff needed in Staffordshire, 2023 to {}{}",
            a.horizon.get(),
            published_caption(published)
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
            "Children's social care staff the county council needs to recruit, 2023 to {}{}",
            a.horizon.get(),
            published_caption(published)
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
