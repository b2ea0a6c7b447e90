//! "Embed this calculator": the code a partner pastes, and the sections its view's model offers
//! to the compact layout.

use care_workforce::fields::Field;
use care_workforce::model::embed_sections_of;
use care_workforce::scenario::Scenario;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{while_shown, Disclosure};
use crate::browser;

/// "Embed this calculator": the snippet a partner pastes for the current scenario, a choice of
/// the sections to add to the compact layout, a copy button, and a plain iframe for pages that
/// cannot run scripts.
#[component]
pub fn EmbedPanel(
    /// The scenario to embed.
    scenario: RwSignal<Scenario>,
) -> impl IntoView {
    let base = browser::base_url();
    let script_url = format!("{base}embed.js");
    // The sections chosen here belong to the code, not to this page's address.
    let chosen = RwSignal::new(Vec::<Field>::new());
    let embedded = Memo::new(move |_| {
        let mut s = scenario.get();
        s.embed = true;
        chosen.with(|c| {
            for &f in c {
                s.form.set(f, "1");
            }
        });
        s
    });
    let snippet = Memo::new(move |_| embedded.with(|s| s.embed_snippet(&script_url)));
    let iframe = Memo::new(move |_| embedded.with(|s| s.embed_iframe(&base)));
    // The code is written out only while the panel is unfolded (see `while_shown`).
    let fold = Disclosure::new(false);
    let (snippet_shown, iframe_shown) = (
        while_shown::<String>(fold.shown(), snippet.into()),
        while_shown::<String>(fold.shown(), iframe.into()),
    );
    let view_now = Memo::new(move |_| scenario.with(|s| s.view));
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
    let choices = move || {
        embed_sections_of(view_now.get())
            .into_iter()
            .map(|f| {
                let id = format!("embed-section-{}", f.key());
                view! {
                    <div class="checkbox checkbox--small">
                        <input
                            id=id.clone()
                            type="checkbox"
                            prop:checked=move || chosen.with(|c| c.contains(&f))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| {
                                    c.retain(|&x| x != f);
                                    if on {
                                        c.push(f);
                                    }
                                });
                            }
                        />
                        <label for=id>{f.label()}</label>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <details class="embed" on:toggle=fold.toggled()>
            <summary on:click=fold.summary_clicked()>"Embed this calculator on your website"</summary>
            <p>
                "Paste this code into your page where the calculator should appear. It shows this view with the assumptions you have now, in a compact layout that sizes itself to fit. It has the assumptions, the result, the table, a chart and a link to the full calculator."
            </p>
            <fieldset class="embed__sections">
                <legend>"Also show"</legend>
                {choices}
            </fieldset>
            <label class="share__label" for="embed-snippet">"Embed code"</label>
            <textarea id="embed-snippet" class="embed__code" readonly rows="4" prop:value=move || snippet_shown.get()></textarea>
            <button type="button" class="button button--secondary" on:click=copy>"Copy embed code"</button>
            <p class="share__status" role="status">{move || status.get()}</p>
            <label class="share__label" for="embed-iframe">"If your website does not allow scripts, use this instead"</label>
            <textarea id="embed-iframe" class="embed__code" readonly rows="3" prop:value=move || iframe_shown.get()></textarea>
        </details>
    }
}
