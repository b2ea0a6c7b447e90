use care_workforce::engine::InputError;
use care_workforce::report::{Part, ResultTable};
use care_workforce::scenario::Scenario;
use care_workforce::working::Working;
use leptos::prelude::*;

use super::{EmbedPanel, Headline, LineChart, ResultsTable, ShareTools, StackedChart, WorkingOut};
use crate::browser;

/// Everything a calculator view shows as its results: the headline, the table, two charts and
/// the ways to share them. It only reads memos the view made from the engine's output.
#[component]
pub fn Results(
    /// The scenario, for the share link and the CSV file name.
    scenario: RwSignal<Scenario>,
    /// The results table.
    #[prop(into)]
    table: Signal<ResultTable>,
    /// The headline sentence.
    #[prop(into)]
    headline: Signal<String>,
    /// How the headline figure is worked out.
    #[prop(into)]
    working: Signal<Working>,
    /// The current view's input errors.
    #[prop(into)]
    errors: Signal<Vec<InputError>>,
    /// The parts of the total for the stacked chart.
    #[prop(into)]
    parts: Signal<Vec<Part>>,
    /// Title of the stacked chart.
    #[prop(into)]
    parts_title: Signal<String>,
    /// Points of the line chart.
    #[prop(into)]
    line: Signal<Vec<(String, i64)>>,
    /// Title of the line chart.
    #[prop(into)]
    line_title: Signal<String>,
) -> impl IntoView {
    let problem = Signal::derive(move || {
        errors.with(|e| match e.first() {
            Some(first) => format!("There is a problem: {first}"),
            None => String::new(),
        })
    });
    let labels = Signal::derive(move || {
        table.with(|t| t.rows.iter().map(|r| r.label.clone()).collect::<Vec<_>>())
    });
    let csv = Signal::derive(move || table.with(|t| t.to_csv()));
    let file_name =
        Signal::derive(move || scenario.with(|s| format!("care-workforce-{}.csv", s.view.key())));
    let link = Signal::derive(move || scenario.with(browser::full_link));
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">"Results"</h2>
            <Headline text=headline problem=problem/>
            <WorkingOut working=working/>
            <ResultsTable table=table/>
            <StackedChart id="parts-chart" title=parts_title labels=labels parts=parts/>
            <LineChart id="workforce-chart" title=line_title points=line/>
            <ShareTools csv=csv file_name=file_name link=link/>
            <Show when=move || !scenario.with(|s| s.embed)>
                <EmbedPanel scenario=scenario/>
            </Show>
        </section>
    }
}
