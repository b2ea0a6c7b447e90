//! The URL is the state: every assumption lives in the query string as the text a person typed.
//!
//! [`Scenario::from_query`] never fails: unknown parameters are ignored, and a bad value is kept
//! as typed so the page can show it with its error, while the results use the field's default.
//! [`Scenario::to_query`] writes only what differs from the published defaults.

use crate::calibration::{published_adult, published_children};
use crate::data;
use crate::engine::{
    AdultAssumptions, ChildrenAssumptions, Count, Field, InputError, ProviderAssumptions, Rate,
    Share, Unit, Year, YearsAhead,
};

/// A page of the calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Adult social care in the county.
    #[default]
    Adult,
    /// Children's social care in the county council.
    Children,
    /// A care provider's own workforce.
    Provider,
    /// Method, sources, calibration and accessibility.
    About,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 4] = [View::Adult, View::Children, View::Provider, View::About];

    /// The `view` parameter value.
    pub const fn key(self) -> &'static str {
        match self {
            View::Adult => "adult",
            View::Children => "children",
            View::Provider => "provider",
            View::About => "about",
        }
    }

    /// The name in the navigation.
    pub const fn title(self) -> &'static str {
        match self {
            View::Adult => "Adult social care",
            View::Children => "Children's social care",
            View::Provider => "Your organisation",
            View::About => "About the figures",
        }
    }

    /// The view a `view` parameter names, if any.
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    /// The fields this view's form shows, in order.
    pub const fn fields(self) -> &'static [Field] {
        match self {
            View::Adult => &[
                Field::Horizon,
                Field::Turnover,
                Field::Stay,
                Field::Demand,
                Field::IncludeVacancies,
                Field::IncludeReforms,
                Field::AdultTarget,
                Field::Seed,
                Field::Spread,
            ],
            View::Children => &[
                Field::Horizon,
                Field::SocialWorkers,
                Field::OtherRoles,
                Field::SocialWorkerTurnover,
                Field::OtherTurnover,
                Field::ChildPopulation,
                Field::ChildrenTarget,
            ],
            View::Provider => &[
                Field::Staff,
                Field::ProviderTurnover,
                Field::VacantPosts,
                Field::Growth,
                Field::Years,
                Field::ProviderTarget,
                Field::Seed,
                Field::Spread,
            ],
            View::About => &[],
        }
    }

    /// The fields a preset sets and "Reset to published" puts back: all the view's fields but its
    /// target, which is not an assumption (it is kept, to ask the same question of another
    /// scenario).
    pub fn preset_fields(self) -> impl Iterator<Item = Field> {
        self.fields()
            .iter()
            .copied()
            .filter(move |&f| Some(f) != self.target_field())
    }

    /// The view's "What would it take?" field, if it has one.
    pub const fn target_field(self) -> Option<Field> {
        match self {
            View::Adult => Some(Field::AdultTarget),
            View::Children => Some(Field::ChildrenTarget),
            View::Provider => Some(Field::ProviderTarget),
            View::About => None,
        }
    }
}

/// The sections a partner can add to the compact embedded layout, each a flag (`1` shows it).
/// They are read and written only with `embed=1`, in every view.
pub const EMBED_SECTIONS: [Field; 4] = [
    Field::ShowTrend,
    Field::ShowRanges,
    Field::ShowContext,
    Field::ShowSources,
];

/// Whether a field may be left empty (meaning "follow the published path", or for a target
/// "no target").
pub const fn optional(field: Field) -> bool {
    matches!(
        field,
        Field::Demand
            | Field::ChildPopulation
            | Field::AdultTarget
            | Field::ChildrenTarget
            | Field::ProviderTarget
    )
}

/// The published value of a field, as text.
pub fn default_text(field: Field) -> &'static str {
    match field {
        Field::Horizon => "2032",
        Field::Turnover | Field::ProviderTurnover => "32.2",
        Field::Stay => data::ADULT_STAY_ASSUMED.shown.trim_end_matches('%'),
        Field::Demand | Field::ChildPopulation => "",
        Field::AdultTarget | Field::ChildrenTarget | Field::ProviderTarget => "",
        Field::IncludeVacancies | Field::IncludeReforms => "0",
        Field::SocialWorkers => "402",
        Field::OtherRoles => "386",
        Field::SocialWorkerTurnover => data::SOCIAL_WORK_RATE.shown.trim_end_matches('%'),
        Field::OtherTurnover => data::OTHER_ROLES_RATE.shown.trim_end_matches('%'),
        Field::Staff => "40",
        Field::VacantPosts => "4",
        Field::Growth => "2",
        Field::Years => "5",
        Field::ShowTrend | Field::ShowRanges | Field::ShowContext | Field::ShowSources => "0",
        Field::Seed => "1",
        Field::Spread => "100",
    }
}

