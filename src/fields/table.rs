//! The rows of the field table, one per [`Field`], in the enum's order. Published defaults and
//! the figures hints quote come from [`crate::data`]; ranges the engine also clamps to come
//! from the engine's own limits.

use super::{slider, Field, FieldSpec, Published, Unit, View, FLAG, NUMBER, PERCENT, TARGET};
use crate::data;
use crate::engine::PROVIDER_GROWTH;
use crate::format::{and_list, grouped, signed_percent};

use View::{Adult, Children, Provider};

/// Every field's row, indexed by `Field as usize`.
pub(super) static TABLE: [FieldSpec; Field::ALL.len()] = [
    // Field::Horizon
    FieldSpec {
        key: "horizon",
        label: "Target year",
        hint: |view| {
            let years = data::PUBLISHED_YEARS.map(|y| y.to_string());
            match view {
                View::Children => {
                    format!(
                        "A year from 2023 to 2040. The appendix publishes {}.",
                        and_list(&years)
                    )
                }
                _ => {
                    let path = data::REQUIREMENT_PATH;
                    format!(
                        "2023 to 2040. The appendix publishes {}; later years continue its {}-{} trend.",
                        years.join(", "),
                        path.trend_from,
                        path.last_published_year()
                    )
                }
            }
        },
        unit: Unit::Year,
        min: 2023.0,
        max: 2040.0,
        whole: true,
        example: Published::Year(data::PUBLISHED_HORIZON),
        default: Published::Year(data::PUBLISHED_HORIZON),
        slider: slider(2023.0, 2040.0, 1.0),
        views: &[Adult, Children],
        ..NUMBER
    },
    // Field::Turnover
    FieldSpec {
        key: "turnover",
        label: "Staff turnover",
        hint: |_| {
            format!(
                "Staff who leave their job each year: {} in {} (Skills for Care).",
                data::TURNOVER.shown,
                data::FIGURES_YEAR
            )
        },
        suffix: "% a year",
        example: Published::Shown(data::TURNOVER.shown),
        default: Published::Shown(data::TURNOVER.shown),
        slider: slider(0.0, 60.0, 0.1),
        views: &[Adult],
        ..PERCENT
    },
    // Field::Stay
    FieldSpec {
        key: "stay",
        label: "Leavers who stay in social care",
        hint: |_| {
            format!("Leavers who take another social care job. Measured: {} in {}; {} reproduces the published table (an assumption, see About the figures).", data::LEAVERS_STAYING.shown, data::FIGURES_YEAR, data::ADULT_STAY_ASSUMED.shown)
        },
        suffix: "%",
        example: Published::Shown(data::LEAVERS_STAYING.shown),
        default: Published::Shown(data::ADULT_STAY_ASSUMED.shown),
        slider: slider(0.0, 100.0, 0.1),
        views: &[Adult],
        ..PERCENT
    },
    // Field::Demand
    FieldSpec {
        key: "demand",
        label: "Growth in demand",
        hint: |_| {
            let path: Vec<String> = data::PUBLISHED_ADULT
                .1
                .iter()
                .map(|r| format!("{} in {}", grouped(r.workforce as i64), r.year))
                .collect();
            format!(
                "Leave empty to follow the published table's requirement ({}), or enter your own yearly growth.",
                path.join(", ")
            )
        },
        suffix: "% a year",
        min: -10.0,
        max: 20.0,
        example: Published::Setting("2.5"),
        optional: true,
        views: &[Adult],
        ..PERCENT
    },
    // Field::IncludeVacancies
    FieldSpec {
        key: "vacancies",
        label: "Fill today's vacancies",
        hint: |_| {
            format!("The calculator reads the published table's {} for {} as posts, all filled (an inference: see About the figures). Tick to count {} as vacant (Skills for Care {}) and fill them in {}. Not used from a later start year.", data::ADULT_REQUIREMENT_2022.shown, data::BASE_YEAR, data::VACANCY_RATE.shown, data::FIGURES_YEAR, data::BASE_YEAR + 1)
        },
        views: &[Adult],
        ..FLAG
    },
    // Field::VacancyRate
    FieldSpec {
        key: "vacancy_rate",
        label: "Vacancy rate today",
        hint: |_| {
            format!("Share of the posts in the {} requirement that are vacant: {} in {} (Skills for Care). Used only when \u{201c}Fill today's vacancies\u{201d} is ticked.", data::BASE_YEAR, data::VACANCY_RATE.shown, data::FIGURES_YEAR)
        },
        suffix: "%",
        max: 50.0,
        example: Published::Shown(data::VACANCY_RATE.shown),
        default: Published::Shown(data::VACANCY_RATE.shown),
        views: &[Adult],
        ..PERCENT
    },
    // Field::IncludeReforms
    FieldSpec {
        key: "reforms",
        label: "Add the 2023 reform posts",
        hint: |_| {
            let [staff, assessment, social_workers] = data::REFORM_POSTS.map(|f| f.shown);
            format!(
                "About {} posts in 2023: around {staff} adult social care staff and around {assessment} for financial assessment and brokerage (a mid-range estimate), and approximately {social_workers} social workers for Liberty Protection Safeguards. Not added from a start year of 2023 or later.",
                grouped(data::ADULT_BASELINE.reform_posts.get() as i64)
            )
        },
        views: &[Adult],
        ..FLAG
    },
    // Field::BaseYear
    FieldSpec {
        key: "base",
        label: "Year to start from",
        hint: |_| {
            format!("Leave empty to start from the appendix's {} figures. Or enter a year from {} to {} (the appendix's last published year) and your own figures for it below, such as Skills for Care's latest local-area data.", data::BASE_YEAR, data::BASE_YEAR, data::PUBLISHED_HORIZON)
        },
        unit: Unit::Year,
        min: data::BASE_YEAR as f64,
        max: data::PUBLISHED_HORIZON as f64,
        whole: true,
        example: Published::Setting("2025"),
        optional: true,
        views: &[Adult],
        ..NUMBER
    },
    // Field::InPost
    FieldSpec {
        key: "inpost",
        label: "Workforce in post that year",
        hint: |_| {
            format!("Adult social care staff in post in Staffordshire in the year you start from (the appendix's {} requirement was {} posts).", data::BASE_YEAR, data::ADULT_REQUIREMENT_2022.shown)
        },
        unit: Unit::People,
        suffix: "people",
        min: 1.0,
        max: 1_000_000.0,
        whole: true,
        example: Published::Setting("24000"),
        optional: true,
        views: &[Adult],
        ..NUMBER
    },
    // Field::VacantThen
    FieldSpec {
        key: "vacant",
        label: "Vacant posts that year",
        hint: |_| {
            "If you know them: posts vacant in the year you start from. They count in the workforce required and are filled in the next year. Leave empty for none.".to_string()
        },
        unit: Unit::People,
        suffix: "posts",
        max: 1_000_000.0,
        whole: true,
        example: Published::Setting("2000"),
        optional: true,
        views: &[Adult],
        ..NUMBER
    },
    // Field::AdultTarget
    FieldSpec {
        hint: |_| {
            "The most new adult social care staff a year that can realistically be recruited, on average over the years to the target year. The calculator works out the staff turnover (with the same share of leavers staying in social care) at which the need is no more than this. Leave empty for no target.".to_string()
        },
        example: Published::Setting("3000"),
        views: &[Adult],
        ..TARGET
    },
    // Field::SocialWorkers
    FieldSpec {
        key: "sw",
        label: "Qualified social work roles",
        hint: |_| {
            format!(
                "The council's current staffing: {}, from the appendix's children's table.",
                data::CHILDREN_STAFFING[0].shown
            )
        },
        unit: Unit::People,
        suffix: "roles",
        max: 100_000.0,
        whole: true,
        example: Published::Shown(data::CHILDREN_STAFFING[0].shown),
        default: Published::Shown(data::CHILDREN_STAFFING[0].shown),
        views: &[Children],
        ..NUMBER
    },
    // Field::OtherRoles
    FieldSpec {
        key: "other",
        label: "Other roles",
        hint: |_| {
            format!(
                "The council's current staffing: {}, from the appendix's children's table.",
                data::CHILDREN_STAFFING[1].shown
            )
        },
        unit: Unit::People,
        suffix: "roles",
        max: 100_000.0,
        whole: true,
        example: Published::Shown(data::CHILDREN_STAFFING[1].shown),
        default: Published::Shown(data::CHILDREN_STAFFING[1].shown),
        views: &[Children],
        ..NUMBER
    },
    // Field::SocialWorkerTurnover
    FieldSpec {
        key: "swrate",
        label: "Social work roles to refill each year",
        hint: |_| {
            format!(
                "{} reproduces the published table: the calculator's assumption, fitted to it (see About the figures).",
                data::SOCIAL_WORK_RATE.shown
            )
        },
        suffix: "% a year",
        example: Published::Shown(data::SOCIAL_WORK_RATE.shown),
        default: Published::Shown(data::SOCIAL_WORK_RATE.shown),
        slider: slider(0.0, 40.0, 0.01),
        views: &[Children],
        ..PERCENT
    },
    // Field::OtherTurnover
    FieldSpec {
        key: "otherrate",
        label: "Other roles to refill each year",
        hint: |_| {
            format!(
                "{} reproduces the published table: the calculator's assumption, fitted to it. Council turnover: {} in {}.",
                data::OTHER_ROLES_RATE.shown,
                data::COUNCIL_CHILDREN_TURNOVER.shown,
                data::FIGURES_YEAR
            )
        },
        suffix: "% a year",
        example: Published::Shown(data::OTHER_ROLES_RATE.shown),
        default: Published::Shown(data::OTHER_ROLES_RATE.shown),
        slider: slider(0.0, 40.0, 0.01),
        views: &[Children],
        ..PERCENT
    },
    // Field::ChildPopulation
    FieldSpec {
        key: "children",
        label: "Change in the 0-17 population",
        hint: |_| {
            let path: Vec<String> = data::PATH_0_17.points[1..]
                .iter()
                .map(|&(year, change)| format!("{} by {year}", signed_percent(100.0 * change, 1)))
                .collect();
            format!(
                "Leave empty for the published 0-17 projection ({}; ONS 2018-based), or enter your own yearly change for social work roles to follow.",
                path.join(", ")
            )
        },
        suffix: "% a year",
        min: -10.0,
        max: 10.0,
        example: Published::Setting("-0.2"),
        optional: true,
        views: &[Children],
        ..PERCENT
    },
    // Field::ChildrenTarget
    FieldSpec {
        hint: |_| {
            "The most children's social care staff a year the council can realistically recruit, on average over the years to the target year. The calculator works out the refill rates, both changed in proportion, at which the need is no more than this. Leave empty for no target.".to_string()
        },
        example: Published::Setting("60"),
        views: &[Children],
        ..TARGET
    },
    // Field::Staff
    FieldSpec {
        key: "staff",
        label: "Staff you employ now",
        hint: |_| {
            "How many people you employ now (head count, or full-time equivalents if you plan in those).".to_string()
        },
        unit: Unit::People,
        suffix: "people",
        min: 1.0,
        max: 1_000_000.0,
        example: Published::Setting("40"),
        default: Published::Setting("40"),
        views: &[Provider],
        ..NUMBER
    },
    // Field::ProviderTurnover
    FieldSpec {
        key: "turnover",
        label: "Your staff turnover",
        hint: |_| {
            format!("Leavers in a year as a share of staff. Staffordshire adult social care: {} in {} (Skills for Care).", data::TURNOVER.shown, data::FIGURES_YEAR)
        },
        suffix: "% a year",
        example: Published::Shown(data::TURNOVER.shown),
        default: Published::Shown(data::TURNOVER.shown),
        slider: slider(0.0, 80.0, 0.1),
        views: &[Provider],
        ..PERCENT
    },
    // Field::VacantPosts
    FieldSpec {
        key: "vacancies",
        label: "Posts vacant now",
        hint: |_| {
            format!("Posts you are trying to fill now. Staffordshire's adult social care vacancy rate was {} in {}.", data::VACANCY_RATE.shown, data::FIGURES_YEAR)
        },
        unit: Unit::People,
        suffix: "posts",
        max: 1_000_000.0,
        example: Published::Setting("3"),
        default: Published::Setting("4"),
        views: &[Provider],
        ..NUMBER
    },
    // Field::Growth
    FieldSpec {
        key: "growth",
        label: "Expected growth",
        hint: |_| {
            "How much you expect your staff numbers to grow each year (negative if you expect to shrink). Growth compounds.".to_string()
        },
        suffix: "% a year",
        min: PROVIDER_GROWTH.min,
        max: PROVIDER_GROWTH.max,
        example: Published::Setting("2"),
        default: Published::Setting("2"),
        views: &[Provider],
        ..PERCENT
    },
    // Field::FirstYearTurnover
    FieldSpec {
        key: "firstyear",
        label: "Turnover in their first year with you",
        hint: |_| {
            let f = data::outside::FIRST_YEAR_IN_SECTOR_TURNOVER;
            format!("Optional, for every role: new starters often leave sooner, and each one who leaves is recruited again. Leave empty for each role's own turnover. For comparison, not from the appendix: turnover among people with less than a year in the sector (not with their employer) was {} ({}, {}, {}).", f.shown, f.publisher, f.year, f.address)
        },
        suffix: "% a year",
        example: Published::Setting("40"),
        optional: true,
        views: &[Provider],
        ..PERCENT
    },
    // Field::Years
    FieldSpec {
        key: "years",
        label: "Years ahead",
        hint: |_| "How far ahead to plan, from 1 to 20 years.".to_string(),
        unit: Unit::Years,
        suffix: "years",
        min: 1.0,
        max: 20.0,
        whole: true,
        example: Published::Setting("5"),
        default: Published::Setting("5"),
        slider: slider(1.0, 20.0, 1.0),
        views: &[Provider],
        ..NUMBER
    },
    // Field::RecruitCost
    FieldSpec {
        key: "cost",
        label: "Cost of recruiting one person",
        hint: |_| {
            "Optional: what it costs you to recruit one person, in pounds (advertising, interviews, checks, induction, cover while the post is empty). Leave empty to see no costs.".to_string()
        },
        unit: Unit::People,
        suffix: "\u{a3} each",
        max: 100_000.0,
        whole: true,
        example: Published::Setting("1000"),
        optional: true,
        views: &[Provider],
        ..NUMBER
    },
    // Field::ProviderTarget
    FieldSpec {
        hint: |_| {
            "The most people a year you can realistically recruit, on average over the years ahead. The calculator works out the staff turnover at which you would need no more than this. Leave empty for no target.".to_string()
        },
        example: Published::Setting("10"),
        views: &[Provider],
        ..TARGET
    },
    // Field::Seed
    FieldSpec {
        key: "seed",
        label: "Random seed",
        max: 4_294_967_295.0,
        whole: true,
        example: Published::Setting("1"),
        default: Published::Setting("1"),
        views: &[Adult, Provider],
        ..NUMBER
    },
    // Field::Spread
    FieldSpec {
        key: "spread",
        label: "Width of the ranges",
        hint: |_| {
            "100% uses the ranges as documented; 0% makes every assumption certain (the bands close on the central line); 200% doubles each side.".to_string()
        },
        unit: Unit::Percent,
        suffix: "% of the ranges below",
        max: 300.0,
        // figure-scan: not a figure (the example and default width of the ranges, in percent)
        example: Published::Setting("100"),
        default: Published::Setting("100"), // figure-scan: not a figure (the same)
        slider: slider(0.0, 300.0, 10.0),
        views: &[Adult, Provider],
        ..NUMBER
    },
    // Field::ShowTrend
    FieldSpec {
        key: "trend",
        label: "The workforce chart",
        ..FLAG
    },
    // Field::ShowRanges
    FieldSpec {
        key: "ranges",
        label: "How certain is this?",
        ..FLAG
    },
    // Field::ShowContext
    FieldSpec {
        key: "context",
        label: "The figures behind the results",
        ..FLAG
    },
    // Field::ShowSources
    FieldSpec {
        key: "sources",
        label: "Sources",
        ..FLAG
    },
];
