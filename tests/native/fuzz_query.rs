//! The URL decoder and every field parser against arbitrary input: nothing panics, what is read
//! writes back to the same scenario, and whatever the URL says, the engine gets valid inputs and
//! gives finite, non-negative totals.
//!
//! CI runs a few thousand cases; a fuzz run sets the count, e.g.
//! `FUZZ_CASES=2000000 cargo test --release --test fuzz_query`.

use care_workforce::data::{ADULT_BASELINE, CHILDREN_BASELINE};
use care_workforce::engine::{
    project_adult, project_children, project_provider, project_roles, Projection,
};
use care_workforce::fields::Field;
use care_workforce::report::{adult, children, provider};
use care_workforce::scenario::{value, Scenario, View, MAX_ROLES};
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(3000)
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(
            Field::ALL
                .iter()
                .map(|f| f.key().to_string())
                .chain(
                    [
                        "view",
                        "embed",
                        "",
                        "VIEW",
                        "turnover[]",
                        "role",
                        "role",
                        "role"
                    ]
                    .map(String::from)
                )
                .collect::<Vec<_>>()
        ),
        ".{0,6}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[-+0-9.,eE% ]{0,12}",
        "[0-9]{1,400}",
        prop::sample::select(vec![
            "adult",
            "children",
            "provider",
            "about",
            "1",
            "0",
            "NaN",
            "inf",
            "-inf",
            "1e999",
            "-1e-999",
            "0x10",
            "%",
            "%%",
            "%2",
            "%C3",
            "%E2%88%92",
            "\u{2212}5",
            "1,000,000",
            "٣",
            "１２",
            "0.1.2",
            ".",
            "-",
            "+",
            "e5",
            "5e",
            "1_000",
        ])
        .prop_map(String::from),
        ".{0,20}",
        // Role entries: name~staff~turnover~vacancies, well formed or not.
        "[A-Za-z %~+]{0,8}(~[-+0-9.,%~]{0,5}){0,5}",
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec((key(), text()), 0..12).prop_map(|pairs| {
            let body: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("?{}", body.join("&"))
        }),
        prop::collection::vec(any::<u8>(), 0..200)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        ".{0,300}",
    ]
}

fn sane(p: &Projection) -> bool {
    p.rows.iter().all(|r| {
        [
            r.workforce,
            r.replacing_leavers,
            r.total,
            r.in_year,
            r.vacancies,
            r.new_posts,
        ]
        .iter()
        .all(|v| v.is_finite() && *v >= 0.0)
            && r.extra_for_demand.is_finite()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_url_gives_a_valid_scenario_and_sane_figures(q in query()) {
        let s = Scenario::from_query(&q);
        prop_assert_eq!(Scenario::from_query(&s.to_query()), s.clone());
        for e in s.form.errors(s.view) {
            prop_assert!(s.view.fields().any(|f| f == e.field()));
            prop_assert!(!e.to_string().is_empty());
        }
        let a = adult::assumptions(&s.form);
        prop_assert!((0.0..=1.0).contains(&a.turnover.fraction()));
        prop_assert!((0.0..=1.0).contains(&a.stay.fraction()));
        prop_assert!((2023..=2040).contains(&a.horizon.get()));
        prop_assert!(sane(&project_adult(&ADULT_BASELINE, &a)));
        let c = project_children(&CHILDREN_BASELINE, &children::assumptions(&s.form));
        prop_assert!(sane(&c.all));
        let p = provider::assumptions(&s.form);
        prop_assert!((1..=20).contains(&p.years.get()));
        prop_assert!(sane(&project_provider(&p)));
        let o = provider::organisation(&s.form);
        prop_assert!(!o.roles.is_empty() && o.roles.len() <= MAX_ROLES);
        let roles = project_roles(&o);
        prop_assert!(roles.roles.iter().all(sane) && sane(&roles.whole));
        for problem in s.form.role_problems(View::Provider) {
            prop_assert!(problem.role < s.form.roles().len());
            prop_assert!(!problem.message.is_empty());
        }
        if s.view == View::Provider && !s.form.roles().is_empty() {
            prop_assert!(s.form.problems(View::Provider).len() >= s.form.role_problems(View::Provider).len());
        }
        prop_assert!(s.form.seed() <= u64::from(u32::MAX));
    }

    #[test]
    fn every_field_parser_accepts_only_what_its_range_allows(t in text()) {
        for field in Field::ALL {
            if let Ok(Some(v)) = value(field, &t) {
                let spec = field.spec();
                prop_assert!(v.is_finite() && v >= spec.min && v <= spec.max, "{field:?} {t:?} -> {v}");
                prop_assert!(!spec.whole || v.fract() == 0.0);
            }
        }
    }
}

#[test]
fn views_only_read_their_own_fields() {
    let s = Scenario::from_query("?view=children&turnover=abc&staff=-1");
    assert_eq!(s.view, View::Children);
    assert!(s.form.errors(View::Children).is_empty());
}
