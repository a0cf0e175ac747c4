//! The per-article half of a run: inputs → decoded articles → mentions, as rows.
//!
//! Records stream from the source in chunks; each chunk is decoded and analysed in parallel
//! (rayon keeps the chunk's order, so outputs are deterministic) and only its small results are
//! kept: no article text outlives its chunk unless `keep_text` asks for it. Nothing here knows
//! polars: the rows become tables in [`crate::run`].

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::analyze::{Knowledge, analyze_nfc};
use crate::config::{DataSource, Plan};
use crate::decode::{self, Article, DecodeOptions};
use crate::geo::{Gazetteer, GeoError, ReferenceData};
use crate::lexicon::{Lexicon, LexiconError};
use crate::model::Mention;
use crate::source::{Item, ReadAhead, ReadStalls, Reject, RejectReason, Source, SourceOptions};
use crate::store::{self, Key, Record, Slot};

/// Where an earlier run's records lie in its cache file, by content key.
pub type CacheSlots = rustc_hash::FxHashMap<Key, Slot>;

/// Loading the lexicon or reference data failed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    #[error(transparent)]
    Geo(#[from] GeoError),
}

/// One mention row: a mention and the article it came from.
#[derive(Debug, Clone)]
pub struct MentionRow {
    /// Shared by the article's mentions (and its index entry).
    pub doc_id: std::sync::Arc<str>,
    pub mention: Mention,
}

/// One article row.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleRow {
    pub doc_id: String,
    pub source: String,
    pub record: Option<String>,
    pub title: Option<String>,
    pub publication_date: Option<chrono::NaiveDate>,
    pub province_code: Option<String>,
    pub region: Option<String>,
    pub chars: usize,
    pub mentions: usize,
    pub encoding: String,
    pub url: Option<String>,
    pub text: Option<String>,
}

impl Knowledge {
    /// Loads the lexicon and reference data a plan names (or the bundled copies).
    pub fn load(
        lexicon: &DataSource,
        reference: &DataSource,
    ) -> Result<(Knowledge, u64), LoadError> {
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

/// Where an input was found: the identity of its row.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub doc_id: String,
    pub source: String,
    pub record: Option<String>,
}

/// What the per-article stage made of one input, in input order.
pub enum Outcome {
    /// Analysed now.
    Fresh(Found, Box<Record>),
    /// Unchanged since a run whose record the cache holds at this slot.
    Cached(Found, Slot),
    Reject(Reject),
}

fn process(
    item: Item,
    k: &Knowledge,
    dopts: &DecodeOptions,
    keep_text: bool,
    cache: Option<&CacheSlots>,
    read_bytes: &AtomicU64,
    stalls: &ReadStalls,
) -> Outcome {
    // Plain files are read here, in parallel; the source counted the bytes of everything else.
    let plain = matches!(item, Item::File(_));
    let t = Instant::now();
    let raw = match item.into_doc() {
        Ok(d) => d,
        Err(r) => return Outcome::Reject(r),
    };
    if plain {
        read_bytes.fetch_add(raw.bytes.len() as u64, Ordering::Relaxed);
        stalls.note(raw.bytes.len(), t.elapsed());
    }
    let key = store::key(raw.kind.clone() as u8, &raw.bytes);
    if let Some(slot) = cache.and_then(|c| c.get(&key)) {
        let found = Found {
            doc_id: raw.doc_id,
            source: raw.source,
            record: raw.record,
        };
        return Outcome::Cached(found, *slot);
    }
    let found = Found {
        doc_id: raw.doc_id.clone(),
        source: raw.source.clone(),
        record: raw.record.clone(),
    };
    let a: Article = match decode::decode(raw, dopts) {
        Ok(a) => a,
        Err(r) => return Outcome::Reject(r),
    };
    // A bug that panics on one article costs that article, not the run.
    let analysis = match guarded(|| analyze_nfc(&a.text, a.date, k)) {
        Ok(an) => an,
        Err(why) => {
            return Outcome::Reject(Reject {
                source: found.source.clone(),
                record: found.record.clone(),
                reason: RejectReason::ExtractorFailed,
                detail: format!("the extractor failed on this article: {why}"),
            });
        }
    };
    let record = Record {
        key,
        title: a.title,
        publication_date: analysis.publication_date,
        as_of: analysis.as_of,
        province_code: analysis.province_code,
        region: analysis.region,
        chars: analysis.chars as u64,
        encoding: a.encoding.to_owned(),
        url: a.url,
        text: keep_text.then_some(a.text),
        mentions: analysis.mentions,
    };
    Outcome::Fresh(found, Box::new(record))
}

/// Runs `f`, turning a panic into its message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|e| {
        e.downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_default()
    })
}

