//! The children's model: the county council's children's social care, two staff groups
//! refilled at their own rates. It has no uncertainty section.

use crate::data::{self, Figure, CHILDREN_BASELINE};
use crate::engine::{project_children, ChildrenAssumptions, ChildrenProjection};
use crate::report::{self, Part, ResultTable};
use crate::scenario::{Form, View};
use crate::working::{self, Working};

use super::{Model, Page, Preset, Titles, Uncertainty};

/// Children's social care in the county council.
pub struct ChildrenModel;

impl Model for ChildrenModel {
    const VIEW: View = View::Children;
    const PAGE: Page = Page {
        heading: "Children's social care in Staffordshire County Council",
        lead: "How many children's social care staff the county council needs to recruit to keep today's capacity: qualified social work roles and other roles, each refilled as staff leave.",
        form_heading: "Assumptions",
    };
    const UNCERTAINTY: Option<Uncertainty<Self>> = None;

    type Assumptions = ChildrenAssumptions;
    type Projection = ChildrenProjection;
    type Ranges = ();

    fn assumptions(form: &Form) -> ChildrenAssumptions {
        form.children()
    }

    fn project(a: &ChildrenAssumptions) -> ChildrenProjection {
        project_children(&CHILDREN_BASELINE, a)
    }

    fn table(a: &ChildrenAssumptions, p: &ChildrenProjection) -> ResultTable {
        report::children_table(a, p)
    }

    fn headline(a: &ChildrenAssumptions, t: &ResultTable) -> String {
        report::children_headline(a, t)
    }

    fn parts(t: &ResultTable) -> Vec<Part> {
        report::children_parts(t)
    }

    fn working(a: &ChildrenAssumptions, p: &ChildrenProjection, t: &ResultTable) -> Working {
        working::children(a, p, t)
    }

    fn titles(a: &ChildrenAssumptions) -> Titles {
        let horizon = a.horizon.get();
        Titles {
            parts: format!(
                "Children's social care staff to recruit since 2022, by year, to {horizon}"
            ),
            line: format!("Children's social care roles needed, 2023 to {horizon}"),
            when: format!("by {horizon}"),
        }
    }

    fn presets() -> Vec<Preset> {
        vec![Preset {
            name: "Published strategy table",
            description: format!(
                "The appendix's table exactly: {} social work roles and {} other roles, refilled at {} and {} a year (the rates that reproduce it; the appendix does not state them).",
                data::CHILDREN_STAFFING[0].shown,
                data::CHILDREN_STAFFING[1].shown,
                data::SOCIAL_WORK_RATE.shown,
                data::OTHER_ROLES_RATE.shown
            ),
            query: String::new(),
        }]
    }

    fn sources() -> Vec<Figure> {
        [
            &data::CHILDREN_STAFFING[..],
            &data::POPULATION_0_17[..],
            &[data::COUNCIL_CHILDREN_TURNOVER],
        ]
        .concat()
    }
}
