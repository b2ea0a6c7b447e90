//! The provider model: a care provider's own recruitment (every leaver replaced, vacancies
//! filled, growth added), with its uncertainty section and how it compares with the county.

use crate::data;
use crate::engine::solve::solve_provider;
use crate::engine::uncertainty::Piece;
use crate::engine::uncertainty::{
    monte_carlo_provider, tornado_provider, waterfall, ProviderRanges, Step, Varied, DEFAULT_DRAWS,
};
use crate::engine::{project_provider, Count, Projection, ProviderAssumptions};
use crate::fields::{varied_label, Field};
use crate::format::percent;
use crate::report::{self, ProviderRow, Row, Working};
use crate::scenario::{Form, Scenario, View};
use crate::target::{one_rate, Answer, OneRate};

use super::{
    central_totals, Centre, Context, Model, Page, Preset, RangeRow, Sheet, Titles, Uncertainty,
};

/// A care provider's own workforce.
pub struct ProviderModel;

impl Model for ProviderModel {
    const VIEW: View = View::Provider;
    const PAGE: Page = Page {
        heading: "Your organisation's recruitment",
        lead: || {
            "Enter your own numbers to estimate how many people you need to recruit each year. Every leaver has to be replaced, including those who move to another care employer.".to_string()
        },
        form_heading: "Your numbers",
    };
    const UNCERTAINTY: Option<Uncertainty<Self>> = Some(Uncertainty {
        ranges: |a, spread| ProviderRanges::around(a).scaled(spread),
        simulate: |(a, r, seed)| monte_carlo_provider(a, r, DEFAULT_DRAWS, *seed),
        tornado: tornado_provider,
        centre: |a| {
            let p = project_provider(a);
            Centre {
                totals: central_totals(&p),
                steps: provider_waterfall(&p),
            }
        },
        rows: |_, r| range_rows(r),
    });

    type Assumptions = ProviderAssumptions;
    type Row = ProviderRow;
    type Ranges = ProviderRanges;

    fn assumptions(form: &Form) -> ProviderAssumptions {
        report::provider::assumptions(form)
    }

    fn sheet(a: &ProviderAssumptions) -> Sheet<ProviderRow> {
        let p = project_provider(a);
        let table = report::provider_table(a, &p);
        let years = a.years.get();
        Sheet {
            headline: report::provider_headline(a, &table),
            parts: report::provider_parts(&table),
            line: table
                .rows
                .iter()
                .map(|r| (r.label(), r.staff_needed))
                .collect(),
            titles: Titles {
                parts: format!("People to recruit so far, over {years} years"),
                line: "Staff needed each year".to_string(),
                when: format!("over {years} years"),
            },
            context: Context::HowYouCompare(comparison(a)),
            table,
        }
    }

    fn working(a: &ProviderAssumptions) -> Working {
        let p = project_provider(a);
        report::provider_working(a, &p, &report::provider_table(a, &p))
    }

    fn answer(s: &Scenario, a: &ProviderAssumptions, target: Count) -> Answer {
        let mut reasons = vec!["growth in your staff"];
        if a.vacant_posts.get() > 0.0 {
            reasons.push("filling your vacant posts");
        }
        let how = OneRate {
            now: a.turnover,
            field: Field::ProviderTurnover,
            subject: "your turnover",
            reasons: &reasons,
        };
        one_rate(s, target, solve_provider(a, target), how)
    }

    fn presets() -> Vec<Preset> {
        vec![Preset {
            name: "Example: 40 staff".to_string(),
            description: format!(
                "A provider with {} staff, {} vacant posts, the county's {}% turnover and {}% growth a year, looking {} years ahead.",
                Field::Staff.default_text(),
                Field::VacantPosts.default_text(),
                Field::ProviderTurnover.default_text(),
                Field::Growth.default_text(),
                Field::Years.default_text()
            ),
            query: String::new(),
        }]
    }
}

/// The waterfall, its growth named as a provider's: growth in its own staff, not county demand.
fn provider_waterfall(p: &Projection) -> Vec<Step> {
    waterfall(p)
        .into_iter()
        .map(|s| match s.piece {
            Piece::Demand => Step {
                piece: Piece::Growth,
                ..s
            },
            _ => s,
        })
        .collect()
}

/// The ranges table: turnover and growth.
fn range_rows(r: &ProviderRanges) -> Vec<RangeRow> {
    // To one decimal, halves up on the value to the hundredth (24.15% -> 24.2%, 40.25% ->
    // 40.3%), as a reader rounds them, not as their binary fractions happen to fall.
    let pct = |v: f64| {
        let hundredths = (v * 100.0).round() as i64;
        percent((hundredths + 5).div_euclid(10) as f64 / 10.0, 1)
    };
    vec![
        RangeRow {
            label: varied_label(Varied::ProviderTurnover),
            values: [pct(r.turnover.low()), pct(r.turnover.central()), pct(r.turnover.high())],
            why: "A quarter below to a quarter above your figure: a year's turnover in a small team moves a lot.".to_string(),
        },
        RangeRow {
            label: varied_label(Varied::ProviderGrowth),
            values: [pct(r.growth.low()), pct(r.growth.central()), pct(r.growth.high())],
            why: "Two percentage points either side of your figure.".to_string(),
        },
    ]
}

/// How a provider compares with the county, as the context section says it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Comparison {
    /// The provider's turnover beside the county's.
    pub turnover: String,
    /// The provider's vacancy rate, as a share of its posts ("11.1%").
    pub vacancy_rate: String,
}

/// The provider's turnover and vacancy rate set against the county's.
pub fn comparison(a: &ProviderAssumptions) -> Comparison {
    let t = a.turnover.as_percent();
    let county = data::TURNOVER.value;
    let word = if (t - county).abs() < 0.05 {
        "the same as".to_string()
    } else if t > county {
        format!(
            "{} points above",
            percent(t - county, 1).trim_end_matches('%')
        )
    } else {
        format!(
            "{} points below",
            percent(county - t, 1).trim_end_matches('%')
        )
    };
    let posts = a.staff.get() + a.vacant_posts.get();
    Comparison {
        turnover: format!(
            "Your turnover of {} is {word} Staffordshire's adult social care turnover of {} (Skills for Care {}).",
            percent(t, 1),
            data::TURNOVER.shown,
            data::FIGURES_YEAR
        ),
        vacancy_rate: percent(100.0 * a.vacant_posts.get() / posts.max(1.0), 1),
    }
}
