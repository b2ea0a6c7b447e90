//! Native benchmarks of the projection engine and the URL parse (criterion).
//!
//! ```sh
//! CARGO_TARGET_DIR=/tmp/target-perf cargo bench --bench engine
//! CARGO_TARGET_DIR=/tmp/target-perf CARGO_PROFILE_BENCH_OPT_LEVEL=3 cargo bench --bench engine
//! ```
//!
//! The `bench` profile inherits `[profile.release]`, which is size-optimised for the wasm build
//! (`opt-level = "z"`), so the first command measures the engine as it is compiled for the page
//! (natively); the second measures it at full speed. `node tools/measure.mjs` runs both and
//! writes the figures to `docs/performance.md`. These benchmarks report; they never fail on a
//! number (the targets are checked and marked in `docs/performance.md`, not asserted).

use std::hint::black_box;

use care_workforce::calibration::{published_adult, published_children};
use care_workforce::data::{ADULT_BASELINE, CHILDREN_BASELINE};
use care_workforce::engine::uncertainty::{monte_carlo_adult, AdultRanges};
use care_workforce::engine::{
    project_adult, project_children, project_provider, AdultAssumptions, ProviderAssumptions,
};
use care_workforce::fields::Field;
use care_workforce::scenario::Scenario;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// A query that sets every adult field away from its published value.
const FULL_ADULT_QUERY: &str =
    "?view=adult&horizon=2040&turnover=28.5&stay=59&demand=2.5&vacancies=1&reforms=1";

fn adult_at(year: u16) -> AdultAssumptions {
    AdultAssumptions {
        horizon: Field::Horizon
            .year(f64::from(year))
            .expect("horizon in 2023..=2040"),
        ..published_adult()
    }
}

fn provider(query: &str) -> ProviderAssumptions {
    care_workforce::report::provider::assumptions(&Scenario::from_query(query).form)
}

fn adult(c: &mut Criterion) {
    // The published strategy: 2022 to 2032, ten yearly steps.
    let a = published_adult();
    c.bench_function("adult/10y", |b| {
        b.iter(|| project_adult(black_box(&ADULT_BASELINE), black_box(&a)))
    });

    let mut g = c.benchmark_group("adult_horizon");
    for year in [2023_u16, 2027, 2032, 2036, 2040] {
        let a = adult_at(year);
        g.throughput(Throughput::Elements(u64::from(year - 2022)));
        g.bench_with_input(BenchmarkId::from_parameter(year), &a, |b, a| {
            b.iter(|| project_adult(black_box(&ADULT_BASELINE), black_box(a)))
        });
    }
    g.finish();
}

fn children(c: &mut Criterion) {
    let a = published_children();
    c.bench_function("children/10y", |b| {
        b.iter(|| project_children(black_box(&CHILDREN_BASELINE), black_box(&a)))
    });
}

fn providers(c: &mut Criterion) {
    let mut g = c.benchmark_group("provider");
    for (years, query) in [(5_u16, "?view=provider"), (20, "?view=provider&years=20")] {
        let a = provider(query);
        assert_eq!(a.years.get(), years, "{query}");
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{years}y")),
            &a,
            |b, a| b.iter(|| project_provider(black_box(a))),
        );
    }
    g.finish();
}

fn url(c: &mut Criterion) {
    c.bench_function("scenario/from_query+adult", |b| {
        b.iter(|| {
            care_workforce::report::adult::assumptions(
                &Scenario::from_query(black_box(FULL_ADULT_QUERY)).form,
            )
        })
    });
}

fn monte_carlo(c: &mut Criterion) {
    let a = published_adult();
    let r = AdultRanges::around(&a);
    let mut g = c.benchmark_group("monte_carlo_adult");
    g.sample_size(20);
    g.bench_function("10000", |b| {
        b.iter(|| {
            monte_carlo_adult(
                black_box(&ADULT_BASELINE),
                black_box(&a),
                black_box(&r),
                10_000,
                1,
            )
        })
    });
    g.finish();
}

criterion_group!(benches, adult, children, providers, url, monte_carlo);
criterion_main!(benches);
