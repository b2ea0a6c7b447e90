//! A number field of the form: its label, hint, error, text input and slider, bound to the
//! scenario.

use care_workforce::fields::Field;
use care_workforce::scenario::{default_text, value, Scenario};
use leptos::prelude::*;

use super::{field_text, input_id, FieldError};

/// A labelled text input for one assumption (`inputmode="decimal"`), with its unit, a hint giving
/// the baseline and its source, its error message when the text is not valid, and optionally a
/// slider bound to the same value: label, unit, hint and slider all from the field table.
#[component]
pub fn NumberField(
    /// The scenario whose form holds the field's text.
    scenario: RwSignal<Scenario>,
    /// Which assumption this is.
    field: Field,
) -> impl IntoView {
    let spec = field.spec();
    let hint = field.hint(scenario.with_untracked(|s| s.view));
    let id = input_id(field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let text = field_text(scenario, field);
    // Also written as the `value` attribute, so a pre-rendered page shows it (a `prop:` is not
    // in the HTML); the property keeps it up to date.
    let initial = text.get_untracked();
    let error = Memo::new(move |_| scenario.with(|s| s.form.error(s.view, field)));
    let set = move |t: String| scenario.update(|s| s.form.set(field, &t));
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let slider_view = spec.slider.map(|s| {
        let (min, max, step) = (s.min, s.max, s.step);
        let last_good = Memo::new(
            move |prev: Option<&f64>| match text.with(|t| value(field, t)) {
                Ok(Some(v)) => v.clamp(min, max),
                _ => prev.copied().unwrap_or_else(|| {
                    value(field, &default_text(field))
                        .ok()
                        .flatten()
                        .map_or(min, |v| v.clamp(min, max))
                }),
            },
        );
        view! {
            <input
                class="slider"
                type="range"
                min=min
                max=max
                step=step
                aria-label=format!("{} slider", field.label())
                aria-describedby=hint_id.clone()
                value=last_good.get_untracked().to_string()
                prop:value=move || last_good.get().to_string()
                on:input=move |ev| set(event_target_value(&ev))
            />
        }
    });
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=id.clone()>{field.label()}</label>
            <p class="field__hint" id=hint_id.clone()>{hint}</p>
            <FieldError id=error_id.clone() message=Signal::derive(move || error.get().map(|e| e.to_string()))/>
            <div class="field__input">
                <input
                    id=id.clone()
                    name=field.key()
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=described
                    aria-invalid=move || error.get().is_some().then_some("true")
                    value=initial
                    prop:value=move || text.get()
                    on:input=move |ev| set(event_target_value(&ev))
                />
                <span class="field__suffix" aria-hidden="true">{spec.suffix}</span>
            </div>
            {slider_view}
        </div>
    }
}
