//! Starting the adult projection from a later base year with the visitor's own figures: cases
//! worked by hand, the rows adding up, and a start from 2022 with the appendix's workforce
//! reproducing today's projection.

use care_workforce::calibration::published_adult;
use care_workforce::data::ADULT_BASELINE;
use care_workforce::engine::{project_adult, AdultAssumptions, Count, LaterBase};
use care_workforce::fields::{Field, InputError};
use care_workforce::model::{AdultModel, Model};
use care_workforce::report::{self, Row};
use care_workforce::scenario::{Scenario, View};
use proptest::prelude::*;

use crate::common::adult_strategy;

/// `(link, last year's workforce required, extra for demand, leavers, vacancies, total)`.
type Case = (&'static str, i64, i64, i64, Option<i64>, i64);

/// Cases worked by hand (see the comments).
const CASES: &[Case] = &[
    // No growth, 10% lost a year (20% × (1 − 50%)), 10,000 in post and 500 vacant in 2030:
    // 10,500 required; 2031: 1,000 leavers + 500 vacant = 1,500; 2032: 1,050 leavers;
    // 2,050 leavers + 500 = 2,550.
    (
        "?base=2030&inpost=10000&vacant=500&demand=0&turnover=20&stay=50",
        10_500,
        0,
        2_050,
        Some(500),
        2_550,
    ),
    // The published path from 2027 (growth 10.8907% since 2022) to 2029 (16.0708%): 21,000
    // posts × 1.160708 / 1.108907 = 21,981 required, 981 more; 15% lost a year: 3,000 in 2028
    // and 15% of 21,493.5 = 3,224.0 in 2029, 6,224 leavers; + 1,000 vacant = 8,205.
    (
        "?base=2027&inpost=20000&vacant=1000&turnover=30&stay=50&horizon=2029",
        21_981,
        981,
        6_224,
        Some(1_000),
        8_205,
    ),
    // No vacant posts given: none filled, whatever the vacancies option says; 2023's reform
    // posts are not added from a base after 2023. 10% growth from 1,000 in 2030: 1,100 in
    // 2031, 1,210 in 2032; no leavers.
    (
        "?base=2030&inpost=1000&demand=10&turnover=0&vacancies=1&reforms=1",
        1_210,
        210,
        0,
        None,
        210,
    ),
];

#[test]
fn hand_worked_cases_and_their_rows_add_up() {
    for &(link, workforce, extra, leavers, vacancies, total) in CASES {
        let s = Scenario::from_query(link);
        assert!(s.form.errors(View::Adult).is_empty(), "{link}");
        let sheet = AdultModel::sheet(&AdultModel::assumptions(&s.form));
        let last = *sheet.table.rows.last().unwrap();
        assert_eq!(
            (
                last.workforce,
                last.extra_for_demand,
                last.replacing_leavers
            ),
            (workforce, extra, leavers),
            "{link}"
        );
        assert_eq!(
            (last.vacancies, last.reforms, last.total),
            (vacancies, None, total),
            "{link}"
        );
        for r in &sheet.table.rows {
            let parts = r.extra_for_demand + r.replacing_leavers + r.vacancies.unwrap_or(0);
            assert_eq!(parts, r.total, "{link} {}", r.year);
            assert!(
                r.compared().is_none(),
                "{link}: no comparison with the published table"
            );
        }
        let base = s.form.get(Field::BaseYear);
        assert!(
            sheet
                .table
                .caption
                .contains(&format!("from your own {base} figures")),
            "{link}"
        );
        assert_eq!(
            sheet.table.rows[0].year.to_string(),
            (base.parse::<u16>().unwrap() + 1).to_string()
        );
        let working = AdultModel::working(&AdultModel::assumptions(&s.form));
        assert!(
            working.steps[0].starts_with(&format!("Your own figures for {base}")),
            "{link}"
        );
    }
}

#[test]
fn nothing_set_is_exactly_today() {
    let s = Scenario::from_query("?view=adult");
    let a = AdultModel::assumptions(&s.form);
    assert_eq!(a, published_adult());
    assert!(a.start.is_none());
}

proptest! {
    /// From 2022 with the appendix's own requirement (as staff in post, or as staff in post
    /// plus today's vacant posts) the projection is today's, with the same demand growth.
    #[test]
    fn a_start_from_2022_with_todays_workforce_is_todays_projection(a in adult_strategy()) {
        let w = ADULT_BASELINE.workforce.get();
        let vacant = if a.fill_vacancies { (w * a.vacancy_rate.fraction()).round() } else { 0.0 };
        let start = LaterBase {
            year: Field::BaseYear.year(2022.0).unwrap(),
            in_post: Count::new(Field::InPost.limits(), w - vacant).unwrap(),
            vacant: Count::new(Field::VacantThen.limits(), vacant).unwrap(),
        };
        let today = AdultAssumptions {
            vacancy_rate: if a.fill_vacancies {
                Field::VacancyRate.share(100.0 * vacant / w).unwrap()
            } else {
                a.vacancy_rate
            },
            ..a
        };
        let theirs = project_adult(&ADULT_BASELINE, &AdultAssumptions { start: Some(start), ..today });
        let ours = project_adult(&ADULT_BASELINE, &today);
        prop_assert_eq!(theirs.rows.len(), ours.rows.len());
        for (t, o) in theirs.rows.iter().zip(&ours.rows) {
            prop_assert!((t.total - o.total).abs() < 1e-6 * o.total.max(1.0), "{:?} {:?}", t, o);
            prop_assert!((t.workforce - o.workforce).abs() < 1e-6 * o.workforce);
        }
    }
}

#[test]
fn the_later_base_fields_check_each_other() {
    let errors = |q: &str| Scenario::from_query(q).form.errors(View::Adult);
    assert_eq!(
        errors("?base=2025"),
        [InputError::Missing {
            field: Field::InPost
        }]
    );
    assert_eq!(
        errors("?inpost=20000"),
        [InputError::Missing {
            field: Field::BaseYear
        }]
    );
    assert_eq!(
        errors("?base=2030&inpost=20000&horizon=2030"),
        [InputError::NotBeforeTarget {
            field: Field::BaseYear
        }]
    );
    assert_eq!(
        errors("?base=2030&inpost=20000&horizon=2030")[0].to_string(),
        "Year to start from must be before the target year"
    );
    assert_eq!(
        errors("?base=2021&inpost=20000")[0].to_string(),
        "Year to start from must be between 2022 and 2032"
    );
    assert!(errors("?base=2030&inpost=20000&horizon=2031").is_empty());
    // An invalid later base leaves the appendix's projection.
    let a =
        report::adult::assumptions(&Scenario::from_query("?base=2030&horizon=2030&inpost=5").form);
    assert!(a.start.is_none());
}
