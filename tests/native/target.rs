//! "What would it take?" answered as the page answers it: each view's model solves for the
//! target of a scenario ([`care_workforce::model::answer`]) and words the answer, with a link to
//! the scenario that meets it.

use care_workforce::model::answer;
use care_workforce::scenario::Scenario;
use care_workforce::target::Answer;

fn answer_to(query: &str) -> Answer {
    answer(&Scenario::from_query(query)).expect("a target is set")
}

#[test]
fn no_target_no_answer() {
    assert_eq!(answer(&Scenario::from_query("?view=provider")), None);
    assert_eq!(
        answer(&Scenario::from_query("?view=provider&target=x")),
        None
    );
    assert_eq!(answer(&Scenario::from_query("?view=about&target=3")), None);
}

#[test]
fn provider_example_is_exact() {
    let a = answer_to("?view=provider&staff=100&growth=0&vacancies=0&years=5&target=20");
    assert_eq!(
        a.text,
        "To need no more than 20 new staff a year, your turnover would have to fall to 20% (from 32.2%)."
    );
    assert_eq!(
        a.query.as_deref(),
        Some("?view=provider&staff=100&turnover=20&vacancies=0&growth=0&target=20")
    );
    // Opening the link: the target is met at the turnover it carries, so nothing to change.
    let again = answer_to(a.query.as_deref().unwrap());
    assert_eq!(
        again.text,
        "Your turnover of 20% is already the highest that needs no more than 20 new staff a year."
    );
    assert_eq!(again.query, None);
}

#[test]
fn adult_target_below_what_demand_alone_needs_is_not_possible() {
    let a = answer_to("?view=adult&target=100");
    assert!(
        a.text.starts_with("That is not possible by lowering turnover: even with no staff turnover at all, growth in demand alone would need 5"),
        "{}",
        a.text
    );
    assert!(a.text.ends_with("new staff a year, more than 100."));
    assert_eq!(a.query, None);
    let v = answer_to("?view=adult&target=100&vacancies=1&reforms=1");
    assert!(v
        .text
        .contains("growth in demand, filling today's vacancies and the 2023 reform posts alone"));
}

#[test]
fn adult_target_is_solved_and_the_link_carries_the_rate() {
    let a = answer_to("?view=adult&target=3000&horizon=2030");
    assert!(
        a.text.starts_with(
            "To need no more than 3,000 new staff a year, turnover would have to fall to 2"
        ),
        "{}",
        a.text
    );
    assert!(a.text.ends_with("% (from 32.2%)."));
    let q = a.query.unwrap();
    assert!(q.starts_with("?view=adult&horizon=2030&turnover=2"), "{q}");
    assert!(q.ends_with("&target=3000"), "{q}");
    let rising = answer_to("?view=adult&target=9000");
    assert!(
        rising.text.contains("even if turnover rose to"),
        "{}",
        rising.text
    );
    let any = answer_to("?view=adult&target=1000000");
    assert!(any
        .text
        .starts_with("Even if turnover were 100%, you would need "));
}

#[test]
fn children_rates_fall_together_and_both_go_in_the_link() {
    let a = answer_to("?view=children&target=60");
    assert!(
        a.text.starts_with("To need no more than 60 new staff a year, the refill rates would have to fall in proportion to "),
        "{}",
        a.text
    );
    assert!(a.text.ends_with("(from 13.67% and 10.62%)."), "{}", a.text);
    let q = a.query.unwrap();
    assert!(q.contains("&swrate=") && q.contains("&otherrate="), "{q}");
    // In the published table's reading recruitment is roles needed x refill rate x years, so
    // with no refilling nothing is needed however the population grows: a small target is
    // always reachable by low enough rates.
    let small = answer_to("?view=children&children=10&target=1");
    assert!(
        small
            .text
            .starts_with("To need no more than 1 new staff a year"),
        "{}",
        small.text
    );
}
