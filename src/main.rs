//! The browser shell: mounts the Leptos app. All figures come from the `care_workforce` library.

mod address;
mod app;
mod browser;
mod components;
mod pause;
mod start;

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_crash();
    }));
    // In place of the pre-rendered page, keeping what the visitor typed (docs/prerender.md).
    start::mount();
}

/// Panics on purpose, so the browser tests can check that a panic shows a friendly message and
/// a reload link instead of a frozen page. Harmless: only the page itself can call it.
#[wasm_bindgen]
pub fn crash_for_test() {
    panic!("crash_for_test was called");
}
