//! "How certain is this?": the uncertainty section a model with ranges shows (fan, tornado and
//! waterfall charts, their tables and the ranges used), drawn from memos of the model's output.

use care_workforce::engine::uncertainty::{sentence, Bar, BarUnit, Fan, Step, DEFAULT_DRAWS};
use care_workforce::fields::{piece_label, varied_label, Field};
use care_workforce::format::{
    approx, approx_step, approx_value, count, grouped, round_count, signed_count, trim,
};
use care_workforce::model::RangeRow;
use care_workforce::scenario::{default_text, Scenario};
use care_workforce::svg::{self, legend, ChartLayout};
use leptos::prelude::*;

use super::{while_shown, ChartDownload, ChartFrame, ChartLegend, Disclosure, NumberField};

/// "How certain is this?": the range of 10,000 simulated futures in a sentence, then, one click
/// away, the spread as a fan chart, the assumptions that matter most as a tornado chart, where
/// the total comes from as a waterfall, and each chart's figures as a table. The simulation runs after typing pauses, off the input
/// path; while it runs the section says so.
#[component]
pub fn UncertaintyPanel(
    /// The scenario, for the seed of the draws.
    scenario: RwSignal<Scenario>,
    /// The spread of the total per year, once computed.
    #[prop(into)]
    fan: Signal<Option<Fan>>,
    /// Whether a new simulation is pending.
    #[prop(into)]
    updating: Signal<bool>,
    /// The central projection's total for each year after the base.
    #[prop(into)]
    central: Signal<Vec<f64>>,
    /// Year labels for each year after the base.
    #[prop(into)]
    labels: Signal<Vec<String>>,
    /// "by 2032" or "over 5 years".
    #[prop(into)]
    when: Signal<String>,
    /// The assumptions ranked by how far they move the total.
    #[prop(into)]
    bars: Signal<Vec<Bar>>,
    /// The total built up from its parts.
    #[prop(into)]
    steps: Signal<Vec<Step>>,
    /// The ranges used.
    #[prop(into)]
    ranges: Signal<Vec<RangeRow>>,
) -> impl IntoView {
    let outlook = move || {
        fan.with(|f| {
            f.as_ref().map(|f| {
                let o = sentence(f);
                let centre = central.with(|c| c.last().copied().unwrap_or_default());
                format!(
                    "With these ranges, 8 in 10 of the {} runs need between about {} and {} new staff {}. {}.",
                    grouped(i64::from(DEFAULT_DRAWS)),
                    approx(o.low),
                    approx(o.high),
                    when.get(),
                    middle(o.likely, centre)
                )
            })
        })
    };
    // The details start folded, unless the link sets the draws or their spread.
    let details_open = scenario.with_untracked(|s| {
        [Field::Seed, Field::Spread]
            .iter()
            .any(|&f| s.form.get(f) != default_text(f))
    });
    // What is inside the folded details keeps still while folded (see `while_shown`).
    let fold = Disclosure::new(details_open);
    let shown = fold.shown();
    let (fan_shown, central, labels) = (
        while_shown(shown, fan),
        while_shown(shown, central),
        while_shown(shown, labels),
    );
    let (bars, steps, ranges, when_shown) = (
        while_shown(shown, bars),
        while_shown(shown, steps),
        while_shown(shown, ranges),
        while_shown(shown, when),
    );
    let redraw = move |_| {
        let next = scenario.with_untracked(|s| s.form.seed()).wrapping_add(1) % 4_294_967_296;
        scenario.update(|s| s.form.set(Field::Seed, &next.to_string()));
    };
    view! {
        <section class="uncertainty" aria-labelledby="uncertainty-heading" aria-busy=move || updating.get().to_string()>
            <h2 id="uncertainty-heading">"How certain is this?"</h2>
            <p>
                "The results above are single numbers, but nobody knows next year's turnover exactly. So the calculator also runs the projection "
                {grouped(i64::from(DEFAULT_DRAWS))}
                " times, each time with assumptions picked at random from the ranges below, most often near the middle value. The ranges are the calculator's own assumptions: no published source gives them."
            </p>
            <p class="outlook" role="status">
                {move || if updating.get() { Some("Updating the ranges…".to_string()) } else { outlook() }}
            </p>
            <details class="more" open=details_open on:toggle=fold.toggled()>
            <summary on:click=fold.summary_clicked()>"Show the range chart, what matters most and the ranges used"</summary>
            <FanChart fan=fan_shown central=central labels=labels updating=updating shown=shown/>
            <p class="seed">
                "Random set "{move || scenario.with(|s| s.form.seed())}": anyone who opens this link sees the same bands. "
                <button type="button" class="button button--secondary" on:click=redraw>"Draw again"</button>
            </p>
            <h3>"What matters most"</h3>
            <TornadoChart bars=bars when=when_shown shown=shown/>
            <h3>"Where the total comes from"</h3>
            <WaterfallChart steps=steps when=when_shown shown=shown/>
            <h3>"The ranges used"</h3>
            <NumberField
                scenario=scenario
                field=Field::Spread
            />
            <div class="table-wrap" role="region" aria-label="The ranges used" tabindex="0">
                <table class="table">
                    <caption>"Low, middle and high value of each uncertain assumption"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Assumption"</th>
                            <th scope="col">"Low"</th>
                            <th scope="col">"Middle"</th>
                            <th scope="col">"High"</th>
                            <th scope="col">"Why"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            ranges
                                .get()
                                .into_iter()
                                .map(|r| {
                                    let [low, mid, high] = r.values;
                                    view! {
                                        <tr>
                                            <th scope="row">{r.label}</th>
                                            <td>{low}</td>
                                            <td>{mid}</td>
                                            <td>{high}</td>
                                            <td class="table__text">{r.why}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            </details>
        </section>
    }
}

/// The fan chart: 10-90% and 25-75% bands of the total per year around the central line,
/// with its table twin.
#[component]
fn FanChart(
    /// The spread per year.
    #[prop(into)]
    fan: Signal<Option<Fan>>,
    /// The central projection's totals.
    #[prop(into)]
    central: Signal<Vec<f64>>,
    /// Year labels.
    #[prop(into)]
    labels: Signal<Vec<String>>,
    /// Whether a new simulation is pending (the chart is dimmed).
    #[prop(into)]
    updating: Signal<bool>,
    /// Whether the chart is on show.
    #[prop(into)]
    shown: Signal<bool>,
) -> impl IntoView {
    let draw = Callback::new(move |layout: ChartLayout| {
        fan.with(|f| {
            let rows = f.as_ref().and_then(|f| f.rows.get(1..)).unwrap_or_default();
            central.with(|c| labels.with(|l| svg::fan(rows, c, l, layout)))
        })
    });
    const TITLE: &str = "Range of total new staff needed, by year";
    let keys = Signal::stored(legend::fan());
    view! {
        <figure class="chart" class:chart--updating=move || updating.get()>
            <figcaption class="chart__title" id="fan-title">{TITLE}</figcaption>
            <ChartLegend keys=keys/>
            <ChartFrame id="fan" draw=draw shown=shown/>
            <ChartDownload id="fan" title=TITLE.to_string() draw=draw legend=keys/>
            <details class="twin">
                <summary>"Show the range as a table"</summary>
                <div class="table-wrap" role="region" aria-label="Range of total new staff needed" tabindex="0">
                    <table class="table table--numbers" id="fan-table">
                        <caption>"Total new staff needed: central projection and the spread of the runs (rounded, as the ranges support no more)"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Year"</th>
                                <th scope="col">"Low (1 in 10 below)"</th>
                                <th scope="col">"Lower quarter"</th>
                                <th scope="col">"Central"</th>
                                <th scope="col">"Upper quarter"</th>
                                <th scope="col">"High (1 in 10 above)"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let f = fan.get().unwrap_or_default();
                                let c = central.get();
                                labels
                                    .get()
                                    .into_iter()
                                    .enumerate()
                                    .filter_map(|(i, l)| {
                                        let r = f.rows.get(i + 1)?;
                                        Some(view! {
                                            <tr>
                                                <th scope="row">{l}</th>
                                                <td>{approx(r.p10)}</td>
                                                <td>{approx(r.p25)}</td>
                                                <td>{count(c.get(i).copied().unwrap_or_default())}</td>
                                                <td>{approx(r.p75)}</td>
                                                <td>{approx(r.p90)}</td>
                                            </tr>
                                        })
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

/// The middle of the runs (the median) beside the headline's central figure: "close to the
/// headline's 34,900" when the two round alike or lie within one rounding step, so the page
/// never shows two figures that differ only by rounding; otherwise the median, rounded alike.
fn middle(median: f64, centre: f64) -> String {
    let (m, c) = (
        approx_value(round_count(median)),
        approx_value(round_count(centre)),
    );
    if m == c || (median - centre).abs() < approx_step(round_count(centre)) as f64 {
        format!(
            "The middle run (the median) is close to the headline's {}",
            grouped(c)
        )
    } else {
        format!("The middle run (the median) needs about {}", grouped(m))
    }
}

/// An assumption's value as the tornado table shows it: a percentage, or a share of what is
/// set ("13.6% lower than yours", "20% less growth").
fn value_text(b: &Bar, v: f64) -> String {
    match b.unit {
        BarUnit::Percent => format!("{}%", trim(v, 3)),
        BarUnit::OfSetting => relative(v, "lower than yours", "higher than yours", "yours"),
        BarUnit::OfPath => relative(v, "less growth", "more growth", "the path's growth"),
    }
}

/// A multiple of what is set, in words: 0.864 -> "13.6% lower than yours".
fn relative(v: f64, less: &str, more: &str, same: &str) -> String {
    let change = trim(100.0 * (v - 1.0).abs(), 1);
    if change == "0" {
        same.to_string()
    } else if v < 1.0 {
        format!("{change}% {less}")
    } else {
        format!("{change}% {more}")
    }
}

/// The tornado chart: one bar per assumption from the total with it at its low value to the
/// total at its high value, the largest first, with its table twin.
#[component]
fn TornadoChart(
    /// The bars, largest swing first.
    #[prop(into)]
    bars: Signal<Vec<Bar>>,
    /// "by 2032" or "over 5 years".
    #[prop(into)]
    when: Signal<String>,
    /// Whether the chart is on show.
    #[prop(into)]
    shown: Signal<bool>,
) -> impl IntoView {
    let draw = Callback::new(move |layout: ChartLayout| bars.with(|b| svg::tornado(b, layout)));
    let title =
        Signal::derive(move || format!("How far each assumption moves the total {}", when.get()));
    view! {
        <figure class="chart">
            <figcaption class="chart__title" id="tornado-title">{move || title.get()}</figcaption>
            <ChartFrame id="tornado" draw=draw shown=shown/>
            <ChartDownload id="tornado" title=title draw=draw/>
            <div class="table-wrap" role="region" aria-label="What matters most" tabindex="0">
                <table class="table table--numbers" id="tornado-table">
                    <caption>"Total with each assumption at its low and high value, the others in the middle"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Assumption"</th>
                            <th scope="col">"Low value"</th>
                            <th scope="col">"Total"</th>
                            <th scope="col">"High value"</th>
                            <th scope="col">"Total"</th>
                            <th scope="col">"Difference"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            bars.get()
                                .into_iter()
                                .map(|b| view! {
                                    <tr>
                                        <th scope="row">{varied_label(b.parameter)}</th>
                                        <td>{value_text(&b, b.low_value)}</td>
                                        <td>{count(b.total_at_low)}</td>
                                        <td>{value_text(&b, b.high_value)}</td>
                                        <td>{count(b.total_at_high)}</td>
                                        // The difference of the two totals as printed.
                                        <td>{grouped(round_count(b.total_at_high) - round_count(b.total_at_low))}</td>
                                    </tr>
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </figure>
    }
}

/// The waterfall: the total built up from its parts, each bar starting where the last ended,
/// with its table twin.
#[component]
fn WaterfallChart(
    /// The steps, from 0 to the total.
    #[prop(into)]
    steps: Signal<Vec<Step>>,
    /// "by 2032" or "over 5 years".
    #[prop(into)]
    when: Signal<String>,
    /// Whether the chart is on show.
    #[prop(into)]
    shown: Signal<bool>,
) -> impl IntoView {
    let draw = Callback::new(move |layout: ChartLayout| steps.with(|s| svg::waterfall(s, layout)));
    let title =
        Signal::derive(move || format!("New staff needed {}, built up from its parts", when.get()));
    view! {
        <figure class="chart">
            <figcaption class="chart__title" id="waterfall-title">{move || title.get()}</figcaption>
            <ChartFrame id="waterfall" draw=draw shown=shown/>
            <ChartDownload id="waterfall" title=title draw=draw/>
            <div class="table-wrap" role="region" aria-label="Where the total comes from" tabindex="0">
                <table class="table table--numbers" id="waterfall-table">
                    <caption>"The parts of the total"</caption>
                    <thead><tr><th scope="col">"Part"</th><th scope="col">"New staff"</th><th scope="col">"Running total"</th></tr></thead>
                    <tbody>
                        {move || {
                            steps.get()
                                .into_iter()
                                .map(|p| view! {
                                    <tr><th scope="row">{piece_label(p.piece)}</th><td>{signed_count((round_count(p.end) - round_count(p.start)) as f64)}</td><td>{count(p.end)}</td></tr>
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </figure>
    }
}
