//! A care provider's own workforce: every leaver must be replaced (not only those who leave the
//! sector), vacant posts are filled in the first year, and posts grow by a constant rate.

use super::limits::Limits;
use super::path::Demand;
use super::units::{Count, Rate, YearsAhead};
use super::workforce::{Projection, VacantPosts, WorkforceModel};

/// The growth in posts a year the provider model is meant for, in percent: from shrinking by a
/// fifth to growing by a half. The uncertainty ranges clamp drawn growth to it.
pub const PROVIDER_GROWTH: Limits = Limits::new(-20.0, 50.0);

/// What a provider enters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProviderAssumptions {
    /// Staff employed now.
    pub staff: Count,
    /// Staff turnover a year: every leaver is replaced.
    pub turnover: Rate,
    /// Posts vacant now, filled in the first year.
    pub vacant_posts: Count,
    /// Expected growth in staff a year, compounding.
    pub growth: Rate,
    /// How many years ahead to look.
    pub years: YearsAhead,
}

/// Projects a provider's recruitment, one row per year ahead (row 0 is now).
pub fn project_provider(a: &ProviderAssumptions) -> Projection {
    provider_model(a).project()
}

/// The workforce model behind a provider projection (also run, without rows, by the simulation).
pub(crate) fn provider_model(a: &ProviderAssumptions) -> WorkforceModel {
    WorkforceModel {
        baseline: a.staff,
        demand: Demand::Constant(a.growth),
        leaver_rate: a.turnover,
        vacancies: VacantPosts::OnTop(a.vacant_posts),
        new_posts: Count::ZERO,
        steps: a.years.get(),
    }
}
