//! A results table as typed rows ([`Table`]): each view's row is a struct with a named field per
//! figure ([`Row`]), and each column's heading is written once, beside the field it shows
//! ([`Column`]). What reads one figure reads it by name; what shows every figure (the page's
//! table, the CSV) goes through the columns ([`Table::grid`]).

use crate::format::grouped;

use super::compare::Against;

/// What kind of year a row is (the page tags and highlights it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// A year the appendix publishes, under its own assumptions: its figures as printed.
    AsPublished,
    /// A year the appendix publishes, under other assumptions.
    PublishedYear,
    /// A year between or before the published ones, worked out by the calculator.
    Modelled,
    /// A year beyond the published projection, its trend continued.
    Extrapolated,
    /// A year ahead of a provider's own plan.
    YearAhead,
}

impl RowKind {
    /// The row's tag and what the tag means, if it has one: ("as published", "a year in the
    /// published table: figures as the appendix prints them").
    pub fn tag(self) -> Option<(&'static str, &'static str)> {
        match self {
            RowKind::AsPublished => Some((
                "as published",
                "a year in the published table: figures as the appendix prints them",
            )),
            RowKind::PublishedYear => Some(("published year", "a year in the published table")),
            RowKind::Extrapolated => Some((
                "extrapolated",
                "extrapolated beyond the published projection",
            )),
            RowKind::Modelled | RowKind::YearAhead => None,
        }
    }

    /// Whether the row is a year the appendix publishes (it is highlighted).
    pub fn is_published(self) -> bool {
        matches!(self, RowKind::AsPublished | RowKind::PublishedYear)
    }
}

/// A column's heading: words, or words the table completes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heading {
    /// Written as it is.
    Text(&'static str),
    /// Followed by " since " and the table's base year ("Total new staff since 2022").
    Since(&'static str),
    /// The compared total, as the table's comparison names it ([`Against::compared_heading`]).
    Compared,
    /// The difference from it ([`Against::difference_heading`]).
    Difference,
}

/// One column of a results table: its heading and the field of the row it shows (`None`: this
/// table does not have the column, for example vacancies not filled).
pub struct Column<R> {
    /// The heading, in the page and as the CSV's column name.
    pub heading: Heading,
    /// The row's figure in this column.
    pub value: fn(&R) -> Option<i64>,
}

impl<R: Row> Column<R> {
    /// The compared scenario's running total (present when the table has a comparison).
    pub const COMPARED: Column<R> = Column {
        heading: Heading::Compared,
        value: |r| r.compared().map(|c| c.total),
    };
    /// The difference from the compared scenario's running total.
    pub const DIFFERENCE: Column<R> = Column {
        heading: Heading::Difference,
        value: |r| r.compared().map(|c| c.difference),
    };
}

/// A view's row type: its figures as named fields, and its columns.
pub trait Row: Clone + PartialEq + Send + Sync + 'static {
    /// The heading of the row headings ("Year").
    const HEADING: &'static str;
    /// Every column a table of these rows may have, in order.
    const COLUMNS: &'static [Column<Self>];
    /// The column with the running total to the row's year (what the recap repeats).
    const RUNNING_TOTAL: &'static Column<Self>;
    /// The calendar year, or the year ahead for a provider (the row's key, `data-year`).
    fn key(&self) -> u16;
    /// What kind of year the row is.
    fn kind(&self) -> RowKind;
    /// Its running total compared with another scenario's, if the table has a comparison.
    fn compared(&self) -> Option<Compared>;

    /// The row heading ("2032", "Year 3").
    fn label(&self) -> String {
        match self.kind() {
            RowKind::YearAhead => format!("Year {}", self.key()),
            _ => self.key().to_string(),
        }
    }
}

/// The running total of a table's rows compared with the same rows under other assumptions
/// (the published strategy, or the county's turnover).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Compared {
    /// Their running total.
    pub total: i64,
    /// Ours less theirs.
    pub difference: i64,
}

impl Compared {
    /// Our running total `ours` against `theirs`.
    pub fn of(ours: i64, theirs: i64) -> Compared {
        Compared {
            total: theirs,
            difference: ours - theirs,
        }
    }
}

