//! The baseline figures of the Staffordshire Social Care Workforce Strategy 2022-2027 data
//! appendix, each with its source. Built at compile time: nothing is parsed at start-up.
//!
//! Every [`Figure`] carries the exact sentence of the appendix it comes from (`quote`), and a
//! test checks each quote against the appendix text in `tests/fixtures/appendix.txt`.
//! Parameters the appendix does not state are in [`CALIBRATED`], each saying how it was derived.

use crate::engine::{AdultBaseline, ChildrenBaseline, Count, PopulationPath, Share};

/// Where a figure comes from: the appendix footnote number (if it has one) and its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The footnote number in the appendix, if the figure has one.
    pub footnote: Option<u8>,
    /// The source as the appendix gives it.
    pub text: &'static str,
    /// Where the attribution is ours rather than the appendix's, why we made it.
    pub inferred: Option<&'static str>,
}

impl Source {
    /// The source in one line: its text, the footnote, and whether the attribution is ours.
    pub fn describe(&self) -> String {
        let mut out = self.text.to_string();
        if let Some(n) = self.footnote {
            out.push_str(&format!(" (appendix footnote {n})"));
        }
        if let Some(why) = self.inferred {
            out.push_str(&format!(" [attribution inferred: {why}]"));
        }
        out
    }
}

/// One published figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// What it measures, in plain English.
    pub label: &'static str,
    /// The value, in the unit of `shown` (32.2 for "32.2%", 21000 for "21,000", 13.56 for "£13.56").
    pub value: f64,
    /// The value as the appendix writes it.
    pub shown: &'static str,
    /// The words of the appendix that state it.
    pub quote: &'static str,
    /// Where it comes from.
    pub source: Source,
}

const fn fig(
    label: &'static str,
    value: f64,
    shown: &'static str,
    quote: &'static str,
    source: Source,
) -> Figure {
    Figure {
        label,
        value,
        shown,
        quote,
        source,
    }
}

const fn note(footnote: u8, text: &'static str) -> Source {
    Source {
        footnote: Some(footnote),
        text,
        inferred: None,
    }
}

const fn section(text: &'static str) -> Source {
    Source {
        footnote: None,
        text,
        inferred: None,
    }
}

/// A source the appendix does not tie to the figure itself; `why` says how we attributed it.
const fn inferred(source: Source, why: &'static str) -> Source {
    Source {
        inferred: Some(why),
        ..source
    }
}

/// Footnotes 22 to 24 are printed together after the children's section, with no markers in the
/// text: which figure each belongs to is our reading of their order.
const UNMARKED: &str =
    "the appendix prints footnotes 22 to 24 without markers in the text; this is our reading of their order";

/// The appendix itself, for the figures it states without a footnote.
pub const APPENDIX: &str =
    "Staffordshire County Council, Social Care Workforce Strategy 2022-2027, Data Appendix";

const SFC_2122: Source = note(17, "Skills for Care 2021/22 Dataset");
const SFC_RETENTION: Source = section(
    "Skills for Care 2021/22 data, as given in the appendix section \u{2018}Recruitment and retention\u{2019}",
);
const SFC_WEST_MIDLANDS: Source = inferred(
    section(
        "Skills for Care, West Midlands (April 2022), as given in the appendix section \u{2018}Recruitment and retention\u{2019}",
    ),
    "the appendix names no source for the West Midlands rates; they follow its Skills for Care figures",
);
const ONS_POP: Source = inferred(
    note(
        22,
        "Office for National Statistics 2018 Based Population Projections",
    ),
    UNMARKED,
);
const ONS_POP_CHILDREN: Source = inferred(
    note(
        24,
        "Office for National Statistics 2018 Based Population Projections",
    ),
    UNMARKED,
);
const ADULT_TABLE: Source = inferred(
    note(
        23,
        "Skills for Care Dataset & Staffordshire County Council Insight Team Projection",
    ),
    UNMARKED,
);
const CHILDREN_TABLE: Source = note(
    25,
    "Staffordshire County Council (the appendix cites footnote 25 but does not print its text)",
);
const COUNCIL_STAFF: Source = section(
    "Staffordshire County Council, as given in the appendix section \u{2018}Staffordshire County Council\u{2019}",
);
const CHILDREN_PROVIDERS: Source = section(
    "Survey of 14 children's social care providers in Staffordshire, appendix section \u{2018}Independent Providers\u{2019}",
);
const REFORMS: Source =
    section("Mid-range estimates in the appendix section B \u{2018}Adult Social Care\u{2019}");
