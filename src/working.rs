//! "How this figure is worked out": the arithmetic behind each headline, with the current
//! values plugged in, so that anyone can check a figure by hand. Pure functions of the
//! assumptions, the projection and the results table: the figures are the table's own.

use crate::data;
use crate::engine::{
    AdultAssumptions, ChildrenAssumptions, ChildrenProjection, Projection, ProviderAssumptions,
    BASE_YEAR,
};
use crate::format::{grouped, grouped_decimal, percent, round_count, trim};
use crate::report::{ResultTable, PUBLISHED_NOTE};

/// The steps of the working, each one sentence, and a closing note on rounding.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Working {
    /// One sentence a step, in order.
    pub steps: Vec<String>,
    /// How the figures are rounded.
    pub note: String,
}

const ROUNDING: &str = "Each figure is worked out unrounded and then rounded to whole people, the parts so that they add up to the total. A check by hand with the rounded figures shown here can differ by a person or two.";

/// A column of the table's last row, by heading (0 if absent).
fn cell(t: &ResultTable, column: &str) -> i64 {
    t.last_cell(column).unwrap_or(0)
}

/// The staff in post at the start of each year, added up: what leavers are a share of.
fn staff_years(p: &Projection) -> f64 {
    p.rows[..p.rows.len().saturating_sub(1)]
        .iter()
        .map(|r| r.staffed)
        .sum()
}

/// A rate in the working: three decimal places at most, enough that the arithmetic shown
/// gives the figure shown (11.624% × 253,825 = 29,505).
fn pct(fraction: f64) -> String {
    percent(100.0 * fraction, 3)
}

/// The working behind the adult headline.
pub fn adult(a: &AdultAssumptions, p: &Projection, t: &ResultTable) -> Working {
    let y = a.horizon.get();
    let last = p.last();
    let base = data::ADULT_BASELINE.workforce.get();
    let mut steps = Vec::new();
    let path = match a.demand {
        None if last.extrapolated => {
            "the published table's path, with its 2027-2032 trend continued after 2032".to_string()
        }
        None => "the published table's path".to_string(),
        Some(d) => format!("{} a year from 2022", percent(d.as_percent(), 2)),
    };
    steps.push(format!(
        "Workforce required: {} in 2022, growing along {path} to {} in {y}.",
        grouped(round_count(base)),
        grouped(round_count(last.workforce)),
    ));
    let extra = cell(t, "Extra staff for demand");
    steps.push(format!(
        "Extra staff for growing demand: {} \u{2212} {} = {}.",
        grouped(round_count(last.workforce)),
        grouped(round_count(base)),
        grouped(extra)
    ));
    let loss = a.sector_leaver_rate().fraction();
    steps.push(format!(
        "Staff lost to social care each year: {} turnover \u{d7} (100% \u{2212} {} of leavers who stay in social care) = {} of the staff in post at the start of each year.",
        percent(a.turnover.as_percent(), 2),
        percent(a.stay.as_percent(), 2),
        pct(loss)
    ));
    let leavers = cell(t, "Replacing leavers");
    steps.push(format!(
        "Leavers replaced, 2023 to {y}: {} \u{d7} {} staff-years (the staff in post at the start of each year, added up) = {}.",
        pct(loss),
        grouped(round_count(staff_years(p))),
        grouped(leavers)
    ));
    let mut sum = vec![grouped(extra), grouped(leavers)];
    if a.fill_vacancies {
        let v = cell(t, "Filling vacancies");
        steps.push(format!(
            "Vacant posts filled in 2023: {} of the {} posts = {}. The staff in post at the start are the rest, {}.",
            percent(a.vacancy_rate.as_percent(), 2),
            grouped(round_count(base)),
            grouped(v),
            grouped(round_count(p.rows[0].staffed))
        ));
        sum.push(grouped(v));
    }
    if a.add_reforms {
        let n = cell(t, "2023 reform posts");
        steps.push(format!(
            "Posts for the 2023 reforms, filled in 2023: 90 + 100 + 25 = {}.",
            grouped(n)
        ));
        sum.push(grouped(n));
    }
    let total = cell(t, "Total new staff since 2022");
    steps.push(format!(
        "New staff needed, 2023 to {y}: {} = {}.",
        sum.join(" + "),
        grouped(total)
    ));
    let note = if t.last().is_some_and(|r| r.note == Some(PUBLISHED_NOTE))
        && extra + leavers != total
    {
        format!(
            "These are the appendix's own figures for {y}. It rounds each one separately, so its parts add up to {} rather than {}; unrounded they are {} + {} = {}.",
            grouped(extra + leavers),
            grouped(total),
            grouped_decimal(last.extra_for_demand, 2),
            grouped_decimal(last.replacing_leavers, 2),
            grouped_decimal(last.total, 2),
        )
    } else {
        ROUNDING.to_string()
    };
    Working { steps, note }
}

