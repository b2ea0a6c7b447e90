//! A provider's results by role: each role's rows, rounded once so that the roles add up to the
//! organisation's printed figures in every year and in the running totals, and the grid, CSV,
//! chart parts, headline sentence and working that read them.
//!
//! How they add up: in each year the organisation's rounded running total (its table's) is
//! shared out among the roles by largest remainder of their unrounded running totals, and so is
//! its staff needed; each role's yearly figure is the difference of its running totals, so the
//! roles' yearly figures add up to the organisation's too. Within a role, each year's leavers
//! replaced, growth and vacancies filled are rounded to add up to its recruits that year.

use std::borrow::Cow;

use crate::data;
use crate::engine::{Organisation, RoleProjections};
use crate::format::{grouped, percent, round_count, round_parts};

use super::parts::Part;
use super::provider::{year_parts, ProviderRow};
use super::table::{Grid, GridRow, Row, RowKind, Table};
use super::working::staff_years;

/// One role's rows, as its share of the organisation's table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleRows {
    /// The role's name.
    pub name: String,
    /// One row per year ahead, as the organisation's table's (no comparison).
    pub rows: Vec<ProviderRow>,
}

impl RoleRows {
    /// The role's recruits over the whole period.
    pub fn total(&self) -> i64 {
        self.rows.last().map_or(0, |r| r.total)
    }
}

/// The roles' rows, adding up to table `t` of the organisation whose projections are `p`.
pub fn role_rows(o: &Organisation, p: &RoleProjections, t: &Table<ProviderRow>) -> Vec<RoleRows> {
    let n = o.roles.len();
    let mut out: Vec<RoleRows> = o
        .roles
        .iter()
        .map(|r| RoleRows {
            name: r.name.clone(),
            rows: Vec::with_capacity(t.rows.len()),
        })
        .collect();
    let mut before = vec![0_i64; n];
    for (k, org) in t.rows.iter().enumerate() {
        let year = |i: usize| p.roles[i].rows[k + 1];
        let totals = round_parts(
            org.total as f64,
            &(0..n).map(|i| year(i).total).collect::<Vec<_>>(),
        );
        let needed = round_parts(
            org.staff_needed as f64,
            &(0..n)
                .map(|i| year(i).workforce + year(i).vacancies)
                .collect::<Vec<_>>(),
        );
        for i in 0..n {
            let in_year = totals[i] - before[i];
            let [leavers, growth, vacancies] = year_parts(in_year, &year(i), &p.roles[i].rows[k]);
            out[i].rows.push(ProviderRow {
                year: org.year,
                staff_needed: needed[i],
                replacing_leavers: leavers,
                growth,
                vacancies,
                in_year,
                total: totals[i],
                cost_in_year: None,
                cost_so_far: None,
                compared: None,
            });
            before[i] = totals[i];
        }
    }
    out
}

/// The table by role: recruits each year in each role and in all, and a last row of the
/// totals over the period.
pub fn role_grid(roles: &[RoleRows], t: &Table<ProviderRow>) -> Grid {
    let mut headings = vec![ProviderRow::HEADING.to_string()];
    headings.extend(roles.iter().map(|r| r.name.clone()));
    headings.push(ALL_ROLES.to_string());
    let mut rows: Vec<GridRow> = t
        .rows
        .iter()
        .enumerate()
        .map(|(k, org)| GridRow {
            key: org.year,
            label: org.label(),
            kind: RowKind::YearAhead,
            figures: roles
                .iter()
                .map(|r| r.rows[k].in_year)
                .chain([org.in_year])
                .collect(),
        })
        .collect();
    if let Some(last) = t.last() {
        rows.push(GridRow {
            key: 0,
            label: format!("All {} years", t.rows.len()),
            kind: RowKind::YearAhead,
            figures: roles
                .iter()
                .map(RoleRows::total)
                .chain([last.total])
                .collect(),
        });
    }
    Grid {
        caption: "Recruits each year by role (the last row: over the whole period)".to_string(),
        headings,
        rows,
    }
}

