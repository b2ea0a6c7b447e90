//! An embedded calculator and its parent page: the height message the partner's embed script
//! listens to, sent whenever the page's height changes.

use wasm_bindgen::{JsCast, JsValue};

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "care-workforce-calculator:height";

/// Tells the parent page (if any) the document's height in CSS pixels.
fn post_height(height: f64) -> bool {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return false;
    };
    // The message the embed script listens to: `{ type: HEIGHT_MESSAGE, height }`.
    let message = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&message, &key.into(), &value);
    if set("type", HEIGHT_MESSAGE.into()).is_err() || set("height", height.into()).is_err() {
        return false;
    }
    parent.post_message(&message, "*").is_ok()
}

/// Watches the page's height and tells the parent page whenever it changes (for embeds).
/// The observer lives as long as the page.
pub fn watch_height() {
    let Some(body) = gloo::utils::document().body() else {
        return;
    };
    let last = std::cell::Cell::new(-1.0);
    let callback =
        wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| {
            let Some(body) = gloo::utils::document().body() else {
                return;
            };
            let height = body.get_bounding_client_rect().height().ceil();
            if height != last.get() && post_height(height) {
                last.set(height);
            }
        });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        callback.forget();
    }
}
