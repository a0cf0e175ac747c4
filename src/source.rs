//! Sources: finding inputs and yielding raw records (path, bytes, metadata) in a fixed order.
//!
//! A source knows files, compression, archives and JSON records, nothing about language. It
//! streams: one file (or archive member) is in memory at a time. Every input it discovers comes
//! out exactly once, as a [`RawDoc`] or as a [`Reject`] saying why it could not be read.

use std::collections::VecDeque;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

/// How a record's bytes are to be decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum DocKind {
    /// Plain text: the first non-empty line is the title.
    Text,
    Html,
    /// One JSON object (from JSON Lines or a JSON array); fields are read by `decode`.
    Json,
}

/// One input record, not yet decoded.
#[derive(Debug, Clone)]
pub struct RawDoc {
    /// Path relative to its input root, `/`-separated; archive members and JSON records add
    /// their member path or record key.
    pub doc_id: String,
    /// The file (or archive) the record came from, as the user named it.
    pub source: String,
    /// The record within the source: a line number, an archive member, an index.
    pub record: Option<String>,
    pub kind: DocKind,
    pub bytes: Vec<u8>,
}

/// Why an input could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RejectReason {
    Unreadable,
    NotFound,
    BrokenSymlink,
    Empty,
    TooLarge,
    Binary,
    Corrupt,
    InvalidJson,
    NoText,
    Undecodable,
    UnsupportedFormat,
    /// The same file (or record) named twice among the inputs.
    Duplicate,
    /// The extractor failed on this article (a bug): the run goes on without it.
    ExtractorFailed,
}

impl RejectReason {
    pub fn code(self) -> &'static str {
        match self {
            RejectReason::Unreadable => "unreadable",
            RejectReason::NotFound => "not_found",
            RejectReason::BrokenSymlink => "broken_symlink",
            RejectReason::Empty => "empty",
            RejectReason::TooLarge => "too_large",
            RejectReason::Binary => "binary",
            RejectReason::Corrupt => "corrupt",
            RejectReason::InvalidJson => "invalid_json",
            RejectReason::NoText => "no_text",
            RejectReason::Undecodable => "undecodable",
            RejectReason::UnsupportedFormat => "unsupported_format",
            RejectReason::Duplicate => "duplicate",
            RejectReason::ExtractorFailed => "extractor_failed",
        }
    }
}

/// An input that is not an article, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Reject {
    pub source: String,
    pub record: Option<String>,
    pub reason: RejectReason,
    pub detail: String,
}

/// What a source yields.
#[derive(Debug)]
pub enum Item {
    Doc(RawDoc),
    /// A plain file, read by whoever takes the item (a worker), so that reading is spread
    /// over the threads that analyse.
    File(PlainFile),
    Reject(Reject),
}

impl Item {
    /// The record, reading it first if it is a plain file.
    pub fn into_doc(self) -> Result<RawDoc, Reject> {
        match self {
            Item::Doc(d) => Ok(d),
            Item::File(f) => f.read(),
            Item::Reject(r) => Err(r),
        }
    }
}

/// Whether plain files are being read from the disk rather than from memory: the workers'
/// reads that had to wait, which [`ReadAhead`] goes by.
#[derive(Debug, Default)]
pub struct ReadStalls {
    reads: AtomicUsize,
    stalls: AtomicUsize,
}

impl ReadStalls {
    /// A read this slow waited for the disk: copying an article from memory takes a few
    /// microseconds. (A preempted thread looks the same, hence the share in [`Self::turned_cold`].)
    fn is_stall(bytes: usize, took: std::time::Duration) -> bool {
        took.as_micros() > 100 + bytes as u128 / 1024
    }

