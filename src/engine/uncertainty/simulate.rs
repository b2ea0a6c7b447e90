//! Monte Carlo fans: many runs of a projection with the assumptions drawn at random, summarised
//! as percentiles of the running total in each year.

use oorandom::Rand64;

use super::params::{adult_case, for_each_total, provider_params, AdultParams};
use super::ranges::{AdultRanges, ProviderRanges};
use super::MAX_DRAWS;
use crate::engine::adult::{adult_model, AdultAssumptions, AdultBaseline};
use crate::engine::provider::{provider_model, ProviderAssumptions};
use crate::engine::units::Rate;
use crate::engine::workforce::{Projection, WorkforceModel};

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
pub(super) fn percentiles<const K: usize>(values: &mut [f64], ps: [f64; K]) -> [f64; K] {
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
pub(super) fn simulate(
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
