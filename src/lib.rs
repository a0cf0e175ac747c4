//! solieu turns Vietnamese news articles about industrial parks (KCN), export processing zones
//! (KCX) and economic zones (KKT) into analytical tables: every figure a reader would copy into a
//! spreadsheet, with what it measures, for which period and which province.
//!
//! Data flows one way, through one module per stage:
//!
//! ```text
//! source ─► decode ─► extract ─► locate ─► figures ─► tables ─► sink / report
//! (paths)   (NFC text) (mentions) (province) (facts)    (polars)  (parquet, csv, xlsx,
//!                                                                  report.html, run.json)
//! ```
//!
//! The `tables` feature (on by default) brings in polars for the tables and the sink; without it
//! the crate is the extractor alone (the fuzz target builds it so).
//!
//! `extract` and `locate` are pure functions of one article and the compiled [`lexicon`] and
//! [`geo`] data, so they run in parallel over a stream of articles; only `tables` and `sink`
//! see many articles at once. Lower stages never import higher ones.

pub mod analyze;
pub mod config;
pub mod decode;
pub mod eval;
pub mod extract;
pub mod figures;
pub mod geo;
pub mod html;
pub mod lexicon;
pub mod locate;
pub mod model;
pub mod phrase;
pub mod pipeline;
pub mod rates;
#[cfg(feature = "tables")]
pub mod report;
#[cfg(feature = "tables")]
pub mod run;
#[cfg(feature = "tables")]
pub mod sink;
pub mod source;
pub mod staged;
pub mod store;
#[cfg(feature = "tables")]
pub mod tables;
pub mod text;
#[cfg(feature = "tables")]
pub mod xlsx;
