//! The provider view's figures: its results table ([`ProviderRow`]), headline, chart parts and
//! working, each read from the table by name.

use crate::data;
use crate::engine::{
    project_provider, project_roles, Organisation, Projection, ProviderAssumptions, Rate, Role,
    RoleProjections, YearRow,
};
use crate::fields::Field;
use crate::format::{approx_value, grouped, percent, round_count};
use crate::scenario::{Form, RolePart, ALL_STAFF};

use super::compare::Against;
use super::rounding::{round_row, Rounding};
use super::table::{Column, Compared, Heading, Row, RowKind, Table};
use super::working::{staff_years, Working, ROUNDING};
use super::{about_and_per_year, Part};

/// One year ahead of the provider's results table, every figure rounded once. The running
/// total of recruits is rounded; each year's recruits are the difference of those, and that
/// year's leavers replaced, growth and vacancies filled are rounded to add up to them, so every
/// row adds up and the yearly figures add up to the running totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProviderRow {
    /// The year ahead (1 is next year).
    pub year: u16,
    /// Staff needed that year: the workforce and the posts vacant now.
    pub staff_needed: i64,
    /// Leavers replaced that year.
    pub replacing_leavers: i64,
    /// Growth that year.
    pub growth: i64,
    /// Vacant posts filled that year.
    pub vacancies: i64,
    /// Recruits that year: the three parts add up to it.
    pub in_year: i64,
    /// Recruits so far.
    pub total: i64,
    /// What that year's recruits cost, in pounds, when a cost is entered.
    pub cost_in_year: Option<i64>,
    /// What the recruits so far cost, in pounds, when a cost is entered.
    pub cost_so_far: Option<i64>,
    /// The same organisation's recruits so far at the county's turnover, when its own differs.
    pub compared: Option<Compared>,
}

const TOTAL: Column<ProviderRow> = Column {
    heading: Heading::Text("Recruits so far"),
    value: |r| Some(r.total),
};

impl Row for ProviderRow {
    const HEADING: &'static str = "Year ahead";
    const COLUMNS: &'static [Column<Self>] = &[
        Column {
            heading: Heading::Text("Staff needed"),
            value: |r| Some(r.staff_needed),
        },
        Column {
            heading: Heading::Text("Replacing leavers that year"),
            value: |r| Some(r.replacing_leavers),
        },
        Column {
            heading: Heading::Text("Growth that year"),
            value: |r| Some(r.growth),
        },
        Column {
            heading: Heading::Text(VACANCIES),
            value: |r| Some(r.vacancies),
        },
        Column {
            heading: Heading::Text("Recruits that year"),
            value: |r| Some(r.in_year),
        },
        TOTAL,
        Column {
            heading: Heading::Text("Recruitment cost that year (\u{a3})"),
            value: |r| r.cost_in_year,
        },
        Column {
            heading: Heading::Text("Recruitment cost so far (\u{a3})"),
            value: |r| r.cost_so_far,
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
        RowKind::YearAhead
    }
}

/// The provider's organisation in the form: its roles (without any listed, one role "All
/// staff" of the staff, turnover and vacancies fields), with any invalid figure at its default.
pub fn organisation(form: &Form) -> Organisation {
    let count = |f: Field| f.count(form.number(f)).unwrap_or_default();
    let rate = |f: Field| f.rate(form.number(f)).unwrap_or_default();
    let roles = if form.roles().is_empty() {
        vec![Role {
            name: ALL_STAFF.to_string(),
            staff: count(Field::Staff),
            turnover: rate(Field::ProviderTurnover),
            vacant_posts: count(Field::VacantPosts),
        }]
    } else {
        let field = |part: RolePart| part.field().unwrap_or(Field::Staff);
        form.roles()
            .iter()
            .enumerate()
            .map(|(i, r)| Role {
                name: r.shown_name(i),
                staff: field(RolePart::Staff)
                    .count(r.number(RolePart::Staff))
                    .unwrap_or_default(),
                turnover: field(RolePart::Turnover)
                    .rate(r.number(RolePart::Turnover))
                    .unwrap_or_default(),
                vacant_posts: field(RolePart::Vacancies)
                    .count(r.number(RolePart::Vacancies))
                    .unwrap_or_default(),
            })
            .collect()
    };
    Organisation {
        roles,
        first_year: crate::scenario::value(
            Field::FirstYearTurnover,
            form.get(Field::FirstYearTurnover),
        )
        .ok()
        .flatten()
        .and_then(|v| Field::FirstYearTurnover.rate(v).ok()),
        growth: rate(Field::Growth),
        // `number` gives a valid value or the field's default, so the fallback never runs.
        years: Field::Years
            .years_ahead(form.number(Field::Years))
            .or_else(|_| Field::Years.years_ahead(Field::Years.spec().min))
            .expect("a provider's shortest plan is allowed"),
    }
}

