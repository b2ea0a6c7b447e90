//! Children's social care in the county council: two staff groups, each with roles to refill
//! at its own yearly rate, with qualified social work roles following the 0-17 population.
//!
//! The appendix's table is "recruitment required to maintain current capacity". Its nine
//! figures are reproduced, to the person, by one simple reading: recruitment by year `Y` is the
//! roles needed in `Y` × the group's yearly refill rate × the years since the base year `B`,
//! `R(Y) = S(Y) × r × (Y − B)`, with `S(Y) = S(B) × demand factor(Y)`. (A year-by-year
//! model that refills each year's leavers comes within one person but cannot hit all nine; see
//! `docs/method.md`.) So that a falling population never makes recruitment negative, the
//! running total never falls: `R(Y)` is at least `R(Y − 1)`.

use super::path::{Demand, PopulationPath};
use super::units::{Count, Rate, Year};
use super::workforce::{Projection, YearRow};

/// The fixed facts a children's projection starts from (the app's come from its bundled data).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChildrenBaseline {
    /// The year the projection starts from (step 0); the population path starts there too.
    pub base_year: Year,
    /// Projected change in the 0-17 population since the base year.
    pub population: PopulationPath,
    /// Change in qualified social work roles for each 1% change in the 0-17 population (calibrated).
    pub social_work_elasticity: f64,
    /// Change in other roles for each 1% change in the 0-17 population (calibrated).
    pub other_elasticity: f64,
}

/// What a person can change in the children's view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChildrenAssumptions {
    /// The last year projected.
    pub horizon: Year,
    /// Qualified social work roles now.
    pub social_workers: Count,
    /// Other roles now.
    pub other_roles: Count,
    /// Share of social work roles to refill each year.
    pub social_worker_rate: Rate,
    /// Share of other roles to refill each year.
    pub other_rate: Rate,
    /// Custom change in the 0-17 population a year; `None` follows the published path.
    pub population: Option<Rate>,
}

/// The two groups and their sum.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChildrenProjection {
    /// Qualified social work roles.
    pub social_work: Projection,
    /// Other roles.
    pub other: Projection,
    /// All roles.
    pub all: Projection,
}

/// Projects the council's children's social care recruitment from the base year to the horizon.
pub fn project_children(
    baseline: &ChildrenBaseline,
    a: &ChildrenAssumptions,
) -> ChildrenProjection {
    let demand = |elasticity: f64| match a.population {
        Some(rate) if elasticity != 0.0 => Demand::Constant(Rate::from_fraction(
            (1.0 + rate.fraction()).powf(elasticity) - 1.0,
        )),
        Some(_) => Demand::Constant(Rate::default()),
        None => Demand::Population {
            path: baseline.population,
            elasticity,
        },
    };
    let steps = a.horizon.steps_since(baseline.base_year);
    let group =
        |staff: Count, rate: Rate, elasticity: f64| refill(staff, demand(elasticity), rate, steps);
    let social_work = group(
        a.social_workers,
        a.social_worker_rate,
        baseline.social_work_elasticity,
    );
    let other = group(a.other_roles, a.other_rate, baseline.other_elasticity);
    let all = social_work.plus(&other);
    ChildrenProjection {
        social_work,
        other,
        all,
    }
}

/// One staff group: `R(n) = S(n) × r × n`, never falling, one row per year (row 0 is the base).
/// The whole of `R` is roles refilled (`replacing_leavers`): this reading has no separate term
/// for a change in demand, which instead changes how many roles there are to refill.
fn refill(staff: Count, demand: Demand, rate: Rate, steps: u16) -> Projection {
    let s0 = staff.get();
    let mut rows = Vec::with_capacity(usize::from(steps) + 1);
    rows.push(YearRow {
        workforce: s0,
        staffed: s0,
        ..YearRow::default()
    });
    let mut total: f64 = 0.0;
    for step in 1..=steps {
        let needed = s0 * demand.factor(step);
        let before = total;
        total = total.max(needed * rate.fraction() * f64::from(step));
        rows.push(YearRow {
            step,
            workforce: needed,
            staffed: needed,
            replacing_leavers: total,
            total,
            in_year: total - before,
            leavers_in_year: total - before,
            extrapolated: demand.is_extrapolated(step),
            ..YearRow::default()
        });
    }
    Projection { rows }
}
