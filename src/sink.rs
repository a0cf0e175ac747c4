//! Sinks: writing tables to their formats, so that outputs are never half-written.
//!
//! Every file of a run is written into a staging directory inside the output directory and
//! moved into place only when all are complete; `run.json` goes last. A run killed at any
//! moment leaves the previous tables in place and readable. A file whose bytes are those
//! already in place is not written at all and stays (see [`crate::staged`]). A lock file (an OS
//! lock, which dies with its process) keeps two runs from writing the same directory.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use polars::prelude::*;

use crate::config::{Format, Table, WORKBOOK};
use crate::staged::{Finished, StagedFile};

#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    #[error("cannot create output directory {path}: {source}")]
    Create {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "another solieu run is writing to {path} (lock file {lock} is held); wait for it to finish or choose another --output"
    )]
    Locked { path: String, lock: String },
    #[error("cannot write {path}: {message}")]
    Write { path: String, message: String },
}

const LOCK: &str = ".solieu.lock";

/// An output directory, locked for this run.
pub struct OutputDir {
    pub dir: PathBuf,
    _lock: File,
}

impl OutputDir {
    /// Creates (if needed) and locks `dir`.
    pub fn lock(dir: &Path) -> Result<OutputDir, SinkError> {
        fs::create_dir_all(dir).map_err(|source| SinkError::Create {
            path: dir.display().to_string(),
            source,
        })?;
        let lock_path = dir.join(LOCK);
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|source| SinkError::Create {
                path: lock_path.display().to_string(),
                source,
            })?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(SinkError::Locked {
                    path: dir.display().to_string(),
                    lock: lock_path.display().to_string(),
                });
            }
            Err(fs::TryLockError::Error(e)) => {
                return Err(SinkError::Create {
                    path: lock_path.display().to_string(),
                    source: e,
                });
            }
        }
        // The holder's pid, for people looking at the directory.
        let _ = file.set_len(0);
        let _ = writeln!(&file, "{}", std::process::id());
        // Staging directories left by killed runs are garbage now that we hold the lock.
        if let Ok(entries) = fs::read_dir(dir) {
            for e in entries.flatten() {
                if e.file_name()
                    .to_string_lossy()
                    .starts_with(".solieu-staging-")
                {
                    let _ = fs::remove_dir_all(e.path());
                }
            }
        }
        Ok(OutputDir {
            dir: dir.to_path_buf(),
            _lock: file,
        })
    }

    /// A fresh staging directory for this run's files. `threads` is the run's thread count (see
    /// `Staging::parquet_columns_in_parallel`).
    pub fn stage(&self, threads: usize) -> Result<Staging, SinkError> {
        let path = self
            .dir
            .join(format!(".solieu-staging-{}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).map_err(|source| SinkError::Create {
            path: path.display().to_string(),
            source,
        })?;
        Ok(Staging {
            path,
            target: self.dir.clone(),
            files: Vec::new(),
            kept: Vec::new(),
            workbook: None,
            unchanged: Unchanged::default(),
            parquet_columns_in_parallel: threads > TABLE_THREADS,
        })
    }
}

/// Threads the table stage keeps busy by itself: a pass over the row store for each big
/// table, and a writer per file of each (Parquet and CSV).
const TABLE_THREADS: usize = 6;

/// Files being written for one run.
pub struct Staging {
    path: PathBuf,
    target: PathBuf,
    files: Vec<String>,
    /// Scratch files kept on commit: (name in staging, path in the output directory).
    kept: Vec<(String, String)>,
    /// The workbook, while its sheets are being written.
    workbook: Option<crate::xlsx::Workbook>,
    /// Output files (tables, report, workbook) that stay as they are in the output directory
    /// (see [`StagedFile`]).
    unchanged: Unchanged,
    /// Whether a Parquet file's columns are encoded on polars' thread pool. Only with cores to
    /// spare: on two cores, with every file on a thread of its own already, handing columns to
    /// another pool made an unchanged re-run ~3% slower.
    parquet_columns_in_parallel: bool,
}

