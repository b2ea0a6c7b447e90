//! The download's names and its CSVW description, read back as JSON.

use super::*;
use crate::model::{AdultModel, Model, ProviderModel};

fn adult_grid(s: &Scenario) -> Grid {
    AdultModel::sheet(&AdultModel::assumptions(&s.form))
        .shown()
        .grid
}

#[test]
fn the_file_names_name_the_view_and_the_scenario() {
    let names: Vec<(String, String)> = [
        "?view=adult",
        "?view=adult&turnover=28",
        "?view=adult&turnover=28&vacancies=1",
        "?view=adult&horizon=2030&reforms=1&seed=7&target=3000",
        "?view=adult&turnover=abc",
        "?view=provider&staff=120&years=10",
        "?view=children&demand=3",
    ]
    .iter()
    .map(|q| {
        let s = Scenario::from_query(q);
        (csv_name(&s), metadata_name(&s))
    })
    .collect();
    let csv: Vec<&str> = names.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        csv,
        [
            "care-workforce-adult-published.csv",
            "care-workforce-adult-turnover28.csv",
            "care-workforce-adult-turnover28-vacancies1.csv",
            // Neither the seed nor the target changes the table.
            "care-workforce-adult-horizon2030-reforms1.csv",
            // An invalid value: the table uses the published one.
            "care-workforce-adult-published.csv",
            "care-workforce-provider-staff120-years10.csv",
            // A parameter of another view is ignored.
            "care-workforce-children-published.csv",
        ]
    );
    assert_eq!(
        names[1].1,
        "care-workforce-adult-turnover28.csv-metadata.json"
    );
    let path = csv_name(&Scenario::from_query("?view=adult&demand=1.5"));
    assert_eq!(path, "care-workforce-adult-demand1.5.csv");
    let own = csv_name(&Scenario::from_query(
        "?view=adult&base=2025&inpost=24000&vacant=2000&turnover=28",
    ));
    assert_eq!(
        own,
        "care-workforce-adult-own-figures-turnover28-base2025-inpost24000-vacant2000.csv"
    );
}

#[test]
fn the_metadata_of_a_later_base_says_the_figures_are_the_visitors() {
    let s = Scenario::from_query("?view=adult&base=2025&inpost=24000");
    let grid = adult_grid(&s);
    let v: serde_json::Value = serde_json::from_str(
        &Metadata::new(&s, &grid, &grid.to_csv(), 1, "link", "2026-12-02").json(),
    )
    .unwrap();
    let title = v["dc:title"].as_str().unwrap();
    assert!(
        title.contains("2026 to 2032, from your own 2025 figures (not the appendix"),
        "{title}"
    );
    assert!(v["dc:temporal"]
        .as_str()
        .unwrap()
        .contains("the 2025 starting workforce is the visitor"));
    let notes: Vec<&str> = v["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        notes.contains(&"Year to start from: 2025 (your figures, not the appendix\u{2019}s)"),
        "{notes:?}"
    );
    assert!(
        notes.contains(&"Workforce in post that year: 24,000"),
        "{notes:?}"
    );
    assert!(
        !notes
            .iter()
            .any(|n| n.starts_with("Fill today") || n.starts_with("Add the 2023")),
        "{notes:?}"
    );
    assert_eq!(
        v["tableSchema"]["columns"][4]["titles"],
        "Total new staff since 2025"
    );
}

#[test]
fn a_long_scenario_is_named_by_a_stable_hash_and_different_ones_differ() {
    let long = "?view=adult&horizon=2040&turnover=28.5&stay=61.25&demand=2.75&vacancies=1&vacancy_rate=12.5&reforms=1";
    let a = csv_name(&Scenario::from_query(long));
    assert!(
        a.starts_with("care-workforce-adult-scenario-")
            && a.len() == "care-workforce-adult-scenario-12345678.csv".len(),
        "{a}"
    );
    assert_eq!(a, csv_name(&Scenario::from_query(long)));
    let other = long.replace("stay=61.25", "stay=61.5");
    assert_ne!(a, csv_name(&Scenario::from_query(&other)));
    assert_eq!(fnv1a(""), 0x811c_9dc5);
    assert_eq!(fnv1a("a"), 0xe40c_292c);
}

