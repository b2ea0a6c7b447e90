//! How a row's figures are rounded: so that the parts add up to the total, or, for the
//! appendix's own rows under its own assumptions, figure by figure as the appendix rounds them.

use crate::format::{round_count, round_parts};

/// The years the appendix publishes figures for.
pub const PUBLISHED_YEARS: [u16; 3] = [2024, 2027, 2032];

/// The note on a row the appendix publishes, when the published assumptions are in use.
pub const PUBLISHED_NOTE: &str =
    "a year in the published table: figures as the appendix prints them";
/// The note on a published year's row when the assumptions differ from the published ones.
pub const PUBLISHED_YEAR_NOTE: &str = "a year in the published table";
/// The note on a row beyond the published population projection.
pub const EXTRAPOLATED_NOTE: &str = "extrapolated beyond the published projection";

/// How a row's figures are rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rounding {
    /// The parts add up to the rounded total (largest remainder): every row but the next.
    AddingUp,
    /// Each figure rounded on its own, as the appendix rounds its table: the published rows
    /// under the published assumptions, so they show the appendix's figures exactly.
    AsPublished,
}

pub(super) fn county_rounding(year: u16, published_scenario: bool) -> Rounding {
    if published_scenario && PUBLISHED_YEARS.contains(&year) {
        Rounding::AsPublished
    } else {
        Rounding::AddingUp
    }
}

pub(super) fn county_note(
    year: u16,
    extrapolated: bool,
    published_scenario: bool,
) -> Option<&'static str> {
    if extrapolated {
        Some(EXTRAPOLATED_NOTE)
    } else if PUBLISHED_YEARS.contains(&year) {
        Some(if published_scenario {
            PUBLISHED_NOTE
        } else {
            PUBLISHED_YEAR_NOTE
        })
    } else {
        None
    }
}

/// Rounds a cumulative total and its parts as `rounding` says.
pub(super) fn round_row(total: f64, parts: &[f64], rounding: Rounding) -> (i64, Vec<i64>) {
    match rounding {
        Rounding::AddingUp => (round_count(total), round_parts(total, parts)),
        Rounding::AsPublished => (
            round_count(total),
            parts.iter().map(|&p| round_count(p)).collect(),
        ),
    }
}