    /// Notes one plain file's read (by a worker): its size and how long it took.
    pub fn note(&self, bytes: usize, took: std::time::Duration) {
        self.reads.fetch_add(1, Ordering::Relaxed);
        if Self::is_stall(bytes, took) {
            self.stalls.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Whether, since the counts in `since` (which it updates), at least a quarter of the reads
    /// and more than a few waited: warm runs see a stalled read in a thousand, when a thread
    /// is preempted in the middle of one.
    fn turned_cold(&self, since: &mut (usize, usize)) -> bool {
        let now = (
            self.reads.load(Ordering::Relaxed),
            self.stalls.load(Ordering::Relaxed),
        );
        let (reads, stalls) = (now.0 - since.0, now.1 - since.1);
        *since = now;
        stalls >= 16 && stalls * 4 >= reads
    }
}

/// The reader's decision, chunk by chunk, to have the kernel fetch plain files ahead.
///
/// Workers read plain files themselves, so on a cold page cache each of them waits for every
/// file in turn while its core idles: a first run took twice as long as a warm one. The first
/// chunk's files are asked whether they are in memory (`starts_on_disk`); after that, once a
/// quarter of the recent reads are seen to wait (`ReadStalls::turned_cold`), the next files
/// are fetched ahead (`PlainFile::prefetch`). A warm run never pays for that (an extra open
/// per file).
#[derive(Debug, Default)]
pub struct ReadAhead {
    /// Once on, for the rest of the run: stopping would let the next chunks stall again.
    on: bool,
    /// Whether a chunk was prepared already: only the first asks its files.
    started: bool,
    /// The read counts at the last look (see [`ReadStalls::turned_cold`]).
    counted: (usize, usize),
}

impl ReadAhead {
    /// Has the kernel fetch `chunk`'s plain files before they are handed to the workers, if
    /// the input turns out to come from the disk.
    pub fn prepare(&mut self, chunk: &[Item], stalls: &ReadStalls) {
        self.on = self.on
            || if self.started {
                stalls.turned_cold(&mut self.counted)
            } else {
                starts_on_disk(chunk)
            };
        self.started = true;
        if self.on {
            for item in chunk {
                if let Item::File(f) = item {
                    f.prefetch();
                }
            }
        }
    }
}

/// How many of the first chunk's plain files [`starts_on_disk`] asks.
const PROBES: usize = 8;

/// Whether most of the first plain files among `items` are not in memory (the page cache), so
/// that the run reads ahead from its first chunk rather than once the first chunks have been
/// seen to wait: a cold re-run is mostly reading. False where the system cannot tell.
fn starts_on_disk(items: &[Item]) -> bool {
    let answers: Vec<bool> = items
        .iter()
        .filter_map(|i| match i {
            Item::File(f) => f.in_memory(),
            _ => None,
        })
        .take(PROBES)
        .collect();
    let on_disk = answers.iter().filter(|m| !**m).count();
    on_disk >= 2 && on_disk * 2 >= answers.len()
}

/// Opens a found file to read. One found to be a regular file is opened without waiting (it
/// may have been replaced by a named pipe since); a named pipe given as an input is opened as
/// usual, to be read as a stream. The caller checks what it opened.
fn open_found(path: &Path, regular: bool) -> std::io::Result<std::fs::File> {
    if regular {
        open_without_waiting(path, true)
    } else {
        std::fs::File::open(path)
    }
}

/// Opens `path` to read without waiting: were it a named pipe, opening it normally would wait
/// for a writer for good (reading a regular file is the same either way). Unless `follow`, a
/// symbolic link is not followed: opening it fails. The caller checks what it opened. (Also
/// for the outputs a run compares, see [`crate::staged`].)
pub(crate) fn open_without_waiting(path: &Path, follow: bool) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt;
        let no_follow = if follow {
            OFlags::empty()
        } else {
            OFlags::NOFOLLOW
        };
        options.custom_flags((OFlags::NONBLOCK | no_follow).bits() as i32);
    }
    #[cfg(not(unix))]
    {
        if !follow && std::fs::symlink_metadata(path)?.is_symlink() {
            return Err(std::io::Error::other("a symbolic link, not followed"));
        }
    }
    options.open(path)
}

/// How much of a file [`PlainFile::prefetch`] asks for: many times an article.
#[cfg(target_os = "linux")]
const PREFETCH_BYTES: Option<std::num::NonZeroU64> = std::num::NonZeroU64::new(1 << 20);

/// A plain (uncompressed, single-article) file not read yet.
#[derive(Debug, Clone)]
pub struct PlainFile {
    path: PathBuf,
    source: String,
    doc_id: String,
    kind: DocKind,
    max_bytes: u64,
    /// See [`Found::regular`].
    regular: bool,
}

impl PlainFile {
    /// Asks the kernel to start reading the file, so that the worker that takes it finds it in
    /// memory: reads from the disk overlap the analysis instead of stalling a worker. Only the
    /// first mebibyte: a chunk of large files must not fill the page cache ahead of
    /// time, and reading on from there is sequential, which the kernel reads ahead by itself.
    /// Not for a named pipe given as an input: opening it would block, and closing it again
    /// would end its writer's input.
    fn prefetch(&self) {
        #[cfg(target_os = "linux")]
        if self.regular
            && let Ok(f) = open_found(&self.path, true)
        {
            // Advice only: a file that cannot be advised is read as usual.
            let _ = rustix::fs::fadvise(&f, 0, PREFETCH_BYTES, rustix::fs::Advice::WillNeed);
        }
    }

    /// Whether the file's first page is in memory, asked without waiting for the disk (a read
    /// with `RWF_NOWAIT`). None where that cannot be told: not Linux, a named pipe, a file
    /// system without the flag, a file that does not open (its read says why).
    fn in_memory(&self) -> Option<bool> {
        #[cfg(target_os = "linux")]
        if self.regular {
            let f = open_found(&self.path, true).ok()?;
            let mut byte = [0u8; 1];
            let mut buf = [std::io::IoSliceMut::new(&mut byte)];
            return match rustix::io::preadv2(&f, &mut buf, 0, rustix::io::ReadWriteFlags::NOWAIT) {
                Ok(_) => Some(true),
                Err(rustix::io::Errno::AGAIN) => Some(false),
                Err(_) => None,
            };
        }
        None
    }

