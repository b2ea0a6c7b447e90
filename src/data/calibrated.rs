//! What the calculator assumes to reproduce the published tables, and the baselines the
//! engine starts from.

use crate::engine::{AdultBaseline, ChildrenBaseline, Count, PopulationPath, Year};

use super::{BASE_YEAR, REFORM_POSTS};

/// A parameter the appendix does not state, which the calculator had to assume to reproduce
/// its published tables.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Calibrated {
    /// What it is.
    pub label: &'static str,
    /// Its value, at the precision the engine uses.
    pub value: f64,
    /// How it is shown: no more digits than the published figures support.
    pub shown: &'static str,
    /// How it was derived (re-derived by `tests/native/calibration.rs`).
    pub derivation: &'static str,
    /// Other values or readings that fit the published figures as well.
    pub alternatives: &'static str,
}

/// Adult workforce required in 2022.
pub const ADULT_BASELINE_WORKFORCE: Calibrated = Calibrated {
    label: "Adult social care workforce required in 2022",
    value: 23_063.25,
    shown: "23,063",
    derivation: "Each row of the published adult table gives workforce requirement less extra staff for demand = 23,063 (23,983 \u{2212} 920, 25,575 \u{2212} 2,512, 28,506 \u{2212} 5,443). The 2027 row's printed parts add up to one more than its printed total (2,512 + 13,951 = 16,463, printed 16,462). That is only possible if its unrounded extra staff were just under 2,512. So the 2022 requirement is between 23,063.0 and 23,063.5, and the calculator uses the middle (shown as 23,063).",
    alternatives: "Any value from 23,063.0 to 23,063.5 reproduces the table. Whether 23,063 counts people or posts: see \u{201c}Filling today's vacancies\u{201d} above.",
};
/// Share of adult leavers who stay in social care, as the calculator assumes for the published table.
pub const ADULT_STAY_ASSUMED: Calibrated = Calibrated {
    label: "Leavers who stay in social care, assumed for the published table",
    value: 63.9,
    shown: "63.9%",
    derivation: "The table's leaver column (5,416, 13,951, 29,505) is what a workforce of about 23,000 to 28,500 loses when about 11.6% of it leaves social care each year. The appendix does not say how it got that rate. With its 32.2% turnover, 11.6% a year is lost to the sector if 63.9% of leavers stay in social care: 32.2% \u{00d7} (100% \u{2212} 63.9%) = 11.6%.",
    alternatives: "The table fixes only the share lost to the sector a year (11.6%), not how it splits into turnover and leavers staying. Equally good readings: turnover of about 28.4% with the measured 59% staying. Or the measured 32.2% and 59% (13.2% a year) applied to about 88% of the requirement, about 20,300 staff. That is close to the approximately 21,000 people Skills for Care counts, less the council's own approximately 700. Between 63.8% and 64.0% staying also fits, with a slightly different path between the published years.",
};
/// The yearly adult workforce requirement between the published years.
pub const ADULT_REQUIREMENT_PATH: Calibrated = Calibrated {
    label: "Adult workforce requirement in the years between the published ones",
    value: 60.45,
    shown: "within about 60 staff of straight lines",
    derivation: "The appendix gives the requirement for 2024, 2027 and 2032 only. The leavers in each stretch between them depend on the workforce in each of its years, so the printed leaver figures fix the sum of each stretch's workforce. The calculator draws straight lines between the published years. It then moves each stretch off its line by the least that meets that sum: 2023, 7 more; 2025 and 2026, 60 fewer; 2028 to 2031, 15 to 22 more.",
    alternatives: "With plain straight lines the published figures are missed by up to 0.1% (16,476 rather than 16,462 in 2027); the true yearly path of the council's projection is not published. After 2032 the 2027-2032 trend continues.",
};
/// Qualified social work roles refilled each year.
pub const SOCIAL_WORK_RATE: Calibrated = Calibrated {
    label: "Qualified social work roles to refill each year",
    value: 13.67,
    shown: "13.67%",
    derivation: "The published 110, 274 and 540 are, to the person, the roles needed \u{00d7} 13.67% \u{00d7} 2, 5 and 10 years. The roles needed are 402 changed as the 0-17 population changes (+0.2%, \u{2212}0.3%, \u{2212}1.8%). Every rate from 13.67% to 13.69% does this; two decimal places are what the printed figures support.",
    alternatives: "The appendix says its table \u{201c}shows the impact of an estimated new demand of 2%\u{201d}, heavily caveated, but not how the 2% enters. It may be inside these rates: for example, turnover of about 11.7% plus 2% new roles a year. A model that refills each year's leavers comes within one person of every figure but cannot match all three.",
};
/// Other children's roles refilled each year.
pub const OTHER_ROLES_RATE: Calibrated = Calibrated {
    label: "Other children's roles to refill each year",
    value: 10.62,
    shown: "10.62%",
    derivation: "The published 82, 205 and 410 are 386 \u{00d7} 10.62% \u{00d7} 2, 5 and 10 years, to the person: these roles do not follow the population in the table. Every rate from 10.61% to 10.63% does this.",
    alternatives: "As for social work roles, the 2% new demand may be inside this rate (for example about 8.6% turnover plus 2%). For comparison, the council's turnover in children and families' services was 16% in 2021/22.",
};

