//! Links partners and readers may already have published keep their meaning: a frozen list of
//! links (every example in the README and docs, every embed snippet form, parameters at their
//! edges, retired and unknown parameters) with the figures each must show. A rename or a change
//! of method that moves any of them fails here and must be a deliberate decision.

use care_workforce::model::{with_model, AdultModel, ForModel, Model};
use care_workforce::scenario::{Form, Scenario, View};

/// A link's last running total and headline, as its view's model works them out for the page.
struct Figures<'a>(&'a Form);

impl ForModel for Figures<'_> {
    type Output = (i64, String);
    fn run<M: Model>(self) -> (i64, String) {
        let sheet = M::sheet(&M::assumptions(self.0));
        (sheet.table.running_total().unwrap(), sheet.headline)
    }
}

/// The view a link opens, its results table's last running total, and its headline (the About
/// page's: the adult view's, which it quotes).
fn figures(query: &str) -> (View, i64, String) {
    let s = Scenario::from_query(query);
    let (total, headline) = with_model(s.view, Figures(&s.form))
        .unwrap_or_else(|| Figures(&s.form).run::<AdultModel>());
    (s.view, total, headline)
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
    // Roles (issue 19): one role "All staff" is the old parameters; several add up.
    (
        "?view=provider&years=10&role=All%20staff~120~25~4",
        View::Provider,
        368,
    ),
    (
        "?view=provider&role=Care%20workers~30~36.1~3&role=Senior%20care%20workers~8~17.5~1&role=Registered%20nurses~6~44.1~1",
        View::Provider,
        94,
    ),
    (
        "?view=provider&role=Care+workers~30~36.1~3&role=Nurses~5",
        View::Provider,
        85,
    ),
    ("?view=provider&role=x~~~&staff=1", View::Provider, 80),
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
    // A later base with the visitor's own figures (December 2026).
    (
        "?view=adult&base=2025&inpost=24000&vacant=2000",
        View::Adult,
        28725,
    ),
    (
        "?view=adult&base=2027&inpost=25500&turnover=28&stay=59&horizon=2035",
        View::Adult,
        29982,
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
