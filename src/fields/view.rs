//! The pages of the calculator ([`View`]): each view's key, title, target field, page file and
//! description in one row of a table ([`VIEWS`]), and which fields each form shows, read from
//! the field table's `views` column.

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

/// What the calculator knows of each view, one row each ([`View`] as index).
struct ViewSpec {
    /// The `view` parameter value.
    key: &'static str,
    /// The name in the navigation.
    title: &'static str,
    /// The view's "What would it take?" field, if it has one.
    target: Option<Field>,
    /// The file of its pre-rendered page, relative to the calculator's folder.
    page: &'static str,
    /// The name of that page in `dist/`.
    page_file: &'static str,
    /// The page's meta description (what search results show).
    description: &'static str,
}

/// Every view's row, in the enum's order.
const VIEWS: [ViewSpec; 4] = [
    ViewSpec {
        key: "adult",
        title: "Adult social care",
        target: Some(Field::AdultTarget),
        page: "./",
        page_file: "index.html",
        description: "How many new adult social care staff Staffordshire needs, from the Social Care Workforce Strategy 2022-2027 data appendix: staff for growing demand and to replace leavers. Change the assumptions and see the result.",
    },
    ViewSpec {
        key: "children",
        title: "Children's social care",
        target: Some(Field::ChildrenTarget),
        page: "children.html",
        page_file: "children.html",
        description: "How many children's social care staff Staffordshire County Council needs to recruit, from the Social Care Workforce Strategy 2022-2027 data appendix: social work and other roles.",
    },
    ViewSpec {
        key: "provider",
        title: "Your organisation",
        target: Some(Field::ProviderTarget),
        page: "provider.html",
        page_file: "provider.html",
        description: "Estimate how many people your care organisation needs to recruit each year from your staff, turnover, vacancies and growth, compared with Staffordshire's published rates.",
    },
    ViewSpec {
        key: "about",
        title: "About the figures",
        target: None,
        page: "about.html",
        page_file: "about.html",
        description: "How the Care Workforce Calculator works out its figures: every formula and source from Staffordshire's Social Care Workforce Strategy 2022-2027 data appendix, the calibration, and the accessibility statement.",
    },
];

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 4] = [View::Adult, View::Children, View::Provider, View::About];

    /// The view's row of [`VIEWS`].
    const fn spec(self) -> &'static ViewSpec {
        &VIEWS[self as usize]
    }

    /// The `view` parameter value.
    pub const fn key(self) -> &'static str {
        self.spec().key
    }

    /// The name in the navigation.
    pub const fn title(self) -> &'static str {
        self.spec().title
    }

    /// The file of the view's pre-rendered page, relative to the folder the calculator is
    /// served from (`./` for the adult view, whose page is `index.html`).
    pub const fn page(self) -> &'static str {
        self.spec().page
    }

    /// The name of the view's page in `dist/`.
    pub const fn page_file(self) -> &'static str {
        self.spec().page_file
    }

    /// The page's meta description (what search results show).
    pub const fn description(self) -> &'static str {
        self.spec().description
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
        self.spec().target
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
