//! What moves the total and where it comes from: each tornado bar's totals agree with the
//! central projection, and the waterfall's steps start at 0, follow on and end at the total.

use care_workforce::calibration::published_adult;
use care_workforce::data::ADULT_BASELINE;
use care_workforce::engine::uncertainty::{
    tornado_adult, tornado_provider, waterfall, AdultRanges, Piece, ProviderRanges, Varied,
};
use care_workforce::engine::{
    project_adult, project_provider, AdultAssumptions, AdultBaseline, ProviderAssumptions,
};
use care_workforce::fields::{piece_label, Field};
use proptest::prelude::*;

use crate::common::{adult_strategy, provider_strategy};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Tornado bars are sorted by swing and their totals are `project_adult`'s with that one
    /// assumption set.
    #[test]
    fn adult_tornado_matches_project_adult(a in adult_strategy()) {
        let r = AdultRanges::around(&a);
        let bars = tornado_adult(&ADULT_BASELINE, &a, &r);
        prop_assert_eq!(bars.len(), 2);
        for pair in bars.windows(2) {
            prop_assert!(pair[0].swing >= pair[1].swing);
        }
        for bar in &bars {
            prop_assert_eq!(bar.swing, (bar.total_at_high - bar.total_at_low).abs());
            for (value, total) in [(bar.low_value, bar.total_at_low), (bar.high_value, bar.total_at_high)] {
                let (b, set) = match bar.parameter {
                    Varied::SectorLoss => (ADULT_BASELINE, AdultAssumptions {
                        turnover: if value == 1.0 { a.turnover } else { Field::Turnover.rate((a.turnover.as_percent() * value).min(100.0)).unwrap() },
                        ..a
                    }),
                    Varied::Demand => match a.demand {
                        None => (AdultBaseline { path_scale: ADULT_BASELINE.path_scale * value, ..ADULT_BASELINE }, a),
                        Some(_) => {
                            // A scaled custom rate: compare to rounding.
                            let rate = a.demand.map(|d| Field::Growth.rate(d.as_percent() * value).unwrap());
                            let want = project_adult(&ADULT_BASELINE, &AdultAssumptions { demand: rate, ..a }).last().total;
                            prop_assert!((total - want).abs() <= 1e-9 * (1.0 + want));
                            continue;
                        }
                    },
                    other => panic!("unexpected bar {other:?}"),
                };
                // Scaling turnover as a fraction or as a percentage may differ in the last bit.
                let want = project_adult(&b, &set).last().total;
                prop_assert!((total - want).abs() <= 1e-9 * (1.0 + want), "{:?}: {total} vs {want}", bar.parameter);
            }
        }
    }

    /// The same for a provider.
    #[test]
    fn provider_tornado_matches_project_provider(p in provider_strategy()) {
        let r = ProviderRanges::around(&p);
        let bars = tornado_provider(&p, &r);
        prop_assert_eq!(bars.len(), 2);
        prop_assert!(bars[0].swing >= bars[1].swing);
        for bar in &bars {
            for (value, total) in [(bar.low_value, bar.total_at_low), (bar.high_value, bar.total_at_high)] {
                let set = match bar.parameter {
                    Varied::ProviderTurnover => ProviderAssumptions {
                        turnover: if value == r.turnover.central() { p.turnover } else { Field::ProviderTurnover.rate(value).unwrap() },
                        ..p
                    },
                    Varied::ProviderGrowth => ProviderAssumptions {
                        growth: if value == r.growth.central() { p.growth } else { Field::Growth.rate(value).unwrap() },
                        ..p
                    },
                    other => panic!("unexpected bar {other:?}"),
                };
                prop_assert_eq!(total, project_provider(&set).last().total, "{:?}", bar.parameter);
            }
        }
    }

    /// The waterfall starts at 0, each step starts where the last ended, and it ends at the total.
    #[test]
    fn waterfall_ends_at_the_total(a in adult_strategy(), p in provider_strategy()) {
        for projection in [project_adult(&ADULT_BASELINE, &a), project_provider(&p)] {
            let steps = waterfall(&projection);
            let last = projection.last();
            prop_assert_eq!(steps[0].start, 0.0);
            prop_assert_eq!(steps[0].piece, Piece::Demand);
            prop_assert_eq!(steps[1].piece, Piece::Leavers);
            for pair in steps.windows(2) {
                prop_assert_eq!(pair[1].start, pair[0].end);
            }
            prop_assert_eq!(steps.last().map(|s| s.end), Some(last.total));
            // With demand that never falls, no year is clamped and there is no adjustment.
            let parts = last.extra_for_demand + last.replacing_leavers + last.vacancies + last.new_posts;
            if projection.rows.windows(2).all(|w| w[1].workforce >= w[0].workforce) {
                prop_assert!((parts - last.total).abs() <= 1e-9 * (1.0 + last.total));
            }
        }
    }
}

#[test]
fn waterfall_steps_for_the_published_and_a_shrinking_case() {
    let mut a = published_adult();
    a.fill_vacancies = true;
    a.add_reforms = true;
    let p = project_adult(&ADULT_BASELINE, &a);
    let last = p.last();
    let steps = waterfall(&p);
    let labels: Vec<&str> = steps.iter().map(|s| piece_label(s.piece)).collect();
    assert_eq!(
        labels,
        [
            "Growth in demand",
            "Replacing leavers",
            "Filling vacancies",
            "2023 reform posts"
        ]
    );
    assert_eq!(steps[0].end, last.extra_for_demand);
    assert!((steps[2].size() - ADULT_BASELINE.workforce.get() * 0.099).abs() < 1e-9);
    assert!((steps[3].size() - 215.0).abs() < 1e-9);
    assert_eq!(steps[3].end, last.total);

    // Published assumptions without vacancies or reforms: only the two main steps.
    assert_eq!(
        waterfall(&project_adult(&ADULT_BASELINE, &published_adult())).len(),
        2
    );

    // Demand falls 10% a year while only 2% of staff leave the sector: nobody is recruited and
    // posts go only as people leave, so the parts (a fall in staff, leavers replaced) still add
    // up to the total, 0, with no adjustment step.
    let shrinking = AdultAssumptions {
        demand: Some(Field::Demand.rate(-10.0).unwrap()),
        turnover: Field::Turnover.rate(10.0).unwrap(),
        stay: Field::Stay.share(80.0).unwrap(),
        ..published_adult()
    };
    let p = project_adult(&ADULT_BASELINE, &shrinking);
    let steps = waterfall(&p);
    assert!(steps[0].end < 0.0);
    assert_eq!(steps.len(), 2);
    assert!((steps[0].size() + steps[1].size()).abs() < 1e-9);
    assert_eq!(steps[1].end, p.last().total);
    assert_eq!(p.last().total, 0.0);
    assert!(p.last().staffed > p.last().workforce);
}
