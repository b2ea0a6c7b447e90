//! Every chart of the calculator's scenarios, from the engine's projections: readable in both
//! layouts and showing the figures it is given.

use super::*;

fn adult_of(query: &str) -> (Projection, Table<AdultRow>) {
    let a = adult::assumptions(&Scenario::from_query(query).form);
    let p = project_adult(&ADULT_BASELINE, &a);
    let t = adult_table(&a, &p);
    (p, t)
}

fn provider_of(query: &str) -> (Projection, Table<ProviderRow>) {
    let a = provider::assumptions(&Scenario::from_query(query).form);
    let p = project_provider(&a);
    let t = provider_table(&a, &p);
    (p, t)
}

const ADULT: [&str; 5] = [
    "?view=adult",
    "?view=adult&horizon=2023",
    "?view=adult&horizon=2024&vacancies=1&reforms=1",
    "?view=adult&horizon=2040&vacancies=1&reforms=1&turnover=100&stay=0&demand=20",
    "?view=adult&horizon=2040&demand=-10&turnover=0",
];
const PROVIDER: [&str; 4] = [
    "?view=provider",
    "?view=provider&years=1",
    "?view=provider&staff=1000000&turnover=100&vacancies=1000000&growth=50&years=20",
    "?view=provider&staff=1&turnover=0&vacancies=0&growth=-20&years=20",
];

/// The year labels of a table and its workforce line (the projection's workforce, rounded).
fn labels_and_line<R: Row>(p: &Projection, t: &Table<R>) -> (Vec<String>, Vec<(String, i64)>) {
    let labels: Vec<String> = t.rows.iter().map(Row::label).collect();
    let line = labels
        .iter()
        .zip(&p.rows[1..])
        .map(|(l, r)| (l.clone(), round_count(r.workforce)))
        .collect();
    (labels, line)
}

/// The height each year's column stands to, from the bottom of the plot.
fn column_heights(d: &Drawing, plot: Plot, n: usize) -> Vec<f64> {
    let slot = plot.width / n as f64;
    let mut heights = vec![0.0; n];
    for (_, rects) in columns(d) {
        for r in rects {
            let i = ((r.x + r.w / 2.0 - plot.left) / slot - 0.5).round() as usize;
            heights[i] += r.h;
        }
    }
    heights
}

#[test]
fn column_and_line_charts_show_their_figures_and_are_readable_in_both_layouts() {
    type Case = (String, Vec<Part>, Vec<String>, Vec<(String, i64)>);
    let mut cases: Vec<Case> = Vec::new();
    for q in ADULT {
        let (p, t) = adult_of(q);
        let (labels, points) = labels_and_line(&p, &t);
        cases.push((q.to_string(), adult_parts(&t), labels, points));
    }
    for q in PROVIDER {
        let (p, t) = provider_of(q);
        let (labels, points) = labels_and_line(&p, &t);
        cases.push((q.to_string(), provider_parts(&t), labels, points));
    }
    for (q, parts, labels, points) in &cases {
        let n = labels.len();
        let totals: Vec<i64> = (0..n)
            .map(|i| parts.iter().map(|p| p.values[i]).sum())
            .collect();
        for layout in BOTH {
            let name = format!("{q} {layout:?}");
            let d = stacked_columns(parts, labels, None, layout);
            assert_readable(&format!("stacked {name}"), &d);
            // Each column stands as high as its year's total, on one scale that holds them all.
            let heights = column_heights(&d, layout.plot(), n);
            let (top, highest) = (layout.plot().height, *totals.iter().max().unwrap());
            for (h, &total) in heights.iter().zip(&totals) {
                assert!(*h <= top + 1e-9, "{name}");
                if highest > 0 {
                    let scale = heights.iter().cloned().fold(0.0, f64::max) / highest as f64;
                    assert!(
                        (h - total as f64 * scale).abs() < 0.1,
                        "{name}: {h} for {total}"
                    );
                }
            }
            let total = values_of(&d, Style::Value);
            assert_eq!(total.len(), 1, "{name}");
            assert!(
                [
                    grouped(totals[n - 1]),
                    axes::abbreviated(totals[n - 1] as f64)
                ]
                .iter()
                .any(|v| v == total[0]),
                "{name}: {total:?} for {}",
                totals[n - 1]
            );
            assert_eq!(
                values_of(&d, Style::Category).last().copied(),
                labels.last().map(String::as_str)
            );
            let l = line(points, layout);
            assert_readable(&format!("line {name}"), &l);
            let dots = l
                .marks
                .iter()
                .filter(|m| matches!(m, Mark::Circle { .. }))
                .count();
            assert_eq!(dots, n, "{name}: a point a year");
            let ends: Vec<f64> = values_of(&l, Style::Value)
                .iter()
                .map(|v| abbreviated_value(v))
                .collect();
            let want = [points[0].1, points[n - 1].1];
            for (got, want) in ends.iter().zip(if n == 1 { &want[..1] } else { &want[..] }) {
                assert!(
                    (got - *want as f64).abs() <= (*want as f64 * 0.05).max(0.5),
                    "{name}"
                );
            }
        }
    }
}

