//! "What would it take?": the solver against every model, on random scenarios.
//!
//! The round trip: the solved rate is written as the page writes it (one decimal place), read
//! back as the link's URL is read, and projected again. The need must then be within the target,
//! and one step (0.1 percentage point) higher it must not be. That is "reproduces the target
//! within rounding": the rate is shown to one decimal place, so the need at the shown rate can
//! fall short of the target by as much as one step of the rate changes it, and no more.

use care_workforce::data::{ADULT_BASELINE, CHILDREN_BASELINE};
use care_workforce::engine::solve::{
    solve_adult, solve_children, solve_provider, within, yearly_need, RateGrid, RefillRates,
    Solution,
};
use care_workforce::engine::{
    project_adult, project_children, project_provider, AdultAssumptions, ChildrenAssumptions,
    Count, ProviderAssumptions, Rate,
};
use care_workforce::fields::Field;
use care_workforce::format::trim;
use proptest::prelude::*;

use crate::common::{adult_strategy, provider_strategy};

/// The rate as the page writes it and the link's URL reads it back.
fn typed(field: Field, r: Rate) -> Rate {
    let text = trim(r.as_percent(), 1);
    let back = field.rate(text.parse().unwrap()).unwrap();
    assert_eq!(back, r, "{text} reads back as the rate solved");
    back
}

/// One step of the grid above `r`, or `None` at 100%.
fn step_up(field: Field, r: Rate) -> Option<Rate> {
    let next = (r.as_percent() * 10.0).round() + 1.0;
    (next <= 1000.0).then(|| field.rate(next / 10.0).unwrap())
}

fn target_strategy(max: u32) -> impl Strategy<Value = Count> {
    (0..=max).prop_map(|t| Field::AdultTarget.count(f64::from(t)).unwrap())
}

/// Any valid children's assumptions.
fn children_strategy() -> impl Strategy<Value = ChildrenAssumptions> {
    (
        2023u16..=2040,
        0u32..=2000,
        0u32..=2000,
        0.0..=100.0f64,
        0.0..=100.0f64,
        prop::option::of(-10.0..=10.0f64),
    )
        .prop_map(|(h, sw, other, swr, otr, pop)| ChildrenAssumptions {
            horizon: Field::Horizon.year(f64::from(h)).unwrap(),
            social_workers: Field::SocialWorkers.count(f64::from(sw)).unwrap(),
            other_roles: Field::OtherRoles.count(f64::from(other)).unwrap(),
            social_worker_rate: Field::SocialWorkerTurnover.rate(swr).unwrap(),
            other_rate: Field::OtherTurnover.rate(otr).unwrap(),
            population: pop.map(|p| Field::ChildPopulation.rate(p).unwrap()),
        })
}

fn adult_need(a: &AdultAssumptions, turnover: Rate) -> f64 {
    yearly_need(&project_adult(
        &ADULT_BASELINE,
        &AdultAssumptions { turnover, ..*a },
    ))
}

fn provider_need(p: &ProviderAssumptions, turnover: Rate) -> f64 {
    yearly_need(&project_provider(&ProviderAssumptions { turnover, ..*p }))
}

fn children_need(c: &ChildrenAssumptions, rates: RefillRates) -> f64 {
    let changed = ChildrenAssumptions {
        social_worker_rate: rates.social_work,
        other_rate: rates.other,
        ..*c
    };
    yearly_need(&project_children(&CHILDREN_BASELINE, &changed).all)
}

