use care_workforce::scenario::Scenario;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;

/// "Embed this calculator": the snippet a partner pastes for the current scenario, a copy
/// button, and a plain iframe for pages that cannot run scripts.
#[component]
pub fn EmbedPanel(
    /// The scenario to embed.
    scenario: RwSignal<Scenario>,
) -> impl IntoView {
    let base = browser::base_url();
    let script_url = format!("{base}embed.js");
    let snippet = Memo::new(move |_| scenario.with(|s| s.embed_snippet(&script_url)));
    let iframe = Memo::new(move |_| scenario.with(|s| s.embed_iframe(&base)));
    let status = RwSignal::new("");
    let copy = move |_| {
        let text = snippet.get_untracked();
        spawn_local(async move {
            status.set(if browser::copy(text).await {
                "Embed code copied."
            } else {
                "Your browser did not allow copying. Select the code and copy it."
            });
        });
    };
    view! {
        <details class="embed">
            <summary>"Embed this calculator on your website"</summary>
            <p>
                "Paste this code into your page where the calculator should appear. It shows this view with the assumptions you have now, in a compact layout that sizes itself to fit."
            </p>
            <label class="share__label" for="embed-snippet">"Embed code"</label>
            <textarea id="embed-snippet" class="embed__code" readonly rows="4" prop:value=move || snippet.get()></textarea>
            <button type="button" class="button button--secondary" on:click=copy>"Copy embed code"</button>
            <p class="share__status" role="status">{move || status.get()}</p>
            <label class="share__label" for="embed-iframe">"If your website does not allow scripts, use this instead"</label>
            <textarea id="embed-iframe" class="embed__code" readonly rows="3" prop:value=move || iframe.get()></textarea>
        </details>
    }
}
