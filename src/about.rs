//! The figures the About page quotes in its prose, taken from the data or worked out from it and
//! the engine here rather than typed in, so that they follow the data.

use crate::calibration::{
    adult_readings, adult_residuals, children_residuals, printed_interval, published_adult,
    requirement_growth_per_65_plus_growth,
};
use crate::data;
use crate::engine::{project_adult, AdultAssumptions};
use crate::format::{
    and_list, grouped, grouped_decimal, percent, round_count, signed_percent, trim,
};

/// Figures the About page quotes in its prose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AboutFigures {
    /// The year the projections start from ("2022").
    pub base_year: String,
    /// The first projected year ("2023").
    pub first_year: String,
    /// The published horizon ("2032").
    pub horizon: String,
    /// The years the tables print ("2024, 2027 and 2032").
    pub published_years: String,
    /// The published workforce requirement ("23,983 in 2024, 25,575 in 2027 and 28,506 in 2032").
    pub requirement: String,
    /// The requirement in the base year ("23,063").
    pub base: String,
    /// The years whose trend is continued beyond the published ones ("2027-2032").
    pub trend: String,
    /// The published growth of the 65+ population ("3.1% by 2024, 8.5% by 2027, 18.4% by 2032").
    pub growth_65: String,
    /// How many times the 65+ growth the published requirement grows ("1.28 to 1.29").
    pub ratio: String,
    /// The published row whose printed parts do not add up to its printed total, and what they
    /// add up to: "its 2027 row adds up to one more than its total, 16,463".
    pub printed_row: String,
    /// The vacancy rate ("9.9%").
    pub vacancy_rate: String,
    /// The people Skills for Care counts in adult social care ("21,000").
    pub people: String,
    /// The base requirement less the vacancy rate ("20,780").
    pub in_post: String,
    /// Vacant posts at the vacancy rate ("2,283").
    pub vacant: String,
    /// What filling today's vacancies adds at the horizon under the published assumptions.
    pub vacancy_effect: String,
    /// The reform posts in words ("about 90 adult social care staff, 100 for …, and 25 …").
    pub reforms: String,
    /// All the reform posts ("215").
    pub reform_posts: String,
    /// Leavers a year from the reform posts under the published assumptions.
    pub reform_leavers: String,
    /// The council's children's staffing ("402 qualified social work roles and 386 other roles").
    pub children_staffing: String,
    /// The published change in the 0-17 population ("+0.2% by 2024, −0.3% by 2027 and …").
    pub population_0_17: String,
    /// The published scenario's turnover and share staying ("32.2%", "63.9%").
    pub turnover: String,
    /// The assumed share of leavers staying.
    pub stay_assumed: String,
    /// The measured share staying ("59%").
    pub stay_measured: String,
    /// The year of the measurements ("2021/22").
    pub figures_year: String,
    /// The share lost to social care a year as measured and as published ("13.2%", "11.6%").
    pub loss_measured: String,
    /// The share lost to social care a year in the published reading.
    pub loss_published: String,
    /// How a printed figure stands for an interval: "920 stands for anything from 919.5 to just
    /// under 920.5".
    pub printed_interval: String,
    /// How many published figures there are ("21").
    pub published_figures: String,
}

