//! Invariants of the engine and the URL state, checked on many generated cases.

use care_workforce::data::ADULT_BASELINE;
use care_workforce::engine::{
    project_adult, project_provider, AdultAssumptions, ProviderAssumptions,
};
use care_workforce::fields::Field;
use care_workforce::scenario::{Scenario, View};
use proptest::prelude::*;

use crate::common::{adult_strategy, children_strategy, provider_strategy};
use care_workforce::data::CHILDREN_BASELINE;
use care_workforce::engine::project_children;
use care_workforce::report::{
    adult, adult_table, children, children_table, provider, provider_table, Compared, Row, RowKind,
    Table,
};

/// Each row's parts add up to its total (except a published row shown as printed), and the
/// yearly figures add up to the running total.
fn assert_adds_up<R: Row>(
    t: &Table<R>,
    parts: fn(&R) -> i64,
    total: fn(&R) -> i64,
    yearly: fn(&R) -> i64,
) -> Result<(), TestCaseError> {
    let mut running = 0;
    for row in &t.rows {
        running += yearly(row);
        prop_assert_eq!(running, total(row), "running total, {}", row.label());
        if row.kind() == RowKind::AsPublished {
            continue;
        }
        prop_assert_eq!(parts(row), total(row), "parts of {}", row.label());
    }
    Ok(())
}

