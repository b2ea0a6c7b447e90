//! Tornado bars: how far the total moves when one assumption at a time goes to its low and its
//! high value.

use super::params::{adult_case, provider_params, AdultParams, Param};
use super::ranges::{AdultRanges, ProviderRanges};
use crate::engine::adult::{project_adult, AdultAssumptions, AdultBaseline};
use crate::engine::provider::{project_provider, ProviderAssumptions};
use crate::engine::units::Rate;

/// How much one assumption moves the total at the horizon, the others held at their central
/// values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    /// The assumption that varied (the field table outside the engine names it).
    pub parameter: Varied,
    /// What `low_value` and `high_value` measure.
    pub unit: BarUnit,
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

/// The assumption a tornado bar varies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Varied {
    /// The share of the adult workforce lost to social care each year (scaling turnover).
    SectorLoss,
    /// The adult growth in demand (scaling the path's growth, or the custom rate).
    Demand,
    /// A provider's staff turnover.
    ProviderTurnover,
    /// A provider's expected growth.
    ProviderGrowth,
}

/// What a tornado bar's low and high values measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarUnit {
    /// A percentage (turnover, growth).
    Percent,
    /// A multiple of the share lost to social care as set (1 = as set).
    OfSetting,
    /// A multiple of the growth in demand of the chosen path (1 = the path).
    OfPath,
}

fn bar(parameter: Varied, unit: BarUnit, p: &Param, total: impl Fn(f64) -> f64) -> Bar {
    let total_at_low = total(p.value(p.range.low));
    let total_at_high = total(p.value(p.range.high));
    Bar {
        parameter,
        unit,
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

/// A tornado for the adult projection: for the loss to the sector ([`Varied::SectorLoss`]) and
/// the demand scale ([`Varied::Demand`]), the total at the horizon from [`project_adult`] with that
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
        bar(Varied::SectorLoss, BarUnit::OfSetting, &p.loss, |l| {
            total(l, k0)
        }),
        bar(Varied::Demand, BarUnit::OfPath, &p.scale, |k| total(l0, k)),
    ])
}

/// A tornado for a provider's projection: turnover ([`Varied::ProviderTurnover`]) and growth
/// ([`Varied::ProviderGrowth`]), each at its low and high value with the other central, totals from
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
        bar(Varied::ProviderTurnover, BarUnit::Percent, &turnover, |t| {
            total(t, growth.central_value)
        }),
        bar(Varied::ProviderGrowth, BarUnit::Percent, &growth, |g| {
            total(turnover.central_value, g)
        }),
    ])
}
