//! The crash page: what replaces the app after a panic, with a link that reloads the scenario.

use wasm_bindgen::JsCast;

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
