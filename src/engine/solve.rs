//! "What would it take?": the highest rate of leavers at which the need stays within a target.
//!
//! Every model replaces its leavers, so the new staff it needs never fall as the rate of leavers
//! rises: the need is a monotone non-decreasing function of that rate. [`highest_rate_within`]
//! solves any such function, knowing nothing of the models. It searches the rates a person can
//! read and type (a [`RateGrid`]: 0% to 100% in steps of 0.1 percentage point), checks that the
//! two ends bracket the target, then bisects between them. Each pass halves the bracket, so it
//! ends within `log2(steps)` passes (10 for 1,000 steps); the loop's bound says so too.
//!
//! Because the answer is a grid point, the value shown and put in the link is the value solved:
//! there is no rounding after solving. The need at the answer is within the target, and one step
//! higher it is not.
//!
//! The wrappers ([`solve_adult`], [`solve_children`], [`solve_provider`]) only call the public
//! projections and read the last row's total; they never model anything themselves.

use super::adult::{project_adult, AdultAssumptions, AdultBaseline};
use super::children::{project_children, ChildrenAssumptions, ChildrenBaseline};
use super::provider::{project_provider, project_roles, Organisation, ProviderAssumptions};
use super::units::{Count, Rate};
use super::workforce::Projection;

/// The rates a solution can take: 0% to 100% in equal steps of a power of ten of a percentage
/// point, each exactly the number a person gets by typing its percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RateGrid {
    /// Decimal places of the percentage (1 for steps of 0.1 percentage point).
    decimals: u8,
}

impl RateGrid {
    /// 0% to 100% in steps of 0.1 percentage point: percentages with one decimal place.
    pub const TENTHS: RateGrid = RateGrid { decimals: 1 };

    /// Decimal places of the percentages on the grid.
    pub const fn decimals(self) -> u8 {
        self.decimals
    }

    /// How many steps from 0% to 100% (1,000 for tenths).
    pub const fn steps(self) -> u32 {
        100 * 10u32.pow(self.decimals as u32)
    }

    fn per_percent(self) -> f64 {
        f64::from(10u32.pow(u32::from(self.decimals)))
    }

    /// The percentage at step `i` (26.4 for step 264 of [`RateGrid::TENTHS`]). Dividing the whole
    /// number gives the same `f64` as parsing the typed text "26.4", so a link round-trips exactly.
    pub fn percent(self, i: u32) -> f64 {
        f64::from(i.min(self.steps())) / self.per_percent()
    }

    /// The rate at step `i`, made as [`Rate::percent`] makes it from typed text.
    pub fn rate(self, i: u32) -> Rate {
        Rate::from_fraction(self.percent(i) / 100.0)
    }

    /// The nearest grid rate to `rate` (clamped to 0% to 100%).
    pub fn nearest(self, rate: Rate) -> Rate {
        let i = (rate.as_percent() * self.per_percent()).round();
        self.rate(i.clamp(0.0, f64::from(self.steps())) as u32)
    }
}

/// What solving for a target found. `T` is what was solved for: a [`Rate`], or for the children's
/// view the two refill rates ([`RefillRates`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Solution<T = Rate> {
    /// The highest value on the grid at which the need is within the target; one step higher
    /// needs more.
    Solved(T),
    /// Even the lowest rate (0%) needs more than the target: `floor` is the need there (what
    /// growth in demand and one-off posts need alone).
    Impossible {
        /// The need at the lowest rate.
        floor: f64,
    },
    /// Even the highest rate (100%) keeps the need within the target: `ceiling` is the need there.
    AlwaysMet {
        /// The need at the highest rate.
        ceiling: f64,
    },
}

impl<T> Solution<T> {
    /// Converts the solved value, keeping the other outcomes.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Solution<U> {
        match self {
            Solution::Solved(t) => Solution::Solved(f(t)),
            Solution::Impossible { floor } => Solution::Impossible { floor },
            Solution::AlwaysMet { ceiling } => Solution::AlwaysMet { ceiling },
        }
    }

    /// The solved value, if there is one.
    pub fn solved(self) -> Option<T> {
        match self {
            Solution::Solved(t) => Some(t),
            _ => None,
        }
    }
}