const EMSI_POSTINGS: Source = note(
    6,
    "EMSI Social Care Sector Job Postings (Sep 2021 - Aug 2022), economicmodelling.co.uk",
);
const EMSI_TOWNS: Source = note(
    8,
    "EMSI Social Care Sector Job Postings, economicmodelling.co.uk",
);
const ASHE: Source = note(9, "Annual Survey of Hours and Earnings (ASHE)");
const EMSI_PAY: Source = note(
    12,
    "EMSI Social Care Sector Staffing Patterns Data in Staffordshire excluding child day care activities, based on Labour Force Survey microdata and ASHE",
);
const EMSI_JOBS: Source = note(
    3,
    "EMSI Social Care Sector jobs trend, based on the Annual Business Survey (ABS) and the Business Register Employment Survey (BRES)",
);

// --- Adult social care workforce -------------------------------------------------------------

/// People working in adult social care.
pub const ADULT_WORKFORCE: Figure = fig(
    "People working in adult social care",
    21_000.0,
    "21,000",
    "approximately 21,000 people work in adult social care in Staffordshire",
    SFC_2122,
);
/// The adult workforce requirement in 2022 the published table starts from (each of its rows'
/// requirement less its extra staff for demand); the adult projection starts here.
pub const ADULT_REQUIREMENT_2022: Figure = fig(
    "Adult workforce required in 2022, the projection's starting point (each row of the published table: requirement less extra staff for demand, e.g. 23,983 \u{2212} 920)",
    23_063.0,
    "23,063",
    "Estimated Workforce requirement",
    ADULT_TABLE,
);
/// Personal Assistants.
pub const PERSONAL_ASSISTANTS: Figure = fig(
    "Personal Assistants",
    1_400.0,
    "1,400",
    "An estimated 1,400 of these are Personal Assistants",
    SFC_2122,
);
/// Local authority employees.
pub const LOCAL_AUTHORITY_STAFF: Figure = fig(
    "In local authority employment",
    700.0,
    "700",
    "Approximately 700 people are in local authority employment",
    SFC_2122,
);
/// Independent sector employees.
pub const INDEPENDENT_STAFF: Figure = fig(
    "In the independent (private and voluntary) sector",
    17_500.0,
    "17,500",
    "the vast majority (approximately 17,500) work in the independent (private and voluntary) sector",
    SFC_2122,
);
/// Residential and nursing care.
pub const RESIDENTIAL_STAFF: Figure = fig(
    "In residential and nursing care",
    11_500.0,
    "11,500",
    "Approximately 11,500 people work in residential and nursing care",
    SFC_2122,
);
/// Home care.
pub const HOME_CARE_STAFF: Figure = fig(
    "In home care",
    7_200.0,
    "7,200",
    "7,200 in home care",
    SFC_2122,
);
/// Day and community services.
pub const DAY_SERVICES_STAFF: Figure = fig(
    "In day services and community services",
    950.0,
    "950",
    "950 in day services and community services",
    SFC_2122,
);
/// Adult social care staff turnover.
pub const TURNOVER: Figure = fig(
    "Staff turnover, 2021/22",
    32.2,
    "32.2%",
    "turnover was 32.2% with 59% of leavers remaining in the sector",
    SFC_RETENTION,
);
/// Leavers who stay in social care.
pub const LEAVERS_STAYING: Figure = fig(
    "Leavers who stay in social care, 2021/22",
    59.0,
    "59%",
    "turnover was 32.2% with 59% of leavers remaining in the sector",
    SFC_RETENTION,
);
/// Adult social care vacancy rate.
pub const VACANCY_RATE: Figure = fig(
    "Vacancy rate, 2021/22",
    9.9,
    "9.9%",
    "At the time the vacancy rate was 9.9%",
    SFC_RETENTION,
);
/// Average sickness days.
pub const SICKNESS_DAYS: Figure = fig(
    "Average days of sickness a year",
    9.4,
    "9.4",
    "the sickness rate was an average of 9.4 days",
    SFC_RETENTION,
);

