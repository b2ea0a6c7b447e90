//! The calibrated parameters are what the published tables imply: re-derive each one and check
//! it against the constant the app ships (to the precision it is shown with).

use care_workforce::calibration::{
    fit_adult_elasticity, fit_adult_rate_to_2032_total, fit_adult_sector_leaver_rate,
    fit_children_rate, implied_adult_baselines,
};
use care_workforce::data::{
    ADULT_BASELINE_WORKFORCE, ADULT_ELASTICITY, ADULT_STAY_IMPLIED, CHILDREN_BASELINE,
    LEAVERS_STAYING, OTHER_ROLES_RATE, PATH_0_17, PUBLISHED_CHILDREN, SOCIAL_WORK_RATE, TURNOVER,
};

#[test]
fn every_published_row_implies_the_same_2022_baseline() {
    for w0 in implied_adult_baselines() {
        assert_eq!(w0, ADULT_BASELINE_WORKFORCE.value);
    }
}

#[test]
fn elasticity_is_the_least_squares_fit() {
    let k = fit_adult_elasticity();
    assert!((k - ADULT_ELASTICITY.value).abs() < 5e-5, "fit {k}");
}

#[test]
fn implied_share_of_leavers_staying_reproduces_the_2032_total() {
    let least_squares = fit_adult_sector_leaver_rate();
    assert!(
        (least_squares - 0.11621).abs() < 5e-6,
        "least squares {least_squares}"
    );
    let rate = fit_adult_rate_to_2032_total();
    assert!((rate - 0.116226).abs() < 5e-7, "2032 rate {rate}");
    let stay = 100.0 * (1.0 - rate / (TURNOVER.value / 100.0));
    assert!(
        (stay - ADULT_STAY_IMPLIED.value).abs() < 0.0005,
        "stay {stay}"
    );
    // Below the rate the local 2021/22 figures give (13.2% a year).
    let local = TURNOVER.value / 100.0 * (1.0 - LEAVERS_STAYING.value / 100.0);
    assert!((local - 0.13202).abs() < 1e-9 && rate < local);
}

#[test]
fn children_rates_are_the_fits() {
    let published = &PUBLISHED_CHILDREN.1;
    let sw: Vec<(u16, f64)> = published.iter().map(|r| (r.year, r.social_work)).collect();
    let other: Vec<(u16, f64)> = published.iter().map(|r| (r.year, r.other)).collect();
    let b = CHILDREN_BASELINE;
    let sw_rate = fit_children_rate(402.0, PATH_0_17, b.social_work_elasticity, &sw);
    let other_rate = fit_children_rate(386.0, PATH_0_17, b.other_elasticity, &other);
    assert!(
        (100.0 * sw_rate - SOCIAL_WORK_RATE.value).abs() < 0.005,
        "{sw_rate}"
    );
    assert!(
        (100.0 * other_rate - OTHER_ROLES_RATE.value).abs() < 0.005,
        "{other_rate}"
    );
}
