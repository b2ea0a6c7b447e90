//! The appendix's two projection tables, as printed.

use super::*;

/// The year the appendix's projections start from: its adult table counts "Total new staff
/// required compared to 2022", and its population tables start in 2022. Every projection of the
/// calculator starts here (the engine takes it in each baseline).
pub const BASE_YEAR: u16 = 2022;

/// The years the appendix's projection tables print (the adult and the children's table print
/// the same three, checked by a test).
pub const PUBLISHED_YEARS: [u16; 3] = [
    PUBLISHED_ADULT.1[0].year,
    PUBLISHED_ADULT.1[1].year,
    PUBLISHED_ADULT.1[2].year,
];

/// The last year of the appendix's adult table: the published horizon, where the views start.
pub const PUBLISHED_HORIZON: u16 = PUBLISHED_ADULT.1[PUBLISHED_ADULT.1.len() - 1].year;

/// One row of the published adult projection table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PublishedAdultRow {
    /// The projected year.
    pub year: u16,
    /// Estimated workforce requirement.
    pub workforce: f64,
    /// Extra staff needed due to increased demand compared to 2022.
    pub extra_for_demand: f64,
    /// Impact of potential staff turnover (sector leavers replaced).
    pub replacing_leavers: f64,
    /// Total new staff required compared to 2022.
    pub total: f64,
}

/// The appendix's adult projection table.
pub const PUBLISHED_ADULT: (Source, [PublishedAdultRow; 3]) = (
    ADULT_TABLE,
    [
        PublishedAdultRow {
            year: 2024,
            workforce: 23_983.0,
            extra_for_demand: 920.0,
            replacing_leavers: 5_416.0,
            total: 6_336.0,
        },
        PublishedAdultRow {
            year: 2027,
            workforce: 25_575.0,
            extra_for_demand: 2_512.0,
            replacing_leavers: 13_951.0,
            total: 16_462.0,
        },
        PublishedAdultRow {
            year: 2032,
            workforce: 28_506.0,
            extra_for_demand: 5_443.0,
            replacing_leavers: 29_505.0,
            total: 34_948.0,
        },
    ],
);

/// One row of the published children's table: recruitment required to maintain current capacity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PublishedChildrenRow {
    /// The projected year.
    pub year: u16,
    /// Qualified social work roles to recruit since 2022.
    pub social_work: f64,
    /// Other roles to recruit since 2022.
    pub other: f64,
    /// All roles to recruit since 2022.
    pub all: f64,
}

/// The appendix's children's table.
pub const PUBLISHED_CHILDREN: (Source, [PublishedChildrenRow; 3]) = (
    CHILDREN_TABLE,
    [
        PublishedChildrenRow {
            year: 2024,
            social_work: 110.0,
            other: 82.0,
            all: 192.0,
        },
        PublishedChildrenRow {
            year: 2027,
            social_work: 274.0,
            other: 205.0,
            all: 479.0,
        },
        PublishedChildrenRow {
            year: 2032,
            social_work: 540.0,
            other: 410.0,
            all: 950.0,
        },
    ],
);
