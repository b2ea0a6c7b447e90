//! A [`Range`] of one uncertain assumption: low, central and high, validated, and drawn from
//! by the inverse of its triangular distribution.

use std::fmt;

use crate::engine::limits::Limits;

/// Which of a range's three values a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// The low value.
    Low,
    /// The central (most likely) value.
    Central,
    /// The high value.
    High,
}

impl Bound {
    /// The bound in a sentence: "low", "central" or "high".
    pub const fn word(self) -> &'static str {
        match self {
            Bound::Low => "low",
            Bound::Central => "central",
            Bound::High => "high",
        }
    }
}

/// Why a range could not be made. `Display` says what is wrong and what is allowed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RangeError {
    /// A value is not a finite number (NaN or infinite).
    NotFinite {
        /// Which value.
        bound: Bound,
    },
    /// Low and high are so far apart that their difference is not a finite number.
    TooWide,
    /// The low value is above the central value.
    LowAboveCentral {
        /// The low value given.
        low: f64,
        /// The central value given.
        central: f64,
    },
    /// The central value is above the high value.
    CentralAboveHigh {
        /// The central value given.
        central: f64,
        /// The high value given.
        high: f64,
    },
    /// A value is outside the limits given (only from [`Range::within`]).
    OutsideLimits {
        /// The limits the range had to lie within.
        limits: Limits,
        /// Which value.
        bound: Bound,
    },
}

impl fmt::Display for RangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            RangeError::NotFinite { bound } => {
                write!(f, "The {} value must be a finite number", bound.word())
            }
            RangeError::TooWide => write!(
                f,
                "The low and high values are too far apart: the difference between them must be a finite number"
            ),
            RangeError::LowAboveCentral { low, central } => write!(
                f,
                "The low value ({low}) must be less than or equal to the central value ({central})"
            ),
            RangeError::CentralAboveHigh { central, high } => write!(
                f,
                "The central value ({central}) must be less than or equal to the high value ({high})"
            ),
            RangeError::OutsideLimits { limits, bound } => write!(
                f,
                "The {} value must be between {} and {}",
                bound.word(),
                limits.min,
                limits.max
            ),
        }
    }
}

impl std::error::Error for RangeError {}

/// A low, central (most likely) and high value of one assumption, in the field's own unit
/// (percent for rates and shares, a plain multiplier for the demand scale).
///
/// Always `low <= central <= high`, all finite. A range of zero width (`low == central == high`)
/// is allowed and means the assumption is certain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub(super) low: f64,
    pub(super) central: f64,
    pub(super) high: f64,
}

impl Range {
    /// A range, checked: all three values finite, `low <= central <= high`, and `high − low`
    /// finite.
    pub fn new(low: f64, central: f64, high: f64) -> Result<Range, RangeError> {
        for (bound, v) in [
            (Bound::Low, low),
            (Bound::Central, central),
            (Bound::High, high),
        ] {
            if !v.is_finite() {
                return Err(RangeError::NotFinite { bound });
            }
        }
        if low > central {
            return Err(RangeError::LowAboveCentral { low, central });
        }
        if central > high {
            return Err(RangeError::CentralAboveHigh { central, high });
        }
        if !(high - low).is_finite() {
            return Err(RangeError::TooWide);
        }
        Ok(Range { low, central, high })
    }

    /// A range checked as [`Range::new`] and, in addition, every value within `limits` (for
    /// example 0% to 100% for staff turnover).
    pub fn within(limits: Limits, low: f64, central: f64, high: f64) -> Result<Range, RangeError> {
        let range = Range::new(low, central, high)?;
        for (bound, v) in [
            (Bound::Low, low),
            (Bound::Central, central),
            (Bound::High, high),
        ] {
            if v < limits.min || v > limits.max {
                return Err(RangeError::OutsideLimits { limits, bound });
            }
        }
        Ok(range)
    }

    /// A certain value: a range of zero width.
    pub fn fixed(value: f64) -> Result<Range, RangeError> {
        Range::new(value, value, value)
    }

    /// `value × (1 − spread)` to `value × (1 + spread)`, then clamped to `min..=max`. The three
    /// values are ordered after clamping, so this cannot fail for finite input.
    pub(super) fn relative(value: f64, spread: f64, min: f64, max: f64) -> Range {
        Range::ordered(
            value * (1.0 - spread),
            value,
            value * (1.0 + spread),
            min,
            max,
        )
    }

    /// `value − points` to `value + points`, then clamped to `min..=max`.
    pub(super) fn absolute(value: f64, points: f64, min: f64, max: f64) -> Range {
        Range::ordered(value - points, value, value + points, min, max)
    }

    /// Clamps and orders three values (used only for defaults built from validated inputs).
    fn ordered(low: f64, central: f64, high: f64, min: f64, max: f64) -> Range {
        let c = central.clamp(min, max);
        Range {
            low: low.clamp(min, max).min(c),
            central: c,
            high: high.clamp(min, max).max(c),
        }
    }

    /// This range with each value clamped to `min..=max` (clamping keeps the order).
    pub(super) fn clamped(self, min: f64, max: f64) -> Range {
        Range::ordered(self.low, self.central, self.high, min, max)
    }

    /// The low value.
    pub const fn low(self) -> f64 {
        self.low
    }

    /// The central (most likely) value: the mode of the triangular distribution.
    pub const fn central(self) -> f64 {
        self.central
    }

    /// The high value.
    pub const fn high(self) -> f64 {
        self.high
    }

    /// `high − low`; zero for a certain value.
    pub fn width(self) -> f64 {
        self.high - self.low
    }

    /// The mean of the triangular distribution on this range: `(low + central + high) / 3`.
    pub fn mean(self) -> f64 {
        (self.low + self.central + self.high) / 3.0
    }

    /// The value below which a share `u` of the triangular distribution (low, mode central,
    /// high) lies: its inverse distribution function. With `a`, `c`, `b` for low, central and
    /// high, and `F(c) = (c − a) / (b − a)`:
    /// `a + √(u (b − a)(c − a))` for `u < F(c)`, otherwise `b − √((1 − u)(b − a)(b − c))`.
    ///
    /// `u` is clamped to `0..=1`; a range of zero width returns its central value exactly, and
    /// the result always lies within `low..=high`.
    pub fn quantile(self, u: f64) -> f64 {
        let (a, c, b) = (self.low, self.central, self.high);
        let width = b - a;
        if width <= 0.0 {
            return c;
        }
        let u = if u.is_nan() { 0.5 } else { u.clamp(0.0, 1.0) };
        let at_mode = (c - a) / width;
        let x = if u < at_mode {
            a + (u * width * (c - a)).sqrt()
        } else {
            b - ((1.0 - u) * width * (b - c)).sqrt()
        };
        x.clamp(a, b)
    }
}

impl Range {
    /// The range widened or narrowed about its central value by `factor` (0 makes it certain,
    /// 1 leaves it as it is, 2 doubles each side), kept within `min..=max`. A factor that is not
    /// a finite, non-negative number leaves the range as it is.
    pub fn scaled(self, factor: f64, (min, max): (f64, f64)) -> Range {
        let k = if factor.is_finite() && factor >= 0.0 {
            factor
        } else {
            1.0
        };
        let c = self.central;
        Range {
            low: (c - (c - self.low) * k).clamp(min.min(c), c),
            central: c,
            high: (c + (self.high - c) * k).clamp(c, max.max(c)),
        }
    }
}
