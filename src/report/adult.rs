//! The adult view's figures: its results table ([`AdultRow`]), headline, chart parts and working,
//! each read from the table by name.

use crate::calibration::{printed_parts_note, published_adult};
use crate::data::{self, ADULT_BASELINE};
use crate::engine::{project_adult, AdultAssumptions, Count, LaterBase, Projection};
use crate::fields::Field;
use crate::format::{grouped, grouped_decimal, percent, round_count};
use crate::scenario::{value, Form};

use super::compare::{is_published_adult, Against};
use super::rounding::{county_kind, round_parts_of, rounding, Rounding};
use super::table::{Column, Compared, Heading, Row, RowKind, Table};
use super::working::{staff_years, Working, ROUNDING};
use super::{about_and_per_year, on_assumptions, published_caption, Part};

/// One year of the adult results table, every figure rounded once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AdultRow {
    /// The calendar year.
    pub year: u16,
    /// What kind of year it is.
    pub kind: RowKind,
    /// The workforce required that year.
    pub workforce: i64,
    /// Extra staff for demand since the base year.
    pub extra_for_demand: i64,
    /// Leavers replaced since the base year.
    pub replacing_leavers: i64,
    /// Today's vacancies filled, when they are.
    pub vacancies: Option<i64>,
    /// The 2023 reform posts, when they are added.
    pub reforms: Option<i64>,
    /// New staff since the base year: the parts add up to it (but in a row as printed).
    pub total: i64,
    /// New staff that year: the difference of the running totals.
    pub in_year: i64,
    /// The published strategy's running total, when the assumptions differ from it.
    pub compared: Option<Compared>,
}

const TOTAL: Column<AdultRow> = Column {
    heading: Heading::Since("Total new staff"),
    value: |r| Some(r.total),
};

impl Row for AdultRow {
    const HEADING: &'static str = "Year";
    const COLUMNS: &'static [Column<Self>] = &[
        Column {
            heading: Heading::Text("Workforce required"),
            value: |r| Some(r.workforce),
        },
        Column {
            heading: Heading::Text("Extra staff for demand"),
            value: |r| Some(r.extra_for_demand),
        },
        Column {
            heading: Heading::Text("Replacing leavers"),
            value: |r| Some(r.replacing_leavers),
        },
        Column {
            heading: Heading::Text(VACANCIES),
            value: |r| r.vacancies,
        },
        Column {
            heading: Heading::Text(REFORMS),
            value: |r| r.reforms,
        },
        TOTAL,
        Column {
            heading: Heading::Text("New staff that year"),
            value: |r| Some(r.in_year),
        },
        Column::COMPARED,
        Column::DIFFERENCE,
    ];
    const RUNNING_TOTAL: &'static Column<Self> = &TOTAL;

    fn key(&self) -> u16 {
        self.year
    }

    fn compared(&self) -> Option<Compared> {
        self.compared
    }

    fn kind(&self) -> RowKind {
        self.kind
    }
}

/// The adult assumptions in the form, with any invalid field at its published default.
pub fn assumptions(form: &Form) -> AdultAssumptions {
    let d = published_adult();
    AdultAssumptions {
        horizon: Field::Horizon
            .year(form.number(Field::Horizon))
            .unwrap_or(d.horizon),
        turnover: Field::Turnover
            .rate(form.number(Field::Turnover))
            .unwrap_or(d.turnover),
        stay: Field::Stay
            .share(form.number(Field::Stay))
            .unwrap_or(d.stay),
        demand: form
            .value_or_default(Field::Demand)
            .and_then(|v| Field::Demand.rate(v).ok()),
        fill_vacancies: form.number(Field::IncludeVacancies) == 1.0,
        vacancy_rate: Field::VacancyRate
            .share(form.number(Field::VacancyRate))
            .unwrap_or(d.vacancy_rate),
        add_reforms: form.number(Field::IncludeReforms) == 1.0,
        start: later_base(form),
    }
}

/// The later base year and the person's figures for it, when both the year (before the target
/// year) and the workforce in post are valid (the vacant posts, optional, count as none unless
/// valid).
pub fn later_base(form: &Form) -> Option<LaterBase> {
    let valid = |field: Field| value(field, form.get(field)).ok().flatten();
    let year = Field::BaseYear.year(valid(Field::BaseYear)?).ok()?;
    if year.get() >= form.number(Field::Horizon) as u16 {
        return None;
    }
    let in_post = Field::InPost.count(valid(Field::InPost)?).ok()?;
    let vacant = valid(Field::VacantThen)
        .and_then(|v| Field::VacantThen.count(v).ok())
        .unwrap_or(Count::ZERO);
    Some(LaterBase {
        year,
        in_post,
        vacant,
    })
}