/// What recruiting one person costs a provider, in whole pounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pounds(pub u32);

impl Pounds {
    /// The cost of `people` recruits.
    pub fn times(self, people: i64) -> i64 {
        people * i64::from(self.0)
    }
}

/// Everything a provider enters: its organisation and, if given, what recruiting one person
/// costs it (no cost: none is shown).
#[derive(Clone, Debug, PartialEq)]
pub struct ProviderPlan {
    /// The roles, growth and years ahead.
    pub organisation: Organisation,
    /// The cost of recruiting one person, if entered.
    pub cost: Option<Pounds>,
}

impl From<Organisation> for ProviderPlan {
    fn from(organisation: Organisation) -> Self {
        ProviderPlan {
            organisation,
            cost: None,
        }
    }
}

/// The provider's plan in the form: its organisation ([`organisation`]) and the cost of
/// recruiting one person, if a valid one is entered.
pub fn plan(form: &Form) -> ProviderPlan {
    let cost = crate::scenario::value(Field::RecruitCost, form.get(Field::RecruitCost))
        .ok()
        .flatten()
        .map(|v| Pounds(v as u32));
    ProviderPlan {
        organisation: organisation(form),
        cost,
    }
}

/// Sets each row's recruitment cost: its recruits (that year and so far) at `cost` each.
pub fn with_cost(rows: &mut [ProviderRow], cost: Option<Pounds>) {
    for r in rows {
        r.cost_in_year = cost.map(|c| c.times(r.in_year));
        r.cost_so_far = cost.map(|c| c.times(r.total));
    }
}

/// The headline's sentence on costs ("" without a cost).
pub fn cost_sentence(t: &Table<ProviderRow>, years: u16, cost: Option<Pounds>) -> String {
    let (Some(c), Some(last)) = (cost, t.last()) else {
        return String::new();
    };
    let total = c.times(last.total);
    let years = i64::from(years.max(1));
    format!(
        " At \u{a3}{} each, recruiting them costs \u{a3}{}, about \u{a3}{} a year.",
        grouped(i64::from(c.0)),
        grouped(total),
        grouped(approx_value((total + years / 2) / years))
    )
}

/// The provider assumptions in the form as one group (the organisation's
/// [`Organisation::whole`]; with no roles listed, exactly its staff, turnover and vacancies).
pub fn assumptions(form: &Form) -> ProviderAssumptions {
    organisation(form).whole()
}

/// The vacancies part's heading and legend label.
const VACANCIES: &str = "Filling vacancies";

/// The county's turnover, which a provider's is compared with.
pub(super) fn county_turnover() -> Rate {
    Rate::from_fraction(data::TURNOVER.value / 100.0)
}

/// The provider results table: one row per year ahead; with a turnover other than the county's,
/// each row carries the same organisation's recruits at the county's turnover.
pub fn provider_table(a: &ProviderAssumptions, p: &Projection) -> Table<ProviderRow> {
    let at_county = (a.turnover != county_turnover()).then(|| {
        project_provider(&ProviderAssumptions {
            turnover: county_turnover(),
            ..*a
        })
    });
    table_of(a.years.get(), p, at_county.as_ref())
}

/// An organisation's results table: its roles' projections added (one role: exactly
/// [`provider_table`]); with a turnover other than the county's in any role, each row carries
/// the organisation's recruits with everyone, in every role and in their first year, at the
/// county's turnover.
pub fn organisation_table(o: &Organisation, p: &RoleProjections) -> Table<ProviderRow> {
    let county = county_turnover();
    let at_county = o
        .roles
        .iter()
        .any(|r| r.turnover != county || o.first_year.is_some_and(|f| f != r.turnover))
        .then(|| {
            let everyone_at_county = Organisation {
                first_year: None,
                ..o.with_turnover(county)
            };
            project_roles(&everyone_at_county).whole
        });
    table_of(o.years.get(), &p.whole, at_county.as_ref())
}

