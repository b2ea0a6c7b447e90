//! Chart geometry, computed in plain Rust so the SVG components only draw what this returns.

/// A value axis from 0 to a "nice" maximum with evenly spaced ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The top of the axis.
    pub max: f64,
    /// Tick values from 0 to `max`.
    pub ticks: Vec<f64>,
}

/// An axis that holds `value` with about `target` ticks at 1, 2 or 5 × 10ⁿ steps.
pub fn nice_axis(value: f64, target: usize) -> Axis {
    let value = if value.is_finite() && value > 0.0 {
        value
    } else {
        1.0
    };
    let raw = value / target.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
        .max(1.0);
    let n = (value / step).ceil().max(1.0) as usize;
    Axis {
        max: step * n as f64,
        ticks: (0..=n).map(|i| step * i as f64).collect(),
    }
}

/// The drawing area inside a chart's margins, in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Plot {
    /// The standard plot area of a 640 × 320 chart.
    pub const STANDARD: Plot = Plot {
        left: 64.0,
        top: 16.0,
        width: 560.0,
        height: 256.0,
    };

    /// The bottom edge.
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    /// The y coordinate of a value on an axis.
    pub fn y(&self, axis: &Axis, value: f64) -> f64 {
        self.bottom() - self.height * (value / axis.max).clamp(0.0, 1.0)
    }
}

/// A rectangle in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// Stacked columns: for each part, one rectangle per year; parts stack bottom-up in order.
pub fn stack(parts: &[Vec<i64>], plot: Plot, axis: &Axis) -> Vec<Vec<Rect>> {
    let years = parts.first().map_or(0, Vec::len);
    if years == 0 {
        return Vec::new();
    }
    let slot = plot.width / years as f64;
    let w = (slot * 0.7).max(1.0);
    let mut base = vec![0i64; years];
    parts
        .iter()
        .map(|values| {
            values
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    let v = v.max(0);
                    let y0 = plot.y(axis, base[i] as f64);
                    let y1 = plot.y(axis, (base[i] + v) as f64);
                    base[i] += v;
                    Rect {
                        x: plot.left + slot * i as f64 + (slot - w) / 2.0,
                        y: y1,
                        w,
                        h: (y0 - y1).max(0.0),
                    }
                })
                .collect()
        })
        .collect()
}

/// The centre x of the `i`-th of `n` columns.
pub fn column_centre(plot: Plot, i: usize, n: usize) -> f64 {
    let slot = plot.width / n.max(1) as f64;
    plot.left + slot * (i as f64 + 0.5)
}

/// An SVG path through points `(x, y)`.
pub fn line_path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { " L" });
        d.push_str(&format!("{x:.1} {y:.1}"));
    }
    d
}

/// A closed SVG path for a band between an upper and a lower line (same x positions).
pub fn band_path(upper: &[(f64, f64)], lower: &[(f64, f64)]) -> String {
    let mut d = line_path(upper);
    for (x, y) in lower.iter().rev() {
        d.push_str(&format!(" L{x:.1} {y:.1}"));
    }
    if !d.is_empty() {
        d.push_str(" Z");
    }
    d
}

/// A horizontal scale from `min` to `max` onto `left..left + width`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HScale {
    /// The smallest value shown.
    pub min: f64,
    /// The largest value shown.
    pub max: f64,
    /// Left edge in SVG units.
    pub left: f64,
    /// Width in SVG units.
    pub width: f64,
}

impl HScale {
    /// A scale that holds every value, with a little room either side.
    pub fn around(values: &[f64], left: f64, width: f64) -> HScale {
        let (lo, hi) = values
            .iter()
            .filter(|v| v.is_finite())
            .fold((f64::MAX, f64::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
        let (lo, hi) = if lo > hi { (0.0, 1.0) } else { (lo, hi) };
        let pad = ((hi - lo) * 0.08).max(1.0);
        HScale {
            min: lo - pad,
            max: hi + pad,
            left,
            width,
        }
    }

    /// The x coordinate of a value.
    pub fn x(&self, v: f64) -> f64 {
        self.left + self.width * ((v - self.min) / (self.max - self.min)).clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_axes() {
        for (value, max, ticks) in [
            (34_948.0, 40_000.0, 5),
            (950.0, 1_000.0, 5),
            (7.0, 8.0, 5),
            (0.0, 1.0, 2),
            (f64::NAN, 1.0, 2),
        ] {
            let a = nice_axis(value, 4);
            assert_eq!(a.max, max, "{value}");
            assert_eq!(a.ticks.len(), ticks, "{value}: {:?}", a.ticks);
            assert!(a.max >= value || !value.is_finite());
        }
    }

    #[test]
    fn bands_close_and_scales_hold_their_values() {
        let d = band_path(&[(0.0, 1.0), (2.0, 3.0)], &[(0.0, 4.0), (2.0, 5.0)]);
        assert_eq!(d, "M0.0 1.0 L2.0 3.0 L2.0 5.0 L0.0 4.0 Z");
        let s = HScale::around(&[10.0, 20.0], 0.0, 100.0);
        assert!(s.x(10.0) > 0.0 && s.x(20.0) < 100.0 && s.x(15.0) == 50.0);
    }

    #[test]
    fn stacks_fill_from_the_bottom() {
        let axis = nice_axis(10.0, 4);
        let rects = stack(&[vec![4, 5], vec![6, -1]], Plot::STANDARD, &axis);
        let bottom = Plot::STANDARD.bottom();
        assert!((rects[0][0].y + rects[0][0].h - bottom).abs() < 1e-9);
        assert!((rects[1][0].y + rects[1][0].h - rects[0][0].y).abs() < 1e-9);
        assert_eq!(rects[1][1].h, 0.0, "negative parts are not drawn");
    }
}
