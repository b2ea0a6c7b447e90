//! The library's modules depend on each other in one direction: the engine on nothing, and no
//! cycle anywhere (issue 10). Read from the sources: every `crate::<module>` a module's files
//! name, resolved to the library's top-level modules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The library's top-level modules, from `src/lib.rs`.
fn modules(src: &Path) -> Vec<String> {
    std::fs::read_to_string(src.join("lib.rs"))
        .expect("src/lib.rs")
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|m| m.trim_end_matches(';').to_string())
        .collect()
}

/// The files of a module: `src/<m>.rs`, or every `.rs` file under `src/<m>/`.
fn files(src: &Path, module: &str) -> Vec<PathBuf> {
    let single = src.join(format!("{module}.rs"));
    if single.exists() {
        return vec![single];
    }
    let mut out = Vec::new();
    let mut stack = vec![src.join(module)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    assert!(!out.is_empty(), "no source files for module {module}");
    out
}

/// The other top-level modules a module's files name as `crate::<module>` (also inside a
/// `use crate::{a, b}` group), test code included.
fn dependencies(src: &Path, module: &str, all: &BTreeSet<String>) -> BTreeSet<String> {
    let mut deps = BTreeSet::new();
    for file in files(src, module) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("crate::") {
            let rest = &text[at + "crate::".len()..];
            let names: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group[..group.find('}').unwrap_or(group.len())]
                    .split(',')
                    .map(|n| n.trim().split("::").next().unwrap_or("").trim())
                    .collect(),
                None => vec![rest
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or("")],
            };
            for name in names {
                if name != module && all.contains(name) {
                    deps.insert(name.to_string());
                }
            }
        }
    }
    deps
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let all: BTreeSet<String> = modules(&src).into_iter().collect();
    assert!(all.len() > 10, "modules read from src/lib.rs: {all:?}");
    all.iter()
        .map(|m| (m.clone(), dependencies(&src, m, &all)))
        .collect()
}

#[test]
fn the_engine_names_no_other_module_of_the_library() {
    let g = graph();
    assert_eq!(g["engine"], BTreeSet::new(), "the engine must be pure");
}

/// The library in layers, lowest first: a module may name only modules of lower layers. The
/// first layer is the engine and the leaf helpers (number formatting, the HTML escaper, chart
/// geometry), which name nothing; then the data, the field table and the edition (the data's date
/// and the version), the calibration, the URL state
/// and the About page's worked-out figures; each view's figures (report) and the wording of a
/// target's answer; the charts; and last what the shell reads: each view's model, the
/// downloads and the pre-rendered pages.
const LAYERS: &[&[&str]] = &[
    &["engine", "format", "markup", "chart"],
    &["data"],
    &["fields", "edition"],
    &["calibration"],
    &["scenario", "about"],
    &["report", "target"],
    &["svg"],
    &["model", "export", "pages"],
    &["dataset"],
];

#[test]
fn each_module_names_only_lower_layers() {
    let g = graph();
    let layer = |m: &str| LAYERS.iter().position(|l| l.contains(&m));
    for (m, deps) in &g {
        let Some(own) = layer(m) else {
            panic!("module {m} is in no layer: place it in LAYERS");
        };
        for d in deps {
            let theirs = layer(d).expect("every module is in a layer");
            assert!(
                theirs < own,
                "{m} (layer {own}) names {d} (layer {theirs}): dependencies run one way only"
            );
        }
    }
}

#[test]
fn the_modules_have_no_cycle() {
    let g = graph();
    // Take away modules that name nothing left, until none are left; what stays is a cycle.
    let mut left = g.clone();
    let mut order = Vec::new();
    while !left.is_empty() {
        let ready: Vec<String> = left
            .iter()
            .filter(|(_, deps)| deps.iter().all(|d| !left.contains_key(d)))
            .map(|(m, _)| m.clone())
            .collect();
        assert!(
            !ready.is_empty(),
            "a cycle among {:?} (taken away in order: {order:?})",
            left
        );
        for m in ready {
            left.remove(&m);
            order.push(m);
        }
    }
    assert_eq!(order.len(), g.len());
}
