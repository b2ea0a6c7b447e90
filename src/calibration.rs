//! How the parameters the appendix does not state were derived from its published tables, and
//! how closely the engine then reproduces those tables (shown on the About page, checked in tests).

use crate::data::{self, PUBLISHED_ADULT, PUBLISHED_CHILDREN};
use crate::engine::{
    project_adult, project_children, AdultAssumptions, ChildrenAssumptions, Count, Demand,
    PopulationPath, Rate, Share, WorkforceModel, Year,
};

/// The "published strategy 2022" adult assumptions: the calibrated reading of the published table.
pub fn published_adult() -> AdultAssumptions {
    AdultAssumptions {
        horizon: Year::from_u16(2032),
        turnover: Rate::from_fraction(data::TURNOVER.value / 100.0),
        stay: Share::from_fraction(data::ADULT_STAY_IMPLIED.value / 100.0),
        demand: None,
        fill_vacancies: false,
        add_reforms: false,
    }
}

/// The "local 2021/22 rates" adult assumptions: turnover and leavers staying as published.
pub fn local_adult() -> AdultAssumptions {
    AdultAssumptions {
        stay: Share::from_fraction(data::LEAVERS_STAYING.value / 100.0),
        ..published_adult()
    }
}

/// The "published strategy 2022" children's assumptions.
pub fn published_children() -> ChildrenAssumptions {
    ChildrenAssumptions {
        horizon: Year::from_u16(2032),
        social_workers: Count::from_f64(data::CHILDREN_STAFFING[0].value),
        other_roles: Count::from_f64(data::CHILDREN_STAFFING[1].value),
        social_worker_rate: Rate::from_fraction(data::SOCIAL_WORK_RATE.value / 100.0),
        other_rate: Rate::from_fraction(data::OTHER_ROLES_RATE.value / 100.0),
        population: None,
    }
}

/// Least-squares slope through the origin: the `k` that minimises `Σ (y - k x)²`.
pub fn slope_through_origin(points: &[(f64, f64)]) -> f64 {
    let (sxy, sxx) = points
        .iter()
        .fold((0.0, 0.0), |(sxy, sxx), &(x, y)| (sxy + x * y, sxx + x * x));
    if sxx == 0.0 {
        0.0
    } else {
        sxy / sxx
    }
}

/// Workforce required in 2022 implied by each published adult row (workforce minus extra for demand).
pub fn implied_adult_baselines() -> Vec<f64> {
    PUBLISHED_ADULT
        .1
        .iter()
        .map(|r| r.workforce - r.extra_for_demand)
        .collect()
}

/// The elasticity that best fits the published extra staff for demand.
pub fn fit_adult_elasticity() -> f64 {
    let w0 = data::ADULT_BASELINE.workforce.get();
    let points: Vec<(f64, f64)> = PUBLISHED_ADULT
        .1
        .iter()
        .map(|r| {
            (
                w0 * data::PATH_65_PLUS.change_at(r.year),
                r.extra_for_demand,
            )
        })
        .collect();
    slope_through_origin(&points)
}

/// The cumulative sum of each year's workforce at its start, for a model, at each published year.
fn staff_years(model: WorkforceModel, years: impl Iterator<Item = u16>) -> Vec<f64> {
    let unit_rate = WorkforceModel {
        leaver_rate: Rate::from_fraction(1.0),
        ..model
    }
    .project();
    years
        .map(|y| unit_rate.rows[usize::from(y - crate::engine::BASE_YEAR)].replacing_leavers)
        .collect()
}

/// The yearly rate at which adult staff leave the sector that best fits the published table
/// (least squares over its three leaver figures).
pub fn fit_adult_sector_leaver_rate() -> f64 {
    let (s, published) = adult_staff_years();
    let points: Vec<(f64, f64)> = s.iter().copied().zip(published).collect();
    slope_through_origin(&points)
}

