//! One model shape: what a calculator view shows, as plain data, for any model.
//!
//! Each model (adult, children's, provider) implements [`Model`] once: it reads its assumptions
//! from the form, projects them, and returns every part of its view as typed data: the results
//! table, headline, working, chart parts and titles, presets, sources, the form's fields and,
//! if it has one, the uncertainty section ([`Uncertainty`]). The one generic calculator
//! component renders any model by making a memo of each of these functions, so an edit
//! recomputes only what depends on it; [`ViewModel`] composes them the same way for tests.
//!
//! It sits after the report and before the components: it has no web crate in it, and the
//! components only read memos of what it returns. A new model is an engine file (its
//! projection) plus one implementation of [`Model`] here.

pub mod adult;
pub mod children;
pub mod provider;

use crate::data::Figure;
use crate::engine::uncertainty::{Bar, Fan, Step};
use crate::engine::Projection;
use crate::fields::{Field, Unit, EMBED_SECTIONS};
use crate::report::{Part, ResultTable};
use crate::scenario::{Form, View};
use crate::working::Working;

pub use adult::AdultModel;
pub use children::ChildrenModel;
pub use provider::ProviderModel;

/// A calculator model: how one view turns the form into what it shows.
///
/// The functions are separate, not one call returning everything, so that the calculator can
/// keep a memo of each: an edit recomputes only the parts that depend on what changed, and a
/// folded section (the working, the uncertainty details) none of its own.
pub trait Model: Sized + 'static {
    /// The view this model is shown in.
    const VIEW: View;
    /// The words of the page around the figures.
    const PAGE: Page;
    /// The uncertainty section, if the view has one.
    const UNCERTAINTY: Option<Uncertainty<Self>>;

    /// The assumptions the projection takes.
    type Assumptions: Clone + PartialEq + Send + Sync + 'static;
    /// The projection's unrounded figures.
    type Projection: Clone + PartialEq + Send + Sync + 'static;
    /// The ranges of the uncertain assumptions (`()` for a model without uncertainty).
    type Ranges: Clone + PartialEq + Send + Sync + 'static;

    /// The assumptions in the form, with any invalid field at its published default.
    fn assumptions(form: &Form) -> Self::Assumptions;
    /// The projection of the assumptions.
    fn project(a: &Self::Assumptions) -> Self::Projection;
    /// The results table (every count rounded once, here).
    fn table(a: &Self::Assumptions, p: &Self::Projection) -> ResultTable;
    /// The plain-English result under the heading.
    fn headline(a: &Self::Assumptions, t: &ResultTable) -> String;
    /// The parts of the total for the stacked chart, read from the table.
    fn parts(t: &ResultTable) -> Vec<Part>;
    /// The arithmetic behind the headline.
    fn working(a: &Self::Assumptions, p: &Self::Projection, t: &ResultTable) -> Working;
    /// The charts' titles and the period the uncertainty sentence speaks of.
    fn titles(a: &Self::Assumptions) -> Titles;
    /// The named scenarios; the first is the published one.
    fn presets() -> Vec<Preset>;
    /// The baseline figures to list with their sources (none: no sources section).
    fn sources() -> Vec<Figure>;

    /// The form's fields, in order: by default [`form_fields`] of the view, each always shown.
    fn fields() -> Vec<FormField> {
        form_fields(Self::VIEW).map(FormField::of).collect()
    }
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// The page's heading.
    pub heading: &'static str,
    /// The paragraph that says what the view works out.
    pub lead: &'static str,
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

/// A named scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Its name.
    pub name: &'static str,
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

