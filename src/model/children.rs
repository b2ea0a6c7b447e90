//! The children's model: the county council's children's social care, two staff groups
//! refilled at their own rates. It has no uncertainty section.

use crate::data::{self, Figure, CHILDREN_BASELINE};
use crate::engine::solve::{solve_children, RefillRates};
use crate::engine::{project_children, ChildrenAssumptions, Count};
use crate::report::{self, ChildrenRow, Row, Working};
use crate::scenario::{Form, Scenario, View};
use crate::target::{refill_rates, Answer};

use super::{Context, Model, Page, Preset, Sheet, Titles, Uncertainty};

/// Children's social care in the county council.
pub struct ChildrenModel;

impl Model for ChildrenModel {
    const VIEW: View = View::Children;
    const PAGE: Page = Page {
        heading: "Children's social care in Staffordshire County Council",
        lead: || {
            "How many children's social care staff the county council would need to recruit to keep today's capacity: qualified social work roles and other roles, each refilled as staff leave. The appendix calls the new demand in its table \u{201c}heavily caveated\u{201d}.".to_string()
        },
        form_heading: "Assumptions",
    };
    const UNCERTAINTY: Option<Uncertainty<Self>> = None;

    type Assumptions = ChildrenAssumptions;
    type Row = ChildrenRow;
    type Ranges = ();

    fn assumptions(form: &Form) -> ChildrenAssumptions {
        report::children::assumptions(form)
    }

    fn sheet(a: &ChildrenAssumptions) -> Sheet<ChildrenRow> {
        let p = project_children(&CHILDREN_BASELINE, a);
        let table = report::children_table(a, &p);
        let horizon = a.horizon.get();
        let base = table.base_year.unwrap_or_default();
        Sheet {
            headline: report::children_headline(a, &table),
            parts: report::children_parts(&table),
            line: table
                .rows
                .iter()
                .map(|r| (r.label(), r.workforce))
                .collect(),
            titles: Titles {
                parts: format!(
                    "Children's social care staff to recruit since {base}, by year, to {horizon}"
                ),
                line: format!(
                    "Children's social care roles needed, {} to {horizon}",
                    base + 1
                ),
                when: format!("by {horizon}"),
            },
            context: Context::CouncilChildren,
            table,
            by_role: None,
        }
    }

    fn working(a: &ChildrenAssumptions) -> Working {
        let p = project_children(&CHILDREN_BASELINE, a);
        report::children_working(a, &p, &report::children_table(a, &p))
    }

    fn answer(s: &Scenario, a: &ChildrenAssumptions, target: Count) -> Answer {
        let solution = solve_children(&CHILDREN_BASELINE, a, target);
        refill_rates(s, target, solution, RefillRates::of(a))
    }

    fn presets() -> Vec<Preset> {
        vec![Preset {
            name: "Published strategy table".to_string(),
            description: format!(
                "The appendix's table exactly: {} social work roles and {} other roles, refilled at {} and {} a year. The appendix does not state these rates: they are the calculator's assumptions, fitted to the table.",
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
