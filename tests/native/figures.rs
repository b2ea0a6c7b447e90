//! Every appendix figure is typed once, in `src/data`: prose elsewhere takes it from there. This
//! scans the library and the shell (`src/`, outside `src/data`) for the appendix's figures and
//! names the file and line of each one it finds typed again.
//!
//! What it looks for, all derived from the data module itself: every [`Figure`]'s `shown` text
//! ("32.2%", "23,063", "£13.56"), every calibrated assumption's ("63.9%"), every figure of the
//! two published tables (written as the page writes them, "34,948"), the published 0-17 path
//! ("0.2%"), the reform posts' sum, the base year and the published years (2022, 2024, 2027,
//! 2032), and the year of the workforce figures ("2021/22").
//!
//! What counts as typing one:
//! - in a string literal (what reaches a person: the page, the CSV, a message), a number written
//!   as one of those figures: the whole number token, with its thousands commas, decimals, a
//!   leading "£" and a trailing "%" ("32.2%" counts, "132.2%" and "32.2" do not). Plain whole
//!   numbers below 100 are left out: such small numbers are also years ahead, examples and
//!   sizes, and cannot be told from the appendix's 25 or 90 by their text. The strategy's own
//!   title ([`data::STRATEGY`], "… 2022-2027") is a name, not a figure, and is skipped;
//! - in code, a number literal that is the base year or a published year (`[2022, 2024, …]`);
//! - not comments (they do not reach the page), and not tests, which may state the published
//!   figures they check: a file's `#[cfg(test)]` module, and a module's tests in a file of their
//!   own (`tests.rs`);
//! - not CSS font weights in the charts' styles ([`NOT_FIGURES`]);
//! - a line marked `// figure-scan: not a figure (why)`, or the line after such a comment, is
//!   skipped: for a number that only looks like a figure (an SVG coordinate).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use care_workforce::data::{self, Figure};
use care_workforce::format::grouped;

/// The marker of a line the scan skips.
const MARKER: &str = "figure-scan: not a figure";

/// Text in string literals that holds a number only like a figure, and why.
const NOT_FIGURES: &[(&str, &str)] = &[("font-weight: 700", "a CSS font weight (bold)")];

/// Every figure text the scan looks for, from the data.
fn figure_texts() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut add = |text: String| {
        if counts(&text) {
            out.insert(text);
        }
    };
    for f in data::every_figure() {
        add(f.shown.to_string());
    }
    for c in data::CALIBRATED {
        for token in number_tokens(c.shown) {
            add(token);
        }
    }
    for r in data::PUBLISHED_ADULT.1 {
        for v in [
            r.workforce,
            r.extra_for_demand,
            r.replacing_leavers,
            r.total,
        ] {
            add(grouped(v as i64));
        }
    }
    for r in data::PUBLISHED_CHILDREN.1 {
        for v in [r.social_work, r.other, r.all] {
            add(grouped(v as i64));
        }
    }
    for &(_, change) in &data::PATH_0_17.points[1..] {
        add(format!("{:.1}%", (100.0 * change).abs()));
    }
    add(grouped(data::ADULT_BASELINE.reform_posts.get() as i64));
    for year in years() {
        add(year.to_string());
    }
    add(data::FIGURES_YEAR.to_string());
    out
}

/// The base year and the published years.
fn years() -> Vec<u16> {
    let mut y = vec![data::BASE_YEAR];
    y.extend(data::PUBLISHED_YEARS);
    y
}

/// Whether a figure text is distinctive enough to scan for (not a plain whole number below 100).
fn counts(text: &str) -> bool {
    let plain = text.chars().all(|c| c.is_ascii_digit());
    !(plain && text.parse::<u32>().is_ok_and(|n| n < 100))
}