/// A table file as the format writers write it: through a handle the run keeps, so that the
/// run flushes and syncs the file itself and hears of any error. polars' writers drop their
/// writer unflushed, and a file reopened to be synced is read-only, which Windows ignores.
#[derive(Clone)]
struct SharedFile(std::sync::Arc<std::sync::Mutex<StagedFile>>);

impl SharedFile {
    fn create(staged: &Path, in_place: &Path) -> std::io::Result<SharedFile> {
        let file = StagedFile::replacing(staged, in_place, 1 << 13)?;
        Ok(SharedFile(std::sync::Arc::new(std::sync::Mutex::new(file))))
    }

    /// Completes the file and syncs it to disk, unless its bytes are those of the file in
    /// place, which then stays.
    fn finish(&self) -> std::io::Result<Finished> {
        self.0
            .lock()
            .expect("a file writer does not panic")
            .finish(true)
    }
}

impl Write for SharedFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .expect("a file writer does not panic")
            .write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.lock().expect("a file writer does not panic").flush()
    }
}

/// How every Parquet file is written: zstd at its fastest level (files ~15% larger than at the
/// default level, written in less time, which re-runs feel most), with column statistics for
/// readers that skip row groups.
fn parquet_writer<W: Write>(w: W, columns_in_parallel: bool) -> ParquetWriter<W> {
    ParquetWriter::new(w)
        .with_compression(ParquetCompression::Zstd(Some(
            polars_parquet::write::ZstdLevel::try_new(1).expect("1 is a zstd level"),
        )))
        .with_statistics(StatisticsOptions::default())
        .set_parallel(columns_in_parallel)
}

/// How every CSV file is written: a byte-order mark so that Excel reads Vietnamese as UTF-8,
/// and plain decimals rather than exponents.
fn csv_writer<W: Write>(w: W) -> CsvWriter<W> {
    CsvWriter::new(w)
        .include_bom(true)
        .with_float_scientific(Some(false))
}

/// One file of a table (or its workbook sheet), written batch by batch. A file is opened with
/// the first batch, which fixes the schema.
enum FileSink {
    Parquet {
        name: String,
        columns_in_parallel: bool,
        open: Option<(
            SharedFile,
            Box<polars::io::parquet::write::BatchedWriter<SharedFile>>,
        )>,
    },
    Csv {
        name: String,
        open: Option<(
            SharedFile,
            polars::io::csv::write::BatchedWriter<SharedFile>,
        )>,
    },
    Sheet(crate::xlsx::SheetWriter),
}

/// A table's files (and its workbook sheet), written batch by batch.
pub struct TableWriter {
    dir: PathBuf,
    target: PathBuf,
    sinks: Vec<FileSink>,
    unchanged: Unchanged,
    pub rows: usize,
}