    /// Reads the file whole, in one allocation of its size.
    pub fn read(self) -> Result<RawDoc, Reject> {
        let reject = |reason, detail: String| Reject {
            source: self.source.clone(),
            record: None,
            reason,
            detail,
        };
        let mut file = match open_found(&self.path, self.regular) {
            Ok(f) => f,
            Err(e) => return Err(reject(open_error_reason(&self.path, &e), e.to_string())),
        };
        let meta = file
            .metadata()
            .map_err(|e| reject(RejectReason::Unreadable, e.to_string()))?;
        if self.regular && !meta.is_file() {
            return Err(reject(
                RejectReason::UnsupportedFormat,
                "a regular file when found, now a named pipe, socket or device: not read".into(),
            ));
        }
        let len = meta.len();
        let too_large = || {
            reject(
                RejectReason::TooLarge,
                format!("{len} bytes is over the limit of {}", self.max_bytes),
            )
        };
        if len > self.max_bytes {
            return Err(too_large());
        }
        let mut bytes = Vec::with_capacity(len as usize + 1);
        (&mut file)
            .take(self.max_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| reject(RejectReason::Unreadable, e.to_string()))?;
        if bytes.len() as u64 > self.max_bytes {
            return Err(too_large());
        }
        Ok(RawDoc {
            doc_id: self.doc_id,
            source: self.source,
            record: None,
            kind: self.kind,
            bytes,
        })
    }
}

/// Why a path that was found cannot be opened.
fn open_error_reason(path: &Path, e: &std::io::Error) -> RejectReason {
    if e.kind() == std::io::ErrorKind::NotFound {
        if std::fs::symlink_metadata(path).is_ok() {
            RejectReason::BrokenSymlink
        } else {
            RejectReason::NotFound
        }
    } else {
        RejectReason::Unreadable
    }
}

/// Settings the source needs.
#[derive(Debug, Clone)]
pub struct SourceOptions {
    pub max_file_bytes: u64,
    /// JSON field names for the record id (part of the doc id).
    pub id_fields: Vec<String>,
    /// A directory never walked into, as [`canonical_to_be`] gives it: the run's own output,
    /// which may lie inside an input directory (`--input .`).
    pub skip_dir: Option<PathBuf>,
}

/// A discovered input file and the root its doc id is relative to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Found {
    /// Shared by every file of a walk or a glob.
    root: std::sync::Arc<Path>,
    path: PathBuf,
    /// Known to be a regular file (walks and globs leave out anything else): only those are
    /// read ahead, since opening a named pipe would block, or end its writer's input.
    regular: bool,
}

/// Compression and container, from the file name.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Layer {
    Gzip,
    Zstd,
    Tar,
}

fn layers(name: &str) -> (Vec<Layer>, &str) {
    let mut rest = name;
    let mut out = Vec::new();
    loop {
        if let Some(r) = strip_suffix_ignore_case(rest, ".gz") {
            rest = r;
            out.push(Layer::Gzip);
        } else if let Some(r) = strip_suffix_ignore_case(rest, ".tgz") {
            out.push(Layer::Gzip);
            out.push(Layer::Tar);
            return (out, r);
        } else if let Some(r) = strip_suffix_ignore_case(rest, ".zst") {
            rest = r;
            out.push(Layer::Zstd);
        } else if let Some(r) = strip_suffix_ignore_case(rest, ".tar") {
            out.push(Layer::Tar);
            return (out, r);
        } else {
            return (out, rest);
        }
    }
}

/// `s` without `suffix` (ASCII) at its end in any case, as file extensions are compared.
fn strip_suffix_ignore_case<'s>(s: &'s str, suffix: &str) -> Option<&'s str> {
    let cut = s.len().checked_sub(suffix.len())?;
    s.as_bytes()[cut..]
        .eq_ignore_ascii_case(suffix.as_bytes())
        .then(|| &s[..cut])
}

