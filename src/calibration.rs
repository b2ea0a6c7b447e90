//! What the calculator had to assume to reproduce the appendix's published tables, how each
//! assumption is derived from them, and the other readings that fit as well. The derivations
//! run here, natively; `tests/native/calibration.rs` re-derives every constant the app ships in
//! [`crate::data`] and checks that, with them, every published figure rounds exactly as printed.
//!
//! The appendix prints whole numbers. A figure printed as 920 stands for any value from 919.5 up
//! to (not including) 920.5, so each derivation below works with those intervals and takes the
//! middle of what fits, never one printed figure as exact.

use crate::data::{self, BASE_YEAR, PUBLISHED_ADULT, PUBLISHED_CHILDREN};
use crate::engine::{
    project_adult, project_children, AdultAssumptions, ChildrenAssumptions, Count, Demand,
    PopulationPath, Rate, Share, Year,
};

/// The "published strategy table" adult assumptions: the published 32.2% turnover with the
/// assumed share of leavers staying in social care that reproduces the table.
pub fn published_adult() -> AdultAssumptions {
    AdultAssumptions {
        horizon: Year::from_u16(data::PUBLISHED_HORIZON),
        turnover: Rate::from_fraction(data::TURNOVER.value / 100.0),
        stay: Share::from_fraction(data::ADULT_STAY_ASSUMED.value / 100.0),
        demand: None,
        fill_vacancies: false,
        vacancy_rate: Share::from_fraction(data::VACANCY_RATE.value / 100.0),
        add_reforms: false,
        start: None,
    }
}

/// The "2021/22 rates as measured" adult assumptions: turnover and leavers staying as Skills for
/// Care measured them, applied to the whole requirement.
pub fn local_adult() -> AdultAssumptions {
    AdultAssumptions {
        stay: Share::from_fraction(data::LEAVERS_STAYING.value / 100.0),
        ..published_adult()
    }
}

/// The "published strategy table" children's assumptions.
pub fn published_children() -> ChildrenAssumptions {
    ChildrenAssumptions {
        horizon: Year::from_u16(data::PUBLISHED_HORIZON),
        social_workers: Count::from_f64(data::CHILDREN_STAFFING[0].value),
        other_roles: Count::from_f64(data::CHILDREN_STAFFING[1].value),
        social_worker_rate: Rate::from_fraction(data::SOCIAL_WORK_RATE.value / 100.0),
        other_rate: Rate::from_fraction(data::OTHER_ROLES_RATE.value / 100.0),
        population: None,
    }
}

/// The values a printed whole number stands for: `[printed − 0.5, printed + 0.5)`.
pub fn printed_interval(printed: f64) -> (f64, f64) {
    (printed - 0.5, printed + 0.5)
}

/// Whether a value rounds (half away from zero) to the printed whole number.
pub fn rounds_to(value: f64, printed: f64) -> bool {
    let (lo, hi) = printed_interval(printed);
    value >= lo && value < hi
}

/// The 2022 adult workforce requirement: the middle of the values for which every published row's
/// requirement less it rounds to the row's printed extra staff for demand, and the 2027 row's
/// total can still round as printed (its printed parts add up to one more than its printed total,
/// so the unrounded extra must be below 2,512). The rows give 23,063 each; together they allow
/// 23,063.0 to 23,063.5, and the middle is 23,063.25.
pub fn fit_adult_base() -> f64 {
    let (mut lo, mut hi) = (f64::MIN, f64::MAX);
    for r in &PUBLISHED_ADULT.1 {
        // requirement − base ∈ [extra − ½, extra + ½)
        lo = lo.max(r.workforce - r.extra_for_demand - 0.5);
        hi = hi.min(r.workforce - r.extra_for_demand + 0.5);
        // extra + leavers ∈ [total − ½, total + ½) with leavers ∈ [printed − ½, printed + ½),
        // so extra ∈ (total − leavers − 1, total − leavers + 1).
        lo = lo.max(r.workforce - (r.total - r.replacing_leavers) - 1.0);
        hi = hi.min(r.workforce - (r.total - r.replacing_leavers) + 1.0);
    }
    (lo + hi) / 2.0
}

/// For each published adult row, the cumulative leavers the calibration aims at: the middle of
/// the values that round to the printed leaver figure and, added to the row's extra staff for
/// demand over `base`, to the printed total.
pub fn adult_leaver_targets(base: f64) -> [f64; 3] {
    PUBLISHED_ADULT.1.map(|r| {
        let extra = r.workforce - base;
        let (l_lo, l_hi) = printed_interval(r.replacing_leavers);
        let (t_lo, t_hi) = printed_interval(r.total);
        (l_lo.max(t_lo - extra) + l_hi.min(t_hi - extra)) / 2.0
    })
}