/// The longest text kept for a field; longer input is cut (it could never be a valid number).
pub const MAX_TEXT: usize = 40;

/// The text of every field, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    text: [String; Field::ALL.len()],
}

impl Default for Form {
    fn default() -> Self {
        Form {
            text: Field::ALL.map(|f| default_text(f).to_string()),
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
            self.set(f, default_text(f));
        }
    }

    /// The errors in a view's fields, in form order.
    pub fn errors(&self, view: View) -> Vec<InputError> {
        view.fields()
            .iter()
            .filter_map(|&f| value(f, self.get(f)).err())
            .collect()
    }

    /// The value of a field, or its published default if what was typed is not valid.
    fn value_or_default(&self, field: Field) -> Option<f64> {
        value(field, self.get(field))
            .unwrap_or_else(|_| value(field, default_text(field)).unwrap_or(None))
    }

    /// A number field's value (or default), for fields that are never optional.
    fn number(&self, field: Field) -> f64 {
        self.value_or_default(field).unwrap_or(field.spec().min)
    }

    /// The adult assumptions, with any invalid field at its default.
    pub fn adult(&self) -> AdultAssumptions {
        let d = published_adult();
        AdultAssumptions {
            horizon: Year::new(Field::Horizon, self.number(Field::Horizon)).unwrap_or(d.horizon),
            turnover: Rate::percent(Field::Turnover, self.number(Field::Turnover))
                .unwrap_or(d.turnover),
            stay: Share::percent(Field::Stay, self.number(Field::Stay)).unwrap_or(d.stay),
            demand: self
                .value_or_default(Field::Demand)
                .and_then(|v| Rate::percent(Field::Demand, v).ok()),
            fill_vacancies: self.number(Field::IncludeVacancies) == 1.0,
            add_reforms: self.number(Field::IncludeReforms) == 1.0,
        }
    }

    /// The children's assumptions, with any invalid field at its default.
    pub fn children(&self) -> ChildrenAssumptions {
        let d = published_children();
        let count = |f: Field, fallback: Count| Count::new(f, self.number(f)).unwrap_or(fallback);
        let rate = |f: Field, fallback: Rate| Rate::percent(f, self.number(f)).unwrap_or(fallback);
        ChildrenAssumptions {
            horizon: Year::new(Field::Horizon, self.number(Field::Horizon)).unwrap_or(d.horizon),
            social_workers: count(Field::SocialWorkers, d.social_workers),
            other_roles: count(Field::OtherRoles, d.other_roles),
            social_worker_rate: rate(Field::SocialWorkerTurnover, d.social_worker_rate),
            other_rate: rate(Field::OtherTurnover, d.other_rate),
            population: self
                .value_or_default(Field::ChildPopulation)
                .and_then(|v| Rate::percent(Field::ChildPopulation, v).ok()),
        }
    }

    /// The seed of the uncertainty draws, or its default.
    pub fn seed(&self) -> u64 {
        self.number(Field::Seed) as u64
    }

    /// The most new staff a year `view` can recruit, if a valid target is set (empty = none).
    pub fn target(&self, view: View) -> Option<Count> {
        let field = view.target_field()?;
        let v = value(field, self.get(field)).ok()??;
        Count::new(field, v).ok()
    }

    /// How wide the uncertainty ranges are, as a factor of the defaults (1.0 = as documented).
    pub fn spread(&self) -> f64 {
        self.number(Field::Spread) / 100.0
    }

    /// The provider assumptions, with any invalid field at its default.
    pub fn provider(&self) -> ProviderAssumptions {
        let count = |f: Field| Count::new(f, self.number(f)).unwrap_or_default();
        let rate = |f: Field| Rate::percent(f, self.number(f)).unwrap_or_default();
        ProviderAssumptions {
            staff: count(Field::Staff),
            turnover: rate(Field::ProviderTurnover),
            vacant_posts: count(Field::VacantPosts),
            growth: rate(Field::Growth),
            years: YearsAhead::new(Field::Years, self.number(Field::Years)).unwrap_or_else(|_| {
                YearsAhead::new(Field::Years, 5.0).expect("5 years is allowed")
            }),
        }
    }
}

