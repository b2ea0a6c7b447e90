//! The fields a person can set, their allowed ranges, and the errors a bad value produces.
//!
//! Every message names the field and says what is allowed, in the GOV.UK style
//! ("Staff turnover must be between 0% and 100%"), so the page can show it as is.

use std::fmt;

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

/// Every assumption a person can change, across all views.
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
    /// Whether to add the 2023 adult social care reform posts.
    IncludeReforms,
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
    /// A provider's staff now.
    Staff,
    /// A provider's staff turnover, % a year.
    ProviderTurnover,
    /// A provider's posts vacant now.
    VacantPosts,
    /// A provider's expected growth in posts, % a year.
    Growth,
    /// How many years ahead a provider looks.
    Years,
    /// Embedded layout: show the second chart (the workforce required each year).
    ShowTrend,
    /// Embedded layout: show "How certain is this?".
    ShowRanges,
    /// Embedded layout: show the figures behind the results (jobs market, how you compare).
    ShowContext,
    /// Embedded layout: show the sources of the baseline figures.
    ShowSources,
    /// The seed of the random draws behind the uncertainty ranges.
    Seed,
    /// How wide the uncertainty ranges are, % of the documented defaults.
    Spread,
    /// The most new adult social care staff a year the county can recruit (optional).
    AdultTarget,
    /// The most new children's social care staff a year the council can recruit (optional).
    ChildrenTarget,
    /// The most new staff a year a provider can recruit (optional).
    ProviderTarget,
}

/// What a field accepts, and how it is named to people.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    /// The query-string parameter name.
    pub key: &'static str,
    /// The label shown next to the input, sentence case.
    pub label: &'static str,
    /// How the value is measured.
    pub unit: Unit,
    /// The smallest value allowed.
    pub min: f64,
    /// The largest value allowed.
    pub max: f64,
    /// Whether only whole numbers are allowed.
    pub whole: bool,
    /// A valid example, used in messages.
    pub example: &'static str,
}

const fn spec(
    key: &'static str,
    label: &'static str,
    unit: Unit,
    min: f64,
    max: f64,
    whole: bool,
    example: &'static str,
) -> FieldSpec {
    FieldSpec {
        key,
        label,
        unit,
        min,
        max,
        whole,
        example,
    }
}

/// The "What would it take?" field of a view: one per view (each view's need is of its own
/// size), all written to the URL as `target`.
const fn target_spec(example: &'static str) -> FieldSpec {
    spec(
        "target",
        "Most new staff you can recruit a year",
        Unit::People,
        0.0,
        1_000_000.0,
        true,
        example,
    )
}

impl Field {
    /// Every field, in the order forms show them.
    pub const ALL: [Field; 25] = [
        Field::Horizon,
        Field::Turnover,
        Field::Stay,
        Field::Demand,
        Field::IncludeVacancies,
        Field::IncludeReforms,
        Field::SocialWorkers,
        Field::OtherRoles,
        Field::SocialWorkerTurnover,
        Field::OtherTurnover,
        Field::ChildPopulation,
        Field::Staff,
        Field::ProviderTurnover,
        Field::VacantPosts,
        Field::Growth,
        Field::Years,
        Field::ShowTrend,
        Field::ShowRanges,
        Field::ShowContext,
        Field::ShowSources,
        Field::Seed,
        Field::Spread,
        Field::AdultTarget,
        Field::ChildrenTarget,
        Field::ProviderTarget,
    ];

