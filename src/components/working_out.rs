//! "How this figure is worked out": the working behind the headline, folded until asked for.

use care_workforce::report::Working;
use leptos::prelude::*;

use super::{printing, while_shown, Disclosure};

/// "How this figure is worked out": the arithmetic behind the headline with the current values,
/// in a disclosure under it, so anyone can check the figure by hand.
#[component]
pub fn WorkingOut(
    /// The steps of the working and the note on rounding, from the pure `working` module.
    #[prop(into)]
    working: Signal<Working>,
) -> impl IntoView {
    // Worked out only while unfolded (see `while_shown`) or printed (the app unfolds it then).
    let fold = Disclosure::new(false);
    let printing = printing();
    let shown = Signal::derive(move || fold.shown().get() || printing.get());
    let working = while_shown(shown, working);
    view! {
        <details class="working" on:toggle=fold.toggled()>
            <summary on:click=fold.summary_clicked()>"How this figure is worked out"</summary>
            <ol class="working__steps">
                {move || {
                    working
                        .with(|w| w.steps.clone())
                        .into_iter()
                        .map(|step| view! { <li>{step}</li> })
                        .collect_view()
                }}
            </ol>
            <p class="working__note">{move || working.with(|w| w.note.clone())}</p>
        </details>
    }
}