/// Reads a field's text: `Ok(None)` for an empty optional field, `Ok(Some(v))` for a valid value.
///
/// Accepts what people type: spaces, thousands commas ("1,200"), a trailing "%" on percentages,
/// a leading "+" or "-", and a Unicode minus sign. Rejects letters, "inf" and "NaN".
pub fn value(field: Field, text: &str) -> Result<Option<f64>, InputError> {
    let spec = field.spec();
    let mut t: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    if t.contains(',') {
        if !commas_group_thousands(&t) {
            return Err(InputError::NotANumber { field });
        }
        t.retain(|c| c != ',');
    }
    if spec.unit == Unit::Percent {
        if let Some(stripped) = t.strip_suffix('%') {
            t = stripped.to_string();
        }
    }
    if t.is_empty() {
        return if optional(field) {
            Ok(None)
        } else {
            Err(InputError::Missing { field })
        };
    }
    if spec.unit == Unit::Flag {
        return match t.as_str() {
            "1" => Ok(Some(1.0)),
            "0" => Ok(Some(0.0)),
            _ => Err(InputError::OutOfRange { field }),
        };
    }
    if !is_decimal(&t) {
        return Err(InputError::NotANumber { field });
    }
    let v: f64 = t.parse().map_err(|_| InputError::NotANumber { field })?;
    field.check(v).map(Some)
}

/// Whether every comma separates thousands ("1,200" and "12,000.5", not "12,5" or "1,20").
fn commas_group_thousands(t: &str) -> bool {
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (whole, rest) = body.split_at(body.find(['.', 'e', 'E']).unwrap_or(body.len()));
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or("");
    !rest.contains(',') && (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// A plain decimal number: optional sign, digits with at most one point, optional exponent.
fn is_decimal(t: &str) -> bool {
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let digits = mantissa.chars().filter(char::is_ascii_digit).count();
    let points = mantissa.chars().filter(|&c| c == '.').count();
    let mantissa_ok = digits > 0 && points <= 1 && digits + points == mantissa.len();
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && e.chars().all(|c| c.is_ascii_digit())
    });
    mantissa_ok && exponent_ok
}

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
            } else if let Some(&field) = view.fields().iter().find(|f| f.key() == k) {
                s.form.set(field, v);
            } else if let Some(&field) = EMBED_SECTIONS.iter().find(|f| f.key() == k) {
                s.form.set(field, v);
            }
        }
        if !s.embed {
            for f in EMBED_SECTIONS {
                s.form.set(f, default_text(f));
            }
        }
        s
    }

    /// Writes the query string (with a leading `?`): the view, then each field of the view
    /// that differs from its published value, then, when embedded, the sections asked for and
    /// `embed=1`.
    pub fn to_query(&self) -> String {
        let mut out = format!("?view={}", self.view.key());
        for &f in self.view.fields() {
            let text = self.form.get(f);
            if text != default_text(f) {
                out.push('&');
                out.push_str(f.key());
                out.push('=');
                out.push_str(&encode(text));
            }
        }
        if self.embed {
            for f in EMBED_SECTIONS {
                let text = self.form.get(f);
                if text != default_text(f) {
                    out.push_str(&format!("&{}={}", f.key(), encode(text)));
                }
            }
            out.push_str("&embed=1");
        }
        out
    }
}

/// Splits a query string into decoded `(key, value)` pairs.
pub fn decode_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Decodes `application/x-www-form-urlencoded` text; a broken `%` escape is kept as typed.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && hex(bytes[i + 1]).is_some()
                && hex(bytes[i + 2]).is_some() =>
            {
                out.push(hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Encodes text for a query-string value: unreserved characters stay, everything else is `%XX`.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_handles_plus_escapes_and_broken_escapes() {
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%E2%88%92"), "\u{2212}");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn presets_and_reset_keep_the_target() {
        let mut s = Scenario::from_query("?view=provider&staff=9&target=5");
        assert!(!View::Provider
            .preset_fields()
            .any(|f| f == Field::ProviderTarget));
        s.form.reset(View::Provider);
        assert_eq!(s.to_query(), "?view=provider&target=5");
    }

    #[test]
    fn encode_then_decode_is_identity() {
        for s in ["32.2", "a b&c=d", "£9.46", "-1e999", "%"] {
            assert_eq!(decode(&encode(s)), s);
        }
    }
}

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
mod embed_tests {
    use super::*;

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
