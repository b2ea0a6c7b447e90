//! A provider planning by role: one role is exactly today's provider projection, several roles
//! add up to the organisation's printed figures, a case worked by hand, and the roles' URL
//! encoding read back as written.

use care_workforce::engine::{project_provider, project_roles, Organisation, Role};
use care_workforce::model::{Model, ProviderModel};
use care_workforce::report::provider::organisation_table;
use care_workforce::report::roles::{role_grid, role_rows};
use care_workforce::report::{provider_headline, provider_table};
use care_workforce::scenario::{RolePart, RoleText, Scenario, View};
use proptest::prelude::*;

use crate::common::{provider, provider_strategy};

fn organisation(roles: &[(f64, f64, f64)], growth: f64, years: u16) -> Organisation {
    let one = provider(1.0, 0.0, 0.0, growth, years);
    Organisation {
        roles: roles
            .iter()
            .enumerate()
            .map(|(i, &(staff, t, v))| {
                let a = provider(staff, t, v, growth, years);
                Role {
                    name: format!("Role {}", i + 1),
                    staff: a.staff,
                    turnover: a.turnover,
                    vacant_posts: a.vacant_posts,
                }
            })
            .collect(),
        growth: one.growth,
        years: one.years,
        first_year: None,
    }
}

fn roles_strategy() -> impl Strategy<Value = Organisation> {
    (
        prop::collection::vec((1.0..=5_000.0f64, 0.0..=100.0f64, 0.0..=200.0f64), 2..=6),
        -20.0..=50.0f64,
        1u16..=20,
    )
        .prop_map(|(roles, g, n)| organisation(&roles, g, n))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// One role, "All staff", gives exactly today's provider table, headline and working, and
    /// the same link written with the role gives the same sheet.
    #[test]
    fn one_role_is_todays_provider_projection(a in provider_strategy()) {
        let o = Organisation {
            roles: vec![Role {
                name: "All staff".into(),
                staff: a.staff,
                turnover: a.turnover,
                vacant_posts: a.vacant_posts,
            }],
            growth: a.growth,
            years: a.years,
            first_year: None,
        };
        let today = provider_table(&a, &project_provider(&a));
        let sheet = ProviderModel::sheet(&o.clone().into());
        prop_assert_eq!(&sheet.table, &today);
        prop_assert_eq!(sheet.headline, provider_headline(&a, &today));
        prop_assert!(sheet.by_role.is_none());
        prop_assert_eq!(o.whole(), a);
        // A first-year turnover equal to the role's own gives exactly the same figures.
        let same = Organisation { first_year: Some(a.turnover), ..o.clone() };
        prop_assert_eq!(ProviderModel::sheet(&same.into()).table, today);
    }

    /// Several roles: in every year each role's parts add up to its figures, and the roles add
    /// up to the organisation's printed figures that year and in the running totals.
    #[test]
    fn several_roles_add_up_to_the_organisation(o in roles_strategy()) {
        let p = project_roles(&o);
        let t = organisation_table(&o, &p);
        let roles = role_rows(&o, &p, &t);
        for (k, org) in t.rows.iter().enumerate() {
            let sum = |f: fn(&care_workforce::report::ProviderRow) -> i64| {
                roles.iter().map(|r| f(&r.rows[k])).sum::<i64>()
            };
            prop_assert_eq!(sum(|r| r.total), org.total);
            prop_assert_eq!(sum(|r| r.in_year), org.in_year);
            prop_assert_eq!(sum(|r| r.staff_needed), org.staff_needed);
            for r in &roles {
                let row = &r.rows[k];
                prop_assert_eq!(row.replacing_leavers + row.growth + row.vacancies, row.in_year);
            }
        }
        let g = role_grid(&roles, &t);
        for row in &g.rows {
            let (last, parts) = row.figures.split_last().unwrap();
            prop_assert_eq!(parts.iter().sum::<i64>(), *last, "{}", row.label);
        }
    }

    /// Any list of roles is read back from its link as written.
    #[test]
    fn roles_round_trip_through_the_link(
        roles in prop::collection::vec(("\\PC{0,12}", "\\PC{0,6}", "\\PC{0,6}", "\\PC{0,6}"), 1..=12)
    ) {
        let mut s = Scenario::from_query("?view=provider");
        for (n, a, b, c) in &roles {
            s.form.roles_mut().push(RoleText::new(n, a, b, c));
        }
        let back = Scenario::from_query(&s.to_query());
        prop_assert_eq!(back.form.roles(), s.form.roles());
        prop_assert_eq!(back.to_query(), s.to_query());
    }
}

