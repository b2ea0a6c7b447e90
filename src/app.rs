//! The app: the page's frame (masthead, navigation, footer) around the view shown. One signal
//! holds the scenario, the URL's state ([`crate::address`]); each calculator view is its model's
//! [`Calculator`], found through the one match of views to models (`model::with_model`).

use care_workforce::edition;
use care_workforce::model::{with_model, ForModel, Model};
use care_workforce::scenario::Scenario;
use leptos::prelude::*;

use crate::address;
use crate::browser;
use crate::components::{AboutView, Calculator, Navigation, Printing};

/// A view's calculator, for whichever model it has.
struct CalculatorOf(RwSignal<Scenario>);

impl ForModel for CalculatorOf {
    type Output = AnyView;
    fn run<M: Model>(self) -> AnyView {
        view! { <Calculator<M> scenario=self.0/> }.into_any()
    }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let scenario = RwSignal::new(address::url_scenario());
    let address = address::follow(scenario);
    let view = Memo::new(move |_| scenario.with(|s| s.view));
    let embed = Memo::new(move |_| scenario.with(|s| s.embed));
    if scenario.with_untracked(|s| s.embed) {
        browser::watch_height();
    }
    // Printing unfolds the working and the sources, and brings the printed brief up to date
    // (the browser lays the page out for print after these listeners and Leptos's updates).
    let printing = RwSignal::new(false);
    provide_context(Printing(printing));
    let _ = window_event_listener_untyped("beforeprint", move |_| {
        browser::unfold_for_print();
        printing.set(true);
    });
    let _ = window_event_listener_untyped("afterprint", move |_| {
        browser::fold_after_print();
        printing.set(false);
    });
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
                    <p class="masthead__data print-only">{edition::data_line()}</p>
                </header>
            </Show>
            <Navigation scenario=scenario view=view/>
            <main id="main" tabindex="-1">
                {move || {
                    with_model(view.get(), CalculatorOf(scenario))
                        .unwrap_or_else(|| view! { <AboutView/> }.into_any())
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
                            <p class="footer__edition">{edition::data_line()}" See \u{201c}About the figures\u{201d} for every source and formula."</p>
                            <p class="footer__edition">{edition::version_line()}</p>
                            <p>"No cookies, nothing stored. Your assumptions are in the page address, which reaches the web server when the page is opened; nothing else is sent."</p>
                        </footer>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}
