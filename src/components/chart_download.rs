use care_workforce::export::{self, Caption, PNG_SCALE};
use care_workforce::scenario::Scenario;
use care_workforce::svg::{ChartLayout, Drawing, Key};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::ShownScenario;
use crate::browser;

/// Two buttons that download a chart to take away, as SVG and as PNG (at twice its size, for
/// print): the chart's own drawing with its title, the scenario in a line, its legend, the
/// source and the link, placed by `care_workforce::export`. Each button's accessible name ends
/// with the chart's title.
#[component]
pub fn ChartDownload(
    /// The chart's id prefix on the page: its title's id is `{id}-title`; it also names the file.
    id: &'static str,
    /// The chart's title.
    #[prop(into)]
    title: Signal<String>,
    /// Draws the chart (as its [`super::ChartFrame`] does): the image to take away is always
    /// the wide layout, whichever the page shows, as an image for a document.
    draw: Callback<ChartLayout, Drawing>,
    /// The chart's legend (none by default).
    #[prop(optional, into)]
    legend: Signal<Vec<Key>>,
) -> impl IntoView {
    let shown = use_context::<ShownScenario>();
    let status = RwSignal::new(String::new());
    // The image of the chart as it is now, and the scenario it shows.
    let image = move || -> (export::Image, Scenario) {
        let scenario = match shown {
            Some(ShownScenario(s)) => s.get_untracked(),
            None => Scenario::from_query(&browser::query()),
        };
        let link = browser::full_link(&scenario);
        let line = export::scenario_line(&scenario);
        let title = title.get_untracked();
        let caption = Caption {
            title: &title,
            scenario: &line,
            source: export::SOURCE,
            link: &link,
        };
        let drawing = draw.run(ChartLayout::Wide);
        let image = legend.with_untracked(|keys| export::image(&drawing, keys, &caption));
        (image, scenario)
    };
    let report = move |ok: bool, kind: &str| {
        status.set(if ok {
            format!("{kind} image downloaded.")
        } else {
            "The download did not start.".to_string()
        });
    };
    let svg = move |_| {
        let (img, s) = image();
        let name = export::file_name(s.view, id, "svg");
        report(browser::download(&name, &img.svg(), "image/svg+xml"), "SVG");
    };
    let png = move |_| {
        let (img, s) = image();
        spawn_local(async move {
            let name = export::file_name(s.view, id, "png");
            let ok =
                browser::download_png(&name, &img.svg(), img.width, img.height, PNG_SCALE).await;
            report(ok, "PNG");
        });
    };
    let (svg_id, png_id) = (format!("{id}-svg"), format!("{id}-png"));
    let title_id = format!("{id}-title");
    view! {
        <div class="chart__download">
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
