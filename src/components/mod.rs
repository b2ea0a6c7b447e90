//! The page's components: each a noun, in a file of the same name, reading memos of the
//! engine's output. None of them computes a figure.

mod about_view;
mod calculator;
mod chart_download;
mod chart_frame;
mod chart_legend;
mod checkbox_field;
mod context;
mod embed_panel;
mod error_summary;
mod field_error;
mod headline;
mod line_chart;
mod navigation;
mod number_field;
mod print_brief;
mod recap;
mod results;
mod results_table;
mod roles_editor;
mod scenario_picker;
mod share_tools;
mod sources;
mod stacked_chart;
mod supplement;
mod target_answer;
mod uncertainty_panel;
mod working_out;

pub use about_view::AboutView;
pub use calculator::Calculator;
pub use chart_download::ChartDownload;
pub use chart_frame::ChartFrame;
pub use chart_legend::ChartLegend;
pub use checkbox_field::CheckboxField;
pub use context::context_section;
pub use embed_panel::EmbedPanel;
pub use error_summary::ErrorSummary;
pub use field_error::FieldError;
pub use headline::Headline;
pub use line_chart::LineChart;
pub use navigation::Navigation;
pub use number_field::NumberField;
pub use print_brief::PrintBrief;
pub use recap::Recap;
pub use results::Results;
pub use results_table::ResultsTable;
pub use roles_editor::RolesEditor;
pub use scenario_picker::ScenarioPicker;
pub use share_tools::ShareTools;
pub use sources::Sources;
pub use stacked_chart::StackedChart;
pub use supplement::Supplement;
pub use target_answer::TargetAnswer;
pub use uncertainty_panel::UncertaintyPanel;
pub use working_out::WorkingOut;

use care_workforce::scenario::{Form, Scenario, View};
use leptos::prelude::*;

/// The view's assumptions, keeping the last valid ones while any field of the view is invalid.
///
/// On first load there is no last valid value, so invalid fields take their published defaults.
pub fn last_valid<T>(scenario: RwSignal<Scenario>, view: View, read: fn(&Form) -> T) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |previous: Option<&T>| {
        scenario.with(|s| match previous {
            Some(p) if s.form.has_errors(view) => p.clone(),
            _ => read(&s.form),
        })
    })
}

/// The problems in a view's fields and roles: each input's `id` and its message.
pub fn view_errors(scenario: RwSignal<Scenario>, view: View) -> Memo<Vec<(String, String)>> {
    Memo::new(move |_| scenario.with(|s| s.form.problems(view)))
}

/// The `id` of a field's input.
pub fn input_id(field: care_workforce::fields::Field) -> String {
    format!("field-{}", field.key())
}

/// Runs `compute` on the latest `inputs` once they have been still for a moment, off the input
/// path, so heavy work (the 10,000-draw simulation) never delays typing. Returns the latest
/// result and whether a run is pending.
///
/// The first result is computed at once, so the page opens complete: a pre-rendered page
/// (docs/prerender.md) carries it, and the app taking over shows the same.
pub fn deferred<I, T>(inputs: Memo<I>, compute: fn(&I) -> T) -> (Signal<Option<T>>, Signal<bool>)
where
    I: Clone + PartialEq + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
{
    use std::time::Duration;
    let first = inputs.get_untracked();
    let result = RwSignal::new(Some(compute(&first)));
    let pending = RwSignal::new(false);
    let run = crate::pause::Pause::new(Duration::from_millis(120), move || {
        result.set(Some(inputs.with_untracked(compute)));
        pending.set(false);
    });
    Effect::new(move |previous: Option<()>| {
        let changed = inputs.with(|i| previous.is_some() || *i != first);
        if !changed {
            // The first run, with nothing changed since: its result is already there.
            return;
        }
        if !pending.get_untracked() {
            pending.set(true);
        }
        run.arm();
    });
    (result.into(), pending.into())
}

