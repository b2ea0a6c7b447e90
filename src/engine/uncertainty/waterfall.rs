//! The waterfall: a projection's total at its last year built up from its parts.

use crate::engine::workforce::Projection;

/// What a step of a waterfall is. The engine names no label: `fields::piece_label` gives the
/// words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// The extra staff for growing county demand.
    Demand,
    /// A provider's growth in its own staff (the same step of a provider's projection).
    Growth,
    /// Every leaver replaced so far.
    Leavers,
    /// Today's vacancies, filled.
    Vacancies,
    /// The 2023 reform posts.
    ReformPosts,
}

/// One step of a waterfall: a bar from `start` to `end` (down if `end < start`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    /// What the step is.
    pub piece: Piece,
    /// Where the bar starts: the end of the step before, or 0 for the first.
    pub start: f64,
    /// Where the bar ends.
    pub end: f64,
}

impl Step {
    /// `end − start`.
    pub fn size(&self) -> f64 {
        self.end - self.start
    }
}

/// The total recruitment at a projection's last year built up from its parts, from 0:
///
/// 1. [`Piece::Demand`]: the extra staff for demand (negative if demand fell);
/// 2. [`Piece::Leavers`]: every leaver replaced so far;
/// 3. [`Piece::Vacancies`]: today's vacancies, if any were filled;
/// 4. [`Piece::ReformPosts`]: the reform posts, if added.
///
/// Each step starts where the one before ended. The model's parts always add up to its total
/// (see [`WorkforceModel`]), so the last step ends exactly at `projection.last().total`
/// (floating-point differences, a billionth of the figures at most, are absorbed into it).
pub fn waterfall(projection: &Projection) -> Vec<Step> {
    let last = projection.last();
    let parts: [(Piece, f64, bool); 4] = [
        (Piece::Demand, last.extra_for_demand, true),
        (Piece::Leavers, last.replacing_leavers, true),
        (Piece::Vacancies, last.vacancies, false),
        (Piece::ReformPosts, last.new_posts, false),
    ];
    let mut steps = Vec::with_capacity(5);
    let mut at = 0.0;
    let mut scale = last.total.abs();
    for (piece, size, always) in parts {
        scale += size.abs();
        if always || size != 0.0 {
            steps.push(Step {
                piece,
                start: at,
                end: at + size,
            });
            at += size;
        }
    }
    debug_assert!((last.total - at).abs() <= 1e-9 * scale, "parts add up");
    if let Some(step) = steps.last_mut() {
        step.end = last.total;
    }
    steps
}