/// Two roles worked by hand over two years, no growth. Care workers: 10 staff, 50% turnover,
/// no vacancies: 5 leave each year, 5 + 5 = 10 recruits. Nurses: 10 staff, 10% turnover, 2
/// vacant posts: year 1, 1 leaver + 2 posts = 3; year 2, 10% of 12 = 1.2. The organisation:
/// 8 then 6.2, 14.2 in all, printed 14; shared out by largest remainder of 10 and 4.2: 10 and 4.
#[test]
fn two_roles_worked_by_hand() {
    let o = organisation(&[(10.0, 50.0, 0.0), (10.0, 10.0, 2.0)], 0.0, 2);
    let p = project_roles(&o);
    let t = organisation_table(&o, &p);
    let totals: Vec<i64> = t.rows.iter().map(|r| r.total).collect();
    assert_eq!(totals, [8, 14]);
    let roles = role_rows(&o, &p, &t);
    let yearly = |i: usize| roles[i].rows.iter().map(|r| r.in_year).collect::<Vec<_>>();
    assert_eq!(yearly(0), [5, 5]);
    assert_eq!(yearly(1), [3, 1]);
    assert_eq!(roles[1].rows[0].vacancies, 2);
    let g = role_grid(&roles, &t);
    assert_eq!(g.headings, ["Year ahead", "Role 1", "Role 2", "All roles"]);
    assert_eq!(g.rows.last().unwrap().figures, [10, 4, 14]);
    let sheet = ProviderModel::sheet(&o.clone().into());
    assert!(
        sheet
            .headline
            .contains("The role that needs the most: role 1, 10 (71% of all recruits)."),
        "{}",
        sheet.headline
    );
    let csv = sheet.by_role.unwrap().csv;
    assert!(csv.starts_with("Role,Year ahead,Staff needed,Replacing leavers that year,Growth that year,Filling vacancies,Recruits that year,Recruits so far\r\nRole 1,Year 1,10,5,0,0,5,5\r\n"), "{csv}");
    assert!(csv.contains("\r\nAll roles,Year 2,22,"), "{csv}");
}

/// The README's example needs 368 recruits over 10 years, and so does the same organisation
/// given as one role in the link; a bad role entry gets a message and the rest still shows.
#[test]
fn role_links_keep_the_old_figures_and_say_what_is_wrong() {
    let total = |q: &str| {
        let s = Scenario::from_query(q);
        let o = ProviderModel::assumptions(&s.form);
        ProviderModel::sheet(&o).table.last().unwrap().total
    };
    assert_eq!(total("?view=provider&staff=120&turnover=25&years=10"), 368);
    assert_eq!(
        total("?view=provider&years=10&role=All+staff~120~25~4"),
        368
    );
    let s =
        Scenario::from_query("?view=provider&role=Care+workers~30~36.1~3&role=Nurses~5&years=3");
    let problems = s.form.role_problems(View::Provider);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert_eq!((problems[0].role, problems[0].part), (1, RolePart::Name));
    assert_eq!(problems[0].input_id(), "role-2-name");
    assert!(s.form.has_errors(View::Provider));
    let o = ProviderModel::assumptions(&s.form);
    assert_eq!(o.organisation.roles.len(), 2);
    assert_eq!(o.organisation.years.get(), 3);
    assert_eq!(
        s.to_query(),
        "?view=provider&years=3&role=Care%20workers~30~36.1~3&role=Nurses~5"
    );
}

/// Issue 21 item 5: the default provider (40 staff growing 2% a year, 0.8 to 0.9 people a year)
/// printed a growth of 0 in year 3 when the running totals were rounded; each year's own
/// figures now show it, and still add up to that year's recruits.
#[test]
fn the_default_providers_growth_shows_in_every_year() {
    let s = Scenario::from_query("?view=provider");
    let sheet = ProviderModel::sheet(&ProviderModel::assumptions(&s.form));
    let growth: Vec<i64> = sheet.table.rows.iter().map(|r| r.growth).collect();
    assert_eq!(growth, [1, 1, 1, 1, 1]);
    for r in &sheet.table.rows {
        assert_eq!(r.replacing_leavers + r.growth + r.vacancies, r.in_year);
    }
}

