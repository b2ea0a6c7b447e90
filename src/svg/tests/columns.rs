//! The stacked columns, their compared marks and their legend, checked as drawings.

use super::*;

#[test]
fn stacked_columns_stack_each_part_as_given_and_label_the_total() {
    let parts = [
        part("Replacing leavers", "leavers", &[10, 20]),
        part("Extra staff for demand", "demand", &[1, 0]),
    ];
    let d = stacked_columns(&parts, &years(2023, 2), None, ChartLayout::Wide);
    assert!(d.is_plot());
    assert!(d
        .description
        .contains("By 2024 the total is 20: 20 replacing leavers, 0 extra staff for demand."));
    let cols = columns(&d);
    assert_eq!(cols[0].0, "chart__col chart__col--leavers");
    assert_eq!(cols[1].0, "chart__col chart__col--demand");
    // A rectangle per year, but none for a part of nothing that year.
    assert_eq!((cols[0].1.len(), cols[1].1.len()), (2, 1));
    // The demand part sits on the leavers' column, a tenth of its height.
    let (leavers, demand) = (cols[0].1[0], cols[1].1[0]);
    assert!((demand.y + demand.h - leavers.y).abs() < 1e-9);
    assert!((demand.h * 10.0 - leavers.h).abs() < 1e-9);
    assert_eq!(values_of(&d, Style::Value), ["20"]);
    assert_eq!(values_of(&d, Style::Category), ["2023", "2024"]);
}

#[test]
fn compared_totals_are_dashed_marks_on_each_column_and_in_the_description() {
    let parts = [part("Replacing leavers", "leavers", &[10, 20, 30])];
    let plain = stacked_columns(&parts, &years(2023, 3), None, ChartLayout::Wide);
    let compared = Compared {
        label: "Published strategy",
        totals: &[12, 24, 60],
    };
    let d = stacked_columns(&parts, &years(2023, 3), Some(compared), ChartLayout::Wide);
    let dashes: Vec<&Stroke> = d
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Path {
                class: "chart__compare",
                shape: Shape::Strokes(s),
            } => Some(s),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(dashes.len(), 3);
    assert_eq!(plain.marks.len() + 1, d.marks.len(), "one mark more");
    assert!(d
        .description
        .contains("A dashed mark on each column shows published strategy: 60 by 2025."));
    // The axis makes room for a compared total above every column: the 60 sits inside the
    // plot, higher than the last column's top, and the total's label clear of both.
    let plot = ChartLayout::Wide.plot();
    let top = columns(&d)[0].1[2].y;
    assert!(dashes[2].y >= plot.top && dashes[2].y < top);
    let label = d
        .texts()
        .into_iter()
        .find(|t| t.style == Style::Value)
        .unwrap()
        .bounds();
    assert!(
        label.y > dashes[2].y || label.y + label.h < dashes[2].y,
        "{label:?}"
    );
    assert!(label.y > top || label.y + label.h < top, "{label:?}");
    // Compared totals of another length than the years are not drawn.
    let wrong = Compared {
        totals: &[1],
        ..compared
    };
    let d = stacked_columns(&parts, &years(2023, 3), Some(wrong), ChartLayout::Wide);
    assert_eq!(d, plain);
}

#[test]
fn legends_come_from_the_data() {
    let parts = [
        part("Replacing leavers", "leavers", &[1]),
        part("Filling vacancies", "vacancies", &[1]),
    ];
    let keys = legend::columns(&parts, Some("Published strategy"));
    let labels: Vec<&str> = keys.iter().map(|k| k.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Replacing leavers",
            "Filling vacancies",
            "Published strategy"
        ]
    );
    assert_eq!(
        keys[1].swatch,
        Swatch::Fill("chart__col chart__col--vacancies")
    );
    assert_eq!(keys[2].swatch, Swatch::Line("chart__compare"));
    assert_eq!(legend::columns(&parts, None).len(), 2);
    assert_eq!(legend::fan().len(), 3);
    // A swatch fills its square, or draws a line across its middle.
    assert_eq!(
        keys[0].swatch.marks(24.0, 10.0),
        [Mark::Path {
            class: "chart__col chart__col--leavers",
            shape: Shape::Rects(vec![Rect {
                x: 24.0,
                y: 10.0,
                w: 16.0,
                h: 16.0
            }]),
        }]
    );
    assert_eq!(
        write::marks(&keys[2].swatch.marks(0.0, 0.0)),
        r#"<path class="chart__compare" d="M0 8H16"/>"#
    );
}
