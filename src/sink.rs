//! Sinks: writing tables to their formats, so that outputs are never half-written.
//!
//! Every file of a run is written into a staging directory inside the output directory and
//! moved into place only when all are complete; `run.json` goes last. A run killed at any
//! moment leaves the previous tables in place and readable. A lock file (an OS lock, which
//! dies with its process) keeps two runs from writing the same directory.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use polars::prelude::*;

use crate::config::{Format, Table, WORKBOOK};

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
    /// Whether a Parquet file's columns are encoded on polars' thread pool. Only with cores to
    /// spare: on two cores, with every file on a thread of its own already, handing columns to
    /// another pool made an unchanged re-run ~3% slower.
    parquet_columns_in_parallel: bool,
}

/// A table file as the format writers write it: through a handle the run keeps, so that the
/// run flushes and syncs the file itself and hears of any error. polars' writers drop their
/// writer unflushed, and a file reopened to be synced is read-only, which Windows ignores.
#[derive(Clone)]
struct SharedFile(std::sync::Arc<std::sync::Mutex<std::io::BufWriter<File>>>);

impl SharedFile {
    fn create(path: &Path) -> std::io::Result<SharedFile> {
        let file = std::io::BufWriter::new(File::create(path)?);
        Ok(SharedFile(std::sync::Arc::new(std::sync::Mutex::new(file))))
    }

    /// Writes out what is buffered and syncs the file to disk.
    fn sync(&self) -> std::io::Result<()> {
        let mut w = self.0.lock().expect("a file writer does not panic");
        w.flush()?;
        w.get_ref().sync_all()
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
    pub rows: usize,
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
        let dir = &self.dir;
        let result = match &mut self.sinks[k] {
            FileSink::Parquet {
                name,
                columns_in_parallel,
                open,
            } => opened(open, &dir.join(&*name), |file| {
                let w = parquet_writer(file, *columns_in_parallel).batched(df.schema())?;
                Ok(Box::new(w))
            })
            // An empty frame (a table with no rows) only opens the file, with its schema.
            .and_then(|w| match df.height() {
                0 => Ok(()),
                _ => w.write_batch(df),
            })
            .map_err(|e| (name.clone(), e.to_string())),
            FileSink::Csv { name, open } => opened(open, &dir.join(&*name), |file| {
                csv_writer(file).batched(df.schema())
            })
            .and_then(|w| w.write_batch(df))
            .map_err(|e| (name.clone(), e.to_string())),
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
            dir, target, sinks, ..
        } = self;
        sinks
            .into_iter()
            .map(|sink| TableWriter {
                dir: dir.clone(),
                target: target.clone(),
                sinks: vec![sink],
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
            done.map_err(|e| write_error(&self.target, &name, e))?;
            files.push(name);
        }
        Ok(files)
    }
}

/// A file's format writer, made (with the file) by `make` for the first batch, which fixes
/// the schema.
fn opened<'o, W>(
    open: &'o mut Option<(SharedFile, W)>,
    path: &Path,
    make: impl FnOnce(SharedFile) -> PolarsResult<W>,
) -> PolarsResult<&'o mut W> {
    if open.is_none() {
        let file = SharedFile::create(path)?;
        let w = make(file.clone())?;
        *open = Some((file, w));
    }
    Ok(&mut open.as_mut().expect("opened above").1)
}

/// Completes a file through its format writer (`finish`, which drops the writer), then syncs
/// it. Nothing to do for a file never opened.
fn closed<W>(
    open: Option<(SharedFile, W)>,
    finish: impl FnOnce(W) -> PolarsResult<()>,
) -> PolarsResult<()> {
    open.map_or(Ok(()), |(file, w)| {
        finish(w)?;
        file.sync().map_err(PolarsError::from)
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
        File::open(&path)
            .and_then(|f| f.sync_all())
            .map_err(|e| self.err(WORKBOOK, e))?;
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
        let path = self.path.join(name);
        let mut f = File::create(&path).map_err(|e| self.err(name, e))?;
        f.write_all(bytes).map_err(|e| self.err(name, e))?;
        f.sync_all().map_err(|e| self.err(name, e))?;
        self.files.push(name.to_owned());
        Ok(())
    }

    /// Moves every staged file into the output directory (each rename is atomic), the
    /// manifest last, then removes the staging directory.
    pub fn commit(mut self) -> Result<Vec<PathBuf>, SinkError> {
        self.files.sort_by_key(|f| f == "run.json");
        for (from, to) in std::mem::take(&mut self.kept) {
            let to = self.target.join(to);
            if let Some(parent) = to.parent() {
                fs::create_dir_all(parent).map_err(|e| self.err(&from, e))?;
            }
            fs::rename(self.path.join(&from), &to).map_err(|e| self.err(&from, e))?;
        }
        let mut out = Vec::new();
        for f in &self.files {
            let to = self.target.join(f);
            fs::rename(self.path.join(f), &to).map_err(|e| self.err(f, e))?;
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
