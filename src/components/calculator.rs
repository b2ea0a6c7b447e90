//! The calculator: one component that renders any model ([`Model`]): its headline, working,
//! form, results, target, uncertainty section, context and sources. It keeps one memo of the
//! model's sheet (everything the view shows, [`Model::sheet`], as the page shows it) and memos
//! selecting each part of it, so an edit rewrites only what changed; it computes no figure.

use std::marker::PhantomData;

use care_workforce::data::Figure;
use care_workforce::engine::uncertainty::{Bar, Fan, Step};
use care_workforce::fields::Field;
use care_workforce::model::{
    answer_of, Control, FormField, Model, Page, Preset, RangeRow, Shown, Titles, Uncertainty,
};
use care_workforce::report::Working;
use care_workforce::scenario::{Scenario, View};
use care_workforce::target::Answer;
use leptos::prelude::*;

use super::{
    context_section, last_valid, shown_scenario, simulation, view_errors, CheckboxField,
    ErrorSummary, Headline, NumberField, PrintBrief, Results, RolesEditor, ScenarioPicker, Sources,
    Supplement, TargetAnswer, UncertaintyPanel, WorkingOut,
};

/// A calculator view: the assumptions beside the results, for model `M`.
#[component]
pub fn Calculator<M: Model>(
    /// The scenario this view reads and edits.
    scenario: RwSignal<Scenario>,
    /// The model (a type only: written `<Calculator<AdultModel> …/>`).
    #[prop(optional)]
    model: PhantomData<M>,
) -> impl IntoView {
    let _ = model;
    let assumptions = last_valid(scenario, M::VIEW, M::assumptions);
    // One memo of everything the view shows (the page's form of the model's sheet).
    let sheet = Memo::new(move |_| assumptions.with(|a| M::sheet(a).shown()));
    // Worked out only while the working is unfolded (its memo is read only then).
    let working = Memo::new(move |_| assumptions.with(M::working));
    let uncertainty = M::UNCERTAINTY.map(|u| {
        uncertainty_section::<M>(scenario, assumptions, u, labels_of(sheet), titles_of(sheet))
    });
    calculator_page(
        Parts {
            scenario,
            view: M::VIEW,
            page: M::PAGE,
            working,
            answer: answer_of::<M>,
            presets: M::presets(),
            fields: M::fields(),
            sources: M::sources(),
        },
        sheet,
        uncertainty,
    )
}

/// The row headings of the sheet, in their own memo.
fn labels_of(sheet: Memo<Shown>) -> Memo<Vec<String>> {
    Memo::new(move |_| sheet.with(|s| s.labels.clone()))
}

/// The titles of the sheet, in their own memo.
fn titles_of(sheet: Memo<Shown>) -> Memo<Titles> {
    Memo::new(move |_| sheet.with(|s| s.titles.clone()))
}

/// What a calculator page takes from its model besides the sheet: the part of the page that
/// does not depend on the model's types is built once, not once per model.
struct Parts {
    scenario: RwSignal<Scenario>,
    view: View,
    page: Page,
    working: Memo<Working>,
    answer: fn(&Scenario) -> Option<Answer>,
    presets: Vec<Preset>,
    fields: Vec<FormField>,
    sources: Vec<Figure>,
}

/// The page of a calculator view, its figures memos selecting parts of the sheet (each part in
/// its own memo: what did not change is not written again).
fn calculator_page(p: Parts, sheet: Memo<Shown>, uncertainty: Option<AnyView>) -> impl IntoView {
    let Parts {
        scenario,
        view,
        page,
        working,
        answer,
        presets,
        fields,
        sources,
    } = p;
    let headline = Memo::new(move |_| sheet.with(|s| s.headline.clone()));
    let grid = Memo::new(move |_| sheet.with(|s| s.grid.clone()));
    let by_role = Memo::new(move |_| sheet.with(|s| s.by_role.clone()));
    let csv = Memo::new(move |_| sheet.with(|s| s.csv.clone()));
    let recap = Memo::new(move |_| sheet.with(|s| s.recap.clone()));
    let labels = labels_of(sheet);
    let chart_parts = Memo::new(move |_| sheet.with(|s| s.parts.clone()));
    let compared = Memo::new(move |_| sheet.with(|s| s.compared.clone()));
    let line = Memo::new(move |_| sheet.with(|s| s.line.clone()));
    let titles = titles_of(sheet);
    let context = Memo::new(move |_| sheet.with(|s| s.context.clone()));
    let errors = view_errors(scenario, view);
    let shown_scenario = shown_scenario(scenario, view);
    let fields = form_fields(scenario, fields);
    let sources = (!sources.is_empty()).then(move || {
        view! {
            <Supplement scenario=scenario flag=Field::ShowSources>
                <Sources figures=sources.clone()/>
            </Supplement>
        }
    });
    view! {
        <h1>{page.heading}</h1>
        <Headline text=headline errors=errors/>
        <WorkingOut working=working/>
        <p class="lead">{(page.lead)()}</p>
        <PrintBrief scenario=shown_scenario/>
        <ErrorSummary errors=errors/>
        <div class="calculator">
            <form class="assumptions" aria-labelledby="assumptions-heading" on:submit=|ev| ev.prevent_default()>
                <super::Recap recap=recap/>
                <h2 id="assumptions-heading">{page.form_heading}</h2>
                <ScenarioPicker scenario=scenario view=view presets=presets/>
                {fields}
            </form>
            <Results
                scenario=scenario
                grid=grid
                by_role=by_role
                csv=csv
                labels=labels
                parts=chart_parts
                compared=compared
                parts_title=Signal::derive(move || titles.with(|t| t.parts.clone()))
                line=line
                line_title=Signal::derive(move || titles.with(|t| t.line.clone()))
            />
        </div>
        <TargetAnswer scenario=scenario shown=shown_scenario view=view answer=answer/>
        {uncertainty}
        <Supplement scenario=scenario flag=Field::ShowContext>
            {context_section(context)}
        </Supplement>
        {sources}
    }
}

