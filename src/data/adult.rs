//! The adult social care workforce: size, turnover, vacancies, the 65+ population, the reforms.

use super::{
    fig, Figure, ADULT_TABLE, ONS_POP, REFORMS, SFC_2122, SFC_RETENTION, SFC_WEST_MIDLANDS,
};

/// People working in adult social care.
pub const ADULT_WORKFORCE: Figure = fig(
    "People working in adult social care (approximately)",
    21_000.0,
    "21,000",
    "approximately 21,000 people work in adult social care in Staffordshire",
    SFC_2122,
);
/// The adult workforce requirement in 2022 the published table starts from (each of its rows'
/// requirement less its extra staff for demand); the adult projection starts here.
pub const ADULT_REQUIREMENT_2022: Figure = fig(
    "Adult workforce required in 2022 (each published row's requirement less its extra staff)",
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
    "Sickness rate: average days, 2021/22",
    9.4,
    "9.4",
    "the sickness rate was an average of 9.4 days",
    SFC_RETENTION,
);

/// When the West Midlands vacancy rates were measured ("at April 2022").
pub const REGIONAL_DATE: &str = "April 2022";

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
