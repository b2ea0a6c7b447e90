//! Children's social care: the council's staff, the providers' survey, the 0-17 population.

use super::*;

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
/// How many independent children's providers answered the local survey, as the appendix writes
/// it ("14 providers based in Staffordshire did so"), which it warns "may therefore not be
/// typical of all providers in Staffordshire".
pub const CHILDREN_SURVEY_PROVIDERS: &str = "14";
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
