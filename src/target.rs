//! "What would it take?": the sentence that answers a view's recruitment target, and the link to
//! the scenario that meets it. Plain data, natively tested; the engine does the solving
//! ([`crate::engine::solve`]), this module only words its answer.
//!
//! The rate in the sentence and the rate in the link are the same grid value the solver found
//! (one decimal place), so opening the link shows a need within the target.

use crate::data::{ADULT_BASELINE, CHILDREN_BASELINE};
use crate::engine::solve::{
    solve_adult, solve_children, solve_provider, RateGrid, RefillRates, Solution,
};
use crate::engine::{Count, Rate};
use crate::fields::Field;
use crate::format::{count, grouped, percent, round_count, trim};
use crate::scenario::{Scenario, View};

/// The answer to "what would it take?" for one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The sentence.
    pub text: String,
    /// The query string of the scenario that meets the target (`?view=…&turnover=26.4…`), when
    /// it differs from this one.
    pub query: Option<String>,
}

/// The answer for the scenario's own view and target; `None` when the view has no target set
/// (or is the About page).
pub fn answer(s: &Scenario) -> Option<Answer> {
    let target = s.form.target(s.view)?;
    match s.view {
        View::Adult => {
            let a = s.form.adult();
            let mut reasons = vec!["growth in demand"];
            if a.fill_vacancies {
                reasons.push("filling today's vacancies");
            }
            if a.add_reforms {
                reasons.push("the 2023 reform posts");
            }
            let solution = solve_adult(&ADULT_BASELINE, &a, target);
            Some(one_rate(
                s,
                target,
                solution,
                OneRate {
                    now: a.turnover,
                    field: Field::Turnover,
                    subject: "turnover",
                    reasons: &reasons,
                },
            ))
        }
        View::Provider => {
            let p = s.form.provider();
            let mut reasons = vec!["growth in your staff"];
            if p.vacant_posts.get() > 0.0 {
                reasons.push("filling your vacant posts");
            }
            let solution = solve_provider(&p, target);
            Some(one_rate(
                s,
                target,
                solution,
                OneRate {
                    now: p.turnover,
                    field: Field::ProviderTurnover,
                    subject: "your turnover",
                    reasons: &reasons,
                },
            ))
        }
        View::Children => {
            let c = s.form.children();
            let solution = solve_children(&CHILDREN_BASELINE, &c, target);
            Some(refill_rates(s, target, solution, RefillRates::of(&c)))
        }
        View::About => None,
    }
}

/// How a view names the one rate it solves for.
struct OneRate<'a> {
    /// The rate now.
    now: Rate,
    /// The field that holds it.
    field: Field,
    /// Its name in a sentence ("turnover", "your turnover").
    subject: &'a str,
    /// What the need at zero turnover is for ("growth in demand", …).
    reasons: &'a [&'a str],
}

/// Whether a solved rate is below, above or the same as the rate now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Change {
    Fall,
    Rise,
    Same,
}

fn change(solved: Rate, now: Rate) -> Change {
    let (s, n) = (solved.as_percent(), now.as_percent());
    if s < n - 1e-9 {
        Change::Fall
    } else if s > n + 1e-9 {
        Change::Rise
    } else {
        Change::Same
    }
}

/// A solved rate as shown and as put in the link: one decimal place, no trailing zeros.
fn grid_text(r: Rate) -> String {
    trim(r.as_percent(), usize::from(RateGrid::TENTHS.decimals()))
}

/// A rate as set now, with the decimals it was typed with (up to three).
fn now_text(r: Rate) -> String {
    percent(r.as_percent(), 3)
}

