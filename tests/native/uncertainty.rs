//! The uncertainty ranges and the fans of simulated futures: validation, determinism, agreement
//! with the central projection and the closed-form mean of a simple case (the tornado and the
//! waterfall are in `breakdown`).

use care_workforce::calibration::{local_adult, published_adult};
use care_workforce::data::ADULT_BASELINE;
use care_workforce::engine::uncertainty::{
    monte_carlo_adult, monte_carlo_provider, sentence, tornado_adult, AdultRanges, Bound, Fan,
    ProviderRanges, Range, RangeError, ADULT_LOSS_SPREAD, DEFAULT_DRAWS,
};
use care_workforce::engine::{project_adult, project_provider, AdultAssumptions, AdultBaseline};
use care_workforce::fields::Field;
use proptest::prelude::*;

use crate::common::{adult_strategy, provider, provider_strategy};

fn range(low: f64, central: f64, high: f64) -> Range {
    Range::new(low, central, high).unwrap()
}

fn fixed(value: f64) -> Range {
    Range::fixed(value).unwrap()
}

/// Ranges of zero width at the assumptions themselves (and a demand scale of `scale`).
fn certain_adult(_a: &AdultAssumptions, scale: f64) -> AdultRanges {
    AdultRanges {
        loss_scale: fixed(1.0),
        demand_scale: fixed(scale),
    }
}

fn totals(fan: &Fan) -> Vec<[f64; 6]> {
    fan.rows
        .iter()
        .map(|r| [r.p10, r.p25, r.p50, r.p75, r.p90, r.mean])
        .collect()
}

fn assert_ordered(fan: &Fan) {
    for r in &fan.rows {
        assert!(
            r.p10 <= r.p25 && r.p25 <= r.p50 && r.p50 <= r.p75 && r.p75 <= r.p90,
            "{r:?}"
        );
        assert!(
            r.p10.is_finite() && r.p90.is_finite() && r.mean.is_finite(),
            "{r:?}"
        );
    }
}

// --- Ranges ----------------------------------------------------------------------------------

#[test]
fn ranges_are_validated_with_messages_that_say_what_is_allowed() {
    let cases: [(f64, f64, f64, RangeError, &str); 6] = [
        (
            f64::NAN,
            1.0,
            2.0,
            RangeError::NotFinite { bound: Bound::Low },
            "The low value must be a finite number",
        ),
        (
            0.0,
            1.0,
            f64::INFINITY,
            RangeError::NotFinite { bound: Bound::High },
            "The high value must be a finite number",
        ),
        (
            40.0,
            32.2,
            50.0,
            RangeError::LowAboveCentral {
                low: 40.0,
                central: 32.2,
            },
            "The low value (40) must be less than or equal to the central value (32.2)",
        ),
        (
            20.0,
            40.0,
            36.0,
            RangeError::CentralAboveHigh {
                central: 40.0,
                high: 36.0,
            },
            "The central value (40) must be less than or equal to the high value (36)",
        ),
        (
            -f64::MAX,
            0.0,
            f64::MAX,
            RangeError::TooWide,
            "The low and high values are too far apart: the difference between them must be a finite number",
        ),
        (
            1.0,
            0.5,
            2.0,
            RangeError::LowAboveCentral {
                low: 1.0,
                central: 0.5,
            },
            "The low value (1) must be less than or equal to the central value (0.5)",
        ),
    ];
    for (low, central, high, error, message) in cases {
        let got = Range::new(low, central, high).unwrap_err();
        assert_eq!(got, error);
        assert_eq!(got.to_string(), message);
    }
    assert_eq!(
        Field::Turnover
            .range(20.0, 32.2, 120.0)
            .unwrap_err()
            .to_string(),
        "The high value for staff turnover must be between 0% and 100%"
    );
    assert!(Field::Turnover.range(0.0, 32.2, 100.0).is_ok());
    // Zero width is allowed.
    let r = Range::new(5.0, 5.0, 5.0).unwrap();
    assert_eq!(
        (r.low(), r.central(), r.high(), r.width()),
        (5.0, 5.0, 5.0, 0.0)
    );
}

