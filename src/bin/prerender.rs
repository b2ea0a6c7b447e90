//! Writes the pre-rendered pages into `dist/` (docs/prerender.md): for each view, the app's own
//! components rendered to HTML natively with the published assumptions, put into the
//! `index.html` Trunk wrote, as `index.html` (adult), `children.html`, `provider.html` and
//! `about.html`; and the small script that checks before the first paint whether a page shows
//! what its address asks for.
//!
//! `cargo run --no-default-features --features ssr --bin prerender -- dist` (`./dev build` runs
//! it after Trunk).

// The whole page's view type is deep; rendering it to HTML natively needs more than the default.
#![recursion_limit = "256"]

#[path = "../address.rs"]
mod address;
#[path = "../app.rs"]
mod app;
#[allow(dead_code, unused_imports)] // the shell's browser calls; only some are reached when rendering
#[path = "../browser/mod.rs"]
mod browser;
#[path = "../components/mod.rs"]
mod components;
#[path = "../pause.rs"]
mod pause;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use care_workforce::pages::{self, CHECK_SCRIPT_PREFIX};
use care_workforce::scenario::View;
use leptos::prelude::*;

/// The check script, as written in `static/`.
const CHECK_SCRIPT: &str = include_str!("../../static/prerender-check.js");

/// The app's markup for a view with the published assumptions, as the browser would build it.
fn render(view: View) -> String {
    address::render_as(pages::published(view));
    // A server's shared context: Leptos then knows it is not in a browser (no window listeners).
    let owner = Owner::new_root(Some(Arc::new(
        hydration_context::SsrSharedContext::new_islands(),
    )));
    let html = owner.with(|| view! { <app::App/> }.to_html());
    drop(owner);
    // Leptos's hydration markers and empty placeholders: the app mounts afresh, so they mean
    // nothing here.
    html.replace("<!>", "").replace("<!--<() />-->", "")
}

fn run(dist: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let index = dist.join("index.html");
    let template = std::fs::read_to_string(&index)
        .map_err(|e| format!("{}: {e} (run trunk build first)", index.display()))?;
    let check = format!(
        "{CHECK_SCRIPT_PREFIX}{}.js",
        pages::fingerprint(CHECK_SCRIPT.as_bytes())
    );
    for entry in std::fs::read_dir(dist)? {
        let name = entry?.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(CHECK_SCRIPT_PREFIX) && name != check {
            std::fs::remove_file(dist.join(name.as_ref()))?;
        }
    }
    std::fs::write(dist.join(&check), CHECK_SCRIPT)?;
    for view in View::ALL {
        let page = pages::assemble(&template, view, &render(view), &check)?;
        std::fs::write(dist.join(view.page_file()), page)?;
    }
    println!(
        "prerender: wrote {} and {check} in {}",
        View::ALL.map(View::page_file).join(", "),
        dist.display()
    );
    Ok(())
}

fn main() {
    let dist = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("dist"));
    if let Err(e) = run(&dist) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        // Tags out, entities for the characters the figures and headings use decoded.
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&#x27;", "'").replace("&amp;", "&")
    }

    #[test]
    fn adult_page_carries_the_published_figures_form_charts_and_sources() {
        let html = render(View::Adult);
        let t = text(&html);
        assert!(t.contains("Adult social care in Staffordshire"));
        assert!(html.contains("id=\"results-table\""));
        assert!(t.contains("34,948"), "the published 2032 total");
        assert!(t.contains("28,506"));
        assert!(html.contains("id=\"headline\""));
        // The form with its published values, as attributes (the HTML a browser reads).
        assert!(html.contains("id=\"field-turnover\""));
        assert!(html.contains("value=\"32.2\""));
        assert!(t.contains("Changing the assumptions needs JavaScript"));
        // Charts (SVG), the uncertainty section computed, not waiting, and the sources.
        assert!(html.contains("<svg"));
        assert!(t.contains("8 in 10 of the 10,000 runs"));
        assert!(!t.contains("Updating the ranges"));
        assert!(t.contains("Sources of the baseline figures"));
        // Navigation: real links to each view's page.
        assert!(html.contains("href=\"children.html?view=children\""));
        assert!(html.contains("href=\"./?view=adult\""));
        assert!(html.contains("aria-current=\"page\""));
    }

    #[test]
    fn children_provider_and_about_pages() {
        let children = text(&render(View::Children));
        assert!(children.contains("Children's social care in Staffordshire County Council"));
        assert!(children.contains("950"));
        let provider_html = render(View::Provider);
        assert!(provider_html.contains("id=\"field-staff\""));
        assert!(provider_html.contains("value=\"40\""));
        assert!(text(&provider_html).contains("Your organisation's recruitment"));
        let about = text(&render(View::About));
        assert!(about.contains("How the figures are worked out"));
        assert!(about.contains("Accessibility statement"));
        assert!(about.contains("Every source"));
    }

    #[test]
    fn each_view_renders_only_itself() {
        for view in View::ALL {
            let html = render(view);
            assert_eq!(html.matches("<h1").count(), 1, "{view:?}");
            assert!(!html.contains("<!>"));
        }
    }
}
