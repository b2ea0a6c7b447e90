use care_workforce::calibration::adult_readings;
use care_workforce::data::{self, ADULT_BASELINE};
use care_workforce::engine::uncertainty::{
    monte_carlo_adult, tornado_adult, waterfall, AdultRanges, Varied, DEFAULT_DRAWS,
};
use care_workforce::engine::{project_adult, AdultAssumptions};
use care_workforce::fields::{varied_label, Field};
use care_workforce::format::percent;
use care_workforce::report;
use care_workforce::scenario::{Form, Scenario, View};
use leptos::prelude::*;

use super::{
    central_totals, last_valid, row_labels, simulation, view_errors, workforce_line, AdultContext,
    CheckboxField, ErrorSummary, Headline, NumberField, RangeRow, Recap, Results, ScenarioPicker,
    Sources, Supplement, UncertaintyPanel,
};
use super::{shown_scenario, TargetAnswer, WorkingOut};

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
                "One uncertainty, drawn once: the published table loses {} of the workforce to social care a year, the 2021/22 measurements (32.2% turnover, 59% staying) {}. The range spreads that gap either side of your setting. Turnover and leavers staying are not drawn separately, which would count the same gap twice.",
                percent(100.0 * readings.sector_loss, 1),
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

/// Adult social care in the county: assumptions beside the results.
#[component]
pub fn AdultView(
    /// The scenario this view reads and edits.
    scenario: RwSignal<Scenario>,
) -> impl IntoView {
    let errors = view_errors(scenario, View::Adult);
    let shown = shown_scenario(scenario, View::Adult);
    let assumptions = last_valid(scenario, View::Adult, Form::adult);
    let projection = Memo::new(move |_| project_adult(&ADULT_BASELINE, &assumptions.get()));
    let table = Memo::new(move |_| report::adult_table(&assumptions.get(), &projection.get()));
    let headline = Memo::new(move |_| report::adult_headline(&assumptions.get(), &table.get()));
    let parts = Memo::new(move |_| report::adult_parts(&table.get()));
    let working = Memo::new(move |_| {
        care_workforce::working::adult(&assumptions.get(), &projection.get(), &table.get())
    });
    let line = workforce_line(table);
    let horizon = move || assumptions.with(|a| a.horizon.get());
    let spread = Memo::new(move |_| scenario.with(|s| s.form.spread()));
    let ranges = Memo::new(move |_| AdultRanges::around(&assumptions.get()).scaled(spread.get()));
    let (fan, updating) = simulation(
        scenario,
        assumptions,
        ranges,
        |(a, r, seed): &(AdultAssumptions, AdultRanges, u64)| {
            monte_carlo_adult(&ADULT_BASELINE, a, r, DEFAULT_DRAWS, *seed)
        },
    );
    let bars =
        Memo::new(move |_| tornado_adult(&ADULT_BASELINE, &assumptions.get(), &ranges.get()));
    let steps = Memo::new(move |_| waterfall(&projection.get()));
    let central = central_totals(projection);
    let vacancy_rate_shown = Memo::new(move |_| {
        scenario.with(|s| {
            s.form.get(Field::IncludeVacancies) == "1"
                || s.form.get(Field::VacancyRate) != Field::VacancyRate.default_text()
        })
    });
    let labels = row_labels(table);
    let (turnover, assumed, measured) = (
        data::TURNOVER.shown,
        data::ADULT_STAY_ASSUMED.shown,
        data::LEAVERS_STAYING.shown,
    );
    let presets = vec![
        (
            "Published strategy table",
            format!("The appendix's table exactly: {turnover} turnover, with {assumed} of leavers staying (the calculator's assumption; the appendix does not state it)."),
            String::new(),
        ),
        (
            "2021/22 rates as measured",
            format!("{turnover} turnover with {measured} of leavers staying, as measured in 2021/22, applied to every post: another reading, not a correction (see About the figures)."),
            format!("{}={}", Field::Stay.key(), measured.trim_end_matches('%')),
        ),
    ];
    view! {
        <h1>"Adult social care in Staffordshire"</h1>
        <Headline text=headline errors=errors/>
        <WorkingOut working=working/>
        <p class="lead">
            "How many new adult social care staff Staffordshire needs from 2022 to a year you choose: staff for growing demand as the number of people aged 65 and over rises, plus staff to replace those who leave social care. Change any assumption and the results update at once."
        </p>
        <ErrorSummary errors=errors/>
        <div class="calculator">
            <form class="assumptions" aria-labelledby="assumptions-heading" on:submit=|ev| ev.prevent_default()>
                <Recap table=table/>
                <h2 id="assumptions-heading">"Assumptions"</h2>
                <ScenarioPicker scenario=scenario view=View::Adult presets=presets/>
                <NumberField
                    scenario=scenario
                    field=Field::Horizon
                />
                <NumberField
                    scenario=scenario
                    field=Field::Turnover
                />
                <NumberField
                    scenario=scenario
                    field=Field::Stay
                />
                <NumberField
                    scenario=scenario
                    field=Field::Demand
                />
                <CheckboxField
                    scenario=scenario
                    field=Field::IncludeVacancies
                />
                // Revealed when it counts (today's vacancies filled) or has been changed, so the
                // compact layout keeps its height and an error is never in a hidden field.
                <Show when=move || vacancy_rate_shown.get()>
                    <NumberField scenario=scenario field=Field::VacancyRate/>
                </Show>
                <CheckboxField
                    scenario=scenario
                    field=Field::IncludeReforms
                />
            </form>
            <Results
                scenario=scenario
                table=table
                parts=parts
                parts_title=Signal::derive(move || format!("New adult social care staff needed since 2022, by year, to {}", horizon()))
                line=line
                line_title=Signal::derive(move || format!("Adult social care workforce required, 2023 to {}", horizon()))
            />
        </div>
        <TargetAnswer scenario=scenario shown=shown view=View::Adult/>
        <Supplement scenario=scenario flag=Field::ShowRanges>
            <UncertaintyPanel
                scenario=scenario
                fan=fan
                updating=updating
                central=central
                labels=labels
                when=Signal::derive(move || format!("by {}", horizon()))
                bars=bars
                steps=steps
                ranges=Signal::derive(move || range_rows(&assumptions.get(), &ranges.get()))
            />
        </Supplement>
        <Supplement scenario=scenario flag=Field::ShowContext>
            <AdultContext/>
        </Supplement>
        <Supplement scenario=scenario flag=Field::ShowSources>
            <Sources figures=vec![
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
            ]/>
        </Supplement>
    }
}
