//! The row store: each analysed article as one compact binary record on disk, so that a run
//! holds only a small index in memory however large the corpus, and so that a later run can
//! reuse the records of articles whose content has not changed (the incremental cache).
//!
//! A record carries everything extraction derives from an article's content (title, date,
//! province, mentions, ...) and nothing that depends on where the article was found (doc id,
//! source), so a renamed file still hits the cache. Records are keyed by a 128-bit hash of the
//! record's kind and bytes.
//!
//! File layout: a header (magic, format version, fingerprint of everything that can change a
//! result), records (`u32` length, then the payload starting with the key), and a footer
//! (record count and a hash of all payloads), so that a truncated, corrupt or foreign file is
//! detected and not trusted.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::model::{Approx, Entity, Investor, Measure, Mention, Metric, Unit};
use crate::staged::{Finished, StagedFile};

const MAGIC: &[u8; 8] = b"SOLIEUR1";
const FOOTER: &[u8; 8] = b"SOLIEUF1";
/// Bump when the record layout changes.
const FORMAT: u32 = 2;

/// The content key of a record.
pub type Key = u128;

/// Everything extraction derives from one article's content.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub key: Key,
    pub title: Option<String>,
    pub publication_date: Option<NaiveDate>,
    /// The date the article reports as of (see [`crate::extract::DocFacts::as_of`]).
    pub as_of: Option<NaiveDate>,
    pub province_code: Option<String>,
    pub region: Option<String>,
    pub chars: u64,
    pub encoding: String,
    pub url: Option<String>,
    pub text: Option<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("row store {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("row store {path}: {message}")]
    Invalid { path: String, message: String },
}

/// Where a record lies in a store file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub offset: u64,
    pub len: u32,
}

/// Appends records to a new store file.
pub struct StoreWriter {
    path: PathBuf,
    /// The store the new one replaces (the cache a re-run read), which stays if the new one
    /// comes out the same.
    replaces: Option<PathBuf>,
    out: StagedFile,
    offset: u64,
    count: u64,
    hasher: xxhash_rust::xxh3::Xxh3,
}

impl StoreWriter {
    /// A store at `path`, which is to replace the one at `replaces` (see [`StagedFile`]).
    pub fn create(
        path: &Path,
        replaces: Option<&Path>,
        fingerprint: u64,
    ) -> Result<StoreWriter, StoreError> {
        let io = |source| StoreError::Io {
            path: path.display().to_string(),
            source,
        };
        const BUFFER: usize = 1 << 20;
        let mut out = match replaces {
            Some(old) => StagedFile::replacing(path, old, BUFFER),
            None => StagedFile::create(path, BUFFER),
        }
        .map_err(io)?;
        out.write_all(MAGIC).map_err(io)?;
        out.write_all(&FORMAT.to_le_bytes()).map_err(io)?;
        out.write_all(&fingerprint.to_le_bytes()).map_err(io)?;
        Ok(StoreWriter {
            path: path.to_path_buf(),
            replaces: replaces.map(Path::to_path_buf),
            out,
            offset: (MAGIC.len() + 4 + 8) as u64,
            count: 0,
            hasher: xxhash_rust::xxh3::Xxh3::new(),
        })
    }

    /// Appends a record's encoded payload (from [`encode`] or copied from another store).
    pub fn append(&mut self, payload: &[u8]) -> Result<Slot, StoreError> {
        let io = |source| StoreError::Io {
            path: self.path.display().to_string(),
            source,
        };
        let len = payload.len() as u32;
        self.out.write_all(&len.to_le_bytes()).map_err(io)?;
        self.out.write_all(payload).map_err(io)?;
        self.hasher.update(payload);
        let slot = Slot {
            offset: self.offset + 4,
            len,
        };
        self.offset += 4 + payload.len() as u64;
        self.count += 1;
        Ok(slot)
    }

    /// Writes the footer and closes the file. Gives where the store now is: its own path, or
    /// that of the store it replaces when that one has the same bytes.
    pub fn finish(mut self) -> Result<(PathBuf, Finished), StoreError> {
        let io = |source| StoreError::Io {
            path: self.path.display().to_string(),
            source,
        };
        // A zero length marks the end of the records.
        self.out.write_all(&0u32.to_le_bytes()).map_err(io)?;
        self.out.write_all(FOOTER).map_err(io)?;
        self.out.write_all(&self.count.to_le_bytes()).map_err(io)?;
        self.out
            .write_all(&self.hasher.digest().to_le_bytes())
            .map_err(io)?;
        let finished = self.out.finish(false).map_err(io)?;
        match (finished, self.replaces) {
            (Finished::Unchanged, Some(old)) => Ok((old, finished)),
            _ => Ok((self.path, finished)),
        }
    }
}

