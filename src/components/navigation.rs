use care_workforce::scenario::{Scenario, View};
use leptos::prelude::*;

/// The views, as links that keep the scenario's embed setting; the current one is marked.
#[component]
pub fn Navigation(
    /// The scenario whose view the links change.
    scenario: RwSignal<Scenario>,
) -> impl IntoView {
    let link = move |view: View| {
        let current = move || scenario.with(|s| s.view == view);
        let href = move || {
            scenario.with(|s| {
                // The view's own page, so the link works with scripts off too.
                let query = Scenario {
                    view,
                    embed: s.embed,
                    form: s.form.clone(),
                }
                .to_query();
                format!("{}{query}", view.page())
            })
        };
        view! {
            <li>
                <a
                    href=href
                    aria-current=move || current().then_some("page")
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                            return;
                        }
                        ev.prevent_default();
                        scenario.update(|s| s.view = view);
                    }
                >
                    {view.title()}
                </a>
            </li>
        }
    };
    view! {
        <nav class="views" aria-label="Calculator views">
            <ul>{View::ALL.into_iter().map(link).collect_view()}</ul>
        </nav>
    }
}
