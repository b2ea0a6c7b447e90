use care_workforce::engine::uncertainty::{
    monte_carlo_provider, tornado_provider, waterfall, ProviderRanges, Step, Varied, DEFAULT_DRAWS,
};
use care_workforce::engine::{project_provider, ProviderAssumptions};
use care_workforce::fields::{varied_label, Field};
use care_workforce::format::percent;
use care_workforce::report;
use care_workforce::scenario::{Form, Scenario, View};
use leptos::prelude::*;

use super::{
    central_totals, last_valid, row_labels, simulation, view_errors, workforce_line, ErrorSummary,
    Headline, NumberField, ProviderContext, RangeRow, Recap, Results, ScenarioPicker, Supplement,
    UncertaintyPanel,
};
use super::{shown_scenario, TargetAnswer, WorkingOut};

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

/// A care provider's own recruitment: every leaver replaced, vacancies filled, growth added.
#[component]
pub fn ProviderView(
    /// The scenario this view reads and edits.
    scenario: RwSignal<Scenario>,
) -> impl IntoView {
    let errors = view_errors(scenario, View::Provider);
    let shown = shown_scenario(scenario, View::Provider);
    let assumptions = last_valid(scenario, View::Provider, Form::provider);
    let projection = Memo::new(move |_| project_provider(&assumptions.get()));
    let table = Memo::new(move |_| report::provider_table(&assumptions.get(), &projection.get()));
    let headline = Memo::new(move |_| report::provider_headline(&assumptions.get(), &table.get()));
    let parts = Memo::new(move |_| report::provider_parts(&table.get()));
    let working = Memo::new(move |_| {
        care_workforce::working::provider(&assumptions.get(), &projection.get(), &table.get())
    });
    let line = workforce_line(table);
    let years = move || assumptions.with(|a| a.years.get());
    let spread = Memo::new(move |_| scenario.with(|s| s.form.spread()));
    let ranges =
        Memo::new(move |_| ProviderRanges::around(&assumptions.get()).scaled(spread.get()));
    let (fan, updating) = simulation(
        scenario,
        assumptions,
        ranges,
        |(a, r, seed): &(ProviderAssumptions, ProviderRanges, u64)| {
            monte_carlo_provider(a, r, DEFAULT_DRAWS, *seed)
        },
    );
    let bars = Memo::new(move |_| tornado_provider(&assumptions.get(), &ranges.get()));
    // A provider's growth is in its own staff, not in county demand.
    let steps = Memo::new(move |_| {
        waterfall(&projection.get())
            .into_iter()
            .map(|s| match s.label {
                "Growth in demand" => Step {
                    label: "Growth in staff",
                    ..s
                },
                _ => s,
            })
            .collect::<Vec<_>>()
    });
    let central = central_totals(projection);
    let labels = row_labels(table);
    let presets = vec![(
        "Example: 40 staff",
        format!(
            "A provider with {} staff, {} vacant posts, the county's {}% turnover and {}% growth a year, looking {} years ahead.",
            Field::Staff.default_text(),
            Field::VacantPosts.default_text(),
            Field::ProviderTurnover.default_text(),
            Field::Growth.default_text(),
            Field::Years.default_text()
        ),
        String::new(),
    )];
    view! {
        <h1>"Your organisation's recruitment"</h1>
        <Headline text=headline errors=errors/>
        <WorkingOut working=working/>
        <p class="lead">
            "Enter your own numbers to estimate how many people you need to recruit each year. Every leaver has to be replaced, including those who move to another care employer."
        </p>
        <ErrorSummary errors=errors/>
        <div class="calculator">
            <form class="assumptions" aria-labelledby="assumptions-heading" on:submit=|ev| ev.prevent_default()>
                <Recap table=table/>
                <h2 id="assumptions-heading">"Your numbers"</h2>
                <ScenarioPicker scenario=scenario view=View::Provider presets=presets/>
                <NumberField scenario=scenario field=Field::Staff/>
                <NumberField scenario=scenario field=Field::ProviderTurnover/>
                <NumberField scenario=scenario field=Field::VacantPosts/>
                <NumberField scenario=scenario field=Field::Growth/>
                <NumberField scenario=scenario field=Field::Years/>
            </form>
            <Results
                scenario=scenario
                table=table
                parts=parts
                parts_title=Signal::derive(move || format!("People to recruit so far, over {} years", years()))
                line=line
                line_title=Signal::derive(move || "Staff needed each year".to_string())
            />
        </div>
        <TargetAnswer scenario=scenario shown=shown view=View::Provider/>
        <Supplement scenario=scenario flag=Field::ShowRanges>
            <UncertaintyPanel
                scenario=scenario
                fan=fan
                updating=updating
                central=central
                labels=labels
                when=Signal::derive(move || format!("over {} years", years()))
                bars=bars
                steps=steps
                ranges=Signal::derive(move || range_rows(&ranges.get()))
            />
        </Supplement>
        <Supplement scenario=scenario flag=Field::ShowContext>
            <ProviderContext assumptions=assumptions/>
        </Supplement>
    }
}
