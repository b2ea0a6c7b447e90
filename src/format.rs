//! Number formatting shared by the headline, table, chart and CSV, so they always agree.
//!
//! Every count is rounded once, by [`round_count`]; every other function formats that rounded value.

/// Rounds a count of people to a whole number, halves away from zero, never showing -0,
/// NaN or infinity (those become 0; the engine never produces them, this is a last guard).
pub fn round_count(value: f64) -> i64 {
    if !value.is_finite() {
        return 0;
    }
    let r = value.round();
    if r == 0.0 {
        0
    } else {
        r.clamp(-1e15, 1e15) as i64
    }
}

/// Rounds the parts of a total so that they add up to the rounded total (the largest-remainder
/// method): each part is rounded down, and the ones left to make up the rounded total go to the
/// parts with the largest remainders. Each part ends within one of its own value. If the parts
/// do not add up to `total` unrounded (they always do in the engine, to within a billionth),
/// the difference goes to the largest part.
pub fn round_parts(total: f64, parts: &[f64]) -> Vec<i64> {
    let target = round_count(total);
    let mut out: Vec<i64> = parts.iter().map(|&p| round_count(p.floor())).collect();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    let remainder = |i: usize| {
        let p = parts[i];
        if p.is_finite() {
            p - p.floor()
        } else {
            0.0
        }
    };
    // Largest remainder first; ties keep the parts' order.
    order.sort_by(|&a, &b| remainder(b).total_cmp(&remainder(a)));
    let mut missing = target - out.iter().sum::<i64>();
    for &i in order.iter().cycle().take(parts.len()) {
        if missing <= 0 {
            break;
        }
        out[i] += 1;
        missing -= 1;
    }
    if missing != 0 {
        if let Some(i) = (0..parts.len()).max_by(|&a, &b| parts[a].abs().total_cmp(&parts[b].abs()))
        {
            out[i] += missing;
        }
    }
    out
}

/// A figure with a fixed number of decimal places and its whole part grouped in thousands:
/// (16462.375, 2) -> "16,462.38". For showing unrounded figures beside printed ones.
pub fn grouped_decimal(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let s = format!("{:.decimals$}", value.abs());
    let (whole, fraction) = s.split_once('.').unwrap_or((&s, ""));
    let whole: i64 = whole.parse().unwrap_or(0);
    let sign = if value < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{}", grouped(whole))
    } else {
        format!("{sign}{}.{fraction}", grouped(whole))
    }
}

/// Groups the digits of a whole number in thousands: 34948 -> "34,948", -920 -> "-920".
pub fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count as shown in tables: rounded, grouped.
pub fn count(value: f64) -> String {
    grouped(round_count(value))
}

/// A count with its sign, for changes: "+920", "-7", "0".
pub fn signed_count(value: f64) -> String {
    let n = round_count(value);
    if n > 0 {
        format!("+{}", grouped(n))
    } else {
        grouped(n)
    }
}

/// The rounded count, rounded again for a headline: to 3 significant figures from 1,000
/// (34,948 -> 34,900), to the nearest 10 from 100, exact below.
pub fn approx(value: f64) -> String {
    grouped(approx_value(round_count(value)))
}

/// The number [`approx`] shows.
pub fn approx_value(n: i64) -> i64 {
    let a = n.abs();
    let step = approx_step(n);
    let rounded = (a + step / 2) / step * step;
    if n < 0 {
        -rounded
    } else {
        rounded
    }
}

/// The step [`approx_value`] rounds a count to: 100 for 34,948, 10 for 950, 1 below 100.
pub fn approx_step(n: i64) -> i64 {
    let a = n.abs();
    if a >= 1000 {
        10_i64.pow((a as f64).log10().floor() as u32 - 2)
    } else if a >= 100 {
        10
    } else {
        1
    }
}

/// A percentage with up to `decimals` decimals and no trailing zeros: 32.2 -> "32.2%".
pub fn percent(value: f64, decimals: usize) -> String {
    format!("{}%", trim(value, decimals))
}

/// A number with up to `decimals` decimals and no trailing zeros, as typed into a field.
pub fn trim(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let s = format!("{value:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

/// A change in percent with its sign, as prose writes it: "+0.2%", "\u{2212}1.8%" (a minus sign),
/// "0%".
pub fn signed_percent(value: f64, decimals: usize) -> String {
    let shown = trim(value, decimals);
    match shown.strip_prefix('-') {
        Some(magnitude) => format!("\u{2212}{magnitude}%"),
        None if shown == "0" => "0%".to_string(),
        None => format!("+{shown}%"),
    }
}

/// Items as a list in a sentence: "a", "a and b", "a, b and c".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_the_appendix_does() {
        for (value, shown) in [
            (34_947.6, "34,948"),
            (-920.4, "-920"),
            (0.4, "0"),
            (-0.4, "0"),
            (999.5, "1,000"),
            (1_234_567.0, "1,234,567"),
            (f64::NAN, "0"),
            (f64::INFINITY, "0"),
        ] {
            assert_eq!(count(value), shown, "{value}");
        }
    }

    #[test]
    fn headline_rounding() {
        for (value, shown) in [
            (34_948.0, "34,900"),
            (3_495.0, "3,500"),
            (6_336.0, "6,340"),
            (192.0, "190"),
            (95.0, "95"),
            (-1_234.0, "-1,230"),
            (125_555.0, "126,000"),
        ] {
            assert_eq!(approx(value), shown, "{value}");
        }
    }

    #[test]
    fn parts_add_up_to_the_rounded_total() {
        for (total, parts, expected) in [
            // The published 2027 adult row, unrounded: 2,511.75 + 13,950.625.
            (16_462.375, vec![2_511.75, 13_950.625], vec![2_512, 13_950]),
            (192.12, vec![110.13, 81.99], vec![110, 82]),
            (478.91, vec![273.94, 204.97], vec![274, 205]),
            (51.6, vec![-2.2, 50.5, 3.3], vec![-2, 51, 3]),
            (0.0, vec![], vec![]),
            (10.0, vec![10.0], vec![10]),
        ] {
            let got = round_parts(total, &parts);
            assert_eq!(got, expected, "{parts:?}");
            assert_eq!(got.iter().sum::<i64>(), round_count(total));
        }
    }

    #[test]
    fn unrounded_figures_are_grouped() {
        assert_eq!(grouped_decimal(16_462.375, 2), "16,462.38");
        assert_eq!(grouped_decimal(23_983.0, 2), "23,983.00");
        assert_eq!(grouped_decimal(-0.001, 2), "0.00");
        assert_eq!(grouped_decimal(-1234.5, 1), "-1,234.5");
        assert_eq!(grouped_decimal(f64::NAN, 2), "0");
    }

    #[test]
    fn signs_and_percentages() {
        assert_eq!(signed_count(920.0), "+920");
        assert_eq!(signed_count(-7.2), "-7");
        assert_eq!(percent(32.2, 1), "32.2%");
        assert_eq!(percent(63.9002, 2), "63.9%");
        assert_eq!(trim(-0.0001, 2), "0");
        assert_eq!(signed_percent(0.2, 1), "+0.2%");
        assert_eq!(signed_percent(-1.8, 1), "\u{2212}1.8%");
        assert_eq!(signed_percent(-0.01, 1), "0%");
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(and_list::<&str>(&[]), "");
    }
}
