//! The uncertain assumptions ready to sample ([`Param`]), and the models each draw runs: the
//! same ones `project_adult` and `project_provider` run, through the one projection loop.

use oorandom::Rand64;

use super::range::Range;
use super::ranges::{AdultRanges, ProviderRanges};
use crate::engine::adult::{AdultAssumptions, AdultBaseline};
use crate::engine::limits::Limits;
use crate::engine::provider::{ProviderAssumptions, PROVIDER_GROWTH};
use crate::engine::units::Rate;
use crate::engine::workforce::WorkforceModel;

/// One uncertain assumption ready to sample: its range clamped to what the engine accepts, and
/// the exact engine value (a fraction, or the plain scale) its central value stands for.
#[derive(Clone, Copy, Debug)]
pub(super) struct Param {
    pub(super) range: Range,
    /// 100 for percentages, 1 for a plain multiplier.
    pub(super) per: f64,
    /// The engine value at the central point. When the range's central value is the assumption
    /// itself, this is the assumption's own fraction, so a range of zero width reproduces the
    /// central projection bit for bit (`x × 100 / 100` need not give back `x`).
    pub(super) central_value: f64,
}

impl Param {
    pub(super) fn new(range: Range, (min, max): (f64, f64), per: f64, assumed: f64) -> Param {
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
    pub(super) fn value(&self, x: f64) -> f64 {
        if x == self.range.central {
            self.central_value
        } else {
            x / self.per
        }
    }

    pub(super) fn draw(&self, rng: &mut Rand64) -> f64 {
        self.value(self.range.quantile(rng.rand_float()))
    }
}

pub(super) struct AdultParams {
    pub(super) loss: Param,
    pub(super) scale: Param,
}

impl AdultParams {
    pub(super) fn new(r: &AdultRanges) -> AdultParams {
        AdultParams {
            loss: Param::new(r.loss_scale, (0.0, f64::MAX), 1.0, 1.0),
            scale: Param::new(r.demand_scale, (0.0, f64::MAX), 1.0, 1.0),
        }
    }
}

/// The adult baseline and assumptions with the loss to the sector scaled (through turnover,
/// clamped to 100%) and demand scaled: the requirement path's growth, or the custom rate.
pub(super) fn adult_case(
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
pub(super) fn for_each_total(m: &WorkforceModel, mut record: impl FnMut(usize, f64)) {
    m.for_each_year(|row| {
        if row.step > 0 {
            record(usize::from(row.step), row.total);
        }
    });
}

pub(super) fn provider_params(a: &ProviderAssumptions, r: &ProviderRanges) -> (Param, Param) {
    (
        Param::new(
            r.turnover,
            Limits::PERCENT.pair(),
            100.0,
            a.turnover.fraction(),
        ),
        Param::new(r.growth, PROVIDER_GROWTH.pair(), 100.0, a.growth.fraction()),
    )
}
