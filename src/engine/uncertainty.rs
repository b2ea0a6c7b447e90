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

use std::fmt;

use oorandom::Rand64;

use super::adult::{adult_model, project_adult, AdultAssumptions, AdultBaseline};
use super::error::Field;
use super::provider::{project_provider, provider_model, ProviderAssumptions};
use super::units::Rate;
use super::workforce::{Projection, WorkforceModel};

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
/// set). At the published settings the high end is the measured 13.2%. (`tests/uncertainty.rs`
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

// --- Ranges --------------------------------------------------------------------------------------

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
    fn word(self) -> &'static str {
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
    /// A value is outside what the field allows (only from [`Range::within`]).
    OutsideField {
        /// The field the range is for.
        field: Field,
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
            RangeError::OutsideField { field, bound } => write!(
                f,
                "The {} value for {} must be {}",
                bound.word(),
                lower_first(field.label()),
                field.range_text()
            ),
        }
    }
}

impl std::error::Error for RangeError {}

fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A low, central (most likely) and high value of one assumption, in the field's own unit
/// (percent for rates and shares, a plain multiplier for the demand scale).
///
/// Always `low <= central <= high`, all finite. A range of zero width (`low == central == high`)
/// is allowed and means the assumption is certain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    low: f64,
    central: f64,
    high: f64,
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

    /// A range checked as [`Range::new`] and, in addition, every value within what `field`
    /// allows (for example 0% to 100% for staff turnover).
    pub fn within(field: Field, low: f64, central: f64, high: f64) -> Result<Range, RangeError> {
        let range = Range::new(low, central, high)?;
        for (bound, v) in [
            (Bound::Low, low),
            (Bound::Central, central),
            (Bound::High, high),
        ] {
            if v < field.spec().min || v > field.spec().max {
                return Err(RangeError::OutsideField { field, bound });
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
    fn relative(value: f64, spread: f64, min: f64, max: f64) -> Range {
        Range::ordered(
            value * (1.0 - spread),
            value,
            value * (1.0 + spread),
            min,
            max,
        )
    }

    /// `value − points` to `value + points`, then clamped to `min..=max`.
    fn absolute(value: f64, points: f64, min: f64, max: f64) -> Range {
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
    fn clamped(self, min: f64, max: f64) -> Range {
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

/// The uncertain adult assumptions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdultRanges {
    /// A multiplier on the share of the workforce lost to social care each year (central 1.0):
    /// it scales turnover, with leavers staying as set ([`ADULT_LOSS_SPREAD`]).
    pub loss_scale: Range,
    /// A multiplier on the extra staff needed for growth in demand (central 1.0). On the
    /// published requirement path it multiplies the path's growth, so it scales the extra staff
    /// for demand exactly; with a custom growth rate it multiplies that rate (so 1.2 turns 2% a year
    /// into 2.4% a year, which with compounding scales the extra staff by slightly more than 1.2).
    pub demand_scale: Range,
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

impl AdultRanges {
    /// Every range scaled by `factor` about its central value (see [`Range::scaled`]).
    pub fn scaled(&self, factor: f64) -> AdultRanges {
        AdultRanges {
            loss_scale: self.loss_scale.scaled(factor, (0.0, f64::MAX)),
            demand_scale: self.demand_scale.scaled(factor, (0.0, f64::MAX)),
        }
    }

    /// The default ranges around a set of adult assumptions:
    ///
    /// - loss to the sector: a scale of 0.864 to 1.136 ([`ADULT_LOSS_SPREAD`]) on turnover
    ///   (turnover is clamped to 100% when drawn);
    /// - demand scale: 0.8 to 1.2 ([`DEMAND_SCALE_SPREAD`]), ±20% on the extra staff for
    ///   growth in demand.
    pub fn around(_a: &AdultAssumptions) -> AdultRanges {
        AdultRanges {
            loss_scale: Range::relative(1.0, ADULT_LOSS_SPREAD, 0.0, f64::MAX),
            demand_scale: Range::relative(1.0, DEMAND_SCALE_SPREAD, 0.0, f64::MAX),
        }
    }
}

/// The uncertain provider assumptions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProviderRanges {
    /// The provider's staff turnover, % a year.
    pub turnover: Range,
    /// Expected growth in posts, % a year.
    pub growth: Range,
}

impl ProviderRanges {
    /// Every range scaled by `factor` about its central value (see [`Range::scaled`]).
    pub fn scaled(&self, factor: f64) -> ProviderRanges {
        ProviderRanges {
            turnover: self
                .turnover
                .scaled(factor, limits(Field::ProviderTurnover)),
            growth: self.growth.scaled(factor, limits(Field::Growth)),
        }
    }

    /// The default ranges around a provider's assumptions:
    ///
    /// - turnover: the assumption × 0.75 to × 1.25 ([`PROVIDER_TURNOVER_SPREAD`]), clamped to
    ///   0% to 100%: a single employer's turnover swings far more from year to year than a
    ///   county's;
    /// - growth: the assumption ± 2 percentage points a year ([`PROVIDER_GROWTH_SPREAD_POINTS`]),
    ///   clamped to the field's −20% to 50%.
    pub fn around(a: &ProviderAssumptions) -> ProviderRanges {
        let (lo, hi) = limits(Field::Growth);
        ProviderRanges {
            turnover: Range::relative(
                a.turnover.as_percent(),
                PROVIDER_TURNOVER_SPREAD,
                0.0,
                100.0,
            ),
            growth: Range::absolute(a.growth.as_percent(), PROVIDER_GROWTH_SPREAD_POINTS, lo, hi),
        }
    }
}

fn limits(field: Field) -> (f64, f64) {
    let s = field.spec();
    (s.min, s.max)
}

/// One uncertain assumption ready to sample: its range clamped to what the engine accepts, and
/// the exact engine value (a fraction, or the plain scale) its central value stands for.
#[derive(Clone, Copy, Debug)]
struct Param {
    range: Range,
    /// 100 for percentages, 1 for a plain multiplier.
    per: f64,
    /// The engine value at the central point. When the range's central value is the assumption
    /// itself, this is the assumption's own fraction, so a range of zero width reproduces the
    /// central projection bit for bit (`x × 100 / 100` need not give back `x`).
    central_value: f64,
}

impl Param {
    fn new(range: Range, (min, max): (f64, f64), per: f64, assumed: f64) -> Param {
        let range = range.clamped(min, max);
        let central_value = if range.central == assumed * per {
            assumed
        } else {
            range.central / per
        };
        Param {
            range,
            per,
            central_value,
        }
    }

    /// The engine value for a value `x` in the field's unit.
    fn value(&self, x: f64) -> f64 {
        if x == self.range.central {
            self.central_value
        } else {
            x / self.per
        }
    }

    fn draw(&self, rng: &mut Rand64) -> f64 {
        self.value(self.range.quantile(rng.rand_float()))
    }
}

struct AdultParams {
    loss: Param,
    scale: Param,
}

impl AdultParams {
    fn new(r: &AdultRanges) -> AdultParams {
        AdultParams {
            loss: Param::new(r.loss_scale, (0.0, f64::MAX), 1.0, 1.0),
            scale: Param::new(r.demand_scale, (0.0, f64::MAX), 1.0, 1.0),
        }
    }
}

/// The adult baseline and assumptions with the loss to the sector scaled (through turnover,
/// clamped to 100%) and demand scaled: the requirement path's growth, or the custom rate.
fn adult_case(
    b: &AdultBaseline,
    a: &AdultAssumptions,
    loss: f64,
    scale: f64,
) -> (AdultBaseline, AdultAssumptions) {
    let baseline = match a.demand {
        None => AdultBaseline {
            path_scale: b.path_scale * scale,
            ..*b
        },
        Some(_) => *b,
    };
    let turnover = if loss == 1.0 {
        a.turnover
    } else {
        Rate::from_fraction((a.turnover.fraction() * loss).min(1.0))
    };
    let assumptions = AdultAssumptions {
        turnover,
        demand: a.demand.map(|r| Rate::from_fraction(r.fraction() * scale)),
        ..*a
    };
    (baseline, assumptions)
}

/// The cumulative totals of a model, step 1 to the last, from the one projection loop
/// ([`WorkforceModel::for_each_year`]) without collecting rows.
fn for_each_total(m: &WorkforceModel, mut record: impl FnMut(usize, f64)) {
    m.for_each_year(|row| {
        if row.step > 0 {
            record(usize::from(row.step), row.total);
        }
    });
}

// --- Fans ----------------------------------------------------------------------------------------

/// One year of a fan: percentiles and mean of the cumulative recruitment total over the draws.
///
/// Percentiles interpolate linearly between the ordered draws (Hyndman and Fan's type 7, the
/// default of R and NumPy): with `n` draws sorted `x₀ ≤ … ≤ xₙ₋₁`, the `p`-th percentile is at
/// position `h = (n − 1) p`, `x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋)`.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct FanRow {
    /// Years since the base (0 is the base year, where every figure is 0).
    pub step: u16,
    /// 10th percentile: one draw in ten is below it.
    pub p10: f64,
    /// 25th percentile (lower quartile).
    pub p25: f64,
    /// 50th percentile (median).
    pub p50: f64,
    /// 75th percentile (upper quartile).
    pub p75: f64,
    /// 90th percentile: one draw in ten is above it.
    pub p90: f64,
    /// Mean of the draws.
    pub mean: f64,
}

/// The spread of the cumulative recruitment total, one row per year from the base (step 0).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Fan {
    /// Rows in year order; the first is the base year.
    pub rows: Vec<FanRow>,
}

impl Fan {
    /// A fan of zero width: every percentile and the mean are the projection's total.
    pub fn certain(projection: &Projection) -> Fan {
        Fan {
            rows: projection
                .rows
                .iter()
                .map(|r| FanRow {
                    step: r.step,
                    p10: r.total,
                    p25: r.total,
                    p50: r.total,
                    p75: r.total,
                    p90: r.total,
                    mean: r.total,
                })
                .collect(),
        }
    }

    /// The row for the last year.
    pub fn last(&self) -> FanRow {
        self.rows.last().copied().unwrap_or_default()
    }

    /// The row `steps` years after the base, if there is one.
    pub fn at(&self, steps: u16) -> Option<FanRow> {
        self.rows.get(usize::from(steps)).copied()
    }
}

/// The percentiles `ps` (0 to 1, in increasing order) of `values`, interpolating linearly
/// between order statistics (type 7): at `h = (n − 1) p`, `x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋)`.
///
/// Rather than sorting, each order statistic needed is put in place by selection
/// (`select_nth_unstable_by`) on the part of the slice not yet settled, which is linear on
/// average; the values are the same a full sort would give. `values` is reordered.
fn percentiles<const K: usize>(values: &mut [f64], ps: [f64; K]) -> [f64; K] {
    let n = values.len();
    let mut out = [0.0; K];
    if n == 0 {
        return out;
    }
    // Every position below `settled` that was asked for holds its sorted value, and everything
    // from `settled` on is no smaller than what is below it.
    let mut settled = 0;
    let mut order_statistic = |k: usize, values: &mut [f64]| -> f64 {
        if k >= settled {
            if let Some(rest) = values.get_mut(settled..) {
                rest.select_nth_unstable_by(k - settled, f64::total_cmp);
            }
            settled = k + 1;
        }
        values.get(k).copied().unwrap_or(0.0)
    };
    for (slot, p) in out.iter_mut().zip(ps) {
        let h = (n - 1) as f64 * p.clamp(0.0, 1.0);
        let i = (h.floor() as usize).min(n - 1);
        let lo = order_statistic(i, values);
        let hi = order_statistic((i + 1).min(n - 1), values);
        *slot = if lo == hi {
            lo
        } else {
            lo + (h - i as f64) * (hi - lo)
        };
    }
    out
}

/// Runs `draws` models from `draw` (or `central` once if there are no draws) and summarises
/// each year's totals.
fn simulate(
    central: WorkforceModel,
    draws: u32,
    seed: u64,
    mut draw: impl FnMut(&mut Rand64) -> WorkforceModel,
) -> Fan {
    let steps = usize::from(central.steps);
    let n = draws.clamp(1, MAX_DRAWS) as usize;
    // Column-major: the draws of step s are values[(s − 1) n .. s n].
    let mut values = vec![0.0; n * steps];
    let mut rng = Rand64::new(u128::from(seed));
    for d in 0..n {
        let model = if draws == 0 { central } else { draw(&mut rng) };
        for_each_total(&model, |step, total| {
            if let Some(v) = values.get_mut((step - 1) * n + d) {
                *v = total;
            }
        });
    }
    let mut rows = Vec::with_capacity(steps + 1);
    rows.push(FanRow::default());
    for (i, column) in values.chunks_exact_mut(n).enumerate() {
        // Summed about the first draw: exact when every draw is the same, and less rounding.
        let first = column.first().copied().unwrap_or(0.0);
        let mean = first + column.iter().map(|x| x - first).sum::<f64>() / n as f64;
        let [p10, p25, p50, p75, p90] = percentiles(column, [0.10, 0.25, 0.50, 0.75, 0.90]);
        rows.push(FanRow {
            step: (i + 1) as u16,
            p10,
            p25,
            p50,
            p75,
            p90,
            mean,
        });
    }
    Fan { rows }
}

/// A fan for the adult projection.
///
/// Each draw takes the loss to the sector and the demand scale independently from their
/// triangular distributions (in that order, see [`Range::quantile`]), runs the same model as
/// [`project_adult`] with them (see [`AdultRanges`]) and records the cumulative total in each
/// year. Horizon, turnover, leavers staying, vacancies and reform posts come from `a`; the
/// ranges' central values are the centre of the draws.
///
/// Both scales are clamped to 0 and above, and a scaled turnover to 100%. The same `seed`
/// always gives the same fan. `draws` is capped at [`MAX_DRAWS`]; with 0 draws the fan is the
/// central projection ([`Fan::certain`]).
pub fn monte_carlo_adult(
    baseline: &AdultBaseline,
    a: &AdultAssumptions,
    r: &AdultRanges,
    draws: u32,
    seed: u64,
) -> Fan {
    let p = AdultParams::new(r);
    let model_for = |l: f64, k: f64| {
        let (b, a) = adult_case(baseline, a, l, k);
        adult_model(&b, &a)
    };
    let central = model_for(p.loss.central_value, p.scale.central_value);
    simulate(central, draws, seed, |rng| {
        let l = p.loss.draw(rng);
        let k = p.scale.draw(rng);
        model_for(l, k)
    })
}

/// A fan for a provider's projection.
///
/// Each draw takes turnover and growth independently from their triangular distributions (in
/// that order), runs the same model as [`project_provider`] and records the cumulative total in
/// each year. Staff, vacant posts and years come from `a`. Turnover is clamped to 0% to 100% and
/// growth to −20% to 50% a year. Otherwise as [`monte_carlo_adult`].
pub fn monte_carlo_provider(
    a: &ProviderAssumptions,
    r: &ProviderRanges,
    draws: u32,
    seed: u64,
) -> Fan {
    let (turnover, growth) = provider_params(a, r);
    let model_for = |t: f64, g: f64| {
        provider_model(&ProviderAssumptions {
            turnover: Rate::from_fraction(t),
            growth: Rate::from_fraction(g),
            ..*a
        })
    };
    let central = model_for(turnover.central_value, growth.central_value);
    simulate(central, draws, seed, |rng| {
        let t = turnover.draw(rng);
        let g = growth.draw(rng);
        model_for(t, g)
    })
}

fn provider_params(a: &ProviderAssumptions, r: &ProviderRanges) -> (Param, Param) {
    (
        Param::new(
            r.turnover,
            limits(Field::ProviderTurnover),
            100.0,
            a.turnover.fraction(),
        ),
        Param::new(r.growth, limits(Field::Growth), 100.0, a.growth.fraction()),
    )
}

/// "Between X and Y, most likely about Z": the 10th, 50th and 90th percentiles at the last year.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Outlook {
    /// The 10th percentile: nine draws in ten are above it.
    pub low: f64,
    /// The median.
    pub likely: f64,
    /// The 90th percentile: nine draws in ten are below it.
    pub high: f64,
}

/// The figures for "between `low` and `high`, most likely about `likely`": the 10th, 90th and
/// 50th percentiles of the fan's last year (so four draws in five fall between low and high).
/// An empty fan gives zeros.
pub fn sentence(fan: &Fan) -> Outlook {
    let last = fan.last();
    Outlook {
        low: last.p10,
        likely: last.p50,
        high: last.p90,
    }
}

// --- Tornado -------------------------------------------------------------------------------------

/// How much one assumption moves the total at the horizon, the others held at their central
/// values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    /// The assumption, in plain English.
    pub parameter: &'static str,
    /// The assumption's low value, in its own unit (percent, or the plain demand scale).
    pub low_value: f64,
    /// The assumption's high value.
    pub high_value: f64,
    /// Total recruitment at the horizon with the assumption at its low value.
    pub total_at_low: f64,
    /// Total recruitment at the horizon with the assumption at its high value.
    pub total_at_high: f64,
    /// `|total_at_high − total_at_low|`: the length of the bar.
    pub swing: f64,
}

