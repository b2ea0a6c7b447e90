//! The results section: the table, the charts and the ways to share them.

use care_workforce::dataset::{self, Metadata};
use care_workforce::fields::Field;
use care_workforce::report::{Grid, Part};
use care_workforce::scenario::Scenario;
use leptos::prelude::*;

use super::{
    EmbedPanel, LineChart, ResultsTable, ShareTools, ShownScenario, StackedChart, Supplement,
};
use crate::browser;

/// What a calculator view shows after its assumptions: the table, two charts and the ways to
/// share them (the headline comes first, under the view's heading). The compact embedded layout
/// keeps the table and the first chart, and the second chart only when asked for (`trend=1`).
/// It only reads memos the view made from the engine's output.
#[component]
pub fn Results(
    /// The scenario, for the share link and the CSV file name.
    scenario: RwSignal<Scenario>,
    /// The results table as shown.
    #[prop(into)]
    grid: Signal<Grid>,
    /// The table by role, when a provider lists more than one.
    #[prop(into)]
    by_role: Signal<Option<Grid>>,
    /// The results as CSV (by role in long format, when there are roles).
    #[prop(into)]
    csv: Signal<String>,
    /// The year labels of the charts (the table's row headings).
    #[prop(into)]
    labels: Signal<Vec<String>>,
    /// The parts of the total for the stacked chart.
    #[prop(into)]
    parts: Signal<Vec<Part>>,
    /// The compared totals (the published strategy's, or at the county's turnover) and their
    /// label, when the assumptions differ from them.
    #[prop(into)]
    compared: Signal<Option<(&'static str, Vec<i64>)>>,
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
    // The scenario the table shows (the last valid one), for the files' names and description.
    let shown =
        use_context::<ShownScenario>().map_or_else(|| scenario.into(), |s| Signal::from(s.0));
    let file_name = Signal::derive(move || shown.with(dataset::csv_name));
    let link = Signal::derive(move || scenario.with(browser::full_link));
    // Worked out only when downloaded (these are read on the button's click).
    let metadata = Signal::derive(move || {
        let link = shown.with(browser::full_link);
        // The CSV by role has two columns heading its rows: the role and the year.
        let labels = if by_role.with(Option::is_some) { 2 } else { 1 };
        shown.with(|s| {
            grid.with(|g| {
                csv.with(|c| Metadata::new(s, g, c, labels, &link, &browser::today()).json())
            })
        })
    });
    let metadata_name = Signal::derive(move || shown.with(dataset::metadata_name));
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">"Results"</h2>
            <ResultsTable grid=grid/>
            {move || {
                by_role
                    .get()
                    .map(|g| view! { <ResultsTable grid=Signal::stored(g) id="roles"/> })
            }}
            <StackedChart id="parts-chart" title=parts_title labels=labels parts=parts compared=compared/>
            <Supplement scenario=scenario flag=Field::ShowTrend>
                <LineChart id="workforce-chart" title=line_title points=line/>
            </Supplement>
            <ShareTools csv=csv file_name=file_name metadata=metadata metadata_name=metadata_name link=link/>
            <Show when=move || !scenario.with(|s| s.embed)>
                <EmbedPanel scenario=scenario/>
            </Show>
        </section>
    }
}
