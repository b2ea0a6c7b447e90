//! The one model the adult and provider views share: a workforce whose size follows demand,
//! whose leavers are replaced, and to which vacant and one-off posts can be added.
//!
//! For each year `y` after the base (step 0):
//! - required workforce `W(y) = W(0) × demand factor(y)`;
//! - posts to staff `P(y) = W(y) + vacant posts on top + new posts` (both added in the first year);
//! - staff in post at the start: `S(0) = W(0) − vacant posts counted in the requirement`;
//! - leavers during year `y` are the staff at its start times the leaver rate: `L(y) = S(y−1) × r`;
//!   with a first-year rate `f` (a provider's option), the staff at the start are two stocks,
//!   the people recruited the year before, `N(y−1)`, who leave at `f`, and the rest, who leave at
//!   `r`: `L(y) = (S(y−1) − N(y−1)) × r + N(y−1) × f`, with `N(0) = 0` and `N(y)` the recruits of
//!   year `y` (when `f = r` it is worked out as `S(y−1) × r`, exactly the one-stock figure);
//! - staff in post `S(y) = max(P(y), S(y−1) − L(y))`: when demand falls faster than staff leave,
//!   posts are shed only as people leave (nobody is made redundant, and recruitment is never
//!   negative), so staff in post can stay above the requirement for a while;
//! - recruitment in year `y` is `S(y) − S(y−1) + L(y)`, never negative.
//!
//! The parts always add up exactly: total since the base = extra staff for demand (the change in
//! staff in post, less the vacant and new posts) + leavers replaced + vacant posts + new posts.

use super::path::Demand;
use super::units::{Count, Rate};

/// Posts that are empty at the base and filled in the first year.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum VacantPosts {
    /// No vacant posts are filled: every post of the requirement counts as staffed at the base.
    #[default]
    None,
    /// Vacant posts that are part of the requirement: the staff in post at the base are the
    /// requirement less these (the county's workforce requirement counts posts, filled or not).
    InRequirement(Count),
    /// Vacant posts on top of the staff at the base (a provider's staff now, plus its vacancies).
    OnTop(Count),
}

impl VacantPosts {
    /// How many posts are filled in the first year.
    pub fn count(self) -> f64 {
        match self {
            VacantPosts::None => 0.0,
            VacantPosts::InRequirement(c) | VacantPosts::OnTop(c) => c.get(),
        }
    }
}

/// The inputs of one workforce projection (a config struct rather than positional arguments).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorkforceModel {
    /// Workforce required at the base (step 0).
    pub baseline: Count,
    /// How the required workforce changes.
    pub demand: Demand,
    /// Share of the staff in post that leaves each year and must be replaced.
    pub leaver_rate: Rate,
    /// Vacant posts filled in the first year.
    pub vacancies: VacantPosts,
    /// New posts created in the first year (for example the 2023 reforms).
    pub new_posts: Count,
    /// The leaver rate of people in their first year, recruited the year before (none: `r`).
    pub first_year_rate: Option<Rate>,
    /// How many years to project.
    pub steps: u16,
}

/// One year of a projection. All figures except `workforce`, `staffed`, `in_year` and
/// `leavers_in_year` are cumulative since the base.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct YearRow {
    /// Years since the base (0 is the base year itself).
    pub step: u16,
    /// Workforce required by demand this year.
    pub workforce: f64,
    /// Staff in post at the end of this year.
    pub staffed: f64,
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
    /// Of the leavers replaced since the base, those who were themselves recruited in the period
    /// and left in their first year (0 without a first-year rate).
    pub first_year_leavers: f64,
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
                staffed: a.staffed + b.staffed,
                extra_for_demand: a.extra_for_demand + b.extra_for_demand,
                replacing_leavers: a.replacing_leavers + b.replacing_leavers,
                vacancies: a.vacancies + b.vacancies,
                new_posts: a.new_posts + b.new_posts,
                total: a.total + b.total,
                in_year: a.in_year + b.in_year,
                leavers_in_year: a.leavers_in_year + b.leavers_in_year,
                first_year_leavers: a.first_year_leavers + b.first_year_leavers,
                extrapolated: a.extrapolated || b.extrapolated,
            })
            .collect();
        Projection { rows }
    }
}

impl WorkforceModel {
    /// Runs the projection. Cannot fail: every input was validated when it was made.
    pub fn project(&self) -> Projection {
        let mut rows = Vec::with_capacity(usize::from(self.steps) + 1);
        self.for_each_year(|row| rows.push(row));
        Projection { rows }
    }

    /// Calls `record` with each year's row, the base year first, without collecting them: the
    /// one projection loop, which [`project`](Self::project) and the simulation both run.
    pub fn for_each_year(&self, mut record: impl FnMut(YearRow)) {
        let w0 = self.baseline.get();
        let r = self.leaver_rate.fraction();
        let vacant = self.vacancies.count();
        let new_posts = self.new_posts.get();
        let on_top = match self.vacancies {
            VacantPosts::OnTop(c) => c.get(),
            _ => 0.0,
        };
        let in_post_at_start = match self.vacancies {
            VacantPosts::InRequirement(c) => (w0 - c.get()).max(0.0),
            _ => w0,
        };
        record(YearRow {
            step: 0,
            workforce: w0,
            staffed: in_post_at_start,
            ..YearRow::default()
        });
        let f = self.first_year_rate.map(Rate::fraction).filter(|&f| f != r);
        let (mut staffed_before, mut leavers, mut total) = (in_post_at_start, 0.0, 0.0);
        let (mut new_before, mut first_year_leavers) = (0.0, 0.0);
        for step in 1..=self.steps {
            let workforce = w0 * self.demand.factor(step);
            let posts = workforce + on_top + new_posts;
            let (leavers_in_year, new_leaving) = match f {
                None => (staffed_before * r, 0.0),
                Some(f) => {
                    let new_leaving = new_before * f;
                    ((staffed_before - new_before) * r + new_leaving, new_leaving)
                }
            };
            let remaining = staffed_before - leavers_in_year;
            let (staffed, in_year) = if posts > remaining {
                (posts, posts - remaining)
            } else {
                // Posts go as people leave; nobody is recruited.
                (remaining, 0.0)
            };
            leavers += leavers_in_year;
            first_year_leavers += new_leaving;
            new_before = in_year;
            total += in_year;
            record(YearRow {
                step,
                workforce,
                staffed,
                extra_for_demand: staffed - in_post_at_start - vacant - new_posts,
                replacing_leavers: leavers,
                vacancies: vacant,
                new_posts,
                total,
                in_year,
                leavers_in_year,
                first_year_leavers,
                extrapolated: self.demand.is_extrapolated(step),
            });
            staffed_before = staffed;
        }
    }
}