fn target_text(target: Count) -> String {
    grouped(round_count(target.get()))
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A need above the target, in whole people unless rounding would hide that it is above.
fn above(need: f64, target: Count) -> String {
    if round_count(need) as f64 > target.get() {
        count(need)
    } else {
        trim(need, 1)
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The query of `s` with some fields set to new text.
fn query_with(s: &Scenario, changes: &[(Field, String)]) -> String {
    let mut changed = s.clone();
    for (field, text) in changes {
        changed.form.set(*field, text);
    }
    changed.to_query()
}

fn one_rate(s: &Scenario, target: Count, solution: Solution, how: OneRate) -> Answer {
    let t = target_text(target);
    match solution {
        Solution::Solved(rate) => {
            let (new, old) = (grid_text(rate), now_text(how.now));
            let query = Some(query_with(s, &[(how.field, new.clone())]));
            match change(rate, how.now) {
                Change::Fall => Answer {
                    text: format!(
                        "To need no more than {t} new staff a year, {} would have to fall to {new}% (from {old}).",
                        how.subject
                    ),
                    query,
                },
                Change::Rise => Answer {
                    text: format!(
                        "You would need no more than {t} new staff a year even if {} rose to {new}% (from {old}).",
                        how.subject
                    ),
                    query,
                },
                Change::Same => Answer {
                    text: format!(
                        "{} of {new}% is already the highest that needs no more than {t} new staff a year.",
                        capitalised(how.subject)
                    ),
                    query: None,
                },
            }
        }
        Solution::Impossible { floor } => Answer {
            text: format!(
                "That is not possible by lowering turnover: even with no staff turnover at all, {} alone would need {} new staff a year, more than {t}.",
                and_list(how.reasons),
                above(floor, target)
            ),
            query: None,
        },
        Solution::AlwaysMet { ceiling } => Answer {
            text: format!(
                "Even if {} were 100%, you would need {} new staff a year, no more than {t}.",
                how.subject,
                count(ceiling)
            ),
            query: None,
        },
    }
}

fn refill_rates(
    s: &Scenario,
    target: Count,
    solution: Solution<RefillRates>,
    now: RefillRates,
) -> Answer {
    let t = target_text(target);
    match solution {
        Solution::Solved(rates) => {
            let (sw, other) = (grid_text(rates.social_work), grid_text(rates.other));
            let rates_text = format!("{sw}% for social work roles and {other}% for other roles");
            let from = format!(
                "(from {} and {})",
                now_text(now.social_work),
                now_text(now.other)
            );
            let query = Some(query_with(
                s,
                &[
                    (Field::SocialWorkerTurnover, sw.clone()),
                    (Field::OtherTurnover, other.clone()),
                ],
            ));
            match change(rates.higher(), now.higher()) {
                Change::Fall => Answer {
                    text: format!(
                        "To need no more than {t} new staff a year, the refill rates would have to fall in proportion to {rates_text} {from}."
                    ),
                    query,
                },
                Change::Rise => Answer {
                    text: format!(
                        "You would need no more than {t} new staff a year even if the refill rates rose in proportion to {rates_text} {from}."
                    ),
                    query,
                },
                Change::Same => Answer {
                    text: format!(
                        "Refill rates of {rates_text} are already the highest, in proportion, that need no more than {t} new staff a year."
                    ),
                    query: None,
                },
            }
        }
        Solution::Impossible { floor } => Answer {
            text: format!(
                "That is not possible by lowering the refill rates: even with no roles to refill, the change in the 0-17 population alone would need {} new staff a year, more than {t}.",
                above(floor, target)
            ),
            query: None,
        },
        Solution::AlwaysMet { ceiling } => Answer {
            text: format!(
                "Even if the refill rates rose in proportion until the higher were 100%, you would need {} new staff a year, no more than {t}.",
                count(ceiling)
            ),
            query: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(v.text.contains(
            "growth in demand, filling today's vacancies and the 2023 reform posts alone"
        ));
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

    #[test]
    fn lists_and_figures_read_naturally() {
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        let t = Field::AdultTarget.count(300.0).unwrap();
        assert_eq!(above(300.2, t), "300.2");
        assert_eq!(above(301.0, t), "301");
    }
}