/// The share of the adult workforce lost to social care each year in the published reading:
/// the published turnover × (1 − the assumed share of leavers staying).
pub fn published_sector_loss() -> f64 {
    published_adult().sector_leaver_rate().fraction()
}

/// The yearly adult workforce requirement, 2022 to 2032, as growth since 2022 (fractions), for a
/// yearly sector-loss rate `rate` and a 2022 requirement `base`.
///
/// The published years (2024, 2027, 2032) take the published requirement. The appendix gives
/// nothing for the years between, but the leavers in each stretch between published years are
/// `rate` × the workforce in its years, so the stretch's printed leavers fix the sum of its
/// years' workforce. Each stretch is a straight line bent by the least that meets that sum: a
/// bend shaped `s(1 − s)` (zero at the published years, largest midway), where `s` is how far
/// through the stretch the year is.
pub fn fit_adult_requirement_path(base: f64, rate: f64) -> Vec<(u16, f64)> {
    let targets = adult_leaver_targets(base);
    let mut path = vec![(BASE_YEAR, 0.0)];
    let mut leavers_before = 0.0;
    for (i, pair) in adult_anchors(base).windows(2).enumerate() {
        let ((y0, _), (y1, _)) = (pair[0], pair[1]);
        let span = f64::from(y1 - y0);
        let straight = |y: u16| straight_between(pair[0], pair[1], y);
        let bend = |y: u16| {
            let s = f64::from(y - y0) / span;
            s * (1.0 - s)
        };
        // Leavers in years y0+1 ..= y1 come from the workforce at the start of each: y0 .. y1−1.
        let needed = (targets[i] - leavers_before) / rate - (y0..y1).map(straight).sum::<f64>();
        let size = needed / (y0 + 1..y1).map(bend).sum::<f64>().max(f64::MIN_POSITIVE);
        for y in y0 + 1..=y1 {
            let w = straight(y) + if y < y1 { size * bend(y) } else { 0.0 };
            path.push((y, w / base - 1.0));
        }
        leavers_before = targets[i];
    }
    path
}

/// The adult workforce requirement at 2022 (`base`) and at each published year.
fn adult_anchors(base: f64) -> Vec<(u16, f64)> {
    let mut anchors = vec![(BASE_YEAR, base)];
    anchors.extend(PUBLISHED_ADULT.1.iter().map(|r| (r.year, r.workforce)));
    anchors
}

/// The straight line from `(y0, w0)` to `(y1, w1)`, at year `y`.
fn straight_between((y0, w0): (u16, f64), (y1, w1): (u16, f64), y: u16) -> f64 {
    w0 + (w1 - w0) * f64::from(y - y0) / f64::from(y1 - y0)
}

/// How much the calibrated path departs from straight lines between the published years, in
/// staff, for each year between them.
pub fn adult_path_bends() -> Vec<(u16, f64)> {
    let base = data::ADULT_BASELINE.workforce.get();
    let path = data::ADULT_BASELINE.requirement;
    let mut out = Vec::new();
    for pair in adult_anchors(base).windows(2) {
        let ((y0, _), (y1, _)) = (pair[0], pair[1]);
        for y in y0 + 1..y1 {
            let line = straight_between(pair[0], pair[1], y);
            out.push((y, base * (1.0 + path.change_at(y)) - line));
        }
    }
    out
}

/// How many times the 65+ population's growth the published requirement grows by, row by row
/// (the appendix says "broadly in line with"; the table's rows say 1.28 to 1.29 times).
pub fn requirement_growth_per_65_plus_growth() -> Vec<(u16, f64)> {
    let base = data::ADULT_BASELINE.workforce.get();
    PUBLISHED_ADULT
        .1
        .iter()
        .zip(data::POPULATION_65_PLUS)
        .map(|(r, g)| (r.year, (r.workforce / base - 1.0) / (g.value / 100.0)))
        .collect()
}

/// Other readings of the published adult table that lose the same share of the workforce to
/// social care each year, and so give the same figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdultReadings {
    /// Share lost to social care a year in the published reading (a fraction).
    pub sector_loss: f64,
    /// The same from the 2021/22 measurements applied to the whole requirement (32.2% × 41%).
    pub measured_loss: f64,
    /// Turnover that, with the measured 59% staying, loses `sector_loss` (a fraction).
    pub turnover_with_measured_stay: f64,
    /// Share of the requirement the measured rates would have to apply to (a fraction).
    pub share_of_requirement: f64,
    /// That share of the 2022 requirement, in staff.
    pub staff_leaving_from: f64,
}