fn bar(parameter: &'static str, p: &Param, total: impl Fn(f64) -> f64) -> Bar {
    let total_at_low = total(p.value(p.range.low));
    let total_at_high = total(p.value(p.range.high));
    Bar {
        parameter,
        low_value: p.range.low,
        high_value: p.range.high,
        total_at_low,
        total_at_high,
        swing: (total_at_high - total_at_low).abs(),
    }
}

fn by_swing(mut bars: Vec<Bar>) -> Vec<Bar> {
    // Stable, so equal swings keep the order the assumptions are listed in.
    bars.sort_by(|x, y| y.swing.total_cmp(&x.swing));
    bars
}

/// The tornado bar label of the adult loss to the sector.
pub const LOSS_LABEL: &str = "Staff lost to social care each year";

/// A tornado for the adult projection: for the loss to the sector ([`LOSS_LABEL`]) and the
/// demand scale ("Growth in demand"), the total at the horizon from [`project_adult`] with that
/// assumption at its low and at its high value and the other at its central value; largest
/// swing first. Values are clamped as in [`monte_carlo_adult`].
pub fn tornado_adult(baseline: &AdultBaseline, a: &AdultAssumptions, r: &AdultRanges) -> Vec<Bar> {
    let p = AdultParams::new(r);
    let (l0, k0) = (p.loss.central_value, p.scale.central_value);
    let total = |l: f64, k: f64| {
        let (b, a) = adult_case(baseline, a, l, k);
        project_adult(&b, &a).last().total
    };
    by_swing(vec![
        bar(LOSS_LABEL, &p.loss, |l| total(l, k0)),
        bar(Field::Demand.label(), &p.scale, |k| total(l0, k)),
    ])
}

