//! One model shape: what a calculator view shows, as plain data, for any model.
//!
//! Each model (adult, children's, provider) implements [`Model`] once, with only what differs
//! between views: how it reads its assumptions from the form, one pure function from them to
//! everything the view shows ([`Model::sheet`]: the typed results table, headline, chart parts,
//! titles and context) and one to the working behind the headline (folded, so worked out only
//! when shown), how it answers a target, its presets, sources and form fields, and, if it has
//! one, its uncertainty section ([`Uncertainty`]). The page keeps one memo of the sheet (and
//! memos selecting its parts, so an edit rewrites only what changed); the tests call the same
//! functions.
//!
//! It sits after the report and before the components: it has no web crate in it. The one place
//! a view is matched to its model is [`with_model`].

pub mod adult;
pub mod children;
pub mod provider;

use crate::data::Figure;
use crate::engine::uncertainty::{Bar, Fan, Step};
use crate::engine::Count;
use crate::fields::{Field, Unit, EMBED_SECTIONS};
use crate::report::{Grid, Part, Recap, Row, Table, Working};
use crate::scenario::{Form, Scenario, View};
use crate::target::Answer;

pub use adult::AdultModel;
pub use children::ChildrenModel;
pub use provider::{Comparison, ProviderModel};

/// A calculator model: how one view turns the form into what it shows.
pub trait Model: Sized + 'static {
    /// The view this model is shown in.
    const VIEW: View;
    /// The words of the page around the figures.
    const PAGE: Page;
    /// The uncertainty section, if the view has one.
    const UNCERTAINTY: Option<Uncertainty<Self>>;

    /// The assumptions the projection takes.
    type Assumptions: Clone + PartialEq + Send + Sync + 'static;
    /// A row of the results table.
    type Row: Row;
    /// The ranges of the uncertain assumptions (`()` for a model without uncertainty).
    type Ranges: Clone + PartialEq + Send + Sync + 'static;

    /// The assumptions in the form, with any invalid field at its published default.
    fn assumptions(form: &Form) -> Self::Assumptions;
    /// Everything the view shows for these assumptions, but the working.
    fn sheet(a: &Self::Assumptions) -> Sheet<Self::Row>;
    /// The arithmetic behind the headline, the figures the sheet's table's own. Apart from the
    /// sheet because it is folded until asked for, and the page works it out only then (writing
    /// its sentences on every edit would cost more than the rest of the sheet).
    fn working(a: &Self::Assumptions) -> Working;
    /// "What would it take?": the answer to `target` (the most new staff a year) for scenario
    /// `s`, whose assumptions are `a`.
    fn answer(s: &Scenario, a: &Self::Assumptions, target: Count) -> Answer;
    /// The named scenarios; the first is the published one.
    fn presets() -> Vec<Preset>;

    /// The baseline figures to list with their sources (none: no sources section).
    fn sources() -> Vec<Figure> {
        Vec::new()
    }

    /// The form's fields, in order: by default [`form_fields`] of the view, each always shown.
    fn fields() -> Vec<FormField> {
        form_fields(Self::VIEW).map(FormField::of).collect()
    }
}

/// Everything a calculator view shows for one set of assumptions, but its uncertainty section:
/// one pure function of the assumptions ([`Model::sheet`]), kept in one memo by the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet<R> {
    /// The results table, every count rounded once.
    pub table: Table<R>,
    /// The plain-English result under the heading, from the table's own total.
    pub headline: String,
    /// The parts of each year's total, for the stacked chart.
    pub parts: Vec<Part>,
    /// The workforce needed each year (the table's first column), for the line chart.
    pub line: Vec<(String, i64)>,
    /// The charts' titles and the period the uncertainty sentence speaks of.
    pub titles: Titles,
    /// What the context section shows.
    pub context: Context,
    /// The results by role, when a provider lists more than one.
    pub by_role: Option<ByRole>,
}

/// A results table by role and its CSV (long format: a row per role and year).
#[derive(Clone, Debug, PartialEq)]
pub struct ByRole {
    /// The table by role.
    pub grid: Grid,
    /// The CSV by role.
    pub csv: String,
}

