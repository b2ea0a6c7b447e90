//! The running total a results table ends on, for the compact recap that stays in view while
//! the assumptions are edited. It picks a figure the table already shows; it computes nothing.

use crate::format::grouped;
use crate::report::ResultTable;

/// The last row's figure in the table's running-total column, with the headings that name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recap {
    /// The column's heading ("Total new staff since 2022").
    pub what: String,
    /// The row's heading ("2032", "Year 5").
    pub when: String,
    /// The figure as the table shows it ("34,948").
    pub figure: String,
}

/// The recap of a table: the last column whose heading says it runs from the start ("since
/// 2022", "so far"), in the last row. None for an empty table or one without such a column.
pub fn recap(t: &ResultTable) -> Option<Recap> {
    let column = t.columns.iter().rposition(|c| {
        let c = c.to_lowercase();
        c.contains("since 2022") || c.contains("so far")
    })?;
    let row = t.last()?;
    let value = *row.cells.get(column.checked_sub(1)?)?;
    Some(Recap {
        what: t.columns[column].to_string(),
        when: row.label.clone(),
        figure: grouped(value),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{ADULT_BASELINE, CHILDREN_BASELINE};
    use crate::engine::{project_adult, project_children, project_provider};
    use crate::report::{adult_table, children_table, provider_table};
    use crate::scenario::Scenario;

    #[test]
    fn each_view_recaps_its_running_total() {
        let form = Scenario::default().form;
        let a = form.adult();
        let adult = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
        let r = recap(&adult).expect("an adult recap");
        assert_eq!((r.when.as_str(), r.figure.as_str()), ("2032", "34,948"));
        assert!(r.what.starts_with("Total new staff"), "{r:?}");

        let c = form.children();
        let children = children_table(&c, &project_children(&CHILDREN_BASELINE, &c));
        let r = recap(&children).expect("a children's recap");
        assert!(r.what.starts_with("All roles"), "{r:?}");
        let last = children.last().expect("rows");
        assert_eq!(r.figure, grouped(last.cells[3]));

        let p = form.provider();
        let provider = provider_table(&p, &project_provider(&p));
        let r = recap(&provider).expect("a provider recap");
        assert_eq!(r.when, "Year 5");
        let last = provider.last().expect("rows");
        assert_eq!(r.figure, grouped(*last.cells.last().expect("cells")));
    }

    #[test]
    fn no_recap_without_a_running_total() {
        let t = ResultTable {
            caption: String::new(),
            columns: vec!["Year", "Staff"],
            rows: Vec::new(),
        };
        assert_eq!(recap(&t), None);
    }
}
