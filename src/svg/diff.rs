//! What changed between two drawings of a chart, so a page can update the elements it has
//! instead of parsing the whole chart again (`components/chart_frame.rs`). An edit usually
//! moves a few columns and rewrites a few labels; the elements stay the same.
//!
//! It reads only the markup this module's writers produce: elements with double-quoted
//! attributes, text only inside leaf elements (`<text>`, `<desc>`), no comments.

use crate::markup::unescape;

/// One change to an element, which is named by its position among the chart's elements in
/// document order (the order of `querySelectorAll("*")` on the chart's container).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Set attribute `name` of element `element` to `value` (unescaped).
    Attribute {
        /// The element's position.
        element: usize,
        /// The attribute's name.
        name: String,
        /// Its new value, as the DOM holds it (entities decoded).
        value: String,
    },
    /// Set the text of element `element` (its one text node) to `value` (unescaped).
    Text {
        /// The element's position.
        element: usize,
        /// The new text, as the DOM holds it (entities decoded).
        value: String,
    },
}

/// One element of the markup: its start tag (without `<` and `>`) and its text.
struct Element<'a> {
    tag: &'a str,
    text: &'a str,
}

/// The elements of `markup` in document order; `None` if it is not markup this reads.
fn elements(markup: &str) -> Option<Vec<Element<'_>>> {
    let mut out: Vec<Element> = Vec::new();
    let mut rest = markup;
    // The element whose text comes next: the last one opened and not closed, if it is the
    // last one written (text only sits in leaf elements).
    let mut open_leaf = false;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('<') {
            let end = after.find('>')?;
            let tag = &after[..end];
            rest = &after[end + 1..];
            if tag.starts_with('/') {
                open_leaf = false;
            } else if tag.starts_with('!') || tag.starts_with('?') {
                return None;
            } else {
                open_leaf = !tag.ends_with('/');
                out.push(Element { tag, text: "" });
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = &rest[..end];
            rest = &rest[end..];
            match out.last_mut() {
                Some(last) if open_leaf => last.text = text,
                _ => return None,
            }
        }
    }
    Some(out)
}

/// A start tag's name and its attributes, in order.
fn parts(tag: &str) -> Option<(&str, Vec<(&str, &str)>)> {
    let tag = tag.strip_suffix('/').unwrap_or(tag);
    let (name, mut rest) = tag.split_once(' ').unwrap_or((tag, ""));
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return Some((name, attributes));
        }
        let eq = rest.find("=\"")?;
        let value_start = eq + 2;
        let len = rest[value_start..].find('"')?;
        attributes.push((&rest[..eq], &rest[value_start..value_start + len]));
        rest = &rest[value_start + len + 1..];
    }
}