/// The text of one field of the scenario's form. What reads it updates only when this field
/// changes, not on every edit of another.
pub fn field_text(
    scenario: RwSignal<Scenario>,
    field: care_workforce::fields::Field,
) -> Memo<String> {
    Memo::new(move |_| scenario.with(|s| s.form.get(field).to_string()))
}

/// `value` while `shown`, and its last value otherwise: the content of a folded section keeps
/// still (nothing is worked out or written that nobody can see) and catches up when unfolded.
pub fn while_shown<T>(shown: Signal<bool>, value: Signal<T>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |previous: Option<&T>| match previous {
        Some(p) if !shown.get() => p.clone(),
        _ => value.get(),
    })
    .into()
}

/// Whether the page is being printed (between the browser's `beforeprint` and `afterprint`),
/// provided by the app: what prints but is kept still on screen catches up then.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// Whether the page is being printed ([`Printing`]; never, outside the app).
pub fn printing() -> Signal<bool> {
    use_context::<Printing>().map_or_else(|| Signal::stored(false), |p| p.0.into())
}

/// Whether a `<details>` is open, for content that keeps still while folded ([`while_shown`]).
/// Both its handlers are wired: the summary's click brings the content up to date before the
/// section opens (Leptos updates before the next task, the browser's `toggle` event comes a
/// task later, so what the section shows as it opens is never stale, even for a script or
/// assistive technology reading it at once), and `toggle` follows every other way it opens or
/// closes (a script, find in page, the take-over of a pre-rendered page).
#[derive(Clone, Copy)]
pub struct Disclosure(RwSignal<bool>);

impl Disclosure {
    /// A `<details>` that starts open or folded.
    pub fn new(open: bool) -> Self {
        Disclosure(RwSignal::new(open))
    }

    /// Whether it is open.
    pub fn shown(self) -> Signal<bool> {
        self.0.into()
    }

    /// For `on:click` of its `<summary>`.
    pub fn summary_clicked(self) -> impl Fn(leptos::ev::MouseEvent) + Clone + 'static {
        use wasm_bindgen::JsCast;
        move |event| {
            let opens = event
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|summary| summary.parent_element())
                .is_some_and(|details| !details.has_attribute("open"));
            self.0.set(opens);
        }
    }

    /// For `on:toggle` of the `<details>`.
    pub fn toggled(self) -> impl Fn(leptos::ev::Event) + Clone + 'static {
        use wasm_bindgen::JsCast;
        move |event| {
            let open = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|d| d.has_attribute("open"));
            self.0.set(open);
        }
    }
}

/// The uncertainty simulation of a view: reruns `run` with the view's assumptions, ranges and
/// the URL's seed once typing pauses (see [`deferred`]).
pub fn simulation<A, R>(
    scenario: RwSignal<Scenario>,
    assumptions: Memo<A>,
    ranges: Memo<R>,
    run: fn(&(A, R, u64)) -> care_workforce::engine::uncertainty::Fan,
) -> (
    Signal<Option<care_workforce::engine::uncertainty::Fan>>,
    Signal<bool>,
)
where
    A: Clone + PartialEq + Send + Sync + 'static,
    R: Clone + PartialEq + Send + Sync + 'static,
{
    let seed = Memo::new(move |_| scenario.with(|s| s.form.seed()));
    let inputs = Memo::new(move |_| (assumptions.get(), ranges.get(), seed.get()));
    deferred(inputs, run)
}

/// The scenario the results show, as context for the chart downloads (see [`shown_scenario`]).
#[derive(Clone, Copy)]
pub struct ShownScenario(pub Memo<Scenario>);

/// The scenario as a view's results show it: the last one whose fields in `view` were all valid
/// (on first load, as it is). Also provided as context, so each chart's download can say which
/// scenario it shows.
pub fn shown_scenario(scenario: RwSignal<Scenario>, view: View) -> Memo<Scenario> {
    let shown = Memo::new(move |previous: Option<&Scenario>| {
        scenario.with(|s| match previous {
            Some(p) if s.form.has_errors(view) => p.clone(),
            _ => s.clone(),
        })
    });
    provide_context(ShownScenario(shown));
    shown
}
