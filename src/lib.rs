//! The Care Workforce Calculator: Staffordshire's social care workforce projections, in the browser.
//!
//! The pure core ([`engine`], [`data`], [`calibration`], [`scenario`], [`format`]) has no web
//! crate in it and is tested natively with `cargo test`. Each calculator view is one [`model`]
//! (`model::Model`): everything the view shows, as typed data. The Leptos shell (`app` and
//! `components`, in the binary) only reads memos of the core's output.

pub mod about;
pub mod calibration;
pub mod chart;
pub mod data;
pub mod dataset;
pub mod edition;
pub mod engine;
pub mod export;
pub mod fields;
pub mod format;
pub mod markup;
pub mod model;
pub mod pages;
pub mod report;
pub mod scenario;
pub mod svg;
pub mod target;
