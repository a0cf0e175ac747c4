//! The per-article half of a run: inputs → decoded articles → mentions, as rows.
//!
//! Records stream from the source in chunks; each chunk is decoded and analysed in parallel
//! (rayon keeps the chunk's order, so outputs are deterministic) and only its small results are
//! kept: no article text outlives its chunk unless `keep_text` asks for it. Nothing here knows
//! polars: the rows become tables in [`crate::run`].

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::analyze::{Knowledge, analyze};
use crate::config::{DataSource, Plan};
use crate::decode::{self, Article, DecodeOptions};
use crate::geo::{Gazetteer, GeoError, ReferenceData};
use crate::lexicon::{Lexicon, LexiconError};
use crate::model::Mention;
use crate::source::{Item, Reject, Source, SourceOptions};

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
    pub doc_id: String,
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
    // Doc ids must be unique: the same relative path under two inputs gets its source path
    // as its id; the very same record named twice is a duplicate.
    let mut seen: std::collections::HashMap<String, (String, Option<String>)> =
        std::collections::HashMap::new();
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
            let r = match r {
                Outcome::Article(mut row, mentions) => {
                    let key = (row.source.clone(), row.record.clone());
                    match seen.get(&row.doc_id) {
                        Some(first) if *first == key => Outcome::Reject(Reject {
                            source: row.source.clone(),
                            record: row.record.clone(),
                            reason: crate::source::RejectReason::Duplicate,
                            detail: format!("already read as {}", row.doc_id),
                        }),
                        Some(_) => {
                            row.doc_id = match &row.record {
                                Some(rec) => format!("{}#{rec}", row.source),
                                None => row.source.clone(),
                            };
                            seen.insert(row.doc_id.clone(), key);
                            Outcome::Article(row, mentions)
                        }
                        None => {
                            seen.insert(row.doc_id.clone(), key);
                            Outcome::Article(row, mentions)
                        }
                    }
                }
                other => other,
            };
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

/// Mentions per document of every input, for scoring (no tables, nothing written).
pub fn mentions_by_doc(
    plan: &Plan,
) -> Result<(BTreeMap<String, Vec<Mention>>, Vec<Reject>), LoadError> {
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
