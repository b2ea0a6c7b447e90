//! A provider's roles as typed: each role's name, staff now, turnover and vacant posts
//! ([`RoleText`]), and their URL encoding: one `role` parameter per role,
//! `role=Care%20workers~30~36.1~3` (name, staff, turnover %, vacant posts, joined by `~`; a `~`
//! `%` or `+` inside a part is written `%7E`, `%25` or `%2B` before the value is percent-encoded). Without
//! any `role` parameter the provider has one role, "All staff", whose figures are the `staff`,
//! `turnover` and `vacancies` parameters, so every older link means what it meant.

use std::fmt;

use super::query::decode;
use super::{value, MAX_TEXT};
use crate::fields::Field;

/// The most roles a provider can list (more `role` parameters are ignored).
pub const MAX_ROLES: usize = 12;

/// The name of the one role a provider has until it lists its own.
pub const ALL_STAFF: &str = "All staff";

/// The roles offered when adding one (a provider can rename each).
pub const SUGGESTED_ROLES: [&str; 5] = [
    "Care workers",
    "Senior care workers",
    "Registered nurses",
    "Registered managers",
    "Other staff",
];

/// The staff a newly added role starts with, to be typed over (a setting, not a figure).
pub const NEW_ROLE_STAFF: &str = "10";

/// The parts of a role a person types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RolePart {
    /// What the provider calls the role.
    Name,
    /// Staff in the role now.
    Staff,
    /// The role's turnover, % a year.
    Turnover,
    /// The role's posts vacant now.
    Vacancies,
}

impl RolePart {
    /// Every part, in the order the URL and the form give them.
    pub const ALL: [RolePart; 4] = [
        RolePart::Name,
        RolePart::Staff,
        RolePart::Turnover,
        RolePart::Vacancies,
    ];

    /// The field whose rules a number part follows (its range, wholeness and messages).
    pub fn field(self) -> Option<Field> {
        match self {
            RolePart::Name => None,
            RolePart::Staff => Some(Field::Staff),
            RolePart::Turnover => Some(Field::ProviderTurnover),
            RolePart::Vacancies => Some(Field::VacantPosts),
        }
    }

    /// The part's label after the role's name ("Care workers: staff now").
    pub fn label(self) -> &'static str {
        match self {
            RolePart::Name => "name of the role",
            RolePart::Staff => "staff now",
            RolePart::Turnover => "turnover",
            RolePart::Vacancies => "posts vacant now",
        }
    }

    /// The part's key in input ids.
    pub fn key(self) -> &'static str {
        match self {
            RolePart::Name => "name",
            RolePart::Staff => "staff",
            RolePart::Turnover => "turnover",
            RolePart::Vacancies => "vacancies",
        }
    }
}

/// One role as typed (or as its link gave it).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RoleText {
    parts: [String; 4],
    /// The `role` parameter as the link gave it, when it was not four parts: kept, and written
    /// back as it was, until the role is edited.
    malformed: Option<String>,
}

/// The `id` of a role part's input (roles counted from 1).
pub fn role_input_id(role: usize, part: RolePart) -> String {
    format!("role-{}-{}", role + 1, part.key())
}

/// Escapes the separator and the escape character inside a part.
fn escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('~', "%7E")
        .replace('+', "%2B")
}

impl RoleText {
    /// A role with these texts.
    pub fn new(name: &str, staff: &str, turnover: &str, vacancies: &str) -> RoleText {
        let mut r = RoleText::default();
        for (part, text) in RolePart::ALL
            .into_iter()
            .zip([name, staff, turnover, vacancies])
        {
            r.set(part, text);
        }
        r
    }

    /// A role read from a `role` parameter's (decoded) value: four parts joined by `~`. Any
    /// other number of parts is kept as well as it reads, marked malformed.
    pub fn from_value(v: &str) -> RoleText {
        let pieces: Vec<String> = v.split('~').map(decode).collect();
        let get = |i: usize| pieces.get(i).map_or("", String::as_str);
        RoleText {
            malformed: (pieces.len() != 4).then(|| v.to_string()),
            ..RoleText::new(get(0), get(1), get(2), get(3))
        }
    }

    /// The `role` parameter's value (before percent-encoding).
    pub fn to_value(&self) -> String {
        if let Some(raw) = &self.malformed {
            return raw.clone();
        }
        self.parts
            .iter()
            .map(|p| escape(p))
            .collect::<Vec<_>>()
            .join("~")
    }

    /// The text of a part.
    pub fn get(&self, part: RolePart) -> &str {
        &self.parts[part as usize]
    }

    /// Sets the text of a part (cut to [`MAX_TEXT`] characters); an edited role is well formed.
    pub fn set(&mut self, part: RolePart, text: &str) {
        self.parts[part as usize] = text.chars().take(MAX_TEXT).collect();
        self.malformed = None;
    }

    /// The name as shown: the typed name, or "Role N" while it is empty (`index` from 0).
    pub fn shown_name(&self, index: usize) -> String {
        let name = self.get(RolePart::Name).trim();
        if name.is_empty() {
            format!("Role {}", index + 1)
        } else {
            name.to_string()
        }
    }

