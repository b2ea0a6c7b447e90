//! Watching an element's width (and the size of a rem), so a chart can be drawn in the layout
//! that fits its container.

use wasm_bindgen::JsCast;

/// Watches an element's content width: calls `changed` with the width and the size of one rem,
/// both in CSS pixels, once the browser has laid the element out and whenever either changes.
/// Watching stops when the returned value is dropped.
pub fn watch_width(
    element: &web_sys::Element,
    changed: impl Fn(f64, f64) + 'static,
) -> Option<WidthWatch> {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            changed(entry.content_rect().width(), rem());
        },
    );
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(WidthWatch {
        observer,
        _callback: callback,
    })
}

/// An element's width being watched (see [`watch_width`]).
pub struct WidthWatch {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for WidthWatch {
    fn drop(&mut self) {
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
