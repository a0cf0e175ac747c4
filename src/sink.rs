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

    /// A fresh staging directory for this run's files.
    pub fn stage(&self) -> Result<Staging, SinkError> {
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
        })
    }
}

/// Files being written for one run.
pub struct Staging {
    path: PathBuf,
    target: PathBuf,
    files: Vec<String>,
    /// Scratch files kept on commit: (name in staging, path in the output directory).
    kept: Vec<(String, String)>,
    /// The workbook, while its sheets are being written.
    workbook: Option<crate::xlsx::Workbook>,
}

type FileWriter = std::io::BufWriter<File>;

/// How every Parquet file is written: zstd, with full column statistics for readers that skip
/// row groups.
fn parquet_writer<W: Write>(w: W) -> ParquetWriter<W> {
    ParquetWriter::new(w)
        .with_compression(ParquetCompression::Zstd(None))
        .with_statistics(StatisticsOptions::default())
}

/// How every CSV file is written: a byte-order mark so that Excel reads Vietnamese as UTF-8,
/// and plain decimals rather than exponents.
fn csv_writer<W: Write>(w: W) -> CsvWriter<W> {
    CsvWriter::new(w)
        .include_bom(true)
        .with_float_scientific(Some(false))
}

/// One table's files (and its workbook sheet), written batch by batch.
pub struct TableWriter {
    dir: PathBuf,
    target: PathBuf,
    files: Vec<(Format, String)>,
    parquet: Option<polars::io::parquet::write::BatchedWriter<FileWriter>>,
    csv: Option<polars::io::csv::write::BatchedWriter<FileWriter>>,
    sheet: Option<crate::xlsx::SheetWriter>,
    pub rows: usize,
}

impl TableWriter {
    fn err(&self, name: &str, message: impl ToString) -> SinkError {
        SinkError::Write {
            path: self.target.join(name).display().to_string(),
            message: message.to_string(),
        }
    }

    /// Appends a batch; the first batch (even empty) fixes the schema.
    pub fn write(&mut self, df: &DataFrame) -> Result<(), SinkError> {
        for (format, name) in self.files.clone() {
            let path = self.dir.join(&name);
            match format {
                Format::Parquet => {
                    if self.parquet.is_none() {
                        let f = File::create(&path).map_err(|e| self.err(&name, e))?;
                        let w = parquet_writer(std::io::BufWriter::new(f))
                            .batched(df.schema())
                            .map_err(|e| self.err(&name, e))?;
                        self.parquet = Some(w);
                    }
                    if df.height() > 0 {
                        let w = self.parquet.as_mut().unwrap();
                        w.write_batch(df).map_err(|e| SinkError::Write {
                            path: name.clone(),
                            message: e.to_string(),
                        })?;
                    }
                }
                Format::Csv => {
                    if self.csv.is_none() {
                        let f = File::create(&path).map_err(|e| self.err(&name, e))?;
                        let w = csv_writer(std::io::BufWriter::new(f))
                            .batched(df.schema())
                            .map_err(|e| self.err(&name, e))?;
                        self.csv = Some(w);
                    }
                    let w = self.csv.as_mut().unwrap();
                    w.write_batch(df).map_err(|e| SinkError::Write {
                        path: name.clone(),
                        message: e.to_string(),
                    })?;
                }
                Format::Xlsx => {}
            }
        }
        if let Some(sheet) = self.sheet.as_mut() {
            sheet.write(df).map_err(|e| SinkError::Write {
                path: self.target.join(WORKBOOK).display().to_string(),
                message: e.to_string(),
            })?;
        }
        self.rows += df.height();
        Ok(())
    }

    /// Completes the files (and hands the sheet to the workbook); returns the files' names.
    pub fn finish(mut self) -> Result<Vec<String>, SinkError> {
        if let Some(w) = self.parquet.take() {
            w.finish().map_err(|e| self.err("parquet", e))?;
        }
        if let Some(mut w) = self.csv.take() {
            w.finish().map_err(|e| self.err("csv", e))?;
        }
        if let Some(sheet) = self.sheet.take() {
            sheet.finish().map_err(|e| self.err(WORKBOOK, e))?;
        }
        // Flush and sync what the writers buffered (they own the files; reopen to sync).
        let files: Vec<String> = self
            .files
            .iter()
            .filter(|(f, _)| *f != Format::Xlsx)
            .map(|(_, n)| n.clone())
            .collect();
        for name in &files {
            if let Ok(f) = File::open(self.dir.join(name)) {
                let _ = f.sync_all();
            }
        }
        Ok(files)
    }
}

impl Staging {
    fn err(&self, name: &str, message: impl ToString) -> SinkError {
        SinkError::Write {
            path: self.target.join(name).display().to_string(),
            message: message.to_string(),
        }
    }

    /// Writes a whole table in each format; returns the file names.
    pub fn table(
        &mut self,
        table: Table,
        df: &DataFrame,
        formats: &[Format],
    ) -> Result<Vec<String>, SinkError> {
        let mut w = self.table_writer(table, formats)?;
        w.write(df)?;
        w.finish()
    }

    /// A writer that appends a table to its files (a file per format, and a sheet of the
    /// workbook with `xlsx`) batch by batch.
    pub fn table_writer(
        &mut self,
        table: Table,
        formats: &[Format],
    ) -> Result<TableWriter, SinkError> {
        let name = table.name();
        let files: Vec<(Format, String)> = formats
            .iter()
            .map(|f| (*f, format!("{name}.{}", f.extension())))
            .collect();
        for (f, file) in &files {
            if *f != Format::Xlsx {
                self.files.push(file.clone());
            }
        }
        let sheet = if formats.contains(&Format::Xlsx) {
            if self.workbook.is_none() {
                let book =
                    crate::xlsx::Workbook::new(&self.path).map_err(|e| self.err(WORKBOOK, e))?;
                self.workbook = Some(book);
            }
            let order = Table::ALL.iter().position(|t| *t == table).unwrap_or(0);
            self.workbook.as_ref().map(|b| b.sheet(name, order))
        } else {
            None
        };
        Ok(TableWriter {
            dir: self.path.clone(),
            target: self.target.clone(),
            files,
            parquet: None,
            csv: None,
            sheet,
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
