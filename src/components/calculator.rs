//! The calculator: one component that renders any model ([`Model`]): its headline, working,
//! form, results, target, uncertainty section, context and sources. It keeps a memo of each of
//! the model's functions, so an edit recomputes only what depends on it; it computes no figure.

use std::sync::Arc;

use care_workforce::data::Figure;
use care_workforce::engine::uncertainty::{Bar, Fan, Step};
use care_workforce::fields::Field;
use care_workforce::model::{
    row_labels, workforce_line, Control, FormField, Model, Page, Preset, RangeRow, Titles,
    Uncertainty,
};
use care_workforce::report::{Part, ResultTable};
use care_workforce::scenario::{Scenario, View};
use care_workforce::working::Working;
use leptos::prelude::*;

use super::{
    last_valid, shown_scenario, simulation, view_errors, CheckboxField, ErrorSummary, Headline,
    NumberField, Recap, Results, ScenarioPicker, Sources, Supplement, TargetAnswer,
    UncertaintyPanel, WorkingOut,
};

/// A calculator view: the assumptions beside the results, for model `M`.
#[component]
pub fn Calculator<M: Model>(
    /// The scenario this view reads and edits.
    scenario: RwSignal<Scenario>,
    /// The view's context section, given the last valid assumptions.
    context: fn(Memo<M::Assumptions>) -> AnyView,
    /// The model (a type only: written `<Calculator<AdultModel> …/>`).
    #[prop(optional)]
    model: std::marker::PhantomData<M>,
) -> impl IntoView {
    let _ = model;
    let view = M::VIEW;
    let assumptions = last_valid(scenario, view, M::assumptions);
    let projection = Memo::new(move |_| assumptions.with(M::project));
    let table = Memo::new(move |_| assumptions.with(|a| projection.with(|p| M::table(a, p))));
    let titles = Memo::new(move |_| assumptions.with(M::titles));
    let sheet = Sheet {
        scenario,
        view,
        page: M::PAGE,
        headline: Memo::new(move |_| assumptions.with(|a| table.with(|t| M::headline(a, t)))),
        working: Memo::new(move |_| {
            assumptions.with(|a| projection.with(|p| table.with(|t| M::working(a, p, t))))
        }),
        table,
        parts: Memo::new(move |_| table.with(M::parts)),
        titles,
        presets: M::presets(),
        fields: M::fields(),
        uncertainty: M::UNCERTAINTY
            .map(|u| uncertainty_section::<M>(scenario, assumptions, projection, table, titles, u)),
        context: Arc::new(move || context(assumptions)),
        sources: M::sources(),
    };
    calculator_page(sheet)
}

/// Everything a calculator page shows, as memos of the model's output: the part of the page
/// that does not depend on the model's types is built once, not once per model.
struct Sheet {
    scenario: RwSignal<Scenario>,
    view: View,
    page: Page,
    headline: Memo<String>,
    working: Memo<Working>,
    table: Memo<ResultTable>,
    parts: Memo<Vec<Part>>,
    titles: Memo<Titles>,
    presets: Vec<Preset>,
    fields: Vec<FormField>,
    uncertainty: Option<AnyView>,
    context: Arc<dyn Fn() -> AnyView + Send + Sync>,
    sources: Vec<Figure>,
}

/// The page of a calculator view.
fn calculator_page(sheet: Sheet) -> impl IntoView {
    let Sheet {
        scenario,
        view,
        page,
        headline,
        working,
        table,
        parts,
        titles,
        presets,
        fields,
        uncertainty,
        context,
        sources,
    } = sheet;
    let errors = view_errors(scenario, view);
    let shown = shown_scenario(scenario, view);
    let line = Memo::new(move |_| table.with(workforce_line));
    let fields = fields
        .into_iter()
        .map(|f| form_field(scenario, f))
        .collect_view();
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
        <p class="lead">{page.lead}</p>
        <ErrorSummary errors=errors/>
        <div class="calculator">
            <form class="assumptions" aria-labelledby="assumptions-heading" on:submit=|ev| ev.prevent_default()>
                <Recap table=table/>
                <h2 id="assumptions-heading">{page.form_heading}</h2>
                <ScenarioPicker scenario=scenario view=view presets=presets/>
                {fields}
            </form>
            <Results
                scenario=scenario
                table=table
                parts=parts
                parts_title=Signal::derive(move || titles.with(|t| t.parts.clone()))
                line=line
                line_title=Signal::derive(move || titles.with(|t| t.line.clone()))
            />
        </div>
        <TargetAnswer scenario=scenario shown=shown view=view/>
        {uncertainty}
        <Supplement scenario=scenario flag=Field::ShowContext>
            {context()}
        </Supplement>
        {sources}
    }
}

/// One field of the form, revealed only while its model says so.
fn form_field(scenario: RwSignal<Scenario>, f: FormField) -> AnyView {
    let control = move || match f.control {
        Control::Number => view! { <NumberField scenario=scenario field=f.field/> }.into_any(),
        Control::Checkbox => view! { <CheckboxField scenario=scenario field=f.field/> }.into_any(),
    };
    match f.shown_when {
        None => control(),
        Some(shown_when) => {
            let shown = Memo::new(move |_| scenario.with(|s| shown_when(&s.form)));
            view! { <Show when=move || shown.get()>{control()}</Show> }.into_any()
        }
    }
}

/// "How certain is this?" for a model that has it: a memo of each of its parts, the simulation
/// deferred until typing pauses.
fn uncertainty_section<M: Model>(
    scenario: RwSignal<Scenario>,
    assumptions: Memo<M::Assumptions>,
    projection: Memo<M::Projection>,
    table: Memo<ResultTable>,
    titles: Memo<Titles>,
    u: Uncertainty<M>,
) -> AnyView {
    let spread = Memo::new(move |_| scenario.with(|s| s.form.spread()));
    let ranges = Memo::new(move |_| assumptions.with(|a| (u.ranges)(a, spread.get())));
    let (fan, updating) = simulation(scenario, assumptions, ranges, u.simulate);
    uncertainty_view(
        scenario,
        UncertaintyMemos {
            fan,
            updating,
            bars: Memo::new(move |_| assumptions.with(|a| ranges.with(|r| (u.tornado)(a, r)))),
            steps: Memo::new(move |_| projection.with(u.waterfall)),
            central: Memo::new(move |_| projection.with(u.central)),
            labels: Memo::new(move |_| table.with(row_labels)),
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
