use care_workforce::fields::Field;
use care_workforce::report::{Part, ResultTable};
use care_workforce::scenario::Scenario;
use leptos::prelude::*;

use super::{EmbedPanel, LineChart, ResultsTable, ShareTools, StackedChart, Supplement};
use crate::browser;

/// What a calculator view shows after its assumptions: the table, two charts and the ways to
/// share them (the headline comes first, under the view's heading). The compact embedded layout
/// keeps the table and the first chart, and the second chart only when asked for (`trend=1`).
/// It only reads memos the view made from the engine's output.
#[component]
pub fn Results(
    /// The scenario, for the share link and the CSV file name.
    scenario: RwSignal<Scenario>,
    /// The results table.
    #[prop(into)]
    table: Signal<ResultTable>,
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
    let labels = Signal::derive(move || {
        table.with(|t| t.rows.iter().map(|r| r.label.clone()).collect::<Vec<_>>())
    });
    let csv = Signal::derive(move || table.with(|t| t.to_csv()));
    let compared = Signal::derive(move || table.with(care_workforce::report::compared_totals));
    let file_name =
        Signal::derive(move || scenario.with(|s| format!("care-workforce-{}.csv", s.view.key())));
    let link = Signal::derive(move || scenario.with(browser::full_link));
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">"Results"</h2>
            <ResultsTable table=table/>
            <StackedChart id="parts-chart" title=parts_title labels=labels parts=parts compared=compared/>
            <Supplement scenario=scenario flag=Field::ShowTrend>
                <LineChart id="workforce-chart" title=line_title points=line/>
            </Supplement>
            <ShareTools csv=csv file_name=file_name link=link/>
            <Show when=move || !scenario.with(|s| s.embed)>
                <EmbedPanel scenario=scenario/>
            </Show>
        </section>
    }
}