/// West Midlands vacancy rates by role (April 2022).
pub const REGIONAL_VACANCIES: [Figure; 5] = [
    fig(
        "All roles",
        10.4,
        "10.4%",
        "The West Midlands vacancy rate is 10.4% (at April 2022)",
        SFC_WEST_MIDLANDS,
    ),
    fig(
        "Registered managers",
        10.3,
        "10.3%",
        "registered managers' vacancies at 10.3%",
        SFC_WEST_MIDLANDS,
    ),
    fig(
        "Senior care workers",
        7.9,
        "7.9%",
        "senior care workers at 7.9%",
        SFC_WEST_MIDLANDS,
    ),
    fig(
        "Care workers",
        12.7,
        "12.7%",
        "care workers at 12.7%",
        SFC_WEST_MIDLANDS,
    ),
    fig(
        "Registered nurses (in care homes)",
        18.5,
        "18.5%",
        "registered nurses (in care homes) at 18.5%",
        SFC_WEST_MIDLANDS,
    ),
];

/// Projected growth of the 65+ population by 2024, 2027 and 2032.
pub const POPULATION_65_PLUS: [Figure; 3] = [
    fig(
        "Growth in people aged 65+ by 2024",
        3.1,
        "3.1%",
        "The projected growth of the population aged 65 and above is 3.1% by 2024",
        ONS_POP,
    ),
    fig(
        "Growth in people aged 65+ by 2027",
        8.5,
        "8.5%",
        "8.5% by 2027",
        ONS_POP,
    ),
    fig(
        "Growth in people aged 65+ by 2032",
        18.4,
        "18.4%",
        "18.4% by 2032",
        ONS_POP,
    ),
];

/// The 2023 adult social care reform posts.
pub const REFORM_POSTS: [Figure; 3] = [
    fig("Adult social care staff for the 2023 reforms", 90.0, "90", "a mid-range estimate of around 90 adult social care staff required", REFORMS),
    fig("Staff for financial assessment, brokerage and similar", 100.0, "100", "plus around 100 staff to support financial assessment, brokerage and similar functions", REFORMS),
    fig("Social workers for Liberty Protection Safeguards", 25.0, "25", "approximately 25 additional social workers required to support the introduction of Liberty Protection Safeguards", REFORMS),
];

// --- Children's social care --------------------------------------------------------------------

/// Children and families' staff in the county council.
pub const COUNCIL_CHILDREN_STAFF: Figure = fig(
    "Staff in the council's children and families' services",
    788.0,
    "788",
    "there are 788 staff in children and families' services",
    COUNCIL_STAFF,
);
/// The council's children's staff by role, as the appendix describes them.
pub const COUNCIL_CHILDREN_ROLES: [Figure; 6] = [
    fig(
        "Family Practitioners",
        210.0,
        "210",
        "around 210 staff working as Family Practitioners",
        COUNCIL_STAFF,
    ),
    fig(
        "Family Time Workers",
        40.0,
        "40",
        "40 as Family Time Workers",
        COUNCIL_STAFF,
    ),
    fig(
        "Residential care",
        80.0,
        "80",
        "approximately 80 staff in residential care",
        COUNCIL_STAFF,
    ),
    fig(
        "Personal Advisors",
        40.0,
        "40",
        "40 Personal Advisors",
        COUNCIL_STAFF,
    ),
    fig(
        "Social workers or senior practitioners",
        330.0,
        "330",
        "around 330 social workers or senior practitioners",
        COUNCIL_STAFF,
    ),
    fig(
        "Management or leadership roles",
        80.0,
        "80",
        "approximately 80 management or leadership roles",
        COUNCIL_STAFF,
    ),
];
/// Council children's staff turnover 2021/22.
pub const COUNCIL_CHILDREN_TURNOVER: Figure = fig(
    "Council children's staff turnover, 2021/22",
    16.0,
    "16%",
    "The turnover in 2021/22 is 16%",
    COUNCIL_STAFF,
);
/// Independent children's providers' turnover.
pub const CHILDREN_PROVIDER_TURNOVER: Figure = fig(
    "Independent children's providers' staff turnover",
    23.9,
    "23.9%",
    "The turnover rate is 23.9% and the vacancy rate is 9%",
    CHILDREN_PROVIDERS,
);
/// Independent children's providers' vacancy rate.
pub const CHILDREN_PROVIDER_VACANCIES: Figure = fig(
    "Independent children's providers' vacancy rate",
    9.0,
    "9%",
    "The turnover rate is 23.9% and the vacancy rate is 9%",
    CHILDREN_PROVIDERS,
);
/// The 0-17 population in 2022, 2024, 2027 and 2032.
pub const POPULATION_0_17: [Figure; 4] = [
    fig(
        "People aged 0-17 in 2022",
        167_600.0,
        "167,600",
        "Staffordshire population aged 0-17\t167,600",
        ONS_POP_CHILDREN,
    ),
    fig(
        "People aged 0-17 in 2024",
        167_935.0,
        "167,935",
        "167,935",
        ONS_POP_CHILDREN,
    ),
    fig(
        "People aged 0-17 in 2027",
        167_097.0,
        "167,097",
        "167,097",
        ONS_POP_CHILDREN,
    ),
    fig(
        "People aged 0-17 in 2032",
        164_583.0,
        "164,583",
        "164,583",
        ONS_POP_CHILDREN,
    ),
];
/// The children's table's current staffing.
pub const CHILDREN_STAFFING: [Figure; 2] = [
    fig(
        "Qualified social work roles",
        402.0,
        "402",
        "Qualified SW roles\t402",
        CHILDREN_TABLE,
    ),
    fig(
        "Other roles",
        386.0,
        "386",
        "Other roles\t386",
        CHILDREN_TABLE,
    ),
];

