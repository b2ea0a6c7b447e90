//! A checkbox field of the form (a flag), bound to the scenario.

use care_workforce::fields::Field;
use care_workforce::scenario::{value, Scenario};
use leptos::prelude::*;

use super::{field_text, input_id, FieldError};

/// A checkbox for a yes/no assumption, written to the URL as 1 or 0.
#[component]
pub fn CheckboxField(
    /// The scenario whose form holds the flag.
    scenario: RwSignal<Scenario>,
    /// Which assumption this is (its label and hint, saying what including it means, come
    /// from the field table).
    field: Field,
) -> impl IntoView {
    let hint = field.hint(scenario.with_untracked(|s| s.view));
    let id = input_id(field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let text = field_text(scenario, field);
    let error = Memo::new(move |_| text.with(|t| value(field, t).err()));
    view! {
        <div class="checkbox" class:field--error=move || error.get().is_some()>
            <FieldError id=error_id.clone() message=Signal::derive(move || error.get().map(|e| e.to_string()))/>
            <input
                id=id.clone()
                name=field.key()
                type="checkbox"
                aria-describedby=hint_id.clone()
                checked=text.with_untracked(|t| t == "1")
                prop:checked=move || text.with(|t| t == "1")
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    scenario.update(|s| s.form.set(field, if on { "1" } else { "0" }));
                }
            />
            <label for=id>{field.label()}</label>
            <p class="checkbox__hint" id=hint_id>{hint}</p>
        </div>
    }
}