/// The name the organisation's rows go by in the table and CSV by role.
pub const ALL_ROLES: &str = "All roles";

/// The results by role as CSV in long format: a row per role and year (then the organisation's
/// rows as "All roles"), with the figures of the organisation's table but its comparison.
pub fn role_csv(roles: &[RoleRows], t: &Table<ProviderRow>) -> String {
    let columns: Vec<_> = ProviderRow::COLUMNS
        .iter()
        .filter(|c| {
            roles
                .iter()
                .flat_map(|r| &r.rows)
                .any(|r| (c.value)(r).is_some())
        })
        .collect();
    let mut grid = Grid {
        caption: String::new(),
        headings: vec!["Role".to_string(), ProviderRow::HEADING.to_string()],
        rows: Vec::new(),
    };
    grid.headings
        .extend(columns.iter().map(|c| t.heading(c.heading)));
    let mut lines = Vec::new();
    let all = RoleRows {
        name: ALL_ROLES.to_string(),
        rows: t.rows.clone(),
    };
    for role in roles.iter().chain([&all]) {
        for r in &role.rows {
            lines.push((
                role.name.clone(),
                r.label(),
                columns
                    .iter()
                    .map(|c| (c.value)(r).unwrap_or(0))
                    .collect::<Vec<_>>(),
            ));
        }
    }
    grid.to_csv_with(&lines)
}

/// The patterns roles are drawn in, in order (more roles than these reuse them in turn).
const ROLE_PATTERNS: [&str; 6] = [
    "leavers",
    "demand",
    "vacancies",
    "reforms",
    "role5",
    "role6",
];

/// The roles' running totals for the stacked chart, each in its own pattern.
pub fn role_parts(roles: &[RoleRows]) -> Vec<Part> {
    roles
        .iter()
        .enumerate()
        .map(|(i, r)| Part {
            label: Cow::Owned(r.name.clone()),
            pattern: ROLE_PATTERNS[i % ROLE_PATTERNS.len()],
            values: r.rows.iter().map(|row| row.total.max(0)).collect(),
        })
        .collect()
}

/// The headline's sentence on the role that needs the most recruits ("" for one role).
pub fn busiest_role(roles: &[RoleRows]) -> String {
    if roles.len() < 2 {
        return String::new();
    }
    let all: i64 = roles.iter().map(RoleRows::total).sum();
    let Some(top) = roles.iter().max_by_key(|r| r.total()) else {
        return String::new();
    };
    let share = if all > 0 {
        format!(
            " ({} of all recruits)",
            percent(100.0 * top.total() as f64 / all as f64, 0)
        )
    } else {
        String::new()
    };
    format!(
        " The role that needs the most: {}, {}{share}.",
        top.name.to_lowercase(),
        grouped(top.total())
    )
}

/// The working's line for each role.
pub fn role_working(o: &Organisation, p: &RoleProjections, roles: &[RoleRows]) -> Vec<String> {
    o.roles
        .iter()
        .zip(&p.roles)
        .zip(roles)
        .map(|((role, proj), rows)| {
            let sum = |f: fn(&ProviderRow) -> i64| rows.rows.iter().map(f).sum::<i64>();
            let vacancies = sum(|r| r.vacancies);
            let leavers = match o.first_year {
                None => format!(
                    "{} turnover \u{d7} {} (staff in post each year, added up) = {}",
                    percent(role.turnover.as_percent(), 2),
                    grouped(round_count(staff_years(proj))),
                    grouped(sum(|r| r.replacing_leavers))
                ),
                Some(_) => format!(
                    "{} (settled staff at {} turnover, {} of them people recruited in the period who left in their first year)",
                    grouped(sum(|r| r.replacing_leavers)),
                    percent(role.turnover.as_percent(), 2),
                    grouped(round_count(proj.last().first_year_leavers))
                ),
            };
            format!(
                "{}: {} staff now; leavers replaced: {leavers}; growth {}{}; recruits {}.",
                rows.name,
                grouped(round_count(role.staff.get())),
                grouped(sum(|r| r.growth)),
                if vacancies != 0 {
                    format!("; vacant posts filled {}", grouped(vacancies))
                } else {
                    String::new()
                },
                grouped(rows.total())
            )
        })
        .collect()
}