/// The document kind an inner file name implies.
fn kind_of(name: &str) -> Option<Kind> {
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    let is = |e: &str| ext.eq_ignore_ascii_case(e);
    if is("txt") || is("text") {
        Some(Kind::Doc(DocKind::Text))
    } else if is("html") || is("htm") || is("xhtml") {
        Some(Kind::Doc(DocKind::Html))
    } else if is("jsonl") || is("ndjson") {
        Some(Kind::JsonLines)
    } else if is("json") {
        Some(Kind::JsonArray)
    } else {
        None
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Doc(DocKind),
    JsonLines,
    JsonArray,
}

/// Yields every record of the inputs, in a fixed order: inputs as given, directories walked in
/// name order, archive members in archive order, JSON records in file order.
pub struct Source {
    opts: SourceOptions,
    found: VecDeque<Result<Found, Reject>>,
    pending: VecDeque<Item>,
    stdin: bool,
    /// Total bytes read from files, for the manifest.
    pub bytes_read: u64,
}

impl Source {
    /// Discovers the inputs: files, directories (recursively), globs, `@list` files, and `-`
    /// for JSON Lines on standard input.
    pub fn new(inputs: &[String], opts: SourceOptions) -> Source {
        let mut found = VecDeque::new();
        let mut stdin = false;
        for input in inputs {
            if input == "-" {
                stdin = true;
                continue;
            }
            // Moved, not pushed one by one: a walk finds tens of thousands.
            let more = discover(input, opts.skip_dir.as_deref());
            if found.is_empty() {
                found = more.into();
            } else {
                found.extend(more);
            }
        }
        Source {
            opts,
            found,
            pending: VecDeque::new(),
            stdin,
            bytes_read: 0,
        }
    }

    fn reject(
        &mut self,
        source: &str,
        record: Option<String>,
        reason: RejectReason,
        detail: String,
    ) {
        self.pending.push_back(Item::Reject(Reject {
            source: source.to_owned(),
            record,
            reason,
            detail,
        }));
    }

    /// Reads one discovered file into pending items.
    fn load(&mut self, f: Found) {
        let source = path_text(&f.path);
        let rel = path_text(f.path.strip_prefix(&f.root).unwrap_or(&f.path));
        let name = f
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (layers, inner) = layers(&name);
        let Some(kind) = kind_of(inner).or_else(|| {
            layers
                .contains(&Layer::Tar)
                .then_some(Kind::Doc(DocKind::Text))
        }) else {
            self.reject(
                &source,
                None,
                RejectReason::UnsupportedFormat,
                format!("{name}: not .txt, .html, .htm, .jsonl, .ndjson or .json (optionally .gz/.zst, or a .tar of them)"),
            );
            return;
        };
        if let (true, Kind::Doc(kind)) = (layers.is_empty(), &kind) {
            self.pending.push_back(Item::File(PlainFile {
                path: f.path,
                source,
                doc_id: rel,
                kind: kind.clone(),
                max_bytes: self.opts.max_file_bytes,
                regular: f.regular,
            }));
            return;
        }
        let meta = match std::fs::metadata(&f.path) {
            Ok(m) => m,
            Err(e) => {
                self.reject(&source, None, open_error_reason(&f.path, &e), e.to_string());
                return;
            }
        };
        if meta.len() > self.opts.max_file_bytes {
            self.reject(
                &source,
                None,
                RejectReason::TooLarge,
                format!(
                    "{} bytes is over the limit of {}",
                    meta.len(),
                    self.opts.max_file_bytes
                ),
            );
            return;
        }
        let file = match std::fs::File::open(&f.path) {
            Ok(file) => file,
            Err(e) => {
                self.reject(&source, None, RejectReason::Unreadable, e.to_string());
                return;
            }
        };
        self.bytes_read += meta.len();
        let reader = match decompress(Box::new(std::io::BufReader::new(file)), &layers) {
            Ok(r) => r,
            Err(e) => {
                self.reject(&source, None, RejectReason::Corrupt, e);
                return;
            }
        };
        if layers.contains(&Layer::Tar) {
            self.load_tar(reader, &source, &rel);
            return;
        }
        match read_limited(reader, self.opts.max_file_bytes) {
            Ok(bytes) => self.split_records(bytes, kind, &source, &rel, None),
            Err(ReadError::TooLarge) => self.reject(
                &source,
                None,
                RejectReason::TooLarge,
                format!(
                    "decompressed size is over the limit of {} bytes",
                    self.opts.max_file_bytes
                ),
            ),
            Err(ReadError::Io(e)) => {
                self.reject(&source, None, RejectReason::Corrupt, e.to_string())
            }
        }
    }

    fn load_tar<'a>(&mut self, reader: Box<dyn Read + 'a>, source: &str, rel: &str) {
        let mut archive = tar::Archive::new(reader);
        let entries = match archive.entries() {
            Ok(e) => e,
            Err(e) => {
                self.reject(source, None, RejectReason::Corrupt, format!("tar: {e}"));
                return;
            }
        };
        let mut members = 0;
        for entry in entries {
            let mut entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    self.reject(source, None, RejectReason::Corrupt, format!("tar: {e}"));
                    return;
                }
            };
            if !entry.header().entry_type().is_file() {
                continue;
            }
            members += 1;
            let member = entry
                .path()
                .map(|p| path_text(&p))
                .unwrap_or_else(|_| format!("member{members}"));
            let member = member.trim_start_matches("./").to_owned();
            let doc_id = format!("{rel}/{member}");
            let (inner_layers, inner) = layers(member.rsplit('/').next().unwrap_or(&member));
            let Some(kind) = kind_of(inner) else {
                self.reject(
                    source,
                    Some(member.clone()),
                    RejectReason::UnsupportedFormat,
                    format!("archive member {member}: unsupported file type"),
                );
                continue;
            };
            if entry.size() > self.opts.max_file_bytes {
                self.reject(
                    source,
                    Some(member.clone()),
                    RejectReason::TooLarge,
                    format!(
                        "{} bytes is over the limit of {}",
                        entry.size(),
                        self.opts.max_file_bytes
                    ),
                );
                continue;
            }
            let inner_reader = match decompress(Box::new(&mut entry), &inner_layers) {
                Ok(r) => r,
                Err(e) => {
                    self.reject(source, Some(member), RejectReason::Corrupt, e);
                    continue;
                }
            };
            match read_limited(inner_reader, self.opts.max_file_bytes) {
                Ok(bytes) => self.split_records(bytes, kind, source, &doc_id, Some(member)),
                Err(ReadError::TooLarge) => self.reject(
                    source,
                    Some(member),
                    RejectReason::TooLarge,
                    format!(
                        "decompressed size is over the limit of {} bytes",
                        self.opts.max_file_bytes
                    ),
                ),
                Err(ReadError::Io(e)) => {
                    // A truncated archive: the member and everything after it are lost.
                    self.reject(source, Some(member), RejectReason::Corrupt, e.to_string());
                    return;
                }
            }
        }
    }

    /// Turns a file's bytes into records: one document, or one per JSON record.
    fn split_records(
        &mut self,
        bytes: Vec<u8>,
        kind: Kind,
        source: &str,
        doc_id: &str,
        member: Option<String>,
    ) {
        match kind {
            Kind::Doc(k) => self.pending.push_back(Item::Doc(RawDoc {
                doc_id: doc_id.to_owned(),
                source: source.to_owned(),
                record: member,
                kind: k,
                bytes,
            })),
            Kind::JsonLines => {
                let mut any = false;
                for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
                    let line = trim_ascii(line);
                    if line.is_empty() {
                        continue;
                    }
                    any = true;
                    let record = match &member {
                        Some(m) => format!("{m}:{}", i + 1),
                        None => format!("line {}", i + 1),
                    };
                    self.push_json_record(line.to_vec(), source, doc_id, record, i + 1);
                }
                if !any {
                    self.reject(
                        source,
                        member,
                        RejectReason::Empty,
                        "no JSON records".into(),
                    );
                }
            }
            Kind::JsonArray => {
                let text = strip_bom(&bytes);
                match serde_json::from_slice::<Value>(text) {
                    Ok(Value::Array(items)) => {
                        if items.is_empty() {
                            self.reject(
                                source,
                                member.clone(),
                                RejectReason::Empty,
                                "empty JSON array".into(),
                            );
                        }
                        for (i, v) in items.into_iter().enumerate() {
                            let record = match &member {
                                Some(m) => format!("{m}[{i}]"),
                                None => format!("[{i}]"),
                            };
                            let bytes = serde_json::to_vec(&v).unwrap_or_default();
                            self.push_json_record(bytes, source, doc_id, record, i);
                        }
                    }
                    Ok(v @ Value::Object(_)) => {
                        let bytes = serde_json::to_vec(&v).unwrap_or_default();
                        self.push_json_record(bytes, source, doc_id, "[0]".into(), 0);
                    }
                    Ok(_) => {
                        self.reject(
                            source,
                            member,
                            RejectReason::InvalidJson,
                            "JSON is neither an array nor an object".into(),
                        );
                    }
                    Err(e) => {
                        let reason = if bytes.is_empty() {
                            RejectReason::Empty
                        } else {
                            RejectReason::InvalidJson
                        };
                        self.reject(source, member, reason, e.to_string());
                    }
                }
            }
        }
    }

    fn push_json_record(
        &mut self,
        bytes: Vec<u8>,
        source: &str,
        doc_id: &str,
        record: String,
        index: usize,
    ) {
        // The record's own id, when it has one, names the document.
        let id = serde_json::from_slice::<Value>(&bytes).ok().and_then(|v| {
            self.opts.id_fields.iter().find_map(|f| match v.get(f)? {
                Value::String(s) if !s.is_empty() => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
        });
        let key = id.unwrap_or_else(|| index.to_string());
        self.pending.push_back(Item::Doc(RawDoc {
            doc_id: format!("{doc_id}#{key}"),
            source: source.to_owned(),
            record: Some(record),
            kind: DocKind::Json,
            bytes,
        }));
    }

    fn load_stdin(&mut self) {
        let stdin = std::io::stdin();
        let lock = stdin.lock();
        for (i, line) in lock.split(b'\n').enumerate() {
            match line {
                Ok(line) => {
                    let line = trim_ascii(&line).to_vec();
                    if line.is_empty() {
                        continue;
                    }
                    self.bytes_read += line.len() as u64;
                    self.push_json_record(line, "-", "-", format!("line {}", i + 1), i + 1);
                }
                Err(e) => {
                    self.reject(
                        "-",
                        Some(format!("line {}", i + 1)),
                        RejectReason::Unreadable,
                        e.to_string(),
                    );
                    return;
                }
            }
        }
    }
}

impl Iterator for Source {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            match self.found.pop_front() {
                Some(Ok(f)) => self.load(f),
                Some(Err(r)) => {
                    return Some(Item::Reject(r));
                }
                None => {
                    if self.stdin {
                        self.stdin = false;
                        self.load_stdin();
                        continue;
                    }
                    return None;
                }
            }
        }
    }
}