#[test]
fn default_ranges_follow_the_appendix() {
    let r = AdultRanges::around(&published_adult());
    let close = |x: f64, y: f64| (x - y).abs() < 1e-9;
    // One draw for the loss to social care, from the published table's 11.6% a year to the
    // 13.2% the 2021/22 measurements give, and as far below.
    let loss = published_adult().sector_leaver_rate().fraction();
    let measured = local_adult().sector_leaver_rate().fraction();
    assert!(close(r.loss_scale.central(), 1.0));
    assert!(close(r.loss_scale.high(), 1.0 + ADULT_LOSS_SPREAD));
    assert!(close(r.loss_scale.low(), 1.0 - ADULT_LOSS_SPREAD));
    assert!(
        (loss * r.loss_scale.high() - measured).abs() < 1e-4,
        "{} vs {measured}",
        loss * r.loss_scale.high()
    );
    assert_eq!(
        (
            r.demand_scale.low(),
            r.demand_scale.central(),
            r.demand_scale.high()
        ),
        (0.8, 1.0, 1.2)
    );

    let p = ProviderRanges::around(&provider(40.0, 32.2, 3.0, 49.0, 5));
    assert!(close(p.turnover.low(), 32.2 * 0.75) && close(p.turnover.high(), 32.2 * 1.25));
    assert!(close(p.growth.low(), 47.0) && p.growth.high() == 50.0);
}

#[test]
fn quantile_is_the_inverse_of_the_triangular_distribution() {
    // (a, c, b), u, expected
    let cases = [
        ((0.0, 1.0, 2.0), 0.5, 1.0),
        ((0.0, 1.0, 2.0), 0.125, 0.5),
        ((0.0, 1.0, 2.0), 0.875, 1.5),
        ((0.0, 0.0, 1.0), 0.75, 0.5),
        ((0.0, 1.0, 1.0), 0.25, 0.5),
        ((3.0, 3.0, 3.0), 0.9, 3.0),
    ];
    for ((a, c, b), u, expected) in cases {
        let q = range(a, c, b).quantile(u);
        assert!((q - expected).abs() < 1e-12, "{a} {c} {b} {u}: {q}");
    }
}

// --- Fans ------------------------------------------------------------------------------------

#[test]
fn same_seed_same_fan_and_different_seeds_differ() {
    let a = published_adult();
    let r = AdultRanges::around(&a);
    let one = monte_carlo_adult(&ADULT_BASELINE, &a, &r, 2_000, 7);
    let again = monte_carlo_adult(&ADULT_BASELINE, &a, &r, 2_000, 7);
    assert_eq!(one, again);
    let other = monte_carlo_adult(&ADULT_BASELINE, &a, &r, 2_000, 8);
    assert_ne!(totals(&one), totals(&other));
    assert_ne!(one.last().mean, other.last().mean);

    let p = provider(40.0, 32.2, 3.0, 2.0, 5);
    let pr = ProviderRanges::around(&p);
    assert_eq!(
        monte_carlo_provider(&p, &pr, 1_000, 1),
        monte_carlo_provider(&p, &pr, 1_000, 1)
    );
    assert_ne!(
        monte_carlo_provider(&p, &pr, 1_000, 1).last(),
        monte_carlo_provider(&p, &pr, 1_000, 2).last()
    );
}

#[test]
fn fan_has_a_row_per_year_starting_at_zero() {
    let a = published_adult();
    let fan = monte_carlo_adult(&ADULT_BASELINE, &a, &AdultRanges::around(&a), 500, 1);
    assert_eq!(fan.rows.len(), 11);
    assert_eq!(totals(&fan)[0], [0.0; 6]);
    for (i, r) in fan.rows.iter().enumerate() {
        assert_eq!(usize::from(r.step), i);
    }
    assert_ordered(&fan);
}

#[test]
fn every_band_contains_the_central_projection() {
    for a in [published_adult(), local_adult()] {
        let central = project_adult(&ADULT_BASELINE, &a);
        let fan = monte_carlo_adult(
            &ADULT_BASELINE,
            &a,
            &AdultRanges::around(&a),
            DEFAULT_DRAWS,
            2022,
        );
        assert_ordered(&fan);
        for (row, band) in central.rows.iter().zip(&fan.rows).skip(1) {
            assert!(
                band.p10 <= row.total && row.total <= band.p90,
                "{}: {} not in {}..{}",
                row.step,
                row.total,
                band.p10,
                band.p90
            );
            // A band with real width, not a degenerate one.
            assert!(band.p90 - band.p10 > 0.05 * row.total, "{band:?}");
        }
    }
}