/// Reads records of a finished store file by slot. Slots are mostly read in the order they
/// were written, so reads go through a buffer and seek only over gaps.
pub struct StoreReader {
    path: PathBuf,
    file: std::io::BufReader<File>,
    /// Offset of the buffered reader in the file.
    at: u64,
}

impl StoreReader {
    pub fn open(path: &Path) -> Result<StoreReader, StoreError> {
        let file = File::open(path).map_err(|source| StoreError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Ok(StoreReader {
            path: path.to_path_buf(),
            file: std::io::BufReader::with_capacity(1 << 18, file),
            at: 0,
        })
    }

    /// The raw payload at `slot`.
    pub fn payload(&mut self, slot: Slot, buf: &mut Vec<u8>) -> Result<(), StoreError> {
        let io = |source| StoreError::Io {
            path: self.path.display().to_string(),
            source,
        };
        buf.resize(slot.len as usize, 0);
        if self.at == u64::MAX {
            self.file.seek(SeekFrom::Start(slot.offset)).map_err(io)?;
        } else if slot.offset != self.at {
            // Within the buffer this moves in it; further away it seeks.
            self.file
                .seek_relative(slot.offset as i64 - self.at as i64)
                .map_err(io)?;
        }
        self.at = slot.offset + slot.len as u64;
        self.file.read_exact(buf).map_err(|e| {
            // A failed read leaves the position unknown: seek absolutely next time.
            self.at = u64::MAX;
            io(e)
        })
    }

    pub fn record(&mut self, slot: Slot, buf: &mut Vec<u8>) -> Result<Record, StoreError> {
        self.payload(slot, buf)?;
        decode(buf).ok_or_else(|| self.invalid(slot))
    }

    /// The record at `slot` without its mentions, and their count (see [`decode_head`]).
    pub fn head(&mut self, slot: Slot, buf: &mut Vec<u8>) -> Result<(Record, usize), StoreError> {
        self.payload(slot, buf)?;
        decode_head(buf).ok_or_else(|| self.invalid(slot))
    }

    fn invalid(&self, slot: Slot) -> StoreError {
        StoreError::Invalid {
            path: self.path.display().to_string(),
            message: format!("record at byte {} does not decode", slot.offset),
        }
    }
}

/// An earlier run's store, opened as a cache: a map from key to slot, trusted only if the
/// header's fingerprint matches and the footer's count and hash check out.
pub struct Cache {
    pub reader: StoreReader,
    /// Keys are hashes already: no need for a hasher that resists chosen keys.
    pub slots: rustc_hash::FxHashMap<Key, Slot>,
    /// For contents stored more than once (identical articles), how many more records than
    /// the one in `slots`: the run counts the records it drops, not the contents.
    pub repeats: rustc_hash::FxHashMap<Key, u32>,
}

/// Why an existing cache was not used.
#[derive(Debug, Clone, PartialEq)]
pub enum CacheMiss {
    /// No cache yet: nothing to say.
    Absent,
    /// Made with other settings, lexicon, reference data or version: rebuilt, expectedly.
    Stale,
    /// Not a cache file, or damaged: rebuilt, with a warning.
    Corrupt(String),
}

impl Cache {
    /// Opens and verifies the cache at `path` for `fingerprint`.
    pub fn open(path: &Path, fingerprint: u64) -> Result<Cache, CacheMiss> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(CacheMiss::Absent),
            Err(e) => return Err(CacheMiss::Corrupt(e.to_string())),
        };
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        // Read as a stream: the cache is as large as the corpus's records.
        let mut r = std::io::BufReader::with_capacity(1 << 18, file);
        let corrupt = |m: &str| CacheMiss::Corrupt(format!("{}: {m}", path.display()));
        let mut head = [0u8; MAGIC.len() + 12];
        if r.read_exact(&mut head).is_err() || &head[..MAGIC.len()] != MAGIC {
            return Err(corrupt("not a solieu cache"));
        }
        let format = u32::from_le_bytes(head[8..12].try_into().unwrap());
        let fp = u64::from_le_bytes(head[12..20].try_into().unwrap());
        if format != FORMAT || fp != fingerprint {
            return Err(CacheMiss::Stale);
        }
        let mut slots = rustc_hash::FxHashMap::default();
        let mut repeats = rustc_hash::FxHashMap::default();
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        let mut at = head.len() as u64;
        let mut count = 0u64;
        let mut payload = Vec::new();
        loop {
            let mut len = [0u8; 4];
            r.read_exact(&mut len).map_err(|_| corrupt("truncated"))?;
            let len = u32::from_le_bytes(len) as usize;
            at += 4;
            if len == 0 {
                break;
            }
            if len < 16 {
                return Err(corrupt("short record"));
            }
            if at + len as u64 > size {
                return Err(corrupt("truncated record"));
            }
            payload.resize(len, 0);
            r.read_exact(&mut payload)
                .map_err(|_| corrupt("truncated record"))?;
            hasher.update(&payload);
            let key = u128::from_le_bytes(payload[..16].try_into().unwrap());
            let slot = Slot {
                offset: at,
                len: len as u32,
            };
            if slots.insert(key, slot).is_some() {
                *repeats.entry(key).or_default() += 1;
            }
            at += len as u64;
            count += 1;
        }
        let mut footer = [0u8; 24];
        r.read_exact(&mut footer)
            .map_err(|_| corrupt("no footer"))?;
        if &footer[..8] != FOOTER
            || u64::from_le_bytes(footer[8..16].try_into().unwrap()) != count
            || u64::from_le_bytes(footer[16..24].try_into().unwrap()) != hasher.digest()
        {
            return Err(corrupt("footer does not match the records"));
        }
        let reader = StoreReader::open(path).map_err(|e| CacheMiss::Corrupt(e.to_string()))?;
        Ok(Cache {
            reader,
            slots,
            repeats,
        })
    }
}