/// Every uncertainty chart of one scenario, checked in both layouts.
fn assert_uncertainty_readable<R: Row>(
    q: &str,
    p: &Projection,
    t: &Table<R>,
    f: &Fan,
    bars: &[Bar],
) {
    let (labels, _) = labels_and_line(p, t);
    let central: Vec<f64> = p.rows[1..].iter().map(|r| r.total).collect();
    let steps = steps_of(p);
    for layout in BOTH {
        let name = format!("{q} {layout:?}");
        assert_readable(
            &format!("fan {name}"),
            &fan(&f.rows[1..], &central, &labels, layout),
        );
        let tornado = tornado(bars, layout);
        assert_readable(&format!("tornado {name}"), &tornado);
        // Each bar's ends are labelled with its totals.
        let figures: Vec<&str> = tornado
            .texts()
            .into_iter()
            .map(|t| t.content.as_str())
            .collect();
        for b in bars {
            for v in [b.total_at_low, b.total_at_high] {
                let close =
                    |s: &&str| (abbreviated_value(s) - v).abs() <= (v.abs() * 0.05).max(0.5);
                assert!(
                    figures
                        .iter()
                        .filter(|s| s.starts_with(|c: char| c.is_ascii_digit() || c == '-'))
                        .any(close),
                    "{name}: {v}"
                );
            }
        }
        let w = waterfall(&steps, layout);
        assert_readable(&format!("waterfall {name}"), &w);
        let total = steps.last().map_or(0.0, |s| s.end);
        let last = *values_of(&w, Style::Value).last().unwrap();
        assert!(
            last == count(total)
                || abbreviated_value(last) == abbreviated_value(&axes::abbreviated(total)),
            "{name}"
        );
    }
}

#[test]
fn uncertainty_charts_show_their_figures_and_are_readable_in_both_layouts() {
    for q in ADULT {
        let a = adult::assumptions(&Scenario::from_query(q).form);
        let (p, t) = adult_of(q);
        let ranges = AdultRanges::around(&a);
        let f = monte_carlo_adult(&ADULT_BASELINE, &a, &ranges, 200, 1);
        let bars = tornado_adult(&ADULT_BASELINE, &a, &ranges);
        assert_uncertainty_readable(q, &p, &t, &f, &bars);
    }
    for q in PROVIDER {
        let a = provider::assumptions(&Scenario::from_query(q).form);
        let (p, t) = provider_of(q);
        let ranges = ProviderRanges::around(&a);
        let f = monte_carlo_provider(&a, &ranges, 200, 1);
        let bars = tornado_provider(&a, &ranges);
        assert_uncertainty_readable(q, &p, &t, &f, &bars);
    }
}

#[test]
fn the_published_adult_chart_labels_the_published_total() {
    let (p, t) = adult_of("?view=adult");
    let (labels, _) = labels_and_line(&p, &t);
    let parts = adult_parts(&t);
    for layout in BOTH {
        let d = stacked_columns(&parts, &labels, None, layout);
        assert_eq!(values_of(&d, Style::Value), ["34,948"], "{layout:?}");
        assert!(d.description.contains("By 2032 the total is 34,948:"));
        // Ticks from 0 up, each above the last.
        let ticks: Vec<&Text> = d
            .texts()
            .into_iter()
            .filter(|t| t.style == Style::Tick)
            .collect();
        assert_eq!(ticks[0].content, "0");
        assert!(ticks.windows(2).all(|w| w[1].at.y < w[0].at.y));
    }
    // The narrow layout has fewer ticks and shortens them from 10,000 up.
    let narrow = stacked_columns(&parts, &labels, None, ChartLayout::Narrow);
    let ticks = values_of(&narrow, Style::Tick);
    assert!(
        ticks.len()
            < values_of(
                &stacked_columns(&parts, &labels, None, ChartLayout::Wide),
                Style::Tick
            )
            .len()
    );
    assert!(ticks.iter().any(|t| t.ends_with('k')), "{ticks:?}");
}