/// The number tokens of a text: digits with thousands commas, decimals or a "/22" year part,
/// with a leading "£" and a trailing "%" when they have them.
fn number_tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = if i > 0 && chars[i - 1] == '£' {
            i - 1
        } else {
            i
        };
        let mut j = i;
        loop {
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            // A separator followed by a digit continues the number: "23,063", "32.2", "2021/22".
            if j + 1 < chars.len()
                && matches!(chars[j], ',' | '.' | '/')
                && chars[j + 1].is_ascii_digit()
            {
                j += 1;
                continue;
            }
            break;
        }
        if j < chars.len() && chars[j] == '%' {
            j += 1;
        }
        out.push(chars[start..j].iter().collect());
        i = j;
    }
    out
}

/// One piece of a source file: a string literal's text, or a run of code, with its line.
enum Piece {
    Text(usize, String),
    Code(usize, String),
}

/// The string literals and the code of a Rust source, without its comments, up to its
/// `#[cfg(test)]` module.
fn pieces(source: &str) -> Vec<Piece> {
    let end = source.find("#[cfg(test)]").unwrap_or(source.len());
    let chars: Vec<char> = source[..end].chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let mut code = String::new();
    let mut code_line = 1;
    let flush = |code: &mut String, at: usize, out: &mut Vec<Piece>| {
        if !code.trim().is_empty() {
            out.push(Piece::Code(at, std::mem::take(code)));
        }
        code.clear();
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
            continue;
        }
        // A raw string: r"…", r#"…"#, br"…".
        let raw_at = if c == 'r' {
            Some(i + 1)
        } else if c == 'b' && next == Some('r') {
            Some(i + 2)
        } else {
            None
        };
        if let Some(mut k) = raw_at.filter(|_| i == 0 || !is_ident(chars[i - 1])) {
            let mut hashes = 0;
            while chars.get(k) == Some(&'#') {
                hashes += 1;
                k += 1;
            }
            if chars.get(k) == Some(&'"') {
                flush(&mut code, code_line, &mut out);
                let at = line;
                let close: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let rest: String = chars[k + 1..].iter().collect();
                let len = rest.find(&close).unwrap_or(rest.len());
                let text: String = rest.chars().take(len).collect();
                line += text.matches('\n').count();
                i = k + 1 + text.chars().count() + close.chars().count();
                out.push(Piece::Text(at, text));
                code_line = line;
                continue;
            }
        }
        if c == '"' {
            flush(&mut code, code_line, &mut out);
            let at = line;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                    match chars.get(i) {
                        Some('u') => {
                            let close = (i..chars.len()).find(|&k| chars[k] == '}').unwrap_or(i);
                            let hex: String = chars[i + 2..close].iter().collect();
                            text.extend(
                                u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32),
                            );
                            i = close;
                        }
                        Some('\n') => {
                            // A continued line: the next line's leading spaces are not part of it.
                            line += 1;
                            while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                i += 1;
                            }
                        }
                        Some('n') => text.push('\n'),
                        Some(&other) => text.push(other),
                        None => {}
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    text.push(chars[i]);
                }
                i += 1;
            }
            i += 1;
            out.push(Piece::Text(at, text));
            code_line = line;
            continue;
        }
        // A char literal ('"', '\'') is not the start of a string; a lifetime has no closing quote.
        if c == '\'' {
            let close = if next == Some('\\') {
                chars[i + 2..]
                    .iter()
                    .position(|&c| c == '\'')
                    .map(|p| i + 2 + p)
            } else {
                (chars.get(i + 2) == Some(&'\'')).then_some(i + 2)
            };
            if let Some(close) = close {
                i = close + 1;
                continue;
            }
        }
        if c == '\n' {
            line += 1;
            if code.is_empty() {
                code_line = line;
            }
        }
        if code.is_empty() {
            code_line = line;
        }
        code.push(c);
        i += 1;
    }
    flush(&mut code, code_line, &mut out);
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The number literals of a run of code that are one of `years`, with their line.
fn year_literals(start: usize, code: &str, years: &[u16]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, text) in code.split('\n').enumerate() {
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i].is_ascii_digit() && (i == 0 || !is_ident(chars[i - 1])) {
                let j = (i..chars.len())
                    .find(|&k| !chars[k].is_ascii_digit())
                    .unwrap_or(chars.len());
                let number: String = chars[i..j].iter().collect();
                if number.parse::<u16>().is_ok_and(|y| years.contains(&y)) {
                    out.push((start + n, number));
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }
    out
}

