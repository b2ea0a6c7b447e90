//! "What would it take?": the sentence that answers a view's recruitment target, and the link to
//! the scenario that meets it. Plain data, natively tested; the engine does the solving
//! ([`crate::engine::solve`]) and each model asks it (`Model::answer`); this module only words
//! the answer, for a view that solves for one rate ([`one_rate`]) or for two in proportion
//! ([`refill_rates`]).
//!
//! The rate in the sentence and the rate in the link are the same grid value the solver found
//! (one decimal place), so opening the link shows a need within the target.

use crate::engine::solve::{RateGrid, RefillRates, Solution};
use crate::engine::{Count, Rate};
use crate::fields::Field;
use crate::format::{and_list, count, grouped, percent, round_count, trim};
use crate::scenario::Scenario;

/// The answer to "what would it take?" for one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The sentence.
    pub text: String,
    /// The query string of the scenario that meets the target (`?view=…&turnover=26.4…`), when
    /// it differs from this one.
    pub query: Option<String>,
}

/// How a view names the one rate it solves for.
pub struct OneRate<'a> {
    /// The rate now.
    pub now: Rate,
    /// The field that holds it.
    pub field: Field,
    /// Its name in a sentence ("turnover", "your turnover").
    pub subject: &'a str,
    /// What the need at zero turnover is for ("growth in demand", …).
    pub reasons: &'a [&'a str],
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

/// A need above the target, in whole people unless rounding would hide that it is above.
fn above(need: f64, target: Count) -> String {
    if round_count(need) as f64 > target.get() {
        count(need)
    } else {
        trim(need, 1)
    }
}

/// The subject with a capital first letter (the subjects are plain English words, so ASCII is
/// enough, and the Unicode case tables stay out of the Wasm).
fn capitalised(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The query of `s` with some fields set to new text.
fn query_with(s: &Scenario, changes: &[(Field, String)]) -> String {
    let mut changed = s.clone();
    for (field, text) in changes {
        changed.form.set(*field, text);
    }
    changed.to_query()
}

/// The answer of a view that solves for one rate (the adult and provider turnover): `s` is the
/// scenario asked about, `solution` the solver's for `target`.
pub fn one_rate(s: &Scenario, target: Count, solution: Solution, how: OneRate) -> Answer {
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

/// The answer of the children's view, which solves for both refill rates in proportion.
pub fn refill_rates(
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

    #[test]
    fn figures_above_the_target_read_naturally() {
        let t = Field::AdultTarget.count(300.0).unwrap();
        assert_eq!(above(300.2, t), "300.2");
        assert_eq!(above(301.0, t), "301");
    }
}
