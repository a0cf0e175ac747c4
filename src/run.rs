//! The main job: the per-article half ([`crate::pipeline`]), then the barrier where rows
//! become tables (polars) and are written atomically with their manifest.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;

use crate::analyze::Knowledge;
use crate::config::{Plan, Table};
use crate::pipeline::{self, ArticleRow, Found, LoadError, MentionRow, Outcome, Progress, collect};
use crate::sink::{OutputDir, SinkError, TableWriter};
use crate::store::{self, Cache, CacheMiss, Slot, StoreError, StoreReader, StoreWriter};
use crate::tables;

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("building table {table}: {message}")]
    Table { table: String, message: String },
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
}

/// Timings of the stages: loading the lexicon and reference data, reading inputs, decoding
/// and extracting (in parallel), building table batches, writing files; and the whole run.
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
    pub incremental: bool,
    /// Articles whose records came from the cache instead of being extracted again.
    pub reused_from_cache: usize,
    pub timings: Timings,
}

fn table_err(table: &str) -> impl Fn(polars::prelude::PolarsError) -> RunError + '_ {
    move |e| RunError::Table {
        table: table.to_owned(),
        message: e.to_string(),
    }
}

/// Rows per table batch: large enough for compact Parquet row groups, small enough that a
/// batch is a few megabytes.
const BATCH_ROWS: usize = 20_000;

/// The cache of an incremental run, relative to the output directory.
pub const CACHE_FILE: &str = ".solieu-cache/rows.bin";

/// Everything besides the input that can change a record: version, lexicon, reference data,
/// the settings that reach decoding and the row, and the build of the binary itself.
fn fingerprint(plan: &Plan, knowledge: u64) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(&knowledge.to_le_bytes());
    h.update(&[plan.keep_text as u8]);
    h.update(plan.fallback_encoding.as_deref().unwrap_or("").as_bytes());
    h.update(format!("{:?}", plan.json).as_bytes());
    if let Ok(exe) = std::env::current_exe()
        && let Ok(m) = std::fs::metadata(exe)
    {
        h.update(&m.len().to_le_bytes());
        if let Ok(t) = m.modified()
            && let Ok(d) = t.duration_since(std::time::UNIX_EPOCH)
        {
            h.update(&d.as_nanos().to_le_bytes());
        }
    }
    h.digest()
}

/// An article found by this run: its doc id (the sort key) in memory, where it was found and
/// its record on disk, so that the index stays a few dozen bytes per article.
struct Entry {
    doc_id: Box<str>,
    origin: Slot,
    slot: Slot,
}

/// Where an article was found (source and record), as a payload of the origins file.
fn encode_origin(found: &Found) -> Vec<u8> {
    let mut b =
        Vec::with_capacity(found.source.len() + 1 + found.record.as_ref().map_or(0, String::len));
    b.extend_from_slice(found.source.as_bytes());
    if let Some(r) = &found.record {
        b.push(0);
        b.extend_from_slice(r.as_bytes());
    }
    b
}

