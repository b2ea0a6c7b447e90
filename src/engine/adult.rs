//! Adult social care in the county: the workforce requirement follows the published path,
//! leavers from the sector are replaced, and optionally today's vacancies (counted in the
//! requirement) and the 2023 reform posts are filled.

use super::path::{Demand, PopulationPath};
use super::units::{Count, Rate, Share, Year};
use super::workforce::{Projection, VacantPosts, WorkforceModel};

/// The fixed facts an adult projection starts from (the app's come from its bundled data).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdultBaseline {
    /// The year the projection starts from (step 0); the requirement path starts there too.
    pub base_year: Year,
    /// Workforce required in the base year (posts, filled or vacant), as the published table
    /// gives it.
    pub workforce: Count,
    /// Change in the workforce requirement since the base year (the published table's, with
    /// the years between its rows as calibrated).
    pub requirement: PopulationPath,
    /// A multiplier on the requirement's growth: 1 follows the path; the uncertainty section
    /// draws it from a range.
    pub path_scale: f64,
    /// Posts the 2023 reforms add (adult social care, financial assessment, Liberty Protection Safeguards).
    pub reform_posts: Count,
}

/// What a person can change in the adult view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdultAssumptions {
    /// The last year projected.
    pub horizon: Year,
    /// Staff turnover, a year.
    pub turnover: Rate,
    /// Share of leavers who stay in social care (and so are not lost to the sector).
    pub stay: Share,
    /// Custom growth in demand a year; `None` follows the published population path.
    pub demand: Option<Rate>,
    /// Count today's vacant posts as empty at the start and fill them in the first year.
    pub fill_vacancies: bool,
    /// Share of the posts in the requirement that are vacant today (used only when filling
    /// today's vacancies).
    pub vacancy_rate: Share,
    /// Add the 2023 reform posts in the first year.
    pub add_reforms: bool,
}

impl AdultAssumptions {
    /// Share of the workforce lost to the sector each year: turnover × (1 − stay).
    pub fn sector_leaver_rate(&self) -> Rate {
        Rate::from_fraction(self.turnover.fraction() * (1.0 - self.stay.fraction()))
    }
}

/// Projects adult social care recruitment from the base year to the horizon.
pub fn project_adult(baseline: &AdultBaseline, a: &AdultAssumptions) -> Projection {
    adult_model(baseline, a).project()
}

/// The workforce model behind an adult projection (also run, without rows, by the simulation).
pub(crate) fn adult_model(baseline: &AdultBaseline, a: &AdultAssumptions) -> WorkforceModel {
    let demand = match a.demand {
        Some(rate) => Demand::Constant(rate),
        None => Demand::Population {
            path: baseline.requirement,
            elasticity: baseline.path_scale,
        },
    };
    let vacancies = if a.fill_vacancies {
        VacantPosts::InRequirement(Count::from_f64(
            baseline.workforce.get() * a.vacancy_rate.fraction(),
        ))
    } else {
        VacantPosts::None
    };
    let new_posts = if a.add_reforms {
        baseline.reform_posts
    } else {
        Count::ZERO
    };
    WorkforceModel {
        baseline: baseline.workforce,
        demand,
        leaver_rate: a.sector_leaver_rate(),
        vacancies,
        new_posts,
        first_year_rate: None,
        steps: a.horizon.steps_since(baseline.base_year),
    }
}
