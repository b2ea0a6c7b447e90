//! The comparison beside the current figures: with the published strategy (adult, children's) or,
//! for a provider, with the same organisation at the county's turnover. It adds two columns to
//! the table (the compared total and the difference, [`super::Compared`] in each row), a dashed
//! mark on the stacked chart and a sentence to the headline.

use std::sync::LazyLock;

use crate::calibration::{published_adult, published_children};
use crate::data;
use crate::engine::{AdultAssumptions, ChildrenAssumptions};
use crate::format::{approx_value, grouped};

/// What a table's comparison is with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Against {
    /// The published strategy: the same table under the published assumptions.
    Strategy,
    /// The same organisation at the county's published turnover.
    CountyTurnover,
}

/// "At the county's 32.2% turnover", the county's turnover from the data.
static AT_COUNTY_TURNOVER: LazyLock<String> =
    LazyLock::new(|| format!("At the county's {} turnover", data::TURNOVER.shown));
/// "Difference from 32.2% turnover".
static FROM_COUNTY_TURNOVER: LazyLock<String> =
    LazyLock::new(|| format!("Difference from {} turnover", data::TURNOVER.shown));
/// "at the county's 32.2% turnover", as the headline says it.
static AT_COUNTY_TURNOVER_WORDS: LazyLock<String> =
    LazyLock::new(|| format!("at the county's {} turnover", data::TURNOVER.shown));

impl Against {
    /// The heading of the compared total's column.
    pub fn compared_heading(self) -> &'static str {
        match self {
            Against::Strategy => "Published strategy total",
            Against::CountyTurnover => &AT_COUNTY_TURNOVER,
        }
    }

    /// The heading of the difference's column.
    pub fn difference_heading(self) -> &'static str {
        match self {
            Against::Strategy => "Difference from the published strategy",
            Against::CountyTurnover => &FROM_COUNTY_TURNOVER,
        }
    }

    /// The compared totals' label in the stacked chart's legend.
    pub fn legend(self) -> &'static str {
        match self {
            Against::Strategy => "Published strategy",
            Against::CountyTurnover => &AT_COUNTY_TURNOVER,
        }
    }

    /// What the headline compares with ("the published strategy").
    fn words(self) -> &'static str {
        match self {
            Against::Strategy => "the published strategy",
            Against::CountyTurnover => &AT_COUNTY_TURNOVER_WORDS,
        }
    }

    /// " That is about 3,100 more than the published strategy (34,948).", from a compared
    /// running total; empty without one.
    pub fn sentence(self, compared: Option<super::Compared>) -> String {
        match compared {
            None => String::new(),
            Some(c) => {
                let d = approx_value(c.difference.abs());
                let how = if d == 0 {
                    "about the same as".to_string()
                } else if c.difference > 0 {
                    format!("about {} more than", grouped(d))
                } else {
                    format!("about {} fewer than", grouped(d))
                };
                format!(" That is {how} {} ({}).", self.words(), grouped(c.total))
            }
        }
    }
}

/// Whether adult assumptions are the published ones, whatever the horizon (and whatever the
/// vacancy rate, which counts only when today's vacancies are filled, never in the published
/// table).
pub fn is_published_adult(a: &AdultAssumptions) -> bool {
    let p = published_adult();
    AdultAssumptions {
        horizon: p.horizon,
        vacancy_rate: p.vacancy_rate,
        ..*a
    } == p
}

/// Whether children's assumptions are the published ones, whatever the horizon.
pub fn is_published_children(a: &ChildrenAssumptions) -> bool {
    let p = published_children();
    ChildrenAssumptions {
        horizon: p.horizon,
        ..*a
    } == p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Compared;

    #[test]
    fn the_sentence_says_more_fewer_or_the_same_in_round_figures() {
        let s = Against::Strategy;
        assert_eq!(s.sentence(None), "");
        assert_eq!(
            s.sentence(Some(Compared::of(38_050, 34_948))),
            " That is about 3,100 more than the published strategy (34,948)."
        );
        assert!(s
            .sentence(Some(Compared::of(30_000, 34_948)))
            .contains("about 4,950 fewer than"));
        assert!(Against::CountyTurnover
            .sentence(Some(Compared::of(80, 80)))
            .starts_with(" That is about the same as at the county's "));
    }
}