/// Wraps `reader` in the decompressors `layers` name, up to a tar container.
fn decompress<'a>(
    mut reader: Box<dyn Read + 'a>,
    layers: &[Layer],
) -> Result<Box<dyn Read + 'a>, String> {
    for layer in layers {
        reader = match layer {
            Layer::Gzip => Box::new(flate2::read::MultiGzDecoder::new(reader)),
            Layer::Zstd => Box::new(
                zstd::stream::read::Decoder::new(reader).map_err(|e| format!("zstd: {e}"))?,
            ),
            Layer::Tar => break,
        };
    }
    Ok(reader)
}

fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(b)
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let b = strip_bom(b);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map(|e| e + 1)
        .unwrap_or(start);
    &b[start..end.max(start)]
}

enum ReadError {
    TooLarge,
    Io(std::io::Error),
}

fn read_limited(reader: impl Read, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::new();
    let mut take = reader.take(limit + 1);
    take.read_to_end(&mut buf).map_err(ReadError::Io)?;
    if buf.len() as u64 > limit {
        return Err(ReadError::TooLarge);
    }
    Ok(buf)
}

/// Expands one input: a file, a directory (recursively, in name order), a glob, or `@list`.
fn discover(input: &str, skip: Option<&Path>) -> Vec<Result<Found, Reject>> {
    let not_found = |detail: String| {
        vec![Err(Reject {
            source: input.to_owned(),
            record: None,
            reason: RejectReason::NotFound,
            detail,
        })]
    };
    if let Some(list) = input.strip_prefix('@') {
        let text = match std::fs::read_to_string(list) {
            Ok(t) => t,
            Err(e) => return not_found(format!("list file {list}: {e}")),
        };
        let base = Path::new(list).parent().unwrap_or(Path::new(""));
        return text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .flat_map(|l| {
                let p = if Path::new(l).is_absolute() {
                    l.to_owned()
                } else {
                    base.join(l).display().to_string()
                };
                discover(&p, skip)
            })
            .collect();
    }
    let path = Path::new(input);
    if input.contains(['*', '?', '[']) && !path.exists() {
        let root: std::sync::Arc<Path> = glob_root(input).into();
        let mut matches: Vec<(PathBuf, Option<std::fs::Metadata>)> = match glob::glob(input) {
            Ok(paths) => paths
                .filter_map(Result::ok)
                .map(|p| {
                    let m = std::fs::metadata(&p).ok();
                    (p, m)
                })
                .filter(|(_, m)| !m.as_ref().is_some_and(|m| m.is_dir()))
                .collect(),
            Err(e) => return not_found(format!("bad glob pattern: {e}")),
        };
        matches.sort_by(|a, b| a.0.cmp(&b.0));
        if matches.is_empty() {
            return not_found("the pattern matches no file".into());
        }
        return matches
            .into_iter()
            .map(|(p, m)| match m {
                Some(m) if !m.is_file() => Err(not_regular(&p)),
                // A broken link is rejected as such when it is opened.
                m => Ok(Found {
                    root: root.clone(),
                    path: p,
                    regular: m.is_some(),
                }),
            })
            .collect();
    }
    match std::fs::symlink_metadata(path) {
        Err(e) => not_found(e.to_string()),
        Ok(m) if m.is_dir() || (m.file_type().is_symlink() && path.is_dir()) => {
            // Walked unsorted, then sorted once by path with separators lowest: the order of a
            // walk that visits each directory's entries in name order, without comparing
            // parsed paths at every step.
            let root: std::sync::Arc<Path> = path.into();
            let mut out: Vec<(Vec<u8>, Result<Found, Reject>)> = Vec::new();
            // Hidden files and folders (`.git`, the cache) are not articles; nor is the output.
            let skipped = |e: &walkdir::DirEntry| {
                e.depth() > 0
                    && (e.file_name().as_encoded_bytes().starts_with(b".")
                        || e.file_type().is_dir()
                            && skip.is_some_and(|s| e.path().canonicalize().is_ok_and(|c| c == s)))
            };
            for entry in walkdir::WalkDir::new(path)
                .follow_links(true)
                .into_iter()
                .filter_entry(|e| !skipped(e))
            {
                match entry {
                    Ok(e) if e.file_type().is_dir() => {}
                    Ok(e) if !e.file_type().is_file() => {
                        out.push((walk_order_key(e.path()), Err(not_regular(e.path()))))
                    }
                    Ok(e) => {
                        let key = walk_order_key(e.path());
                        out.push((
                            key,
                            Ok(Found {
                                root: root.clone(),
                                path: e.into_path(),
                                regular: true,
                            }),
                        ))
                    }
                    Err(e) => {
                        let key = walk_order_key(e.path().unwrap_or(path));
                        let p = e
                            .path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|| input.to_owned());
                        let broken = e.path().is_some_and(|p| {
                            std::fs::symlink_metadata(p).is_ok() && std::fs::metadata(p).is_err()
                        });
                        out.push((
                            key,
                            Err(Reject {
                                source: p,
                                record: None,
                                reason: if broken {
                                    RejectReason::BrokenSymlink
                                } else {
                                    RejectReason::Unreadable
                                },
                                detail: e.to_string(),
                            }),
                        ));
                    }
                }
            }
            // Paths are distinct, so an unstable sort (a third faster here) gives the same order.
            out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            out.into_iter().map(|(_, f)| f).collect()
        }
        Ok(m) => vec![Ok(Found {
            root: path.parent().unwrap_or(Path::new("")).into(),
            path: path.to_path_buf(),
            regular: m.is_file() || (m.file_type().is_symlink() && path.is_file()),
        })],
    }
}

