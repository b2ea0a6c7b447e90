//! The provider model: a care provider's own recruitment (every leaver replaced, vacancies
//! filled, growth added), with its uncertainty section and how it compares with the county.

use crate::data;
use crate::engine::solve::{solve_organisation, RateGrid, Solution};
use crate::engine::uncertainty::Piece;
use crate::engine::uncertainty::{
    monte_carlo_provider, tornado_provider, waterfall, ProviderRanges, Step, Varied, DEFAULT_DRAWS,
};
use crate::engine::{
    project_provider, project_roles, Count, Organisation, Projection, ProviderAssumptions, Rate,
};
use crate::fields::{varied_label, Field};
use crate::format::{approx_value, grouped, percent, trim};
use crate::report::provider::{cost_sentence, with_cost, Pounds, ProviderPlan};
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
        ranges: |a, spread| ProviderRanges::around(&a.organisation.whole()).scaled(spread),
        simulate: |(a, r, seed)| {
            monte_carlo_provider(&a.organisation.whole(), r, DEFAULT_DRAWS, *seed)
        },
        tornado: |a, r| tornado_provider(&a.organisation.whole(), r),
        centre: |a| {
            let p = project_provider(&a.organisation.whole());
            Centre {
                totals: central_totals(&p),
                steps: provider_waterfall(&p),
            }
        },
        rows: |_, r| range_rows(r),
    });

    type Assumptions = ProviderPlan;
    type Row = ProviderRow;
    type Ranges = ProviderRanges;

    fn assumptions(form: &Form) -> ProviderPlan {
        report::provider::plan(form)
    }

    fn sheet(plan: &ProviderPlan) -> Sheet<ProviderRow> {
        let o = &plan.organisation;
        let p = project_roles(o);
        let mut table = report::provider::organisation_table(o, &p);
        with_cost(&mut table.rows, plan.cost);
        let years = o.years.get();
        let roles = (o.roles.len() > 1).then(|| {
            let mut roles = role_rows(o, &p, &table);
            for r in &mut roles {
                with_cost(&mut r.rows, plan.cost);
            }
            roles
        });
        let a = o.whole();
        let whose = if o.roles.len() > 1 {
            report::provider::Whose::Yours
        } else {
            report::provider::Whose::of(&a)
        };
        Sheet {
            headline: format!(
                "{}{}{}",
                report::provider::headline_over(years, &table, whose),
                cost_sentence(&table, years, plan.cost),
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

    fn working(plan: &ProviderPlan) -> Working {
        let o = &plan.organisation;
        let p = project_roles(o);
        if let ([only], None) = (o.roles.as_slice(), o.first_year) {
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

    fn answer(s: &Scenario, plan: &ProviderPlan, target: Count) -> Answer {
        let o = &plan.organisation;
        let a = o.whole();
        let mut answer = turnover_answer(s, o, &a, target);
        if let (Some(cost), Solution::Solved(rate)) = (plan.cost, solve_organisation(o, target)) {
            answer.text.push_str(&saving(o, rate, cost));
        }
        answer
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

/// "What would it take?": the turnover at which the organisation needs no more than the target.
/// For several roles, one turnover, the same in every role, against the whole organisation's
/// turnover now (its roles' weighted by staff-years), and the link with every role at it.
fn turnover_answer(
    s: &Scenario,
    o: &Organisation,
    a: &ProviderAssumptions,
    target: Count,
) -> Answer {
    let mut reasons = vec!["growth in your staff"];
    if a.vacant_posts.get() > 0.0 {
        reasons.push("filling your vacant posts");
    }
    let how = OneRate {
        now: a.turnover,
        field: Field::ProviderTurnover,
        subject: if o.roles.len() > 1 {
            "turnover in every role (your organisation's, all roles together)"
        } else {
            "your turnover"
        },
        reasons: &reasons,
    };
    let solution = solve_organisation(o, target);
    let mut answer = one_rate(s, target, solution, how);
    if let (Solution::Solved(rate), true) = (solution, o.roles.len() > 1) {
        let text = trim(rate.as_percent(), usize::from(RateGrid::TENTHS.decimals()));
        let mut changed = s.clone();
        for role in changed.form.roles_mut() {
            role.set(RolePart::Turnover, &text);
        }
        answer.query = Some(changed.to_query());
    }
    answer
}

/// What the solved turnover saves a year in recruitment costs at `cost` each ("" if nothing):
/// the recruits a year on average now less those at the solved turnover, in whole people.
fn saving(o: &Organisation, rate: Rate, cost: Pounds) -> String {
    let need = |o: &Organisation| {
        let p = project_roles(o);
        let t = report::provider::organisation_table(o, &p);
        t.last().map_or(0, |r| r.total)
    };
    let years = i64::from(o.years.get().max(1));
    let fewer = need(o) - need(&o.with_turnover(rate));
    if fewer <= 0 {
        return String::new();
    }
    let pounds = cost.times(fewer);
    format!(
        " That is {} fewer recruits over {years} years, saving about \u{a3}{} a year in recruitment costs at \u{a3}{} each.",
        grouped(fewer),
        grouped(approx_value((pounds + years / 2) / years)),
        grouped(i64::from(cost.0))
    )
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
