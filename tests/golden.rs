//! The published tables are the golden tests: with the "published strategy 2022" assumptions the
//! engine must reproduce every figure of the appendix's adult table within 0.5% and every figure
//! of its children's table within 2 people.

use care_workforce::calibration::{adult_residuals, children_residuals};

#[test]
fn adult_table_within_half_a_percent() {
    let residuals = adult_residuals();
    assert_eq!(
        residuals.len(),
        12,
        "all 12 published adult figures are compared"
    );
    println!(
        "{:<24} {:>6} {:>10} {:>10} {:>8}",
        "measure", "year", "ours", "published", "diff %"
    );
    for r in &residuals {
        println!(
            "{:<24} {:>6} {:>10.1} {:>10.0} {:>8.3}",
            r.measure,
            r.year,
            r.ours,
            r.published,
            100.0 * r.relative()
        );
    }
    for r in &residuals {
        assert!(
            r.relative().abs() <= 0.005,
            "{} {}: ours {:.1}, published {} ({:.3}%)",
            r.measure,
            r.year,
            r.ours,
            r.published,
            100.0 * r.relative()
        );
    }
}

#[test]
fn children_table_within_two_people() {
    let residuals = children_residuals();
    assert_eq!(
        residuals.len(),
        9,
        "all 9 published children's figures are compared"
    );
    for r in &residuals {
        println!(
            "{:<28} {} ours {:>7.1} published {:>5}",
            r.measure, r.year, r.ours, r.published
        );
        assert!(
            r.difference().abs() <= 2.0,
            "{} {}: ours {:.1}, published {}",
            r.measure,
            r.year,
            r.ours,
            r.published
        );
    }
}

#[test]
fn rounded_headline_figures_match_the_appendix_exactly_where_they_should() {
    // The figure a visitor is most likely to quote: total new adult staff by 2032.
    let r = adult_residuals();
    let total_2032 = r
        .iter()
        .find(|r| r.year == 2032 && r.measure == "Total new staff")
        .expect("2032 total is compared");
    assert!(
        (total_2032.ours - 34_948.0).abs() < 10.0,
        "{}",
        total_2032.ours
    );
}