/// The key of a record's input: its kind and bytes.
pub fn key(kind: u8, bytes: &[u8]) -> Key {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(&[kind]);
    h.update(bytes);
    h.digest128()
}

// ---------------------------------------------------------------- encoding

struct Enc(Vec<u8>);

impl Enc {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn f64(&mut self, v: f64) {
        self.u64(v.to_bits());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
    fn opt_f64(&mut self, v: Option<f64>) {
        match v {
            Some(v) => {
                self.u8(1);
                self.f64(v);
            }
            None => self.u8(0),
        }
    }
    fn opt_date(&mut self, d: Option<NaiveDate>) {
        match d {
            Some(d) => {
                self.u8(1);
                self.u32(d.to_epoch_days() as u32);
            }
            None => self.u8(0),
        }
    }
    /// A label as its position in the enum's `ALL` (0 for none, else index + 1).
    fn label<T: PartialEq + Copy>(&mut self, v: Option<T>, all: &[T]) {
        self.u8(v
            .and_then(|v| all.iter().position(|x| *x == v))
            .map_or(0, |i| i as u8 + 1));
    }
}

struct Dec<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Dec<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|s| s[0])
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|s| u32::from_le_bytes(s.try_into().unwrap()))
    }
    fn u64(&mut self) -> Option<u64> {
        self.take(8)
            .map(|s| u64::from_le_bytes(s.try_into().unwrap()))
    }
    fn f64(&mut self) -> Option<f64> {
        self.u64().map(f64::from_bits)
    }
    fn str(&mut self) -> Option<String> {
        let n = self.u32()? as usize;
        simdutf8::basic::from_utf8(self.take(n)?)
            .ok()
            .map(str::to_owned)
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.u8()? {
            0 => Some(None),
            1 => f(self).map(Some),
            _ => None,
        }
    }
    fn opt_date(&mut self) -> Option<Option<NaiveDate>> {
        self.opt(|d| d.u32().and_then(|n| NaiveDate::from_epoch_days(n as i32)))
    }
    fn label<T: Copy>(&mut self, all: &[T]) -> Option<Option<T>> {
        match self.u8()? {
            0 => Some(None),
            i => all.get(i as usize - 1).copied().map(Some),
        }
    }
}

/// Encodes a record's payload.
pub fn encode(r: &Record) -> Vec<u8> {
    let mut e = Enc(Vec::with_capacity(256 + r.mentions.len() * 200));
    e.0.extend_from_slice(&r.key.to_le_bytes());
    e.opt_str(r.title.as_deref());
    e.opt_date(r.publication_date);
    e.opt_date(r.as_of);
    e.opt_str(r.province_code.as_deref());
    e.opt_str(r.region.as_deref());
    e.u64(r.chars);
    e.str(&r.encoding);
    e.opt_str(r.url.as_deref());
    e.opt_str(r.text.as_deref());
    e.u32(r.mentions.len() as u32);
    for m in &r.mentions {
        e.u64(m.start as u64);
        e.u64(m.end as u64);
        e.str(&m.surface);
        e.f64(m.value);
        e.opt_f64(m.value_max);
        e.label(Some(m.unit), Unit::ALL);
        e.label(Some(m.metric), Metric::ALL);
        e.label(Some(m.measure), Measure::ALL);
        e.label(m.entity, Entity::ALL);
        e.label(m.investor, Investor::ALL);
        e.label(m.approx, Approx::ALL);
        e.opt_date(m.period_start);
        e.opt_date(m.period_end);
        e.u8(m.cumulative as u8);
        e.opt_str(m.province_code.as_deref());
        e.opt_str(m.region.as_deref());
        e.str(&m.sentence);
    }
    e.0
}