/// Progress reporting, kept out of the pipeline's logic.
pub trait Progress: Sync {
    fn inc(&self, n: u64);
    fn reject(&self, r: &Reject);
    fn warn(&self, message: &str);
    fn finish(&self);
}

/// Reports nothing.
pub struct Silent;

impl Progress for Silent {
    fn inc(&self, _: u64) {}
    fn reject(&self, _: &Reject) {}
    fn warn(&self, _: &str) {}
    fn finish(&self) {}
}

/// Records per parallel chunk: enough to keep every core busy, small enough to bound memory.
const CHUNK: usize = 256;
/// Bytes per chunk, whichever comes first.
const CHUNK_BYTES: usize = 32 * 1024 * 1024;

/// What reading and analysing cost.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub input_bytes: u64,
    pub read: Duration,
    pub analyse: Duration,
    pub inputs: usize,
    /// Articles analysed by this run.
    pub extracted: usize,
    /// Articles whose records came from the cache.
    pub cached: usize,
}

/// How a plan's inputs are read.
pub fn source_options(plan: &Plan) -> SourceOptions {
    SourceOptions {
        max_file_bytes: plan.max_file_bytes,
        id_fields: plan.json.id.clone(),
        skip_dir: crate::source::canonical_to_be(&plan.output),
    }
}

/// Reads and analyses every input `source` found, handing each outcome to `on` in input
/// order: the per-article half of a run. With a cache, unchanged inputs are not analysed again.
pub fn collect(
    plan: &Plan,
    mut source: Source,
    k: &Knowledge,
    progress: &dyn Progress,
    cache: Option<&CacheSlots>,
    mut on: impl FnMut(Outcome) + Send,
) -> Stats {
    let dopts = decode_options(plan);
    let mut stats = Stats::default();
    let read_bytes = AtomicU64::new(0);
    let stalls = ReadStalls::default();
    // Doc ids must be unique: the same relative path under two inputs gets its source path
    // as its id; the very same record named twice is a duplicate.
    let mut seen = Seen::default();
    // A reader thread reads (and decompresses) the next chunks while this one's are analysed;
    // the channel's bound keeps at most a few chunks in memory.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Item>>(2);
    // Emptied chunks go back to the reader to be filled again: a few buffers for the whole
    // run instead of one allocated, and freed on another thread, per chunk.
    let (empty_tx, empty_rx) = std::sync::mpsc::channel::<Vec<Item>>();
    std::thread::scope(|scope| {
        let stalls = &stalls;
        let reader = scope.spawn(move || {
            let mut read = Duration::ZERO;
            let mut read_ahead = ReadAhead::default();
            loop {
                let t0 = Instant::now();
                let mut chunk = empty_rx
                    .try_recv()
                    .unwrap_or_else(|_| Vec::with_capacity(CHUNK));
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
                read_ahead.prepare(&chunk, stalls);
                read += t0.elapsed();
                if chunk.is_empty() || tx.send(chunk).is_err() {
                    break;
                }
            }
            (source.bytes_read, read)
        });
        // Each chunk is analysed in parallel while the outcomes of the one before are handed
        // on in order (ids made unique, records stored): the ordered part overlaps the rest.
        let mut handle = |results: Vec<Outcome>, stats: &mut Stats| {
            let n = results.len();
            for r in results {
                let r = match r {
                    Outcome::Fresh(found, rec) => {
                        seen.unique(found).map_or_else(Outcome::Reject, |f| {
                            stats.extracted += 1;
                            Outcome::Fresh(f, rec)
                        })
                    }
                    // Counted once it is an article: a duplicate is a reject, not a reuse.
                    Outcome::Cached(found, slot) => {
                        seen.unique(found).map_or_else(Outcome::Reject, |f| {
                            stats.cached += 1;
                            Outcome::Cached(f, slot)
                        })
                    }
                    r => r,
                };
                if let Outcome::Reject(r) = &r {
                    progress.reject(r);
                }
                on(r);
            }
            stats.inputs += n;
            progress.inc(n as u64);
        };
        let mut pending: Option<Vec<Outcome>> = None;
        for mut chunk in rx {
            let t1 = Instant::now();
            let (results, ()) = rayon::join(
                || {
                    let results = chunk
                        .par_drain(..)
                        .map(|item| {
                            process(item, k, &dopts, plan.keep_text, cache, &read_bytes, stalls)
                        })
                        .collect::<Vec<Outcome>>();
                    // The reader may have finished: then the buffer is simply dropped.
                    let _ = empty_tx.send(chunk);
                    results
                },
                || {
                    if let Some(prev) = pending.take() {
                        handle(prev, &mut stats);
                    }
                },
            );
            pending = Some(results);
            stats.analyse += t1.elapsed();
        }
        if let Some(prev) = pending.take() {
            handle(prev, &mut stats);
        }
        let (bytes, read) = reader.join().expect("the reader thread does not panic");
        stats.input_bytes = bytes + read_bytes.load(Ordering::Relaxed);
        stats.read = read;
    });
    stats
}

