//! The text of every field as typed ([`Form`]), and its values, with any invalid field at its
//! published default (each view reads its assumptions from these: `report::adult::assumptions`).

use super::roles::{role_problems, RoleProblem, RoleText};
use super::{value, View};
use crate::engine::Count;
use crate::fields::{Field, InputError};

/// The longest text kept for a field; longer input is cut (it could never be a valid number).
pub const MAX_TEXT: usize = 40;

/// The text of every field, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    text: [String; Field::ALL.len()],
    /// A provider's own roles; empty: one role, "All staff", whose figures are the `Staff`,
    /// `ProviderTurnover` and `VacantPosts` fields.
    roles: Vec<RoleText>,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            text: Field::ALL.map(|f| f.default_text().into_owned()),
            roles: Vec::new(),
        }
    }
}

impl Form {
    /// The text of a field.
    pub fn get(&self, field: Field) -> &str {
        &self.text[field as usize]
    }

    /// Sets the text of a field (cut to [`MAX_TEXT`] characters).
    pub fn set(&mut self, field: Field, text: &str) {
        self.text[field as usize] = text.chars().take(MAX_TEXT).collect();
    }

    /// Puts a view's assumptions back to the published values (keeping its target).
    pub fn reset(&mut self, view: View) {
        for f in view.preset_fields() {
            self.set(f, &f.default_text());
        }
        if view == View::Provider {
            self.roles.clear();
        }
    }

    /// A provider's own roles (empty: the one role "All staff" of the provider fields).
    pub fn roles(&self) -> &[RoleText] {
        &self.roles
    }

    /// The provider's roles, to change.
    pub fn roles_mut(&mut self) -> &mut Vec<RoleText> {
        &mut self.roles
    }

    /// The problems of the provider's roles (none in other views).
    pub fn role_problems(&self, view: View) -> Vec<RoleProblem> {
        if view == View::Provider {
            role_problems(&self.roles)
        } else {
            Vec::new()
        }
    }

    /// Whether any field or role of the view is in error (the results then keep the last
    /// valid figures).
    pub fn has_errors(&self, view: View) -> bool {
        !self.errors(view).is_empty() || !self.role_problems(view).is_empty()
    }

    /// Every problem of the view as the error summary lists it: the input's `id` and the
    /// message, in form order (the roles where the staff field would be).
    pub fn problems(&self, view: View) -> Vec<(String, String)> {
        let field = |e: InputError| (format!("field-{}", e.field().key()), e.to_string());
        let mut out: Vec<_> = Vec::new();
        let mut roles = self
            .role_problems(view)
            .into_iter()
            .map(|p| (p.input_id(), p.message));
        for e in self.errors(view) {
            if e.field() == Field::Growth {
                out.extend(roles.by_ref());
            }
            out.push(field(e));
        }
        out.extend(roles);
        out
    }

    /// The errors in a view's fields, in form order.
    pub fn errors(&self, view: View) -> Vec<InputError> {
        view.fields().filter_map(|f| self.error(view, f)).collect()
    }

    /// The error of one field of a view's form: its own value's, or else one it makes with
    /// another field.
    pub fn error(&self, view: View, field: Field) -> Option<InputError> {
        value(field, self.get(field))
            .err()
            .or_else(|| self.later_base_error(view, field))
    }

    /// The errors of the later base's fields together: a year to start from needs the
    /// workforce in post that year (and they need it), and must be before the target year.
    fn later_base_error(&self, view: View, field: Field) -> Option<InputError> {
        let later = [Field::BaseYear, Field::InPost, Field::VacantThen];
        if !later.contains(&field) || !view.fields().any(|f| f == Field::BaseYear) {
            return None;
        }
        let set = |f: Field| value(f, self.get(f)).ok().flatten();
        let base = set(Field::BaseYear);
        let figures = set(Field::InPost).is_some() || set(Field::VacantThen).is_some();
        match field {
            Field::BaseYear if base.is_none() && figures => Some(InputError::Missing { field }),
            Field::BaseYear => {
                let horizon = set(Field::Horizon)?;
                (base? >= horizon).then_some(InputError::NotBeforeTarget { field })
            }
            Field::InPost if base.is_some() && set(Field::InPost).is_none() => {
                Some(InputError::Missing { field })
            }
            _ => None,
        }
    }

    /// The value of a field, or its published default if what was typed is not valid (`None`
    /// for an optional field left empty).
    pub fn value_or_default(&self, field: Field) -> Option<f64> {
        value(field, self.get(field))
            .unwrap_or_else(|_| value(field, &field.default_text()).unwrap_or(None))
    }

    /// A number field's value (or default), for fields that are never optional.
    pub fn number(&self, field: Field) -> f64 {
        self.value_or_default(field).unwrap_or(field.spec().min)
    }

    /// The seed of the uncertainty draws, or its default.
    pub fn seed(&self) -> u64 {
        self.number(Field::Seed) as u64
    }

    /// The most new staff a year `view` can recruit, if a valid target is set (empty = none).
    pub fn target(&self, view: View) -> Option<Count> {
        let field = view.target_field()?;
        let v = value(field, self.get(field)).ok()??;
        field.count(v).ok()
    }

    /// How wide the uncertainty ranges are, as a factor of the defaults (1.0 = as documented).
    pub fn spread(&self) -> f64 {
        self.number(Field::Spread) / 100.0
    }
}
