//! The printed brief: what a printed page says instead of the form.

use care_workforce::export::{assumptions, roles_in_words, whose_default, Stated};
use care_workforce::scenario::Scenario;
use leptos::prelude::*;

use super::{printing, while_shown};
use crate::browser;

/// The scenario in words for print: each assumption with its value (and the published value
/// where it differs) as a list, and the link to the scenario written out. The stylesheet shows
/// it only in print, where the form, its controls and the share box are left out; it is brought
/// up to date as printing starts (`beforeprint`), not on every edit.
#[component]
pub fn PrintBrief(
    /// The scenario the results show.
    #[prop(into)]
    scenario: Signal<Scenario>,
) -> impl IntoView {
    let printing = printing();
    let stated = while_shown(printing, Signal::derive(move || scenario.with(assumptions)));
    let roles = while_shown(
        printing,
        Signal::derive(move || scenario.with(roles_in_words)),
    );
    // The address is the browser's: read only while printing (never in the pre-render, whose
    // print, before the app has started, has no link).
    let link = move || {
        if printing.get() {
            scenario.with(browser::full_link)
        } else {
            String::new()
        }
    };
    view! {
        <section class="brief print-only" aria-labelledby="brief-heading">
            <h2 id="brief-heading">"Assumptions"</h2>
            <ul class="brief__assumptions">
                {move || roles.get().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                {move || {
                    let by = scenario.with(|s| whose_default(s.view));
                    stated.get().into_iter().map(|a| stated_item(a, by)).collect_view()
                }}
            </ul>
            <Show when=move || printing.get()>
                <p class="brief__link">"This scenario online: " <span class="brief__address">{link}</span></p>
            </Show>
        </section>
    }
}

/// An assumption and, where it differs, its default, named for whose it is (`by`).
fn stated_item(a: Stated, by: &'static str) -> impl IntoView {
    let published = a
        .published
        .map(|p| format!(" ({by}: {p})"))
        .unwrap_or_default();
    view! { <li>{a.field.label()}": "<strong>{a.value}</strong>{published}</li> }
}
