//! The adult model: adult social care in the county, from the published requirement and the
//! population aged 65 and over, with its uncertainty section.

use crate::calibration::adult_readings;
use crate::data::{self, Figure, ADULT_BASELINE};
use crate::engine::solve::solve_adult;
use crate::engine::uncertainty::{
    monte_carlo_adult, tornado_adult, waterfall, AdultRanges, Varied, DEFAULT_DRAWS,
};
use crate::engine::{project_adult, AdultAssumptions, Count};
use crate::fields::{varied_label, Field};
use crate::format::percent;
use crate::report::{self, AdultRow, Row, Working};
use crate::scenario::{Form, Scenario, View};
use crate::target::{one_rate, Answer, OneRate};

use super::{
    central_totals, Centre, Context, FormField, Model, Page, Preset, RangeRow, Sheet, Titles,
    Uncertainty,
};

/// Adult social care in the county.
pub struct AdultModel;

impl Model for AdultModel {
    const VIEW: View = View::Adult;
    const PAGE: Page = Page {
        heading: "Adult social care in Staffordshire",
        lead: || {
            format!("How many new adult social care staff Staffordshire would need from {} to a year you choose. That is staff for growing demand as the number of people aged 65 and over rises, plus staff to replace those who leave social care. Change any assumption and the results update at once.", data::BASE_YEAR)
        },
        form_heading: "Assumptions",
    };
    const UNCERTAINTY: Option<Uncertainty<Self>> = Some(Uncertainty {
        ranges: |a, spread| AdultRanges::around(a).scaled(spread),
        simulate: |(a, r, seed)| monte_carlo_adult(&ADULT_BASELINE, a, r, DEFAULT_DRAWS, *seed),
        tornado: |a, r| tornado_adult(&ADULT_BASELINE, a, r),
        centre: |a| {
            let p = project_adult(&ADULT_BASELINE, a);
            Centre {
                totals: central_totals(&p),
                steps: waterfall(&p),
            }
        },
        rows: range_rows,
    });

    type Assumptions = AdultAssumptions;
    type Row = AdultRow;
    type Ranges = AdultRanges;

    fn assumptions(form: &Form) -> AdultAssumptions {
        report::adult::assumptions(form)
    }

    fn sheet(a: &AdultAssumptions) -> Sheet<AdultRow> {
        let p = project_adult(&ADULT_BASELINE, a);
        let table = report::adult_table(a, &p);
        let horizon = a.horizon.get();
        let base = table.base_year.unwrap_or_default();
        Sheet {
            headline: report::adult_headline(a, &table),
            parts: report::adult_parts(&table),
            line: table
                .rows
                .iter()
                .map(|r| (r.label(), r.workforce))
                .collect(),
            titles: Titles {
                parts: format!(
                    "New adult social care staff needed since {base}, by year, to {horizon}"
                ),
                line: format!(
                    "Adult social care workforce required, {} to {horizon}",
                    base + 1
                ),
                when: format!("by {horizon}"),
            },
            context: Context::JobsMarket,
            table,
            by_role: None,
        }
    }

    fn working(a: &AdultAssumptions) -> Working {
        let p = project_adult(&ADULT_BASELINE, a);
        report::adult_working(a, &p, &report::adult_table(a, &p))
    }

    fn answer(s: &Scenario, a: &AdultAssumptions, target: Count) -> Answer {
        let mut reasons = vec!["growth in demand"];
        if a.fills_vacancies() {
            reasons.push("filling today's vacancies");
        }
        if a.reforms_added(&ADULT_BASELINE) {
            reasons.push("the 2023 reform posts");
        }
        let how = OneRate {
            now: a.turnover,
            field: Field::Turnover,
            subject: "turnover",
            reasons: &reasons,
        };
        one_rate(s, target, solve_adult(&ADULT_BASELINE, a, target), how)
    }

    fn presets() -> Vec<Preset> {
        let (turnover, assumed, measured, year) = (
            data::TURNOVER.shown,
            data::ADULT_STAY_ASSUMED.shown,
            data::LEAVERS_STAYING.shown,
            data::FIGURES_YEAR,
        );
        vec![
            Preset {
                name: "Published strategy table".to_string(),
                description: format!("The appendix's table exactly: {turnover} turnover, with {assumed} of leavers staying (an assumption fitted to the table, which the appendix does not state; other readings fit too)."),
                query: String::new(),
            },
            Preset {
                name: format!("{year} rates as measured"),
                description: format!("{turnover} turnover with {measured} of leavers staying, as measured in {year}, applied to every post: another reading, not a correction (see About the figures)."),
                query: format!("{}={}", Field::Stay.key(), measured.trim_end_matches('%')),
            },
        ]
    }

    fn sources() -> Vec<Figure> {
        vec![
            data::ADULT_REQUIREMENT_2022,
            data::TURNOVER,
            data::LEAVERS_STAYING,
            data::VACANCY_RATE,
            data::POPULATION_65_PLUS[0],
            data::POPULATION_65_PLUS[1],
            data::POPULATION_65_PLUS[2],
            data::ADULT_WORKFORCE,
            data::REFORM_POSTS[0],
            data::REFORM_POSTS[1],
            data::REFORM_POSTS[2],
        ]
    }

    fn fields() -> Vec<FormField> {
        super::form_fields(View::Adult)
            .map(|field| match field {
                Field::VacancyRate => FormField {
                    shown_when: Some(vacancy_rate_shown),
                    ..FormField::of(field)
                },
                Field::BaseYear | Field::InPost | Field::VacantThen => FormField {
                    section: Some(LATER_BASE),
                    ..FormField::of(field)
                },
                _ => FormField::of(field),
            })
            .collect()
    }
}

/// The heading of the form's optional section for a later base year and the visitor's own
/// figures for it.
pub const LATER_BASE: &str = "Start from a later year";

/// Whether the vacancy rate is asked for: when it counts (today's vacancies filled) or has been
/// changed, so the compact layout keeps its height and an error is never in a hidden field.
pub fn vacancy_rate_shown(form: &Form) -> bool {
    form.get(Field::IncludeVacancies) == "1"
        || form.get(Field::VacancyRate) != Field::VacancyRate.default_text()
}

/// The ranges table: the share lost to the sector and the extra staff for demand.
fn range_rows(a: &AdultAssumptions, r: &AdultRanges) -> Vec<RangeRow> {
    let loss = a.sector_leaver_rate().as_percent();
    let readings = adult_readings();
    vec![
        RangeRow {
            label: varied_label(Varied::SectorLoss),
            values: [
                percent(loss * r.loss_scale.low(), 1),
                percent(loss * r.loss_scale.central(), 1),
                percent(loss * r.loss_scale.high(), 1),
            ],
            why: format!(
                "One uncertainty, drawn once: the published table loses {} of the workforce to social care a year, the {} measurements ({} turnover, {} staying) {}. The range spreads that gap either side of your setting. Turnover and leavers staying are not drawn separately, which would count the same gap twice.",
                percent(100.0 * readings.sector_loss, 1),
                data::FIGURES_YEAR,
                data::TURNOVER.shown,
                data::LEAVERS_STAYING.shown,
                percent(100.0 * readings.measured_loss, 1)
            ),
        },
        RangeRow {
            label: varied_label(Varied::Demand),
            values: [
                percent(100.0 * r.demand_scale.low(), 0),
                percent(100.0 * r.demand_scale.central(), 0),
                percent(100.0 * r.demand_scale.high(), 0),
            ],
            why: "A fifth less or more extra staff for growing demand than the path you chose: population projections and the link between older people and staff are both uncertain.".to_string(),
        },
    ]
}