/// What a role is set against, as its fields' hints say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Benchmarks {
    /// Under the role's turnover: the county's.
    pub turnover: String,
    /// Under the role's vacant posts: its vacancy rate beside the West Midlands rate for the
    /// role (or for all roles, when its name is not one the appendix gives) and the county's.
    pub vacancies: String,
}

/// The benchmarks beside a role named `name` with `staff` staff and `vacant` vacant posts.
pub fn benchmarks(name: &str, staff: f64, vacant: f64) -> Benchmarks {
    let lower = name.trim().to_lowercase();
    // The figure whose label (before any bracket) the role's name starts with, or the first
    // (all roles).
    let matching = |labels: &[&'static str]| {
        labels
            .iter()
            .skip(1)
            .position(|l| {
                let label = l.split(" (").next().unwrap_or(l).to_lowercase();
                lower.starts_with(&label)
            })
            .map_or(0, |i| i + 1)
    };
    let regional = &data::REGIONAL_VACANCIES[matching(&data::REGIONAL_VACANCIES.map(|f| f.label))];
    let england = data::outside::ENGLAND_TURNOVER_BY_ROLE
        [matching(&data::outside::ENGLAND_TURNOVER_BY_ROLE.map(|f| f.label))];
    let posts = staff + vacant;
    let yours = if posts > 0.0 {
        format!(
            "Your vacancy rate: {} of posts. ",
            percent(100.0 * vacant / posts, 1)
        )
    } else {
        String::new()
    };
    Benchmarks {
        turnover: format!(
            "Every leaver is replaced. Staffordshire's adult social care turnover: {} (Skills for Care {}). Not from the appendix: {}, {}: {} ({}, {}).",
            data::TURNOVER.shown,
            data::FIGURES_YEAR,
            england.year,
            england.label.to_lowercase(),
            england.shown,
            england.publisher,
            england.address
        ),
        vacancies: format!(
            "{yours}Vacancy rate in the West Midlands, {}: {} ({}, as the appendix gives it); in Staffordshire, all roles: {} (Skills for Care {}).",
            regional.label.to_lowercase(),
            regional.shown,
            data::REGIONAL_DATE,
            data::VACANCY_RATE.shown,
            data::FIGURES_YEAR
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each role is set against the figures for its own name, or for all roles.
    #[test]
    fn benchmarks_follow_the_roles_name() {
        let nurse = benchmarks("Registered nurses", 9.0, 1.0);
        assert!(nurse.vacancies.starts_with("Your vacancy rate: 10% of posts. Vacancy rate in the West Midlands, registered nurses (in care homes): 18.5% (April 2022, as the appendix gives it); in Staffordshire, all roles: 9.9%"), "{}", nurse.vacancies);
        assert!(nurse.turnover.contains("Not from the appendix: England, 2021/22, registered nurses: 44.1% (Skills for Care, https://www.skillsforcare.org.uk/"), "{}", nurse.turnover);
        let other = benchmarks("Cooks", 10.0, 0.0);
        assert!(
            other.vacancies.contains("West Midlands, all roles: 10.4%"),
            "{}",
            other.vacancies
        );
        assert!(
            other
                .turnover
                .contains("England, 2021/22, all roles: 29.0%"),
            "{}",
            other.turnover
        );
        let senior = benchmarks("senior care workers (nights)", 10.0, 0.0);
        assert!(senior.vacancies.contains("senior care workers: 7.9%"));
        assert!(senior.turnover.contains("senior care workers: 17.5%"));
        let care = benchmarks("Care workers", 10.0, 0.0);
        assert!(care.vacancies.contains("care workers: 12.7%"));
        assert!(care.turnover.contains("care workers: 36.1%"));
    }
}
