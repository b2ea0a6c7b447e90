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

/// "about 3,500 a year" from a rounded total over a number of years.
fn per_year(total: i64, years: u16) -> String {
    let years = i64::from(years.max(1));
    grouped(approx_value((total + years / 2) / years))
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