/// The working behind the children's headline.
pub fn children(a: &ChildrenAssumptions, p: &ChildrenProjection, t: &ResultTable) -> Working {
    let y = a.horizon.get();
    let n = y - BASE_YEAR;
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
            pct(data::CHILDREN_BASELINE.population.change_at(y))
        ),
        Some(c) => format!("changed by {} a year", percent(c.as_percent(), 2)),
    };
    let row = t.last().map(|r| r.cells.clone()).unwrap_or_default();
    let get = |i: usize| row.get(i).copied().unwrap_or(0);
    let steps = vec![
        format!(
            "Qualified social work roles needed in {y}: {} {change} = {}.",
            grouped(round_count(a.social_workers.get())),
            trim(sw.workforce, 1)
        ),
        format!(
            "Social work roles to recruit by {y}: {} \u{d7} {} a year \u{d7} {years} = {}.",
            trim(sw.workforce, 1),
            percent(a.social_worker_rate.as_percent(), 2),
            grouped(get(1))
        ),
        format!(
            "Other roles to recruit by {y}: {} (these do not follow the population) \u{d7} {} a year \u{d7} {years} = {}.",
            trim(other.workforce, 1),
            percent(a.other_rate.as_percent(), 2),
            grouped(get(2))
        ),
        format!(
            "All roles: {} + {} = {}.",
            grouped(get(1)),
            grouped(get(2)),
            grouped(get(3))
        ),
    ];
    Working {
        steps,
        note: ROUNDING.to_string(),
    }
}

/// The working behind the provider headline.
pub fn provider(a: &ProviderAssumptions, p: &Projection, t: &ResultTable) -> Working {
    let n = a.years.get();
    let last = p.last();
    let sum = |column: usize| t.rows.iter().map(|r| r.cells[column]).sum::<i64>();
    let (leavers, growth, vacancies) = (sum(1), sum(2), sum(3));
    let total = t.last().map_or(0, |r| r.cells[5]);
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
        "Leavers replaced: {} turnover \u{d7} {} staff-years (the staff in post at the start of each year, added up) = {}.",
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

/// Figures the About page quotes in its prose, worked out here rather than typed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AboutFigures {
    /// How many times the 65+ growth the published requirement grows ("1.28 to 1.29").
    pub ratio: String,
    /// The 2022 requirement less the vacancy rate ("20,780").
    pub in_post: String,
    /// Vacant posts at the vacancy rate ("2,283").
    pub vacant: String,
    /// What filling today's vacancies adds to the 2032 total under the published assumptions.
    pub vacancy_effect: String,
    /// Leavers a year from the 215 reform posts under the published assumptions.
    pub reform_leavers: String,
}

impl AboutFigures {
    /// Works the figures out from the data and the engine.
    pub fn new() -> AboutFigures {
        use crate::calibration::{published_adult, requirement_growth_per_65_plus_growth};
        use crate::engine::project_adult;
        let b = data::ADULT_BASELINE;
        let ratios: Vec<f64> = requirement_growth_per_65_plus_growth()
            .into_iter()
            .map(|r| r.1)
            .collect();
        let (lo, hi) = ratios
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), &r| (lo.min(r), hi.max(r)));
        let a = published_adult();
        let total = |fill_vacancies: bool| {
            project_adult(
                &b,
                &AdultAssumptions {
                    fill_vacancies,
                    ..a
                },
            )
            .last()
            .total
        };
        let vacant = b.workforce.get() * a.vacancy_rate.fraction();
        AboutFigures {
            ratio: format!("{} to {}", trim(lo, 2), trim(hi, 2)),
            in_post: grouped(round_count(b.workforce.get() - vacant)),
            vacant: grouped(round_count(vacant)),
            vacancy_effect: grouped(round_count(total(true) - total(false))),
            reform_leavers: grouped(round_count(
                b.reform_posts.get() * a.sector_leaver_rate().fraction(),
            )),
        }
    }
}

impl Default for AboutFigures {
    fn default() -> Self {
        AboutFigures::new()
    }
}
