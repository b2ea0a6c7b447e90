//! The pre-rendered pages: one HTML file per view, so a plain link (and a browser with scripts
//! off) reaches each view, with its own title and description.
//!
//! The pages live side by side in one folder (`index.html` for the adult view, then
//! `children.html`, `provider.html`, `about.html`), so every relative asset URL Trunk writes
//! (`./main-….css`) works from each of them and `dist/` can still be served from any sub-path.
//! A `?view=…` query string still chooses the view when scripts run; without a `view`
//! parameter the page's own view is shown.

use crate::markup::escape;
use crate::scenario::{decode_pairs, Scenario, View};

impl View {
    /// The document title: the view first, so tabs and history entries are distinguishable.
    pub fn document_title(self) -> String {
        format!(
            "{} \u{2013} Care Workforce Calculator \u{2013} Staffordshire",
            self.title()
        )
    }
}

/// The scenario a pre-rendered page shows: its view with every published assumption.
pub fn published(view: View) -> Scenario {
    Scenario {
        view,
        ..Scenario::default()
    }
}

/// The scenario to open, from the page's query string and the view of the page it was loaded
/// as (`None` if the page was not pre-rendered): a `view` parameter wins; without one, the
/// page's own view is shown (so a plain link to `children.html` opens the children's view).
pub fn scenario_for(query: &str, page_view: Option<View>) -> Scenario {
    let names_view = decode_pairs(query).iter().any(|(k, _)| k == "view");
    match page_view {
        Some(view) if !names_view => {
            let rest = query.trim_start_matches('?');
            Scenario::from_query(&format!("view={}&{rest}", view.key()))
        }
        _ => Scenario::from_query(query),
    }
}

/// Whether a page pre-rendered for `page_view` shows what `query` asks for, so it can stay on
/// screen until the app takes over. This is the rule `static/prerender-check.js` applies
/// before the first paint: any parameter other than a matching `view` may change what is
/// shown.
pub fn prerender_matches(query: &str, page_view: View) -> bool {
    decode_pairs(query)
        .iter()
        .all(|(k, v)| k == "view" && v == page_view.key())
}

/// The start of the name of the script that checks, before the first paint, whether a
/// pre-rendered page shows what its address asks for (`static/prerender-check.js`).
pub const CHECK_SCRIPT_PREFIX: &str = "prerender-check-";

/// A short, stable fingerprint of a file's bytes for its name (FNV-1a, 64 bits, in hex), so
/// the check script can be cached for ever like Trunk's hashed assets.
pub fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Why a page could not be put together from Trunk's `index.html`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError(pub &'static str);

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "index.html written by Trunk has no {}", self.0)
    }
}

impl std::error::Error for TemplateError {}

/// The range of the first `<tag …>` start tag in `html`, after `from`.
fn start_tag(html: &str, tag: &str, from: usize) -> Option<(usize, usize)> {
    let open = format!("<{tag}");
    let mut at = from;
    loop {
        let start = at + html[at..].find(&open)?;
        let next = html[start + open.len()..].chars().next()?;
        if next == '>' || next.is_ascii_whitespace() {
            let end = start + html[start..].find('>')? + 1;
            return Some((start, end));
        }
        at = start + open.len();
    }
}