/// A model's uncertainty section ("How certain is this?"): its ranges, the simulation, the
/// tornado, the waterfall and the ranges table, each a separate function so each has its own
/// memo (the simulation runs after typing pauses).
pub struct Uncertainty<M: Model> {
    /// The ranges around the assumptions, widened or narrowed by the spread (1.0 = as
    /// documented).
    pub ranges: fn(&M::Assumptions, f64) -> M::Ranges,
    /// The spread of the totals over many draws, with the URL's seed.
    pub simulate: fn(&Draws<M>) -> Fan,
    /// The assumptions ranked by how far they move the total.
    pub tornado: fn(&M::Assumptions, &M::Ranges) -> Vec<Bar>,
    /// The total built up from its parts.
    pub waterfall: fn(&M::Projection) -> Vec<Step>,
    /// The central projection's total for each year after the base (the fan's middle line).
    pub central: fn(&M::Projection) -> Vec<f64>,
    /// The ranges table.
    pub rows: fn(&M::Assumptions, &M::Ranges) -> Vec<RangeRow>,
}

impl<M: Model> Clone for Uncertainty<M> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M: Model> Copy for Uncertainty<M> {}

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
    match view {
        View::Adult => embed_sections::<AdultModel>(),
        View::Children => embed_sections::<ChildrenModel>(),
        View::Provider => embed_sections::<ProviderModel>(),
        View::About => Vec::new(),
    }
}

/// The total of each projected year after the base.
pub fn central_totals(p: &Projection) -> Vec<f64> {
    p.rows[1..].iter().map(|r| r.total).collect()
}

/// The first column of a results table (the workforce needed) as points for the line chart.
pub fn workforce_line(t: &ResultTable) -> Vec<(String, i64)> {
    t.rows
        .iter()
        .map(|r| (r.label.clone(), r.cells[0]))
        .collect()
}

/// The row labels of a results table (the years).
pub fn row_labels(t: &ResultTable) -> Vec<String> {
    t.rows.iter().map(|r| r.label.clone()).collect()
}

/// Everything a model's view shows for one form, composed as the calculator composes its memos
/// (the simulation with the form's seed). For tests and tools; the page keeps a memo of each.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewModel {
    /// The results table.
    pub table: ResultTable,
    /// The headline.
    pub headline: String,
    /// The stacked chart's parts.
    pub parts: Vec<Part>,
    /// The line chart's points.
    pub line: Vec<(String, i64)>,
    /// The working.
    pub working: Working,
    /// The titles.
    pub titles: Titles,
    /// The presets.
    pub presets: Vec<Preset>,
    /// The sources listed.
    pub sources: Vec<Figure>,
    /// The form's fields shown with this form.
    pub fields: Vec<Field>,
    /// The uncertainty section, if the model has one.
    pub uncertainty: Option<UncertaintyView>,
}

/// Everything the uncertainty section shows for one form.
#[derive(Clone, Debug, PartialEq)]
pub struct UncertaintyView {
    /// The simulated spread.
    pub fan: Fan,
    /// The tornado.
    pub bars: Vec<Bar>,
    /// The waterfall.
    pub steps: Vec<Step>,
    /// The central totals.
    pub central: Vec<f64>,
    /// The ranges table.
    pub rows: Vec<RangeRow>,
}

impl ViewModel {
    /// Model `M`'s view of `form`.
    pub fn of<M: Model>(form: &Form) -> ViewModel {
        let a = M::assumptions(form);
        let p = M::project(&a);
        let table = M::table(&a, &p);
        let uncertainty = M::UNCERTAINTY.map(|u| {
            let r = (u.ranges)(&a, form.spread());
            UncertaintyView {
                fan: (u.simulate)(&(a.clone(), r.clone(), form.seed())),
                bars: (u.tornado)(&a, &r),
                steps: (u.waterfall)(&p),
                central: (u.central)(&p),
                rows: (u.rows)(&a, &r),
            }
        });
        ViewModel {
            headline: M::headline(&a, &table),
            parts: M::parts(&table),
            line: workforce_line(&table),
            working: M::working(&a, &p, &table),
            titles: M::titles(&a),
            presets: M::presets(),
            sources: M::sources(),
            fields: M::fields()
                .into_iter()
                .filter(|f| f.is_shown(form))
                .map(|f| f.field)
                .collect(),
            uncertainty,
            table,
        }
    }
}
