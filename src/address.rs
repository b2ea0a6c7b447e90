//! The URL is the state, in the shell: the scenario the address asks for ([`url_scenario`];
//! natively, the one being rendered), and the address following the scenario ([`follow`]): a
//! new history entry for a new view at once, the entry replaced once typing pauses while a view
//! is edited, and back and forward restoring the scenario.
//!
//! What shows the scenario as a link (the views' links, the share link) follows the address
//! rather than every keystroke ([`Address::track`]) and brings it up to date at once when the
//! link may be used ([`Address::flush`]).

use std::time::Duration;

use care_workforce::scenario::Scenario;
use leptos::prelude::*;

use crate::browser;
use crate::pause::Pause;

/// How long typing must pause before the address is written: browsers throttle very frequent
/// history calls, and the results need not wait for the address bar.
const WRITE_AFTER: Duration = Duration::from_millis(200);

#[cfg(feature = "ssr")]
thread_local! {
    static RENDERING: std::cell::RefCell<Scenario> = std::cell::RefCell::new(Scenario::default());
}

/// Sets the scenario the next native render shows.
#[cfg(feature = "ssr")]
pub fn render_as(scenario: Scenario) {
    RENDERING.with(|s| *s.borrow_mut() = scenario);
}

/// The scenario the address asks for (natively: the one being rendered).
#[cfg(feature = "ssr")]
pub fn url_scenario() -> Scenario {
    RENDERING.with(|s| s.borrow().clone())
}

/// The scenario the address asks for, on the page it was loaded as.
#[cfg(not(feature = "ssr"))]
pub fn url_scenario() -> Scenario {
    care_workforce::pages::scenario_for(&browser::query(), page_view())
}

/// The view the page was pre-rendered for, if it was (`<html data-view="…">`).
#[cfg(not(feature = "ssr"))]
pub fn page_view() -> Option<care_workforce::scenario::View> {
    gloo::utils::document()
        .document_element()?
        .get_attribute("data-view")
        .and_then(|k| care_workforce::scenario::View::from_key(&k))
}

/// The address bar's copy of the scenario, written once typing pauses.
#[derive(Clone, Copy)]
pub struct Address {
    /// Notified each time the address is written.
    written: Trigger,
    /// The query string waiting to be written.
    pending: StoredValue<Option<String>>,
    /// Writes it once typing pauses.
    write: Pause,
}

impl Address {
    fn new() -> Self {
        let written = Trigger::new();
        let pending = StoredValue::new(None::<String>);
        let write = Pause::new(WRITE_AFTER, move || {
            if let Some(query) = pending.try_update_value(Option::take).flatten() {
                browser::replace_query(&query);
                written.notify();
            }
        });
        Address {
            written,
            pending,
            write,
        }
    }

    /// Makes the reader follow the address (it reruns each time the address is written).
    pub fn track(self) {
        self.written.track();
    }

    /// Writes a change still waiting for typing to pause at once (so a link about to be used,
    /// hovered or focused shows the scenario as it is).
    pub fn flush(self) {
        self.write.flush();
    }

    /// Writes `query` once typing pauses (each call starts the wait again).
    fn write_soon(self, query: String) {
        self.pending.set_value(Some(query));
        self.write.arm();
    }

    /// Forgets a change waiting to be written.
    fn cancel(self) {
        self.write.cancel();
        self.pending.set_value(None);
    }
}

/// Makes the address follow `scenario`, and back and forward restore it; provides the
/// [`Address`] as context for the links that show it.
pub fn follow(scenario: RwSignal<Scenario>) -> Address {
    let address = Address::new();
    provide_context(address);
    let shown_view = StoredValue::new(scenario.with_untracked(|s| s.view));
    let view = Memo::new(move |_| scenario.with(|s| s.view));
    // The scenario's query string, worked out once per change for all that show it.
    let query = Memo::new(move |_| scenario.with(Scenario::to_query));
    Effect::new(move |_| {
        let query = query.get();
        let now = view.get();
        // Inside a partner's page a new view replaces the entry too: the partner's Back button
        // should leave the partner's page, not step through the calculator's views.
        if now != shown_view.get_value() && !scenario.with_untracked(|s| s.embed) {
            address.flush();
            shown_view.set_value(now);
            browser::push_query(&query);
            address.written.notify();
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            return;
        }
        shown_view.set_value(now);
        address.write_soon(query);
    });
    let _popstate = window_event_listener(leptos::ev::popstate, move |_| {
        address.cancel();
        let s = url_scenario();
        shown_view.set_value(s.view);
        scenario.set(s);
        address.written.notify();
    });
    address
}