// --- Pay and jobs ------------------------------------------------------------------------------

/// Pay figures, hourly unless the label says otherwise.
pub const PAY: [Figure; 6] = [
    fig(
        "Average hourly pay, all sectors in Staffordshire (2021)",
        13.56,
        "£13.56",
        "the average Workplace Hourly Pay for all sectors in Staffordshire was £13.56",
        ASHE,
    ),
    fig(
        "Average hourly pay, local authority care workers (2021/22)",
        12.91,
        "£12.91",
        "the average pay for care workers in the Local Authority was £12.91",
        note(10, "Skills for Care 2021/22 Dataset"),
    ),
    fig(
        "Average hourly pay, independent sector care workers (2021/22)",
        9.46,
        "£9.46",
        "The average pay for care workers in the independent sector was £9.46",
        note(11, "Skills for Care 2021/22 Dataset"),
    ),
    fig(
        "Average annual pay, social care in Staffordshire (2021)",
        18_838.0,
        "£18,838",
        "The average Annual Pay for Social Care Sector in 2021 was £18,838",
        EMSI_PAY,
    ),
    fig(
        "Average annual pay, social care nationally (2021)",
        20_699.0,
        "£20,699",
        "below national average of £20,699",
        EMSI_PAY,
    ),
    fig(
        "Average full-time annual pay, all sectors in Staffordshire (2021)",
        28_162.0,
        "£28,162",
        "average workplace FT annual pay for all sectors in Staffordshire of £28,162",
        EMSI_PAY,
    ),
];
/// Social care jobs in the county in 2020.
pub const SECTOR_JOBS: Figure = fig(
    "Social care sector jobs in Staffordshire, 2020",
    13_500.0,
    "13,500",
    "13,500 jobs in Staffordshire in 2020",
    EMSI_JOBS,
);

/// One line of a job-postings table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Postings {
    /// Job title or town.
    pub name: &'static str,
    /// All postings, September 2021 to August 2022.
    pub total: u32,
    /// Unique postings in the same period.
    pub unique: u32,
    /// Median days a posting stayed up.
    pub median_days: u16,
}

const fn post(name: &'static str, total: u32, unique: u32, median_days: u16) -> Postings {
    Postings {
        name,
        total,
        unique,
        median_days,
    }
}

/// The social care occupations most in demand, with their source.
pub const POSTINGS_BY_ROLE: (Source, [Postings; 10]) = (
    EMSI_POSTINGS,
    [
        post("Support Workers", 5_724, 1_496, 33),
        post("Care Assistants", 3_901, 1_037, 34),
        post("Health Care Assistants", 1_532, 439, 35),
        post("Staff Nurses", 2_384, 415, 35),
        post("Registered Nurses", 1_480, 389, 33),
        post("Night Assistants", 842, 267, 35),
        post("Registered General Nurses", 1_411, 246, 35),
        post("Residential Support Workers", 556, 156, 33),
        post("Care Workers", 650, 138, 36),
        post("Night Nurses", 1_007, 128, 39),
    ],
);

/// Where social care vacancies are advertised, with their source.
pub const POSTINGS_BY_TOWN: (Source, [Postings; 10]) = (
    EMSI_TOWNS,
    [
        post("Stafford", 8_312, 1_957, 34),
        post("Burton Upon Trent", 4_923, 1_270, 35),
        post("Cannock", 2_950, 819, 35),
        post("Tamworth", 2_116, 621, 34),
        post("Lichfield", 2_624, 595, 35),
        post("Leek", 2_128, 447, 35),
        post("Newcastle Under Lyme", 956, 411, 35),
        post("Uttoxeter", 1_264, 288, 33),
        post("Rugeley", 1_057, 284, 35),
        post("Burntwood", 732, 253, 35),
    ],
);

