//! The default ranges of each model's uncertain assumptions, and their scaling.

use super::range::Range;
use super::{
    ADULT_LOSS_SPREAD, DEMAND_SCALE_SPREAD, PROVIDER_GROWTH_SPREAD_POINTS, PROVIDER_TURNOVER_SPREAD,
};
use crate::engine::adult::AdultAssumptions;
use crate::engine::limits::Limits;
use crate::engine::provider::{ProviderAssumptions, PROVIDER_GROWTH};

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
            turnover: self.turnover.scaled(factor, Limits::PERCENT.pair()),
            growth: self.growth.scaled(factor, PROVIDER_GROWTH.pair()),
        }
    }

    /// The default ranges around a provider's assumptions:
    ///
    /// - turnover: the assumption × 0.75 to × 1.25 ([`PROVIDER_TURNOVER_SPREAD`]), clamped to
    ///   0% to 100%: a single employer's turnover swings far more from year to year than a
    ///   county's;
    /// - growth: the assumption ± 2 percentage points a year ([`PROVIDER_GROWTH_SPREAD_POINTS`]),
    ///   clamped to [`PROVIDER_GROWTH`], −20% to 50%.
    pub fn around(a: &ProviderAssumptions) -> ProviderRanges {
        let (lo, hi) = PROVIDER_GROWTH.pair();
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
