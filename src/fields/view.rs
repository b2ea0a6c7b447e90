//! The pages of the calculator ([`View`]) and which fields each form shows, read from the
//! field table's `views` column.

use super::Field;

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

    /// The fields this view's form shows, in order (the table's order).
    pub fn fields(self) -> impl Iterator<Item = Field> + Clone {
        Field::ALL
            .into_iter()
            .filter(move |f| f.spec().views.contains(&self))
    }

    /// The fields a preset sets and "Reset to published" puts back: all the view's fields but its
    /// target, which is not an assumption (it is kept, to ask the same question of another
    /// scenario).
    pub fn preset_fields(self) -> impl Iterator<Item = Field> + Clone {
        self.fields()
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
