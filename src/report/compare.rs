//! The comparison with the published strategy (or, for a provider, the county's turnover):
//! two more columns in the table and a sentence in the headline.

use crate::calibration::{published_adult, published_children};
use crate::engine::{AdultAssumptions, ChildrenAssumptions};
use crate::format::{approx_value, grouped};

use super::table::ResultTable;

/// The heading of the comparison column: the same total under the published assumptions.
pub const COMPARED_COLUMN: &str = "Published strategy total";
/// The heading of the difference column.
pub const DIFFERENCE_COLUMN: &str = "Difference from the published strategy";
/// The provider's comparison column: the same organisation at the county's published turnover.
pub const PROVIDER_COMPARED_COLUMN: &str = "At the county's 32.2% turnover";
/// The provider's difference column.
pub const PROVIDER_DIFFERENCE_COLUMN: &str = "Difference from 32.2% turnover";

/// Adds a comparison to `t`: the running total of `other` (the same table under the compared
/// assumptions, row for row) and the difference, `t` less `other`.
pub(super) fn compare(
    mut t: ResultTable,
    other: &ResultTable,
    total: &str,
    headings: [&'static str; 2],
) -> ResultTable {
    let i = t.cell_index(total).unwrap_or(0);
    let j = other.cell_index(total).unwrap_or(0);
    for (row, theirs) in t.rows.iter_mut().zip(&other.rows) {
        let (ours, theirs) = (row.cells[i], theirs.cells[j]);
        row.cells.extend([theirs, ours - theirs]);
    }
    t.columns.extend(headings);
    t
}

/// The comparison figures of a table's last row, if it has them: `(compared total, difference)`.
pub fn comparison(t: &ResultTable) -> Option<(i64, i64)> {
    let i = t
        .cell_index(COMPARED_COLUMN)
        .or_else(|| t.cell_index(PROVIDER_COMPARED_COLUMN))?;
    t.last().map(|r| (r.cells[i], r.cells[i + 1]))
}

/// "about 3,100 more than the published strategy (34,948)", from a table with a comparison.
pub(super) fn comparison_sentence(t: &ResultTable, what: &str) -> String {
    match comparison(t) {
        None => String::new(),
        Some((theirs, difference)) => {
            let d = approx_value(difference.abs());
            let how = if d == 0 {
                "about the same as".to_string()
            } else if difference > 0 {
                format!("about {} more than", grouped(d))
            } else {
                format!("about {} fewer than", grouped(d))
            };
            format!(" That is {how} {what} ({}).", grouped(theirs))
        }
    }
}

/// Whether adult assumptions are the published ones, whatever the horizon (and whatever the
/// vacancy rate, which counts only when today's vacancies are filled, never in the published
/// table).
pub fn is_published_adult(a: &AdultAssumptions) -> bool {
    let p = published_adult();
    AdultAssumptions {
        horizon: p.horizon,
        vacancy_rate: p.vacancy_rate,
        ..*a
    } == p
}

/// Whether children's assumptions are the published ones, whatever the horizon.
pub fn is_published_children(a: &ChildrenAssumptions) -> bool {
    let p = published_children();
    ChildrenAssumptions {
        horizon: p.horizon,
        ..*a
    } == p
}
