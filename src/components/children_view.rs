use care_workforce::data::{self, CHILDREN_BASELINE};
use care_workforce::engine::project_children;
use care_workforce::fields::Field;
use care_workforce::report;
use care_workforce::scenario::{Form, Scenario, View};
use leptos::prelude::*;

use super::{
    last_valid, view_errors, workforce_line, ChildrenContext, ErrorSummary, Headline, NumberField,
    Recap, Results, ScenarioPicker, Sources, Supplement,
};
use super::{shown_scenario, TargetAnswer, WorkingOut};

/// Children's social care in the county council: two staff groups refilled at their own rates.
#[component]
pub fn ChildrenView(
    /// The scenario this view reads and edits.
    scenario: RwSignal<Scenario>,
) -> impl IntoView {
    let errors = view_errors(scenario, View::Children);
    let shown = shown_scenario(scenario, View::Children);
    let assumptions = last_valid(scenario, View::Children, Form::children);
    let projection = Memo::new(move |_| project_children(&CHILDREN_BASELINE, &assumptions.get()));
    let table = Memo::new(move |_| report::children_table(&assumptions.get(), &projection.get()));
    let headline = Memo::new(move |_| report::children_headline(&assumptions.get(), &table.get()));
    let parts = Memo::new(move |_| report::children_parts(&table.get()));
    let working = Memo::new(move |_| {
        care_workforce::working::children(&assumptions.get(), &projection.get(), &table.get())
    });
    let line = workforce_line(table);
    let horizon = move || assumptions.with(|a| a.horizon.get());
    let presets = vec![(
        "Published strategy table",
        format!(
            "The appendix's table exactly: {} social work roles and {} other roles, refilled at {} and {} a year (the rates that reproduce it; the appendix does not state them).",
            data::CHILDREN_STAFFING[0].shown,
            data::CHILDREN_STAFFING[1].shown,
            data::SOCIAL_WORK_RATE.shown,
            data::OTHER_ROLES_RATE.shown
        ),
        String::new(),
    )];
    view! {
        <h1>"Children's social care in Staffordshire County Council"</h1>
        <Headline text=headline errors=errors/>
        <WorkingOut working=working/>
        <p class="lead">
            "How many children's social care staff the county council needs to recruit to keep today's capacity: qualified social work roles and other roles, each refilled as staff leave."
        </p>
        <ErrorSummary errors=errors/>
        <div class="calculator">
            <form class="assumptions" aria-labelledby="assumptions-heading" on:submit=|ev| ev.prevent_default()>
                <Recap table=table/>
                <h2 id="assumptions-heading">"Assumptions"</h2>
                <ScenarioPicker scenario=scenario view=View::Children presets=presets/>
                <NumberField scenario=scenario field=Field::Horizon/>
                <NumberField scenario=scenario field=Field::SocialWorkers/>
                <NumberField scenario=scenario field=Field::OtherRoles/>
                <NumberField scenario=scenario field=Field::SocialWorkerTurnover/>
                <NumberField scenario=scenario field=Field::OtherTurnover/>
                <NumberField scenario=scenario field=Field::ChildPopulation/>
            </form>
            <Results
                scenario=scenario
                table=table
                parts=parts
                parts_title=Signal::derive(move || format!("Children's social care staff to recruit since 2022, by year, to {}", horizon()))
                line=line
                line_title=Signal::derive(move || format!("Children's social care roles needed, 2023 to {}", horizon()))
            />
        </div>
        <TargetAnswer scenario=scenario shown=shown view=View::Children/>
        <Supplement scenario=scenario flag=Field::ShowContext>
            <ChildrenContext/>
        </Supplement>
        <Supplement scenario=scenario flag=Field::ShowSources>
            <Sources figures=[&data::CHILDREN_STAFFING[..], &data::POPULATION_0_17[..], &[data::COUNCIL_CHILDREN_TURNOVER]].concat()/>
        </Supplement>
    }
}