fn decode_origin(doc_id: &str, b: &[u8]) -> Found {
    let text = String::from_utf8_lossy(b);
    let (source, record) = match text.split_once('\0') {
        Some((s, r)) => (s.to_owned(), Some(r.to_owned())),
        None => (text.into_owned(), None),
    };
    Found {
        doc_id: doc_id.to_owned(),
        source,
        record,
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
    let (k, knowledge) = Knowledge::load(&plan.lexicon, &plan.reference)?;
    let fp = fingerprint(plan, knowledge);
    let load_data = t_start.elapsed();
    let out = OutputDir::lock(&plan.output)?;
    let mut staging = out.stage()?;

    // The cache of the last incremental run, if it can be trusted.
    let cache_path = out.dir.join(CACHE_FILE);
    let cache = if plan.incremental {
        match Cache::open(&cache_path, fp) {
            Ok(c) => Some(c),
            Err(CacheMiss::Absent) => None,
            Err(CacheMiss::Stale) => {
                progress.warn(&format!(
                    "the cache {} was made by another version, lexicon, reference data or settings; extracting everything again",
                    cache_path.display()
                ));
                None
            }
            Err(CacheMiss::Corrupt(why)) => {
                progress.warn(&format!("the cache is damaged ({why}); rebuilding it"));
                None
            }
        }
    } else {
        None
    };

    // The per-article half: every record goes to the row store, in input order.
    let rows_path = staging.scratch("rows.bin");
    let mut store = StoreWriter::create(&rows_path, fp)?;
    let origins_path = staging.scratch("origins.bin");
    let mut origins = StoreWriter::create(&origins_path, fp)?;
    let mut entries: Vec<Entry> = Vec::new();
    let mut rejects = Vec::new();
    let mut failure: Option<RunError> = None;
    let mut buf = Vec::new();
    let (mut cache_reader, cache_slots) = match cache {
        Some(c) => (Some(c.reader), Some(c.slots)),
        None => (None, None),
    };
    let stats = pool.install(|| {
        collect(plan, &k, progress, cache_slots.as_ref(), |o| {
            if failure.is_some() {
                return;
            }
            let mut index = |found: Found, slot: Slot| {
                origins.append(&encode_origin(&found)).map(|origin| {
                    entries.push(Entry {
                        doc_id: found.doc_id.into_boxed_str(),
                        origin,
                        slot,
                    })
                })
            };
            let r = match o {
                Outcome::Fresh(found, rec) => store
                    .append(&store::encode(&rec))
                    .and_then(|slot| index(found, slot)),
                Outcome::Cached(found, slot) => cache_reader
                    .as_mut()
                    .expect("a cached outcome comes with a cache")
                    .payload(slot, &mut buf)
                    .and_then(|_| store.append(&buf))
                    .and_then(|slot| index(found, slot)),
                Outcome::Reject(r) => {
                    rejects.push(r);
                    Ok(())
                }
            };
            if let Err(e) = r {
                failure = Some(e.into());
            }
        })
    });
    progress.finish();
    if let Some(e) = failure {
        return Err(e);
    }
    drop(cache_reader);
    store.finish()?;
    origins.finish()?;

    // The barrier: articles in doc id order; each record's mentions are in text order, so the
    // mentions come out sorted by (doc_id, start) with no sort of their own.
    let t_tables = Instant::now();
    entries.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    let want = |t: Table| plan.tables.contains(&t);
    let mut mention_w =
        want(Table::Mentions).then(|| staging.table_writer("mentions", &plan.formats));
    let mut article_w =
        want(Table::Articles).then(|| staging.table_writer("articles", &plan.formats));
    let mut reader = StoreReader::open(&rows_path)?;
    let mut origin_reader = StoreReader::open(&origins_path)?;
    let mut origin_buf = Vec::new();
    let mut mention_rows: Vec<MentionRow> = Vec::new();
    let mut article_rows: Vec<ArticleRow> = Vec::new();
    let mut mentions_total = 0;
    let mut write_time = std::time::Duration::ZERO;
    let flush = |w: &mut Option<TableWriter>,
                 df: polars::prelude::PolarsResult<polars::prelude::DataFrame>,
                 name: &str,
                 write_time: &mut std::time::Duration|
     -> Result<(), RunError> {
        if let Some(w) = w {
            let df = df.map_err(table_err(name))?;
            let t = Instant::now();
            w.write(&df)?;
            *write_time += t.elapsed();
        }
        Ok(())
    };
    for (i, e) in entries.iter().enumerate() {
        let rec = reader.record(e.slot, &mut buf)?;
        mentions_total += rec.mentions.len();
        if article_w.is_some() {
            origin_reader.payload(e.origin, &mut origin_buf)?;
            let found = decode_origin(&e.doc_id, &origin_buf);
            article_rows.push(pipeline::article_row(&found, &rec));
        }
        if mention_w.is_some() {
            mention_rows.extend(rec.mentions.into_iter().map(|m| MentionRow {
                doc_id: e.doc_id.to_string(),
                mention: m,
            }));
        }
        let last = i + 1 == entries.len();
        if mention_rows.len() >= BATCH_ROWS || (last && !mention_rows.is_empty()) {
            flush(
                &mut mention_w,
                tables::mentions(&mention_rows, &k.gazetteer),
                "mentions",
                &mut write_time,
            )?;
            mention_rows.clear();
        }
        if article_rows.len() >= BATCH_ROWS || (last && !article_rows.is_empty()) {
            flush(
                &mut article_w,
                tables::articles(&article_rows, &k.gazetteer, plan.keep_text),
                "articles",
                &mut write_time,
            )?;
            article_rows.clear();
        }
    }
    let mut files = Vec::new();
    let mut table_rows = BTreeMap::new();
    for (name, w) in [("mentions", mention_w), ("articles", article_w)] {
        if let Some(mut w) = w {
            if w.rows == 0 {
                // No rows at all: the (empty) frame still gives the files their columns.
                let df = match name {
                    "mentions" => tables::mentions(&[], &k.gazetteer),
                    _ => tables::articles(&[], &k.gazetteer, plan.keep_text),
                }
                .map_err(table_err(name))?;
                w.write(&df)?;
            }
            table_rows.insert(name.to_owned(), w.rows);
            files.extend(w.finish()?);
        }
    }
    for t in [Table::Rejects, Table::Provinces] {
        if !want(t) {
            continue;
        }
        let mut df = match t {
            Table::Rejects => tables::rejects(&rejects),
            _ => tables::provinces(&k.gazetteer),
        }
        .map_err(table_err(t.name()))?;
        table_rows.insert(t.name().to_owned(), df.height());
        files.extend(staging.table(t.name(), &mut df, &plan.formats)?);
    }
    let tables_time = t_tables.elapsed().saturating_sub(write_time);
    if plan.incremental {
        staging.keep("rows.bin", CACHE_FILE);
    }

    let mut rejects_by_reason = BTreeMap::new();
    for r in &rejects {
        *rejects_by_reason
            .entry(r.reason.code().to_owned())
            .or_insert(0) += 1;
    }
    files.push("run.json".to_owned());
    let summary = RunSummary {
        solieu_version: env!("CARGO_PKG_VERSION").to_owned(),
        config_hash: format!("{:016x}", fnv(plan.config_text.as_bytes())),
        inputs: entries.len() + rejects.len(),
        input_bytes: stats.input_bytes,
        articles: entries.len(),
        mentions: mentions_total,
        rejects: rejects.len(),
        rejects_by_reason,
        table_rows,
        files,
        output_dir: out.dir.display().to_string(),
        incremental: plan.incremental,
        reused_from_cache: stats.cached,
        timings: Timings {
            load_data_s: load_data.as_secs_f64(),
            read_s: stats.read.as_secs_f64(),
            analyse_s: stats.analyse.as_secs_f64(),
            tables_s: tables_time.as_secs_f64(),
            write_s: write_time.as_secs_f64(),
            total_s: t_start.elapsed().as_secs_f64(),
        },
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