/// The vacancies part's heading and legend label.
const VACANCIES: &str = "Filling vacancies";
/// The reform posts' heading and legend label.
const REFORMS: &str = "2023 reform posts";

/// The adult results table: one row per year after the base. Cumulative figures are rounded
/// once per row so that the parts add up to the total; each year's new staff is the difference
/// of the rounded totals, so that column adds up to the running total. Under the published
/// assumptions the published years are rounded figure by figure instead, as the appendix does,
/// and show its figures exactly (its 2027 row's parts add up to one more than its total). With
/// other assumptions each row carries the published strategy's total beside its own.
pub fn adult_table(a: &AdultAssumptions, p: &Projection) -> Table<AdultRow> {
    let mut t = adult_table_alone(a, p);
    // From a later base year the published strategy's totals count from another year: no
    // comparison.
    let comparable = a.base_year(&ADULT_BASELINE) == ADULT_BASELINE.base_year;
    if comparable && !is_published_adult(a) {
        let strategy = AdultAssumptions {
            horizon: a.horizon,
            ..published_adult()
        };
        let theirs = adult_table_alone(&strategy, &project_adult(&ADULT_BASELINE, &strategy));
        for (row, other) in t.rows.iter_mut().zip(&theirs.rows) {
            row.compared = Some(Compared::of(row.total, other.total));
        }
    }
    t
}

fn adult_table_alone(a: &AdultAssumptions, p: &Projection) -> Table<AdultRow> {
    let published = is_published_adult(a);
    let base = a.base_year(&ADULT_BASELINE).get();
    let (vacancies_filled, reforms_added) = (a.fills_vacancies(), a.reforms_added(&ADULT_BASELINE));
    // The requirement in the base year (the appendix's, or the visitor's own).
    let base_workforce = p.rows[0].workforce;
    // Whether a year's extra staff for demand is its requirement less the base year's: always,
    // unless demand falls faster than staff leave and posts outlast the requirement.
    let follows_requirement = |r: &crate::engine::YearRow| {
        (r.extra_for_demand - (r.workforce - base_workforce)).abs() < 1e-6
    };
    let mut total_before = 0;
    let rows: Vec<AdultRow> = p.rows[1..]
        .iter()
        .map(|r| {
            let year = base + r.step;
            let kind = match county_kind(year, r.extrapolated, published) {
                // The appendix's years mean nothing special for the visitor's own figures.
                RowKind::PublishedYear if a.start.is_some() => RowKind::Modelled,
                kind => kind,
            };
            // The parts this row counts, in order; rounded together so they add up.
            let mut parts = vec![r.extra_for_demand, r.replacing_leavers];
            if vacancies_filled {
                parts.push(r.vacancies);
            }
            if reforms_added {
                parts.push(r.new_posts);
            }
            let how = rounding(kind);
            let (total, rounded) = if how == Rounding::AddingUp && follows_requirement(r) {
                // Extra staff for demand is the difference of the two printed requirements
                // (the year's and the base year's), and the other parts add up to the rest.
                let extra = round_count(r.workforce) - round_count(base_workforce);
                let (total, mut rest) = round_parts_of(r.total - extra as f64, &parts[1..], how);
                rest.insert(0, extra);
                (total + extra, rest)
            } else {
                round_parts_of(r.total, &parts, how)
            };
            let mut rounded = rounded.into_iter();
            let mut next = || rounded.next().unwrap_or(0);
            let (extra, leavers) = (next(), next());
            let vacancies = vacancies_filled.then(&mut next);
            let reforms = reforms_added.then(&mut next);
            let row = AdultRow {
                year,
                kind,
                workforce: round_count(r.workforce),
                extra_for_demand: extra,
                replacing_leavers: leavers,
                vacancies,
                reforms,
                total,
                in_year: total - total_before,
                compared: None,
            };
            total_before = total;
            row
        })
        .collect();
    let note = rows
        .iter()
        .find_map(|r: &AdultRow| {
            (r.kind == RowKind::AsPublished)
                .then(|| printed_parts_note(r.year))
                .flatten()
        })
        .map(|n| format!(". {n}."))
        .unwrap_or_default();
    Table {
        caption: format!(
            "New adult social care staff needed in Staffordshire, {} to {}{}{note}",
            base + 1,
            a.horizon.get(),
            match a.start {
                Some(_) => your_figures(base),
                None => published_caption(published).to_string(),
            }
        ),
        base_year: Some(base),
        against: Against::Strategy,
        rows,
    }
}

