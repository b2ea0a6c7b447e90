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
    let download = move |_| {
        let ok = browser::download(
            &file_name.get_untracked(),
            &csv.get_untracked(),
            "text/csv;charset=utf-8",
        );
        status.set(if ok {
            "CSV downloaded.".into()
        } else {
            "The download did not start.".into()
        });
    };
    view! {
        <div class="share">
            <h2 class="share__title">"Share or keep these results"</h2>
            <div class="share__buttons">
                <button type="button" class="button" on:click=copy>"Copy link"</button>
                <button type="button" class="button button--secondary" on:click=download>"Download CSV"</button>
                <button type="button" class="button button--secondary" on:click=move |_| browser::print()>"Print"</button>
            </div>
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
