//! The app: one signal holds the scenario (the URL's state); the URL follows it, and back and
//! forward restore it.

use care_workforce::model::{AdultModel, ChildrenModel, ProviderModel};
use care_workforce::scenario::{Scenario, View};
use leptos::prelude::*;

use crate::browser;
use crate::components::{
    adult_context, children_context, provider_context, AboutView, Calculator, Navigation,
};

/// The address bar's copy of the scenario, written once typing pauses. What shows the scenario as
/// a link (the views' links, the share link) follows the address rather than every keystroke,
/// and brings it up to date at once when the link may be used ([`Address::flush`]).
#[derive(Clone, Copy)]
pub struct Address {
    written: Trigger,
    write: browser::Debounced,
}

impl Address {
    /// Makes the reader follow the address (it reruns each time the address is written).
    pub fn track(self) {
        self.written.track();
    }

    /// Writes a change still waiting for typing to pause at once (so a link about to be used,
    /// hovered or focused shows the scenario as it is).
    pub fn flush(self) {
        self.write.flush();
    }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let scenario = RwSignal::new(crate::start::url_scenario());
    let shown_view = StoredValue::new(scenario.get_untracked().view);
    let view = Memo::new(move |_| scenario.with(|s| s.view));
    let embed = Memo::new(move |_| scenario.with(|s| s.embed));
    // The scenario's query string, worked out once per change for all that show it.
    let query = Memo::new(move |_| scenario.with(Scenario::to_query));
    // The URL follows the scenario: a new history entry for a new view at once; while typing,
    // the entry is replaced once typing pauses (browsers throttle very frequent history calls,
    // and the results need not wait for the address bar).
    let written = Trigger::new();
    let pending = StoredValue::new(None::<String>);
    let write = browser::Debounced::new(std::time::Duration::from_millis(200), move || {
        if let Some(query) = pending.try_update_value(Option::take).flatten() {
            browser::replace_query(&query);
            written.notify();
        }
    });
    let address = Address { written, write };
    provide_context(address);
    Effect::new(move |_| {
        let query = query.get();
        let now = view.get();
        // Inside a partner's page a new view replaces the entry too: the partner's Back button
        // should leave the partner's page, not step through the calculator's views.
        if now != shown_view.get_value() && !embed.get_untracked() {
            write.flush();
            shown_view.set_value(now);
            browser::push_query(&query);
            written.notify();
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            return;
        }
        shown_view.set_value(now);
        pending.set_value(Some(query));
        write.arm();
    });
    let _popstate = window_event_listener(leptos::ev::popstate, move |_| {
        write.cancel();
        pending.set_value(None);
        let s = crate::start::url_scenario();
        shown_view.set_value(s.view);
        scenario.set(s);
        written.notify();
    });
    if scenario.with_untracked(|s| s.embed) {
        browser::watch_height();
    }
    // The document title names the view, so browser history and tabs are distinguishable.
    Effect::new(move |_| {
        gloo::utils::document().set_title(&view.get().document_title());
    });
    let full_link = move || {
        address.track();
        scenario.with_untracked(browser::full_link)
    };
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <div class="page" class:page--embed=move || embed.get()>
            <Show when=move || !embed.get()>
                <header class="masthead">
                    <p class="masthead__title">"Care Workforce Calculator"</p>
                    <p class="masthead__subtitle">"Staffordshire social care, from the Social Care Workforce Strategy 2022-2027"</p>
                </header>
            </Show>
            <Navigation scenario=scenario view=view/>
            <main id="main" tabindex="-1">
                {move || match view.get() {
                    View::Adult => {
                        view! { <Calculator<AdultModel> scenario=scenario context=adult_context/> }
                            .into_any()
                    }
                    View::Children => {
                        view! { <Calculator<ChildrenModel> scenario=scenario context=children_context/> }
                            .into_any()
                    }
                    View::Provider => {
                        view! { <Calculator<ProviderModel> scenario=scenario context=provider_context/> }
                            .into_any()
                    }
                    View::About => view! { <AboutView/> }.into_any(),
                }}
            </main>
            {move || {
                if embed.get() {
                    view! {
                        <p class="embed-footer">
                            <a
                                href=full_link
                                target="_blank"
                                rel="noopener"
                                on:pointerover=move |_| address.flush()
                                on:pointerdown=move |_| address.flush()
                                on:focus=move |_| address.flush()
                                on:click=move |ev: leptos::ev::MouseEvent| {
                                    browser::set_target_href(&ev, &scenario.with_untracked(browser::full_link));
                                }
                            >"Open the full calculator (opens in a new tab)"</a>
                        </p>
                    }
                    .into_any()
                } else {
                    view! {
                        <footer class="footer">
                            <p>"Figures from the Staffordshire Social Care Workforce Strategy 2022-2027 data appendix. See \u{201c}About the figures\u{201d} for every source and formula."</p>
                            <p>"No cookies. Nothing you enter leaves your browser."</p>
                        </footer>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}
