//! Chart geometry in plain numbers: the two layouts, axes, scales, stacking, how wide a label
//! is and where labels fit. The `svg` module builds each chart's drawing from it.

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

    /// The plot area of a 320 × 256 chart for a phone: a narrower margin for shorter tick labels.
    pub const NARROW: Plot = Plot {
        left: 56.0,
        top: 24.0,
        width: 252.0,
        height: 196.0,
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

/// How a chart is laid out: for a wide container (640 units across, the desktop chart) or a
/// narrow one (320 units across, for a phone: fewer ticks, shorter labels, horizontal bars where
/// they read better). The page draws the one that fits the chart's container
/// ([`ChartLayout::for_width`]); a page written before anyone has seen it (a pre-rendered page)
/// holds the narrow one, which the stylesheet sizes as the wide one in a wide container, so
/// nothing moves when the app draws the wide one there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ChartLayout {
    /// The desktop layout, and an image to take away.
    Wide,
    /// The phone layout, and the pre-rendered pages'.
    #[default]
    Narrow,
}

/// The container width, in rem, below which a chart takes its narrow layout: the stylesheet's
/// `@container (width < 35rem)`.
pub const NARROW_BELOW_REM: f64 = 35.0;

impl ChartLayout {
    /// Whether this is the narrow layout.
    pub fn is_narrow(self) -> bool {
        self == ChartLayout::Narrow
    }

    /// The layout for a container `width` pixels wide when one rem is `rem` pixels.
    pub fn for_width(width: f64, rem: f64) -> ChartLayout {
        if width >= NARROW_BELOW_REM * rem {
            ChartLayout::Wide
        } else {
            ChartLayout::Narrow
        }
    }

    /// The font size of every label, in SVG units.
    pub const FONT: f64 = 14.0;
    /// The container width in CSS px from which the wide layout is shown, at the default rem
    /// of 16 px; below it the narrow one is.
    pub const BREAK: f64 = NARROW_BELOW_REM * 16.0;
    /// The narrowest container a chart is ever shown in, in CSS px: a 320 px screen less the
    /// page's 16 px padding each side.
    pub const NARROWEST: f64 = 288.0;

    /// The width of the chart's `viewBox`.
    pub fn width(self) -> f64 {
        if self.is_narrow() {
            320.0
        } else {
            640.0
        }
    }

    /// The narrowest the stylesheet shows this layout, in CSS px.
    pub fn min_css_width(self) -> f64 {
        if self.is_narrow() {
            Self::NARROWEST
        } else {
            Self::BREAK
        }
    }

    /// The smallest size, in CSS px, the labels render at (the font scaled to the narrowest
    /// container this layout is shown in).
    pub fn min_font_css(self) -> f64 {
        Self::FONT * self.min_css_width() / self.width()
    }

    /// The plot area of a chart with a value axis and a label per year.
    pub fn plot(self) -> Plot {
        if self.is_narrow() {
            Plot::NARROW
        } else {
            Plot::STANDARD
        }
    }

    /// The height of such a chart's `viewBox`.
    pub fn height(self) -> f64 {
        if self.is_narrow() {
            256.0
        } else {
            320.0
        }
    }

    /// About how many ticks the value axis has.
    pub fn ticks(self) -> usize {
        if self.is_narrow() {
            3
        } else {
            4
        }
    }
}

/// The width a label takes, in SVG units, at `font` units, estimated generously from the widths
/// of a typical sans-serif font's characters (bold text about 8% wider), so layouts that fit by
/// this estimate fit on screen.
pub fn text_width(text: &str, font: f64, bold: bool) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            '0'..='9' => 0.64,
            ' ' | ',' | '.' | ':' | ';' | '\'' | 'i' | 'j' | 'l' | 'I' | '|' | '!' => 0.32,
            'f' | 't' | 'r' | '(' | ')' | '-' => 0.42,
            'm' | 'w' | '%' => 0.92,
            'M' | 'W' => 1.0,
            c if c.is_uppercase() => 0.74,
            _ => 0.62,
        })
        .sum();
    ems * font * if bold { 1.08 } else { 1.0 }
}

/// Label every `n`-th of `count` slots `slot` units apart so labels up to `widest` units wide
/// keep at least `gap` units between them. Counted back from the last slot, which is always
/// labelled.
pub fn label_every(count: usize, slot: f64, widest: f64, gap: f64) -> usize {
    if count == 0 || slot <= 0.0 {
        return 1;
    }
    let need = ((widest + gap) / slot).ceil().max(1.0) as usize;
    need.min(count.max(1))
}

/// Splits `text` into lines of at most `width` units at `font` units (by [`text_width`]),
/// breaking between words; a word longer than the width gets a line of its own.
pub fn wrap(text: &str, width: f64, font: f64, bold: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), font, bold) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// A point in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Across, from the left.
    pub x: f64,
    /// Down, from the top.
    pub y: f64,
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
    fn scales_hold_their_values() {
        let s = HScale::around(&[10.0, 20.0], 0.0, 100.0);
        assert!(s.x(10.0) > 0.0 && s.x(20.0) < 100.0 && s.x(15.0) == 50.0);
    }

    #[test]
    fn layouts_keep_labels_at_12_css_px_or_more() {
        for layout in [ChartLayout::Wide, ChartLayout::Narrow] {
            assert!(layout.min_font_css() >= 12.0, "{layout:?}");
            let plot = layout.plot();
            assert!(plot.left + plot.width <= layout.width());
            assert!(plot.bottom() + 24.0 <= layout.height());
        }
        // The stylesheet's breakpoint, 35rem.
        assert_eq!(ChartLayout::for_width(560.0, 16.0), ChartLayout::Wide);
        assert_eq!(ChartLayout::for_width(559.9, 16.0), ChartLayout::Narrow);
        assert_eq!(ChartLayout::for_width(600.0, 20.0), ChartLayout::Narrow);
    }

    #[test]
    fn labels_are_spaced_and_wrapped_to_fit() {
        // 18 years across 252 units: 4-digit labels about 36 units wide need every 4th slot.
        assert_eq!(label_every(18, 252.0 / 18.0, 36.0, 8.0), 4);
        assert_eq!(label_every(5, 100.0, 36.0, 8.0), 1);
        assert_eq!(label_every(0, 0.0, 36.0, 8.0), 1);
        let lines = wrap("Fall in posts beyond leavers", 80.0, 14.0, false);
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines
            .iter()
            .all(|l| text_width(l, 14.0, false) <= 80.0 || !l.contains(' ')));
        assert_eq!(lines.join(" "), "Fall in posts beyond leavers");
        assert!(text_width("34,948", 14.0, true) > text_width("34,948", 14.0, false));
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