/// The changes that turn the elements of `old` into those of `new`, when both have the same
/// elements with the same attributes (only values and texts differ); `None` when they do not
/// (the page then replaces the chart), or when either is not markup this reads.
pub fn changes(old: &str, new: &str) -> Option<Vec<Change>> {
    let (before, after) = (elements(old)?, elements(new)?);
    if before.len() != after.len() {
        return None;
    }
    let mut out = Vec::new();
    for (element, (a, b)) in before.iter().zip(&after).enumerate() {
        if a.tag != b.tag {
            let ((name_a, attrs_a), (name_b, attrs_b)) = (parts(a.tag)?, parts(b.tag)?);
            if name_a != name_b || attrs_a.len() != attrs_b.len() {
                return None;
            }
            for ((key_a, value_a), (key_b, value_b)) in attrs_a.iter().zip(&attrs_b) {
                if key_a != key_b {
                    return None;
                }
                if value_a != value_b {
                    out.push(Change::Attribute {
                        element,
                        name: (*key_b).to_string(),
                        value: unescape(value_b),
                    });
                }
            }
        }
        if a.text != b.text {
            // An empty text is no text node in the DOM: nothing to set.
            if a.text.is_empty() || b.text.is_empty() {
                return None;
            }
            out.push(Change::Text {
                element,
                value: unescape(b.text),
            });
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::ChartLayout;
    use crate::report::Part;
    use crate::svg::{stacked_columns, Labels};

    const L: Labels = Labels {
        title_id: "t",
        desc_id: "d",
    };

    fn chart(leavers: &[i64], demand: &[i64], layout: ChartLayout) -> String {
        let parts = [
            Part {
                label: "Replacing leavers",
                pattern: "leavers",
                values: leavers.to_vec(),
            },
            Part {
                label: "Extra staff for demand",
                pattern: "demand",
                values: demand.to_vec(),
            },
        ];
        let years: Vec<String> = (0..leavers.len()).map(|i| (2023 + i).to_string()).collect();
        stacked_columns(&parts, &years, layout, L)
    }

    /// `old` with `changes` applied, written back as markup (attributes and texts replaced in
    /// place): what the page holds after applying them.
    fn apply(old: &str, changes: &[Change]) -> String {
        let els = elements(old).unwrap();
        let mut tags: Vec<String> = els.iter().map(|e| e.tag.to_string()).collect();
        let mut texts: Vec<String> = els.iter().map(|e| e.text.to_string()).collect();
        for c in changes {
            match c {
                Change::Attribute {
                    element,
                    name,
                    value,
                } => {
                    let (tag_name, attrs) = parts(&tags[*element]).unwrap();
                    let self_closing = tags[*element].ends_with('/');
                    let mut t = tag_name.to_string();
                    for (k, v) in attrs {
                        let v = if k == name {
                            crate::markup::escape(value)
                        } else {
                            v.to_string()
                        };
                        t.push_str(&format!(" {k}=\"{v}\""));
                    }
                    if self_closing {
                        t.push('/');
                    }
                    tags[*element] = t;
                }
                Change::Text { element, value } => {
                    texts[*element] = crate::markup::escape(value);
                }
            }
        }
        // Rebuild: walk the old markup, swapping each start tag and text.
        let mut out = String::new();
        let mut rest = old;
        let mut i = 0;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('<') {
                let end = after.find('>').unwrap();
                let tag = &after[..end];
                if tag.starts_with('/') {
                    out.push_str(&rest[..end + 2]);
                } else {
                    out.push_str(&format!("<{}>", tags[i]));
                    out.push_str(&texts[i]);
                    i += 1;
                }
                rest = &after[end + 1..];
                // Skip the old text of that element.
                if !tag.starts_with('/') {
                    let text_end = rest.find('<').unwrap_or(rest.len());
                    rest = &rest[text_end..];
                }
            } else {
                unreachable!("texts are skipped with their element");
            }
        }
        out
    }

    #[test]
    fn a_chart_whose_figures_move_is_updated_in_place() {
        let old = chart(&[100, 200, 300], &[10, 20, 30], ChartLayout::WIDE);
        let new = chart(&[110, 220, 310], &[10, 20, 30], ChartLayout::WIDE);
        let changes = changes(&old, &new).expect("the same elements");
        assert!(!changes.is_empty());
        assert!(changes.len() < elements(&new).unwrap().len());
        assert_eq!(apply(&old, &changes), new);
        assert!(changes.iter().any(|c| matches!(c, Change::Text { .. })));
    }

    proptest::proptest! {
        /// Whatever two drawings of a chart are, applying the changes gives the second, or
        /// there are none to apply and the page replaces the chart.
        #[test]
        fn the_changes_turn_one_drawing_into_the_other(
            a in proptest::collection::vec((0i64..50_000, 0i64..5_000), 1..12),
            factor in 0.8f64..1.2,
            narrow in proptest::bool::ANY,
        ) {
            // Another drawing of as many years, with the figures moved (as an edit moves them).
            let b: Vec<(i64, i64)> = a
                .iter()
                .map(|&(l, d)| ((l as f64 * factor) as i64, d))
                .collect();
            let layout = if narrow { ChartLayout::NARROW } else { ChartLayout::WIDE };
            let draw = |v: &[(i64, i64)]| {
                let (l, d): (Vec<i64>, Vec<i64>) = v.iter().copied().unzip();
                chart(&l, &d, layout)
            };
            let (old, new) = (draw(&a), draw(&b));
            match changes(&old, &new) {
                Some(c) => proptest::prop_assert_eq!(apply(&old, &c), new),
                // Only when the axis has another number of ticks.
                None => proptest::prop_assert_ne!(
                    old.matches("chart__tick").count(),
                    new.matches("chart__tick").count()
                ),
            }
        }
    }

    #[test]
    fn nothing_changes_for_the_same_chart() {
        let a = chart(&[10, 20], &[1, 2], ChartLayout::NARROW);
        assert_eq!(changes(&a, &a), Some(vec![]));
    }

    #[test]
    fn another_shape_is_replaced_whole() {
        let wide = chart(&[10, 20, 30], &[1, 2, 3], ChartLayout::WIDE);
        // More columns, the other layout, or fewer ticks on the axis: other elements.
        assert_eq!(
            changes(
                &wide,
                &chart(&[10, 20, 30, 40], &[1, 2, 3, 4], ChartLayout::WIDE)
            ),
            None
        );
        assert_eq!(
            changes(
                &wide,
                &chart(&[10, 20, 30], &[1, 2, 3], ChartLayout::NARROW)
            ),
            None
        );
    }

    #[test]
    fn texts_and_attributes_are_given_as_the_dom_holds_them() {
        let old = r#"<svg a="1"><desc id="d">A &amp; B</desc><text x="1">3</text></svg>"#;
        let new = r#"<svg a="1"><desc id="d">A &lt; B</desc><text x="&quot;2">4</text></svg>"#;
        assert_eq!(
            changes(old, new),
            Some(vec![
                Change::Text {
                    element: 1,
                    value: "A < B".into()
                },
                Change::Attribute {
                    element: 2,
                    name: "x".into(),
                    value: "\"2".into()
                },
                Change::Text {
                    element: 2,
                    value: "4".into()
                },
            ])
        );
    }

    #[test]
    fn markup_it_does_not_read_is_replaced_whole() {
        let ok = r#"<svg><text x="1">a</text></svg>"#;
        for other in [
            r#"<svg><!-- a comment --><text x="1">a</text></svg>"#,
            r#"<svg>loose text<text x="1">a</text></svg>"#,
            r#"<svg><text x=1>a</text></svg>"#,
            r#"<svg><text x="1"></text></svg>"#,
            r#"<svg><text y="1">a</text></svg>"#,
            r#"<svg><g x="1">a</g></svg>"#,
        ] {
            assert_eq!(changes(ok, other), None, "{other}");
        }
    }
}
