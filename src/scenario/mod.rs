//! The URL is the state: every assumption lives in the query string as the text a person typed.
//!
//! [`Scenario::from_query`] never fails: unknown parameters are ignored, and a bad value is kept
//! as typed so the page can show it with its error, while the results use the field's default.
//! [`Scenario::to_query`] writes only what differs from the published defaults.

mod embed;
mod form;
mod query;
mod roles;
mod text;

use std::borrow::Cow;

use crate::fields::Field;
pub use crate::fields::{View, EMBED_SECTIONS};
pub use form::{Form, MAX_TEXT};
pub use query::{decode, decode_pairs, encode};
pub use roles::{
    role_input_id, unused_name, RolePart, RoleProblem, RoleText, ALL_STAFF, MAX_ROLES,
    NEW_ROLE_STAFF, SUGGESTED_ROLES,
};
pub use text::value;

/// The published value of a field, as text (see [`Field::default_text`]).
pub fn default_text(field: Field) -> Cow<'static, str> {
    field.default_text()
}

/// The provider fields that are the one role "All staff" until the provider lists its roles
/// (with roles, the link leaves them out).
pub const ROLE_FIELDS: [Field; 3] = [Field::Staff, Field::ProviderTurnover, Field::VacantPosts];

/// Everything the page shows, as the URL says it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Scenario {
    /// The view shown.
    pub view: View,
    /// Whether the page is embedded in a partner's page (compact layout).
    pub embed: bool,
    /// The text of every field.
    pub form: Form,
}

impl Scenario {
    /// Reads a query string (with or without the leading `?`). Never fails.
    pub fn from_query(query: &str) -> Scenario {
        let pairs = decode_pairs(query);
        let view = pairs
            .iter()
            .find(|(k, _)| k == "view")
            .and_then(|(_, v)| View::from_key(v))
            .unwrap_or_default();
        let mut s = Scenario {
            view,
            ..Scenario::default()
        };
        for (k, v) in &pairs {
            if k == "embed" {
                s.embed = v == "1" || v == "true";
            } else if k == "role" && view == View::Provider {
                if s.form.roles().len() < MAX_ROLES {
                    s.form.roles_mut().push(RoleText::from_value(v));
                }
            } else if let Some(field) = view.fields().find(|f| f.key() == k) {
                s.form.set(field, v);
            } else if let Some(&field) = EMBED_SECTIONS.iter().find(|f| f.key() == k) {
                s.form.set(field, v);
            }
        }
        // With roles listed, the one role's fields mean nothing (and the link leaves them out).
        if !s.form.roles().is_empty() {
            for f in ROLE_FIELDS {
                s.form.set(f, &f.default_text());
            }
        }
        if !s.embed {
            for f in EMBED_SECTIONS {
                s.form.set(f, &f.default_text());
            }
        }
        s
    }

    /// Writes the query string (with a leading `?`): the view, then each field of the view
    /// that differs from its published value, then, when embedded, the sections asked for and
    /// `embed=1`.
    pub fn to_query(&self) -> String {
        let mut out = format!("?view={}", self.view.key());
        let roles = self.form.roles();
        for f in self.view.fields() {
            if !roles.is_empty() && ROLE_FIELDS.contains(&f) {
                continue;
            }
            let text = self.form.get(f);
            if text != f.default_text() {
                out.push('&');
                out.push_str(f.key());
                out.push('=');
                out.push_str(&encode(text));
            }
        }
        for role in roles {
            out.push_str("&role=");
            out.push_str(&encode(&role.to_value()));
        }
        if self.embed {
            for f in EMBED_SECTIONS {
                let text = self.form.get(f);
                if text != f.default_text() {
                    out.push_str(&format!("&{}={}", f.key(), encode(text)));
                }
            }
            out.push_str("&embed=1");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_and_reset_keep_the_target() {
        let mut s = Scenario::from_query("?view=provider&staff=9&target=5");
        assert!(!View::Provider
            .preset_fields()
            .any(|f| f == Field::ProviderTarget));
        s.form.reset(View::Provider);
        assert_eq!(s.to_query(), "?view=provider&target=5");
    }
}
