//! The README's URL table is the public contract partners read: every row of the field table
//! (`care_workforce::fields`) must have a row there for each view whose form shows it, with the
//! range the table allows and the default it gives.
//! A renamed key, a widened range or a changed default that the README does not follow fails here.

use care_workforce::fields::{Field, Unit};
use care_workforce::format::{grouped, trim};

const README: &str = include_str!("../../README.md");

/// The rows of the URL table: `(parameter, views, allowed, default)`.
fn rows() -> Vec<[String; 4]> {
    let start = README
        .find("| parameter | views | meaning | allowed | default |")
        .expect("the README has its URL table");
    README[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<String> = l
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            assert_eq!(cells.len(), 5, "a row of five cells: {l}");
            [
                cells[0].clone(),
                cells[1].clone(),
                cells[3].clone(),
                cells[4].clone(),
            ]
        })
        .collect()
}

/// A limit as the README writes it: whole numbers grouped in thousands, years as they are.
fn limit(v: f64, unit: Unit) -> String {
    if unit == Unit::Year {
        trim(v, 0)
    } else if v.fract() == 0.0 {
        grouped(v as i64)
    } else {
        trim(v, 2)
    }
}

#[test]
fn every_field_of_every_view_is_in_the_readme_with_its_range_and_default() {
    let rows = rows();
    // Every row of the field table, for each view whose form shows it.
    for field in Field::ALL {
        let spec = field.spec();
        for view in spec.views {
            // Documented in the prose under the table.
            if matches!(field, Field::Seed | Field::Spread) {
                continue;
            }
            let key = format!("`{}`", spec.key);
            let row = rows
                .iter()
                .find(|r| {
                    r[0].split(", ").any(|k| k == key)
                        && (r[1].starts_with("all") || r[1].contains(view.key()))
                })
                .unwrap_or_else(|| {
                    panic!("README has no row for {key} on the {} view", view.key())
                });
            let allowed = &row[2];
            if spec.unit == Unit::Flag {
                assert_eq!(allowed, "0 or 1", "{key}");
            } else {
                let range = format!(
                    "{} to {}",
                    limit(spec.min, spec.unit),
                    limit(spec.max, spec.unit)
                );
                assert!(
                    allowed.starts_with(&range),
                    "{key} ({}): README says {allowed:?}, the table allows {range}",
                    view.key()
                );
                // A calendar year is whole by nature; everything else says so.
                if spec.unit != Unit::Year {
                    assert_eq!(
                        allowed.contains("whole"),
                        spec.whole,
                        "{key}: whole numbers only?"
                    );
                }
            }
            let default = field.default_text();
            let shown = if default.is_empty() {
                "absent"
            } else {
                &default
            };
            assert!(
                row[3].starts_with(shown),
                "{key} ({}): README default {:?}, table {shown:?}",
                view.key(),
                row[3]
            );
        }
    }
}