impl<R: Row> Sheet<R> {
    /// The sheet as the page shows it, its table as a grid: the same for every model, so the
    /// page's code is not repeated for each.
    pub fn shown(self) -> Shown {
        let grid = self.table.grid();
        let (by_role, csv) = match self.by_role {
            Some(b) => (Some(b.grid), b.csv),
            None => (None, grid.to_csv()),
        };
        Shown {
            by_role,
            csv,
            grid,
            recap: self.table.recap(),
            labels: self.table.labels(),
            compared: self.table.compared_totals(),
            headline: self.headline,
            parts: self.parts,
            line: self.line,
            titles: self.titles,
            context: self.context,
        }
    }
}

/// A [`Sheet`] as the page shows it ([`Sheet::shown`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// The results table, every column it has.
    pub grid: Grid,
    /// The table by role, when a provider lists more than one.
    pub by_role: Option<Grid>,
    /// The results as CSV (by role in long format, when there are roles).
    pub csv: String,
    /// The running total the recap repeats.
    pub recap: Option<Recap>,
    /// The row headings (the charts' years).
    pub labels: Vec<String>,
    /// The compared totals and their legend label, for the stacked chart.
    pub compared: Option<(&'static str, Vec<i64>)>,
    /// The headline.
    pub headline: String,
    /// The stacked chart's parts.
    pub parts: Vec<Part>,
    /// The line chart's points.
    pub line: Vec<(String, i64)>,
    /// The titles.
    pub titles: Titles,
    /// The context section.
    pub context: Context,
}

/// The fields the uncertainty section asks for itself (not in the form).
pub const UNCERTAINTY_FIELDS: [Field; 2] = [Field::Seed, Field::Spread];

/// The fields of `view`'s form, in the field table's order: the view's fields but its target
/// (asked in its own section) and the uncertainty section's.
pub fn form_fields(view: View) -> impl Iterator<Item = Field> {
    view.fields()
        .filter(move |&f| Some(f) != view.target_field() && !UNCERTAINTY_FIELDS.contains(&f))
}

/// The words of a calculator page that are not figures.
#[derive(Clone, Copy, Debug)]
pub struct Page {
    /// The page's heading.
    pub heading: &'static str,
    /// The paragraph that says what the view works out.
    pub lead: fn() -> String,
    /// The heading of the form.
    pub form_heading: &'static str,
}

/// The titles that depend on the assumptions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Titles {
    /// The stacked chart's title.
    pub parts: String,
    /// The line chart's title.
    pub line: String,
    /// The period the totals are for, as the uncertainty sentence says it ("by 2032").
    pub when: String,
}

/// What a view's context section shows: what lies behind its figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Context {
    /// The jobs market: where vacancies are advertised, the roles most in demand, pay.
    JobsMarket,
    /// The council's children's staff and the number of children.
    CouncilChildren,
    /// How a provider's turnover and vacancy rate compare with the county's.
    HowYouCompare(Comparison),
}

/// A named scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Its name.
    pub name: String,
    /// What it assumes.
    pub description: String,
    /// The query string of its fields that differ from the published defaults.
    pub query: String,
}

/// How a field is entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// A text input (with a slider where the field table has one).
    Number,
    /// A checkbox (a flag written as 1 or 0).
    Checkbox,
    /// Part of a provider's roles: the roles are drawn in place of the first such field (the
    /// staff); with no roles listed, its staff, turnover and vacancies fields are the one role
    /// "All staff".
    Roles,
}

/// One field of a model's form.
#[derive(Clone, Copy, Debug)]
pub struct FormField {
    /// The field.
    pub field: Field,
    /// How it is entered.
    pub control: Control,
    /// When it is shown, if not always.
    pub shown_when: Option<fn(&Form) -> bool>,
    /// The heading of the optional section of the form it is in, folded while its fields are
    /// empty (`None`: the form itself).
    pub section: Option<&'static str>,
}

impl FormField {
    /// A field always shown, a checkbox for a flag and a text input otherwise.
    pub fn of(field: Field) -> FormField {
        let control = match field.spec().unit {
            Unit::Flag => Control::Checkbox,
            _ => Control::Number,
        };
        FormField {
            field,
            control,
            shown_when: None,
            section: None,
        }
    }

    /// Whether it is shown with this form.
    pub fn is_shown(&self, form: &Form) -> bool {
        self.shown_when.is_none_or(|shown| shown(form))
    }
}

