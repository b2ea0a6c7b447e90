//! The navigation between the views, as links that carry the scenario and follow the address.

use care_workforce::scenario::{Scenario, View};
use leptos::prelude::*;

use crate::address::Address;
use crate::browser;

/// The views, as links that keep the scenario's embed setting; the current one is marked. The
/// links follow the address bar (written once typing pauses), and catch up at once when one may
/// be used: pointed at, pressed or focused, and when clicked.
#[component]
pub fn Navigation(
    /// The scenario whose view the links change.
    scenario: RwSignal<Scenario>,
    /// The view shown (its link is marked as the current page).
    #[prop(into)]
    view: Signal<View>,
) -> impl IntoView {
    let address = use_context::<Address>();
    let link = move |to: View| {
        // The view's own page, so the link works with scripts off too.
        let href_now = move || {
            scenario.with_untracked(|s| {
                let query = Scenario {
                    view: to,
                    embed: s.embed,
                    form: s.form.clone(),
                }
                .to_query();
                format!("{}{query}", to.page())
            })
        };
        let href = move || {
            match address {
                Some(a) => a.track(),
                None => scenario.track(),
            }
            href_now()
        };
        view! {
            <li>
                <a
                    href=href
                    aria-current=move || (view.get() == to).then_some("page")
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                            // The browser follows the link itself: it carries the scenario as it is.
                            browser::set_target_href(&ev, &href_now());
                            return;
                        }
                        ev.prevent_default();
                        scenario.update(|s| s.view = to);
                    }
                >
                    {to.title()}
                </a>
            </li>
        }
    };
    let flush = move || {
        if let Some(a) = address {
            a.flush();
        }
    };
    view! {
        <nav
            class="views"
            aria-label="Calculator views"
            on:pointerover=move |_| flush()
            on:pointerdown=move |_| flush()
            on:focusin=move |_| flush()
        >
            <ul>{View::ALL.into_iter().map(link).collect_view()}</ul>
        </nav>
    }
}
