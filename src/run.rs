//! The main job: the per-article half ([`crate::pipeline`]), then the barrier where rows
//! become tables (polars) and are written atomically with their manifest.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;

use crate::analyze::Knowledge;
use crate::config::{Plan, REPORT, Table};
use crate::figures;
use crate::model::Metric;
use crate::pipeline::{self, ArticleRow, Found, LoadError, MentionRow, Outcome, Progress, collect};
use crate::rates::{RatesError, UsdRates};
use crate::report;
use crate::sink::{OutputDir, SinkError, TableWriter};
use crate::source::Source;
use crate::staged::Finished;
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
    #[error(transparent)]
    Rates(#[from] RatesError),
}

/// Timings of the stages (wall time): loading the lexicon and reference data; discovering and
/// reading inputs (the reader thread: plain files are only found there, and read by the
/// workers); reading plain files, decoding and extracting (in parallel); building and writing
/// the two big tables (both at once) up to the consolidated figures; the small tables, and
/// waiting for the big tables' last files to be written and synced, the workbook and the
/// report; and the whole run.
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
    /// Of `files`, those whose bytes were already in the output directory: rebuilt but not
    /// rewritten, so they keep the modification time of the run that last changed them. (The
    /// cache, not an output, is left in place the same way and not listed.)
    pub unchanged_files: Vec<String>,
    pub output_dir: String,
    pub incremental: bool,
    /// Articles whose records came from the cache instead of being extracted again.
    pub reused_from_cache: usize,
    /// Articles analysed by this run (all of them without a usable cache).
    pub extracted: usize,
    /// Records of the cache that no input of this run has any more (removed or changed
    /// articles): left out of the next cache. 0 when there was no usable cache (a warning
    /// says why).
    pub dropped_from_cache: usize,
    pub figures: FigureCounts,
    /// The headline figures: per `province_year` column, its latest year.
    pub headlines: Vec<report::Headline>,
    pub timings: Timings,
}

/// How the consolidated figures were made.
#[derive(Debug, Clone, Serialize)]
pub struct FigureCounts {
    /// Rows of `figures`.
    pub figures: usize,
    /// Of which the sources disagree beyond rounding.
    pub conflicts: usize,
    /// Mentions that are evidence for a figure.
    pub from_mentions: usize,
    /// Mentions that are not, by reason (`metric_other`, `no_period`, `range`).
    pub skipped: BTreeMap<String, usize>,
    /// Rows of `province_year`.
    pub province_years: usize,
}

/// What the mentions pass gathers besides the table: evidence for the figures, and counts for
/// the report.
#[derive(Default)]
struct Observed {
    evidence: Vec<figures::Evidence>,
    skipped: BTreeMap<figures::Skip, usize>,
    by_metric: BTreeMap<Metric, usize>,
    by_province: BTreeMap<String, usize>,
}

impl Observed {
    fn record(&mut self, doc: u32, rec: &store::Record) {
        for m in &rec.mentions {
            *self.by_metric.entry(m.metric).or_default() += 1;
            if let Some(p) = &m.province_code {
                match self.by_province.get_mut(p) {
                    Some(n) => *n += 1,
                    None => {
                        self.by_province.insert(p.clone(), 1);
                    }
                }
            }
            match figures::evidence(m, doc, rec.publication_date, rec.as_of) {
                Ok(e) => self.evidence.push(e),
                Err(skip) => *self.skipped.entry(skip).or_default() += 1,
            }
        }
    }
}

fn table_err(table: &str) -> impl Fn(polars::prelude::PolarsError) -> RunError + '_ {
    move |e| RunError::Table {
        table: table.to_owned(),
        message: e.to_string(),
    }
}

/// Rows per table batch: large enough for compact Parquet row groups, small enough that a
/// batch is a few megabytes.
const BATCH_ROWS: usize = 10_000;

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
    doc_id: std::sync::Arc<str>,
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

