//! Children's social care in the county council: two staff groups, each refilled at its own
//! rate, with qualified social work roles following the 0-17 population.

use super::path::{Demand, PopulationPath};
use super::units::{Count, Rate, Year, BASE_YEAR};
use super::workforce::{Projection, WorkforceModel};

/// The fixed facts a children's projection starts from (see `crate::data::CHILDREN_BASELINE`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChildrenBaseline {
    /// Projected change in the 0-17 population since 2022.
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

/// Projects the council's children's social care recruitment from 2022 to the horizon.
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
    let group = |staff: Count, rate: Rate, elasticity: f64| {
        WorkforceModel {
            baseline: staff,
            demand: demand(elasticity),
            leaver_rate: rate,
            vacancies: Count::ZERO,
            new_posts: Count::ZERO,
            steps: a.horizon.get().saturating_sub(BASE_YEAR),
        }
        .project()
    };
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