#[test]
fn zero_draws_give_the_central_projection() {
    let a = published_adult();
    let fan = monte_carlo_adult(&ADULT_BASELINE, &a, &AdultRanges::around(&a), 0, 1);
    let central = project_adult(&ADULT_BASELINE, &a);
    assert_eq!(fan, Fan::certain(&central));
}

#[test]
fn provider_mean_matches_the_closed_form() {
    // No growth and no vacancies: each year recruits staff × turnover, so the total after n years
    // is staff × n × t, and its mean over a triangular t on (a, c, b) is staff × n × (a + c + b) / 3.
    // The standard error of the mean of N draws is staff × n × sd(t) / √N, with
    // sd(t)² = (a² + b² + c² − ab − ac − bc) / 18; allow 4.5 standard errors (a false alarm has
    // odds of about 1 in 150,000 for a fresh seed; the seeds are fixed, so the test is exact).
    let (staff, n) = (250.0, 7u16);
    let (a, c, b) = (15.0, 32.2, 40.0);
    let p = provider(staff, c, 0.0, 0.0, n);
    let r = ProviderRanges {
        turnover: range(a, c, b),
        growth: fixed(0.0),
    };
    let draws = 10_000u32;
    let k = staff * f64::from(n) / 100.0;
    let expected = k * (a + c + b) / 3.0;
    let sd = ((a * a + b * b + c * c - a * b - a * c - b * c) / 18.0).sqrt();
    let se = k * sd / f64::from(draws).sqrt();
    for seed in 1..=5 {
        let fan = monte_carlo_provider(&p, &r, draws, seed);
        let mean = fan.last().mean;
        assert!(
            (mean - expected).abs() < 4.5 * se,
            "seed {seed}: mean {mean}, expected {expected} ± {se}"
        );
        // The percentiles are the triangular quantiles scaled (within 8 standard errors of a
        // sample quantile, about 2% of the range's width).
        for (got, p) in [
            (fan.last().p10, 0.1),
            (fan.last().p50, 0.5),
            (fan.last().p90, 0.9),
        ] {
            let want = k * r.turnover.quantile(p);
            assert!(
                (got - want).abs() < 0.02 * k * (b - a),
                "p{p}: {got} vs {want}"
            );
        }
        // And every year t of the fan is t/n of the last (no growth: totals are linear in years).
        for row in &fan.rows {
            let scaled = fan.last().p50 * f64::from(row.step) / f64::from(n);
            assert!((row.p50 - scaled).abs() < 1e-9 * (1.0 + scaled));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// With every range of zero width, each percentile and the mean equal the central projection
    /// exactly, bit for bit: so the row-free loop the Monte Carlo uses cannot drift from
    /// `project_adult`.
    #[test]
    fn zero_width_fans_equal_the_central_projection(
        a in adult_strategy(),
        scale in 0.0..3.0f64,
        seed: u64,
    ) {
        // A scale other than 1 multiplies the growth of the published requirement path.
        let scale = if a.demand.is_some() { 1.0 } else { scale };
        let baseline = AdultBaseline { path_scale: ADULT_BASELINE.path_scale * scale, ..ADULT_BASELINE };
        let central = project_adult(&baseline, &a);
        let fan = monte_carlo_adult(&ADULT_BASELINE, &a, &certain_adult(&a, scale), 20, seed);
        prop_assert_eq!(fan.clone(), Fan::certain(&central));
        prop_assert_eq!(fan.rows.len(), central.rows.len());
    }

    /// The same for a provider.
    #[test]
    fn zero_width_provider_fans_equal_the_central_projection(p in provider_strategy(), seed: u64) {
        let r = ProviderRanges {
            turnover: fixed(p.turnover.as_percent()),
            growth: fixed(p.growth.as_percent()),
        };
        prop_assert_eq!(monte_carlo_provider(&p, &r, 20, seed), Fan::certain(&project_provider(&p)));
    }

    /// A zero-width loss scale other than 1 gives the projection with turnover scaled by it
    /// (capped at 100%), leavers staying as set.
    #[test]
    fn zero_width_loss_scale_scales_turnover(
        a in adult_strategy(), l in 0.0..=3.0f64, seed: u64,
    ) {
        let set = AdultAssumptions {
            turnover: Field::Turnover.rate((a.turnover.as_percent() * l).min(100.0)).unwrap(),
            ..a
        };
        let r = AdultRanges { loss_scale: fixed(l), demand_scale: fixed(1.0) };
        let fan = monte_carlo_adult(&ADULT_BASELINE, &a, &r, 5, seed);
        let want = project_adult(&ADULT_BASELINE, &set).last().total;
        prop_assert!((fan.last().p50 - want).abs() <= 1e-9 * (1.0 + want), "{} vs {want}", fan.last().p50);
    }

    /// A custom growth rate is scaled by the demand scale (to rounding).
    #[test]
    fn custom_demand_is_scaled(a in adult_strategy(), d in -5.0..=10.0f64, scale in 0.0..2.0f64) {
        let a = AdultAssumptions { demand: Some(Field::Demand.rate(d).unwrap()), ..a };
        let scaled = AdultAssumptions { demand: Some(Field::Demand.rate(d * scale).unwrap()), ..a };
        let want = project_adult(&ADULT_BASELINE, &scaled).last().total;
        let got = monte_carlo_adult(&ADULT_BASELINE, &a, &certain_adult(&a, scale), 3, 0).last().p50;
        prop_assert!((got - want).abs() <= 1e-9 * (1.0 + want), "{got} vs {want}");
    }

    /// Percentiles are ordered every year.
    #[test]
    fn percentiles_are_ordered(a in adult_strategy(), p in provider_strategy(), seed: u64) {
        assert_ordered(&monte_carlo_adult(&ADULT_BASELINE, &a, &AdultRanges::around(&a), 200, seed));
        assert_ordered(&monte_carlo_provider(&p, &ProviderRanges::around(&p), 200, seed));
    }

    /// Any valid ranges, even beyond the fields' limits, give finite, ordered fans.
    #[test]
    fn any_ranges_give_finite_ordered_fans(
        a in adult_strategy(),
        l in prop::array::uniform3(-1.0..5.0f64),
        k in prop::array::uniform3(-1.0..3.0f64),
        seed: u64,
    ) {
        let sorted = |mut v: [f64; 3]| { v.sort_by(f64::total_cmp); range(v[0], v[1], v[2]) };
        let r = AdultRanges { loss_scale: sorted(l), demand_scale: sorted(k) };
        let fan = monte_carlo_adult(&ADULT_BASELINE, &a, &r, 50, seed);
        assert_ordered(&fan);
        for row in &fan.rows {
            prop_assert!(row.p10 >= 0.0);
        }
        for bar in tornado_adult(&ADULT_BASELINE, &a, &r) {
            prop_assert!(bar.swing.is_finite() && bar.swing >= 0.0);
        }
    }

}

#[test]
fn sentence_reads_the_last_year() {
    let a = published_adult();
    let fan = monte_carlo_adult(&ADULT_BASELINE, &a, &AdultRanges::around(&a), 5_000, 42);
    let o = sentence(&fan);
    let last = fan.last();
    assert_eq!((o.low, o.likely, o.high), (last.p10, last.p50, last.p90));
    assert!(o.low < o.likely && o.likely < o.high);
    println!(
        "Between {:.0} and {:.0}, most likely about {:.0} (central {:.0})",
        o.low,
        o.high,
        o.likely,
        project_adult(&ADULT_BASELINE, &a).last().total
    );
    assert_eq!(sentence(&Fan::default()).likely, 0.0);
}

#[test]
fn scaling_the_ranges_narrows_them_to_the_central_value_or_widens_them_within_limits() {
    let a = published_adult();
    let r = AdultRanges::around(&a);
    let none = r.scaled(0.0);
    for range in [none.loss_scale, none.demand_scale] {
        assert_eq!(range.width(), 0.0);
    }
    let fan = monte_carlo_adult(&ADULT_BASELINE, &a, &none, 1000, 3);
    let central = project_adult(&ADULT_BASELINE, &a);
    for (f, c) in fan.rows.iter().zip(&central.rows) {
        assert_eq!((f.p10, f.p90), (c.total, c.total));
    }
    let wide = r.scaled(2.0);
    assert!((wide.loss_scale.width() - 2.0 * r.loss_scale.width()).abs() < 1e-9);
    let loss = r.scaled(30.0).loss_scale;
    assert!(loss.low() >= 0.0);
    assert_eq!(r.scaled(f64::NAN), r);
}
