//! What the page shows, as plain data: the results tables, headlines, chart series and CSV.
//!
//! Every count is rounded once here (with [`format::round_count`]); the table, the chart labels,
//! the headline and the CSV all read these rounded numbers, so they always agree.
//!
//! - [`table`]: the [`ResultTable`] type, its CSV and HTML;
//! - [`rounding`]: how rows are rounded so they add up (and the published rows as printed);
//! - [`compare`]: the published strategy beside the current figures;
//! - [`tables`]: each view's results table;
//! - [`headlines`]: each view's headline sentence;
//! - [`parts`]: the stacked chart's parts, read from the table.

pub mod compare;
pub mod headlines;
pub mod parts;
pub mod rounding;
pub mod table;
pub mod tables;

pub use compare::{
    comparison, is_published_adult, is_published_children, COMPARED_COLUMN, DIFFERENCE_COLUMN,
    PROVIDER_COMPARED_COLUMN, PROVIDER_DIFFERENCE_COLUMN,
};
pub use headlines::{
    adult_headline, children_headline, headline_figure, provider_headline, total_cell,
};
pub use parts::{adult_parts, children_parts, compared_totals, provider_parts, Part};
pub use rounding::{EXTRAPOLATED_NOTE, PUBLISHED_NOTE, PUBLISHED_YEARS, PUBLISHED_YEAR_NOTE};
pub use table::{CellChanges, ResultTable, RowShape, TableRow};
pub use tables::{adult_table, children_table, provider_table};
