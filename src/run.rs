//! The main job: the per-article half ([`crate::pipeline`]), then the barrier where rows
//! become tables (polars) and are written atomically with their manifest.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;

use crate::analyze::Knowledge;
use crate::config::{Plan, Table};
use crate::pipeline::{LoadError, Progress, collect};
use crate::sink::{OutputDir, SinkError};
use crate::tables;

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error("building table {table}: {message}")]
    Table { table: String, message: String },
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
}

/// Timings of the stages, summed over chunks.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Timings {
    pub load_data_s: f64,
    pub read_s: f64,
    pub analyse_s: f64,
    pub tables_s: f64,
    pub write_s: f64,
    pub total_s: f64,
}

/// What a run did.
#[derive(Debug, Clone, Serialize)]
pub struct RunSummary {
    pub solieu_version: String,
    pub config_hash: String,
    pub inputs: usize,
    pub input_bytes: u64,
    pub articles: usize,
    pub mentions: usize,
    pub rejects: usize,
    pub rejects_by_reason: BTreeMap<String, usize>,
    pub table_rows: BTreeMap<String, usize>,
    pub files: Vec<String>,
    pub output_dir: String,
    pub timings: Timings,
}

fn table_err(table: &str) -> impl Fn(polars::prelude::PolarsError) -> RunError + '_ {
    move |e| RunError::Table {
        table: table.to_owned(),
        message: e.to_string(),
    }
}

/// Runs the main job.
pub fn run(plan: &Plan, progress: &dyn Progress) -> Result<RunSummary, RunError> {
    let t_start = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(plan.threads)
        .build()
        .map_err(|e| RunError::Threads {
            threads: plan.threads,
            message: e.to_string(),
        })?;
    let (k, _fingerprint) = Knowledge::load(&plan.lexicon, &plan.reference)?;
    let load_data = t_start.elapsed();
    let out = OutputDir::lock(&plan.output)?;
    let collected = pool.install(|| collect(plan, &k, progress));
    progress.finish();

    let t_tables = Instant::now();
    let mut frames = Vec::new();
    for t in &plan.tables {
        let df = match t {
            Table::Mentions => tables::mentions(&collected.mentions, &k.gazetteer),
            Table::Articles => tables::articles(&collected.articles, &k.gazetteer, plan.keep_text),
            Table::Rejects => tables::rejects(&collected.rejects),
            Table::Provinces => tables::provinces(&k.gazetteer),
        }
        .map_err(table_err(t.name()))?;
        frames.push((*t, df));
    }
    let tables_time = t_tables.elapsed();

    let t_write = Instant::now();
    let mut staging = out.stage()?;
    let mut files = Vec::new();
    let mut table_rows = BTreeMap::new();
    for (t, df) in &mut frames {
        table_rows.insert(t.name().to_owned(), df.height());
        files.extend(staging.table(t.name(), df, &plan.formats)?);
    }
    let mut rejects_by_reason = BTreeMap::new();
    for r in &collected.rejects {
        *rejects_by_reason
            .entry(r.reason.code().to_owned())
            .or_insert(0) += 1;
    }
    let mut summary = RunSummary {
        solieu_version: env!("CARGO_PKG_VERSION").to_owned(),
        config_hash: format!("{:016x}", fnv(plan.config_text.as_bytes())),
        inputs: collected.articles.len() + collected.rejects.len(),
        input_bytes: collected.input_bytes,
        articles: collected.articles.len(),
        mentions: collected.mentions.len(),
        rejects: collected.rejects.len(),
        rejects_by_reason,
        table_rows,
        files: Vec::new(),
        output_dir: out.dir.display().to_string(),
        timings: Timings::default(),
    };
    files.push("run.json".to_owned());
    summary.files = files;
    summary.timings = Timings {
        load_data_s: load_data.as_secs_f64(),
        read_s: collected.read.as_secs_f64(),
        analyse_s: collected.analyse.as_secs_f64(),
        tables_s: tables_time.as_secs_f64(),
        write_s: t_write.elapsed().as_secs_f64(),
        total_s: t_start.elapsed().as_secs_f64(),
    };
    let manifest = serde_json::to_vec_pretty(&summary).unwrap_or_default();
    staging.file("run.json", &manifest)?;
    staging.commit()?;
    Ok(summary)
}

fn fnv(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for x in b {
        h ^= *x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Where a run's files went.
pub fn output_files(summary: &RunSummary) -> Vec<PathBuf> {
    summary
        .files
        .iter()
        .map(|f| PathBuf::from(&summary.output_dir).join(f))
        .collect()
}