/// Every calibrated assumption, for the About page.
pub const CALIBRATED: [Calibrated; 5] = [
    ADULT_BASELINE_WORKFORCE,
    ADULT_STAY_ASSUMED,
    ADULT_REQUIREMENT_PATH,
    SOCIAL_WORK_RATE,
    OTHER_ROLES_RATE,
];

/// The 65+ population: cumulative growth since 2022 as published (shown for context; the adult
/// requirement follows the published table's own path, [`REQUIREMENT_PATH`]).
pub const PATH_65_PLUS: PopulationPath = PopulationPath {
    points: &[(2022, 0.0), (2024, 0.031), (2027, 0.085), (2032, 0.184)],
    trend_from: 2027,
};
/// The 0-17 path: cumulative change since 2022 as published (rounded percentages, as the table gives them).
pub const PATH_0_17: PopulationPath = PopulationPath {
    points: &[(2022, 0.0), (2024, 0.002), (2027, -0.003), (2032, -0.018)],
    trend_from: 2027,
};
/// The adult workforce requirement: growth since 2022, every year to 2032. The published years
/// are the table's own requirement over [`ADULT_BASELINE_WORKFORCE`]; the years between are
/// calibrated ([`ADULT_REQUIREMENT_PATH`]); after 2032 the 2027-2032 trend continues.
/// Re-derived by `calibration::fit_adult_requirement_path` in `tests/native/calibration.rs`.
pub const REQUIREMENT_PATH: PopulationPath = PopulationPath {
    points: &[
        (2022, 0.0),
        (2023, 0.020249922151),
        (2024, 0.039879461915),
        (2025, 0.060267734669),
        (2026, 0.083276923169),
        (2027, 0.108907027414),
        (2028, 0.134968914279),
        (2029, 0.160708387516),
        (2030, 0.186125447124),
        (2031, 0.211220093103),
        (2032, 0.235992325453),
    ],
    trend_from: 2027,
};

/// The facts behind every adult projection.
pub const ADULT_BASELINE: AdultBaseline = AdultBaseline {
    base_year: Year::from_u16(BASE_YEAR),
    workforce: Count::from_f64(ADULT_BASELINE_WORKFORCE.value),
    requirement: REQUIREMENT_PATH,
    path_scale: 1.0,
    reform_posts: Count::from_f64(
        REFORM_POSTS[0].value + REFORM_POSTS[1].value + REFORM_POSTS[2].value,
    ),
};

/// The facts behind every children's projection.
pub const CHILDREN_BASELINE: ChildrenBaseline = ChildrenBaseline {
    base_year: Year::from_u16(BASE_YEAR),
    population: PATH_0_17,
    social_work_elasticity: 1.0,
    other_elasticity: 0.0,
};