    /// A number part's value, or its field's published default if the text is not valid.
    pub fn number(&self, part: RolePart) -> f64 {
        let Some(field) = part.field() else {
            return 0.0;
        };
        value(field, self.get(part))
            .ok()
            .flatten()
            .or_else(|| value(field, &field.default_text()).ok().flatten())
            .unwrap_or(field.spec().min)
    }
}

/// `name`, or, if a role already has it, `name` with the first number from 2 that makes it new
/// ("Care workers 2"), so an added role never repeats a name.
pub fn unused_name(roles: &[RoleText], name: &str) -> String {
    let taken = |n: &str| roles.iter().any(|r| r.get(RolePart::Name).trim() == n);
    if !taken(name) {
        return name.to_string();
    }
    (2..)
        .map(|k| format!("{name} {k}"))
        .find(|n| !taken(n))
        .unwrap_or_default()
}

/// What is wrong with a role, as a message beside the part and in the error summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleProblem {
    /// The role, counted from 0.
    pub role: usize,
    /// The part in error.
    pub part: RolePart,
    /// The message, naming the role ("Care workers: staff you employ now must be …").
    pub message: String,
}

impl RoleProblem {
    /// The `id` of the input in error.
    pub fn input_id(&self) -> String {
        role_input_id(self.role, self.part)
    }
}

impl fmt::Display for RoleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The problems of every role, in order: a malformed entry, an empty or repeated name, then
/// each number part's own error.
pub fn role_problems(roles: &[RoleText]) -> Vec<RoleProblem> {
    let mut out = Vec::new();
    for (i, role) in roles.iter().enumerate() {
        let name = role.shown_name(i);
        let problem = |part, message| RoleProblem {
            role: i,
            part,
            message,
        };
        if let Some(raw) = &role.malformed {
            out.push(problem(
                RolePart::Name,
                format!("{name}: the link gives this role as \u{201c}{raw}\u{201d}; a role must be four parts, name~staff~turnover~vacant posts. Check its figures below"),
            ));
        }
        if role.get(RolePart::Name).trim().is_empty() {
            out.push(problem(
                RolePart::Name,
                format!(
                    "{name}: enter a name for the role, like {}",
                    SUGGESTED_ROLES[0]
                ),
            ));
        } else if roles[..i]
            .iter()
            .any(|r| r.get(RolePart::Name).trim() == name)
        {
            out.push(problem(
                RolePart::Name,
                format!("{name}: another role has this name; give each role its own name"),
            ));
        }
        for part in [RolePart::Staff, RolePart::Turnover, RolePart::Vacancies] {
            if let Some(field) = part.field() {
                if let Err(e) = value(field, role.get(part)) {
                    out.push(problem(
                        part,
                        format!("{name}: {}", lower_first(&e.to_string())),
                    ));
                }
            }
        }
    }
    out
}

/// The text with a lower-case first letter (messages start with a field's label).
fn lower_first(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_round_trips_through_its_value_even_with_the_separator_in_its_name() {
        for r in [
            RoleText::new("Care workers", "30", "36.1", "3"),
            RoleText::new("A~b %7E 50% +1", "+1,200", "", "x"),
            RoleText::new("", "", "", ""),
        ] {
            assert_eq!(RoleText::from_value(&r.to_value()), r);
        }
        assert_eq!(
            RoleText::new("Care workers", "30", "36.1", "3").to_value(),
            "Care workers~30~36.1~3"
        );
    }

    #[test]
    fn an_added_role_never_repeats_a_name() {
        let roles = [
            RoleText::new("Care workers", "1", "1", "1"),
            RoleText::new("Care workers 2", "1", "1", "1"),
        ];
        assert_eq!(unused_name(&roles, "Care workers"), "Care workers 3");
        assert_eq!(unused_name(&roles, "Other staff"), "Other staff");
    }

    #[test]
    fn a_malformed_or_bad_role_gets_messages_naming_it() {
        let roles = [
            RoleText::from_value("Nurses~5"),
            RoleText::new("", "0", "20", "1"),
            RoleText::new("Nurses", "5", "200", "1"),
        ];
        let got: Vec<(usize, RolePart, String)> = role_problems(&roles)
            .into_iter()
            .map(|p| (p.role, p.part, p.message))
            .collect();
        assert_eq!(got[0].0, 0);
        assert!(got[0]
            .2
            .starts_with("Nurses: the link gives this role as \u{201c}Nurses~5\u{201d}"));
        assert_eq!(got[1].1, RolePart::Turnover);
        assert_eq!(
            got[1].2,
            "Nurses: enter a value for your staff turnover, like 32.2"
        );
        assert_eq!(got[2].1, RolePart::Vacancies);
        assert_eq!(
            got[3].2,
            "Role 2: enter a name for the role, like Care workers"
        );
        assert_eq!(got[4].1, RolePart::Staff);
        assert!(got[4]
            .2
            .starts_with("Role 2: staff you employ now must be between 1 and"));
        assert_eq!(
            got[5].2,
            "Nurses: another role has this name; give each role its own name"
        );
        assert_eq!(
            got[6].2,
            "Nurses: your staff turnover must be between 0% and 100%"
        );
        assert_eq!(got.len(), 7);
    }
}
