//! How sure the projections are: Monte Carlo fans, tornado bars and a waterfall of the parts.
//!
//! The published tables give one figure per year, but the assumptions behind them are uncertain:
//! the appendix's own measurements and its published table disagree on how much of the adult
//! workforce is lost to social care each year, and growth in demand is a forecast. This module puts a [`Range`]
//! (low, central, high) on each uncertain assumption and reports
//!
//! - a [`Fan`]: percentiles of the cumulative recruitment total in each year, from many runs of
//!   the projection with the assumptions drawn at random ([`monte_carlo_adult`],
//!   [`monte_carlo_provider`]);
//! - a tornado ([`tornado_adult`], [`tornado_provider`]): how far the total at the horizon moves
//!   when one assumption at a time goes to its low and high value;
//! - a [`waterfall`]: the total at the horizon built up from its parts;
//! - an [`Outlook`] ([`sentence`]): "between X and Y, most likely about Z".
//!
//! Everything here is pure and deterministic: the same inputs and seed give the same numbers
//! (the generator is `oorandom::Rand64`, a PCG seeded with the seed; nothing reads the clock).
//!
//! ## Sampling
//!
//! Each uncertain assumption follows a triangular distribution with minimum `a` (low), mode `c`
//! (central) and maximum `b` (high). Its cumulative distribution at the mode is
//! `F(c) = (c − a) / (b − a)`, and a uniform `u` in `[0, 1)` is turned into a draw by the inverse
//! of the distribution function (see [`Range::quantile`]):
//!
//! - `x = a + √(u (b − a)(c − a))` when `u < F(c)`,
//! - `x = b − √((1 − u)(b − a)(b − c))` otherwise.
//!
//! Its mean is `(a + c + b) / 3`. Every draw uses two uniforms in a
//! fixed order, whether or not a range has any width, so narrowing one range does not reshuffle
//! the draws of the others (common random numbers).

mod params;
mod range;
mod ranges;
mod simulate;
mod tornado;
mod waterfall;

pub use range::{Bound, Range, RangeError};
pub use ranges::{AdultRanges, ProviderRanges};
pub use simulate::{monte_carlo_adult, monte_carlo_provider, sentence, Fan, FanRow, Outlook};
pub use tornado::{tornado_adult, tornado_provider, Bar, BarUnit, Varied};
pub use waterfall::{waterfall, Piece, Step};

/// A sensible number of draws for a fan: percentiles of 10,000 draws move by well under 1% from
/// one seed to another, and the adult fan takes a few milliseconds.
pub const DEFAULT_DRAWS: u32 = 10_000;

/// The most draws a fan uses; more are treated as this many. It bounds memory (draws × years
/// figures are held at once: 100,000 × 18 years is about 14 MB) and time in the browser.
pub const MAX_DRAWS: u32 = 100_000;

/// The share of the adult workforce lost to social care each year varies by 13.6% of its
/// central value either way (a scale of 0.864 to 1.136).
///
/// Turnover and leavers staying are one uncertainty here, not two: the published table loses
/// 11.6% of the workforce to the sector a year (32.2% turnover with the assumed 63.9% staying),
/// while the 2021/22 measurements, 32.2% turnover with 59% staying, lose 13.2% (32.2% × 41%):
/// 13.6% more. Drawing turnover and staying separately would count that one gap twice, so the
/// simulation draws one multiplier on the loss (it scales turnover, with leavers staying as
/// set). At the published settings the high end is the measured 13.2%. (`tests/native/uncertainty.rs`
/// checks this figure against the data.)
pub const ADULT_LOSS_SPREAD: f64 = 0.136;

/// The extra staff needed for growth in demand vary by 20% either way (a scale of 0.8 to 1.2):
/// population projections and the link between older people and care staff are both forecasts.
pub const DEMAND_SCALE_SPREAD: f64 = 0.2;

/// A provider's turnover varies by a quarter of its central value either way: one employer's
/// turnover moves far more from year to year than the county's, so the band is about twice as
/// wide as the adult one.
pub const PROVIDER_TURNOVER_SPREAD: f64 = 0.25;

/// A provider's growth varies by 2 percentage points a year either way: plans for growth are
/// rarely met exactly, and two points is the difference between modest growth and none.
pub const PROVIDER_GROWTH_SPREAD_POINTS: f64 = 2.0;

#[cfg(test)]
mod tests;