/// A named pipe, socket or device met in a walk or a glob: no article, and opening a pipe
/// without a writer would block the run for good. Named as an input itself, it is read (a pipe
/// fed by another program).
fn not_regular(path: &Path) -> Reject {
    Reject {
        source: path_text(path),
        record: None,
        reason: RejectReason::UnsupportedFormat,
        detail: "not a regular file (a named pipe, socket or device): not read in a directory walk or a glob".into(),
    }
}

/// The canonical path `dir` has, or will have once created: its nearest existing ancestor
/// canonicalised, with the rest joined on. None when not even that can be read.
pub fn canonical_to_be(dir: &Path) -> Option<PathBuf> {
    let dir = std::path::absolute(dir).ok()?;
    let mut rest = Vec::new();
    let mut base = dir.as_path();
    loop {
        if let Ok(c) = base.canonicalize() {
            return Some(rest.iter().rev().fold(c, |p, name| p.join(name)));
        }
        rest.push(base.file_name()?.to_owned());
        base = base.parent()?;
    }
}

/// A path as text with `/` between its parts, whatever the platform wrote (names that are not
/// UTF-8 are read lossily).
fn path_text(p: &Path) -> String {
    let s = p.to_string_lossy();
    if s.contains('\\') {
        s.replace('\\', "/")
    } else {
        s.into_owned()
    }
}