/// The names of files whose bytes were those of the file in place, which therefore stays;
/// shared by a run's writers.
#[derive(Clone, Default)]
struct Unchanged(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl Unchanged {
    /// Notes `name` as unchanged if it `finished` so.
    fn note(&self, name: &str, finished: Finished) {
        if finished == Finished::Unchanged {
            self.0
                .lock()
                .expect("a file writer does not panic")
                .push(name.to_owned());
        }
    }

    fn sorted(&self) -> Vec<String> {
        let mut names = self.0.lock().expect("a file writer does not panic").clone();
        names.sort();
        names
    }
}

impl TableWriter {
    /// Appends a batch; the first batch (even empty) fixes the schema.
    pub fn write(&mut self, df: &DataFrame) -> Result<(), SinkError> {
        for k in 0..self.sinks.len() {
            self.write_to(k, df)?;
        }
        self.rows += df.height();
        Ok(())
    }

    fn write_to(&mut self, k: usize, df: &DataFrame) -> Result<(), SinkError> {
        let (dir, target) = (&self.dir, &self.target);
        let result = match &mut self.sinks[k] {
            FileSink::Parquet {
                name,
                columns_in_parallel,
                open,
            } => opened(open, &dir.join(&*name), &target.join(&*name), |file| {
                let w = parquet_writer(file, *columns_in_parallel).batched(df.schema())?;
                Ok(Box::new(w))
            })
            // An empty frame (a table with no rows) only opens the file, with its schema.
            .and_then(|w| match df.height() {
                0 => Ok(()),
                _ => w.write_batch(df),
            })
            .map_err(|e| (name.clone(), e.to_string())),
            FileSink::Csv { name, open } => {
                opened(open, &dir.join(&*name), &target.join(&*name), |file| {
                    csv_writer(file).batched(df.schema())
                })
                .and_then(|w| w.write_batch(df))
                .map_err(|e| (name.clone(), e.to_string()))
            }
            FileSink::Sheet(sheet) => sheet
                .write(df)
                .map_err(|e| (WORKBOOK.to_owned(), e.to_string())),
        };
        result.map_err(|(name, message)| write_error(&self.target, &name, message))
    }

    /// One writer per file (and sheet), so that each can be written on a thread of its own.
    /// Each counts the table's rows.
    pub fn split(self) -> Vec<TableWriter> {
        let TableWriter {
            dir,
            target,
            sinks,
            unchanged,
            ..
        } = self;
        sinks
            .into_iter()
            .map(|sink| TableWriter {
                dir: dir.clone(),
                target: target.clone(),
                sinks: vec![sink],
                unchanged: unchanged.clone(),
                rows: 0,
            })
            .collect()
    }

    /// Completes and syncs the files (and hands the sheet to the workbook); returns the files'
    /// names.
    pub fn finish(self) -> Result<Vec<String>, SinkError> {
        let mut files = Vec::new();
        for sink in self.sinks {
            let (name, done) = match sink {
                FileSink::Parquet { name, open, .. } => {
                    (name, closed(open, |w| w.finish().map(drop)))
                }
                FileSink::Csv { name, open } => (name, closed(open, |mut w| w.finish())),
                FileSink::Sheet(sheet) => {
                    sheet
                        .finish()
                        .map_err(|e| write_error(&self.target, WORKBOOK, e))?;
                    continue;
                }
            };
            let finished = done.map_err(|e| write_error(&self.target, &name, e))?;
            self.unchanged.note(&name, finished);
            files.push(name);
        }
        Ok(files)
    }
}

/// A file's format writer, made (with the file) by `make` for the first batch, which fixes
/// the schema.
fn opened<'o, W>(
    open: &'o mut Option<(SharedFile, W)>,
    staged: &Path,
    in_place: &Path,
    make: impl FnOnce(SharedFile) -> PolarsResult<W>,
) -> PolarsResult<&'o mut W> {
    if open.is_none() {
        let file = SharedFile::create(staged, in_place)?;
        let w = make(file.clone())?;
        *open = Some((file, w));
    }
    Ok(&mut open.as_mut().expect("opened above").1)
}

/// Completes a file through its format writer (`finish`, which drops the writer), then
/// `SharedFile::finish`. Nothing to do for a file never opened.
fn closed<W>(
    open: Option<(SharedFile, W)>,
    finish: impl FnOnce(W) -> PolarsResult<()>,
) -> PolarsResult<Finished> {
    open.map_or(Ok(Finished::Staged), |(file, w)| {
        finish(w)?;
        file.finish().map_err(PolarsError::from)
    })
}

fn write_error(target: &Path, name: &str, message: impl ToString) -> SinkError {
    SinkError::Write {
        path: target.join(name).display().to_string(),
        message: message.to_string(),
    }
}

impl Staging {
    fn err(&self, name: &str, message: impl ToString) -> SinkError {
        write_error(&self.target, name, message)
    }

