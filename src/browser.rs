//! The few things the shell asks of the browser: the URL, the clipboard, downloads and the
//! parent page of an embed. Each fails quietly (returning `false`) rather than panicking.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// The current query string, with its leading `?` (empty if none).
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// Replaces the current history entry's query string (while typing).
pub fn replace_query(query: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url_with(query)));
    }
}

/// Adds a history entry with a new query string (when the view changes), unless it is the same.
pub fn push_query(query: &str) {
    if query == self::query() {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url_with(query)));
    }
}

/// The page's path with a new query string (keeping the path, so any sub-path works).
fn url_with(query: &str) -> String {
    let path = gloo::utils::window()
        .location()
        .pathname()
        .unwrap_or_default();
    format!("{path}{query}")
}

/// The full calculator's address for a scenario: the same view and assumptions, never embedded.
pub fn full_link(s: &care_workforce::scenario::Scenario) -> String {
    let mut shared = s.clone();
    shared.embed = false;
    href_with(&shared.to_query())
}

/// The page's address with another query string.
pub fn href_with(query: &str) -> String {
    let loc = gloo::utils::window().location();
    let origin = loc.origin().unwrap_or_default();
    format!("{origin}{}", url_with(query))
}

/// The address of the folder the calculator is served from, ending in `/`.
pub fn base_url() -> String {
    // A pre-rendered page (rendered natively, docs/prerender.md) has no address yet.
    if cfg!(feature = "ssr") {
        return String::new();
    }
    let loc = gloo::utils::window().location();
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{folder}")
}

/// Copies text to the clipboard. Resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .is_ok()
}

/// Offers text as a file download.
pub fn download(file_name: &str, text: &str, mime: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let done = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(file_name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    done
}

/// The message an embedded calculator sends its parent page when its height changes.
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
    match serde_wasm_bindgen::to_value(&message) {
        Ok(value) => parent.post_message(&value, "*").is_ok(),
        Err(_) => false,
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
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

/// Replaces the page with a message and a reload link after a panic (the app has stopped).
/// Uses only static text, so it cannot fail in a way that matters.
pub fn show_crash() {
    let document = gloo::utils::document();
    let Some(body) = document.body() else {
        return;
    };
    body.set_inner_html(CRASH_PAGE);
    if let Some(link) = document.get_element_by_id("reload") {
        let _ = link.set_attribute(
            "href",
            &gloo::utils::window().location().href().unwrap_or_default(),
        );
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            let _ = link.focus();
        }
    }
}

const CRASH_PAGE: &str = r#"<main id="main" class="page crash" role="alert">
<h1>Sorry, something went wrong</h1>
<p>The calculator has stopped because of an error. Your assumptions are kept in the page address, so reloading the page brings them back.</p>
<p><a id="reload" href=".">Reload the page</a></p>
</main>"#;
