//! Every native integration test in one binary (one link step instead of nine), a module per
//! concern. Run one with a filter: `cargo test --test native golden`.

mod breakdown;
mod calibration;
mod common;
mod data;
mod errors;
mod figures;
mod fuzz_query;
mod golden;
mod later_base;
mod layers;
mod links;
mod model;
mod properties;
mod readme;
mod roles;
mod solve;
mod sums;
mod target;
mod uncertainty;
