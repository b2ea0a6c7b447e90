//! Share tools: copy the scenario's link, download the table as CSV, print.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address::Address;
use crate::browser;

/// Share the scenario: copy its link, download the results table as CSV, or print. The link box
/// follows the address bar (written once typing pauses) and catches up at once when pointed at
/// or focused; the Copy link button copies the scenario as it is.
#[component]
pub fn ShareTools(
    /// The CSV of the table as shown.
    #[prop(into)]
    csv: Signal<String>,
    /// The file name the CSV downloads as.
    #[prop(into)]
    file_name: Signal<String>,
    /// The CSV's description (CSV on the Web metadata, JSON).
    #[prop(into)]
    metadata: Signal<String>,
    /// The file name the description downloads as.
    #[prop(into)]
    metadata_name: Signal<String>,
    /// The link to this scenario (without the embed setting).
    #[prop(into)]
    link: Signal<String>,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let address = use_context::<Address>();
    let shown_link = move || match address {
        Some(a) => {
            a.track();
            link.get_untracked()
        }
        None => link.get(),
    };
    let flush = move || {
        if let Some(a) = address {
            a.flush();
        }
    };
    let copy = move |_| {
        let text = link.get_untracked();
        spawn_local(async move {
            let message = if browser::copy(text).await {
                "Link copied. Anyone who opens it sees these assumptions and results."
            } else {
                "Your browser did not allow copying. Copy the link from the box below."
            };
            status.set(message.to_string());
        });
    };
    let offer = move |name: Signal<String>, text: Signal<String>, mime: &str, done: &str| {
        let ok = browser::download(&name.get_untracked(), &text.get_untracked(), mime);
        status.set(if ok {
            done.into()
        } else {
            "The download did not start.".into()
        });
    };
    let download = move |_| offer(file_name, csv, "text/csv;charset=utf-8", "CSV downloaded.");
    let describe = move |_| {
        offer(
            metadata_name,
            metadata,
            "application/csvm+json",
            "Description of the CSV downloaded.",
        )
    };
    view! {
        <div class="share">
            <h2 class="share__title">"Share or keep these results"</h2>
            <div class="share__buttons">
                <button type="button" class="button" on:click=copy>"Copy link"</button>
                <button type="button" class="button button--secondary" on:click=download>"Download CSV"</button>
                <button type="button" class="button button--secondary share__describe" on:click=describe aria-describedby="share-description">"Download its description (JSON)"</button>
                <button type="button" class="button button--secondary" on:click=move |_| browser::print()>"Print"</button>
            </div>
            <p class="share__hint" id="share-description">"The CSV holds the figures only; its description (W3C \u{201c}CSV on the Web\u{201d} metadata) gives the assumptions, the source, the data\u{2019}s date, the version and the link."</p>
            <label class="share__label" for="share-link">"Link to these results"</label>
            <input
                id="share-link"
                class="share__link"
                type="text"
                readonly
                prop:value=shown_link
                on:pointerover=move |_| flush()
                on:focus=move |_| flush()
            />
            <p class="share__status" role="status">{move || status.get()}</p>
        </div>
    }
}
