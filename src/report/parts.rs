//! The parts of each year's total for the stacked chart, read from the results table so that
//! chart and table always agree.

use super::table::ResultTable;

/// One stacked part of a chart: a label and a value per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The legend label.
    pub label: &'static str,
    /// A stable name for the part's fill pattern.
    pub pattern: &'static str,
    /// The rounded value for each year, never negative.
    pub values: Vec<i64>,
}

/// The parts of the total for each year of an adult table, for the stacked chart: the table's
/// own rounded figures (negative ones drawn as 0), so chart and table always agree.
pub fn adult_parts(t: &ResultTable) -> Vec<Part> {
    [
        ("Replacing leavers", "leavers"),
        ("Extra staff for demand", "demand"),
        ("Filling vacancies", "vacancies"),
        ("2023 reform posts", "reforms"),
    ]
    .into_iter()
    .filter_map(|(label, pattern)| {
        let i = t.cell_index(label)?;
        Some(Part {
            label,
            pattern,
            values: t.rows.iter().map(|r| r.cells[i].max(0)).collect(),
        })
    })
    .collect()
}

/// The two staff groups of a children's table, for the stacked chart (the table's own figures).
pub fn children_parts(t: &ResultTable) -> Vec<Part> {
    vec![
        Part {
            label: "Social work roles",
            pattern: "leavers",
            values: t.rows.iter().map(|r| r.cells[1].max(0)).collect(),
        },
        Part {
            label: "Other roles",
            pattern: "demand",
            values: t.rows.iter().map(|r| r.cells[2].max(0)).collect(),
        },
    ]
}

/// The running totals of a provider table's parts, for the stacked chart: leavers replaced,
/// growth and vacancies filled so far, each the sum of the table's own yearly figures (a
/// running total below zero, from shrinking, is drawn as 0).
pub fn provider_parts(t: &ResultTable) -> Vec<Part> {
    [
        (1, "Replacing leavers", "leavers"),
        (2, "Growth", "demand"),
        (3, "Filling vacancies", "vacancies"),
    ]
    .into_iter()
    .map(|(column, label, pattern)| {
        let mut so_far = 0;
        Part {
            label,
            pattern,
            values: t
                .rows
                .iter()
                .map(|r| {
                    so_far += r.cells[column];
                    so_far.max(0)
                })
                .collect(),
        }
    })
    .collect()
}

/// The compared totals of a table (the published strategy's, or a provider's at the county's
/// turnover), with their legend label, when the table has a comparison.
pub fn compared_totals(t: &ResultTable) -> Option<(&'static str, Vec<i64>)> {
    use super::compare::{COMPARED_COLUMN, PROVIDER_COMPARED_COLUMN};
    let (i, label) = t
        .cell_index(COMPARED_COLUMN)
        .map(|i| (i, "Published strategy"))
        .or_else(|| {
            t.cell_index(PROVIDER_COMPARED_COLUMN)
                .map(|i| (i, "At the county's 32.2% turnover"))
        })?;
    Some((label, t.rows.iter().map(|r| r.cells[i]).collect()))
}