/// A tornado for a provider's projection: turnover ("Your staff turnover") and growth
/// ("Expected growth"), each at its low and high value with the other central, totals from
/// [`project_provider`]; largest swing first.
pub fn tornado_provider(a: &ProviderAssumptions, r: &ProviderRanges) -> Vec<Bar> {
    let (turnover, growth) = provider_params(a, r);
    let total = |t: f64, g: f64| {
        project_provider(&ProviderAssumptions {
            turnover: Rate::from_fraction(t),
            growth: Rate::from_fraction(g),
            ..*a
        })
        .last()
        .total
    };
    by_swing(vec![
        bar(Field::ProviderTurnover.label(), &turnover, |t| {
            total(t, growth.central_value)
        }),
        bar(Field::Growth.label(), &growth, |g| {
            total(turnover.central_value, g)
        }),
    ])
}

// --- Waterfall -----------------------------------------------------------------------------------

/// One step of a waterfall: a bar from `start` to `end` (down if `end < start`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    /// What the step is.
    pub label: &'static str,
    /// Where the bar starts: the end of the step before, or 0 for the first.
    pub start: f64,
    /// Where the bar ends.
    pub end: f64,
}

impl Step {
    /// `end − start`.
    pub fn size(&self) -> f64 {
        self.end - self.start
    }
}