// --- The published projection tables -----------------------------------------------------------

/// One row of the published adult projection table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PublishedAdultRow {
    /// The projected year.
    pub year: u16,
    /// Estimated workforce requirement.
    pub workforce: f64,
    /// Extra staff needed due to increased demand compared to 2022.
    pub extra_for_demand: f64,
    /// Impact of potential staff turnover (sector leavers replaced).
    pub replacing_leavers: f64,
    /// Total new staff required compared to 2022.
    pub total: f64,
}

/// The appendix's adult projection table.
pub const PUBLISHED_ADULT: (Source, [PublishedAdultRow; 3]) = (
    ADULT_TABLE,
    [
        PublishedAdultRow {
            year: 2024,
            workforce: 23_983.0,
            extra_for_demand: 920.0,
            replacing_leavers: 5_416.0,
            total: 6_336.0,
        },
        PublishedAdultRow {
            year: 2027,
            workforce: 25_575.0,
            extra_for_demand: 2_512.0,
            replacing_leavers: 13_951.0,
            total: 16_462.0,
        },
        PublishedAdultRow {
            year: 2032,
            workforce: 28_506.0,
            extra_for_demand: 5_443.0,
            replacing_leavers: 29_505.0,
            total: 34_948.0,
        },
    ],
);

/// One row of the published children's table: recruitment required to maintain current capacity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PublishedChildrenRow {
    /// The projected year.
    pub year: u16,
    /// Qualified social work roles to recruit since 2022.
    pub social_work: f64,
    /// Other roles to recruit since 2022.
    pub other: f64,
    /// All roles to recruit since 2022.
    pub all: f64,
}

/// The appendix's children's table.
pub const PUBLISHED_CHILDREN: (Source, [PublishedChildrenRow; 3]) = (
    CHILDREN_TABLE,
    [
        PublishedChildrenRow {
            year: 2024,
            social_work: 110.0,
            other: 82.0,
            all: 192.0,
        },
        PublishedChildrenRow {
            year: 2027,
            social_work: 274.0,
            other: 205.0,
            all: 479.0,
        },
        PublishedChildrenRow {
            year: 2032,
            social_work: 540.0,
            other: 410.0,
            all: 950.0,
        },
    ],
);

// --- Calibrated parameters -----------------------------------------------------------------------

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
    /// How it was derived (re-derived by `tests/calibration.rs`).
    pub derivation: &'static str,
    /// Other values or readings that fit the published figures as well.
    pub alternatives: &'static str,
}