/// The fields of the form in order, those of an optional section together in a disclosure
/// under its heading, open when the page starts with any of them filled in.
fn form_fields(scenario: RwSignal<Scenario>, fields: Vec<FormField>) -> impl IntoView {
    let (plain, in_section): (Vec<_>, Vec<_>) =
        fields.into_iter().partition(|f| f.section.is_none());
    let mut sections: Vec<(&'static str, Vec<FormField>)> = Vec::new();
    for f in in_section {
        let heading = f.section.unwrap_or_default();
        match sections.iter_mut().find(|(h, _)| *h == heading) {
            Some((_, group)) => group.push(f),
            None => sections.push((heading, vec![f])),
        }
    }
    let sections = sections
        .into_iter()
        .map(|(heading, group)| {
            let open =
                scenario.with_untracked(|s| group.iter().any(|f| !s.form.get(f.field).is_empty()));
            let group = group
                .into_iter()
                .map(|f| form_field(scenario, f))
                .collect_view();
            view! {
                <details class="more form-section" open=open>
                    <summary>{heading}</summary>
                    {group}
                </details>
            }
        })
        .collect_view();
    (
        plain
            .into_iter()
            .map(|f| form_field(scenario, f))
            .collect_view(),
        sections,
    )
}

/// One field of the form, revealed only while its model says so.
fn form_field(scenario: RwSignal<Scenario>, f: FormField) -> AnyView {
    let control = move || match f.control {
        Control::Number => view! { <NumberField scenario=scenario field=f.field/> }.into_any(),
        Control::Checkbox => view! { <CheckboxField scenario=scenario field=f.field/> }.into_any(),
        Control::Roles if f.field == Field::Staff => {
            view! { <RolesEditor scenario=scenario/> }.into_any()
        }
        // Drawn by the roles, in place of the staff field.
        Control::Roles => ().into_any(),
    };
    match f.shown_when {
        None => control(),
        Some(shown_when) => {
            let shown = Memo::new(move |_| scenario.with(|s| shown_when(&s.form)));
            view! { <Show when=move || shown.get()>{control()}</Show> }.into_any()
        }
    }
}

/// "How certain is this?" for a model that has it: a memo of each of its parts (each worked out
/// only while shown), the simulation deferred until typing pauses.
fn uncertainty_section<M: Model>(
    scenario: RwSignal<Scenario>,
    assumptions: Memo<M::Assumptions>,
    u: Uncertainty<M>,
    labels: Memo<Vec<String>>,
    titles: Memo<Titles>,
) -> AnyView {
    let spread = Memo::new(move |_| scenario.with(|s| s.form.spread()));
    let ranges = Memo::new(move |_| assumptions.with(|a| (u.ranges)(a, spread.get())));
    let (fan, updating) = simulation(scenario, assumptions, ranges, u.simulate);
    let centre = Memo::new(move |_| assumptions.with(u.centre));
    uncertainty_view(
        scenario,
        UncertaintyMemos {
            fan,
            updating,
            bars: Memo::new(move |_| assumptions.with(|a| ranges.with(|r| (u.tornado)(a, r)))),
            steps: Memo::new(move |_| centre.with(|c| c.steps.clone())),
            central: Memo::new(move |_| centre.with(|c| c.totals.clone())),
            labels,
            when: Signal::derive(move || titles.with(|t| t.when.clone())),
            rows: Signal::derive(move || assumptions.with(|a| ranges.with(|r| (u.rows)(a, r)))),
        },
    )
}

/// The uncertainty section's parts, as memos and signals.
struct UncertaintyMemos {
    fan: Signal<Option<Fan>>,
    updating: Signal<bool>,
    bars: Memo<Vec<Bar>>,
    steps: Memo<Vec<Step>>,
    central: Memo<Vec<f64>>,
    labels: Memo<Vec<String>>,
    when: Signal<String>,
    rows: Signal<Vec<RangeRow>>,
}

/// The uncertainty section of any model, folded into the compact layout's flag.
fn uncertainty_view(scenario: RwSignal<Scenario>, m: UncertaintyMemos) -> AnyView {
    let UncertaintyMemos {
        fan,
        updating,
        bars,
        steps,
        central,
        labels,
        when,
        rows,
    } = m;
    view! {
        <Supplement scenario=scenario flag=Field::ShowRanges>
            <UncertaintyPanel
                scenario=scenario
                fan=fan
                updating=updating
                central=central
                labels=labels
                when=when
                bars=bars
                steps=steps
                ranges=rows
            />
        </Supplement>
    }
    .into_any()
}