/// A path's bytes with its separators made the lowest byte, so that byte order is the order
/// of a walk that visits each directory's entries by name (`a/b` before `a-c`).
fn walk_order_key(path: &Path) -> Vec<u8> {
    path.as_os_str()
        .as_encoded_bytes()
        .iter()
        .map(|&b| {
            if std::path::is_separator(b as char) {
                0
            } else {
                b
            }
        })
        .collect()
}

/// The directory part of a glob before its first wildcard, which doc ids are relative to.
fn glob_root(pattern: &str) -> PathBuf {
    let mut root = PathBuf::new();
    for comp in Path::new(pattern).components() {
        let s = comp.as_os_str().to_string_lossy();
        if s.contains(['*', '?', '[']) {
            break;
        }
        root.push(comp);
    }
    if root.as_os_str() == pattern {
        root.pop();
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_and_kinds_are_read_from_extensions_in_any_case() {
        use Layer::*;
        for (name, want, inner) in [
            ("a.txt", vec![], "a.txt"),
            ("Bản tin.TXT", vec![], "Bản tin.TXT"),
            ("x.jsonl.zst", vec![Zstd], "x.jsonl"),
            ("c.html.GZ.Zst", vec![Zstd, Gzip], "c.html"),
            ("d.Tar.GZ", vec![Gzip, Tar], "d"),
            ("e.TGZ", vec![Gzip, Tar], "e"),
            ("f.tar.zst", vec![Zstd, Tar], "f"),
            ("gz", vec![], "gz"),
            ("ấ.gz", vec![Gzip], "ấ"),
        ] {
            assert_eq!(layers(name), (want, inner), "{name}");
        }
        assert_eq!(kind_of("Bản tin.TXT"), Some(Kind::Doc(DocKind::Text)));
        assert_eq!(kind_of("p.XHTML"), Some(Kind::Doc(DocKind::Html)));
        assert_eq!(kind_of("x.NDJSON"), Some(Kind::JsonLines));
        assert_eq!(kind_of("y.Json"), Some(Kind::JsonArray));
        assert_eq!(kind_of("README.md"), None);
        assert_eq!(kind_of("txt"), None);
    }

    /// The inputs found at `input`, with default-like options.
    fn source(input: &Path) -> Source {
        let opts = SourceOptions {
            max_file_bytes: 1 << 20,
            id_fields: Vec::new(),
            skip_dir: None,
        };
        Source::new(&[input.display().to_string()], opts)
    }

    #[test]
    fn reads_from_memory_are_not_stalls_and_reads_from_disk_are() {
        use std::time::Duration;
        // An article copied from the page cache: microseconds; from a disk: a millisecond.
        assert!(!ReadStalls::is_stall(4_000, Duration::from_micros(8)));
        assert!(ReadStalls::is_stall(4_000, Duration::from_micros(900)));
        // A large file takes longer to copy without waiting for anything.
        assert!(!ReadStalls::is_stall(8 << 20, Duration::from_micros(2_000)));
    }

    #[test]
    fn the_input_turns_cold_on_a_run_of_stalled_reads_not_on_a_few() {
        use std::time::Duration;
        let (fast, slow) = (Duration::from_micros(5), Duration::from_millis(2));
        let stalls = ReadStalls::default();
        let mut counted = (0, 0);
        // A warm run: a preempted thread now and then.
        for i in 0..2_000 {
            stalls.note(4_000, if i % 100 == 0 { slow } else { fast });
        }
        assert!(!stalls.turned_cold(&mut counted));
        // Too few reads yet to tell.
        for _ in 0..10 {
            stalls.note(4_000, slow);
        }
        assert!(!stalls.turned_cold(&mut counted));
        // A chunk read from the disk, after all those warm reads: judged on its own.
        for _ in 0..256 {
            stalls.note(4_000, slow);
        }
        assert!(stalls.turned_cold(&mut counted));
        assert!(
            !stalls.turned_cold(&mut counted),
            "each call judges the reads since the last"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_given_as_an_input_is_not_read_ahead() {
        // Opening it would wait for a writer, or take its writer's output away when closed.
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("feed.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        let Some(Item::File(f)) = source(&fifo).next() else {
            panic!("a named input is a plain file to read")
        };
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            f.prefetch();
            tx.send(()).unwrap();
        });
        assert!(
            rx.recv_timeout(std::time::Duration::from_secs(20)).is_ok(),
            "prefetch opened the pipe and waits for a writer"
        );
    }

    #[test]
    #[cfg(unix)]
    fn a_found_file_replaced_by_a_named_pipe_is_a_reject_not_a_hang() {
        // Between the walk and the read, `a.txt` becomes a named pipe with no writer.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Tiêu đề\n\nVốn 5 tỷ đồng.").unwrap();
        let Some(Item::File(f)) = source(dir.path()).next() else {
            panic!("a plain file is read by the worker")
        };
        std::fs::remove_file(&path).unwrap();
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        assert!(made.unwrap().success());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            f.prefetch();
            tx.send(Item::File(f).into_doc().map(|_| ())).unwrap();
        });
        let read = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("opening the pipe waits for a writer");
        assert_eq!(read.unwrap_err().reason, RejectReason::UnsupportedFormat);
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_first_chunk_dropped_from_memory_starts_on_disk_and_one_just_read_does_not() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..PROBES + 2 {
            std::fs::write(dir.path().join(format!("{i:02}.txt")), "Vốn 5 tỷ đồng.").unwrap();
        }
        let items: Vec<Item> = source(dir.path()).collect();
        let files = || {
            items.iter().map(|i| match i {
                Item::File(f) => f,
                _ => panic!("a plain file is read by the worker"),
            })
        };
        if files().any(|f| f.in_memory().is_none()) {
            return; // This file system cannot tell without waiting.
        }
        // Files just written are in memory.
        assert!(!starts_on_disk(&items));
        // Written out and dropped from the page cache, as after a reboot (a file system kept
        // in memory, tmpfs, never drops them).
        let in_memory_fs =
            rustix::fs::statfs(dir.path()).unwrap().f_type == 0x0102_1994 /* TMPFS_MAGIC */;
        // Regression (a flaky test): "don't need" is advice, and a kernel under load kept the
        // pages once, so the probe rightly said "in memory". Ask again a few times, as a
        // reboot would have been waited for.
        let mut on_disk = false;
        for _ in 0..10 {
            for f in files() {
                let file = std::fs::File::open(&f.path).unwrap();
                file.sync_all().unwrap();
                rustix::fs::fadvise(&file, 0, None, rustix::fs::Advice::DontNeed).unwrap();
            }
            on_disk = starts_on_disk(&items);
            if on_disk != in_memory_fs {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert_eq!(on_disk, !in_memory_fs);
        // Read once, they are in memory again.
        for f in files() {
            f.clone().read().unwrap();
        }
        assert!(!starts_on_disk(&items));
    }

    #[test]
    fn prefetching_a_file_leaves_it_readable_and_a_missing_file_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "Tiêu đề\n\nVốn 5 tỷ đồng.").unwrap();
        std::fs::write(dir.path().join("b.txt"), "Tiêu đề\n\nVốn 6 tỷ đồng.").unwrap();
        let items: Vec<Item> = source(dir.path()).collect();
        std::fs::remove_file(dir.path().join("b.txt")).unwrap();
        let mut docs = Vec::new();
        for item in items {
            let Item::File(f) = &item else {
                panic!("a plain file is read by the worker")
            };
            f.prefetch();
            docs.push(item.into_doc());
        }
        assert_eq!(
            docs[0].as_ref().unwrap().bytes,
            "Tiêu đề\n\nVốn 5 tỷ đồng.".as_bytes()
        );
        assert_eq!(docs[1].as_ref().unwrap_err().reason, RejectReason::NotFound);
    }

    #[test]
    fn directories_are_walked_in_name_order_with_a_folder_before_longer_names() {
        // `a` sorts before `a-c.txt` (0x2d) although `/` (0x2f) does not: a folder's files
        // come where the folder's name does.
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in [
            "b/x.txt",
            "a.txt",
            "a-c.txt",
            "a/b.txt",
            "a/a/z.txt",
            "a0.txt",
            ".hidden",
        ] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, "x").unwrap();
        }
        let found: Vec<String> = discover(root.to_str().unwrap(), None)
            .into_iter()
            .map(|f| {
                let f = f.unwrap();
                f.path.strip_prefix(root).unwrap().display().to_string()
            })
            .collect();
        assert_eq!(
            found,
            [
                "a/a/z.txt",
                "a/b.txt",
                "a-c.txt",
                "a.txt",
                "a0.txt",
                "b/x.txt"
            ]
        );
    }

    #[test]
    fn compression_layers_from_names() {
        assert_eq!(layers("a.txt.gz"), (vec![Layer::Gzip], "a.txt"));
        assert_eq!(
            layers("corpus.tar.zst"),
            (vec![Layer::Zstd, Layer::Tar], "corpus")
        );
        assert_eq!(layers("x.tgz"), (vec![Layer::Gzip, Layer::Tar], "x"));
        assert_eq!(layers("a.html"), (vec![], "a.html"));
    }

    #[test]
    fn glob_roots() {
        assert_eq!(glob_root("corpus/**/*.txt"), PathBuf::from("corpus"));
        assert_eq!(glob_root("/a/b/*.html"), PathBuf::from("/a/b"));
    }
}