/// Puts a view's page together from Trunk's `index.html` (`template`): the view's title and
/// description, `data-view` on `<html>` (the view the app opens when the address names none),
/// the check script in `<head>`, and `body` (the app rendered natively) as the body. Works on
/// a page it has already put together too (the result is the same).
pub fn assemble(
    template: &str,
    view: View,
    body: &str,
    check_script: &str,
) -> Result<String, TemplateError> {
    let mut html = template.to_string();
    // <html lang="…" data-view="…">
    let (start, end) = start_tag(&html, "html", 0).ok_or(TemplateError("<html> tag"))?;
    let attributes: String = html[start + 5..end - 1]
        .split_whitespace()
        .filter(|a| !a.starts_with("data-view="))
        .map(|a| format!(" {a}"))
        .collect();
    html.replace_range(
        start..end,
        &format!("<html{attributes} data-view=\"{}\">", view.key()),
    );
    // <title>
    let (_, open_end) = start_tag(&html, "title", 0).ok_or(TemplateError("<title>"))?;
    let close = open_end
        + html[open_end..]
            .find("</title>")
            .ok_or(TemplateError("</title>"))?;
    html.replace_range(open_end..close, &escape(&view.document_title()));
    // <meta name="description" content="…">
    let mut at = 0;
    let description = loop {
        let (s, e) = start_tag(&html, "meta", at).ok_or(TemplateError("meta description"))?;
        if html[s..e].contains("name=\"description\"") {
            break (s, e);
        }
        at = e;
    };
    html.replace_range(
        description.0..description.1,
        &format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(view.description())
        ),
    );
    // No preload of the app (the Wasm and its glue): the page's own figures come first, and
    // the start-up script fetches the app when the visitor starts to use the page
    // (docs/prerender.md, "When the app starts").
    let mut at = 0;
    while let Some((s, e)) = start_tag(&html, "link", at) {
        let tag = &html[s..e];
        let app_file = tag.contains(".wasm\"") || tag.contains(".js\"");
        if app_file && (tag.contains("rel=\"preload\"") || tag.contains("rel=\"modulepreload\"")) {
            html.replace_range(s..e, "");
            at = s;
        } else {
            at = e;
        }
    }
    // The check script, once, at the end of <head>.
    let tag_start = format!("<script src=\"./{CHECK_SCRIPT_PREFIX}");
    if let Some(s) = html.find(&tag_start) {
        let e = s
            + html[s..]
                .find("</script>")
                .ok_or(TemplateError("</script>"))?
            + 9;
        html.replace_range(s..e, "");
    }
    let head_end = html.find("</head>").ok_or(TemplateError("</head>"))?;
    html.insert_str(
        head_end,
        &format!("<script src=\"./{}\"></script>", escape(check_script)),
    );
    // The body.
    let (_, body_start) = start_tag(&html, "body", 0).ok_or(TemplateError("<body>"))?;
    let body_end = html.rfind("</body>").ok_or(TemplateError("</body>"))?;
    let kept = kept_in_body(&html[body_start..body_end]);
    html.replace_range(body_start..body_end, &format!("{body}{kept}"));
    Ok(html)
}

