//! The baseline figures of the Staffordshire Social Care Workforce Strategy 2022-2027 data
//! appendix, each with its source. Built at compile time: nothing is parsed at start-up.
//!
//! Every [`Figure`] carries the exact sentence of the appendix it comes from (`quote`), and a
//! test checks each quote against the appendix text in `tests/fixtures/appendix.txt`.
//! Parameters the appendix does not state are in [`CALIBRATED`], each saying how it was derived.
//!
//! [`adult`], [`children`] and [`market`] hold the figures by topic, [`published`] the two
//! projection tables, and [`calibrated`] what the calculator assumes to reproduce them.

/// Where a figure comes from: the appendix footnote number (if it has one) and its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The footnote number in the appendix, if the figure has one.
    pub footnote: Option<u8>,
    /// The source as the appendix gives it.
    pub text: &'static str,
    /// Where the attribution is ours rather than the appendix's, why we made it.
    pub inferred: Option<&'static str>,
}

impl Source {
    /// The source in one line: its text, the footnote, and whether the attribution is ours (the
    /// reason is said once, under the list: [`Source::inferred`]).
    pub fn describe(&self) -> String {
        let mut out = self.text.to_string();
        if let Some(n) = self.footnote {
            out.push_str(&format!(" (appendix footnote {n})"));
        }
        if self.inferred.is_some() {
            out.push_str(" (our attribution: see below)");
        }
        out
    }
}

/// One published figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// What it measures, in plain English.
    pub label: &'static str,
    /// The value, in the unit of `shown` (32.2 for "32.2%", 21000 for "21,000", 13.56 for "£13.56").
    pub value: f64,
    /// The value as the appendix writes it.
    pub shown: &'static str,
    /// The words of the appendix that state it.
    pub quote: &'static str,
    /// Where it comes from.
    pub source: Source,
}

pub(super) const fn fig(
    label: &'static str,
    value: f64,
    shown: &'static str,
    quote: &'static str,
    source: Source,
) -> Figure {
    Figure {
        label,
        value,
        shown,
        quote,
        source,
    }
}

pub(super) const fn note(footnote: u8, text: &'static str) -> Source {
    Source {
        footnote: Some(footnote),
        text,
        inferred: None,
    }
}

pub(super) const fn section(text: &'static str) -> Source {
    Source {
        footnote: None,
        text,
        inferred: None,
    }
}

/// A source the appendix does not tie to the figure itself; `why` says how we attributed it.
pub(super) const fn inferred(source: Source, why: &'static str) -> Source {
    Source {
        inferred: Some(why),
        ..source
    }
}

/// Footnotes 22 to 24 are printed together after the children's section, with no markers in the
/// text: which figure each belongs to is our reading of their order.
const UNMARKED: &str =
    "the appendix prints footnotes 22 to 24 without markers in the text; this is our reading of their order";

/// The strategy the appendix belongs to, as the page names it.
pub const STRATEGY: &str = "Social Care Workforce Strategy 2022-2027";

/// Who publishes the strategy and its appendix.
pub const PUBLISHER: &str = "Staffordshire County Council";

/// The year of the appendix: its tables start in it ([`BASE_YEAR`]) and its latest figures are
/// from April and May of it.
pub const APPENDIX_YEAR: u16 = published::BASE_YEAR;

/// The appendix itself, for the figures it states without a footnote.
pub const APPENDIX: &str =
    "Staffordshire County Council, Social Care Workforce Strategy 2022-2027, Data Appendix";