/// Relative slack when comparing a need with a target. The sums behind a need can land a few
/// units in the last place above a target they meet exactly on paper (100 staff at 20% for 5
/// years is 20 a year); one part in a billion absorbs that and nothing a person could see.
pub const SLACK: f64 = 1e-9;

/// Whether `need` is within `target`, allowing for [`SLACK`]. A NaN need is never within.
pub fn within(need: f64, target: f64) -> bool {
    need <= target + SLACK * target.abs().max(1.0)
}

/// The highest rate on `grid` at which `need(rate)` is within `target`, for any `need` that never
/// falls as the rate rises. Calls `need` at most `log2(grid.steps()) + 3` times (13 for tenths).
///
/// If `need` is not monotone the answer is still a grid rate within the target with the next one
/// above it not, but perhaps not the highest such; the search still ends.
pub fn highest_rate_within(need: impl Fn(Rate) -> f64, target: f64, grid: RateGrid) -> Solution {
    let top = grid.steps();
    let floor = need(grid.rate(0));
    if !within(floor, target) {
        return Solution::Impossible { floor };
    }
    let ceiling = need(grid.rate(top));
    if within(ceiling, target) {
        return Solution::AlwaysMet { ceiling };
    }
    // Invariant: the need at `low` is within the target, the need at `high` is not.
    let (mut low, mut high) = (0u32, top);
    for _ in 0..u32::BITS {
        if high - low <= 1 {
            break;
        }
        let mid = low + (high - low) / 2;
        if within(need(grid.rate(mid)), target) {
            low = mid;
        } else {
            high = mid;
        }
    }
    Solution::Solved(grid.rate(low))
}

/// New staff needed a year on average: the total over the period divided by its years (0 for a
/// projection of no years).
pub fn yearly_need(p: &Projection) -> f64 {
    let last = p.last();
    if last.step == 0 {
        0.0
    } else {
        last.total / f64::from(last.step)
    }
}

/// The adult staff turnover (leavers staying in social care unchanged) at which the county needs
/// no more than `target` new staff a year on average, all else as set.
pub fn solve_adult(baseline: &AdultBaseline, a: &AdultAssumptions, target: Count) -> Solution {
    highest_rate_within(
        |turnover| {
            yearly_need(&project_adult(
                baseline,
                &AdultAssumptions { turnover, ..*a },
            ))
        },
        target.get(),
        RateGrid::TENTHS,
    )
}

/// A provider's turnover at which it needs no more than `target` new staff a year on average.
pub fn solve_provider(a: &ProviderAssumptions, target: Count) -> Solution {
    highest_rate_within(
        |turnover| yearly_need(&project_provider(&ProviderAssumptions { turnover, ..*a })),
        target.get(),
        RateGrid::TENTHS,
    )
}

/// The two refill rates of the children's view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RefillRates {
    /// Qualified social work roles to refill each year.
    pub social_work: Rate,
    /// Other roles to refill each year.
    pub other: Rate,
}

impl RefillRates {
    /// The rates as set in `a`.
    pub fn of(a: &ChildrenAssumptions) -> RefillRates {
        RefillRates {
            social_work: a.social_worker_rate,
            other: a.other_rate,
        }
    }

    /// The higher of the two rates.
    pub fn higher(self) -> Rate {
        if self.social_work >= self.other {
            self.social_work
        } else {
            self.other
        }
    }

    /// Both rates scaled in proportion so that the higher becomes `higher`, each then put on
    /// `grid` (so each is what a person would type). Never falls as `higher` rises.
    pub fn scaled_to(self, higher: Rate, grid: RateGrid) -> RefillRates {
        let top = self.higher().fraction();
        let scale = |r: Rate| {
            if top > 0.0 {
                grid.nearest(Rate::from_fraction(r.fraction() * higher.fraction() / top))
            } else {
                r
            }
        };
        RefillRates {
            social_work: scale(self.social_work),
            other: scale(self.other),
        }
    }
}

