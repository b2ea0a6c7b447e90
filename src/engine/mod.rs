//! The projection engine: plain Rust with no I/O and no web crate, so it is tested natively
//! and cannot fail once its inputs are made (every input type validates on construction).
//!
//! See `docs/method.md` for every formula and parameter.

mod adult;
mod children;
mod limits;
mod path;
mod provider;
pub mod solve;
pub mod uncertainty;
mod units;
mod workforce;

pub use adult::{project_adult, AdultAssumptions, AdultBaseline, LaterBase, REFORM_YEAR};
pub use children::{project_children, ChildrenAssumptions, ChildrenBaseline, ChildrenProjection};
pub use limits::{Limits, OutOfLimits};
pub use path::{Demand, PopulationPath};
pub use provider::{
    project_provider, project_roles, Organisation, ProviderAssumptions, Role, RoleProjections,
    PROVIDER_GROWTH,
};
pub use units::{Count, Rate, Share, Year, YearsAhead, LAST_YEAR};
pub use workforce::{Projection, VacantPosts, WorkforceModel, YearRow};
