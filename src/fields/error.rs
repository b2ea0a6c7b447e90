//! The errors a bad value produces, with messages that name the field and say what is allowed,
//! in the GOV.UK style ("Staff turnover must be between 0% and 100%"), so the page can show
//! them as they are.

use std::fmt;

use super::{Field, Unit};
use crate::engine::uncertainty::RangeError;

/// Why a value could not be used. `Display` gives a message a person can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was entered.
    Missing { field: Field },
    /// The text is not a number.
    NotANumber { field: Field },
    /// A whole number was needed.
    NotWhole { field: Field },
    /// The number is outside the allowed range (or is too large to hold).
    OutOfRange { field: Field },
    /// A year to start from that is not before the target year.
    NotBeforeTarget { field: Field },
}

impl InputError {
    /// The field the error belongs to.
    pub const fn field(self) -> Field {
        match self {
            InputError::Missing { field }
            | InputError::NotANumber { field }
            | InputError::NotWhole { field }
            | InputError::OutOfRange { field }
            | InputError::NotBeforeTarget { field } => field,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field();
        let s = field.spec();
        match (self, s.unit) {
            (_, Unit::Flag) => write!(f, "{} must be {}", s.label, field.range_text()),
            (InputError::Missing { .. }, _) => {
                write!(
                    f,
                    "Enter a value for {}, like {}",
                    lower_first(s.label),
                    field.example_text()
                )
            }
            (InputError::NotANumber { .. }, _) => {
                write!(
                    f,
                    "{} must be a number, like {}",
                    s.label,
                    field.example_text()
                )
            }
            (InputError::NotWhole { .. }, _) => {
                write!(
                    f,
                    "{} must be a whole number, like {}",
                    s.label,
                    field.example_text()
                )
            }
            (InputError::OutOfRange { .. }, _) => {
                write!(f, "{} must be {}", s.label, field.range_text())
            }
            (InputError::NotBeforeTarget { .. }, _) => {
                write!(
                    f,
                    "{} must be before the {}",
                    s.label,
                    lower_first(Field::Horizon.label())
                )
            }
        }
    }
}

impl std::error::Error for InputError {}

/// Why a range of a field's values could not be made: the engine's [`RangeError`], with a
/// message that names the field when a value is outside what it allows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RangeInputError {
    /// The field the range is for.
    pub field: Field,
    /// What was wrong, in numbers.
    pub error: RangeError,
}

impl fmt::Display for RangeInputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.error {
            RangeError::OutsideLimits { bound, .. } => write!(
                f,
                "The {} value for {} must be {}",
                bound.word(),
                lower_first(self.field.label()),
                self.field.range_text()
            ),
            other => other.fmt(f),
        }
    }
}

impl std::error::Error for RangeInputError {}

/// Writes a limit as people read it: no trailing ".0", thousands separated.
pub(super) fn plain_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() >= 10_000.0 {
        let digits = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{v}")
    }
}

/// The label with a small first letter (labels are plain English, so ASCII is enough).
fn lower_first(label: &str) -> String {
    let mut out = label.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}