/// The children's refill rates, scaled together in proportion, at which the council needs no more
/// than `target` new staff a year on average. The search runs over the higher of the two rates;
/// the other follows it in proportion, both shown to one decimal place.
pub fn solve_children(
    baseline: &ChildrenBaseline,
    a: &ChildrenAssumptions,
    target: Count,
) -> Solution<RefillRates> {
    let now = RefillRates::of(a);
    let grid = RateGrid::TENTHS;
    let need = |rates: RefillRates| {
        let changed = ChildrenAssumptions {
            social_worker_rate: rates.social_work,
            other_rate: rates.other,
            ..*a
        };
        yearly_need(&project_children(baseline, &changed).all)
    };
    highest_rate_within(
        |higher| need(now.scaled_to(higher, grid)),
        target.get(),
        grid,
    )
    .map(|higher| now.scaled_to(higher, grid))
}

/// The one turnover, the same in every role, at which an organisation needs no more than
/// `target` new staff a year on average (one role: [`solve_provider`]).
pub fn solve_organisation(o: &Organisation, target: Count) -> Solution {
    if let ([only], None) = (o.roles.as_slice(), o.first_year) {
        return solve_provider(&o.role(only), target);
    }
    highest_rate_within(
        |turnover| yearly_need(&project_roles(&o.with_turnover(turnover)).whole),
        target.get(),
        RateGrid::TENTHS,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// A rate's percentage, to compare without float noise (6.8% may be 6.800000000000001).
    fn pct(r: Rate) -> f64 {
        (r.as_percent() * 1e6).round() / 1e6
    }

    #[test]
    fn grid_rates_are_what_typed_text_gives() {
        let g = RateGrid::TENTHS;
        assert_eq!(g.steps(), 1000);
        for i in [0, 1, 3, 7, 199, 200, 264, 322, 999, 1000] {
            let typed: f64 = format!("{:.1}", g.percent(i)).parse().unwrap();
            assert_eq!(g.percent(i), typed, "{i}");
            assert_eq!(g.rate(i).fraction(), typed / 100.0, "{i}");
        }
        assert_eq!(pct(g.nearest(Rate::from_fraction(0.13674))), 13.7);
        assert_eq!(pct(g.nearest(Rate::from_fraction(2.0))), 100.0);
    }

    #[test]
    fn a_straight_line_is_solved_exactly_and_in_few_steps() {
        let calls = Cell::new(0);
        let need = |r: Rate| {
            calls.set(calls.get() + 1);
            100.0 * r.fraction()
        };
        let s = highest_rate_within(need, 20.0, RateGrid::TENTHS);
        assert_eq!(s.solved().map(pct), Some(20.0));
        assert!(calls.get() <= 13, "{} calls", calls.get());
    }

    #[test]
    fn ends_outside_the_target_are_reported_not_solved() {
        let need = |r: Rate| 50.0 + 100.0 * r.fraction();
        assert_eq!(
            highest_rate_within(need, 40.0, RateGrid::TENTHS),
            Solution::Impossible { floor: 50.0 }
        );
        assert_eq!(
            highest_rate_within(need, 150.0, RateGrid::TENTHS),
            Solution::AlwaysMet { ceiling: 150.0 }
        );
    }

    #[test]
    fn flat_stretches_give_the_highest_rate_within_and_nan_is_never_within() {
        // Zero until 20%, then rising: a target of 0 allows anything up to 20%.
        let need = |r: Rate| (r.fraction() - 0.2).max(0.0) * 100.0;
        assert_eq!(
            highest_rate_within(need, 0.0, RateGrid::TENTHS)
                .solved()
                .map(pct),
            Some(20.0)
        );
        let nan = |_: Rate| f64::NAN;
        assert!(matches!(
            highest_rate_within(nan, 10.0, RateGrid::TENTHS),
            Solution::Impossible { .. }
        ));
    }

    #[test]
    fn refill_rates_scale_in_proportion() {
        let now = RefillRates {
            social_work: Rate::from_fraction(0.1367),
            other: Rate::from_fraction(0.1062),
        };
        let half = now.scaled_to(Rate::from_fraction(0.0684), RateGrid::TENTHS);
        assert_eq!(pct(half.social_work), 6.8);
        assert_eq!(pct(half.other), 5.3);
        let none = RefillRates {
            social_work: Rate::default(),
            other: Rate::default(),
        };
        assert_eq!(
            none.scaled_to(Rate::from_fraction(0.5), RateGrid::TENTHS),
            none
        );
    }
}
