//! Watching an element's width (and the size of a rem), so a chart can be drawn in the layout
//! that fits its container.

use wasm_bindgen::JsCast;

/// Watches an element's content width: calls `changed` with the width and the size of one rem,
/// both in CSS pixels, once the browser has laid the element out and whenever either changes
/// (at the next animation frame after the change).
/// Watching stops when the returned value is dropped.
pub fn watch_width(
    element: &web_sys::Element,
    changed: impl Fn(f64, f64) + 'static,
) -> Option<WidthWatch> {
    // Only a real change is passed on (a redraw that changes the element's height alone wakes
    // the observer again), and it is passed on at the next animation frame, outside the
    // observer's delivery: a chart redrawn inside it would resize observed elements during the
    // delivery, which the browser reports as "ResizeObserver loop completed with undelivered
    // notifications".
    let changed = std::rc::Rc::new(changed);
    let last = std::rc::Rc::new(std::cell::Cell::new(None::<(f64, f64)>));
    // Cleared when the watch is dropped, so a frame already asked for calls nothing.
    let alive = std::rc::Rc::new(std::cell::Cell::new(true));
    let watching = alive.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            let now = (entry.content_rect().width(), rem());
            if last.get() == Some(now) {
                return;
            }
            last.set(Some(now));
            let (changed, alive) = (changed.clone(), alive.clone());
            leptos::prelude::request_animation_frame(move || {
                if alive.get() {
                    changed(now.0, now.1);
                }
            });
        },
    );
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(WidthWatch {
        observer,
        alive: watching,
        _callback: callback,
    })
}

/// An element's width being watched (see [`watch_width`]).
pub struct WidthWatch {
    observer: web_sys::ResizeObserver,
    alive: std::rc::Rc<std::cell::Cell<bool>>,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for WidthWatch {
    fn drop(&mut self) {
        self.alive.set(false);
        self.observer.disconnect();
    }
}

/// The size of one rem (the root element's font size) in CSS pixels; 16 if it cannot be read.
fn rem() -> f64 {
    let window = gloo::utils::window();
    gloo::utils::document()
        .document_element()
        .and_then(|root| window.get_computed_style(&root).ok().flatten())
        .and_then(|style| style.get_property_value("font-size").ok())
        .and_then(|size| size.trim_end_matches("px").parse::<f64>().ok())
        .filter(|px| px.is_finite() && *px > 0.0)
        .unwrap_or(16.0)
}
