//! A supplement: a section the compact embedded layout shows only when its flag asks for it.

use care_workforce::fields::Field;
use care_workforce::scenario::{value, Scenario};
use leptos::prelude::*;

/// A secondary part of a view. The full page always has it; the compact embedded layout has it
/// only when the partner asks for it with its flag (`ranges=1`, `context=1`, `sources=1`,
/// `trend=1`), and otherwise leaves it to "Open the full calculator".
#[component]
pub fn Supplement(
    /// The scenario, for the embedded layout and its flags.
    scenario: RwSignal<Scenario>,
    /// The flag that adds this part to the embedded layout.
    flag: Field,
    /// The part.
    children: ChildrenFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| {
        scenario.with(|s| !s.embed || value(flag, s.form.get(flag)) == Ok(Some(1.0)))
    });
    view! { <Show when=move || shown.get()>{children()}</Show> }
}
