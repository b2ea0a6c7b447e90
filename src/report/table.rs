//! A results table as plain data, and the forms it leaves the page in: CSV, the header row as
//! HTML, and the body as row shapes (the rows without their figures) and cell texts.

use crate::format::grouped;
use crate::markup::escape;

use super::rounding::PUBLISHED_NOTE;

/// One row of a results table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    /// The row heading ("2032", "Year 3").
    pub label: String,
    /// The calendar year, or the year ahead for a provider (for `data-year`).
    pub key: u16,
    /// The rounded figures, one per data column.
    pub cells: Vec<i64>,
    /// A note on the row ("published year", "extrapolated").
    pub note: Option<&'static str>,
}

/// A results table: what the page shows and the CSV downloads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultTable {
    /// What the table shows.
    pub caption: String,
    /// Column headings, the first for the row headings.
    pub columns: Vec<&'static str>,
    /// Rows in year order.
    pub rows: Vec<TableRow>,
}

impl ResultTable {
    /// The table as CSV (RFC 4180: comma separated, CRLF line ends, quoted where needed).
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let header: Vec<String> = self.columns.iter().map(|c| csv_field(c)).collect();
        out.push_str(&header.join(","));
        out.push_str("\r\n");
        for row in &self.rows {
            let mut fields = vec![csv_field(&row.label)];
            fields.extend(row.cells.iter().map(i64::to_string));
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// The last row, if any.
    pub fn last(&self) -> Option<&TableRow> {
        self.rows.last()
    }

    /// Where the column with this heading is in each row's `cells` (the first heading, of the
    /// row headings, has no cell), if the table has it.
    pub fn cell_index(&self, heading: &str) -> Option<usize> {
        self.columns.iter().skip(1).position(|c| *c == heading)
    }

    /// The last row's figure in the column with this heading, if both exist.
    pub fn last_cell(&self, heading: &str) -> Option<i64> {
        let i = self.cell_index(heading)?;
        self.last().map(|r| r.cells[i])
    }

    /// The header row's cells as HTML (`<th scope="col">` each).
    pub fn head_html(&self) -> String {
        self.columns
            .iter()
            .map(|c| format!("<th scope=\"col\">{}</th>", escape(c)))
            .collect()
    }

    /// What the body's rows are, without their figures: the page builds its rows from these
    /// and rebuilds them only when they change (another horizon, another kind of row), while
    /// an edit that changes only figures rewrites only the figures' text.
    pub fn row_shapes(&self) -> Vec<RowShape> {
        self.rows
            .iter()
            .map(|r| {
                let published = r.note.is_some_and(|n| n.starts_with("a year"));
                let as_printed = r.note == Some(PUBLISHED_NOTE);
                let mut head = escape(&r.label);
                if let Some(note) = r.note {
                    let short = if as_printed {
                        "as published"
                    } else if published {
                        "published year"
                    } else {
                        "extrapolated"
                    };
                    head.push_str(&format!(
                        " <span class=\"tag\" title=\"{}\">{short}</span>",
                        escape(note)
                    ));
                }
                RowShape {
                    key: r.key,
                    published,
                    head_html: head,
                    cells: r.cells.len(),
                }
            })
            .collect()
    }

    /// Every figure as the table shows it, row by row (the order of the body's `<td>`s).
    pub fn cell_texts(&self) -> Vec<String> {
        self.rows
            .iter()
            .flat_map(|r| r.cells.iter().map(|c| grouped(*c)))
            .collect()
    }
}

/// A body row of a results table without its figures (see [`ResultTable::row_shapes`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowShape {
    /// The calendar year, or the year ahead for a provider (for `data-year`).
    pub key: u16,
    /// Whether the row is a year the appendix publishes (it is highlighted).
    pub published: bool,
    /// The row heading's content as HTML: the label and its tag, if any.
    pub head_html: String,
    /// How many figures the row has.
    pub cells: usize,
}

/// The cells whose text changed between two [`ResultTable::cell_texts`] of tables with the same
/// row shapes: their positions, and their new texts joined by [`CellChanges::SEPARATOR`], so the
/// page can write them all in one call.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CellChanges {
    /// Positions in the texts (row by row) of the cells that changed, in order.
    pub cells: Vec<u32>,
    /// Their new texts, joined by [`CellChanges::SEPARATOR`].
    pub texts: String,
}

impl CellChanges {
    /// What separates the texts in [`CellChanges::texts`] (no figure contains it).
    pub const SEPARATOR: char = '\u{1f}';

    /// The changes from `before` to `after`, which must be as long (the same row shapes).
    pub fn between(before: &[String], after: &[String]) -> CellChanges {
        debug_assert_eq!(before.len(), after.len());
        let mut changes = CellChanges::default();
        for (i, (b, a)) in before.iter().zip(after).enumerate() {
            if b != a {
                if !changes.cells.is_empty() {
                    changes.texts.push(Self::SEPARATOR);
                }
                changes.cells.push(i as u32);
                changes.texts.push_str(a);
            }
        }
        changes
    }

    /// Every cell, for rows built before the texts were known to them.
    pub fn all(texts: &[String]) -> CellChanges {
        CellChanges {
            cells: (0..texts.len() as u32).collect(),
            texts: texts.join(&Self::SEPARATOR.to_string()),
        }
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::CellChanges;
    use crate::calibration::published_adult;
    use crate::data::ADULT_BASELINE;
    use crate::engine::project_adult;
    use crate::report::tables::adult_table;

    #[test]
    fn table_rows_mark_published_years_and_match_the_csv() {
        let a = published_adult();
        let t = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
        let rows = t.row_shapes();
        assert_eq!(rows.len(), 10);
        let last = rows.last().unwrap();
        assert_eq!((last.key, last.published), (2032, true));
        assert!(last.head_html.starts_with("2032 <span class=\"tag\""));
        let total = t.cell_index("Total new staff since 2022").unwrap();
        assert_eq!(t.cell_texts()[9 * t.rows[9].cells.len() + total], "34,948");
        assert!(t.to_csv().contains(",34948,"));
        assert!(t.head_html().starts_with("<th scope=\"col\">Year</th>"));
    }

    #[test]
    fn cell_texts_are_the_cells_row_by_row_and_changes_name_only_those_that_differ() {
        let a = published_adult();
        let t = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
        let texts = t.cell_texts();
        let per_row = t.rows[0].cells.len();
        assert_eq!(texts.len(), t.rows.len() * per_row);
        let total = t.cell_index("Total new staff since 2022").unwrap();
        assert_eq!(texts[9 * per_row + total], "34,948");
        assert!(texts.iter().all(|x| !x.contains(CellChanges::SEPARATOR)));

        assert!(CellChanges::between(&texts, &texts).is_empty());
        let mut other = texts.clone();
        other[1] = "1,000".into();
        other[5] = "-7".into();
        let changes = CellChanges::between(&texts, &other);
        assert_eq!(changes.cells, [1, 5]);
        assert_eq!(changes.texts, "1,000\u{1f}-7");
        let all = CellChanges::all(&other[..3]);
        assert_eq!(all.cells, [0, 1, 2]);
        assert_eq!(all.texts, [&*other[0], "1,000", &*other[2]].join("\u{1f}"));
        let one = CellChanges::between(&texts[..2], &other[..2]);
        assert_eq!((one.cells, one.texts), (vec![1], "1,000".to_string()));
    }
}