/// What Trunk put in the body that must stay (its scripts and links), without the rest of the
/// template's body (the sentence for browsers without JavaScript, now replaced by the page).
fn kept_in_body(body: &str) -> String {
    let mut kept = String::new();
    let mut at = 0;
    while let Some(i) = body[at..].find('<') {
        let s = at + i;
        let rest = &body[s..];
        let end = if rest.starts_with("<script") {
            rest.find("</script>").map(|e| e + 9)
        } else if rest.starts_with("<link") {
            rest.find('>').map(|e| e + 1)
        } else {
            None
        };
        match end {
            Some(e) => {
                kept.push_str(&rest[..e]);
                at = s + e;
            }
            None => at = s + 1,
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::Field;

    #[test]
    fn every_view_has_its_own_page_file_and_title() {
        let files: Vec<_> = View::ALL.iter().map(|v| v.page_file()).collect();
        assert_eq!(
            files,
            ["index.html", "children.html", "provider.html", "about.html"]
        );
        for v in View::ALL {
            assert!(v.document_title().starts_with(v.title()));
            assert!(!v.description().is_empty());
            // Pages are side by side, so the links between them are relative file names.
            assert!(!v.page().contains('/') || v.page() == "./");
        }
    }

    #[test]
    fn a_view_parameter_wins_over_the_page() {
        let s = scenario_for("?view=provider&staff=120", Some(View::Adult));
        assert_eq!(s.view, View::Provider);
        assert_eq!(s.form.get(Field::Staff), "120");
    }

    #[test]
    fn without_a_view_parameter_the_page_view_is_shown_with_its_fields() {
        let s = scenario_for("?staff=120", Some(View::Provider));
        assert_eq!(s.view, View::Provider);
        assert_eq!(s.form.get(Field::Staff), "120");
        assert_eq!(scenario_for("", Some(View::Children)).view, View::Children);
        assert_eq!(scenario_for("", None).view, View::Adult);
        assert_eq!(scenario_for("?embed=1", Some(View::About)), {
            let mut s = published(View::About);
            s.embed = true;
            s
        });
    }

    #[test]
    fn the_published_scenario_writes_only_its_view() {
        for v in View::ALL {
            assert_eq!(published(v).to_query(), format!("?view={}", v.key()));
        }
    }

    #[test]
    fn a_prerendered_page_matches_only_its_own_plain_links() {
        assert!(prerender_matches("", View::Children));
        assert!(prerender_matches("?view=children", View::Children));
        assert!(!prerender_matches("?view=adult", View::Children));
        assert!(!prerender_matches("?view=children&sw=500", View::Children));
        assert!(!prerender_matches("?embed=1", View::Adult));
        assert!(!prerender_matches("?view=provider&staff=120", View::Adult));
    }

    const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"en-GB\"><head>\n<meta charset=\"utf-8\">\n<title>Old – title</title>\n<meta name=\"description\" content=\"Old\">\n<link rel=\"stylesheet\" href=\"./main-1.css\">\n<link rel=\"preload\" href=\"./app-1_bg.wasm\" as=\"fetch\" type=\"application/wasm\"><script type=\"module\" src=\"./start-1.js\"></script>\n<link rel=\"modulepreload\" href=\"./app-1.js\" crossorigin=\"anonymous\"></head>\n<body>\n<noscript><p>Needs JavaScript.</p></noscript>\n<script>trunk()</script></body></html>\n";

    #[test]
    fn a_page_has_its_view_title_description_check_script_and_body() {
        let page = assemble(
            TEMPLATE,
            View::Children,
            "<main>950</main>",
            "prerender-check-ab.js",
        )
        .unwrap();
        assert!(page.contains("<html lang=\"en-GB\" data-view=\"children\">"));
        assert!(page.contains(&format!(
            "<title>{}</title>",
            escape(&View::Children.document_title())
        )));
        assert!(page.contains(&format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(View::Children.description())
        )));
        assert!(page.contains("<script src=\"./prerender-check-ab.js\"></script></head>"));
        assert!(page.contains("<body><main>950</main><script>trunk()</script></body>"));
        assert!(!page.contains("Needs JavaScript"));
        assert!(!page.contains("_bg.wasm"), "no preload of the Wasm");
        assert!(!page.contains("app-1.js"), "no preload of the Wasm's glue");
        assert!(page.contains("<link rel=\"stylesheet\" href=\"./main-1.css\">"));
        assert!(page.contains("<script type=\"module\" src=\"./start-1.js\"></script>"));
        // Assembling a page again gives the same page.
        let again = assemble(
            &page,
            View::Children,
            "<main>950</main>",
            "prerender-check-ab.js",
        )
        .unwrap();
        assert_eq!(again, page);
        let other = assemble(
            &page,
            View::About,
            "<main>m</main>",
            "prerender-check-cd.js",
        )
        .unwrap();
        assert_eq!(other.matches("prerender-check-").count(), 1);
        assert!(other.contains("data-view=\"about\""));
        assert!(!other.contains("children"));
    }

    #[test]
    fn a_template_without_its_parts_is_an_error() {
        assert_eq!(
            assemble(
                "<html><head></head><body></body></html>",
                View::Adult,
                "",
                "x.js"
            ),
            Err(TemplateError("<title>"))
        );
        assert!(assemble("", View::Adult, "", "x.js").is_err());
    }

    #[test]
    fn fingerprints_are_stable_and_differ() {
        assert_eq!(fingerprint(b""), "cbf29ce484222325");
        assert_eq!(fingerprint(b"a"), "af63dc4c8601ec8c");
        assert_ne!(fingerprint(b"a"), fingerprint(b"b"));
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
