//! The address: reading and writing the query string (the scenario is the URL's state), the
//! page's own address with another query, and a link's `href` set as it is followed.

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

/// Sets the `href` of the element an event is handled on (a link about to be followed).
pub fn set_target_href(event: &web_sys::Event, href: &str) {
    if let Some(link) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = link.set_attribute("href", href);
    }
}
