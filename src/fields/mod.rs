//! The field table: every assumption a person can set, in one row each ([`FieldSpec`]): its
//! query key, label, hint, unit, allowed range, published default, whether it may be empty,
//! its slider and the views whose forms show it. The forms, the URL codec, the defaults, the
//! error messages and the README's URL table (checked by `tests/native/readme.rs`) all read it.
//!
//! It sits after the engine: it turns the engine's numeric refusals ([`OutOfLimits`]) into
//! messages that name the field ([`InputError`]), and names what a tornado bar varied
//! ([`varied_label`]). The engine itself knows no labels and no query keys.

mod error;
mod table;
mod view;

use std::borrow::Cow;

use crate::engine::uncertainty::{Piece, Range, Varied};
use crate::engine::{Count, Limits, OutOfLimits, Rate, Share, Year, YearsAhead};

pub use error::{InputError, RangeInputError};
pub use view::{View, EMBED_SECTIONS};

/// The unit a field is measured in; it decides how limits are written in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A percentage (of a group, or per year).
    Percent,
    /// A calendar year.
    Year,
    /// A number of people or posts.
    People,
    /// A number of years.
    Years,
    /// A yes/no switch written as 1 or 0.
    Flag,
    /// A plain whole number (the random seed).
    Number,
}

/// Every assumption a person can change, across all views, in the order forms show them (a
/// view's form shows its fields in this order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The last year of a county projection.
    Horizon,
    /// Adult social care staff turnover, % a year.
    Turnover,
    /// Share of adult social care leavers who stay in the sector, %.
    Stay,
    /// Custom growth in adult social care demand, % a year.
    Demand,
    /// Whether to fill today's adult social care vacancies.
    IncludeVacancies,
    /// Share of adult social care posts vacant today, %.
    VacancyRate,
    /// Whether to add the 2023 adult social care reform posts.
    IncludeReforms,
    /// A later base year the adult projection starts from (optional).
    BaseYear,
    /// The adult social care workforce in post in that base year (optional).
    InPost,
    /// The adult social care posts vacant in that base year (optional).
    VacantThen,
    /// The most new adult social care staff a year the county can recruit (optional).
    AdultTarget,
    /// Qualified social work roles in the council's children's services.
    SocialWorkers,
    /// Other roles in the council's children's services.
    OtherRoles,
    /// Share of qualified social work roles that need filling again each year, %.
    SocialWorkerTurnover,
    /// Share of other children's roles that need filling again each year, %.
    OtherTurnover,
    /// Custom change in the 0-17 population, % a year.
    ChildPopulation,
    /// The most new children's social care staff a year the council can recruit (optional).
    ChildrenTarget,
    /// A provider's staff now.
    Staff,
    /// A provider's staff turnover, % a year.
    ProviderTurnover,
    /// A provider's posts vacant now.
    VacantPosts,
    /// A provider's expected growth in posts, % a year.
    Growth,
    /// The turnover of a provider's people in their first year with it, % a year (optional).
    FirstYearTurnover,
    /// How many years ahead a provider looks.
    Years,
    /// What a provider pays to recruit one person, in pounds (optional: no costs shown).
    RecruitCost,
    /// The most new staff a year a provider can recruit (optional).
    ProviderTarget,
    /// The seed of the random draws behind the uncertainty ranges.
    Seed,
    /// How wide the uncertainty ranges are, % of the documented defaults.
    Spread,
    /// Embedded layout: show the second chart (the workforce required each year).
    ShowTrend,
    /// Embedded layout: show "How certain is this?".
    ShowRanges,
    /// Embedded layout: show the figures behind the results (jobs market, how you compare).
    ShowContext,
    /// Embedded layout: show the sources of the baseline figures.
    ShowSources,
}

/// A field's published value, as the form first shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Published {
    /// Empty: follow the published path, or no target.
    Empty,
    /// A figure as the bundled data writes it ("32.2%"), without its "%".
    Shown(&'static str),
    /// A calendar year from the bundled data.
    Year(u16),
    /// A setting of the calculator's own, not a published figure (a flag off, an example
    /// provider's size, an example to type), written here once.
    Setting(&'static str),
}

impl Published {
    /// The value as a field's text: a figure without its "%".
    pub fn text(self) -> Cow<'static, str> {
        match self {
            Published::Empty => Cow::Borrowed(""),
            Published::Shown(shown) => Cow::Borrowed(shown.trim_end_matches('%')),
            Published::Year(year) => Cow::Owned(year.to_string()),
            Published::Setting(text) => Cow::Borrowed(text),
        }
    }
}