/// Each row's comparison is the other table's running total, and the difference ours less it.
fn assert_compared<R: Row>(
    ours: &Table<R>,
    theirs: &Table<R>,
    total: fn(&R) -> i64,
) -> Result<(), TestCaseError> {
    for (o, t) in ours.rows.iter().zip(&theirs.rows) {
        prop_assert_eq!(
            o.compared(),
            Some(Compared::of(total(o), total(t))),
            "{}",
            o.label()
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn zero_turnover_means_no_replacement(mut a in adult_strategy(), mut p in provider_strategy()) {
        a.turnover = Field::Turnover.rate(0.0).unwrap();
        p.turnover = Field::ProviderTurnover.rate(0.0).unwrap();
        for row in project_adult(&ADULT_BASELINE, &a).rows.iter().chain(&project_provider(&p).rows) {
            prop_assert_eq!(row.replacing_leavers, 0.0);
            prop_assert_eq!(row.leavers_in_year, 0.0);
        }
    }

    #[test]
    fn total_never_decreases_with_horizon(a in adult_strategy()) {
        let rows = project_adult(&ADULT_BASELINE, &a).rows;
        prop_assert_eq!(rows.len(), usize::from(a.horizon.get() - 2022) + 1);
        for pair in rows.windows(2) {
            prop_assert!(pair[1].total >= pair[0].total);
            prop_assert!(pair[1].in_year >= 0.0);
        }
        // A nearer horizon gives the same figures for the years both cover.
        let nearer = AdultAssumptions { horizon: Field::Horizon.year(2023.0).unwrap(), ..a };
        prop_assert_eq!(project_adult(&ADULT_BASELINE, &nearer).rows[1], rows[1]);
    }

    #[test]
    fn figures_are_finite_and_never_negative_staff(a in adult_strategy(), p in provider_strategy()) {
        for row in project_adult(&ADULT_BASELINE, &a).rows.iter().chain(&project_provider(&p).rows) {
            for v in [row.workforce, row.replacing_leavers, row.total, row.in_year, row.vacancies, row.new_posts] {
                prop_assert!(v.is_finite() && v >= 0.0, "{:?}", row);
            }
            prop_assert!(row.extra_for_demand.is_finite());
        }
    }

    #[test]
    fn results_scale_linearly_with_the_baseline(p in provider_strategy(), c in 0.1..=10.0f64) {
        let scaled = ProviderAssumptions {
            staff: Field::Staff.count((p.staff.get() * c).max(1.0)).unwrap(),
            vacant_posts: Field::VacantPosts.count(p.vacant_posts.get() * c).unwrap(),
            ..p
        };
        let c = scaled.staff.get() / p.staff.get();
        let (a, b) = (project_provider(&p), project_provider(&scaled));
        for (x, y) in a.rows.iter().zip(&b.rows) {
            let tolerance = 1e-9 * (1.0 + y.total.abs());
            prop_assert!((x.total * c - y.total).abs() <= tolerance, "{} {}", x.total * c, y.total);
            prop_assert!((x.replacing_leavers * c - y.replacing_leavers).abs() <= tolerance);
        }
    }

    #[test]
    fn provider_with_no_growth_and_no_vacancies_replaces_headcount_times_turnover_each_year(
        p in provider_strategy()
    ) {
        let p = ProviderAssumptions {
            growth: Field::Growth.rate(0.0).unwrap(),
            vacant_posts: Field::VacantPosts.count(0.0).unwrap(),
            ..p
        };
        let expected = p.staff.get() * p.turnover.fraction() * f64::from(p.years.get());
        let total = project_provider(&p).last().total;
        prop_assert!((total - expected).abs() <= 1e-9 * (1.0 + expected), "{total} vs {expected}");
    }

    #[test]
    fn every_table_adds_up(a in adult_strategy(), c in children_strategy(), p in provider_strategy()) {
        let t = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
        prop_assert_eq!(t.rows.iter().all(|r| r.vacancies.is_some()), a.fill_vacancies);
        prop_assert_eq!(t.rows.iter().all(|r| r.reforms.is_some()), a.add_reforms);
        assert_adds_up(
            &t,
            |r| r.extra_for_demand + r.replacing_leavers + r.vacancies.unwrap_or(0) + r.reforms.unwrap_or(0),
            |r| r.total,
            |r| r.in_year,
        )?;

        let t = children_table(&c, &project_children(&CHILDREN_BASELINE, &c));
        assert_adds_up(&t, |r| r.social_work + r.other, |r| r.total, |r| r.in_year)?;

        // A provider's parts are each year's: they add up to the year's recruits, which add up
        // to the running total.
        let t = provider_table(&p, &project_provider(&p));
        let mut so_far = 0;
        for r in &t.rows {
            prop_assert_eq!(r.replacing_leavers + r.growth + r.vacancies, r.in_year, "provider {}", r.label());
            so_far += r.in_year;
            prop_assert_eq!(so_far, r.total, "provider {}", r.label());
        }
    }

    #[test]
    fn the_comparison_is_the_published_scenarios_own_figures(a in adult_strategy(), c in children_strategy(), p in provider_strategy()) {
        use care_workforce::calibration::{published_adult, published_children};
        let strategy = AdultAssumptions { horizon: a.horizon, ..published_adult() };
        let ours = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
        let theirs = adult_table(&strategy, &project_adult(&ADULT_BASELINE, &strategy));
        if ours.rows.iter().all(|r| r.compared.is_some()) {
            assert_compared(&ours, &theirs, |r| r.total)?;
        } else {
            prop_assert!(ours.rows.iter().all(|r| r.compared.is_none()));
            prop_assert_eq!(&ours, &theirs);
        }
        prop_assert!(theirs.rows.iter().all(|r| r.compared.is_none()), "nothing shown twice");

        let strategy = care_workforce::engine::ChildrenAssumptions { horizon: c.horizon, ..published_children() };
        let ours = children_table(&c, &project_children(&CHILDREN_BASELINE, &c));
        let theirs = children_table(&strategy, &project_children(&CHILDREN_BASELINE, &strategy));
        if ours.rows.iter().all(|r| r.compared.is_some()) {
            assert_compared(&ours, &theirs, |r| r.total)?;
        }

        let county = ProviderAssumptions { turnover: Field::ProviderTurnover.rate(32.2).unwrap(), ..p };
        let ours = provider_table(&p, &project_provider(&p));
        let theirs = provider_table(&county, &project_provider(&county));
        prop_assert_eq!(ours.rows.iter().all(|r| r.compared.is_some()), p.turnover != county.turnover);
        if p.turnover != county.turnover {
            assert_compared(&ours, &theirs, |r| r.total)?;
        }
    }

    #[test]
    fn the_parts_always_add_up_to_the_total(a in adult_strategy(), p in provider_strategy()) {
        for row in project_adult(&ADULT_BASELINE, &a).rows.iter().chain(&project_provider(&p).rows) {
            let parts = row.extra_for_demand + row.replacing_leavers + row.vacancies + row.new_posts;
            prop_assert!((parts - row.total).abs() < 1e-6 * (1.0 + row.total), "{:?}", row);
        }
    }

    #[test]
    fn any_query_string_is_read_without_panicking(q in ".{0,200}") {
        let s = Scenario::from_query(&q);
        // What is read can be written and read back to the same scenario.
        prop_assert_eq!(Scenario::from_query(&s.to_query()), s.clone());
        let _ = (adult::assumptions(&s.form), children::assumptions(&s.form), provider::assumptions(&s.form), s.form.errors(s.view));
    }

    #[test]
    fn structured_queries_round_trip(
        view in prop::sample::select(View::ALL.to_vec()),
        values in prop::collection::vec("[-+0-9.,%a-z ]{0,8}", 6),
        embed in any::<bool>(),
    ) {
        let mut s = Scenario { view, embed, ..Scenario::default() };
        for (f, v) in view.fields().zip(&values) {
            s.form.set(f, v);
        }
        prop_assert_eq!(Scenario::from_query(&s.to_query()), s);
    }
}
