//! The figures the About page quotes in its prose, worked out from the data and the engine here
//! rather than typed in, so that they follow the data.

use crate::data;
use crate::engine::AdultAssumptions;
use crate::format::{grouped, round_count, trim};

/// Figures the About page quotes in its prose, worked out here rather than typed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AboutFigures {
    /// How many times the 65+ growth the published requirement grows ("1.28 to 1.29").
    pub ratio: String,
    /// The 2022 requirement less the vacancy rate ("20,780").
    pub in_post: String,
    /// Vacant posts at the vacancy rate ("2,283").
    pub vacant: String,
    /// What filling today's vacancies adds to the 2032 total under the published assumptions.
    pub vacancy_effect: String,
    /// Leavers a year from the 215 reform posts under the published assumptions.
    pub reform_leavers: String,
}

impl AboutFigures {
    /// Works the figures out from the data and the engine.
    pub fn new() -> AboutFigures {
        use crate::calibration::{published_adult, requirement_growth_per_65_plus_growth};
        use crate::engine::project_adult;
        let b = data::ADULT_BASELINE;
        let ratios: Vec<f64> = requirement_growth_per_65_plus_growth()
            .into_iter()
            .map(|r| r.1)
            .collect();
        let (lo, hi) = ratios
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), &r| (lo.min(r), hi.max(r)));
        let a = published_adult();
        let total = |fill_vacancies: bool| {
            project_adult(
                &b,
                &AdultAssumptions {
                    fill_vacancies,
                    ..a
                },
            )
            .last()
            .total
        };
        let vacant = b.workforce.get() * a.vacancy_rate.fraction();
        AboutFigures {
            ratio: format!("{} to {}", trim(lo, 2), trim(hi, 2)),
            in_post: grouped(round_count(b.workforce.get() - vacant)),
            vacant: grouped(round_count(vacant)),
            vacancy_effect: grouped(round_count(total(true) - total(false))),
            reform_leavers: grouped(round_count(
                b.reform_posts.get() * a.sector_leaver_rate().fraction(),
            )),
        }
    }
}

impl Default for AboutFigures {
    fn default() -> Self {
        AboutFigures::new()
    }
}
