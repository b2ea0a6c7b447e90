//! Which figures and which calculator made a page, a print or a download: the data's date and
//! source (from [`crate::data`]) and the calculator's version and build date.
//!
//! The build date is the date of the commit built, passed in at compile time by `./dev`
//! (`CARE_WORKFORCE_BUILD_DATE`, from `git log -1 --format=%cs`), so the same commit always
//! builds the same pages: no clock is read. Outside a git checkout it is not known, and the page
//! says so.

use crate::data;

/// The calculator's version (Cargo.toml's).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The date (YYYY-MM-DD) of the commit this calculator was built from, if the build knew it.
pub const BUILD_DATE: Option<&str> = match option_env!("CARE_WORKFORCE_BUILD_DATE") {
    Some(d) if !d.is_empty() => Some(d),
    _ => None,
};

/// The source document's full title and publisher.
pub fn source() -> String {
    format!("{}, {}, data appendix", data::PUBLISHER, data::STRATEGY)
}

/// The data's date and source in a sentence: "Data: Staffordshire County Council, Social Care
/// Workforce Strategy 2022-2027, data appendix (2022); its workforce figures are Skills for
/// Care's for 2021/22."
pub fn data_line() -> String {
    format!(
        "Data: {} ({}); its workforce figures are Skills for Care\u{2019}s for {}.",
        source(),
        data::APPENDIX_YEAR,
        data::FIGURES_YEAR
    )
}

/// The calculator's version and build date in a sentence: "Care Workforce Calculator version
/// 0.1.0, built 2026-12-02."
pub fn version_line() -> String {
    match BUILD_DATE {
        Some(date) => format!("Care Workforce Calculator version {VERSION}, built {date}."),
        None => format!("Care Workforce Calculator version {VERSION} (build date not recorded)."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lines_name_the_source_its_dates_and_the_version() {
        assert_eq!(
            data_line(),
            "Data: Staffordshire County Council, Social Care Workforce Strategy 2022-2027, data appendix (2022); its workforce figures are Skills for Care\u{2019}s for 2021/22."
        );
        let v = version_line();
        assert!(
            v.starts_with(&format!("Care Workforce Calculator version {VERSION}")),
            "{v}"
        );
        if let Some(d) = BUILD_DATE {
            assert!(v.ends_with(&format!("built {d}.")), "{v}");
            let digits: Vec<&str> = d.split('-').collect();
            assert_eq!(
                digits.iter().map(|p| p.len()).collect::<Vec<_>>(),
                [4, 2, 2],
                "{d}"
            );
        }
    }
}
