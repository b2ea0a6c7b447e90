//! Links partners and readers may already have published keep their meaning: a frozen list of
//! links (every example in the README and docs, every embed snippet form, parameters at their
//! edges, retired and unknown parameters) with the figures each must show. A rename or a change
//! of method that moves any of them fails here and must be a deliberate decision.

use care_workforce::data::{ADULT_BASELINE, CHILDREN_BASELINE};
use care_workforce::engine::{project_adult, project_children, project_provider};
use care_workforce::report::{self, ResultTable};
use care_workforce::scenario::{Scenario, View};

/// The view a link opens, its results table's last running total, and its headline.
fn figures(query: &str) -> (View, i64, String) {
    let s = Scenario::from_query(query);
    let f = &s.form;
    let (table, headline): (ResultTable, String) = match s.view {
        View::Adult | View::About => {
            let a = f.adult();
            let t = report::adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
            let h = report::adult_headline(&a, &t);
            (t, h)
        }
        View::Children => {
            let a = f.children();
            let t = report::children_table(&a, &project_children(&CHILDREN_BASELINE, &a));
            let h = report::children_headline(&a, &t);
            (t, h)
        }
        View::Provider => {
            let a = f.provider();
            let t = report::provider_table(&a, &project_provider(&a));
            let h = report::provider_headline(&a, &t);
            (t, h)
        }
    };
    let total_column = match s.view {
        View::Children => "All roles to recruit since 2022",
        View::Provider => "Recruits so far",
        _ => "Total new staff since 2022",
    };
    let i = table
        .columns
        .iter()
        .position(|c| *c == total_column)
        .unwrap()
        - 1;
    (s.view, table.last().unwrap().cells[i], headline)
}

/// `(link, view, last running total)`. Figures as of November 2026 (after the calibration that
/// shows the published tables exactly, and the vacancies option that no longer counts vacant
/// posts twice).
const LINKS: &[(&str, View, i64)] = &[
    ("", View::Adult, 34948),
    ("?view=adult", View::Adult, 34948),
    ("?view=adult&horizon=2023", View::Adult, 3148),
    ("?view=adult&horizon=2040", View::Adult, 68054),
    (
        "?view=adult&horizon=2040&vacancies=1&reforms=1",
        View::Adult,
        70712,
    ),
    ("?view=adult&turnover=28&vacancies=1", View::Adult, 33152),
    ("?view=adult&turnover=28", View::Adult, 31099),
    ("?view=adult&stay=59", View::Adult, 38953),
    ("?view=adult&stay=63.905", View::Adult, 34944),
    ("?view=adult&demand=2.5&horizon=2035", View::Adult, 49320),
    (
        "?view=adult&turnover=0&demand=-10&horizon=2040",
        View::Adult,
        0,
    ),
    (
        "?view=adult&turnover=100&stay=0&demand=20&horizon=2040&vacancies=1&reforms=1",
        View::Adult,
        3549614,
    ),
    ("?view=children", View::Children, 950),
    ("?view=children&horizon=2027", View::Children, 479),
    ("?view=children&horizon=2040", View::Children, 1685),
    (
        "?view=children&sw=500&other=400&swrate=15&otherrate=12&children=-1",
        View::Children,
        1158,
    ),
    (
        "?view=children&children=-10&horizon=2040",
        View::Children,
        929,
    ),
    ("?view=provider", View::Provider, 80),
    ("?view=provider&embed=1", View::Provider, 80),
    ("?view=provider&staff=40&embed=1", View::Provider, 80),
    ("?view=provider&staff=120", View::Provider, 223),
    (
        "?view=provider&staff=120&turnover=25&years=10",
        View::Provider,
        368,
    ),
    ("?view=provider&years=20", View::Provider, 361),
    (
        "?view=provider&staff=100&turnover=10&vacancies=0&growth=0&years=3",
        View::Provider,
        30,
    ),
    (
        "?view=provider&staff=1000000&turnover=100&vacancies=1000000&growth=50&years=20",
        View::Provider,
        9992770190,
    ),
    (
        "?view=provider&staff=40&growth=-20&turnover=5&years=20",
        View::Provider,
        0,
    ),
    ("?view=about", View::About, 34948),
    ("?view=adult&turnover=abc", View::Adult, 34948),
    ("?view=adult&elasticity=2&nonsense=1", View::Adult, 34948),
    ("?view=nonsense&turnover=28", View::Adult, 31099),
];

#[test]
fn published_links_keep_their_figures() {
    for &(link, view, total) in LINKS {
        let (v, t, headline) = figures(link);
        assert_eq!((v, t), (view, total), "{link}: {headline}");
        // The headline quotes the same figure, rounded as headlines are.
        assert!(
            headline.contains(&care_workforce::report::headline_figure(total)),
            "{link}: {headline}"
        );
    }
}

#[test]
fn unknown_and_retired_parameters_are_ignored() {
    for (link, same_as) in [
        ("?view=adult&elasticity=2&nonsense=1", "?view=adult"),
        (
            "?view=adult&turnover=28&utm_source=partner",
            "?view=adult&turnover=28",
        ),
        ("?view=nonsense&turnover=28", "?view=adult&turnover=28"),
    ] {
        assert_eq!(figures(link), figures(same_as), "{link}");
    }
}
