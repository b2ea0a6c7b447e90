//! The app: one signal holds the scenario (the URL's state); the URL follows it, and back and
//! forward restore it.

use care_workforce::model::{AdultModel, ChildrenModel, ProviderModel};
use care_workforce::scenario::View;
use leptos::prelude::*;

use crate::browser;
use crate::components::{
    adult_context, children_context, provider_context, AboutView, Calculator, Navigation,
};

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let scenario = RwSignal::new(crate::start::url_scenario());
    let shown_view = StoredValue::new(scenario.get_untracked().view);
    // The URL follows the scenario: a new history entry for a new view at once; while typing,
    // the entry is replaced once typing pauses (browsers throttle very frequent history calls,
    // and the results need not wait for the address bar).
    let pending = StoredValue::new(None::<(TimeoutHandle, String)>);
    let flush = move || {
        if let Some((handle, query)) = pending.get_value() {
            handle.clear();
            browser::replace_query(&query);
            pending.set_value(None);
        }
    };
    Effect::new(move |_| {
        let s = scenario.get();
        let query = s.to_query();
        // Inside a partner's page a new view replaces the entry too: the partner's Back button
        // should leave the partner's page, not step through the calculator's views.
        if s.view != shown_view.get_value() && !s.embed {
            flush();
            shown_view.set_value(s.view);
            browser::push_query(&query);
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            return;
        }
        shown_view.set_value(s.view);
        if let Some((handle, _)) = pending.get_value() {
            handle.clear();
        }
        let later = query.clone();
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                browser::replace_query(&later);
            },
            std::time::Duration::from_millis(200),
        );
        pending.set_value(handle.ok().map(|h| (h, query)));
    });
    let _popstate = window_event_listener(leptos::ev::popstate, move |_| {
        if let Some((handle, _)) = pending.get_value() {
            handle.clear();
            pending.set_value(None);
        }
        let s = crate::start::url_scenario();
        shown_view.set_value(s.view);
        scenario.set(s);
    });
    if scenario.with_untracked(|s| s.embed) {
        browser::watch_height();
    }
    let view = Memo::new(move |_| scenario.with(|s| s.view));
    let embed = Memo::new(move |_| scenario.with(|s| s.embed));
    // The document title names the view, so browser history and tabs are distinguishable.
    Effect::new(move |_| {
        gloo::utils::document().set_title(&view.get().document_title());
    });
    let full_link = move || scenario.with(browser::full_link);
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <div class="page" class:page--embed=move || embed.get()>
            <Show when=move || !embed.get()>
                <header class="masthead">
                    <p class="masthead__title">"Care Workforce Calculator"</p>
                    <p class="masthead__subtitle">"Staffordshire social care, from the Social Care Workforce Strategy 2022-2027"</p>
                </header>
            </Show>
            <Navigation scenario=scenario/>
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
                            <a href=full_link target="_blank" rel="noopener">"Open the full calculator (opens in a new tab)"</a>
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
