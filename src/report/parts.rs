//! One part of a stacked chart: a label, a fill pattern and a value per year, read from a
//! results table by each view so that chart and table always agree.

use std::borrow::Cow;

/// One stacked part of a chart: a label and a value per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The legend label.
    pub label: Cow<'static, str>,
    /// A stable name for the part's fill pattern.
    pub pattern: &'static str,
    /// The rounded value for each year, never negative.
    pub values: Vec<i64>,
}