/// Costs, worked by hand: 100 staff, 10% turnover, no vacancies, no growth, 3 years: 10
/// recruits a year, 30 in all; at £2,000 each, £20,000 a year and £60,000 in all. Nothing about
/// costs shows until a cost is entered. With a target of 5 a year, turnover must fall to 5%:
/// 15 fewer recruits over 3 years, £30,000, £10,000 a year.
#[test]
fn costs_worked_by_hand_and_only_when_entered() {
    let q = "?view=provider&staff=100&turnover=10&vacancies=0&growth=0&years=3";
    let sheet = |q: &str| {
        let s = Scenario::from_query(q);
        ProviderModel::sheet(&ProviderModel::assumptions(&s.form))
    };
    let without = sheet(q);
    assert!(without.table.rows.iter().all(|r| r.cost_in_year.is_none()));
    assert!(!without.headline.contains('\u{a3}'));
    let with = sheet(&format!("{q}&cost=2000"));
    let costs: Vec<_> = with
        .table
        .rows
        .iter()
        .map(|r| (r.cost_in_year, r.cost_so_far))
        .collect();
    assert_eq!(
        costs,
        [
            (Some(20_000), Some(20_000)),
            (Some(20_000), Some(40_000)),
            (Some(20_000), Some(60_000))
        ]
    );
    assert!(
        with.headline.ends_with(
            "At \u{a3}2,000 each, recruiting them costs \u{a3}60,000, about \u{a3}20,000 a year."
        ),
        "{}",
        with.headline
    );
    let s = Scenario::from_query(&format!("{q}&cost=2000&target=5"));
    let answer = care_workforce::model::answer(&s).unwrap();
    assert!(
        answer.text.contains("would have to fall to 5% (from 10%)"),
        "{}",
        answer.text
    );
    assert!(
        answer.text.ends_with("That is 15 fewer recruits over 3 years, saving about \u{a3}10,000 a year in recruitment costs at \u{a3}2,000 each."),
        "{}",
        answer.text
    );
}

/// First-year turnover, worked by hand: 100 staff, 10% turnover, 50% in the first year, no
/// growth or vacancies, 3 years. Year 1: 10 leave, 10 recruits. Year 2: 90 × 10% + 10 × 50% =
/// 14. Year 3: 86 × 10% + 14 × 50% = 15.6. In all 39.6, printed 40 (30 at one rate); 5 + 7 = 12
/// of the leavers were recruits leaving in their first year, and the working says so.
#[test]
fn first_year_turnover_worked_by_hand() {
    let q = "?view=provider&staff=100&turnover=10&vacancies=0&growth=0&years=3";
    let plan = |q: &str| ProviderModel::assumptions(&Scenario::from_query(q).form);
    let at = |q: &str| {
        let t = ProviderModel::sheet(&plan(q)).table;
        t.rows.iter().map(|r| r.in_year).collect::<Vec<_>>()
    };
    assert_eq!(at(q), [10, 10, 10]);
    assert_eq!(at(&format!("{q}&firstyear=50")), [10, 14, 16]);
    let p = project_roles(&plan(&format!("{q}&firstyear=50")).organisation);
    assert!((p.whole.last().total - 39.6).abs() < 1e-9);
    assert!((p.whole.last().first_year_leavers - 12.0).abs() < 1e-9);
    let working = ProviderModel::working(&plan(&format!("{q}&firstyear=50")));
    assert!(
        working.steps.iter().any(|s| s.contains("of the leavers replaced, 12 were people recruited in these 3 years who left again in their first year")),
        "{:?}",
        working.steps
    );
}

/// "What would it take?" with several roles: one turnover for every role, and its link sets
/// every role to it and meets the target, while 0.1 point more would not.
#[test]
fn a_target_with_several_roles_sets_every_roles_turnover() {
    let q = "?view=provider&role=Care%20workers~30~36.1~3&role=Senior%20care%20workers~8~17.5~1&role=Registered%20nurses~6~44.1~1&target=15";
    let s = Scenario::from_query(q);
    let answer = care_workforce::model::answer(&s).unwrap();
    assert!(
        answer.text.starts_with("To need no more than 15 new staff a year, turnover in every role (your organisation's, all roles together) would have to fall to "),
        "{}",
        answer.text
    );
    let link = Scenario::from_query(&answer.query.unwrap());
    let rates: Vec<&str> = link
        .form
        .roles()
        .iter()
        .map(|r| r.get(RolePart::Turnover))
        .collect();
    assert!(rates.iter().all(|r| *r == rates[0]), "{rates:?}");
    let need = |s: &Scenario| {
        let o = ProviderModel::assumptions(&s.form).organisation;
        project_roles(&o).whole.last().total / 5.0
    };
    assert!(need(&link) <= 15.0 + 1e-9, "{}", need(&link));
    let mut higher = link.clone();
    let up = format!("{:.1}", rates[0].parse::<f64>().unwrap() + 0.1);
    for r in higher.form.roles_mut() {
        r.set(RolePart::Turnover, &up);
    }
    assert!(need(&higher) > 15.0, "{}", need(&higher));
}
