//! Every field rejects bad input with a message that names the field and says what is allowed.

use care_workforce::fields::{Field, InputError};
use care_workforce::scenario::{value, Scenario};

/// `(field, typed text, expected message)`; `None` means the text is accepted.
const CASES: &[(Field, &str, Option<&str>)] = &[
    (Field::Horizon, "2032", None),
    (
        Field::Horizon,
        "2022",
        Some("Target year must be between 2023 and 2040"),
    ),
    (
        Field::Horizon,
        "2041",
        Some("Target year must be between 2023 and 2040"),
    ),
    (
        Field::Horizon,
        "2030.5",
        Some("Target year must be a whole number, like 2032"),
    ),
    (
        Field::Horizon,
        "",
        Some("Enter a value for target year, like 2032"),
    ),
    (Field::Turnover, "32.2%", None),
    (
        Field::Turnover,
        "abc",
        Some("Staff turnover must be a number, like 32.2"),
    ),
    (
        Field::Turnover,
        "-5",
        Some("Staff turnover must be between 0% and 100%"),
    ),
    (
        Field::Turnover,
        "1e999",
        Some("Staff turnover must be between 0% and 100%"),
    ),
    (
        Field::Turnover,
        "inf",
        Some("Staff turnover must be a number, like 32.2"),
    ),
    (
        Field::Turnover,
        "NaN",
        Some("Staff turnover must be a number, like 32.2"),
    ),
    (
        Field::Stay,
        "101",
        Some("Leavers who stay in social care must be between 0% and 100%"),
    ),
    (Field::Stay, "5 9", None),
    (Field::VacancyRate, "9.9%", None),
    (
        Field::VacancyRate,
        "51",
        Some("Vacancy rate today must be between 0% and 50%"),
    ),
    (
        Field::VacancyRate,
        "",
        Some("Enter a value for vacancy rate today, like 9.9"),
    ),
    (Field::Demand, "", None),
    (Field::Demand, "\u{2212}1.5", None),
    (
        Field::Demand,
        "25",
        Some("Growth in demand must be between -10% and 20%"),
    ),
    (
        Field::Demand,
        "1..2",
        Some("Growth in demand must be a number, like 2.5"),
    ),
    (Field::IncludeVacancies, "1", None),
    (
        Field::IncludeVacancies,
        "yes",
        Some("Fill today's vacancies must be 1 (include) or 0 (leave out)"),
    ),
    (
        Field::IncludeReforms,
        "2",
        Some("Add the 2023 reform posts must be 1 (include) or 0 (leave out)"),
    ),
    (Field::BaseYear, "", None),
    (
        Field::BaseYear,
        "2033",
        Some("Year to start from must be between 2022 and 2032"),
    ),
    (Field::InPost, "24,000", None),
    (
        Field::InPost,
        "0",
        Some("Workforce in post that year must be between 1 and 1,000,000"),
    ),
    (
        Field::VacantThen,
        "12.5",
        Some("Vacant posts that year must be a whole number, like 2000"),
    ),
    (Field::ShowTrend, "1", None),
    (
        Field::ShowTrend,
        "yes",
        Some("The workforce chart must be 1 (include) or 0 (leave out)"),
    ),
    (
        Field::ShowRanges,
        "2",
        Some("How certain is this? must be 1 (include) or 0 (leave out)"),
    ),
    (
        Field::ShowContext,
        "true",
        Some("The figures behind the results must be 1 (include) or 0 (leave out)"),
    ),
    (
        Field::ShowSources,
        "-1",
        Some("Sources must be 1 (include) or 0 (leave out)"),
    ),
    (Field::SocialWorkers, "402", None),
    (
        Field::SocialWorkers,
        "40.5",
        Some("Qualified social work roles must be a whole number, like 402"),
    ),
    (
        Field::SocialWorkers,
        "200000",
        Some("Qualified social work roles must be between 0 and 100,000"),
    ),
    (
        Field::OtherRoles,
        "-1",
        Some("Other roles must be between 0 and 100,000"),
    ),
    (
        Field::SocialWorkerTurnover,
        "x",
        Some("Social work roles to refill each year must be a number, like 13.67"),
    ),
    (
        Field::OtherTurnover,
        "100.1",
        Some("Other roles to refill each year must be between 0% and 100%"),
    ),
    (
        Field::ChildPopulation,
        "-11",
        Some("Change in the 0-17 population must be between -10% and 10%"),
    ),
    (Field::ChildPopulation, "", None),
    (Field::Staff, "1,200", None),
    (
        Field::Staff,
        "0",
        Some("Staff you employ now must be between 1 and 1,000,000"),
    ),
    (
        Field::Staff,
        "",
        Some("Enter a value for staff you employ now, like 40"),
    ),
    (
        Field::ProviderTurnover,
        "12,5",
        Some("Your staff turnover must be a number, like 32.2"),
    ),
    (
        Field::Staff,
        "1,20",
        Some("Staff you employ now must be a number, like 40"),
    ),
    (
        Field::ProviderTurnover,
        "twelve",
        Some("Your staff turnover must be a number, like 32.2"),
    ),
    (
        Field::VacantPosts,
        "-3",
        Some("Posts vacant now must be between 0 and 1,000,000"),
    ),
    (
        Field::Growth,
        "51",
        Some("Expected growth must be between -20% and 50%"),
    ),
    (Field::Growth, "+3", None),
    (
        Field::Years,
        "0",
        Some("Years ahead must be between 1 and 20 years"),
    ),
    (
        Field::Years,
        "2.5",
        Some("Years ahead must be a whole number, like 5"),
    ),
    (Field::FirstYearTurnover, "", None),
    (
        Field::FirstYearTurnover,
        "101",
        Some("Turnover in their first year with you must be between 0% and 100%"),
    ),
    (Field::RecruitCost, "", None),
    (Field::RecruitCost, "2,500", None),
    (
        Field::RecruitCost,
        "\u{a3}2500",
        Some("Cost of recruiting one person must be a number, like 1000"),
    ),
    (
        Field::RecruitCost,
        "2500.50",
        Some("Cost of recruiting one person must be a whole number, like 1000"),
    ),
    (Field::Seed, "42", None),
    (Field::Spread, "0", None),
    (
        Field::Spread,
        "350",
        Some("Width of the ranges must be between 0% and 300%"),
    ),
    // Found by the fuzz run: a comma next to a multi-byte character once sliced inside it.
    (
        Field::Turnover,
        "-%,\u{FFFD}",
        Some("Staff turnover must be a number, like 32.2"),
    ),
    (Field::Staff, "1,000.5", None),
    (
        Field::Staff,
        "1.000,5",
        Some("Staff you employ now must be a number, like 40"),
    ),
    (
        Field::Seed,
        "-1",
        Some("Random seed must be between 0 and 4,294,967,295"),
    ),
    (
        Field::Seed,
        "1.5",
        Some("Random seed must be a whole number, like 1"),
    ),
    (Field::AdultTarget, "", None),
    (Field::AdultTarget, "3,000", None),
    (
        Field::AdultTarget,
        "2500.5",
        Some("Most new staff you can recruit a year must be a whole number, like 3000"),
    ),
    (
        Field::ChildrenTarget,
        "-1",
        Some("Most new staff you can recruit a year must be between 0 and 1,000,000"),
    ),
    (
        Field::ProviderTarget,
        "ten",
        Some("Most new staff you can recruit a year must be a number, like 10"),
    ),
];

#[test]
fn every_field_has_its_error_cases() {
    for field in Field::ALL {
        assert!(
            CASES.iter().any(|(f, _, e)| *f == field && e.is_some()),
            "{field:?} has no error case"
        );
    }
}

#[test]
fn messages_name_the_field_and_what_is_allowed() {
    for &(field, text, expected) in CASES {
        let got = value(field, text).map_err(|e: InputError| e.to_string());
        match expected {
            None => assert!(got.is_ok(), "{field:?} {text:?}: {got:?}"),
            Some(message) => assert_eq!(got, Err(message.to_string()), "{field:?} {text:?}"),
        }
    }
}

#[test]
fn a_bad_value_in_the_url_is_shown_with_its_error_and_the_default_is_used() {
    let s = Scenario::from_query("?view=adult&turnover=abc&horizon=2027&bogus=1");
    assert_eq!(s.form.get(Field::Turnover), "abc");
    let errors = s.form.errors(s.view);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field(), Field::Turnover);
    let a = care_workforce::report::adult::assumptions(&s.form);
    assert_eq!(a.turnover.as_percent(), 32.2);
    assert_eq!(a.horizon.get(), 2027);
}
