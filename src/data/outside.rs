//! Figures from outside the appendix, each checked at its publisher's own page, shown only as
//! context and always marked as not from the appendix, with publisher, year and address.

/// A figure from outside the appendix.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OutsideFigure {
    /// What it measures, in plain English.
    pub label: &'static str,
    /// The value, in percent.
    pub value: f64,
    /// The value as the publisher writes it.
    pub shown: &'static str,
    /// The publisher's words that state it.
    pub quote: &'static str,
    /// Who publishes it.
    pub publisher: &'static str,
    /// The year it is for, and the area.
    pub year: &'static str,
    /// The page it is stated on.
    pub address: &'static str,
}

const SFC_RETAINING: &str =
    "https://www.skillsforcare.org.uk/About-us/Our-policy-positions/Capacity/Retaining-more-people.aspx";

const fn sfc(
    label: &'static str,
    value: f64,
    shown: &'static str,
    quote: &'static str,
) -> OutsideFigure {
    OutsideFigure {
        label,
        value,
        shown,
        quote,
        publisher: "Skills for Care",
        year: "England, 2021/22",
        address: SFC_RETAINING,
    }
}

/// Staff turnover by role in adult social care in England, 2021/22 (the first: all roles).
pub const ENGLAND_TURNOVER_BY_ROLE: [OutsideFigure; 4] = [
    sfc(
        "All roles",
        29.0,
        "29.0%",
        "We estimate that the turnover rate in 2021-22 was 29.0% for permanent and temporarily employed staff working in the adult social care sector",
    ),
    sfc(
        "Care workers",
        36.1,
        "36.1%",
        "The turnover rate was 36.1% for care workers",
    ),
    sfc(
        "Senior care workers",
        17.5,
        "17.5%",
        "only 12.1% for occupational therapists and 17.5% for senior care workers",
    ),
    sfc(
        "Registered nurses",
        44.1,
        "44.1%",
        "44.1% for registered nurses",
    ),
];

/// Turnover among people with less than a year of experience in the sector (not with their
/// employer), England, 2021/22.
pub const FIRST_YEAR_IN_SECTOR_TURNOVER: OutsideFigure = sfc(
    "Turnover of people with less than a year of experience in the sector",
    43.7,
    "43.7%",
    "The average turnover rate for those with less than one year of experience in sector was 43.7%",
);
