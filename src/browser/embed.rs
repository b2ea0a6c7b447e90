//! An embedded calculator and its parent page: the height message the partner's embed script
//! listens to, sent whenever the page's height changes.

use serde::Serialize;
use wasm_bindgen::JsCast;

/// The message an embedded calculator sends its parent page when its height changes:
/// `{ "type": HEIGHT_MESSAGE, "height": … }`, the shape the partner's embed script reads.
#[derive(Serialize)]
struct HeightMessage {
    #[serde(rename = "type")]
    kind: &'static str,
    height: f64,
}

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "care-workforce-calculator:height";

/// Tells the parent page (if any) the document's height in CSS pixels.
fn post_height(height: f64) -> bool {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return false;
    };
    let message = HeightMessage {
        kind: HEIGHT_MESSAGE,
        height,
    };
    // serde-wasm-bindgen writes the struct as a plain object; 0.7 KB brotli of the app against
    // building it with js_sys by hand, kept for one typed definition of the message.
    match serde_wasm_bindgen::to_value(&message) {
        Ok(value) => parent.post_message(&value, "*").is_ok(),
        Err(_) => false,
    }
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