/// A results table: what the page shows and the CSV downloads, rounded once.
#[derive(Clone, Debug, PartialEq)]
pub struct Table<R> {
    /// What the table shows.
    pub caption: String,
    /// The year the figures count from ("since 2022"); none for a table of years ahead.
    pub base_year: Option<u16>,
    /// What the comparison columns compare with, if the table has them.
    pub against: Against,
    /// Rows in year order.
    pub rows: Vec<R>,
}

/// A results table as it is shown: headings and, row by row, the figures under them, read
/// through the row type's columns (for the page's table and the CSV, which show every figure).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    /// What the table shows.
    pub caption: String,
    /// The headings, the first for the row headings.
    pub headings: Vec<String>,
    /// The rows, in year order.
    pub rows: Vec<GridRow>,
}

/// One row of a [`Grid`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    /// The row's key (`data-year`).
    pub key: u16,
    /// The row heading.
    pub label: String,
    /// What kind of year it is.
    pub kind: RowKind,
    /// The figures, one under each heading after the first.
    pub figures: Vec<i64>,
}

impl<R: Row> Table<R> {
    /// The last row, if any.
    pub fn last(&self) -> Option<&R> {
        self.rows.last()
    }

    /// The row for a year (or year ahead), if the table has it.
    pub fn row(&self, key: u16) -> Option<&R> {
        self.rows.iter().find(|r| r.key() == key)
    }

    /// A heading as this table writes it.
    pub fn heading(&self, h: Heading) -> String {
        match h {
            Heading::Text(text) => text.to_string(),
            Heading::Since(text) => match self.base_year {
                Some(year) => format!("{text} since {year}"),
                None => text.to_string(),
            },
            Heading::Compared => self.against.compared_heading().to_string(),
            Heading::Difference => self.against.difference_heading().to_string(),
        }
    }

    /// The columns this table has: those with a figure in its rows.
    pub fn columns(&self) -> impl Iterator<Item = &'static Column<R>> + '_ {
        R::COLUMNS
            .iter()
            .filter(|c| self.rows.iter().any(|r| (c.value)(r).is_some()))
    }

    /// The row labels, in order (the charts' years).
    pub fn labels(&self) -> Vec<String> {
        self.rows.iter().map(Row::label).collect()
    }

    /// The compared running totals with their legend label, for the stacked chart's dashed
    /// marks, when the table has a comparison.
    pub fn compared_totals(&self) -> Option<(&'static str, Vec<i64>)> {
        let totals: Option<Vec<i64>> = self
            .rows
            .iter()
            .map(|r| r.compared().map(|c| c.total))
            .collect();
        totals
            .filter(|t| !t.is_empty())
            .map(|t| (self.against.legend(), t))
    }

    /// The comparison sentence of the headline, from the last row ("" without a comparison).
    pub fn comparison_sentence(&self) -> String {
        self.against.sentence(self.last().and_then(Row::compared))
    }

    /// The table as shown: every column it has, every row.
    pub fn grid(&self) -> Grid {
        let columns: Vec<_> = self.columns().collect();
        let mut headings = vec![R::HEADING.to_string()];
        headings.extend(columns.iter().map(|c| self.heading(c.heading)));
        let rows = self
            .rows
            .iter()
            .map(|r| GridRow {
                key: r.key(),
                label: r.label(),
                kind: r.kind(),
                figures: columns.iter().map(|c| (c.value)(r).unwrap_or(0)).collect(),
            })
            .collect();
        Grid {
            caption: self.caption.clone(),
            headings,
            rows,
        }
    }

    /// The last row's running total, if the table has rows.
    pub fn running_total(&self) -> Option<i64> {
        self.last().and_then(R::RUNNING_TOTAL.value)
    }

    /// The last row's running total with the headings that name it, for the compact recap
    /// that stays in view while the assumptions are edited. None for an empty table.
    pub fn recap(&self) -> Option<Recap> {
        let row = self.last()?;
        Some(Recap {
            what: self.heading(R::RUNNING_TOTAL.heading),
            when: row.label(),
            figure: grouped(self.running_total().unwrap_or(0)),
        })
    }
}

/// The running total a results table ends on, as the recap shows it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Recap {
    /// The column's heading ("Total new staff since 2022").
    pub what: String,
    /// The row's heading ("2032", "Year 5").
    pub when: String,
    /// The figure as the table shows it ("34,948").
    pub figure: String,
}

