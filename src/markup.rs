//! The one HTML and XML escaper (and its inverse), for everything the core writes as markup (table rows, charts,
//! exported images). It sits below `report` and `svg`, so neither needs the other for it.

/// Escapes text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text as the DOM holds it once parsed: the entities [`escape`] writes, decoded.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::{escape, unescape};

    #[test]
    fn unescape_undoes_escape() {
        for s in [
            "plain",
            r#"<a href="x">&'"#,
            "&amp; is written &amp;amp;",
            "34,948 < 40k",
        ] {
            assert_eq!(unescape(&escape(s)), s);
        }
    }
}