#[test]
fn the_metadata_describes_the_csv_its_columns_source_version_and_assumptions() {
    let s = Scenario::from_query("?view=adult&turnover=28");
    let grid = adult_grid(&s);
    let link = "https://example.org/care/?view=adult&turnover=28";
    let json = Metadata::new(&s, &grid, &grid.to_csv(), 1, link, "2026-12-02").json();
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(v["@context"][0], "http://www.w3.org/ns/csvw");
    assert_eq!(v["@context"][1]["@language"], "en");
    assert_eq!(v["url"], "care-workforce-adult-turnover28.csv");
    assert_eq!(v["dc:title"], grid.caption.as_str());
    assert_eq!(
        v["dc:source"],
        "Staffordshire County Council, Social Care Workforce Strategy 2022-2027, data appendix"
    );
    assert_eq!(
        v["dc:temporal"],
        "2022 (the appendix); workforce figures 2021/22 (Skills for Care)"
    );
    assert_eq!(v["dc:created"], "2026-12-02");
    assert_eq!(v["dc:hasVersion"], edition::VERSION);
    assert_eq!(
        v["prov:wasGeneratedBy"]["rdfs:label"],
        edition::version_line().as_str()
    );
    assert_eq!(v["rdfs:seeAlso"], link);
    let notes: Vec<&str> = v["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        notes.contains(&"Staff turnover: 28% (the strategy\u{2019}s: 32.2%)"),
        "{notes:?}"
    );
    assert!(notes.contains(&"Target year: 2032"), "{notes:?}");

    // The columns' titles are the CSV's header, in order; the first is the key.
    let csv = grid.to_csv();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let columns = v["tableSchema"]["columns"].as_array().unwrap();
    let titles: Vec<&str> = columns
        .iter()
        .map(|c| c["titles"].as_str().unwrap())
        .collect();
    assert_eq!(titles, header);
    let types: Vec<&str> = columns
        .iter()
        .map(|c| c["datatype"].as_str().unwrap())
        .collect();
    assert_eq!(types[0], "gYear");
    assert!(types[1..].iter().all(|t| *t == "integer"), "{types:?}");
    assert_eq!(columns[4]["name"], "total_new_staff_since_2022");
    assert_eq!(v["tableSchema"]["primaryKey"], "year");
    // Every figure under an integer column is one.
    for line in csv.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), header.len());
        assert!(cells[0].parse::<u16>().is_ok(), "{line}");
        assert!(
            cells[1..].iter().all(|c| c.parse::<i64>().is_ok()),
            "{line}"
        );
    }
}

#[test]
fn a_table_of_years_ahead_has_a_text_key() {
    let s = Scenario::from_query("?view=provider&staff=120");
    let grid = ProviderModel::sheet(&ProviderModel::assumptions(&s.form))
        .shown()
        .grid;
    let v: serde_json::Value = serde_json::from_str(
        &Metadata::new(&s, &grid, &grid.to_csv(), 1, "x", "2026-12-02").json(),
    )
    .unwrap();
    assert_eq!(v["tableSchema"]["columns"][0]["datatype"], "string");
    let notes = v["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n == "Staff you employ now: 120 (the example\u{2019}s: 40)"),
        "{notes:?}"
    );
}

#[test]
fn a_plan_by_role_is_described_as_its_long_csv_with_the_role_and_year_as_key() {
    use crate::model::{Model, ProviderModel};
    let s = Scenario::from_query(
        "?view=provider&role=Care%20workers~30~36.1~3&role=Nurses%2C%20night~5~44.1~1&years=3",
    );
    let sheet = ProviderModel::sheet(&ProviderModel::assumptions(&s.form)).shown();
    let json = Metadata::new(&s, &sheet.grid, &sheet.csv, 2, "x", "2026-12-02").json();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let columns = v["tableSchema"]["columns"].as_array().unwrap();
    let header = csv_cells(sheet.csv.lines().next().unwrap());
    let titles: Vec<&str> = columns
        .iter()
        .map(|c| c["titles"].as_str().unwrap())
        .collect();
    assert_eq!(titles, header);
    assert_eq!(columns[0]["datatype"], "string");
    assert_eq!(columns[1]["datatype"], "string");
    assert!(columns[2..].iter().all(|c| c["datatype"] == "integer"));
    assert_eq!(
        v["tableSchema"]["primaryKey"],
        serde_json::json!(["role", "year_ahead"])
    );
    let notes = v["notes"].as_array().unwrap();
    assert_eq!(notes[0], "Care workers: 30 staff, 36.1% turnover, 3 vacant");
    assert_eq!(notes[1], "Nurses, night: 5 staff, 44.1% turnover, 1 vacant");
    // A quoted role name stays one cell; two plans by role have different file names.
    assert!(sheet.csv.contains("\"Nurses, night\""), "{}", sheet.csv);
    let other = Scenario::from_query(
        "?view=provider&role=Care%20workers~31~36.1~3&role=Nurses%2C%20night~5~44.1~1&years=3",
    );
    assert_ne!(csv_name(&s), csv_name(&other));
    assert!(
        csv_name(&s).starts_with("care-workforce-provider-roles"),
        "{}",
        csv_name(&s)
    );
}
