//! Each view's headline: the table's own total, rounded as headlines are, in a sentence.

use crate::engine::{AdultAssumptions, ChildrenAssumptions, ProviderAssumptions, BASE_YEAR};
use crate::format::{approx, approx_value, grouped};

use super::compare::comparison_sentence;
use super::table::ResultTable;

/// "about 3,500 a year" from a rounded total over a number of years.
fn per_year(total: i64, years: u16) -> String {
    let years = i64::from(years.max(1));
    grouped(approx_value((total + years / 2) / years))
}

/// The adult headline, from the table's own rounded total.
pub fn adult_headline(a: &AdultAssumptions, t: &ResultTable) -> String {
    let total = total_cell(t);
    let years = a.horizon.get() - BASE_YEAR;
    format!(
        "Staffordshire needs about {} new adult social care staff by {}, about {} a year.{}",
        grouped(approx_value(total)),
        a.horizon.get(),
        per_year(total, years),
        comparison_sentence(t, "the published strategy")
    )
}

/// The children's headline.
pub fn children_headline(a: &ChildrenAssumptions, t: &ResultTable) -> String {
    let total = t.last().map_or(0, |r| r.cells[3]);
    let years = a.horizon.get() - BASE_YEAR;
    format!(
        "Staffordshire County Council needs to recruit about {} children's social care staff by {}, about {} a year, to keep today's capacity.{}",
        grouped(approx_value(total)),
        a.horizon.get(),
        per_year(total, years),
        comparison_sentence(t, "the published strategy")
    )
}

/// The provider headline.
pub fn provider_headline(a: &ProviderAssumptions, t: &ResultTable) -> String {
    let total = t.last().map_or(0, |r| r.cells[5]);
    let first = t.rows.first().map_or(0, |r| r.cells[4]);
    let years = a.years.get();
    let span = if years == 1 {
        "the next year".to_string()
    } else {
        format!("the next {years} years")
    };
    format!(
        "You will need to recruit about {} people over {}, about {} a year ({} in the first year).{}",
        grouped(approx_value(total)),
        span,
        per_year(total, years),
        grouped(first),
        comparison_sentence(t, "at the county's 32.2% turnover")
    )
}

/// The rounded "Total new staff since 2022" of the last row of an adult table.
pub fn total_cell(t: &ResultTable) -> i64 {
    t.last_cell("Total new staff since 2022").unwrap_or(0)
}

/// The approximate figure of a headline, for tests that check the four presentations agree.
pub fn headline_figure(total: i64) -> String {
    approx(total as f64)
}
