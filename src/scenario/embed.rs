//! The code a partner pastes to embed a scenario: a placeholder element or a plain iframe.

use super::{decode_pairs, Scenario};

/// Escapes text for an HTML attribute value.
fn attribute(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl Scenario {
    /// The code a partner pastes to embed this scenario: a placeholder element whose `data-*`
    /// attributes are the scenario's URL parameters, and the embed script at `script_url`.
    pub fn embed_snippet(&self, script_url: &str) -> String {
        let mut div = String::from("<div data-care-workforce-calculator");
        for (key, value) in decode_pairs(&self.to_query()) {
            if key == "embed" {
                continue;
            }
            div.push_str(&format!(
                " data-{}=\"{}\"",
                attribute(&key),
                attribute(&value)
            ));
        }
        div.push_str("></div>");
        format!(
            "{div}\n<script src=\"{}\" async></script>",
            attribute(script_url)
        )
    }

    /// A plain iframe of this scenario's compact layout, for pages that cannot run scripts.
    pub fn embed_iframe(&self, page_url: &str) -> String {
        let embedded = Scenario {
            embed: true,
            ..self.clone()
        };
        format!(
            "<iframe src=\"{}{}\" title=\"Care Workforce Calculator\" loading=\"lazy\" allow=\"clipboard-write\" width=\"100%\" height=\"1200\" style=\"border:0\"></iframe>",
            attribute(page_url),
            attribute(&embedded.to_query())
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::{Field, View};

    #[test]
    fn embed_sections_are_read_and_written_only_when_embedded() {
        let s = Scenario::from_query("?view=children&sources=1&trend=1&ranges=yes&embed=1");
        assert_eq!(s.form.get(Field::ShowSources), "1");
        assert_eq!(
            s.to_query(),
            "?view=children&trend=1&ranges=yes&sources=1&embed=1"
        );
        assert!(s.form.errors(View::Children).is_empty());
        let full = Scenario::from_query("?view=children&sources=1");
        assert_eq!(full.form.get(Field::ShowSources), "0");
        assert_eq!(full.to_query(), "?view=children");
    }

    #[test]
    fn snippet_carries_the_scenario_as_data_attributes() {
        let s = Scenario::from_query("?view=provider&staff=40&turnover=25%22%3E");
        assert_eq!(
            s.embed_snippet("https://example.org/calc/embed.js"),
            "<div data-care-workforce-calculator data-view=\"provider\" data-turnover=\"25&quot;&gt;\"></div>\n<script src=\"https://example.org/calc/embed.js\" async></script>"
        );
        assert!(s
            .embed_iframe("https://example.org/calc/")
            .starts_with("<iframe src=\"https://example.org/calc/?view=provider&amp;turnover=25%22%3E&amp;embed=1\""));
    }
}