pub(super) const SFC_2122: Source = note(17, "Skills for Care 2021/22 Dataset");
pub(super) const SFC_RETENTION: Source = section(
    "Skills for Care 2021/22 data, as given in the appendix section \u{2018}Recruitment and retention\u{2019}",
);
pub(super) const SFC_WEST_MIDLANDS: Source = section(
    "The appendix section \u{2018}Recruitment and retention\u{2019}, West Midlands at April 2022 (the appendix names no source for these rates)",
);
pub(super) const ONS_POP: Source = inferred(
    note(
        22,
        "Office for National Statistics 2018 Based Population Projections",
    ),
    UNMARKED,
);
pub(super) const ONS_POP_CHILDREN: Source = inferred(
    note(
        24,
        "Office for National Statistics 2018 Based Population Projections",
    ),
    UNMARKED,
);
pub(super) const ADULT_TABLE: Source = inferred(
    note(
        23,
        "Skills for Care Dataset & Staffordshire County Council Insight Team Projection",
    ),
    UNMARKED,
);
pub(super) const CHILDREN_TABLE: Source = inferred(
    note(25, "Staffordshire County Council"),
    "the appendix cites footnote 25 for its children's table but does not print the footnote's text; that the figures are the council's own is our reading",
);
pub(super) const COUNCIL_STAFF: Source = section(
    "Staffordshire County Council, as given in the appendix section \u{2018}Staffordshire County Council\u{2019}",
);
pub(super) const CHILDREN_PROVIDERS: Source = section(
    "Survey of 14 children's social care providers in Staffordshire, appendix section \u{2018}Independent Providers\u{2019}",
);
pub(super) const REFORMS: Source =
    section("Estimates in the appendix section B \u{2018}Adult Social Care\u{2019}");
pub(super) const EMSI_POSTINGS: Source = note(
    6,
    "EMSI Social Care Sector Job Postings (Sep 2021 - Aug 2022), economicmodelling.co.uk",
);
pub(super) const EMSI_TOWNS: Source = note(
    8,
    "EMSI Social Care Sector Job Postings, economicmodelling.co.uk",
);
pub(super) const ASHE: Source = note(9, "Annual Survey of Hours and Earnings (ASHE)");
pub(super) const EMSI_PAY: Source = note(
    12,
    "EMSI Social Care Sector Staffing Patterns Data in Staffordshire excluding child day care activities, based on Labour Force Survey microdata and ASHE",
);
pub(super) const EMSI_JOBS: Source = note(
    3,
    "EMSI Social Care Sector jobs trend, based on the Annual Business Survey (ABS) and the Business Register Employment Survey (BRES)",
);

pub mod adult;
pub mod calibrated;
pub mod children;
pub mod market;
pub mod outside;
pub mod published;

pub use adult::*;
pub use calibrated::*;
pub use children::*;
pub use market::*;
pub use published::*;

/// The year of the workforce figures the appendix quotes (Skills for Care's 2021/22 dataset:
/// turnover, leavers staying, vacancies, pay; and the council's own turnover), as it writes it.
pub const FIGURES_YEAR: &str = "2021/22";

/// Every [`Figure`] of the data: those of the About page's groups ([`all_figures`]) and the
/// adult projection's starting point.
pub fn every_figure() -> Vec<Figure> {
    let mut every: Vec<Figure> = all_figures().into_iter().flat_map(|(_, f)| f).collect();
    every.push(ADULT_REQUIREMENT_2022);
    every
}

/// Every sourced figure, grouped for the About page.
pub fn all_figures() -> Vec<(&'static str, Vec<Figure>)> {
    vec![
        (
            "Adult social care workforce",
            vec![
                ADULT_WORKFORCE,
                PERSONAL_ASSISTANTS,
                LOCAL_AUTHORITY_STAFF,
                INDEPENDENT_STAFF,
                RESIDENTIAL_STAFF,
                HOME_CARE_STAFF,
                DAY_SERVICES_STAFF,
                TURNOVER,
                LEAVERS_STAYING,
                VACANCY_RATE,
                SICKNESS_DAYS,
            ],
        ),
        (
            "West Midlands vacancy rates by role",
            REGIONAL_VACANCIES.to_vec(),
        ),
        (
            "Population growth, 65 and over",
            POPULATION_65_PLUS.to_vec(),
        ),
        ("Adult social care reforms (2023)", REFORM_POSTS.to_vec()),
        (
            "Children's social care",
            [
                &[COUNCIL_CHILDREN_STAFF][..],
                &COUNCIL_CHILDREN_ROLES,
                &CHILDREN_STAFFING,
                &[
                    COUNCIL_CHILDREN_TURNOVER,
                    CHILDREN_PROVIDER_TURNOVER,
                    CHILDREN_PROVIDER_VACANCIES,
                ],
                &POPULATION_0_17,
            ]
            .concat(),
        ),
        ("Pay and jobs", [&PAY[..], &[SECTOR_JOBS]].concat()),
    ]
}
