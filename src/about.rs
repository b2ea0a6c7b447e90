//! The About page's paragraphs that quote figures, written here from the data and the engine
//! rather than typed in, so that they follow the data.

use crate::calibration::{
    adult_readings, adult_residuals, children_residuals, printed_interval, printed_parts_note,
    published_adult, requirement_growth_per_65_plus_growth,
};
use crate::data;
use crate::engine::{project_adult, AdultAssumptions};
use crate::format::{
    and_list, grouped, grouped_decimal, percent, round_count, signed_percent, trim,
};

/// The About page's paragraphs that quote figures, each written from the data (the text after
/// a list item's bold lead-in, where it has one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AboutProse {
    /// What the appendix publishes.
    pub tables: String,
    /// "Workforce required."
    pub workforce: String,
    /// "Demand and older people."
    pub demand: String,
    /// "Extra staff for demand"
    pub extra: String,
    /// "Total new staff"
    pub total: String,
    /// "Filling today's vacancies (an option)."
    pub vacancies: String,
    /// "The 2023 reforms (an option)."
    pub reforms: String,
    /// The children's figures.
    pub children: String,
    /// "The calculator's reading."
    pub children_reading: String,
    /// The two adult scenarios.
    pub scenarios: String,
    /// How a printed figure stands for an interval.
    pub printed: String,
    /// The summary of the published figures' table.
    pub residuals: String,
}

impl AboutProse {
    /// Writes the paragraphs from the data and the engine.
    pub fn new() -> AboutProse {
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
        let vacant_posts = b.workforce.get() * a.vacancy_rate.fraction();
        let vacant = grouped(round_count(vacant_posts));
        let rows = &data::PUBLISHED_ADULT.1;
        let path = data::REQUIREMENT_PATH;
        let readings = adult_readings();
        let [staff, assessment, social_workers] = data::REFORM_POSTS.map(|f| f.shown);
        let printed = rows[0].extra_for_demand;
        let (low, high) = printed_interval(printed);
        let (base_year, horizon) = (data::BASE_YEAR, data::PUBLISHED_HORIZON);
        let base = data::ADULT_REQUIREMENT_2022.shown;
        let requirement =
            and_list(&rows.map(|r| format!("{} in {}", grouped(r.workforce as i64), r.year)));
        let growth_65: Vec<String> = data::POPULATION_65_PLUS
            .iter()
            .zip(data::PUBLISHED_YEARS)
            .map(|(f, y)| format!("{} by {y}", f.shown))
            .collect();
        let population_0_17: Vec<String> = data::PATH_0_17.points[1..]
            .iter()
            .map(|&(year, change)| format!("{} by {year}", signed_percent(100.0 * change, 1)))
            .collect();
        AboutProse {
            tables: format!("The appendix publishes two projection tables: new adult social care staff needed by {}, and new staff for the council's children's social care. With the appendix's figures and a few assumptions of its own, fitted to those tables, this calculator shows every figure of both tables exactly as printed. That match is built in by the fitting: it does not show that the council worked its figures out this way. Below: what the appendix states, what the calculator had to assume, and other readings that fit as well. Years between the published ones are the calculator's own.", and_list(&data::PUBLISHED_YEARS.map(|y| y.to_string()))),
            workforce: format!("The appendix's table gives {requirement}, each from the same {base} in {base_year} (each row's requirement less its extra staff). The calculator follows that path. For the years between, see \u{201c}What the calculator assumes\u{201d} below. After {horizon} the {}-{} trend continues, and the table marks those rows. You can enter your own yearly growth in demand instead.", path.trend_from, path.last_published_year()),
            demand: format!("The appendix says demand grows \u{201c}broadly in line with\u{201d} the population aged 65 and over (up {}). Its table's requirement grows faster: {} to {} times as fast in each published year. The appendix does not say why; the calculator follows the table.", growth_65.join(", "), trim(lo, 2), trim(hi, 2)),
            extra: format!(" = workforce required in the year \u{2212} workforce required in {base_year}."),
            total: format!(" = the sum of each year's new staff = extra for demand + leavers replaced + vacancies filled + reform posts. The results table rounds the parts so that they add up to the total. The exception is the appendix's own rows under its assumptions, shown as printed. {}.", printed_row()),
            vacancies: format!("{} Read that way, the published table treats every post as filled in {base_year}. The option instead starts from the staff in post and fills the {vacant} vacant posts in {}. Empty posts have no leavers, so it adds {} by {horizon} rather than {vacant}.", posts_inference(), base_year + 1, grouped(round_count(total(true) - total(false)))),
            reforms: format!("The appendix expects a \u{201c}short-term increase\u{201d} whose impact \u{201c}is not yet fully known\u{201d}. It gives \u{201c}a mid-range estimate\u{201d} of around {staff} adult social care staff, plus around {assessment} for financial assessment and brokerage. It adds \u{201c}an estimate of approximately {social_workers}\u{201d} social workers for Liberty Protection Safeguards. The option adds these {} posts in 2023 and keeps them, so their leavers are replaced too (about {} a year). If the posts are temporary, later years are that much too high.", grouped(round_count(b.reform_posts.get())), grouped(round_count(b.reform_posts.get() * a.sector_leaver_rate().fraction()))),
            children: format!("The appendix gives {} qualified social work roles and {} other roles in the council's children and families' services. It projects the 0-17 population to change by {}.", data::CHILDREN_STAFFING[0].shown, data::CHILDREN_STAFFING[1].shown, and_list(&population_0_17)),
            children_reading: format!("Recruitment by a year = the roles needed that year \u{d7} the share of roles to fill again each year \u{d7} the years since {base_year}. Social work roles change with the 0-17 population; other roles do not. With yearly shares of {} and {} (the calculator's assumptions, fitted to the table) this gives all nine published figures to the person. The 2% new demand may be inside those shares. A model that replaces each year's leavers comes within one person of every figure but cannot match all nine.", data::SOCIAL_WORK_RATE.shown, data::OTHER_ROLES_RATE.shown),
            scenarios: format!("\u{201c}Published strategy table\u{201d} uses the appendix's {} turnover with {} of leavers staying in social care: the calculator's assumption, fitted to the table (see below). \u{201c}{} rates as measured\u{201d} uses the measured {} staying, applied to every post of the requirement: {} lost a year rather than {}. It shows what the measured rates would mean if they applied to every post. The difference between the two is a difference in how the table is read, not evidence that the published table is too low.", data::TURNOVER.shown, data::ADULT_STAY_ASSUMED.shown, data::FIGURES_YEAR, data::LEAVERS_STAYING.shown, percent(100.0 * readings.measured_loss, 1), percent(100.0 * readings.sector_loss, 1)),
            printed: format!("The appendix prints whole numbers, so {} stands for anything from {} to just under {}. On the appendix's assumptions, every unrounded figure of the calculator rounds to the printed one:", grouped(printed as i64), grouped_decimal(low, 1), grouped_decimal(high, 1)),
            residuals: format!("Show the {} figures, printed and unrounded", adult_residuals().len() + children_residuals().len()),
        }
    }
}

