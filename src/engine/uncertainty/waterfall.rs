//! The waterfall: a projection's total at its last year built up from its parts.

use crate::engine::workforce::Projection;

/// One step of a waterfall: a bar from `start` to `end` (down if `end < start`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    /// What the step is.
    pub label: &'static str,
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
/// 1. "Growth in demand": the extra staff for demand (negative if demand fell);
/// 2. "Replacing leavers": every leaver replaced so far;
/// 3. "Filling vacancies": today's vacancies, if any were filled;
/// 4. "2023 reform posts": the reform posts, if added.
///
/// Each step starts where the one before ended. The model's parts always add up to its total
/// (see [`WorkforceModel`]), so the last step ends exactly at `projection.last().total`
/// (floating-point differences, a billionth of the figures at most, are absorbed into it).
pub fn waterfall(projection: &Projection) -> Vec<Step> {
    let last = projection.last();
    let parts: [(&'static str, f64, bool); 4] = [
        ("Growth in demand", last.extra_for_demand, true),
        ("Replacing leavers", last.replacing_leavers, true),
        ("Filling vacancies", last.vacancies, false),
        ("2023 reform posts", last.new_posts, false),
    ];
    let mut steps = Vec::with_capacity(5);
    let mut at = 0.0;
    let mut scale = last.total.abs();
    for (label, size, always) in parts {
        scale += size.abs();
        if always || size != 0.0 {
            steps.push(Step {
                label,
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