/// The table of projection `p` over `years`, compared with `at_county` if given.
fn table_of(years: u16, p: &Projection, at_county: Option<&Projection>) -> Table<ProviderRow> {
    let mut t = provider_table_alone(years, p);
    if let Some(at_county) = at_county {
        let theirs = provider_table_alone(years, at_county);
        for (row, other) in t.rows.iter_mut().zip(&theirs.rows) {
            row.compared = Some(Compared::of(row.total, other.total));
        }
    }
    t
}

/// A year's parts (leavers replaced, growth, vacancies filled), rounded to add up to that
/// year's recruits `in_year`: each year's own figures are shared out by largest remainder, so a
/// growth of under one person a year still shows in the years it tips over (rounding the
/// running totals instead printed a growth of 0 in some years while the staff grew).
pub(super) fn year_parts(in_year: i64, now: &YearRow, before: &YearRow) -> [i64; 3] {
    let (_, parts) = round_row(
        in_year as f64,
        [
            now.replacing_leavers - before.replacing_leavers,
            now.extra_for_demand - before.extra_for_demand,
            now.vacancies - before.vacancies,
        ],
        Rounding::AddingUp,
    );
    parts
}

fn provider_table_alone(years: u16, p: &Projection) -> Table<ProviderRow> {
    let mut before = 0;
    let rows = p
        .rows
        .windows(2)
        .map(|pair| {
            let (was, r) = (&pair[0], &pair[1]);
            let total = round_count(r.total);
            let in_year = total - before;
            let [leavers, growth, vacancies] = year_parts(in_year, r, was);
            before = total;
            ProviderRow {
                year: r.step,
                staff_needed: round_count(r.workforce + r.vacancies),
                replacing_leavers: leavers,
                growth,
                vacancies,
                in_year,
                total,
                cost_in_year: None,
                cost_so_far: None,
                compared: None,
            }
        })
        .collect();
    Table {
        caption: format!("People your organisation needs to recruit over the next {years} years"),
        base_year: None,
        against: Against::CountyTurnover,
        rows,
    }
}

/// Whose figures a provider headline describes: the example organisation's until the reader
/// enters their own staff or vacancies (or roles), then theirs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    /// The example organisation, with its staff.
    Example {
        /// The example's staff now.
        staff: i64,
    },
    /// The reader's own figures.
    Yours,
}

impl Whose {
    /// The example's, if the staff and vacancies are the example's; otherwise the reader's.
    pub fn of(a: &ProviderAssumptions) -> Whose {
        let example = assumptions(&Form::default());
        if a.staff == example.staff && a.vacant_posts == example.vacant_posts {
            Whose::Example {
                staff: round_count(a.staff.get()),
            }
        } else {
            Whose::Yours
        }
    }
}

/// The provider headline, from the table's own rounded total.
pub fn provider_headline(a: &ProviderAssumptions, t: &Table<ProviderRow>) -> String {
    headline_over(a.years.get(), t, Whose::of(a))
}

/// The headline of a table over `years`, for `whose` figures.
pub fn headline_over(years: u16, t: &Table<ProviderRow>, whose: Whose) -> String {
    let last = t.last();
    let total = last.map_or(0, |r| r.total);
    let first = t.rows.first().map_or(0, |r| r.in_year);
    let span = if years == 1 {
        "the next year".to_string()
    } else {
        format!("the next {years} years")
    };
    let (about, per_year) = about_and_per_year(total, years);
    let (who, closing) = match whose {
        Whose::Example { staff } => (
            format!(
                "The example organisation of {} staff would need",
                grouped(staff)
            ),
            " Enter your own figures below to see yours.",
        ),
        Whose::Yours => ("On these figures, you would need".to_string(), ""),
    };
    format!(
        "{who} to recruit about {about} people over {span}, about {per_year} a year ({} in the first year).{}{closing}",
        grouped(first),
        t.comparison_sentence()
    )
}

/// The running totals of the parts for the stacked chart: leavers replaced, growth and
/// vacancies filled so far, each the sum of the table's own yearly figures (a running total
/// below zero, from shrinking, is drawn as 0).
pub fn provider_parts(t: &Table<ProviderRow>) -> Vec<Part> {
    let so_far = |label: &'static str, pattern, value: fn(&ProviderRow) -> i64| {
        let mut sum = 0;
        Part {
            label: label.into(),
            pattern,
            values: t
                .rows
                .iter()
                .map(|r| {
                    sum += value(r);
                    sum.max(0)
                })
                .collect(),
        }
    };
    vec![
        so_far("Replacing leavers", "leavers", |r| r.replacing_leavers),
        so_far("Growth", "demand", |r| r.growth),
        so_far(VACANCIES, "vacancies", |r| r.vacancies),
    ]
}

