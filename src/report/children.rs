//! The children's view's figures: its results table ([`ChildrenRow`]), headline, chart parts and
//! working, each read from the table by name.

use crate::calibration::published_children;
use crate::data::CHILDREN_BASELINE;
use crate::engine::{project_children, ChildrenAssumptions, ChildrenProjection};
use crate::engine::{Count, Rate};
use crate::fields::Field;
use crate::format::{grouped, percent, round_count};
use crate::scenario::Form;

use super::compare::{is_published_children, Against};
use super::rounding::{county_kind, round_row, rounding};
use super::table::{Column, Compared, Heading, Row, RowKind, Table};
use super::working::{pct, Working, ROUNDING};
use super::{about_and_per_year, on_assumptions, published_caption, Part};

/// One year of the children's results table, every figure rounded once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChildrenRow {
    /// The calendar year.
    pub year: u16,
    /// What kind of year it is.
    pub kind: RowKind,
    /// All roles needed that year.
    pub workforce: i64,
    /// Qualified social work roles to recruit since the base year.
    pub social_work: i64,
    /// Other roles to recruit since the base year.
    pub other: i64,
    /// All roles to recruit since the base year: the two groups add up to it.
    pub total: i64,
    /// All roles to recruit that year: the difference of the running totals.
    pub in_year: i64,
    /// The published strategy's running total, when the assumptions differ from it.
    pub compared: Option<Compared>,
}

const TOTAL: Column<ChildrenRow> = Column {
    heading: Heading::Since("All roles to recruit"),
    value: |r| Some(r.total),
};

impl Row for ChildrenRow {
    const HEADING: &'static str = "Year";
    const COLUMNS: &'static [Column<Self>] = &[
        Column {
            heading: Heading::Text("Roles needed"),
            value: |r| Some(r.workforce),
        },
        Column {
            heading: Heading::Since("Social work roles to recruit"),
            value: |r| Some(r.social_work),
        },
        Column {
            heading: Heading::Since("Other roles to recruit"),
            value: |r| Some(r.other),
        },
        TOTAL,
        Column {
            heading: Heading::Text("All roles that year"),
            value: |r| Some(r.in_year),
        },
        Column::COMPARED,
        Column::DIFFERENCE,
    ];
    const RUNNING_TOTAL: &'static Column<Self> = &TOTAL;

    fn key(&self) -> u16 {
        self.year
    }

    fn compared(&self) -> Option<Compared> {
        self.compared
    }

    fn kind(&self) -> RowKind {
        self.kind
    }
}

/// The children's assumptions in the form, with any invalid field at its published default.
pub fn assumptions(form: &Form) -> ChildrenAssumptions {
    let d = published_children();
    let count = |f: Field, fallback: Count| f.count(form.number(f)).unwrap_or(fallback);
    let rate = |f: Field, fallback: Rate| f.rate(form.number(f)).unwrap_or(fallback);
    ChildrenAssumptions {
        horizon: Field::Horizon
            .year(form.number(Field::Horizon))
            .unwrap_or(d.horizon),
        social_workers: count(Field::SocialWorkers, d.social_workers),
        other_roles: count(Field::OtherRoles, d.other_roles),
        social_worker_rate: rate(Field::SocialWorkerTurnover, d.social_worker_rate),
        other_rate: rate(Field::OtherTurnover, d.other_rate),
        population: form
            .value_or_default(Field::ChildPopulation)
            .and_then(|v| Field::ChildPopulation.rate(v).ok()),
    }
}

/// The children's results table: one row per year after the base, the two groups adding up to
/// all roles and each year's recruitment the difference of the rounded running totals. With
/// other assumptions each row carries the published strategy's total beside its own.
pub fn children_table(a: &ChildrenAssumptions, p: &ChildrenProjection) -> Table<ChildrenRow> {
    let mut t = children_table_alone(a, p);
    if !is_published_children(a) {
        let strategy = ChildrenAssumptions {
            horizon: a.horizon,
            ..published_children()
        };
        let theirs =
            children_table_alone(&strategy, &project_children(&CHILDREN_BASELINE, &strategy));
        for (row, other) in t.rows.iter_mut().zip(&theirs.rows) {
            row.compared = Some(Compared::of(row.total, other.total));
        }
    }
    t
}

