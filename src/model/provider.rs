//! The provider model: a care provider's own recruitment (every leaver replaced, vacancies
//! filled, growth added), with its uncertainty section and how it compares with the county.

use crate::data;
use crate::engine::solve::{solve_organisation, RateGrid, Solution};
use crate::engine::uncertainty::Piece;
use crate::engine::uncertainty::{
    monte_carlo_provider, tornado_provider, waterfall, ProviderRanges, Step, Varied, DEFAULT_DRAWS,
};
use crate::engine::{
    project_provider, project_roles, Count, Organisation, Projection, ProviderAssumptions,
};
use crate::fields::{varied_label, Field};
use crate::format::{percent, trim};
use crate::report::roles::{
    busiest_role, role_csv, role_grid, role_parts, role_rows, role_working,
};
use crate::report::{self, ProviderRow, Row, Working};
use crate::scenario::{Form, RolePart, Scenario, View, ROLE_FIELDS};
use crate::target::{one_rate, Answer, OneRate};

use super::{
    central_totals, ByRole, Centre, Context, Control, FormField, Model, Page, Preset, RangeRow,
    Sheet, Titles, Uncertainty,
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
        ranges: |a, spread| ProviderRanges::around(&a.whole()).scaled(spread),
        simulate: |(a, r, seed)| monte_carlo_provider(&a.whole(), r, DEFAULT_DRAWS, *seed),
        tornado: |a, r| tornado_provider(&a.whole(), r),
        centre: |a| {
            let p = project_provider(&a.whole());
            Centre {
                totals: central_totals(&p),
                steps: provider_waterfall(&p),
            }
        },
        rows: |_, r| range_rows(r),
    });

    type Assumptions = Organisation;
    type Row = ProviderRow;
    type Ranges = ProviderRanges;

    fn assumptions(form: &Form) -> Organisation {
        report::provider::organisation(form)
    }

    fn sheet(o: &Organisation) -> Sheet<ProviderRow> {
        let p = project_roles(o);
        let table = report::provider::organisation_table(o, &p);
        let years = o.years.get();
        let roles = (o.roles.len() > 1).then(|| role_rows(o, &p, &table));
        let a = o.whole();
        Sheet {
            headline: format!(
                "{}{}",
                report::provider::headline_over(years, &table),
                roles.as_deref().map(busiest_role).unwrap_or_default()
            ),
            parts: match &roles {
                Some(r) => role_parts(r),
                None => report::provider_parts(&table),
            },
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
            context: Context::HowYouCompare(comparison(&a)),
            by_role: roles.map(|r| ByRole {
                grid: role_grid(&r, &table),
                csv: role_csv(&r, &table),
            }),
            table,
        }
    }

    fn working(o: &Organisation) -> Working {
        let p = project_roles(o);
        if let [only] = o.roles.as_slice() {
            let a = o.role(only);
            return report::provider_working(&a, &p.whole, &report::provider_table(&a, &p.whole));
        }
        let table = report::provider::organisation_table(o, &p);
        let roles = role_rows(o, &p, &table);
        report::provider::organisation_working(o, &p, &table, role_working(o, &p, &roles))
    }

    fn fields() -> Vec<FormField> {
        super::form_fields(Self::VIEW)
            .map(|f| match f {
                f if ROLE_FIELDS.contains(&f) => FormField {
                    control: Control::Roles,
                    ..FormField::of(f)
                },
                _ => FormField::of(f),
            })
            .collect()
    }

    fn answer(s: &Scenario, o: &Organisation, target: Count) -> Answer {
        let a = o.whole();
        if o.roles.len() > 1 {
            return every_role(s, o, &a, target);
        }
        let a = &a;
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
        one_rate(s, target, solve_organisation(o, target), how)
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

/// "What would it take?" for several roles: the one turnover, the same in every role, at which
/// the organisation needs no more than the target, against the whole organisation's turnover
/// now (its roles' weighted by staff-years), and the link with every role at that turnover.
fn every_role(s: &Scenario, o: &Organisation, a: &ProviderAssumptions, target: Count) -> Answer {
    let mut reasons = vec!["growth in your staff"];
    if a.vacant_posts.get() > 0.0 {
        reasons.push("filling your vacant posts");
    }
    let how = OneRate {
        now: a.turnover,
        field: Field::ProviderTurnover,
        subject: "turnover in every role (your organisation's, all roles together)",
        reasons: &reasons,
    };
    let solution = solve_organisation(o, target);
    let mut answer = one_rate(s, target, solution, how);
    if let Solution::Solved(rate) = solution {
        let text = trim(rate.as_percent(), usize::from(RateGrid::TENTHS.decimals()));
        let mut changed = s.clone();
        for role in changed.form.roles_mut() {
            role.set(RolePart::Turnover, &text);
        }
        answer.query = Some(changed.to_query());
    }
    answer
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
    let pct = |v: f64| percent(v, 2);
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
