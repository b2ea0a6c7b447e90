//! The bundled data matches the appendix: every figure's quote is in the appendix text, and the
//! value it carries is the number the quote states.

use care_workforce::data::{self, all_figures, Figure, POSTINGS_BY_ROLE, POSTINGS_BY_TOWN};
use care_workforce::format::grouped;

const APPENDIX: &str = include_str!("../fixtures/appendix.txt");

fn shown_value(shown: &str) -> f64 {
    shown
        .trim_start_matches('£')
        .trim_end_matches('%')
        .replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("{shown} is a number"))
}

fn check(f: &Figure) {
    assert!(
        APPENDIX.contains(f.quote),
        "quote not in the appendix: {:?}",
        f.quote
    );
    assert!(
        f.quote.contains(f.shown),
        "{:?} does not state {:?}",
        f.quote,
        f.shown
    );
    assert_eq!(shown_value(f.shown), f.value, "{}", f.label);
    assert!(!f.source.text.is_empty(), "{} has a source", f.label);
    if let Some(n) = f.source.footnote {
        assert!(
            APPENDIX.contains(&format!("<sup>{n}</sup>")),
            "footnote {n} of {} exists",
            f.label
        );
    }
}

#[test]
fn every_figure_is_stated_by_the_appendix() {
    let groups = all_figures();
    let count: usize = groups.iter().map(|(_, g)| g.len()).sum();
    assert!(count >= 45, "only {count} figures");
    for (_, group) in &groups {
        group.iter().for_each(check);
    }
}

#[test]
fn job_postings_tables_match_the_appendix() {
    for (source, rows) in [POSTINGS_BY_ROLE, POSTINGS_BY_TOWN] {
        assert_eq!(source.footnote.map(|n| n == 6 || n == 8), Some(true));
        for p in rows {
            let cell = format!(
                "{}\t{} / {}",
                p.name,
                grouped(i64::from(p.total)),
                grouped(i64::from(p.unique))
            );
            let town_cell = format!(
                "{}, England\t{} / {}",
                p.name,
                grouped(i64::from(p.total)),
                grouped(i64::from(p.unique))
            );
            assert!(
                APPENDIX.contains(&cell) || APPENDIX.contains(&town_cell),
                "{cell:?} not in the appendix"
            );
            assert!(APPENDIX.contains(&format!("{} days", p.median_days)));
        }
    }
}

#[test]
fn published_tables_match_the_appendix() {
    let adult = data::PUBLISHED_ADULT.1;
    for (r, label) in adult
        .iter()
        .zip(["2024 (+2 years)", "2027 (+ 5 years)", "2032 (+10 years)"])
    {
        let line = format!(
            "{label}\t{}\t+{}\t+{}\t+{}",
            grouped(r.workforce as i64),
            grouped(r.extra_for_demand as i64),
            grouped(r.replacing_leavers as i64),
            grouped(r.total as i64)
        );
        assert!(APPENDIX.contains(&line), "{line:?}");
        // The published parts add up to the total within the table's own rounding (2,512 + 13,951 = 16,463, printed 16,462).
        assert!((r.extra_for_demand + r.replacing_leavers - r.total).abs() <= 1.0);
    }
    let children = data::PUBLISHED_CHILDREN.1;
    let sw: Vec<String> = children.iter().map(|r| r.social_work.to_string()).collect();
    let other: Vec<String> = children.iter().map(|r| r.other.to_string()).collect();
    let all: Vec<String> = children.iter().map(|r| r.all.to_string()).collect();
    assert!(APPENDIX.contains(&format!("Qualified SW roles\t402\t{}", sw.join("\t"))));
    assert!(APPENDIX.contains(&format!("Other roles\t386\t{}", other.join("\t"))));
    assert!(APPENDIX.contains(&format!("All roles\t788\t{}", all.join("\t"))));
    for r in children {
        assert_eq!(r.social_work + r.other, r.all);
    }
}

#[test]
fn population_paths_are_the_published_percentages() {
    let over_65: Vec<f64> = data::POPULATION_65_PLUS
        .iter()
        .map(|f| f.value / 100.0)
        .collect();
    let path: Vec<f64> = data::PATH_65_PLUS.points[1..].iter().map(|p| p.1).collect();
    assert_eq!(over_65, path);
    // The 0-17 path's rounded percentages are what the published counts give.
    let counts: Vec<f64> = data::POPULATION_0_17.iter().map(|f| f.value).collect();
    for (i, &(_, change)) in data::PATH_0_17.points.iter().enumerate().skip(1) {
        let exact = counts[i] / counts[0] - 1.0;
        assert!((exact - change).abs() < 0.0005, "{exact} vs {change}");
    }
    assert!(APPENDIX.contains("% change\t\t0.2%\t-0.3%\t-1.8%"));
}

#[test]
fn calibrated_parameters_say_how_they_were_derived_and_what_else_fits() {
    for c in data::CALIBRATED {
        assert!(c.derivation.len() > 60, "{} explains itself", c.label);
        assert!(
            c.alternatives.len() > 60,
            "{} gives other readings",
            c.label
        );
        // What is shown is the value at the precision it is shown with, no more digits.
        let number: String = c
            .shown
            .chars()
            .skip_while(|ch| !ch.is_ascii_digit())
            .take_while(|ch| ch.is_ascii_digit() || *ch == '.' || *ch == ',')
            .filter(|ch| *ch != ',')
            .collect();
        let decimals = number.split('.').nth(1).map_or(0, str::len);
        let shown: f64 = number
            .parse()
            .unwrap_or_else(|_| panic!("{} shows a number", c.label));
        let half_unit = 0.5 * 10f64.powi(-(decimals as i32));
        assert!(
            (c.value - shown).abs() <= half_unit + 1e-9,
            "{}: {} shown as {}",
            c.label,
            c.value,
            c.shown
        );
    }
}
