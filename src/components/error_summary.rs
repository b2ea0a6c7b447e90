//! The error summary: every invalid field of the view, GOV.UK style, each linking to its field.

use leptos::prelude::*;

/// The GOV.UK error summary: "There is a problem", with a link to each field in error.
/// Shown only while there are errors.
#[component]
pub fn ErrorSummary(
    /// The problems of the current view, in form order: each input's `id` and message.
    #[prop(into)]
    errors: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    view! {
        <Show when=move || errors.with(|e| !e.is_empty())>
            <div class="error-summary" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 class="error-summary__title" id="error-summary-title">"There is a problem"</h2>
                <p class="error-summary__body">
                    "The results below use the last values that worked."
                </p>
                <ul class="error-summary__list">
                    {move || {
                        errors
                            .get()
                            .into_iter()
                            .map(|(id, message)| {
                                let target = id.clone();
                                view! {
                                    <li>
                                        <a
                                            href=format!("#{id}")
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                if let Some(el) = gloo::utils::document().get_element_by_id(&target) {
                                                    use wasm_bindgen::JsCast;
                                                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                                        let _ = el.focus();
                                                    }
                                                }
                                            }
                                        >
                                            {message}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