/// Adult workforce required in 2022.
pub const ADULT_BASELINE_WORKFORCE: Calibrated = Calibrated {
    label: "Adult social care workforce required in 2022",
    value: 23_063.25,
    shown: "23,063",
    derivation: "Each row of the published adult table gives workforce requirement less extra staff for demand = 23,063 (23,983 \u{2212} 920, 25,575 \u{2212} 2,512, 28,506 \u{2212} 5,443). The 2027 row's printed parts add up to one more than its printed total (2,512 + 13,951 = 16,463, printed 16,462), which is only possible if its unrounded extra staff were just under 2,512: so the 2022 requirement is between 23,063.0 and 23,063.5, and the calculator uses the middle, 23,063.25 (shown as 23,063).",
    alternatives: "Any value from 23,063.0 to 23,063.5 reproduces the table. The appendix does not say whether 23,063 counts people or posts. It is 2,063 more than the \u{201c}approximately 21,000 people\u{201d} Skills for Care counts, and 23,063 less the 9.9% vacancy rate is 20,780, close to 21,000: so it may count posts, filled or vacant. The calculator treats it as posts (see \u{201c}Fill today's vacancies\u{201d}).",
};
/// Share of adult leavers who stay in social care, as the calculator assumes for the published table.
pub const ADULT_STAY_ASSUMED: Calibrated = Calibrated {
    label: "Leavers who stay in social care, assumed for the published table",
    value: 63.9,
    shown: "63.9%",
    derivation: "The table's leaver column (5,416, 13,951, 29,505) is what a workforce of about 23,000 to 28,500 loses when about 11.6% of it leaves social care each year. The appendix does not say how it got that rate. With its 32.2% turnover, 11.6% a year is lost to the sector if 63.9% of leavers stay in social care: 32.2% \u{00d7} (100% \u{2212} 63.9%) = 11.6%.",
    alternatives: "The table fixes only the share lost to the sector a year (11.6%), not how it splits into turnover and leavers staying. Equally good readings: turnover of about 28.3% with the measured 59% staying; or the measured 32.2% and 59% (13.2% a year) applied to about 88% of the requirement, about 20,300 staff (for example the 21,000 people Skills for Care counts, less the council's own 700). Between 63.8% and 64.0% staying also fits, with a slightly different path between the published years.",
};
/// The yearly adult workforce requirement between the published years.
pub const ADULT_REQUIREMENT_PATH: Calibrated = Calibrated {
    label: "Adult workforce requirement in the years between the published ones",
    value: 60.45,
    shown: "within about 60 staff of straight lines",
    derivation: "The appendix gives the requirement for 2024, 2027 and 2032 only. The leavers in each stretch between them depend on the workforce in each of its years, so the printed leaver figures fix the sum of each stretch's workforce. The calculator draws straight lines between the published years and bends each stretch by the least that meets that sum (2023: 7 more; 2025 and 2026: 60 fewer; 2028 to 2031: 15 to 22 more).",
    alternatives: "With plain straight lines the published figures are missed by up to 0.1% (16,475 rather than 16,462 in 2027); the true yearly path of the council's projection is not published. After 2032 the 2027-2032 trend continues.",
};
/// Qualified social work roles refilled each year.
pub const SOCIAL_WORK_RATE: Calibrated = Calibrated {
    label: "Qualified social work roles to refill each year",
    value: 13.67,
    shown: "13.67%",
    derivation: "The published 110, 274 and 540 are, to the person, the roles needed in 2024, 2027 and 2032 (402 changed as the 0-17 population: +0.2%, \u{2212}0.3%, \u{2212}1.8%) \u{00d7} 13.67% \u{00d7} 2, 5 and 10 years. Every rate from 13.67% to 13.69% does this; two decimal places are what the printed figures support.",
    alternatives: "The appendix says its table \u{201c}shows the impact of an estimated new demand of 2%\u{201d}, heavily caveated, but not how the 2% enters: it may be inside these rates (for example turnover of about 11.7% plus 2% new roles a year). A model that refills each year's leavers comes within one person of every figure but cannot match all three.",
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
/// Re-derived by `calibration::fit_adult_requirement_path` in `tests/calibration.rs`.
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
    workforce: Count::from_f64(ADULT_BASELINE_WORKFORCE.value),
    requirement: REQUIREMENT_PATH,
    path_scale: 1.0,
    vacancy_rate: Share::from_fraction(VACANCY_RATE.value / 100.0),
    reform_posts: Count::from_f64(90.0 + 100.0 + 25.0),
};

/// The facts behind every children's projection.
pub const CHILDREN_BASELINE: ChildrenBaseline = ChildrenBaseline {
    population: PATH_0_17,
    social_work_elasticity: 1.0,
    other_elasticity: 0.0,
};

/// Every sourced figure, grouped for the About page.
pub fn all_figures() -> Vec<(&'static str, Vec<Figure>)> {
    vec![
        (
            "Adult social care workforce",
            vec![
                ADULT_WORKFORCE,
                PERSONAL_ASSISTANTS,
                LOCAL_AUTHORITY_STAFF,
                INDEPENDENT_STAFF,
                RESIDENTIAL_STAFF,
                HOME_CARE_STAFF,
                DAY_SERVICES_STAFF,
                TURNOVER,
                LEAVERS_STAYING,
                VACANCY_RATE,
                SICKNESS_DAYS,
            ],
        ),
        (
            "West Midlands vacancy rates by role",
            REGIONAL_VACANCIES.to_vec(),
        ),
        (
            "Population growth, 65 and over",
            POPULATION_65_PLUS.to_vec(),
        ),
        ("Adult social care reforms (2023)", REFORM_POSTS.to_vec()),
        (
            "Children's social care",
            [
                &[COUNCIL_CHILDREN_STAFF][..],
                &COUNCIL_CHILDREN_ROLES,
                &CHILDREN_STAFFING,
                &[
                    COUNCIL_CHILDREN_TURNOVER,
                    CHILDREN_PROVIDER_TURNOVER,
                    CHILDREN_PROVIDER_VACANCIES,
                ],
                &POPULATION_0_17,
            ]
            .concat(),
        ),
        ("Pay and jobs", [&PAY[..], &[SECTOR_JOBS]].concat()),
    ]
}