/// The total recruitment at a projection's last year built up from its parts, from 0:
///
/// 1. "Growth in demand": the extra staff for demand (negative if demand fell);
/// 2. "Replacing leavers": every leaver replaced so far;
/// 3. "Filling vacancies": today's vacancies, if any were filled;
/// 4. "2023 reform posts": the reform posts, if added.
///
/// Each step starts where the one before ended. The model's parts always add up to its total
/// (see [`WorkforceModel`]), so the last step ends exactly at `projection.last().total`
/// (floating-point differences, a billionth of the figures at most, are absorbed into it).
pub fn waterfall(projection: &Projection) -> Vec<Step> {
    let last = projection.last();
    let parts: [(&'static str, f64, bool); 4] = [
        ("Growth in demand", last.extra_for_demand, true),
        ("Replacing leavers", last.replacing_leavers, true),
        ("Filling vacancies", last.vacancies, false),
        ("2023 reform posts", last.new_posts, false),
    ];
    let mut steps = Vec::with_capacity(5);
    let mut at = 0.0;
    let mut scale = last.total.abs();
    for (label, size, always) in parts {
        scale += size.abs();
        if always || size != 0.0 {
            steps.push(Step {
                label,
                start: at,
                end: at + size,
            });
            at += size;
        }
    }
    debug_assert!((last.total - at).abs() <= 1e-9 * scale, "parts add up");
    if let Some(step) = steps.last_mut() {
        step.end = last.total;
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::ADULT_BASELINE;
    use crate::engine::path::Demand;
    use crate::engine::units::Count;
    use crate::engine::{Field, Share, VacantPosts, Year, YearsAhead};
    use proptest::prelude::*;

    fn totals(m: &WorkforceModel) -> Vec<f64> {
        let mut out = vec![0.0];
        for_each_total(m, |_, t| out.push(t));
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The row-free loop and `WorkforceModel::project` give identical totals.
        #[test]
        fn fast_totals_equal_project(
            w0 in 0.0..100_000.0f64,
            r in 0.0..=1.0f64,
            vac in 0.0..1000.0f64,
            posts in 0.0..1000.0f64,
            steps in 0u16..=20,
            constant in prop::option::of(-0.3..0.6f64),
            elasticity in -3.0..3.0f64,
        ) {
            let demand = match constant {
                Some(g) => Demand::Constant(Rate::from_fraction(g)),
                None => Demand::Population { path: ADULT_BASELINE.requirement, elasticity },
            };
            let m = WorkforceModel {
                baseline: Count::from_f64(w0),
                demand,
                leaver_rate: Rate::from_fraction(r),
                vacancies: if vac < 500.0 { VacantPosts::OnTop(Count::from_f64(vac)) } else { VacantPosts::InRequirement(Count::from_f64(vac)) },
                new_posts: Count::from_f64(posts),
                steps,
            };
            let expected: Vec<f64> = m.project().rows.iter().map(|row| row.total).collect();
            prop_assert_eq!(totals(&m), expected);
        }

        /// The mirrored adult and provider models are the ones `project_adult` and
        /// `project_provider` run.
        #[test]
        fn mirrored_models_match(
            h in 2023u16..=2040, t in 0.0..=100.0f64, s in 0.0..=100.0f64,
            d in prop::option::of(-10.0..=20.0f64), v: bool, re: bool, k in 0.0..3.0f64,
            staff in 1.0..10_000.0f64, g in -20.0..=50.0f64, n in 1u16..=20,
        ) {
            let a = AdultAssumptions {
                horizon: Year::new(Field::Horizon, f64::from(h)).unwrap(),
                turnover: Rate::percent(Field::Turnover, t).unwrap(),
                stay: Share::percent(Field::Stay, s).unwrap(),
                demand: d.map(|d| Rate::percent(Field::Demand, d).unwrap()),
                fill_vacancies: v,
                add_reforms: re,
            };
            let (b, a) = adult_case(&ADULT_BASELINE, &a, k, k);
            let expected: Vec<f64> = project_adult(&b, &a).rows.iter().map(|r| r.total).collect();
            prop_assert_eq!(totals(&adult_model(&b, &a)), expected);

            let p = ProviderAssumptions {
                staff: Count::new(Field::Staff, staff).unwrap(),
                turnover: Rate::percent(Field::ProviderTurnover, t).unwrap(),
                vacant_posts: Count::new(Field::VacantPosts, if v { 3.0 } else { 0.0 }).unwrap(),
                growth: Rate::percent(Field::Growth, g).unwrap(),
                years: YearsAhead::new(Field::Years, f64::from(n)).unwrap(),
            };
            let expected: Vec<f64> = project_provider(&p).rows.iter().map(|r| r.total).collect();
            prop_assert_eq!(totals(&provider_model(&p)), expected);
        }
    }

    /// Type-7 percentile of sorted values, the textbook way.
    fn sorted_percentile(sorted: &[f64], p: f64) -> f64 {
        let h = (sorted.len() - 1) as f64 * p;
        let i = h.floor() as usize;
        let j = (i + 1).min(sorted.len() - 1);
        if sorted[i] == sorted[j] {
            sorted[i]
        } else {
            sorted[i] + (h - i as f64) * (sorted[j] - sorted[i])
        }
    }

    proptest! {
        /// Selection gives exactly the percentiles a full sort gives.
        #[test]
        fn selection_equals_sorting(
            mut v in prop::collection::vec(prop_oneof![-5.0..5.0f64, Just(1.0)], 1..300),
        ) {
            let ps = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1.0];
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            let got = percentiles(&mut v, ps);
            for (g, p) in got.into_iter().zip(ps) {
                prop_assert_eq!(g, sorted_percentile(&sorted, p), "p {}", p);
            }
        }
    }

    #[test]
    fn quantile_ends_and_mode() {
        let r = Range::new(1.0, 3.0, 7.0).unwrap();
        assert_eq!(r.quantile(0.0), 1.0);
        assert_eq!(r.quantile(1.0), 7.0);
        assert!((r.quantile(2.0 / 6.0) - 3.0).abs() < 1e-12);
        assert_eq!(Range::fixed(4.5).unwrap().quantile(0.3), 4.5);
    }
}