/// The working behind the provider headline.
pub fn provider_working(
    a: &ProviderAssumptions,
    p: &Projection,
    t: &Table<ProviderRow>,
) -> Working {
    let n = a.years.get();
    let last = p.last();
    let sum = |value: fn(&ProviderRow) -> i64| t.rows.iter().map(value).sum::<i64>();
    let (leavers, growth, vacancies) = (
        sum(|r| r.replacing_leavers),
        sum(|r| r.growth),
        sum(|r| r.vacancies),
    );
    let total = t.last().map_or(0, |r| r.total);
    let mut steps = vec![format!(
        "Staff needed in year {n}: {} now, changing by {} a year, is {}{}.",
        grouped(round_count(a.staff.get())),
        percent(a.growth.as_percent(), 2),
        grouped(round_count(last.workforce)),
        if a.vacant_posts.get() > 0.0 {
            format!(
                ", plus the {} posts vacant now",
                grouped(round_count(a.vacant_posts.get()))
            )
        } else {
            String::new()
        }
    )];
    steps.push(format!("Growth over {n} years: {}.", grouped(growth)));
    steps.push(format!(
        "Leavers replaced: {} turnover \u{d7} {} (the staff in post at the start of each year, added up over the years) = {}.",
        percent(a.turnover.as_percent(), 2),
        grouped(round_count(staff_years(p))),
        grouped(leavers)
    ));
    if vacancies != 0 {
        steps.push(format!(
            "Vacant posts filled in year 1: {}.",
            grouped(vacancies)
        ));
    }
    steps.push(format!(
        "Recruits over {n} years: {} = {}.",
        [leavers, growth, vacancies]
            .iter()
            .filter(|&&v| v != 0)
            .map(|&v| grouped(v))
            .collect::<Vec<_>>()
            .join(" + ")
            .replace("+ -", "\u{2212} "),
        grouped(total)
    ));
    Working {
        steps,
        note: ROUNDING.to_string(),
    }
}

/// The working behind the headline of an organisation with several roles: a line per role,
/// then the roles added up.
pub fn organisation_working(
    o: &Organisation,
    p: &RoleProjections,
    t: &Table<ProviderRow>,
    role_lines: Vec<String>,
) -> Working {
    let n = o.years.get();
    let last = p.whole.last();
    let mut steps = vec![format!(
        "Staff needed in year {n}: {} now in {}, each changing by {} a year, is {}, plus the posts vacant now.",
        grouped(round_count(o.roles.iter().map(|r| r.staff.get()).sum::<f64>())),
        match o.roles.len() {
            1 => "1 role".to_string(),
            k => format!("{k} roles"),
        },
        percent(o.growth.as_percent(), 2),
        grouped(round_count(last.workforce)),
    )];
    steps.extend(role_lines);
    if let Some(f) = o.first_year {
        steps.push(format!(
            "With {} turnover in their first year with you: of the leavers replaced, {} were people recruited in these {n} years who left again in their first year, and were recruited again.",
            percent(f.as_percent(), 2),
            grouped(round_count(last.first_year_leavers))
        ));
    }
    steps.push(format!(
        "Recruits over {n} years, all roles: {}.",
        grouped(t.last().map_or(0, |r| r.total))
    ));
    Working {
        steps,
        note: format!(
            "{ROUNDING} Each role's share of the organisation's figures is rounded so that the roles add up to them."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each field of a row is shown by its column, in the columns' order (and a new field fails
    /// to compile here until it is given a value, and a column).
    #[test]
    fn each_column_shows_its_own_field() {
        let row = ProviderRow {
            year: 3,
            staff_needed: 1,
            replacing_leavers: 2,
            growth: 3,
            vacancies: 4,
            in_year: 5,
            total: 6,
            cost_in_year: Some(7),
            cost_so_far: Some(8),
            compared: Some(Compared {
                total: 9,
                difference: 10,
            }),
        };
        let values: Vec<_> = ProviderRow::COLUMNS
            .iter()
            .map(|c| (c.value)(&row))
            .collect();
        assert_eq!(values, (1..=10).map(Some).collect::<Vec<_>>());
        assert_eq!(row.label(), "Year 3");
    }
}
