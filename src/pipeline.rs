//! The main job: inputs → articles and mentions → tables on disk.
//!
//! Records stream from the source in chunks; each chunk is decoded and analysed in parallel
//! (rayon keeps the chunk's order, so outputs are deterministic) and only its small results are
//! kept: no article text outlives its chunk unless `keep_text` asks for it. The barrier is at
//! the end, where the tables are built and written.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::Serialize;

use crate::analyze::{Knowledge, analyze};
use crate::config::{DataSource, Plan, Table};
use crate::decode::{self, Article, DecodeOptions};
use crate::geo::{Gazetteer, GeoError, ReferenceData};
use crate::lexicon::{Lexicon, LexiconError};
use crate::model::Mention;
use crate::sink::{OutputDir, SinkError};
use crate::source::{Item, Reject, Source, SourceOptions};
use crate::tables::{self, ArticleRow, MentionRow};

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    #[error(transparent)]
    Geo(#[from] GeoError),
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error("building table {table}: {message}")]
    Table { table: String, message: String },
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
}

impl Knowledge {
    /// Loads the lexicon and reference data a plan names (or the bundled copies).
    pub fn load(
        lexicon: &DataSource,
        reference: &DataSource,
    ) -> Result<(Knowledge, u64), RunError> {
        let lexicon = match lexicon {
            DataSource::Bundled => Lexicon::bundled()?,
            DataSource::Path(p) => Lexicon::load(p)?,
        };
        let data = match reference {
            DataSource::Bundled => ReferenceData::bundled(),
            DataSource::Path(p) => ReferenceData::read_dir(p)?,
        };
        let fingerprint = lexicon.fingerprint ^ data.fingerprint().rotate_left(1);
        let gazetteer = Gazetteer::from_data(&data)?;
        Ok((Knowledge { lexicon, gazetteer }, fingerprint))
    }
}

/// What one record became.
enum Outcome {
    Article(Box<ArticleRow>, Vec<Mention>),
    Reject(Reject),
}

fn process(item: Item, k: &Knowledge, dopts: &DecodeOptions, keep_text: bool) -> Outcome {
    let raw = match item {
        Item::Doc(d) => d,
        Item::Reject(r) => return Outcome::Reject(r),
    };
    let a: Article = match decode::decode(raw, dopts) {
        Ok(a) => a,
        Err(r) => return Outcome::Reject(r),
    };
    let analysis = analyze(&a.text, a.date, k);
    let row = ArticleRow {
        doc_id: a.doc_id,
        source: a.source,
        record: a.record,
        title: a.title,
        publication_date: analysis.publication_date,
        province_code: analysis.province_code,
        region: analysis.region,
        chars: analysis.chars,
        mentions: analysis.mentions.len(),
        encoding: a.encoding.to_owned(),
        url: a.url,
        text: keep_text.then_some(a.text),
    };
    Outcome::Article(Box::new(row), analysis.mentions)
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

/// Progress reporting, kept out of the pipeline's logic.
pub trait Progress: Sync {
    fn inc(&self, n: u64);
    fn reject(&self, r: &Reject);
    fn finish(&self);
}

/// Reports nothing.
pub struct Silent;

impl Progress for Silent {
    fn inc(&self, _: u64) {}
    fn reject(&self, _: &Reject) {}
    fn finish(&self) {}
}

/// Records per parallel chunk: enough to keep every core busy, small enough to bound memory.
const CHUNK: usize = 256;
/// Bytes per chunk, whichever comes first.
const CHUNK_BYTES: usize = 64 * 1024 * 1024;

/// The rows of a run before they become tables.
#[derive(Default)]
pub struct Collected {
    pub articles: Vec<ArticleRow>,
    pub mentions: Vec<MentionRow>,
    pub rejects: Vec<Reject>,
    pub input_bytes: u64,
    pub read: Duration,
    pub analyse: Duration,
}

/// Reads and analyses every input (no tables, no writing): the per-article half of a run.
pub fn collect(plan: &Plan, k: &Knowledge, progress: &dyn Progress) -> Collected {
    let mut source = Source::new(
        &plan.inputs,
        SourceOptions {
            max_file_bytes: plan.max_file_bytes,
            id_fields: plan.json.id.clone(),
        },
    );
    let dopts = DecodeOptions {
        fallback: plan
            .fallback_encoding
            .as_deref()
            .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes())),
        json: plan.json.clone(),
    };
    let mut out = Collected::default();
    loop {
        let t0 = Instant::now();
        let mut chunk = Vec::with_capacity(CHUNK);
        let mut bytes = 0;
        for item in source.by_ref() {
            if let Item::Doc(d) = &item {
                bytes += d.bytes.len();
            }
            chunk.push(item);
            if chunk.len() >= CHUNK || bytes >= CHUNK_BYTES {
                break;
            }
        }
        out.read += t0.elapsed();
        if chunk.is_empty() {
            break;
        }
        let t1 = Instant::now();
        let n = chunk.len() as u64;
        let results: Vec<Outcome> = chunk
            .into_par_iter()
            .map(|item| process(item, k, &dopts, plan.keep_text))
            .collect();
        out.analyse += t1.elapsed();
        for r in results {
            match r {
                Outcome::Article(row, mentions) => {
                    out.mentions
                        .extend(mentions.into_iter().map(|m| MentionRow {
                            doc_id: row.doc_id.clone(),
                            mention: m,
                        }));
                    out.articles.push(*row);
                }
                Outcome::Reject(r) => {
                    progress.reject(&r);
                    out.rejects.push(r);
                }
            }
        }
        progress.inc(n);
    }
    out.input_bytes = source.bytes_read;
    out
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

/// Mentions per document of every input, for scoring (no tables, nothing written).
pub fn mentions_by_doc(
    plan: &Plan,
) -> Result<(BTreeMap<String, Vec<Mention>>, Vec<Reject>), RunError> {
    let (k, _) = Knowledge::load(&plan.lexicon, &plan.reference)?;
    let c = collect(plan, &k, &Silent);
    let mut by_doc: BTreeMap<String, Vec<Mention>> = c
        .articles
        .iter()
        .map(|a| (a.doc_id.clone(), Vec::new()))
        .collect();
    for m in c.mentions {
        by_doc.entry(m.doc_id).or_default().push(m.mention);
    }
    Ok((by_doc, c.rejects))
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
