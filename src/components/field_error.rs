//! The message beside a field in error, in the GOV.UK style ("Error: " for screen readers).

use leptos::prelude::*;

/// A field's error message, shown only while there is one. Its `id` is what the input's
/// `aria-describedby` names while the field is in error.
#[component]
pub fn FieldError(
    /// The message's element id (`<input id>-error`).
    id: String,
    /// The message, while the field is in error.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <p class="field__error" id=id.clone()>
                    <span class="visually-hidden">"Error: "</span>
                    {m}
                </p>
            }
        })
    }
}
