//! Generators shared by the property tests.

use care_workforce::engine::{
    AdultAssumptions, Count, Field, ProviderAssumptions, Rate, Share, Year, YearsAhead,
};
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
    )
        .prop_map(|(h, t, s, d, v, r)| AdultAssumptions {
            horizon: Year::new(Field::Horizon, f64::from(h)).unwrap(),
            turnover: Rate::percent(Field::Turnover, t).unwrap(),
            stay: Share::percent(Field::Stay, s).unwrap(),
            demand: d.map(|d| Rate::percent(Field::Demand, d).unwrap()),
            fill_vacancies: v,
            add_reforms: r,
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
        staff: Count::new(Field::Staff, staff).unwrap(),
        turnover: Rate::percent(Field::ProviderTurnover, turnover).unwrap(),
        vacant_posts: Count::new(Field::VacantPosts, vacant).unwrap(),
        growth: Rate::percent(Field::Growth, growth).unwrap(),
        years: YearsAhead::new(Field::Years, f64::from(years)).unwrap(),
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
                horizon: Year::new(Field::Horizon, f64::from(h)).unwrap(),
                social_workers: Count::new(Field::SocialWorkers, sw.round()).unwrap(),
                other_roles: Count::new(Field::OtherRoles, other.round()).unwrap(),
                social_worker_rate: Rate::percent(Field::SocialWorkerTurnover, swr).unwrap(),
                other_rate: Rate::percent(Field::OtherTurnover, or).unwrap(),
                population: pop.map(|c| Rate::percent(Field::ChildPopulation, c).unwrap()),
            },
        )
}