/// The published adult table read three ways (see [`AdultReadings`]).
pub fn adult_readings() -> AdultReadings {
    let sector_loss = published_sector_loss();
    let measured_stay = data::LEAVERS_STAYING.value / 100.0;
    let measured_loss = data::TURNOVER.value / 100.0 * (1.0 - measured_stay);
    let share = sector_loss / measured_loss;
    AdultReadings {
        sector_loss,
        measured_loss,
        turnover_with_measured_stay: sector_loss / (1.0 - measured_stay),
        share_of_requirement: share,
        staff_leaving_from: share * data::ADULT_BASELINE.workforce.get(),
    }
}

/// The yearly refill rates (fractions) for which the children's reading `R(Y) = S(Y) × r × (Y −
/// 2022)` rounds to every printed figure of one staff group: `(lowest, highest)`, empty if
/// `lowest ≥ highest`.
pub fn children_rate_interval(
    staff: f64,
    path: PopulationPath,
    elasticity: f64,
    published: &[(u16, f64)],
) -> (f64, f64) {
    let demand = Demand::Population { path, elasticity };
    published
        .iter()
        .fold((f64::MIN, f64::MAX), |(lo, hi), &(year, printed)| {
            let step = year - BASE_YEAR;
            let per_rate = staff * demand.factor(step) * f64::from(step);
            let (p_lo, p_hi) = printed_interval(printed);
            (lo.max(p_lo / per_rate), hi.min(p_hi / per_rate))
        })
}

/// One figure of a published table set against the engine's.
#[derive(Clone, Debug, PartialEq)]
pub struct Residual {
    /// Which table and column.
    pub measure: &'static str,
    /// The projected year.
    pub year: u16,
    /// The engine's unrounded figure under the published assumptions.
    pub ours: f64,
    /// The published figure.
    pub published: f64,
}

impl Residual {
    /// Whether ours rounds to the printed figure.
    pub fn rounds_as_printed(&self) -> bool {
        rounds_to(self.ours, self.published)
    }
}

/// Every published adult figure against the engine's, under the published assumptions.
pub fn adult_residuals() -> Vec<Residual> {
    let p = project_adult(&data::ADULT_BASELINE, &published_adult());
    let mut out = Vec::new();
    for r in &PUBLISHED_ADULT.1 {
        let row = p.rows[usize::from(r.year - BASE_YEAR)];
        for (measure, ours, published) in [
            ("Workforce required", row.workforce, r.workforce),
            (
                "Extra staff for demand",
                row.extra_for_demand,
                r.extra_for_demand,
            ),
            (
                "Replacing leavers",
                row.replacing_leavers,
                r.replacing_leavers,
            ),
            ("Total new staff", row.total, r.total),
        ] {
            out.push(Residual {
                measure,
                year: r.year,
                ours,
                published,
            });
        }
    }
    out
}

/// Every published children's figure against the engine's, under the published assumptions.
pub fn children_residuals() -> Vec<Residual> {
    let p = project_children(&data::CHILDREN_BASELINE, &published_children());
    let mut out = Vec::new();
    for r in &PUBLISHED_CHILDREN.1 {
        let i = usize::from(r.year - BASE_YEAR);
        for (measure, ours, published) in [
            (
                "Qualified social work roles",
                p.social_work.rows[i].total,
                r.social_work,
            ),
            ("Other roles", p.other.rows[i].total, r.other),
            ("All roles", p.all.rows[i].total, r.all),
        ] {
            out.push(Residual {
                measure,
                year: r.year,
                ours,
                published,
            });
        }
    }
    out
}

/// Why a published adult row's printed parts do not add up to its printed total, if they do
/// not: "In the appendix's 2027 row the parts add up to 16,463, one more than its total 16,462:
/// it rounds each figure separately." Shown with the table (and on the About page).
pub fn printed_parts_note(year: u16) -> Option<String> {
    let r = PUBLISHED_ADULT.1.iter().find(|r| r.year == year)?;
    let parts = (r.extra_for_demand + r.replacing_leavers) as i64;
    let total = r.total as i64;
    let how = match parts - total {
        0 => return None,
        1 => "one more than".to_string(),
        -1 => "one fewer than".to_string(),
        n if n > 0 => format!("{n} more than"),
        n => format!("{} fewer than", -n),
    };
    Some(format!(
        "In the appendix's {year} row the parts add up to {}, {how} its total of {}: it rounds each figure separately",
        crate::format::grouped(parts),
        crate::format::grouped(total)
    ))
}
