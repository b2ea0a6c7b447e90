//! What a validated constructor accepts ([`Limits`]), and why a number was refused
//! ([`OutOfLimits`]).
//!
//! The engine knows numbers only: it says a value was not finite, below or above a limit, or not
//! whole. Naming the field a value came from, and writing the message a person reads, is the
//! field table's job, outside the engine.

use std::fmt;

/// The smallest and largest value a constructor accepts, in the unit it is given in (percent
/// for rates and shares).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// The smallest value allowed.
    pub min: f64,
    /// The largest value allowed.
    pub max: f64,
}

impl Limits {
    /// Limits from `min` to `max`, both included.
    pub const fn new(min: f64, max: f64) -> Limits {
        Limits { min, max }
    }

    /// 0% to 100%: a share of a group, or a rate that cannot exceed everyone.
    pub const PERCENT: Limits = Limits::new(0.0, 100.0);

    /// The limits as a `(min, max)` pair.
    pub const fn pair(self) -> (f64, f64) {
        (self.min, self.max)
    }

    /// `value` if it is finite and within the limits.
    pub fn check(self, value: f64) -> Result<f64, OutOfLimits> {
        if !value.is_finite() {
            Err(OutOfLimits::NotFinite)
        } else if value < self.min {
            Err(OutOfLimits::Below { min: self.min })
        } else if value > self.max {
            Err(OutOfLimits::Above { max: self.max })
        } else {
            Ok(value)
        }
    }

    /// `value` if it is within the limits and a whole number.
    pub fn check_whole(self, value: f64) -> Result<f64, OutOfLimits> {
        let v = self.check(value)?;
        if v.fract() == 0.0 {
            Ok(v)
        } else {
            Err(OutOfLimits::NotWhole)
        }
    }
}

/// Why a number was refused, in numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OutOfLimits {
    /// Not a finite number (NaN or infinite).
    NotFinite,
    /// Below the smallest value allowed.
    Below {
        /// The smallest value allowed.
        min: f64,
    },
    /// Above the largest value allowed.
    Above {
        /// The largest value allowed.
        max: f64,
    },
    /// Not a whole number where one is needed.
    NotWhole,
}

impl fmt::Display for OutOfLimits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutOfLimits::NotFinite => write!(f, "the value must be a finite number"),
            OutOfLimits::Below { min } => write!(f, "the value must be at least {min}"),
            OutOfLimits::Above { max } => write!(f, "the value must be at most {max}"),
            OutOfLimits::NotWhole => write!(f, "the value must be a whole number"),
        }
    }
}

impl std::error::Error for OutOfLimits {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_says_what_was_wrong_in_numbers() {
        let l = Limits::new(0.0, 100.0);
        assert_eq!(l.check(f64::NAN), Err(OutOfLimits::NotFinite));
        assert_eq!(l.check(-1.0), Err(OutOfLimits::Below { min: 0.0 }));
        assert_eq!(l.check(101.0), Err(OutOfLimits::Above { max: 100.0 }));
        assert_eq!(l.check_whole(2.5), Err(OutOfLimits::NotWhole));
        assert_eq!(l.check_whole(100.0), Ok(100.0));
    }
}
