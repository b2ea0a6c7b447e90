//! Pay, jobs and job postings in the social care sector.

use super::*;

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

/// The period of the job-postings tables, as the page writes it (the appendix: "Sep 2021 - Aug
/// 2022").
pub const POSTINGS_PERIOD: &str = "September 2021 to August 2022";

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
