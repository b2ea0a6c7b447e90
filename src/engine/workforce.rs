//! The one model every view shares: a workforce whose size follows demand, whose leavers are
//! replaced, and to which one-off posts can be added.
//!
//! For each year `y` after the base (step 0):
//! - required workforce `W(y) = W(0) × demand factor(y)`;
//! - staffed posts `S(y) = W(y) + vacancies filled + new posts` (both added in the first year);
//! - leavers during year `y` are the staff at its start times the leaver rate: `S(y-1) × r`;
//! - recruitment in year `y` is `max(0, S(y) - S(y-1) + S(y-1) × r)`: posts that are no longer
//!   needed are shed by not replacing leavers, never by negative recruitment;
//! - the total is the sum of each year's recruitment; its parts are the extra staff for demand
//!   `W(y) - W(0)`, the leavers replaced so far, the vacancies and the new posts.
//!
//! When no year is clamped at zero, total = extra for demand + leavers + vacancies + new posts.

use super::path::Demand;
use super::units::{Count, Rate};

/// The inputs of one workforce projection (a config struct rather than positional arguments).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorkforceModel {
    /// Staff at the base (step 0).
    pub baseline: Count,
    /// How the required workforce changes.
    pub demand: Demand,
    /// Share of the workforce that leaves each year and must be replaced.
    pub leaver_rate: Rate,
    /// Vacant posts filled in the first year.
    pub vacancies: Count,
    /// New posts created in the first year (for example the 2023 reforms).
    pub new_posts: Count,
    /// How many years to project.
    pub steps: u16,
}

/// One year of a projection. All figures except `workforce` and `in_year` are cumulative since the base.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct YearRow {
    /// Years since the base (0 is the base year itself).
    pub step: u16,
    /// Workforce required by demand this year.
    pub workforce: f64,
    /// Extra staff needed because demand changed since the base (negative if it fell).
    pub extra_for_demand: f64,
    /// Leavers replaced since the base.
    pub replacing_leavers: f64,
    /// Vacant posts filled since the base.
    pub vacancies: f64,
    /// New posts filled since the base.
    pub new_posts: f64,
    /// New staff recruited since the base.
    pub total: f64,
    /// New staff recruited in this year alone.
    pub in_year: f64,
    /// Leavers replaced in this year alone.
    pub leavers_in_year: f64,
    /// Whether the demand figure for this year goes beyond the published path.
    pub extrapolated: bool,
}

/// A projection: one row per year from the base (step 0) to the last step.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Projection {
    /// Rows in year order; the first is the base year.
    pub rows: Vec<YearRow>,
}

impl Projection {
    /// The row for the last year projected.
    pub fn last(&self) -> YearRow {
        self.rows.last().copied().unwrap_or_default()
    }

    /// The row `steps` years after the base, if projected.
    pub fn at(&self, steps: u16) -> Option<YearRow> {
        self.rows.get(usize::from(steps)).copied()
    }

    /// Row-by-row sum of two projections of the same length (for example two staff groups).
    pub fn plus(&self, other: &Projection) -> Projection {
        let rows = self
            .rows
            .iter()
            .zip(&other.rows)
            .map(|(a, b)| YearRow {
                step: a.step,
                workforce: a.workforce + b.workforce,
                extra_for_demand: a.extra_for_demand + b.extra_for_demand,
                replacing_leavers: a.replacing_leavers + b.replacing_leavers,
                vacancies: a.vacancies + b.vacancies,
                new_posts: a.new_posts + b.new_posts,
                total: a.total + b.total,
                in_year: a.in_year + b.in_year,
                leavers_in_year: a.leavers_in_year + b.leavers_in_year,
                extrapolated: a.extrapolated || b.extrapolated,
            })
            .collect();
        Projection { rows }
    }
}

impl WorkforceModel {
    /// Runs the projection. Cannot fail: every input was validated when it was made.
    pub fn project(&self) -> Projection {
        let w0 = self.baseline.get();
        let r = self.leaver_rate.fraction();
        let added = self.vacancies.get() + self.new_posts.get();
        let mut rows = Vec::with_capacity(usize::from(self.steps) + 1);
        rows.push(YearRow {
            step: 0,
            workforce: w0,
            ..YearRow::default()
        });
        let (mut staffed_before, mut leavers, mut total) = (w0, 0.0, 0.0);
        for step in 1..=self.steps {
            let workforce = w0 * self.demand.factor(step);
            let staffed = workforce + added;
            let leavers_in_year = staffed_before * r;
            let in_year = (staffed - staffed_before + leavers_in_year).max(0.0);
            leavers += leavers_in_year;
            total += in_year;
            rows.push(YearRow {
                step,
                workforce,
                extra_for_demand: workforce - w0,
                replacing_leavers: leavers,
                vacancies: self.vacancies.get(),
                new_posts: self.new_posts.get(),
                total,
                in_year,
                leavers_in_year,
                extrapolated: self.demand.is_extrapolated(step),
            });
            staffed_before = staffed;
        }
        Projection { rows }
    }
}