/// How much of each record a pass reads.
#[derive(Clone, Copy)]
enum Read {
    Whole,
    /// Without the mentions (but with their count), and where the article was found.
    Head,
}

/// A record as much as `read` asks, and its mention count.
fn read_record(
    reader: &mut StoreReader,
    read: Read,
    slot: Slot,
    buf: &mut Vec<u8>,
) -> Result<(store::Record, usize), StoreError> {
    match read {
        Read::Whole => reader.record(slot, buf).map(|r| {
            let n = r.mentions.len();
            (r, n)
        }),
        Read::Head => reader.head(slot, buf),
    }
}

/// What one pass over the row store did: its table's files still being written, the
/// mentions it saw.
struct Pass<'scope> {
    writing: Writing<'scope>,
    mentions: usize,
}

/// A table's files being written and synced, each on a thread of its own, after its pass has
/// read everything: the caller goes on (the small tables) while they finish. No threads for a
/// pass without a writer.
#[derive(Default)]
struct Writing<'scope> {
    threads: Vec<std::thread::ScopedJoinHandle<'scope, Result<Written, RunError>>>,
}

impl Writing<'_> {
    /// Waits for the files; None for a pass without a writer.
    fn finish(self) -> Result<Option<Written>, RunError> {
        if self.threads.is_empty() {
            return Ok(None);
        }
        let mut written = Written {
            files: Vec::new(),
            rows: 0,
        };
        for t in self.threads {
            let w = t.join().expect("a table writer does not panic")?;
            written.files.extend(w.files);
            written.rows = w.rows;
        }
        Ok(Some(written))
    }
}

/// A table's finished (and synced) files, and its rows.
struct Written {
    files: Vec<String>,
    rows: usize,
}

impl Written {
    /// Finishes a writer that has written all its batches.
    fn finish(w: TableWriter) -> Result<Written, RunError> {
        let rows = w.rows;
        Ok(Written {
            files: w.finish()?,
            rows,
        })
    }
}

/// What the barrier made besides files: the consolidated figures and what the mentions pass
/// counted.
struct Made {
    /// From the start of the barrier to the consolidated figures (the big tables' frames
    /// built), and the instant after, when writing the rest began.
    tables_time: std::time::Duration,
    t_write: Instant,
    mentions: usize,
    seen: Observed,
    from_mentions: usize,
    figs: Vec<figures::Figure>,
    years: Vec<figures::ProvinceYear>,
    written: Vec<(Table, Written)>,
}

/// The articles of a run in doc id order, and the files their records and origins are in.
struct Index<'a> {
    entries: &'a [Entry],
    rows: &'a std::path::Path,
    origins: &'a std::path::Path,
}

