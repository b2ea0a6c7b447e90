//! How the app starts: the scenario it opens with, and, in the browser, taking over the
//! pre-rendered page (docs/prerender.md) without a visible change.
//!
//! Natively (`ssr`, the pre-render binary) the scenario is the one the page is being rendered
//! for. In the browser it is the address's, where a page loaded without a `view` parameter
//! shows its own view (`<html data-view="…">`, written by the pre-render). The app then
//! replaces the pre-rendered content in one task (nothing is painted in between) and replays
//! onto the new page whatever the visitor did before it loaded: values typed or ticked,
//! sections opened, the focus and caret, and a button pressed.

use care_workforce::scenario::Scenario;

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
    care_workforce::pages::scenario_for(&crate::browser::query(), page_view())
}

/// The view the page was pre-rendered for, if it was.
#[cfg(not(feature = "ssr"))]
fn page_view() -> Option<care_workforce::scenario::View> {
    gloo::utils::document()
        .document_element()?
        .get_attribute("data-view")
        .and_then(|k| care_workforce::scenario::View::from_key(&k))
}

/// Mounts the app in place of the pre-rendered page (or into an empty body).
#[cfg(not(feature = "ssr"))]
pub fn mount() {
    let document = gloo::utils::document();
    // What the visitor did is replayed only when the page showed what the address asks for
    // (otherwise `static/prerender-check.js` hid it, and its controls are another view's).
    let shown = page_view()
        .is_some_and(|v| care_workforce::pages::prerender_matches(&crate::browser::query(), v));
    let before = if shown {
        taking_over::Before::read(&document)
    } else {
        taking_over::Before::default()
    };
    if let Some(body) = document.body() {
        body.set_text_content(None);
    }
    leptos::mount::mount_to_body(crate::app::App);
    before.replay(&document);
    if let Some(root) = document.document_element() {
        let _ = root
            .class_list()
            .remove_2("prerender-pending", "prerender-embed");
        let _ = root.set_attribute("data-app", "mounted");
    }
}

#[cfg(not(feature = "ssr"))]
mod taking_over {
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element, HtmlInputElement};

    /// One control the visitor changed on the pre-rendered page.
    struct Changed {
        index: usize,
        value: String,
        checked: bool,
    }

    /// What the visitor did on the pre-rendered page before the app started.
    #[derive(Default)]
    pub struct Before {
        changed: Vec<Changed>,
        open: Vec<usize>,
        focus: Option<(usize, Option<u32>, Option<u32>)>,
        /// The button pressed before the app ran (marked by the start-up script), by position.
        pressed: Option<usize>,
    }

    fn all<T: JsCast>(document: &Document, selector: &str) -> Vec<T> {
        let Ok(list) = document.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<T>().ok())
            .collect()
    }

    fn inputs(document: &Document) -> Vec<HtmlInputElement> {
        all(document, "input")
    }

    fn is_choice(input: &HtmlInputElement) -> bool {
        matches!(input.type_().as_str(), "checkbox" | "radio")
    }

    impl Before {
        /// Reads the pre-rendered page's controls, open sections and focus.
        pub fn read(document: &Document) -> Before {
            let inputs = inputs(document);
            let changed = inputs
                .iter()
                .enumerate()
                .filter(|(_, i)| !i.read_only() && !i.disabled())
                .filter(|(_, i)| {
                    if is_choice(i) {
                        i.checked() != i.default_checked()
                    } else {
                        i.value() != i.default_value()
                    }
                })
                .map(|(index, i)| Changed {
                    index,
                    value: i.value(),
                    checked: i.checked(),
                })
                .collect();
            let open = all::<Element>(document, "details")
                .iter()
                .enumerate()
                .filter(|(_, d)| d.has_attribute("open"))
                .map(|(index, _)| index)
                .collect();
            let active = document.active_element();
            let focus = inputs
                .iter()
                .position(|i| {
                    active
                        .as_ref()
                        .is_some_and(|a| a == i.unchecked_ref::<Element>())
                })
                .map(|index| {
                    let i = &inputs[index];
                    let start = i.selection_start().ok().flatten();
                    let end = i.selection_end().ok().flatten();
                    (index, start, end)
                });
            let pressed = all::<Element>(document, "button")
                .iter()
                .position(|b| b.has_attribute("data-pressed-early"));
            Before {
                changed,
                open,
                focus,
                pressed,
            }
        }

        /// Does the same on the app's page: sets each changed control and sends the event the
        /// app listens to, opens the same sections and puts the focus and caret back.
        pub fn replay(&self, document: &Document) {
            if self.changed.is_empty()
                && self.open.is_empty()
                && self.focus.is_none()
                && self.pressed.is_none()
            {
                return;
            }
            let inputs = inputs(document);
            for c in &self.changed {
                let Some(input) = inputs.get(c.index) else {
                    continue;
                };
                let event = if is_choice(input) {
                    if input.type_() == "radio" && !c.checked {
                        continue;
                    }
                    input.set_checked(c.checked);
                    "change"
                } else {
                    input.set_value(&c.value);
                    "input"
                };
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                if let Ok(e) = web_sys::Event::new_with_event_init_dict(event, &init) {
                    let _ = input.dispatch_event(&e);
                }
            }
            let details = all::<Element>(document, "details");
            for &i in &self.open {
                if let Some(d) = details.get(i) {
                    let _ = d.set_attribute("open", "");
                }
            }
            if let Some((index, start, end)) = self.focus {
                if let Some(input) = inputs.get(index) {
                    let _ = input.focus();
                    if let (Some(s), Some(e)) = (start, end) {
                        let _ = input.set_selection_range(s, e);
                    }
                }
            }
            if let Some(index) = self.pressed {
                if let Some(button) = all::<web_sys::HtmlElement>(document, "button").get(index) {
                    button.click();
                }
            }
        }
    }
}
