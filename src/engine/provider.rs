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
        first_year_rate: None,
        steps: a.years.get(),
    }
}

/// One role of a provider's staff (care workers, registered nurses, …): its own staff, turnover
/// and vacant posts. Growth is the organisation's (one business plan grows every role alike).
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// What the provider calls the role.
    pub name: String,
    /// Staff in the role now.
    pub staff: Count,
    /// The role's staff turnover a year: every leaver is replaced.
    pub turnover: Rate,
    /// The role's posts vacant now, filled in the first year.
    pub vacant_posts: Count,
}

/// A provider planning by role: its roles, and the growth and years ahead they share.
#[derive(Clone, Debug, PartialEq)]
pub struct Organisation {
    /// The roles, in the provider's order (at least one).
    pub roles: Vec<Role>,
    /// Expected growth in staff a year, compounding, for every role.
    pub growth: Rate,
    /// How many years ahead to look.
    pub years: YearsAhead,
    /// The turnover of people in their first year with the organisation, for every role (none:
    /// they leave at their role's turnover, as everyone else).
    pub first_year: Option<Rate>,
}

/// An organisation's projection: each role's, and their sum.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RoleProjections {
    /// Each role's projection, in the roles' order.
    pub roles: Vec<Projection>,
    /// The whole organisation's: the roles' added year by year.
    pub whole: Projection,
}

impl Organisation {
    /// The provider assumptions of one role: its staff, turnover and vacant posts with the
    /// organisation's growth and years.
    pub fn role(&self, role: &Role) -> ProviderAssumptions {
        ProviderAssumptions {
            staff: role.staff,
            turnover: role.turnover,
            vacant_posts: role.vacant_posts,
            growth: self.growth,
            years: self.years,
        }
    }

    /// The same organisation with every role's turnover set to `turnover`.
    pub fn with_turnover(&self, turnover: Rate) -> Organisation {
        Organisation {
            roles: self
                .roles
                .iter()
                .map(|r| Role {
                    turnover,
                    ..r.clone()
                })
                .collect(),
            ..self.clone()
        }
    }

    /// The whole organisation as one group: its roles' staff and vacant posts added, at one
    /// turnover, its leavers over the period over its staff-years (the staff in post at the
    /// start of each year, added up): the roles' turnover weighted by their staff-years, with
    /// the people who leave in their first year counted, which loses as many people over the
    /// period as the roles do together while the organisation does not shrink. One role without
    /// a first-year turnover: exactly that role.
    pub fn whole(&self) -> ProviderAssumptions {
        if let ([only], None) = (self.roles.as_slice(), self.first_year) {
            return self.role(only);
        }
        let sum = |f: fn(&Role) -> f64| self.roles.iter().map(f).sum::<f64>();
        let (mut weighted, mut weights) = (0.0, 0.0);
        for p in project_roles(self).roles {
            let staff_years: f64 = p.rows[..p.rows.len().saturating_sub(1)]
                .iter()
                .map(|r| r.staffed)
                .sum();
            weighted += p.last().replacing_leavers;
            weights += staff_years;
        }
        let turnover = if weights > 0.0 {
            weighted / weights
        } else {
            self.roles.first().map_or(0.0, |r| r.turnover.fraction())
        };
        ProviderAssumptions {
            staff: Count::from_f64(sum(|r| r.staff.get())),
            turnover: Rate::from_fraction(turnover),
            vacant_posts: Count::from_f64(sum(|r| r.vacant_posts.get())),
            growth: self.growth,
            years: self.years,
        }
    }
}

/// Projects each role of an organisation and their sum.
pub fn project_roles(o: &Organisation) -> RoleProjections {
    let roles: Vec<Projection> = o
        .roles
        .iter()
        .map(|r| {
            WorkforceModel {
                first_year_rate: o.first_year,
                ..provider_model(&o.role(r))
            }
            .project()
        })
        .collect();
    let whole = match roles.split_first() {
        Some((first, rest)) => rest.iter().fold(first.clone(), |sum, p| sum.plus(p)),
        None => Projection::default(),
    };
    RoleProjections { roles, whole }
}