/// Every `.rs` file under `dir`, but those under `src/data` and test modules (`tests.rs` or a
/// `tests/` folder).
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path
                    .file_name()
                    .is_some_and(|n| n != "data" && n != "tests")
                {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.file_name().is_some_and(|n| n != "tests.rs")
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Where `source` types a figure of `figures` or a year of `years`: `(line, what)`.
fn typed_figures(source: &str, figures: &BTreeSet<String>, years: &[u16]) -> Vec<(usize, String)> {
    let lines: Vec<&str> = source.lines().collect();
    let marked = |line: usize| {
        let at = |n: usize| n >= 1 && lines.get(n - 1).is_some_and(|l| l.contains(MARKER));
        at(line) || at(line - 1)
    };
    let mut found = Vec::new();
    for piece in pieces(source) {
        match piece {
            Piece::Text(line, text) => {
                let mut text = text.replace(data::STRATEGY, "");
                for (not, _why) in NOT_FIGURES {
                    text = text.replace(not, "");
                }
                for token in number_tokens(&text) {
                    if figures.contains(&token) {
                        found.push((line, format!("{token:?} in {text:?}")));
                    }
                }
            }
            Piece::Code(line, code) => {
                for (line, year) in year_literals(line, &code, years) {
                    found.push((line, format!("the year {year} in code")));
                }
            }
        }
    }
    found.retain(|(line, _)| !marked(*line));
    found
}

#[test]
fn no_appendix_figure_is_typed_outside_src_data() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let figures = figure_texts();
    assert!(figures.contains("32.2%") && figures.contains("34,948") && figures.contains("2022"));
    let years = years();
    let mut found = Vec::new();
    for path in sources(&root.join("src")) {
        let source = std::fs::read_to_string(&path).unwrap();
        for (line, what) in typed_figures(&source, &figures, &years) {
            let file = path.strip_prefix(root).unwrap().display();
            found.push(format!("{file}:{line}: {what}"));
        }
    }
    assert!(
        found.is_empty(),
        "appendix figures typed outside src/data (take them from crate::data):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_figures_in_strings_and_years_in_code_but_not_in_comments_or_tests() {
    let figures = figure_texts();
    let years = years();
    let source = r#"
// 32.2% in a comment is not shown to anyone
fn a() -> String { format!("the county's 32.2% turnover, {} \u{2212}0.3%", x) }
const B: [u16; 2] = [2022, 2040];
fn c() { let _ = "132.2% and 32.2 and 12 and 2027.5 and 1,2022"; }
fn d() { let _ = r"90 + 100 + 25"; }
// figure-scan: not a figure (a coordinate)
fn e() { let _ = "0 0 100 1"; }
fn f() { let _ = 'a'; let _ = '"'; let _ = "since 2022, £13.56"; }
#[cfg(test)]
mod tests { const T: &str = "34,948"; }
"#;
    let found: Vec<_> = typed_figures(source, &figures, &years)
        .into_iter()
        .map(|(line, what)| (line, what.split(' ').next().unwrap().to_string()))
        .collect();
    assert_eq!(
        found,
        [
            (3, "\"32.2%\"".to_string()),
            (3, "\"0.3%\"".to_string()),
            (4, "the".to_string()),
            (6, "\"100\"".to_string()),
            (9, "\"2022\"".to_string()),
            (9, "\"£13.56\"".to_string()),
        ]
    );
    assert_eq!(
        number_tokens("2021/22 and £18,838."),
        ["2021/22", "£18,838"]
    );
}

#[test]
fn every_figure_of_the_data_is_scanned_for() {
    // Each `fig(` in src/data makes one Figure; every one is in `data::every_figure()`.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data");
    let made: usize = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .map(|s| s.matches("fig(").count() - s.matches("fn fig(").count())
        .sum();
    let every: Vec<Figure> = data::every_figure();
    assert_eq!(
        every.len(),
        made,
        "a Figure missing from data::every_figure()"
    );
}
