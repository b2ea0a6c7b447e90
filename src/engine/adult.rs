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

/// A later base year a person starts from, with their own figures for it (Skills for Care's
/// latest local-area data, say) instead of the appendix's 2022 requirement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LaterBase {
    /// The year the projection starts from (step 0).
    pub year: Year,
    /// The adult social care workforce in post that year.
    pub in_post: Count,
    /// The posts vacant that year (zero if not known); they are filled in the first year.
    pub vacant: Count,
}

/// The first year the 2023 reform posts can be added in: a base year before it.
pub const REFORM_YEAR: u16 = 2023;

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
    /// Add the 2023 reform posts in the first year (only from a base year before 2023).
    pub add_reforms: bool,
    /// Start from a later base year with the person's own figures; `None` starts from the
    /// appendix's 2022 requirement.
    pub start: Option<LaterBase>,
}

impl AdultAssumptions {
    /// Share of the workforce lost to the sector each year: turnover × (1 − stay).
    pub fn sector_leaver_rate(&self) -> Rate {
        Rate::from_fraction(self.turnover.fraction() * (1.0 - self.stay.fraction()))
    }

    /// The year the projection starts from: the later base if one is set, else the baseline's.
    pub fn base_year(&self, baseline: &AdultBaseline) -> Year {
        self.start.map_or(baseline.base_year, |s| s.year)
    }

    /// Whether the 2023 reform posts are added: asked for, and the base year is before 2023.
    pub fn reforms_added(&self, baseline: &AdultBaseline) -> bool {
        self.add_reforms && self.base_year(baseline).get() < REFORM_YEAR
    }

    /// Whether the vacant posts filled in the first year are the person's own figure (a later
    /// base) rather than a share of the appendix's requirement.
    pub fn fills_vacancies(&self) -> bool {
        match self.start {
            Some(s) => s.vacant.get() > 0.0,
            None => self.fill_vacancies,
        }
    }
}

/// Projects adult social care recruitment from the base year to the horizon.
pub fn project_adult(baseline: &AdultBaseline, a: &AdultAssumptions) -> Projection {
    adult_model(baseline, a).project()
}

/// The workforce model behind an adult projection (also run, without rows, by the simulation).
pub(crate) fn adult_model(baseline: &AdultBaseline, a: &AdultAssumptions) -> WorkforceModel {
    let (path, elasticity) = (baseline.requirement, baseline.path_scale);
    let (workforce, demand, vacancies) = match a.start {
        None => (
            baseline.workforce,
            Demand::Population { path, elasticity },
            if a.fill_vacancies {
                VacantPosts::InRequirement(Count::from_f64(
                    baseline.workforce.get() * a.vacancy_rate.fraction(),
                ))
            } else {
                VacantPosts::None
            },
        ),
        // The requirement at the later base counts its posts, filled or vacant; it grows
        // from there as the published path does.
        Some(s) => (
            Count::from_f64(s.in_post.get() + s.vacant.get()),
            Demand::PopulationFrom {
                path,
                elasticity,
                from: s.year.get(),
            },
            if s.vacant.get() > 0.0 {
                VacantPosts::InRequirement(s.vacant)
            } else {
                VacantPosts::None
            },
        ),
    };
    let demand = a.demand.map_or(demand, Demand::Constant);
    let new_posts = if a.reforms_added(baseline) {
        baseline.reform_posts
    } else {
        Count::ZERO
    };
    WorkforceModel {
        baseline: workforce,
        demand,
        leaver_rate: a.sector_leaver_rate(),
        vacancies,
        new_posts,
        first_year_rate: None,
        steps: a.horizon.steps_since(a.base_year(baseline)),
    }
}
