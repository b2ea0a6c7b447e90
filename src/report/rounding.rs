//! How a row's figures are rounded: so that the parts add up to the total, or, for the
//! appendix's own rows under its own assumptions, figure by figure as the appendix rounds them.

use crate::data::PUBLISHED_YEARS;
use crate::format::{round_count, round_parts};

use super::RowKind;

/// How a row's figures are rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rounding {
    /// The parts add up to the rounded total (largest remainder): every row but the next.
    AddingUp,
    /// Each figure rounded on its own, as the appendix rounds its table: the published rows
    /// under the published assumptions, so they show the appendix's figures exactly.
    AsPublished,
}

/// What kind of year a county table's row is.
pub(super) fn county_kind(year: u16, extrapolated: bool, published_scenario: bool) -> RowKind {
    if extrapolated {
        RowKind::Extrapolated
    } else if PUBLISHED_YEARS.contains(&year) {
        if published_scenario {
            RowKind::AsPublished
        } else {
            RowKind::PublishedYear
        }
    } else {
        RowKind::Modelled
    }
}

/// How a row of this kind is rounded: the appendix's own rows as printed, every other row so
/// that its parts add up.
pub(super) fn rounding(kind: RowKind) -> Rounding {
    match kind {
        RowKind::AsPublished => Rounding::AsPublished,
        _ => Rounding::AddingUp,
    }
}

/// Rounds a cumulative total and its parts as `rounding` says.
pub(super) fn round_row<const N: usize>(
    total: f64,
    parts: [f64; N],
    rounding: Rounding,
) -> (i64, [i64; N]) {
    let (total, rounded) = round_parts_of(total, &parts, rounding);
    let mut out = [0; N];
    out.copy_from_slice(&rounded);
    (total, out)
}

/// Rounds a cumulative total and its parts (as many as the row counts) as `rounding` says.
pub(super) fn round_parts_of(total: f64, parts: &[f64], rounding: Rounding) -> (i64, Vec<i64>) {
    let rounded = match rounding {
        Rounding::AddingUp => round_parts(total, parts),
        Rounding::AsPublished => parts.iter().map(|&p| round_count(p)).collect(),
    };
    (round_count(total), rounded)
}
