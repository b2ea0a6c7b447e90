//! The recap: the running total kept in view while the assumptions are scrolled and edited.

use care_workforce::report::Recap as Figure;
use leptos::prelude::*;

/// A compact copy of the result that stays at the top of the screen while the assumptions are
/// scrolled and edited: the results table's running total in its last row, updating as the
/// visitor types. It sits at the start of the form with no height of its own, so it covers
/// nothing until it is stuck, and the stylesheet shows it only then (where the browser can tell).
/// Hidden from screen readers, which hear the headline's polite announcements instead.
#[component]
pub fn Recap(
    /// The running total to repeat, from the results table (`report::Table::recap`).
    #[prop(into)]
    recap: Signal<Option<Figure>>,
) -> impl IntoView {
    // Only the words and the figure change as the visitor types, not the elements.
    let what = Memo::new(move |_| {
        recap.with(|r| {
            r.as_ref()
                .map(|r| format!("{}, {}: ", r.what, r.when))
                .unwrap_or_default()
        })
    });
    let figure = Memo::new(move |_| {
        recap.with(|r| r.as_ref().map(|r| r.figure.clone()).unwrap_or_default())
    });
    view! {
        <div class="recap" aria-hidden="true">
            <Show when=move || recap.with(Option::is_some)>
                <p class="recap__text">
                    <span class="recap__what">{move || what.get()}</span>
                    <strong class="recap__figure">{move || figure.get()}</strong>
                </p>
            </Show>
        </div>
    }
}