/// Checks a single-rate solution against the need it was solved for.
fn check_one_rate(
    solution: Solution,
    field: Field,
    target: Count,
    need: impl Fn(Rate) -> f64,
) -> Result<(), TestCaseError> {
    let zero = field.rate(0.0).unwrap();
    let full = field.rate(100.0).unwrap();
    match solution {
        Solution::Solved(r) => {
            let r = typed(field, r);
            let at = need(r);
            prop_assert!(within(at, target.get()), "need {at} at {r:?} > {target:?}");
            if let Some(up) = step_up(field, r) {
                let above = need(up);
                prop_assert!(
                    !within(above, target.get()),
                    "need {above} one step up is still within {target:?}"
                );
                // So the target lies between the need at the shown rate and one step above it.
                prop_assert!(at <= target.get() + 1e-6 && target.get() < above);
            }
        }
        Solution::Impossible { floor } => {
            prop_assert_eq!(floor, need(zero));
            prop_assert!(floor > target.get());
        }
        Solution::AlwaysMet { ceiling } => {
            prop_assert_eq!(ceiling, need(full));
            prop_assert!(within(ceiling, target.get()));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn adult_turnover_round_trips(a in adult_strategy(), target in target_strategy(8000)) {
        let s = solve_adult(&ADULT_BASELINE, &a, target);
        check_one_rate(s, Field::Turnover, target, |r| adult_need(&a, r))?;
    }

    #[test]
    fn provider_turnover_round_trips(p in provider_strategy(), target in target_strategy(60_000)) {
        let s = solve_provider(&p, target);
        check_one_rate(s, Field::ProviderTurnover, target, |r| provider_need(&p, r))?;
    }

    #[test]
    fn children_refill_rates_round_trip_and_stay_in_proportion(
        c in children_strategy(),
        target in target_strategy(600),
    ) {
        let now = RefillRates::of(&c);
        match solve_children(&CHILDREN_BASELINE, &c, target) {
            Solution::Solved(rates) => {
                let rates = RefillRates {
                    social_work: typed(Field::SocialWorkerTurnover, rates.social_work),
                    other: typed(Field::OtherTurnover, rates.other),
                };
                prop_assert!(within(children_need(&c, rates), target.get()));
                // In proportion: each is the rate now times one common factor, to one decimal place.
                let k = rates.higher().fraction() / now.higher().fraction();
                for (solved, was) in [(rates.social_work, now.social_work), (rates.other, now.other)] {
                    prop_assert!((solved.as_percent() - was.as_percent() * k).abs() <= 0.05 + 1e-9);
                }
                // One step up in the higher rate (the other following) needs more than the target.
                if let Some(up) = step_up(Field::SocialWorkerTurnover, rates.higher()) {
                    let next = now.scaled_to(up, RateGrid::TENTHS);
                    prop_assert!(!within(children_need(&c, next), target.get()));
                }
            }
            Solution::Impossible { floor } => {
                let none = now.scaled_to(Rate::default(), RateGrid::TENTHS);
                prop_assert_eq!(floor, children_need(&c, none));
                prop_assert!(floor > target.get());
            }
            Solution::AlwaysMet { ceiling } => prop_assert!(within(ceiling, target.get())),
        }
    }
}

#[test]
fn a_target_below_what_demand_alone_needs_is_impossible_and_says_how_much_that_is() {
    let a = care_workforce::calibration::published_adult();
    let target = Field::AdultTarget.count(300.0).unwrap();
    let zero = Field::Turnover.rate(0.0).unwrap();
    let demand_alone = project_adult(
        &ADULT_BASELINE,
        &AdultAssumptions {
            turnover: zero,
            ..a
        },
    );
    let expected = demand_alone.last().extra_for_demand / 10.0;
    match solve_adult(&ADULT_BASELINE, &a, target) {
        Solution::Impossible { floor } => {
            assert!((floor - expected).abs() < 1e-9, "{floor} vs {expected}");
            assert!((500.0..600.0).contains(&floor), "{floor}");
        }
        other => panic!("expected Impossible, got {other:?}"),
    }
}

#[test]
fn the_issue_s_provider_example_solves_to_20_percent() {
    let p = crate::common::provider(100.0, 32.2, 0.0, 0.0, 5);
    let target = Field::ProviderTarget.count(20.0).unwrap();
    let r = solve_provider(&p, target).solved().expect("solved");
    assert_eq!(trim(r.as_percent(), 1), "20");
}
