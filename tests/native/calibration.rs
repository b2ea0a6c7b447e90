//! The calibrated assumptions are what the published tables allow: re-derive each one from the
//! tables and check it against the constant the app ships.

use care_workforce::calibration::{
    adult_path_bends, adult_readings, children_rate_interval, fit_adult_base,
    fit_adult_requirement_path, published_sector_loss, requirement_growth_per_65_plus_growth,
};
use care_workforce::data::{
    ADULT_BASELINE, ADULT_BASELINE_WORKFORCE, ADULT_REQUIREMENT_PATH, CHILDREN_BASELINE,
    OTHER_ROLES_RATE, PATH_0_17, PUBLISHED_ADULT, PUBLISHED_CHILDREN, REQUIREMENT_PATH,
    SOCIAL_WORK_RATE,
};

#[test]
fn the_2022_requirement_is_the_middle_of_what_the_rows_allow() {
    assert_eq!(fit_adult_base(), ADULT_BASELINE_WORKFORCE.value);
    // Each row alone says 23,063.
    for r in &PUBLISHED_ADULT.1 {
        assert_eq!(r.workforce - r.extra_for_demand, 23_063.0);
    }
}

#[test]
fn the_requirement_path_is_the_fit_for_the_assumed_loss() {
    let fitted = fit_adult_requirement_path(fit_adult_base(), published_sector_loss());
    assert_eq!(fitted.len(), REQUIREMENT_PATH.points.len());
    for (&(y, shipped), (fy, fit)) in REQUIREMENT_PATH.points.iter().zip(fitted) {
        assert_eq!(y, fy);
        assert!(
            (shipped - fit).abs() < 1e-11,
            "{y}: shipped {shipped}, fit {fit}"
        );
    }
    // The published years are the table's requirement itself.
    for r in &PUBLISHED_ADULT.1 {
        let w = ADULT_BASELINE.workforce.get() * (1.0 + REQUIREMENT_PATH.change_at(r.year));
        assert!((w - r.workforce).abs() < 1e-6, "{}: {w}", r.year);
    }
}

#[test]
fn the_path_bends_by_what_the_method_says() {
    let bends = adult_path_bends();
    let largest = bends.iter().map(|b| b.1.abs()).fold(0.0, f64::max);
    assert!(
        (largest - ADULT_REQUIREMENT_PATH.value).abs() < 0.05,
        "largest bend {largest}"
    );
    let shown: Vec<(u16, i64)> = bends.iter().map(|&(y, b)| (y, b.round() as i64)).collect();
    assert_eq!(
        shown,
        [
            (2023, 7),
            (2025, -60),
            (2026, -60),
            (2028, 15),
            (2029, 22),
            (2030, 22),
            (2031, 15)
        ]
    );
}

#[test]
fn the_other_readings_lose_the_same_share() {
    let r = adult_readings();
    assert!((r.sector_loss - 0.116242).abs() < 1e-6, "{}", r.sector_loss);
    assert!((r.measured_loss - 0.13202).abs() < 1e-9);
    assert!((100.0 * r.turnover_with_measured_stay - 28.35).abs() < 0.01);
    assert!((100.0 * r.share_of_requirement - 88.05).abs() < 0.01);
    assert!((r.staff_leaving_from - 20_307.0).abs() < 1.0);
    // The uncertainty range reaches from the published loss to the measured one.
    let spread = r.measured_loss / r.sector_loss - 1.0;
    assert!(
        (spread - care_workforce::engine::uncertainty::ADULT_LOSS_SPREAD).abs() < 0.001,
        "{spread}"
    );
}

#[test]
fn the_requirement_grows_about_1_28_times_as_fast_as_the_65_plus_population() {
    for (year, ratio) in requirement_growth_per_65_plus_growth() {
        assert!((1.28..1.29).contains(&ratio), "{year}: {ratio}");
    }
}

#[test]
fn children_rates_are_inside_the_intervals_that_reproduce_the_table() {
    let published = &PUBLISHED_CHILDREN.1;
    let b = CHILDREN_BASELINE;
    for (staff, elasticity, rate, column, interval) in [
        (
            402.0,
            b.social_work_elasticity,
            SOCIAL_WORK_RATE.value,
            published.map(|r| (r.year, r.social_work)),
            (13.666, 13.692),
        ),
        (
            386.0,
            b.other_elasticity,
            OTHER_ROLES_RATE.value,
            published.map(|r| (r.year, r.other)),
            (10.609, 10.635),
        ),
    ] {
        let (lo, hi) = children_rate_interval(staff, PATH_0_17, elasticity, &column);
        assert!(
            (100.0 * lo - interval.0).abs() < 0.001 && (100.0 * hi - interval.1).abs() < 0.001,
            "{lo} {hi}"
        );
        assert!(lo * 100.0 <= rate && rate < hi * 100.0, "{rate}");
    }
    // Social work roles must follow the population: with none of it no rate fits.
    let sw = published.map(|r| (r.year, r.social_work));
    let (lo, hi) = children_rate_interval(402.0, PATH_0_17, 0.0, &sw);
    assert!(lo >= hi);
}

/// The figures the hand-written calibration texts quote are the ones the calibration computes:
/// the turnover of the other reading (28.35%, so "about 28.4%") and the 2027 total with plain
/// straight lines between the published years (16,475.6, so "16,476").
#[test]
fn the_calibration_texts_quote_what_the_calibration_computes() {
    use care_workforce::data::ADULT_STAY_ASSUMED;
    use care_workforce::engine::{project_adult, AdultAssumptions, AdultBaseline, PopulationPath};
    use care_workforce::fields::Field;
    use care_workforce::format::{count, percent};
    let r = adult_readings();
    let reading = format!(
        "turnover of about {}",
        percent(100.0 * r.turnover_with_measured_stay, 1)
    );
    assert!(
        ADULT_STAY_ASSUMED.alternatives.contains(&reading),
        "{reading}"
    );

    let base = ADULT_BASELINE.workforce.get();
    let points: Vec<(u16, f64)> = std::iter::once((2022, 0.0))
        .chain(
            PUBLISHED_ADULT
                .1
                .iter()
                .map(|r| (r.year, r.workforce / base - 1.0)),
        )
        .collect();
    let straight = AdultBaseline {
        requirement: PopulationPath {
            points: Box::leak(points.into_boxed_slice()),
            trend_from: ADULT_BASELINE.requirement.trend_from,
        },
        ..ADULT_BASELINE
    };
    let a = AdultAssumptions {
        horizon: Field::Horizon.year(2027.0).unwrap(),
        ..care_workforce::calibration::published_adult()
    };
    let total = project_adult(&straight, &a).last().total;
    let quoted = format!("({} rather than", count(total));
    assert!(
        ADULT_REQUIREMENT_PATH.alternatives.contains(&quoted),
        "{quoted}: {}",
        ADULT_REQUIREMENT_PATH.alternatives
    );
}