/// One uncertain assumption as the ranges table shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeRow {
    /// The assumption.
    pub label: &'static str,
    /// Low, central and high values, formatted with their unit.
    pub values: [String; 3],
    /// Why the range is what it is.
    pub why: String,
}

/// What a simulation draws from: the assumptions, their ranges and the seed.
pub type Draws<M> = (<M as Model>::Assumptions, <M as Model>::Ranges, u64);

/// The central projection the uncertainty section draws around.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Centre {
    /// The total for each year after the base, unrounded (the fan's middle line).
    pub totals: Vec<f64>,
    /// The total at the horizon built up from its parts (the waterfall).
    pub steps: Vec<Step>,
}

/// A model's uncertainty section ("How certain is this?"): its ranges, the simulation, the
/// tornado, the central projection and the ranges table, each a separate function so the page
/// works out each only when it is shown (the simulation after typing pauses).
pub struct Uncertainty<M: Model> {
    /// The ranges around the assumptions, widened or narrowed by the spread (1.0 = as
    /// documented).
    pub ranges: fn(&M::Assumptions, f64) -> M::Ranges,
    /// The spread of the totals over many draws, with the URL's seed.
    pub simulate: fn(&Draws<M>) -> Fan,
    /// The assumptions ranked by how far they move the total.
    pub tornado: fn(&M::Assumptions, &M::Ranges) -> Vec<Bar>,
    /// The central projection: its totals and the waterfall.
    pub centre: fn(&M::Assumptions) -> Centre,
    /// The ranges table.
    pub rows: fn(&M::Assumptions, &M::Ranges) -> Vec<RangeRow>,
}

impl<M: Model> Clone for Uncertainty<M> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M: Model> Copy for Uncertainty<M> {}

/// Something to do with a view's model, whatever its type (see [`with_model`]).
pub trait ForModel {
    /// What it gives.
    type Output;
    /// Does it with model `M`.
    fn run<M: Model>(self) -> Self::Output;
}

/// Does `f` with the model of `view` (none for the About page): the one place a view is matched
/// to its model.
pub fn with_model<F: ForModel>(view: View, f: F) -> Option<F::Output> {
    match view {
        View::Adult => Some(f.run::<AdultModel>()),
        View::Children => Some(f.run::<ChildrenModel>()),
        View::Provider => Some(f.run::<ProviderModel>()),
        View::About => None,
    }
}

/// The answer to `M`'s target in scenario `s`, if one is set.
pub fn answer_of<M: Model>(s: &Scenario) -> Option<Answer> {
    let target = s.form.target(M::VIEW)?;
    Some(M::answer(s, &M::assumptions(&s.form), target))
}

/// The answer to the target of the scenario's own view, if it has one and a target is set.
pub fn answer(s: &Scenario) -> Option<Answer> {
    struct Asked<'a>(&'a Scenario);
    impl ForModel for Asked<'_> {
        type Output = Option<Answer>;
        fn run<M: Model>(self) -> Option<Answer> {
            answer_of::<M>(self.0)
        }
    }
    with_model(s.view, Asked(s)).flatten()
}

/// The sections a partner can add to the compact embedded layout of `M`'s view, in the order
/// of [`EMBED_SECTIONS`]: the trend chart and the context always, the ranges if it has an
/// uncertainty section, the sources if it lists any.
pub fn embed_sections<M: Model>() -> Vec<Field> {
    EMBED_SECTIONS
        .into_iter()
        .filter(|&f| match f {
            Field::ShowRanges => M::UNCERTAINTY.is_some(),
            Field::ShowSources => !M::sources().is_empty(),
            _ => true,
        })
        .collect()
}

/// The embedded layout's sections of `view` (none for a view without a model).
pub fn embed_sections_of(view: View) -> Vec<Field> {
    struct Sections;
    impl ForModel for Sections {
        type Output = Vec<Field>;
        fn run<M: Model>(self) -> Vec<Field> {
            embed_sections::<M>()
        }
    }
    with_model(view, Sections).unwrap_or_default()
}

/// The total of each projected year after the base.
pub fn central_totals(p: &crate::engine::Projection) -> Vec<f64> {
    p.rows[1..].iter().map(|r| r.total).collect()
}