/// The published adult row whose printed parts do not add up to its printed total, as the
/// adult table's caption says it (empty if every row adds up).
fn printed_row() -> String {
    data::PUBLISHED_ADULT
        .1
        .iter()
        .find_map(|r| printed_parts_note(r.year))
        .unwrap_or_default()
}

/// The one wording of how the calculator reads the adult table's 2022 figure (posts, not
/// people), used wherever the page says it: an inference, with its evidence.
pub fn posts_inference() -> String {
    let b = data::ADULT_BASELINE;
    let vacant = b.workforce.get() * published_adult().vacancy_rate.fraction();
    format!(
        "The appendix does not say whether its {} for {} counts people or posts. The calculator reads it as posts, filled or vacant. That is an inference: {} less the {} vacancy rate is {}, close to the \u{201c}approximately {}\u{201d} people Skills for Care counts.",
        data::ADULT_REQUIREMENT_2022.shown,
        data::BASE_YEAR,
        data::ADULT_REQUIREMENT_2022.shown,
        data::VACANCY_RATE.shown,
        grouped(round_count(b.workforce.get() - vacant)),
        data::ADULT_WORKFORCE.shown
    )
}

impl Default for AboutProse {
    fn default() -> Self {
        AboutProse::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prose_quotes_the_appendix_s_figures() {
        let p = AboutProse::new();
        assert!(p.tables.contains("needed by 2024, 2027 and 2032, and"));
        assert!(p.workforce.starts_with("The appendix's table gives 23,983 in 2024, 25,575 in 2027 and 28,506 in 2032, each from the same 23,063 in 2022"));
        assert!(p
            .workforce
            .contains("After 2032 the 2027-2032 trend continues"));
        assert!(p
            .demand
            .contains("(up 3.1% by 2024, 8.5% by 2027, 18.4% by 2032)"));
        assert!(p
            .total
            .contains("In the appendix's 2027 row the parts add up to 16,463, one more than its total of 16,462"));
        assert!(p.children.ends_with(
            "to change by +0.2% by 2024, \u{2212}0.3% by 2027 and \u{2212}1.8% by 2032."
        ));
        assert!(p.scenarios.contains("13.2% lost a year rather than 11.6%"));
        assert!(p
            .printed
            .contains("920 stands for anything from 919.5 to just under 920.5"));
        assert!(p.reforms.contains("these 215 posts"));
        assert_eq!(p.residuals, "Show the 21 figures, printed and unrounded");
    }
}