fn children_table_alone(a: &ChildrenAssumptions, p: &ChildrenProjection) -> Table<ChildrenRow> {
    let published = is_published_children(a);
    let base = CHILDREN_BASELINE.base_year.get();
    let mut total_before = 0;
    let rows = (1..p.all.rows.len())
        .map(|i| {
            let (sw, other, all) = (p.social_work.rows[i], p.other.rows[i], p.all.rows[i]);
            let year = base + all.step;
            let kind = county_kind(year, all.extrapolated, published);
            let (total, [social_work, other]) =
                round_row(all.total, [sw.total, other.total], rounding(kind));
            let row = ChildrenRow {
                year,
                kind,
                workforce: round_count(all.workforce),
                social_work,
                other,
                total,
                in_year: total - total_before,
                compared: None,
            };
            total_before = total;
            row
        })
        .collect();
    Table {
        caption: format!(
            "Children's social care staff the county council needs to recruit, {} to {}{}",
            base + 1,
            a.horizon.get(),
            published_caption(published)
        ),
        base_year: Some(base),
        against: Against::Strategy,
        rows,
    }
}

/// The children's headline, from the table's own rounded total.
pub fn children_headline(a: &ChildrenAssumptions, t: &Table<ChildrenRow>) -> String {
    let last = t.last();
    let total = last.map_or(0, |r| r.total);
    let (about, per_year) =
        about_and_per_year(total, a.horizon.steps_since(CHILDREN_BASELINE.base_year));
    format!(
        "{}, the county council would need to recruit about {about} children's social care staff by {}, about {per_year} a year, to keep today's capacity.{}",
        on_assumptions(is_published_children(a)),
        a.horizon.get(),
        t.comparison_sentence()
    )
}

/// The two staff groups for the stacked chart (the table's own figures).
pub fn children_parts(t: &Table<ChildrenRow>) -> Vec<Part> {
    vec![
        Part {
            label: "Social work roles".into(),
            pattern: "leavers",
            values: t.rows.iter().map(|r| r.social_work.max(0)).collect(),
        },
        Part {
            label: "Other roles".into(),
            pattern: "demand",
            values: t.rows.iter().map(|r| r.other.max(0)).collect(),
        },
    ]
}

/// The working behind the children's headline.
pub fn children_working(
    a: &ChildrenAssumptions,
    p: &ChildrenProjection,
    t: &Table<ChildrenRow>,
) -> Working {
    let y = a.horizon.get();
    let n = a.horizon.steps_since(CHILDREN_BASELINE.base_year);
    let years = if n == 1 {
        "1 year".to_string()
    } else {
        format!("{n} years")
    };
    let sw = p.social_work.last();
    let other = p.other.last();
    let change = match a.population {
        None => format!(
            "changed as the 0-17 population is projected to change by {y} ({})",
            pct(CHILDREN_BASELINE.population.change_at(y))
        ),
        Some(c) => format!("changed by {} a year", percent(c.as_percent(), 2)),
    };
    let (social_work, others, all) = t
        .last()
        .map_or((0, 0, 0), |r| (r.social_work, r.other, r.total));
    let steps = vec![
        format!(
            "Qualified social work roles needed in {y}: {} {change} = about {}.",
            grouped(round_count(a.social_workers.get())),
            grouped(round_count(sw.workforce))
        ),
        format!(
            "Social work roles to recruit by {y}: {} \u{d7} {} a year \u{d7} {years} = {}.",
            grouped(round_count(sw.workforce)),
            percent(a.social_worker_rate.as_percent(), 2),
            grouped(social_work)
        ),
        format!(
            "Other roles to recruit by {y}: {} (these do not follow the population) \u{d7} {} a year \u{d7} {years} = {}.",
            grouped(round_count(other.workforce)),
            percent(a.other_rate.as_percent(), 2),
            grouped(others)
        ),
        format!(
            "All roles: {} + {} = {}.",
            grouped(social_work),
            grouped(others),
            grouped(all)
        ),
    ];
    Working {
        steps,
        note: ROUNDING.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each field of a row is shown by its column, in the columns' order (and a new field fails
    /// to compile here until it is given a value, and a column).
    #[test]
    fn each_column_shows_its_own_field() {
        let row = ChildrenRow {
            year: 2030,
            kind: RowKind::Modelled,
            workforce: 1,
            social_work: 2,
            other: 3,
            total: 4,
            in_year: 5,
            compared: Some(Compared {
                total: 6,
                difference: 7,
            }),
        };
        let values: Vec<_> = ChildrenRow::COLUMNS
            .iter()
            .map(|c| (c.value)(&row))
            .collect();
        assert_eq!(values, (1..=7).map(Some).collect::<Vec<_>>());
    }
}