/// Reads every entry's record (and, for heads, its origin) in doc id order; `add` turns each
/// into rows, and every [`BATCH_ROWS`] rows `build` makes a frame for `writer`, whose files are
/// written on threads of `scope`. Without a writer the pass only counts mentions.
fn table_pass<'scope, R>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    index: &Index,
    writer: Option<TableWriter>,
    read: Read,
    mut observe: impl FnMut(u32, &store::Record),
    mut add: impl FnMut(&mut Vec<R>, &Entry, store::Record, usize, &[u8]),
    build: impl Fn(&[R]) -> Result<polars::prelude::DataFrame, RunError>,
) -> Result<Pass<'scope>, RunError> {
    let entries = index.entries;
    let mut reader = StoreReader::open(index.rows)?;
    let mut origin_reader = matches!(read, Read::Head)
        .then(|| StoreReader::open(index.origins))
        .transpose()?;
    let (mut buf, mut origin) = (Vec::new(), Vec::new());
    let mut rows = Vec::new();
    let mut mentions = 0;
    let Some(w) = writer else {
        for (i, e) in entries.iter().enumerate() {
            let (rec, n) = read_record(&mut reader, read, e.slot, &mut buf)?;
            mentions += n;
            observe(i as u32, &rec);
        }
        return Ok(Pass {
            writing: Writing::default(),
            mentions,
        });
    };
    // Each file is written (and finished) on a thread of its own while the next batch is read
    // and built: the formats take as long as building the frames.
    let mut senders = Vec::new();
    let mut threads = Vec::new();
    for mut w in w.split() {
        let (tx, rx) = std::sync::mpsc::sync_channel::<polars::prelude::DataFrame>(1);
        senders.push(tx);
        threads.push(scope.spawn(move || -> Result<Written, RunError> {
            for df in rx {
                w.write(&df)?;
            }
            Written::finish(w)
        }));
    }
    let send = |df: polars::prelude::DataFrame| {
        // A writer that failed has hung up; its error comes from `Writing::finish`.
        senders.iter().all(|tx| tx.send(df.clone()).is_ok())
    };
    let mut sent = false;
    for (i, e) in entries.iter().enumerate() {
        let (rec, n) = read_record(&mut reader, read, e.slot, &mut buf)?;
        mentions += n;
        observe(i as u32, &rec);
        if let Some(r) = origin_reader.as_mut() {
            r.payload(e.origin, &mut origin)?;
        }
        add(&mut rows, e, rec, n, &origin);
        let last = i + 1 == entries.len();
        if rows.len() >= BATCH_ROWS || (last && !rows.is_empty()) {
            let df = build(&rows)?;
            rows.clear();
            sent = true;
            if !send(df) {
                break;
            }
        }
    }
    if !sent {
        // No rows at all: the (empty) frame still gives the files their columns.
        send(build(&[])?);
    }
    // Dropping the senders (on return, also on an error above) ends the writers' input.
    Ok(Pass {
        writing: Writing { threads },
        mentions,
    })
}