    /// What this field accepts and how it is named.
    pub const fn spec(self) -> FieldSpec {
        use Unit::*;
        match self {
            Field::Horizon => spec("horizon", "Target year", Year, 2023.0, 2040.0, true, "2032"),
            Field::Turnover => spec(
                "turnover",
                "Staff turnover",
                Percent,
                0.0,
                100.0,
                false,
                "32.2",
            ),
            Field::Stay => spec(
                "stay",
                "Leavers who stay in social care",
                Percent,
                0.0,
                100.0,
                false,
                "59",
            ),
            Field::Demand => spec(
                "demand",
                "Growth in demand",
                Percent,
                -10.0,
                20.0,
                false,
                "2.5",
            ),
            Field::IncludeVacancies => spec(
                "vacancies",
                "Fill today's vacancies",
                Flag,
                0.0,
                1.0,
                true,
                "1",
            ),
            Field::IncludeReforms => spec(
                "reforms",
                "Add the 2023 reform posts",
                Flag,
                0.0,
                1.0,
                true,
                "1",
            ),
            Field::SocialWorkers => spec(
                "sw",
                "Qualified social work roles",
                People,
                0.0,
                100_000.0,
                true,
                "402",
            ),
            Field::OtherRoles => spec("other", "Other roles", People, 0.0, 100_000.0, true, "386"),
            Field::SocialWorkerTurnover => spec(
                "swrate",
                "Social work roles to refill each year",
                Percent,
                0.0,
                100.0,
                false,
                "13.67",
            ),
            Field::OtherTurnover => spec(
                "otherrate",
                "Other roles to refill each year",
                Percent,
                0.0,
                100.0,
                false,
                "10.62",
            ),
            Field::ChildPopulation => spec(
                "children",
                "Change in the 0-17 population",
                Percent,
                -10.0,
                10.0,
                false,
                "-0.2",
            ),
            Field::Staff => spec(
                "staff",
                "Staff you employ now",
                People,
                1.0,
                1_000_000.0,
                false,
                "40",
            ),
            Field::ProviderTurnover => spec(
                "turnover",
                "Your staff turnover",
                Percent,
                0.0,
                100.0,
                false,
                "32.2",
            ),
            Field::VacantPosts => spec(
                "vacancies",
                "Posts vacant now",
                People,
                0.0,
                1_000_000.0,
                false,
                "3",
            ),
            Field::Growth => spec(
                "growth",
                "Expected growth",
                Percent,
                -20.0,
                50.0,
                false,
                "2",
            ),
            Field::Years => spec("years", "Years ahead", Years, 1.0, 20.0, true, "5"),
            Field::ShowTrend => spec("trend", "The workforce chart", Flag, 0.0, 1.0, true, "1"),
            Field::ShowRanges => spec("ranges", "How certain is this?", Flag, 0.0, 1.0, true, "1"),
            Field::ShowContext => spec(
                "context",
                "The figures behind the results",
                Flag,
                0.0,
                1.0,
                true,
                "1",
            ),
            Field::ShowSources => spec("sources", "Sources", Flag, 0.0, 1.0, true, "1"),
            Field::Seed => spec(
                "seed",
                "Random seed",
                Number,
                0.0,
                4_294_967_295.0,
                true,
                "1",
            ),
            Field::Spread => spec(
                "spread",
                "Width of the ranges",
                Percent,
                0.0,
                300.0,
                false,
                "100",
            ),
            Field::AdultTarget => target_spec("3000"),
            Field::ChildrenTarget => target_spec("60"),
            Field::ProviderTarget => target_spec("10"),
        }
    }

    /// The query-string parameter name.
    pub const fn key(self) -> &'static str {
        self.spec().key
    }

    /// The label shown to people.
    pub const fn label(self) -> &'static str {
        self.spec().label
    }

    /// Checks a number against the field's range and wholeness.
    pub fn check(self, value: f64) -> Result<f64, InputError> {
        let s = self.spec();
        if !value.is_finite() || value < s.min || value > s.max {
            Err(InputError::OutOfRange { field: self })
        } else if s.whole && value.fract() != 0.0 {
            Err(InputError::NotWhole { field: self })
        } else {
            Ok(value)
        }
    }

    /// The allowed range in words, for hints and messages ("between 0% and 100%").
    pub fn range_text(self) -> String {
        let s = self.spec();
        let (min, max) = (plain_number(s.min), plain_number(s.max));
        match s.unit {
            Unit::Percent => format!("between {min}% and {max}%"),
            Unit::Year => format!("between {min} and {max}"),
            Unit::People | Unit::Number => format!("between {min} and {max}"),
            Unit::Years => format!("between {min} and {max} years"),
            Unit::Flag => "1 (include) or 0 (leave out)".to_string(),
        }
    }
}

/// Writes a limit as people read it: no trailing ".0", thousands separated.
fn plain_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() >= 10_000.0 {
        let digits = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{v}")
    }
}

/// Why a value could not be used. `Display` gives a message a person can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was entered.
    Missing { field: Field },
    /// The text is not a number.
    NotANumber { field: Field },
    /// A whole number was needed.
    NotWhole { field: Field },
    /// The number is outside the allowed range (or is too large to hold).
    OutOfRange { field: Field },
}

impl InputError {
    /// The field the error belongs to.
    pub const fn field(self) -> Field {
        match self {
            InputError::Missing { field }
            | InputError::NotANumber { field }
            | InputError::NotWhole { field }
            | InputError::OutOfRange { field } => field,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field();
        let s = field.spec();
        match (self, s.unit) {
            (_, Unit::Flag) => write!(f, "{} must be {}", s.label, field.range_text()),
            (InputError::Missing { .. }, _) => {
                write!(
                    f,
                    "Enter a value for {}, like {}",
                    lower_first(s.label),
                    s.example
                )
            }
            (InputError::NotANumber { .. }, _) => {
                write!(f, "{} must be a number, like {}", s.label, s.example)
            }
            (InputError::NotWhole { .. }, _) => {
                write!(f, "{} must be a whole number, like {}", s.label, s.example)
            }
            (InputError::OutOfRange { .. }, _) => {
                write!(f, "{} must be {}", s.label, field.range_text())
            }
        }
    }
}

impl std::error::Error for InputError {}

fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