impl Grid {
    /// The table as CSV (RFC 4180: comma separated, CRLF line ends, quoted where needed), its
    /// column names the table's headings.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let header: Vec<String> = self.headings.iter().map(|c| csv_field(c)).collect();
        out.push_str(&header.join(","));
        out.push_str("\r\n");
        for row in &self.rows {
            let mut fields = vec![csv_field(&row.label)];
            fields.extend(row.figures.iter().map(i64::to_string));
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// CSV with this grid's headings over `lines` of text labels and figures (for tables whose
    /// rows are headed by more than one label, like the long format by role).
    pub fn to_csv_with(&self, lines: &[(String, String, Vec<i64>)]) -> String {
        let mut out = String::new();
        let header: Vec<String> = self.headings.iter().map(|c| csv_field(c)).collect();
        out.push_str(&header.join(","));
        out.push_str("\r\n");
        for (a, b, figures) in lines {
            let mut fields = vec![csv_field(a), csv_field(b)];
            fields.extend(figures.iter().map(i64::to_string));
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// The row for a key, if the grid has it.
    pub fn row(&self, key: u16) -> Option<&GridRow> {
        self.rows.iter().find(|r| r.key == key)
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
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct Demo {
        year: u16,
        staff: i64,
        optional: Option<i64>,
        total: i64,
    }

    const TOTAL: Column<Demo> = Column {
        heading: Heading::Since("Total"),
        value: |r| Some(r.total),
    };

    impl Row for Demo {
        const HEADING: &'static str = "Year";
        const COLUMNS: &'static [Column<Self>] = &[
            Column {
                heading: Heading::Text("Staff, \"all\""),
                value: |r| Some(r.staff),
            },
            Column {
                heading: Heading::Text("Optional"),
                value: |r| r.optional,
            },
            TOTAL,
        ];
        const RUNNING_TOTAL: &'static Column<Self> = &TOTAL;
        fn key(&self) -> u16 {
            self.year
        }
        fn kind(&self) -> RowKind {
            if self.year == 2024 {
                RowKind::AsPublished
            } else {
                RowKind::Modelled
            }
        }
        fn compared(&self) -> Option<Compared> {
            None
        }
    }

    fn table(optional: Option<i64>) -> Table<Demo> {
        Table {
            caption: "Demo".into(),
            base_year: Some(2022),
            against: Against::Strategy,
            rows: vec![
                Demo {
                    year: 2023,
                    staff: 10,
                    optional,
                    total: 1_200,
                },
                Demo {
                    year: 2024,
                    staff: 11,
                    optional,
                    total: 2_500,
                },
            ],
        }
    }

    #[test]
    fn the_grid_has_the_columns_with_figures_and_the_csv_quotes_what_it_must() {
        let g = table(None).grid();
        assert_eq!(g.headings, ["Year", "Staff, \"all\"", "Total since 2022"]);
        assert_eq!(g.rows[1].figures, [11, 2_500]);
        assert_eq!(g.rows[1].kind, RowKind::AsPublished);
        assert_eq!(
            g.to_csv(),
            "Year,\"Staff, \"\"all\"\"\",Total since 2022\r\n2023,10,1200\r\n2024,11,2500\r\n"
        );
        let with = table(Some(7)).grid();
        assert_eq!(with.headings[2], "Optional");
        assert_eq!(with.row(2023).unwrap().figures, [10, 7, 1_200]);
    }

    #[test]
    fn the_recap_is_the_running_total_of_the_last_row() {
        let r = table(None).recap().unwrap();
        assert_eq!(
            (r.what.as_str(), r.when.as_str(), r.figure.as_str()),
            ("Total since 2022", "2024", "2,500")
        );
        let empty = Table::<Demo> {
            rows: Vec::new(),
            ..table(None)
        };
        assert_eq!(empty.recap(), None);
    }

    #[test]
    fn only_published_years_are_highlighted_and_each_tag_says_what_it_means() {
        for kind in [
            RowKind::AsPublished,
            RowKind::PublishedYear,
            RowKind::Modelled,
            RowKind::Extrapolated,
            RowKind::YearAhead,
        ] {
            let published = matches!(kind, RowKind::AsPublished | RowKind::PublishedYear);
            assert_eq!(kind.is_published(), published, "{kind:?}");
            let tagged = !matches!(kind, RowKind::Modelled | RowKind::YearAhead);
            assert_eq!(kind.tag().is_some(), tagged, "{kind:?}");
        }
    }
}
