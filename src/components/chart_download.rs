use care_workforce::export::{self, Caption, PNG_SCALE};
use care_workforce::scenario::Scenario;
use care_workforce::svg::Fit;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::ShownScenario;
use crate::browser;

/// Two buttons that download a chart to take away, as SVG and as PNG (at twice its size, for
/// print): the chart with its title, the scenario in a line, the source and the link, built by
/// `care_workforce::export`. Placed inside the chart's `figure`, whose title, SVG and legend it
/// reads when pressed. Each button's accessible name ends with the chart's title.
#[component]
pub fn ChartDownload(
    /// The chart's id prefix on the page: its title's id is `{id}-title`; it also names the file.
    id: &'static str,
    /// Writes the chart (as its [`super::ChartFrame`] does): the image to take away is always
    /// the wide layout, whichever the page shows, as an image for a document.
    draw: Callback<Fit, String>,
) -> impl IntoView {
    let shown = use_context::<ShownScenario>();
    let holder = NodeRef::<Div>::new();
    let status = RwSignal::new(String::new());
    // The image of the chart as it is now, and the scenario it shows.
    let image = move || -> Option<(export::Image, Scenario)> {
        let scenario = match shown {
            Some(ShownScenario(s)) => s.get_untracked(),
            None => Scenario::from_query(&browser::query()),
        };
        let holder: web_sys::Element = holder.get_untracked()?.into();
        let chart = browser::chart_on_page(&holder)?;
        let svg = draw.run(Fit::Wide);
        let link = browser::full_link(&scenario);
        let line = export::scenario_line(&scenario);
        let caption = Caption {
            title: &chart.title,
            scenario: &line,
            source: export::SOURCE,
            link: &link,
        };
        Some((export::image(&svg, &chart.legend, &caption), scenario))
    };
    let report = move |ok: bool, kind: &str| {
        status.set(if ok {
            format!("{kind} image downloaded.")
        } else {
            "The download did not start.".to_string()
        });
    };
    let svg = move |_| {
        let ok = image().is_some_and(|(img, s)| {
            browser::download(
                &export::file_name(s.view, id, "svg"),
                &img.svg,
                "image/svg+xml",
            )
        });
        report(ok, "SVG");
    };
    let png = move |_| match image() {
        Some((img, s)) => spawn_local(async move {
            let name = export::file_name(s.view, id, "png");
            let ok = browser::download_png(&name, &img.svg, img.width, img.height, PNG_SCALE).await;
            report(ok, "PNG");
        }),
        None => report(false, "PNG"),
    };
    let (svg_id, png_id) = (format!("{id}-svg"), format!("{id}-png"));
    let title_id = format!("{id}-title");
    view! {
        <div class="chart__download" node_ref=holder>
            <button
                type="button"
                class="button button--secondary"
                id=svg_id.clone()
                aria-labelledby=format!("{svg_id} {title_id}")
                on:click=svg
            >
                "Download SVG"
            </button>
            <button
                type="button"
                class="button button--secondary"
                id=png_id.clone()
                aria-labelledby=format!("{png_id} {title_id}")
                on:click=png
            >
                "Download PNG"
            </button>
            <p class="chart__status" role="status">{move || status.get()}</p>
        </div>
    }
}
