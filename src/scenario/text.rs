//! Reading what a person typed in a field: the number it means, or why it cannot be used.

use crate::fields::{Field, InputError, Unit};

/// Reads a field's text: `Ok(None)` for an empty optional field, `Ok(Some(v))` for a valid value.
///
/// Accepts what people type: spaces, thousands commas ("1,200"), a trailing "%" on percentages,
/// a leading "+" or "-", and a Unicode minus sign. Rejects letters, "inf" and "NaN".
pub fn value(field: Field, text: &str) -> Result<Option<f64>, InputError> {
    let spec = field.spec();
    let mut t: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    if t.contains(',') {
        if !commas_group_thousands(&t) {
            return Err(InputError::NotANumber { field });
        }
        t.retain(|c| c != ',');
    }
    if spec.unit == Unit::Percent {
        if let Some(stripped) = t.strip_suffix('%') {
            t = stripped.to_string();
        }
    }
    if t.is_empty() {
        return if spec.optional {
            Ok(None)
        } else {
            Err(InputError::Missing { field })
        };
    }
    if spec.unit == Unit::Flag {
        return match t.as_str() {
            "1" => Ok(Some(1.0)),
            "0" => Ok(Some(0.0)),
            _ => Err(InputError::OutOfRange { field }),
        };
    }
    if !is_decimal(&t) {
        return Err(InputError::NotANumber { field });
    }
    let v: f64 = t.parse().map_err(|_| InputError::NotANumber { field })?;
    field.check(v).map(Some)
}

/// Whether every comma separates thousands ("1,200" and "12,000.5", not "12,5" or "1,20").
fn commas_group_thousands(t: &str) -> bool {
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (whole, rest) = body.split_at(body.find(['.', 'e', 'E']).unwrap_or(body.len()));
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or("");
    !rest.contains(',') && (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// A plain decimal number: optional sign, digits with at most one point, optional exponent.
fn is_decimal(t: &str) -> bool {
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let digits = mantissa.chars().filter(char::is_ascii_digit).count();
    let points = mantissa.chars().filter(|&c| c == '.').count();
    let mantissa_ok = digits > 0 && points <= 1 && digits + points == mantissa.len();
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && e.chars().all(|c| c.is_ascii_digit())
    });
    mantissa_ok && exponent_ok
}