/// A slider bound to the same value as the text input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slider {
    /// The slider's smallest value.
    pub min: f64,
    /// The slider's largest value.
    pub max: f64,
    /// The slider's step.
    pub step: f64,
}

/// One row of the field table: what a field accepts, how it is named and explained, and what
/// it starts at.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    /// The query-string parameter name.
    pub key: &'static str,
    /// The label shown next to the input, sentence case.
    pub label: &'static str,
    /// The hint under the label (what the value means, the baseline and its source), for the
    /// view whose form shows it.
    pub hint: fn(View) -> String,
    /// How the value is measured.
    pub unit: Unit,
    /// The unit written after the input ("%", "% a year", "people").
    pub suffix: &'static str,
    /// The smallest value allowed.
    pub min: f64,
    /// The largest value allowed.
    pub max: f64,
    /// Whether only whole numbers are allowed.
    pub whole: bool,
    /// A valid example, used in messages: a published figure where one fits.
    pub example: Published,
    /// The published value.
    pub default: Published,
    /// Whether the field may be left empty (meaning "follow the published path", or for a
    /// target "no target").
    pub optional: bool,
    /// A slider bound to the same value, if one helps.
    pub slider: Option<Slider>,
    /// The views whose forms show the field (none for the embedded layout's sections).
    pub views: &'static [View],
}

// The columns many rows share: each row of the table starts from one of these.

/// A slider from `min` to `max` in steps of `step`.
const fn slider(min: f64, max: f64, step: f64) -> Option<Slider> {
    Some(Slider { min, max, step })
}

/// The columns most rows share: a required number with no hint, slider or view.
const NUMBER: FieldSpec = FieldSpec {
    key: "",
    label: "",
    hint: |_| String::new(),
    unit: Unit::Number,
    suffix: "",
    min: 0.0,
    max: 0.0,
    whole: false,
    example: Published::Empty,
    default: Published::Empty,
    optional: false,
    slider: None,
    views: &[],
};

/// A percentage from 0% to 100%.
const PERCENT: FieldSpec = FieldSpec {
    unit: Unit::Percent,
    min: Limits::PERCENT.min,
    max: Limits::PERCENT.max,
    ..NUMBER
};

/// A yes/no switch, off by default.
const FLAG: FieldSpec = FieldSpec {
    unit: Unit::Flag,
    max: 1.0,
    whole: true,
    example: Published::Setting("1"),
    default: Published::Setting("0"),
    ..NUMBER
};

/// A view's "What would it take?" field: one per view (each view's need is of its own size),
/// all written to the URL as `target`, empty for no target.
const TARGET: FieldSpec = FieldSpec {
    key: "target",
    label: "Most new staff you can recruit a year",
    unit: Unit::People,
    suffix: "new staff a year",
    max: 1_000_000.0,
    whole: true,
    optional: true,
    ..NUMBER
};

impl Field {
    /// Every field, in the order forms show them.
    pub const ALL: [Field; 31] = [
        Field::Horizon,
        Field::Turnover,
        Field::Stay,
        Field::Demand,
        Field::IncludeVacancies,
        Field::VacancyRate,
        Field::IncludeReforms,
        Field::BaseYear,
        Field::InPost,
        Field::VacantThen,
        Field::AdultTarget,
        Field::SocialWorkers,
        Field::OtherRoles,
        Field::SocialWorkerTurnover,
        Field::OtherTurnover,
        Field::ChildPopulation,
        Field::ChildrenTarget,
        Field::Staff,
        Field::ProviderTurnover,
        Field::VacantPosts,
        Field::Growth,
        Field::FirstYearTurnover,
        Field::Years,
        Field::RecruitCost,
        Field::ProviderTarget,
        Field::Seed,
        Field::Spread,
        Field::ShowTrend,
        Field::ShowRanges,
        Field::ShowContext,
        Field::ShowSources,
    ];

