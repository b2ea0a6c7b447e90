//! The published tables are the golden tests: with the published assumptions every one of the
//! 21 published figures (adult 12, children's 9) must appear in the results table exactly as
//! the appendix prints it, and the engine's unrounded figures must round to each of them.

use care_workforce::calibration::{
    adult_residuals, children_residuals, published_adult, published_children,
};
use care_workforce::data::{
    ADULT_BASELINE, CHILDREN_BASELINE, PUBLISHED_ADULT, PUBLISHED_CHILDREN,
};
use care_workforce::engine::{project_adult, project_children};
use care_workforce::report::{adult, adult_table, children, children_table, RowKind};

fn print(residuals: &[care_workforce::calibration::Residual]) {
    for r in residuals {
        println!(
            "{:<28} {} ours {:>10.3} published {:>7}",
            r.measure, r.year, r.ours, r.published
        );
    }
}

#[test]
fn every_unrounded_figure_rounds_to_the_printed_one() {
    let (adult, children) = (adult_residuals(), children_residuals());
    print(&adult);
    print(&children);
    assert_eq!((adult.len(), children.len()), (12, 9));
    for r in adult.iter().chain(&children) {
        assert!(
            r.rounds_as_printed(),
            "{} {}: ours {:.3}, printed {}",
            r.measure,
            r.year,
            r.ours,
            r.published
        );
    }
}

#[test]
fn the_results_tables_show_every_published_figure_exactly() {
    let a = published_adult();
    let t = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
    for p in &PUBLISHED_ADULT.1 {
        let r = t
            .row(p.year)
            .unwrap_or_else(|| panic!("a row for {}", p.year));
        assert_eq!(r.kind, RowKind::AsPublished, "{}", p.year);
        for (what, shown, printed) in [
            ("workforce", r.workforce, p.workforce),
            ("extra for demand", r.extra_for_demand, p.extra_for_demand),
            ("leavers", r.replacing_leavers, p.replacing_leavers),
            ("total", r.total, p.total),
        ] {
            assert_eq!(shown as f64, printed, "{} {what}", p.year);
        }
    }
    let c = published_children();
    let t = children_table(&c, &project_children(&CHILDREN_BASELINE, &c));
    for p in &PUBLISHED_CHILDREN.1 {
        let r = t
            .row(p.year)
            .unwrap_or_else(|| panic!("a row for {}", p.year));
        for (what, shown, printed) in [
            ("social work", r.social_work, p.social_work),
            ("other", r.other, p.other),
            ("all", r.total, p.all),
        ] {
            assert_eq!(shown as f64, printed, "{} {what}", p.year);
        }
    }
}

#[test]
fn the_published_figures_hold_at_every_horizon() {
    // A shorter or longer horizon does not change the rows both cover.
    for horizon in [2027u16, 2032, 2040] {
        let a = care_workforce::engine::AdultAssumptions {
            horizon: care_workforce::fields::Field::Horizon
                .year(f64::from(horizon))
                .unwrap(),
            ..published_adult()
        };
        let t = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
        assert_eq!(t.row(2027).unwrap().total, 16_462, "horizon {horizon}");
    }
}

#[test]
fn the_default_form_is_the_published_scenario() {
    use care_workforce::report::{is_published_adult, is_published_children};
    use care_workforce::scenario::Form;
    let form = Form::default();
    assert!(is_published_adult(&adult::assumptions(&form)));
    assert!(is_published_children(&children::assumptions(&form)));
}

#[test]
fn the_vacancy_rate_changes_only_the_vacancies_part_and_its_default_keeps_the_published_figures() {
    use care_workforce::engine::AdultAssumptions;
    use care_workforce::report::is_published_adult;
    use care_workforce::scenario::Scenario;
    let adult = |query: &str| adult::assumptions(&Scenario::from_query(query).form);
    let table = |a: &AdultAssumptions| adult_table(a, &project_adult(&ADULT_BASELINE, a));

    // At its default the rate is the data's, the link stays short, and every figure is as
    // published, with today's vacancies filled or not.
    assert_eq!(adult("?view=adult&vacancy_rate=9.9"), published_adult());
    assert_eq!(
        Scenario::from_query("?view=adult&vacancy_rate=9.9").to_query(),
        "?view=adult"
    );
    assert_eq!(
        adult("?view=adult&vacancies=1"),
        AdultAssumptions {
            fill_vacancies: true,
            ..published_adult()
        }
    );

    // Without today's vacancies filled, another rate changes no figure.
    let unfilled = adult("?view=adult&vacancy_rate=20");
    assert!(is_published_adult(&unfilled));
    assert_eq!(table(&unfilled), table(&published_adult()));

    // With them filled, the vacancies part follows the rate (twice the rate, twice the posts)
    // and the requirement and the extra staff for demand stay as they were (to the last bits).
    let at = |rate: &str| {
        project_adult(
            &ADULT_BASELINE,
            &adult(&format!("?view=adult&vacancies=1&vacancy_rate={rate}")),
        )
    };
    let (published, doubled) = (at("9.9"), at("19.8"));
    let (p, d) = (published.last(), doubled.last());
    assert!((p.vacancies - ADULT_BASELINE.workforce.get() * 0.099).abs() < 1e-9);
    assert!((d.vacancies - 2.0 * p.vacancies).abs() < 1e-9 * d.vacancies);
    for (p, d) in published.rows.iter().zip(&doubled.rows) {
        assert_eq!(p.workforce, d.workforce);
        assert!((p.extra_for_demand - d.extra_for_demand).abs() < 1e-9);
    }
    assert!(d.total > p.total);
}
