//! The scenario picker: a model's named presets as radio buttons, and a button that resets them.

use care_workforce::model::Preset;
use care_workforce::scenario::{Scenario, View};
use leptos::prelude::*;

/// Named scenarios as radio buttons, and a button that puts every assumption back to the
/// published values. When the assumptions match no named scenario, none is selected and the
/// legend says the scenario is custom.
#[component]
pub fn ScenarioPicker(
    /// The scenario whose form the presets set.
    scenario: RwSignal<Scenario>,
    /// The view whose fields the presets cover.
    view: View,
    /// The named scenarios; the first is the published one.
    presets: Vec<Preset>,
) -> impl IntoView {
    let forms: Vec<_> = presets
        .iter()
        .map(|p| Scenario::from_query(&format!("view={}&{}", view.key(), p.query)).form)
        .collect();
    // Which preset the form matches now, if any: worked out once per edit for all the radios.
    let matching = {
        let forms = forms.clone();
        Memo::new(move |_| {
            scenario.with(|s| {
                forms.iter().position(|form| {
                    view.preset_fields().all(|f| s.form.get(f) == form.get(f))
                        && s.form.roles() == form.roles()
                })
            })
        })
    };
    let matches = move |i: usize| matching.get() == Some(i);
    let custom = move || matching.get().is_none();
    let name = format!("scenario-{}", view.key());
    let radios = presets
        .iter()
        .enumerate()
        .map(|(i, preset)| {
            let id = format!("{name}-{i}");
            let hint = format!("{id}-hint");
            let form = forms[i].clone();
            view! {
                <div class="radio">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name.clone()
                        aria-describedby=hint.clone()
                        checked=untrack(|| matches(i))
                        prop:checked=move || matches(i)
                        on:change=move |_| {
                            let form = form.clone();
                            scenario.update(|s| {
                                for f in view.preset_fields() {
                                    s.form.set(f, form.get(f));
                                }
                                *s.form.roles_mut() = form.roles().to_vec();
                            });
                        }
                    />
                    <label for=id>{preset.name.clone()}</label>
                    <p class="radio__hint" id=hint>{preset.description.clone()}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        // Every form starts with the scenarios, so this is where a page read without scripts
        // (a pre-rendered page, docs/prerender.md) says what needs them.
        <noscript>
            <p class="no-script">
                "Changing the assumptions needs JavaScript, which is off or not available in your browser. The figures below use the starting assumptions: the appendix's where it states them, the calculator's own where it does not (see About the figures)."
            </p>
        </noscript>
        <fieldset class="scenarios">
            <legend>
                "Scenario"
                {move || custom().then_some(": custom (you have changed the assumptions)")}
            </legend>
            {radios}
            <button
                type="button"
                class="button button--secondary"
                on:click=move |_| scenario.update(|s| s.form.reset(view))
            >
                {reset_label(view)}
            </button>
        </fieldset>
    }
}

/// The reset button's words: the county views go back to the appendix's assumptions (some of
/// them the calculator's own, fitted to its tables: not "published"), the provider to the example.
fn reset_label(view: View) -> &'static str {
    match view {
        View::Provider => "Reset to the example",
        _ => "Reset to the appendix's assumptions",
    }
}