fn decode_options(plan: &Plan) -> DecodeOptions {
    DecodeOptions {
        fallback: plan
            .fallback_encoding
            .as_deref()
            .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes())),
        json: plan.json.clone(),
    }
}

/// The doc ids given so far, each with where it was found, as 128-bit hashes: a few dozen
/// bytes per article however long its paths (a collision is as likely as none in practice).
#[derive(Default)]
struct Seen(rustc_hash::FxHashMap<u128, u128>);

impl Seen {
    fn origin(found: &Found) -> u128 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(found.source.as_bytes());
        if let Some(r) = &found.record {
            h.update(&[0]);
            h.update(r.as_bytes());
        }
        h.digest128()
    }

    /// Gives a found input a doc id no earlier input has, or rejects it as a duplicate.
    fn unique(&mut self, mut found: Found) -> Result<Found, Reject> {
        let origin = Seen::origin(&found);
        let id = xxhash_rust::xxh3::xxh3_128(found.doc_id.as_bytes());
        match self.0.get(&id) {
            Some(first) if *first == origin => Err(Reject {
                source: found.source.clone(),
                record: found.record.clone(),
                reason: crate::source::RejectReason::Duplicate,
                detail: format!("already read as {}", found.doc_id),
            }),
            Some(_) => {
                found.doc_id = match &found.record {
                    Some(rec) => format!("{}#{rec}", found.source),
                    None => found.source.clone(),
                };
                self.0
                    .insert(xxhash_rust::xxh3::xxh3_128(found.doc_id.as_bytes()), origin);
                Ok(found)
            }
            None => {
                self.0.insert(id, origin);
                Ok(found)
            }
        }
    }
}

/// The article row of a record found at `found` that has `mentions` mentions.
pub fn article_row(found: Found, r: Record, mentions: usize) -> ArticleRow {
    ArticleRow {
        doc_id: found.doc_id,
        source: found.source,
        record: found.record,
        title: r.title,
        publication_date: r.publication_date,
        province_code: r.province_code,
        region: r.region,
        chars: r.chars as usize,
        mentions,
        encoding: r.encoding,
        url: r.url,
        text: r.text,
    }
}

/// Every document's mentions, by doc id.
pub type MentionsByDoc = BTreeMap<String, Vec<Mention>>;

/// Mentions per document of every input, for scoring (no tables, nothing written).
pub fn mentions_by_doc(plan: &Plan) -> Result<(MentionsByDoc, Vec<Reject>), LoadError> {
    let (k, _) = Knowledge::load(&plan.lexicon, &plan.reference)?;
    let mut by_doc = BTreeMap::new();
    let mut rejects = Vec::new();
    let source = Source::new(&plan.inputs, source_options(plan));
    collect(plan, source, &k, &Silent, None, |o| match o {
        Outcome::Fresh(found, rec) => {
            by_doc.insert(found.doc_id, rec.mentions);
        }
        Outcome::Cached(..) => unreachable!("no cache given"),
        Outcome::Reject(r) => rejects.push(r),
    });
    Ok((by_doc, rejects))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message() {
        assert_eq!(guarded(|| 7), Ok(7));
        assert_eq!(
            guarded(|| -> u8 { panic!("index out of bounds") }),
            Err("index out of bounds".to_owned())
        );
        let n = 3;
        assert_eq!(
            guarded(|| -> u8 { panic!("token {n} past the end") }),
            Err("token 3 past the end".to_owned())
        );
    }
}
