//! Newtypes that carry meaning: a yearly rate is not a share, and neither is a head count.
//!
//! Each has a validated constructor that takes the [`Limits`] the value must lie within and says,
//! in numbers, what was wrong ([`OutOfLimits`]); the field table outside the engine turns that
//! into a message naming the field. Inside the engine the values are plain fractions.

use super::limits::{Limits, OutOfLimits};

/// The last target year the county views allow.
pub const LAST_YEAR: u16 = 2040;

/// A rate per year, held as a fraction (0.322 for 32.2% a year). May be negative for growth.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default)]
pub struct Rate(f64);

impl Rate {
    /// A rate from a percentage, checked against `limits` (in percent).
    pub fn percent(limits: Limits, percent: f64) -> Result<Self, OutOfLimits> {
        limits.check(percent).map(|p| Rate(p / 100.0))
    }

    /// A rate from a fraction known to be sensible (bundled data and calibrated constants).
    pub(crate) const fn from_fraction(fraction: f64) -> Self {
        Rate(fraction)
    }

    /// The rate as a fraction.
    pub const fn fraction(self) -> f64 {
        self.0
    }

    /// The rate as a percentage.
    pub fn as_percent(self) -> f64 {
        self.0 * 100.0
    }
}

/// A share of a group (0 to 1), such as the leavers who stay in the sector.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default)]
pub struct Share(f64);

impl Share {
    /// A share from a percentage, checked against `limits` (in percent, within 0% to 100%).
    pub fn percent(limits: Limits, percent: f64) -> Result<Self, OutOfLimits> {
        limits.check(percent).map(|p| Share(p / 100.0))
    }

    /// A share from a fraction known to lie in 0..=1.
    pub(crate) const fn from_fraction(fraction: f64) -> Self {
        Share(fraction)
    }

    /// The share as a fraction.
    pub const fn fraction(self) -> f64 {
        self.0
    }

    /// The share as a percentage.
    pub fn as_percent(self) -> f64 {
        self.0 * 100.0
    }
}

/// A number of people or posts. Not negative, finite; may be fractional (full-time equivalents).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default)]
pub struct Count(f64);

impl Count {
    /// A count checked against `limits` (not below 0).
    pub fn new(limits: Limits, value: f64) -> Result<Self, OutOfLimits> {
        limits.check(value).map(Count)
    }

    /// A count known to be sensible (bundled data).
    pub(crate) const fn from_f64(value: f64) -> Self {
        Count(value)
    }

    /// No one.
    pub const ZERO: Count = Count(0.0);

    /// The count as a number.
    pub const fn get(self) -> f64 {
        self.0
    }
}

/// A calendar year within the range the county views project to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Year(u16);

impl Year {
    /// A year, checked against `limits` (within 0 to 65,535) and whole.
    pub fn new(limits: Limits, value: f64) -> Result<Self, OutOfLimits> {
        limits.check_whole(value).map(|v| Year(v as u16))
    }

    /// A year known to be in range (bundled data).
    pub(crate) const fn from_u16(value: u16) -> Self {
        Year(value)
    }

    /// The year as a number.
    pub const fn get(self) -> u16 {
        self.0
    }

    /// Whole years from `base` to this year (0 if it is not later).
    pub const fn steps_since(self, base: Year) -> u16 {
        self.0.saturating_sub(base.0)
    }
}

/// A number of whole years ahead (1 to 20 for a provider).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearsAhead(u16);

impl YearsAhead {
    /// A span checked against `limits` (within 0 to 65,535) and whole.
    pub fn new(limits: Limits, value: f64) -> Result<Self, OutOfLimits> {
        limits.check_whole(value).map(|v| YearsAhead(v as u16))
    }

    /// The span as a number of years.
    pub const fn get(self) -> u16 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructors_convert_percentages_to_fractions() {
        let any = Limits::new(0.0, 1e6);
        assert_eq!(
            Rate::percent(Limits::PERCENT, 32.2).unwrap().fraction(),
            0.322
        );
        assert_eq!(
            Share::percent(Limits::PERCENT, 59.0).unwrap().fraction(),
            0.59
        );
        let base = Year::new(any, 2022.0).unwrap();
        assert_eq!(Year::new(any, 2032.0).unwrap().steps_since(base), 10);
        assert_eq!(base.steps_since(Year::new(any, 2032.0).unwrap()), 0);
        assert_eq!(YearsAhead::new(any, 5.0).unwrap().get(), 5);
        assert_eq!(Count::new(any, 40.5).unwrap().get(), 40.5);
        assert_eq!(Year::new(any, 2032.5), Err(OutOfLimits::NotWhole));
    }
}