/// Runs the main job.
pub fn run(plan: &Plan, progress: &dyn Progress) -> Result<RunSummary, RunError> {
    let t_start = Instant::now();
    // Finding the inputs (a directory walk) overlaps loading the lexicon and the cache.
    let discovery = {
        let (inputs, opts) = (plan.inputs.clone(), pipeline::source_options(plan));
        std::thread::spawn(move || Source::new(&inputs, opts))
    };
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
    let mut staging = out.stage(pool.current_num_threads())?;

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
    // With `incremental`, the store replaces the cache: if it comes out the same, the cache
    // stays and is what the table passes read.
    let mut store = StoreWriter::create(
        &staging.scratch("rows.bin"),
        plan.incremental.then_some(cache_path.as_path()),
        fp,
    )?;
    let origins_path = staging.scratch("origins.bin");
    let mut origins = StoreWriter::create(&origins_path, None, fp)?;
    let mut entries: Vec<Entry> = Vec::new();
    let mut rejects = Vec::new();
    let mut failure: Option<RunError> = None;
    let mut buf = Vec::new();
    let (mut cache_reader, cache_slots, cache_repeats) = match cache {
        Some(c) => (Some(c.reader), Some(c.slots), c.repeats),
        None => (None, None, Default::default()),
    };
    // How often this run used each of the cache's records (by offset), to count those it drops.
    let mut used: rustc_hash::FxHashMap<u64, u32> = rustc_hash::FxHashMap::default();
    let source = discovery.join().expect("discovery does not panic");
    let stats = pool.install(|| {
        collect(plan, source, &k, progress, cache_slots.as_ref(), |o| {
            if failure.is_some() {
                return;
            }
            let mut index = |found: Found, slot: Slot| {
                origins.append(&encode_origin(&found)).map(|origin| {
                    entries.push(Entry {
                        doc_id: found.doc_id.into(),
                        origin,
                        slot,
                    })
                })
            };
            let r = match o {
                Outcome::Fresh(found, rec) => store
                    .append(&store::encode(&rec))
                    .and_then(|slot| index(found, slot)),
                Outcome::Cached(found, slot) => {
                    *used.entry(slot.offset).or_default() += 1;
                    cache_reader
                        .as_mut()
                        .expect("a cached outcome comes with a cache")
                        .payload(slot, &mut buf)
                        .and_then(|_| store.append(&buf))
                        .and_then(|slot| index(found, slot))
                }
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
    // Per content: the records the cache held less the articles that reused one.
    let dropped_from_cache: usize = cache_slots
        .iter()
        .flatten()
        .map(|(key, slot)| {
            let records = 1 + cache_repeats.get(key).copied().unwrap_or(0);
            records.saturating_sub(used.get(&slot.offset).copied().unwrap_or(0)) as usize
        })
        .sum();
    let (rows_path, rows_finished) = store.finish()?;
    origins.finish()?;
    // A new store becomes the next run's cache: written to disk while the tables are built, so
    // that moving it into place at the end does not wait for it.
    let cache_synced = (plan.incremental && rows_finished == Finished::Staged).then(|| {
        let rows_path = rows_path.clone();
        std::thread::spawn(move || {
            let file = std::fs::OpenOptions::new().write(true).open(rows_path)?;
            file.sync_all()
        })
    });

    // The barrier: articles in doc id order; each record's mentions are in text order, so the
    // mentions come out sorted by (doc_id, start) with no sort of their own.
    let t_tables = Instant::now();
    entries.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    let want = |t: Table| plan.tables.contains(&t);
    let mention_w = want(Table::Mentions)
        .then(|| staging.table_writer(Table::Mentions, &plan.formats))
        .transpose()?;
    let article_w = want(Table::Articles)
        .then(|| staging.table_writer(Table::Articles, &plan.formats))
        .transpose()?;
    let small: Vec<(Table, TableWriter)> = [
        Table::Figures,
        Table::ProvinceYear,
        Table::ProvinceYear2025,
        Table::Rejects,
        Table::Provinces,
    ]
    .into_iter()
    .filter(|t| want(*t))
    .map(|t| Ok((t, staging.table_writer(t, &plan.formats)?)))
    .collect::<Result<_, SinkError>>()?;
    let rates = if plan.usd {
        Some(UsdRates::load(&plan.usd_rates)?)
    } else {
        None
    };
    let gaz = &k.gazetteer;
    let index = Index {
        entries: &entries,
        rows: &rows_path,
        origins: &origins_path,
    };
    let doc_id = |i: u32| -> &str { &entries[i as usize].doc_id };
    // The two big tables are read and built at once, each from its own pass over the store;
    // the mentions pass also gathers the evidence for the consolidated figures. The second
    // barrier, facts from all mentions at once, and the small tables made from them do not
    // wait for the big tables' last batches to be written.
    let made = std::thread::scope(|scope| -> Result<Made, RunError> {
        let articles = article_w.map(|w| {
            scope.spawn(|| {
                table_pass(
                    scope,
                    &index,
                    Some(w),
                    Read::Head,
                    |_, _| {},
                    |rows: &mut Vec<ArticleRow>, e, rec, n, origin| {
                        let found = decode_origin(&e.doc_id, origin);
                        rows.push(pipeline::article_row(found, rec, n))
                    },
                    |rows| {
                        tables::articles(rows, gaz, plan.keep_text).map_err(table_err("articles"))
                    },
                )
            })
        });
        let mut seen = Observed::default();
        let mentions = table_pass(
            scope,
            &index,
            mention_w,
            Read::Whole,
            |doc, rec| seen.record(doc, rec),
            |rows: &mut Vec<MentionRow>, e, rec, _, _| {
                rows.extend(rec.mentions.into_iter().map(|m| MentionRow {
                    doc_id: e.doc_id.clone(),
                    mention: m,
                }))
            },
            |rows| tables::mentions(rows, gaz).map_err(table_err("mentions")),
        )?;
        let evidence = std::mem::take(&mut seen.evidence);
        let from_mentions = evidence.len();
        let figs = figures::consolidate(evidence);
        let years = figures::province_year(&figs, rates.as_ref());
        let years_2025 = figures::rollup_2025(&years, gaz);
        let tables_time = t_tables.elapsed();
        let t_write = Instant::now();
        let build = |t: Table| match t {
            Table::Figures => tables::figures(&figs, &doc_id, gaz, rates.as_ref()),
            Table::ProvinceYear => tables::province_year(&years, gaz, rates.is_some()),
            Table::ProvinceYear2025 => {
                tables::province_year_2025(&years_2025, gaz, rates.is_some())
            }
            Table::Rejects => tables::rejects(&rejects),
            _ => tables::provinces(gaz),
        };
        // The small tables are built and written at once, each on a thread of its own.
        let small_written: Vec<Result<(Table, Written), RunError>> = std::thread::scope(|inner| {
            let threads: Vec<_> = small
                .into_iter()
                .map(|(t, mut w)| {
                    inner.spawn(move || {
                        let df = build(t).map_err(table_err(t.name()))?;
                        w.write(&df)?;
                        Ok((t, Written::finish(w)?))
                    })
                })
                .collect();
            threads
                .into_iter()
                .map(|t| t.join().expect("a table writer does not panic"))
                .collect()
        });
        let articles = match articles {
            Some(a) => a.join().expect("the articles pass does not panic")?.writing,
            None => Writing::default(),
        };
        let mut written = Vec::new();
        for (t, w) in [
            (Table::Mentions, mentions.writing.finish()?),
            (Table::Articles, articles.finish()?),
        ] {
            written.extend(w.map(|w| (t, w)));
        }
        for r in small_written {
            written.push(r?);
        }
        Ok(Made {
            tables_time,
            t_write,
            mentions: mentions.mentions,
            seen,
            from_mentions,
            figs,
            years,
            written,
        })
    })?;
    let Made {
        tables_time,
        t_write,
        mentions: mentions_total,
        seen:
            Observed {
                skipped,
                by_metric,
                by_province,
                ..
            },
        from_mentions,
        figs,
        years,
        written,
    } = made;
    let mut files = Vec::new();
    let mut table_rows = BTreeMap::new();
    for (t, w) in written {
        table_rows.insert(t.name().to_owned(), w.rows);
        files.extend(w.files);
    }
    files.extend(staging.finish_workbook()?);
    let headlines = report::headlines(&years, gaz);
    let mut rejects_by_reason = BTreeMap::new();
    for r in &rejects {
        *rejects_by_reason
            .entry(r.reason.code().to_owned())
            .or_insert(0) += 1;
    }
    if plan.report {
        let page = report::html(&report::ReportData {
            version: env!("CARGO_PKG_VERSION"),
            inputs: entries.len() + rejects.len(),
            input_bytes: stats.input_bytes,
            articles: entries.len(),
            mentions: mentions_total,
            rejects_by_reason: &rejects_by_reason,
            mentions_by_metric: &by_metric,
            mentions_by_province: &by_province,
            figures: &figs,
            province_year: &years,
            gaz,
            doc_id: &doc_id,
        });
        staging.file(REPORT, page.as_bytes())?;
        files.push(REPORT.to_owned());
    }
    let write_time = t_write.elapsed();
    if let Some(synced) = cache_synced {
        // A cache that did not reach the disk is only slower to use next time: no error.
        let _ = synced.join();
        staging.keep("rows.bin", CACHE_FILE);
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
        unchanged_files: staging.unchanged(),
        output_dir: out.dir.display().to_string(),
        incremental: plan.incremental,
        reused_from_cache: stats.cached,
        extracted: stats.extracted,
        dropped_from_cache,
        figures: FigureCounts {
            figures: figs.len(),
            conflicts: figs.iter().filter(|f| f.conflict).count(),
            from_mentions,
            skipped: skipped
                .into_iter()
                .map(|(k, v)| (k.as_str().to_owned(), v))
                .collect(),
            province_years: years.len(),
        },
        headlines,
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
