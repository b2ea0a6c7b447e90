//! The headline: the view's result in one sentence, first under its heading, announced to
//! screen readers once typing pauses.

use leptos::prelude::*;
use std::time::Duration;

use crate::pause::Pause;

/// The plain-English result, first under the view's heading. The visible sentence updates at
/// once; a copy in a polite live region is updated only after typing pauses, so screen readers
/// are not flooded on every key. While a field is invalid, the live region says so instead.
#[component]
pub fn Headline(
    /// The sentence to show.
    #[prop(into)]
    text: Signal<String>,
    /// The current view's input errors (the first is announced instead of the sentence).
    #[prop(into)]
    errors: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let announced = RwSignal::new(String::new());
    let message = StoredValue::new(None::<String>);
    let announce = Pause::new(Duration::from_millis(900), move || {
        if let Some(m) = message.try_update_value(Option::take).flatten() {
            announced.set(m);
        }
    });
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let now = errors.with(|e| match e.first() {
            Some((_, problem)) => format!("There is a problem: {problem}"),
            None => text.get(),
        });
        if first.get_value() {
            // Nothing is announced when the page opens: it is read with the page.
            first.set_value(false);
            return;
        }
        message.set_value(Some(now));
        announce.arm();
    });
    view! {
        <p class="headline" id="headline">{move || text.get()}</p>
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announced.get()}</p>
    }
}
