//! The browser shell: mounts the Leptos app. All figures come from the `care_workforce` library.

mod app;
mod browser;
mod components;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