impl AboutFigures {
    /// Works the figures out from the data and the engine.
    pub fn new() -> AboutFigures {
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
        let rows = &data::PUBLISHED_ADULT.1;
        let path = data::REQUIREMENT_PATH;
        let readings = adult_readings();
        let [staff, assessment, social_workers] = data::REFORM_POSTS.map(|f| f.shown);
        let first = rows[0].extra_for_demand;
        let (low, high) = printed_interval(first);
        AboutFigures {
            base_year: data::BASE_YEAR.to_string(),
            first_year: (data::BASE_YEAR + 1).to_string(),
            horizon: data::PUBLISHED_HORIZON.to_string(),
            published_years: and_list(&data::PUBLISHED_YEARS.map(|y| y.to_string())),
            requirement: and_list(
                &rows.map(|r| format!("{} in {}", grouped(r.workforce as i64), r.year)),
            ),
            base: data::ADULT_REQUIREMENT_2022.shown.to_string(),
            trend: format!("{}-{}", path.trend_from, path.last_published_year()),
            growth_65: data::POPULATION_65_PLUS
                .iter()
                .zip(data::PUBLISHED_YEARS)
                .map(|(f, y)| format!("{} by {y}", f.shown))
                .collect::<Vec<_>>()
                .join(", "),
            ratio: format!("{} to {}", trim(lo, 2), trim(hi, 2)),
            printed_row: printed_row(),
            vacancy_rate: data::VACANCY_RATE.shown.to_string(),
            people: data::ADULT_WORKFORCE.shown.to_string(),
            in_post: grouped(round_count(b.workforce.get() - vacant)),
            vacant: grouped(round_count(vacant)),
            vacancy_effect: grouped(round_count(total(true) - total(false))),
            reforms: format!(
                "about {staff} adult social care staff, {assessment} for financial assessment and brokerage, and {social_workers} social workers for Liberty Protection Safeguards"
            ),
            reform_posts: grouped(round_count(b.reform_posts.get())),
            reform_leavers: grouped(round_count(
                b.reform_posts.get() * a.sector_leaver_rate().fraction(),
            )),
            children_staffing: format!(
                "{} qualified social work roles and {} other roles",
                data::CHILDREN_STAFFING[0].shown,
                data::CHILDREN_STAFFING[1].shown
            ),
            population_0_17: and_list(
                &data::PATH_0_17.points[1..]
                    .iter()
                    .map(|&(year, change)| format!("{} by {year}", signed_percent(100.0 * change, 1)))
                    .collect::<Vec<_>>(),
            ),
            turnover: data::TURNOVER.shown.to_string(),
            stay_assumed: data::ADULT_STAY_ASSUMED.shown.to_string(),
            stay_measured: data::LEAVERS_STAYING.shown.to_string(),
            figures_year: data::FIGURES_YEAR.to_string(),
            loss_measured: percent(100.0 * readings.measured_loss, 1),
            loss_published: percent(100.0 * readings.sector_loss, 1),
            printed_interval: format!(
                "{} stands for anything from {} to just under {}",
                grouped(first as i64),
                grouped_decimal(low, 1),
                grouped_decimal(high, 1)
            ),
            published_figures: (adult_residuals().len() + children_residuals().len()).to_string(),
        }
    }
}

/// "its 2027 row adds up to one more than its total, 16,463": the published adult row whose
/// printed parts add up to other than its printed total (empty if none does).
fn printed_row() -> String {
    data::PUBLISHED_ADULT
        .1
        .iter()
        .find_map(|r| {
            let parts = (r.extra_for_demand + r.replacing_leavers) as i64;
            let off = parts - r.total as i64;
            let how = match off {
                0 => return None,
                1 => "one more".to_string(),
                -1 => "one fewer".to_string(),
                n if n > 0 => format!("{n} more"),
                n => format!("{} fewer", -n),
            };
            Some(format!(
                "its {} row adds up to {how} than its total, {}",
                r.year,
                grouped(parts)
            ))
        })
        .unwrap_or_default()
}

impl Default for AboutFigures {
    fn default() -> Self {
        AboutFigures::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prose_figures_are_the_appendix_s() {
        let m = AboutFigures::new();
        assert_eq!(m.published_years, "2024, 2027 and 2032");
        assert_eq!(
            m.requirement,
            "23,983 in 2024, 25,575 in 2027 and 28,506 in 2032"
        );
        assert_eq!(m.trend, "2027-2032");
        assert_eq!(m.growth_65, "3.1% by 2024, 8.5% by 2027, 18.4% by 2032");
        assert_eq!(
            m.printed_row,
            "its 2027 row adds up to one more than its total, 16,463"
        );
        assert_eq!(
            m.population_0_17,
            "+0.2% by 2024, \u{2212}0.3% by 2027 and \u{2212}1.8% by 2032"
        );
        assert_eq!(
            (m.loss_measured.as_str(), m.loss_published.as_str()),
            ("13.2%", "11.6%")
        );
        assert_eq!(
            m.printed_interval,
            "920 stands for anything from 919.5 to just under 920.5"
        );
        assert_eq!(
            (m.reform_posts.as_str(), m.published_figures.as_str()),
            ("215", "21")
        );
    }
}
