use leptos::prelude::*;
use std::time::Duration;

/// The plain-English result. The visible sentence updates at once; a copy in a polite live
/// region is updated only after typing pauses, so screen readers are not flooded on every key.
#[component]
pub fn Headline(
    /// The sentence to show.
    #[prop(into)]
    text: Signal<String>,
    /// What to announce instead when there is a problem with the input (empty when none).
    #[prop(into)]
    problem: Signal<String>,
) -> impl IntoView {
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let message = match problem.get() {
            p if p.is_empty() => text.get(),
            p => p,
        };
        if first.get_value() {
            // Nothing is announced when the page opens: it is read with the page.
            first.set_value(false);
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle =
            set_timeout_with_handle(move || announced.set(message), Duration::from_millis(900));
        pending.set_value(handle.ok());
    });
    view! {
        <p class="headline" id="headline">{move || text.get()}</p>
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announced.get()}</p>
    }
}
