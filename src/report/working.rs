//! "How this figure is worked out": the arithmetic behind a headline, with the current values
//! plugged in, so that anyone can check a figure by hand. Each view's working is beside its
//! table (it quotes the table's own figures); this is what they share.

use crate::engine::Projection;
use crate::format::percent;

/// The steps of the working, each one sentence, and a closing note on rounding.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Working {
    /// One sentence a step, in order.
    pub steps: Vec<String>,
    /// How the figures are rounded.
    pub note: String,
}

/// The closing note of a working whose figures add up as shown.
pub(super) const ROUNDING: &str = "Each figure is worked out unrounded and then rounded to whole people, the parts so that they add up to the total. A check by hand with the rounded figures shown here can differ by a person or two.";

/// The staff in post at the start of each year, added up: what leavers are a share of.
pub(super) fn staff_years(p: &Projection) -> f64 {
    p.rows[..p.rows.len().saturating_sub(1)]
        .iter()
        .map(|r| r.staffed)
        .sum()
}

/// A rate in the working: three decimal places at most, enough that the arithmetic shown
/// gives the figure shown (11.624% × 253,825 = 29,505).
pub(super) fn pct(fraction: f64) -> String {
    percent(100.0 * fraction, 3)
}
