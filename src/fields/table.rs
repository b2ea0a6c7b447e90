//! The rows of the field table, one per [`Field`], in the enum's order. Published defaults and
//! the figures hints quote come from [`crate::data`]; ranges the engine also clamps to come
//! from the engine's own limits.

use super::{slider, Field, FieldSpec, Published, Unit, View, FLAG, NUMBER, PERCENT, TARGET};
use crate::data;
use crate::engine::PROVIDER_GROWTH;

use View::{Adult, Children, Provider};

/// Every field's row, indexed by `Field as usize`.
pub(super) static TABLE: [FieldSpec; Field::ALL.len()] = [
    // Field::Horizon
    FieldSpec {
        key: "horizon",
        label: "Target year",
        hint: |view| {
            match view {
            View::Children => {
                "A year from 2023 to 2040. The appendix publishes 2024, 2027 and 2032.".to_string()
            }
            _ => format!(
                "2023 to 2040. The appendix publishes {}; later years continue its 2027-2032 trend.",
                data::PUBLISHED_ADULT
                    .1
                    .map(|r| r.year.to_string())
                    .join(", ")
            ),
        }
        },
        unit: Unit::Year,
        min: 2023.0,
        max: 2040.0,
        whole: true,
        example: "2032",
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
                "Staff who leave their job each year: {} in 2021/22 (Skills for Care).",
                data::TURNOVER.shown
            )
        },
        suffix: "% a year",
        example: "32.2",
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
            format!("Leavers who take another social care job. Measured: {} in 2021/22; {} reproduces the published table (an assumption, see About the figures).", data::LEAVERS_STAYING.shown, data::ADULT_STAY_ASSUMED.shown)
        },
        suffix: "%",
        example: "59",
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
            "Leave empty to follow the published table's requirement (23,983 in 2024, 25,575 in 2027, 28,506 in 2032), or enter your own yearly growth.".to_string()
        },
        suffix: "% a year",
        min: -10.0,
        max: 20.0,
        example: "2.5",
        optional: true,
        views: &[Adult],
        ..PERCENT
    },
    // Field::IncludeVacancies
    FieldSpec {
        key: "vacancies",
        label: "Fill today's vacancies",
        hint: |_| {
            format!("The published table counts all 23,063 posts as filled in 2022. Tick to count {} as vacant (Skills for Care 2021/22) and fill them in 2023.", data::VACANCY_RATE.shown)
        },
        views: &[Adult],
        ..FLAG
    },
    // Field::VacancyRate
    FieldSpec {
        key: "vacancy_rate",
        label: "Vacancy rate today",
        hint: |_| {
            format!("Share of the posts in the 2022 requirement that are vacant: {} in 2021/22 (Skills for Care). Used only when \u{201c}Fill today's vacancies\u{201d} is ticked.", data::VACANCY_RATE.shown)
        },
        suffix: "%",
        max: 50.0,
        example: "9.9",
        default: Published::Shown(data::VACANCY_RATE.shown),
        views: &[Adult],
        ..PERCENT
    },
    // Field::IncludeReforms
    FieldSpec {
        key: "reforms",
        label: "Add the 2023 reform posts",
        hint: |_| {
            "About 215 posts in 2023: 90 adult social care staff, 100 for financial assessment and brokerage, 25 social workers for Liberty Protection Safeguards (mid-range estimates).".to_string()
        },
        views: &[Adult],
        ..FLAG
    },
    // Field::AdultTarget
    FieldSpec {
        hint: |_| {
            "The most new adult social care staff a year that can realistically be recruited, on average over the years to the target year. The calculator works out the staff turnover (with the same share of leavers staying in social care) at which the need is no more than this. Leave empty for no target.".to_string()
        },
        example: "3000",
        views: &[Adult],
        ..TARGET
    },
    // Field::SocialWorkers
    FieldSpec {
        key: "sw",
        label: "Qualified social work roles",
        hint: |_| {
            format!(
                "The council's current staffing: {} (appendix children's table).",
                data::CHILDREN_STAFFING[0].shown
            )
        },
        unit: Unit::People,
        suffix: "roles",
        max: 100_000.0,
        whole: true,
        example: "402",
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
                "The council's current staffing: {} (appendix children's table).",
                data::CHILDREN_STAFFING[1].shown
            )
        },
        unit: Unit::People,
        suffix: "roles",
        max: 100_000.0,
        whole: true,
        example: "386",
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
                "{} reproduces the published table (an assumption: see About the figures).",
                data::SOCIAL_WORK_RATE.shown
            )
        },
        suffix: "% a year",
        example: "13.67",
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
                "{} reproduces the published table. Council turnover: {} in 2021/22.",
                data::OTHER_ROLES_RATE.shown,
                data::COUNCIL_CHILDREN_TURNOVER.shown
            )
        },
        suffix: "% a year",
        example: "10.62",
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
            "Leave empty for the published 0-17 projection (+0.2% by 2024, \u{2212}0.3% by 2027, \u{2212}1.8% by 2032; ONS 2018-based), or enter your own yearly change for social work roles to follow.".to_string()
        },
        suffix: "% a year",
        min: -10.0,
        max: 10.0,
        example: "-0.2",
        optional: true,
        views: &[Children],
        ..PERCENT
    },
    // Field::ChildrenTarget
    FieldSpec {
        hint: |_| {
            "The most children's social care staff a year the council can realistically recruit, on average over the years to the target year. The calculator works out the refill rates, both changed in proportion, at which the need is no more than this. Leave empty for no target.".to_string()
        },
        example: "60",
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
        example: "40",
        default: Published::Setting("40"),
        views: &[Provider],
        ..NUMBER
    },
    // Field::ProviderTurnover
    FieldSpec {
        key: "turnover",
        label: "Your staff turnover",
        hint: |_| {
            format!("Leavers in a year as a share of staff. Staffordshire adult social care: {} in 2021/22 (Skills for Care).", data::TURNOVER.shown)
        },
        suffix: "% a year",
        example: "32.2",
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
            format!("Posts you are trying to fill now. Staffordshire's adult social care vacancy rate was {} in 2021/22.", data::VACANCY_RATE.shown)
        },
        unit: Unit::People,
        suffix: "posts",
        max: 1_000_000.0,
        example: "3",
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
        example: "2",
        default: Published::Setting("2"),
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
        example: "5",
        default: Published::Setting("5"),
        slider: slider(1.0, 20.0, 1.0),
        views: &[Provider],
        ..NUMBER
    },
    // Field::ProviderTarget
    FieldSpec {
        hint: |_| {
            "The most people a year you can realistically recruit, on average over the years ahead. The calculator works out the staff turnover at which you would need no more than this. Leave empty for no target.".to_string()
        },
        example: "10",
        views: &[Provider],
        ..TARGET
    },
    // Field::Seed
    FieldSpec {
        key: "seed",
        label: "Random seed",
        max: 4_294_967_295.0,
        whole: true,
        example: "1",
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
        example: "100",
        default: Published::Setting("100"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_its_fields_and_every_key_is_unique_within_a_view() {
        for (i, f) in Field::ALL.into_iter().enumerate() {
            assert_eq!(f as usize, i, "Field::ALL is in the enum's order");
            assert!(!TABLE[i].key.is_empty() && !TABLE[i].label.is_empty());
        }
        for view in View::ALL {
            let keys: Vec<_> = view.fields().map(Field::key).collect();
            let mut unique = keys.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(keys.len(), unique.len(), "{}", view.key());
        }
    }
}