    /// This field's row of the table.
    pub fn spec(self) -> &'static FieldSpec {
        &table::TABLE[self as usize]
    }

    /// The query-string parameter name.
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    /// The label shown to people.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// The hint under the label in `view`'s form.
    pub fn hint(self, view: View) -> String {
        (self.spec().hint)(view)
    }

    /// Whether the field may be left empty.
    pub fn optional(self) -> bool {
        self.spec().optional
    }

    /// The allowed range.
    pub fn limits(self) -> Limits {
        Limits::new(self.spec().min, self.spec().max)
    }

    /// The published value, as text ("" for an optional field left empty).
    pub fn default_text(self) -> Cow<'static, str> {
        self.spec().default.text()
    }

    /// A valid example of what to type, for messages ("2032").
    pub fn example_text(self) -> Cow<'static, str> {
        self.spec().example.text()
    }

    /// The engine's refusal of a value, as this field's error.
    fn refused(self, why: OutOfLimits) -> InputError {
        match why {
            OutOfLimits::NotWhole => InputError::NotWhole { field: self },
            _ => InputError::OutOfRange { field: self },
        }
    }

    /// Checks a number against the field's range and wholeness.
    pub fn check(self, value: f64) -> Result<f64, InputError> {
        let limits = self.limits();
        let checked = if self.spec().whole {
            limits.check_whole(value)
        } else {
            limits.check(value)
        };
        checked.map_err(|why| self.refused(why))
    }

    /// A rate from a percentage typed in this field.
    pub fn rate(self, percent: f64) -> Result<Rate, InputError> {
        Rate::percent(self.limits(), self.check(percent)?).map_err(|why| self.refused(why))
    }

    /// A share from a percentage typed in this field.
    pub fn share(self, percent: f64) -> Result<Share, InputError> {
        Share::percent(self.limits(), self.check(percent)?).map_err(|why| self.refused(why))
    }

    /// A count typed in this field.
    pub fn count(self, value: f64) -> Result<Count, InputError> {
        Count::new(self.limits(), self.check(value)?).map_err(|why| self.refused(why))
    }

    /// A calendar year typed in this field.
    pub fn year(self, value: f64) -> Result<Year, InputError> {
        Year::new(self.limits(), self.check(value)?).map_err(|why| self.refused(why))
    }

    /// A number of years ahead typed in this field.
    pub fn years_ahead(self, value: f64) -> Result<YearsAhead, InputError> {
        YearsAhead::new(self.limits(), self.check(value)?).map_err(|why| self.refused(why))
    }

    /// A range of this field's values (low, central, high), each within what the field allows.
    pub fn range(self, low: f64, central: f64, high: f64) -> Result<Range, RangeInputError> {
        Range::within(self.limits(), low, central, high)
            .map_err(|error| RangeInputError { field: self, error })
    }

    /// The allowed range in words, for hints and messages ("between 0% and 100%").
    pub fn range_text(self) -> String {
        let s = self.spec();
        let (min, max) = (error::plain_number(s.min), error::plain_number(s.max));
        match s.unit {
            Unit::Percent => format!("between {min}% and {max}%"),
            Unit::Year => format!("between {min} and {max}"),
            Unit::People | Unit::Number => format!("between {min} and {max}"),
            Unit::Years => format!("between {min} and {max} years"),
            Unit::Flag => "1 (include) or 0 (leave out)".to_string(),
        }
    }
}

/// The label of a waterfall's step.
pub fn piece_label(piece: Piece) -> &'static str {
    match piece {
        Piece::Demand => Field::Demand.label(),
        Piece::Growth => "Growth in staff",
        Piece::Leavers => "Replacing leavers",
        Piece::Vacancies => "Filling vacancies",
        Piece::ReformPosts => "2023 reform posts",
    }
}

/// The label of what a tornado bar varied: the field's own label where it is one field.
pub fn varied_label(varied: Varied) -> &'static str {
    match varied {
        Varied::SectorLoss => "Staff lost to social care each year",
        Varied::Demand => Field::Demand.label(),
        Varied::ProviderTurnover => Field::ProviderTurnover.label(),
        Varied::ProviderGrowth => Field::Growth.label(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_its_fields_and_every_key_is_unique_within_a_view() {
        for (i, f) in Field::ALL.into_iter().enumerate() {
            assert_eq!(f as usize, i, "Field::ALL is in the enum's order");
            assert!(!f.key().is_empty() && !f.label().is_empty());
        }
        for view in View::ALL {
            let keys: Vec<_> = view.fields().map(Field::key).collect();
            let mut unique = keys.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(keys.len(), unique.len(), "{}", view.key());
        }
    }
}