/// Decodes a record's payload; `None` when it is malformed.
pub fn decode(b: &[u8]) -> Option<Record> {
    decode_parts(b, true).map(|(r, _)| r)
}

/// A record without its mentions (left empty), and how many it has: what the `articles`
/// table needs, without reading the larger part.
pub fn decode_head(b: &[u8]) -> Option<(Record, usize)> {
    decode_parts(b, false)
}

fn decode_parts(b: &[u8], with_mentions: bool) -> Option<(Record, usize)> {
    let mut d = Dec { b, at: 0 };
    let key = u128::from_le_bytes(d.take(16)?.try_into().unwrap());
    let title = d.opt(Dec::str)?;
    let publication_date = d.opt_date()?;
    let as_of = d.opt_date()?;
    let province_code = d.opt(Dec::str)?;
    let region = d.opt(Dec::str)?;
    let chars = d.u64()?;
    let encoding = d.str()?;
    let url = d.opt(Dec::str)?;
    let text = d.opt(Dec::str)?;
    let n = d.u32()? as usize;
    let mut mentions = Vec::with_capacity(if with_mentions { n.min(1 << 16) } else { 0 });
    for _ in 0..if with_mentions { n } else { 0 } {
        mentions.push(Mention {
            start: d.u64()? as usize,
            end: d.u64()? as usize,
            surface: d.str()?,
            value: d.f64()?,
            value_max: d.opt(Dec::f64)?,
            unit: d.label(Unit::ALL)??,
            metric: d.label(Metric::ALL)??,
            measure: d.label(Measure::ALL)??,
            entity: d.label(Entity::ALL)?,
            investor: d.label(Investor::ALL)?,
            approx: d.label(Approx::ALL)?,
            period_start: d.opt_date()?,
            period_end: d.opt_date()?,
            cumulative: d.u8()? == 1,
            province_code: d.opt(Dec::str)?,
            region: d.opt(Dec::str)?,
            sentence: d.str()?,
        });
    }
    (!with_mentions || d.at == b.len()).then_some((
        Record {
            key,
            title,
            publication_date,
            as_of,
            province_code,
            region,
            chars,
            encoding,
            url,
            text,
            mentions,
        },
        n,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        Record {
            key: 42,
            title: Some("Tiêu đề".into()),
            publication_date: NaiveDate::from_ymd_opt(2024, 1, 9),
            as_of: NaiveDate::from_ymd_opt(2024, 1, 9),
            province_code: Some("60".into()),
            region: None,
            chars: 120,
            encoding: "UTF-8".into(),
            url: None,
            text: Some("văn bản".into()),
            mentions: vec![Mention {
                start: 3,
                end: 16,
                surface: "1.494 tỷ đồng".into(),
                value: 1.494e12,
                value_max: None,
                unit: Unit::Vnd,
                metric: Metric::RegisteredCapital,
                measure: Measure::Level,
                entity: None,
                investor: Some(Investor::Fdi),
                approx: Some(Approx::Over),
                period_start: NaiveDate::from_ymd_opt(2023, 1, 1),
                period_end: NaiveDate::from_ymd_opt(2023, 12, 31),
                cumulative: false,
                province_code: Some("60".into()),
                region: None,
                sentence: "Vốn 1.494 tỷ đồng.".into(),
            }],
        }
    }

    #[test]
    fn records_round_trip() {
        let r = record();
        assert_eq!(decode(&encode(&r)), Some(r.clone()));
        let (head, n) = decode_head(&encode(&r)).unwrap();
        assert_eq!(n, r.mentions.len());
        assert_eq!(
            head,
            Record {
                mentions: Vec::new(),
                ..r
            }
        );
    }

    #[test]
    fn a_store_reads_back_and_a_damaged_one_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("rows.bin");
        let mut w = StoreWriter::create(&p, None, 7).unwrap();
        let slot = w.append(&encode(&record())).unwrap();
        w.finish().unwrap();
        let mut c = Cache::open(&p, 7).ok().unwrap();
        assert_eq!(c.slots.get(&42), Some(&slot));
        let mut buf = Vec::new();
        assert_eq!(c.reader.record(slot, &mut buf).unwrap(), record());
        assert_eq!(Cache::open(&p, 8).err(), Some(CacheMiss::Stale));
        // Flip a byte inside the record: the footer's hash no longer matches.
        let mut bytes = std::fs::read(&p).unwrap();
        bytes[40] ^= 0xff;
        std::fs::write(&p, &bytes).unwrap();
        assert!(matches!(Cache::open(&p, 7), Err(CacheMiss::Corrupt(_))));
        std::fs::write(&p, b"not a cache").unwrap();
        assert!(matches!(Cache::open(&p, 7), Err(CacheMiss::Corrupt(_))));
        assert_eq!(
            Cache::open(&dir.path().join("none"), 7).err(),
            Some(CacheMiss::Absent)
        );
    }
}