/// The yearly sector-leaver rate that reproduces the published 2032 total exactly:
/// `(total 2032 - extra for demand 2032) / (sum of each year's workforce 2022-2031)`.
pub fn fit_adult_rate_to_2032_total() -> f64 {
    let (s, _) = adult_staff_years();
    let last = PUBLISHED_ADULT.1[2];
    let extra = data::ADULT_BASELINE.workforce.get()
        * data::ADULT_BASELINE.elasticity
        * data::PATH_65_PLUS.change_at(last.year);
    (last.total - extra) / s[2]
}

/// Staff-years before each published year, and the published leaver figures.
fn adult_staff_years() -> (Vec<f64>, Vec<f64>) {
    let b = data::ADULT_BASELINE;
    let model = WorkforceModel {
        baseline: b.workforce,
        demand: Demand::Population {
            path: b.population,
            elasticity: b.elasticity,
        },
        leaver_rate: Rate::default(),
        vacancies: Count::ZERO,
        new_posts: Count::ZERO,
        steps: 10,
    };
    let s = staff_years(model, PUBLISHED_ADULT.1.iter().map(|r| r.year));
    (
        s,
        PUBLISHED_ADULT
            .1
            .iter()
            .map(|r| r.replacing_leavers)
            .collect(),
    )
}

/// The refill rate that best fits one children's group of the published table.
pub fn fit_children_rate(
    staff: f64,
    path: PopulationPath,
    elasticity: f64,
    published: &[(u16, f64)],
) -> f64 {
    let model = WorkforceModel {
        baseline: Count::from_f64(staff),
        demand: Demand::Population { path, elasticity },
        leaver_rate: Rate::default(),
        vacancies: Count::ZERO,
        new_posts: Count::ZERO,
        steps: 10,
    };
    let s = staff_years(model, published.iter().map(|p| p.0));
    let points: Vec<(f64, f64)> = s
        .iter()
        .zip(published)
        .map(|(&x, &(year, total))| {
            let extra = staff * elasticity * path.change_at(year);
            (x, total - extra)
        })
        .collect();
    slope_through_origin(&points)
}

/// One figure of a published table set against the engine's.
#[derive(Clone, Debug, PartialEq)]
pub struct Residual {
    /// Which table and column.
    pub measure: &'static str,
    /// The projected year.
    pub year: u16,
    /// The engine's figure under the published assumptions.
    pub ours: f64,
    /// The published figure.
    pub published: f64,
}

impl Residual {
    /// Ours minus published.
    pub fn difference(&self) -> f64 {
        self.ours - self.published
    }

    /// The difference as a share of the published figure.
    pub fn relative(&self) -> f64 {
        self.difference() / self.published
    }
}

/// Every published adult figure against the engine's, under the published assumptions.
pub fn adult_residuals() -> Vec<Residual> {
    let p = project_adult(&data::ADULT_BASELINE, &published_adult());
    let mut out = Vec::new();
    for r in &PUBLISHED_ADULT.1 {
        let row = p.rows[usize::from(r.year - crate::engine::BASE_YEAR)];
        for (measure, ours, published) in [
            ("Workforce required", row.workforce, r.workforce),
            (
                "Extra staff for demand",
                row.extra_for_demand,
                r.extra_for_demand,
            ),
            (
                "Replacing leavers",
                row.replacing_leavers,
                r.replacing_leavers,
            ),
            ("Total new staff", row.total, r.total),
        ] {
            out.push(Residual {
                measure,
                year: r.year,
                ours,
                published,
            });
        }
    }
    out
}

/// Every published children's figure against the engine's, under the published assumptions.
pub fn children_residuals() -> Vec<Residual> {
    let p = project_children(&data::CHILDREN_BASELINE, &published_children());
    let mut out = Vec::new();
    for r in &PUBLISHED_CHILDREN.1 {
        let i = usize::from(r.year - crate::engine::BASE_YEAR);
        for (measure, ours, published) in [
            (
                "Qualified social work roles",
                p.social_work.rows[i].total,
                r.social_work,
            ),
            ("Other roles", p.other.rows[i].total, r.other),
            ("All roles", p.all.rows[i].total, r.all),
        ] {
            out.push(Residual {
                measure,
                year: r.year,
                ours,
                published,
            });
        }
    }
    out
}
