//! How the app starts in the browser: taking over the pre-rendered page (docs/prerender.md)
//! without a visible change. The app replaces the pre-rendered content in one task (nothing is
//! painted in between) and replays onto the new page whatever the visitor did before it loaded:
//! values typed or ticked, sections opened, the focus and caret, and a button pressed. (The
//! scenario it opens with is the address's: [`crate::address::url_scenario`].)

/// Mounts the app in place of the pre-rendered page (or into an empty body).
#[cfg(not(feature = "ssr"))]
pub fn mount() {
    let document = gloo::utils::document();
    // What the visitor did is replayed only when the page showed what the address asks for
    // (otherwise `static/prerender-check.js` hid it, and its controls are another view's).
    let shown = crate::address::page_view()
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