    /// A writer that appends a table to its files (a file per format, and a sheet of the
    /// workbook with `xlsx`) batch by batch.
    pub fn table_writer(
        &mut self,
        table: Table,
        formats: &[Format],
    ) -> Result<TableWriter, SinkError> {
        let name = table.name();
        let mut sinks = Vec::new();
        for format in formats {
            let file = format!("{name}.{}", format.extension());
            if *format != Format::Xlsx {
                self.files.push(file.clone());
            }
            sinks.push(match format {
                Format::Parquet => FileSink::Parquet {
                    name: file,
                    columns_in_parallel: self.parquet_columns_in_parallel,
                    open: None,
                },
                Format::Csv => FileSink::Csv {
                    name: file,
                    open: None,
                },
                Format::Xlsx => {
                    if self.workbook.is_none() {
                        let book = crate::xlsx::Workbook::new(&self.path)
                            .map_err(|e| self.err(WORKBOOK, e))?;
                        self.workbook = Some(book);
                    }
                    let order = Table::ALL.iter().position(|t| *t == table).unwrap_or(0);
                    let book = self.workbook.as_ref().expect("created above");
                    FileSink::Sheet(book.sheet(name, order))
                }
            });
        }
        Ok(TableWriter {
            dir: self.path.clone(),
            target: self.target.clone(),
            sinks,
            unchanged: self.unchanged.clone(),
            rows: 0,
        })
    }

    /// Saves the workbook, once every table's writer is finished; returns its file name.
    pub fn finish_workbook(&mut self) -> Result<Option<String>, SinkError> {
        let Some(book) = self.workbook.take() else {
            return Ok(None);
        };
        let path = self.path.join(WORKBOOK);
        book.save(&path).map_err(|e| self.err(WORKBOOK, e))?;
        // Saved by the library into a file of its own: compared once complete.
        if crate::staged::same_bytes(&path, &self.target.join(WORKBOOK)) {
            fs::remove_file(&path).map_err(|e| self.err(WORKBOOK, e))?;
            self.unchanged.note(WORKBOOK, Finished::Unchanged);
        } else {
            File::open(&path)
                .and_then(|f| f.sync_all())
                .map_err(|e| self.err(WORKBOOK, e))?;
        }
        self.files.push(WORKBOOK.to_owned());
        Ok(Some(WORKBOOK.to_owned()))
    }

    /// The staging directory, for scratch files that are not outputs (the row store).
    pub fn scratch(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }

    /// Moves a scratch file to `to` (inside the output directory) on commit.
    pub fn keep(&mut self, scratch: &str, to: &str) {
        self.kept.push((scratch.to_owned(), to.to_owned()));
    }

    /// Writes an arbitrary file (the manifest, a report).
    pub fn file(&mut self, name: &str, bytes: &[u8]) -> Result<(), SinkError> {
        let finished = StagedFile::replacing(&self.path.join(name), &self.target.join(name), 0)
            .and_then(|mut f| {
                f.write_all(bytes)?;
                f.finish(true)
            })
            .map_err(|e| self.err(name, e))?;
        self.unchanged.note(name, finished);
        self.files.push(name.to_owned());
        Ok(())
    }

    /// The output files whose bytes were already in place, which stay as they are, sorted.
    pub fn unchanged(&self) -> Vec<String> {
        self.unchanged.sorted()
    }

    /// Moves every staged file into the output directory (each rename is atomic), the
    /// manifest last, then removes the staging directory. Unchanged files stay where they are.
    pub fn commit(mut self) -> Result<Vec<PathBuf>, SinkError> {
        self.files.sort_by_key(|f| f == "run.json");
        for (from, to) in std::mem::take(&mut self.kept) {
            let to = self.target.join(to);
            if let Some(parent) = to.parent() {
                fs::create_dir_all(parent).map_err(|e| self.err(&from, e))?;
            }
            fs::rename(self.path.join(&from), &to).map_err(|e| self.err(&from, e))?;
        }
        let unchanged = self.unchanged();
        let mut out = Vec::new();
        for f in &self.files {
            let to = self.target.join(f);
            if !unchanged.contains(f) {
                fs::rename(self.path.join(f), &to).map_err(|e| self.err(f, e))?;
            }
            out.push(to);
        }
        if let Ok(d) = File::open(&self.target) {
            let _ = d.sync_all();
        }
        let _ = fs::remove_dir_all(&self.path);
        self.files.clear();
        Ok(out)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.files.is_empty() {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}
