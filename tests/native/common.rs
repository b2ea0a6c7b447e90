//! Generators shared by the property tests.

use care_workforce::engine::{AdultAssumptions, ProviderAssumptions};
use care_workforce::fields::Field;
use proptest::prelude::*;

/// Any valid adult assumptions.
pub fn adult_strategy() -> impl Strategy<Value = AdultAssumptions> {
    (
        2023u16..=2040,
        0.0..=100.0f64,
        0.0..=100.0f64,
        prop::option::of(-10.0..=20.0f64),
        any::<bool>(),
        any::<bool>(),
        0.0..=50.0f64,
    )
        .prop_map(|(h, t, s, d, v, r, vr)| AdultAssumptions {
            horizon: Field::Horizon.year(f64::from(h)).unwrap(),
            turnover: Field::Turnover.rate(t).unwrap(),
            stay: Field::Stay.share(s).unwrap(),
            demand: d.map(|d| Field::Demand.rate(d).unwrap()),
            fill_vacancies: v,
            vacancy_rate: Field::VacancyRate.share(vr).unwrap(),
            add_reforms: r,
            start: None,
        })
}

/// Any valid provider assumptions (up to 1,000 vacant posts).
pub fn provider_strategy() -> impl Strategy<Value = ProviderAssumptions> {
    (
        1.0..=100_000.0f64,
        0.0..=100.0f64,
        0.0..=1000.0f64,
        -20.0..=50.0f64,
        1u16..=20,
    )
        .prop_map(|(staff, t, v, g, n)| provider(staff, t, v, g, n))
}

/// Provider assumptions from plain numbers (percentages as percentages).
pub fn provider(
    staff: f64,
    turnover: f64,
    vacant: f64,
    growth: f64,
    years: u16,
) -> ProviderAssumptions {
    ProviderAssumptions {
        staff: Field::Staff.count(staff).unwrap(),
        turnover: Field::ProviderTurnover.rate(turnover).unwrap(),
        vacant_posts: Field::VacantPosts.count(vacant).unwrap(),
        growth: Field::Growth.rate(growth).unwrap(),
        years: Field::Years.years_ahead(f64::from(years)).unwrap(),
    }
}

/// Any valid children's assumptions.
pub fn children_strategy() -> impl Strategy<Value = care_workforce::engine::ChildrenAssumptions> {
    (
        2023u16..=2040,
        0.0..=5_000.0f64,
        0.0..=5_000.0f64,
        0.0..=100.0f64,
        0.0..=100.0f64,
        prop::option::of(-10.0..=10.0f64),
    )
        .prop_map(
            |(h, sw, other, swr, or, pop)| care_workforce::engine::ChildrenAssumptions {
                horizon: Field::Horizon.year(f64::from(h)).unwrap(),
                social_workers: Field::SocialWorkers.count(sw.round()).unwrap(),
                other_roles: Field::OtherRoles.count(other.round()).unwrap(),
                social_worker_rate: Field::SocialWorkerTurnover.rate(swr).unwrap(),
                other_rate: Field::OtherTurnover.rate(or).unwrap(),
                population: pop.map(|c| Field::ChildPopulation.rate(c).unwrap()),
            },
        )
}