/// How a caption says its figures start from the visitor's own: ", from your own 2025
/// figures (not the appendix's)".
pub fn your_figures(base: u16) -> String {
    format!(", from your own {base} figures (not the appendix\u{2019}s)")
}

/// The adult headline, from the table's own rounded total.
pub fn adult_headline(a: &AdultAssumptions, t: &Table<AdultRow>) -> String {
    let last = t.last();
    let total = last.map_or(0, |r| r.total);
    let base = a.base_year(&ADULT_BASELINE);
    let (about, per_year) = about_and_per_year(total, a.horizon.steps_since(base));
    // From the visitor's own figures, the headline says which year it counts from.
    let (lead, from) = match a.start {
        Some(_) => (
            format!("On your own {} figures", base.get()),
            format!(" from {}", base.get()),
        ),
        None => (
            on_assumptions(is_published_adult(a)).to_string(),
            String::new(),
        ),
    };
    format!(
        "{lead}, Staffordshire would need about {about} new adult social care staff{from} by {}, about {per_year} a year.{}",
        a.horizon.get(),
        t.comparison_sentence()
    )
}

/// The parts of each year's total for the stacked chart: the table's own rounded figures
/// (negative ones drawn as 0), so chart and table always agree.
pub fn adult_parts(t: &Table<AdultRow>) -> Vec<Part> {
    let part = |label: &'static str, pattern, value: fn(&AdultRow) -> Option<i64>| {
        let values: Option<Vec<i64>> = t.rows.iter().map(|r| value(r).map(|v| v.max(0))).collect();
        values.map(|values| Part {
            label: label.into(),
            pattern,
            values,
        })
    };
    [
        part("Replacing leavers", "leavers", |r| {
            Some(r.replacing_leavers)
        }),
        part("Extra staff for demand", "demand", |r| {
            Some(r.extra_for_demand)
        }),
        part(VACANCIES, "vacancies", |r| r.vacancies),
        part(REFORMS, "reforms", |r| r.reforms),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The working behind the adult headline: the arithmetic with the current values, the figures
/// the table's own.
pub fn adult_working(a: &AdultAssumptions, p: &Projection, t: &Table<AdultRow>) -> Working {
    let y = a.horizon.get();
    let base_year = a.base_year(&ADULT_BASELINE).get();
    let last = p.last();
    let Some(row) = t.last() else {
        return Working::default();
    };
    let base = p.rows.first().map_or(0.0, |r| r.workforce);
    let mut steps = Vec::new();
    if let Some(s) = a.start {
        steps.push(format!(
            "Your own figures for {base_year}, not the appendix\u{2019}s: {} staff in post + {} vacant posts = {} posts required.",
            grouped(round_count(s.in_post.get())),
            grouped(round_count(s.vacant.get())),
            grouped(round_count(base))
        ));
    }
    let requirement = &ADULT_BASELINE.requirement;
    let path = match a.demand {
        None if a.start.is_some() => format!(
            "the published table's growth from {base_year}{}",
            if last.extrapolated {
                format!(
                    ", with its {}-{} trend continued after {}",
                    requirement.trend_from,
                    requirement.last_published_year(),
                    requirement.last_published_year()
                )
            } else {
                String::new()
            }
        ),
        None if last.extrapolated => format!(
            "the published table's path, with its {}-{} trend continued after {}",
            requirement.trend_from,
            requirement.last_published_year(),
            requirement.last_published_year()
        ),
        None => "the published table's path".to_string(),
        Some(d) => format!("{} a year from {base_year}", percent(d.as_percent(), 2)),
    };
    steps.push(format!(
        "Workforce required: {} in {base_year}, growing along {path} to {} in {y}.",
        grouped(round_count(base)),
        grouped(round_count(last.workforce)),
    ));
    steps.push(format!(
        "Extra staff for growing demand: {} \u{2212} {} = {}.",
        grouped(round_count(last.workforce)),
        grouped(round_count(base)),
        grouped(row.extra_for_demand)
    ));
    let loss = a.sector_leaver_rate().fraction();
    // The share lost as the product of the two rates as typed, so that a reader can multiply
    // it out, and rounded to one decimal where it is stated on its own.
    let product = format!(
        "{} \u{d7} {}",
        percent(a.turnover.as_percent(), 2),
        percent(100.0 - a.stay.as_percent(), 2)
    );
    steps.push(format!(
        "Staff lost to social care each year: {} turnover \u{d7} (100% \u{2212} {} staying in social care) = {product}, about {} of the staff in post at the start of the year.",
        percent(a.turnover.as_percent(), 2),
        percent(a.stay.as_percent(), 2),
        percent(100.0 * loss, 1)
    ));
    steps.push(format!(
        "Leavers replaced, {} to {y}: {product} \u{d7} {} (the staff in post at the start of each year, added up over the years) = {}.",
        base_year + 1,
        grouped(round_count(staff_years(p))),
        grouped(row.replacing_leavers)
    ));
    let mut sum = vec![
        grouped(row.extra_for_demand),
        grouped(row.replacing_leavers),
    ];
    if let Some(v) = row.vacancies {
        steps.push(match a.start {
            Some(_) => format!(
                "Vacant posts filled in {}: your {}.",
                base_year + 1,
                grouped(v)
            ),
            None => format!(
                "Vacant posts filled in {}: {} of the {} posts = {}. The staff in post at the start are the rest, {}.",
                base_year + 1,
                percent(a.vacancy_rate.as_percent(), 2),
                grouped(round_count(base)),
                grouped(v),
                grouped(round_count(p.rows[0].staffed))
            ),
        });
        sum.push(grouped(v));
    }
    if let Some(n) = row.reforms {
        let posts: Vec<&str> = data::REFORM_POSTS.iter().map(|f| f.shown).collect();
        steps.push(format!(
            "Posts for the 2023 reforms, filled in 2023: {} = {}.",
            posts.join(" + "),
            grouped(n)
        ));
        sum.push(grouped(n));
    }
    steps.push(format!(
        "New staff needed, {} to {y}: {} = {}.",
        base_year + 1,
        sum.join(" + "),
        grouped(row.total)
    ));
    let parts = row.extra_for_demand + row.replacing_leavers;
    let note = if row.kind == RowKind::AsPublished && parts != row.total {
        format!(
            "These are the appendix's own figures for {y}. It rounds each one separately, so its parts add up to {} rather than {}; unrounded they are {} + {} = {}.",
            grouped(parts),
            grouped(row.total),
            grouped_decimal(last.extra_for_demand, 1),
            grouped_decimal(last.replacing_leavers, 1),
            grouped_decimal(last.total, 1),
        )
    } else {
        ROUNDING.to_string()
    };
    Working { steps, note }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each field of a row is shown by its column, in the columns' order: a row with a different
    /// figure in every field reads back field by field (and a new field fails to compile here
    /// until it is given a value, and a column).
    #[test]
    fn each_column_shows_its_own_field() {
        let row = AdultRow {
            year: 2030,
            kind: RowKind::Modelled,
            workforce: 1,
            extra_for_demand: 2,
            replacing_leavers: 3,
            vacancies: Some(4),
            reforms: Some(5),
            total: 6,
            in_year: 7,
            compared: Some(Compared {
                total: 8,
                difference: 9,
            }),
        };
        let values: Vec<_> = AdultRow::COLUMNS.iter().map(|c| (c.value)(&row)).collect();
        assert_eq!(values, (1..=9).map(Some).collect::<Vec<_>>());
    }

    #[test]
    fn the_published_table_shows_the_appendix_and_its_headings() {
        let a = published_adult();
        let t = adult_table(&a, &project_adult(&ADULT_BASELINE, &a));
        let g = t.grid();
        assert_eq!(
            g.headings,
            [
                "Year",
                "Workforce required",
                "Extra staff for demand",
                "Replacing leavers",
                "Total new staff since 2022",
                "New staff that year"
            ]
        );
        let last = t.last().unwrap();
        assert_eq!(
            (last.year, last.kind, last.total),
            (2032, RowKind::AsPublished, 34_948)
        );
        assert!(g.to_csv().contains(",34948,"));
    }
}
