//! Unit tests of the simulation's internals: the row-free loop, the mirrored models,
//! percentile selection and the triangular quantile.

use super::params::{adult_case, for_each_total};
use super::range::Range;
use super::simulate::percentiles;
use crate::engine::adult::AdultBaseline;
use crate::engine::adult::{adult_model, project_adult, AdultAssumptions};
use crate::engine::path::Demand;
use crate::engine::path::PopulationPath;
use crate::engine::provider::{project_provider, provider_model, ProviderAssumptions};
use crate::engine::units::Count;
use crate::engine::units::Rate;
use crate::engine::units::Share;
use crate::engine::workforce::WorkforceModel;
use crate::engine::{Limits, VacantPosts, Year, YearsAhead, PROVIDER_GROWTH};
use proptest::prelude::*;

/// A baseline of the adult model's shape, made here so the engine's tests need no app data.
const BASELINE: AdultBaseline = AdultBaseline {
    base_year: Year::from_u16(2022),
    workforce: Count::from_f64(23_000.0),
    requirement: PATH,
    path_scale: 1.0,
    reform_posts: Count::from_f64(200.0),
};
const PATH: PopulationPath = PopulationPath {
    points: &[(2022, 0.0), (2024, 0.04), (2027, 0.11), (2032, 0.24)],
    trend_from: 2027,
};

fn totals(m: &WorkforceModel) -> Vec<f64> {
    let mut out = vec![0.0];
    for_each_total(m, |_, t| out.push(t));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The row-free loop and `WorkforceModel::project` give identical totals.
    #[test]
    fn fast_totals_equal_project(
        w0 in 0.0..100_000.0f64,
        r in 0.0..=1.0f64,
        vac in 0.0..1000.0f64,
        posts in 0.0..1000.0f64,
        steps in 0u16..=20,
        constant in prop::option::of(-0.3..0.6f64),
        elasticity in -3.0..3.0f64,
    ) {
        let demand = match constant {
            Some(g) => Demand::Constant(Rate::from_fraction(g)),
            None => Demand::Population { path: PATH, elasticity },
        };
        let m = WorkforceModel {
            baseline: Count::from_f64(w0),
            demand,
            leaver_rate: Rate::from_fraction(r),
            vacancies: if vac < 500.0 { VacantPosts::OnTop(Count::from_f64(vac)) } else { VacantPosts::InRequirement(Count::from_f64(vac)) },
            new_posts: Count::from_f64(posts),
            first_year_rate: None,
            steps,
        };
        let expected: Vec<f64> = m.project().rows.iter().map(|row| row.total).collect();
        prop_assert_eq!(totals(&m), expected);
    }

    /// The mirrored adult and provider models are the ones `project_adult` and
    /// `project_provider` run.
    #[test]
    fn mirrored_models_match(
        h in 2023u16..=2040, t in 0.0..=100.0f64, s in 0.0..=100.0f64,
        d in prop::option::of(-10.0..=20.0f64), v: bool, re: bool, k in 0.0..3.0f64,
        staff in 1.0..10_000.0f64, g in -20.0..=50.0f64, n in 1u16..=20,
    ) {
        let a = AdultAssumptions {
            horizon: Year::new(Limits::new(2023.0, 2040.0), f64::from(h)).unwrap(),
            turnover: Rate::percent(Limits::PERCENT, t).unwrap(),
            stay: Share::percent(Limits::PERCENT, s).unwrap(),
            demand: d.map(|d| Rate::percent(Limits::new(-10.0, 20.0), d).unwrap()),
            fill_vacancies: v,
            vacancy_rate: Share::from_fraction(0.1),
            add_reforms: re,
            start: None,
        };
        let (b, a) = adult_case(&BASELINE, &a, k, k);
        let expected: Vec<f64> = project_adult(&b, &a).rows.iter().map(|r| r.total).collect();
        prop_assert_eq!(totals(&adult_model(&b, &a)), expected);

        let p = ProviderAssumptions {
            staff: Count::new(Limits::new(1.0, 1e6), staff).unwrap(),
            turnover: Rate::percent(Limits::PERCENT, t).unwrap(),
            vacant_posts: Count::new(Limits::new(0.0, 1e6), if v { 3.0 } else { 0.0 }).unwrap(),
            growth: Rate::percent(PROVIDER_GROWTH, g).unwrap(),
            years: YearsAhead::new(Limits::new(1.0, 20.0), f64::from(n)).unwrap(),
        };
        let expected: Vec<f64> = project_provider(&p).rows.iter().map(|r| r.total).collect();
        prop_assert_eq!(totals(&provider_model(&p)), expected);
    }
}

/// Type-7 percentile of sorted values, the textbook way.
fn sorted_percentile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let i = h.floor() as usize;
    let j = (i + 1).min(sorted.len() - 1);
    if sorted[i] == sorted[j] {
        sorted[i]
    } else {
        sorted[i] + (h - i as f64) * (sorted[j] - sorted[i])
    }
}

proptest! {
    /// Selection gives exactly the percentiles a full sort gives.
    #[test]
    fn selection_equals_sorting(
        mut v in prop::collection::vec(prop_oneof![-5.0..5.0f64, Just(1.0)], 1..300),
    ) {
        let ps = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1.0];
        let mut sorted = v.clone();
        sorted.sort_by(f64::total_cmp);
        let got = percentiles(&mut v, ps);
        for (g, p) in got.into_iter().zip(ps) {
            prop_assert_eq!(g, sorted_percentile(&sorted, p), "p {}", p);
        }
    }
}

#[test]
fn quantile_ends_and_mode() {
    let r = Range::new(1.0, 3.0, 7.0).unwrap();
    assert_eq!(r.quantile(0.0), 1.0);
    assert_eq!(r.quantile(1.0), 7.0);
    assert!((r.quantile(2.0 / 6.0) - 3.0).abs() < 1e-12);
    assert_eq!(Range::fixed(4.5).unwrap().quantile(0.3), 4.5);
}
