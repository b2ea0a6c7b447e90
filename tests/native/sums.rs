//! Every derived figure the results tables print is the sum or difference of the printed
//! figures it comes from, or its table says at that place why not (issue 21: a reader checking
//! the sums by hand finds them as printed). Checked on the typed tables for the published
//! scenarios at every horizon and on generated ones.

use care_workforce::calibration::{published_adult, published_children};
use care_workforce::data::{ADULT_BASELINE, CHILDREN_BASELINE};
use care_workforce::engine::{
    project_adult, project_children, project_provider, AdultAssumptions, ChildrenAssumptions,
    ProviderAssumptions,
};
use care_workforce::fields::Field;
use care_workforce::format::round_count;
use care_workforce::report::{
    adult_table, children_table, printed_parts_note, provider_table, Compared, Row, RowKind, Table,
};
use proptest::prelude::*;

use crate::common::{adult_strategy, children_strategy, provider_strategy};

/// Each year's figure is the difference of the printed running totals, and each comparison's
/// difference is the printed total less the printed published one.
fn check_running<R: Row>(
    t: &Table<R>,
    total: fn(&R) -> i64,
    in_year: fn(&R) -> i64,
) -> Result<(), String> {
    let mut before = 0;
    for r in &t.rows {
        if in_year(r) != total(r) - before {
            return Err(format!(
                "{}: that year {} is not {} − {before}",
                r.label(),
                in_year(r),
                total(r)
            ));
        }
        before = total(r);
        if let Some(Compared {
            total: theirs,
            difference,
        }) = r.compared()
        {
            if difference != total(r) - theirs {
                return Err(format!(
                    "{}: difference {difference} is not {} − {theirs}",
                    r.label(),
                    total(r)
                ));
            }
        }
    }
    Ok(())
}

fn check_adult(a: &AdultAssumptions) -> Result<(), String> {
    let p = project_adult(&ADULT_BASELINE, a);
    let t = adult_table(a, &p);
    let base = round_count(ADULT_BASELINE.workforce.get());
    for (r, y) in t.rows.iter().zip(&p.rows[1..]) {
        // Extra staff for demand is the printed requirement less the printed 2022 one (the
        // working shows both), whenever it is that requirement less the base year's.
        let follows =
            (y.extra_for_demand - (y.workforce - ADULT_BASELINE.workforce.get())).abs() < 1e-6;
        if follows && r.extra_for_demand != r.workforce - base {
            return Err(format!(
                "{}: extra {} is not {} − {base}",
                r.year, r.extra_for_demand, r.workforce
            ));
        }
        let parts = r.extra_for_demand
            + r.replacing_leavers
            + r.vacancies.unwrap_or(0)
            + r.reforms.unwrap_or(0);
        if parts != r.total {
            // Only the appendix's own rows, and the table's caption says so.
            let note = printed_parts_note(r.year).unwrap_or_default();
            if r.kind != RowKind::AsPublished || note.is_empty() || !t.caption.contains(&note) {
                return Err(format!(
                    "{}: parts {parts} ≠ total {} with no note in {:?}",
                    r.year, r.total, t.caption
                ));
            }
        }
    }
    check_running(&t, |r| r.total, |r| r.in_year)
}

fn check_children(c: &ChildrenAssumptions) -> Result<(), String> {
    let t = children_table(c, &project_children(&CHILDREN_BASELINE, c));
    for r in &t.rows {
        if r.social_work + r.other != r.total {
            return Err(format!(
                "children {}: {} + {} ≠ {}",
                r.year, r.social_work, r.other, r.total
            ));
        }
    }
    check_running(&t, |r| r.total, |r| r.in_year)
}

fn check_provider(p: &ProviderAssumptions) -> Result<(), String> {
    let t = provider_table(p, &project_provider(p));
    let mut so_far = 0;
    for r in &t.rows {
        if r.replacing_leavers + r.growth + r.vacancies != r.in_year {
            return Err(format!("provider year {}: parts ≠ {}", r.year, r.in_year));
        }
        so_far += r.in_year;
        if so_far != r.total {
            return Err(format!(
                "provider year {}: running total {so_far} ≠ {}",
                r.year, r.total
            ));
        }
        if let Some(Compared {
            total: theirs,
            difference,
        }) = r.compared
        {
            if difference != r.total - theirs {
                return Err(format!("provider year {}: difference", r.year));
            }
        }
    }
    Ok(())
}

#[test]
fn the_published_scenarios_add_up_as_printed_at_every_horizon() {
    for h in 2023..=2040 {
        let horizon = Field::Horizon.year(f64::from(h)).unwrap();
        for fill_vacancies in [false, true] {
            for add_reforms in [false, true] {
                let a = AdultAssumptions {
                    horizon,
                    fill_vacancies,
                    add_reforms,
                    ..published_adult()
                };
                check_adult(&a).unwrap();
            }
        }
        check_children(&ChildrenAssumptions {
            horizon,
            ..published_children()
        })
        .unwrap();
    }
}

#[test]
fn the_published_2027_row_carries_its_note_and_2031_subtracts_as_printed() {
    let a = published_adult();
    let t = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
    assert!(t.caption.contains("In the appendix's 2027 row the parts add up to 16,463, one more than its total of 16,462"), "{}", t.caption);
    let r2031 = t.rows.iter().find(|r| r.year == 2031).unwrap();
    assert_eq!((r2031.workforce, r2031.extra_for_demand), (27_935, 4_872));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn every_printed_derived_figure_is_the_sum_or_difference_of_the_printed_ones(
        a in adult_strategy(), c in children_strategy(), p in provider_strategy()
    ) {
        check_adult(&a).map_err(TestCaseError::fail)?;
        check_children(&c).map_err(TestCaseError::fail)?;
        check_provider(&p).map_err(TestCaseError::fail)?;
    }
}
