//! What the page shows, as typed data: each view's results table, headline, chart parts and
//! working.
//!
//! Every count is rounded once here (with [`crate::format::round_count`]); the table, the chart
//! labels, the headline, the working and the CSV all read these rounded numbers, by name, so
//! they always agree.
//!
//! - [`table`]: typed rows ([`Row`]) and their columns ([`Column`]), the table ([`Table`]), the
//!   grid the page and the CSV show ([`Grid`]) and the recap;
//! - [`rounding`]: how rows are rounded so they add up (and the published rows as printed);
//! - [`compare`]: what the current figures are compared with ([`Against`]);
//! - [`working`]: what each view's working shares;
//! - [`adult`], [`children`], [`provider`]: each view's row, table, headline, parts and working;
//! - [`parts`]: one part of the stacked chart.

pub mod adult;
pub mod children;
pub mod compare;
pub mod parts;
pub mod provider;
pub mod roles;
mod rounding;
pub mod table;
pub mod working;

pub use crate::calibration::printed_parts_note;
pub use adult::{adult_headline, adult_parts, adult_table, adult_working, AdultRow};
pub use children::{
    children_headline, children_parts, children_table, children_working, ChildrenRow,
};
pub use compare::{is_published_adult, is_published_children, Against};
pub use parts::Part;
pub use provider::{
    provider_headline, provider_parts, provider_table, provider_working, ProviderRow,
};
pub use table::{Column, Compared, Grid, GridRow, Heading, Recap, Row, RowKind, Table};
pub use working::Working;

use crate::format::{approx, approx_value, grouped};

/// The headline's two figures from a rounded total: "about 34,900" and "about 3,490 a year",
/// the yearly one worked out from the headline's own rounded figure, so that it times the years
/// gives that figure back (34,900 ÷ 10 = 3,490), not from the exact total (which would round
/// twice: 34,948 ÷ 10 = 3,494.8, about 3,500).
fn about_and_per_year(total: i64, years: u16) -> (String, String) {
    let about = approx_value(total);
    let years = i64::from(years.max(1));
    let per_year = (about + years / 2).div_euclid(years);
    (grouped(about), grouped(approx_value(per_year)))
}

/// How a county headline opens: which assumptions its figure follows, so that it reads as a
/// projection, not a fact.
fn on_assumptions(published: bool) -> &'static str {
    if published {
        "On the appendix's assumptions"
    } else {
        "On these assumptions"
    }
}

/// What a county table's caption adds under the published assumptions: which rows are the
/// appendix's and which the calculator's.
fn published_caption(published: bool) -> &'static str {
    if published {
        " (\u{201c}as published\u{201d}: the appendix's own figures; other years are the calculator's)"
    } else {
        ""
    }
}

/// The approximate figure of a headline, for tests that check the four presentations agree.
pub fn headline_figure(total: i64) -> String {
    approx(total as f64)
}
