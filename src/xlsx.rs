//! The workbook: every table as a sheet of `solieu.xlsx`, typed so that a spreadsheet needs no
//! cleaning: numbers are numbers, dates are dates, codes are text (`01` stays `01`), the header
//! is frozen and filtered, columns are wide enough to read.
//!
//! Sheets are written in constant-memory mode (rows go to a temporary file as they come), so a
//! large `mentions` table costs no more memory than a small one, and two tables can be written
//! at once from two threads. A table longer than a sheet allows continues in `name (2)`, ….

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use polars::prelude::*;
use rust_xlsxwriter::{Format, Worksheet, XlsxError};

/// Rows a sheet holds besides its header.
const MAX_ROWS: u32 = 1_048_575;
/// Characters a cell holds; longer text is cut with an ellipsis (Parquet and CSV keep it).
const MAX_CELL_CHARS: usize = 32_767;
const MAX_WIDTH: f64 = 60.0;

struct Inner {
    book: rust_xlsxwriter::Workbook,
    /// Finished sheets by (table order, part).
    done: BTreeMap<(usize, usize), Worksheet>,
}

/// A workbook being filled, shared by the sheet writers of one run.
#[derive(Clone)]
pub struct Workbook {
    inner: Arc<Mutex<Inner>>,
}

impl Workbook {
    /// A workbook whose temporary files go to `tempdir`.
    pub fn new(tempdir: &Path) -> Result<Workbook, XlsxError> {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.set_tempdir(tempdir)?;
        // A fixed creation time, so that the same run gives the same bytes.
        let epoch = rust_xlsxwriter::ExcelDateTime::from_ymd(1980, 1, 1)?;
        book.set_properties(
            &rust_xlsxwriter::DocProperties::new()
                .set_title("solieu tables")
                .set_creation_datetime(&epoch),
        );
        // Formats get their style index on first use; sheets are written from several threads,
        // so use them once here, in a fixed order, on a sheet that is never saved.
        let mut scratch = book.new_worksheet_with_constant_memory();
        let f = formats();
        for (c, format) in [&f.header, &f.date, &f.number].into_iter().enumerate() {
            scratch.write_number_with_format(0, c as u16, 0.0, format)?;
        }
        drop(scratch);
        Ok(Workbook {
            inner: Arc::new(Mutex::new(Inner {
                book,
                done: BTreeMap::new(),
            })),
        })
    }

    /// A writer for the sheet of table `name`, placed `order`-th among the sheets.
    pub fn sheet(&self, name: &str, order: usize) -> SheetWriter {
        SheetWriter {
            book: self.clone(),
            name: name.to_owned(),
            order,
            parts: Vec::new(),
            row: 0,
            columns: Vec::new(),
        }
    }

    /// Saves the workbook with its sheets in table order.
    pub fn save(self, path: &Path) -> Result<(), XlsxError> {
        let mut inner = self
            .inner
            .lock()
            .expect("no writer panicked holding the workbook");
        let done = std::mem::take(&mut inner.done);
        for (_, sheet) in done {
            inner.book.push_worksheet(sheet);
        }
        inner.book.save(path)
    }
}

/// How a column's cells are written.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Number,
    Integer,
    Boolean,
    Date,
}

/// Appends a table's frames to its sheet, row after row.
pub struct SheetWriter {
    book: Workbook,
    name: String,
    order: usize,
    /// The sheets of this table: one, unless it is longer than a sheet.
    parts: Vec<Worksheet>,
    /// Next row in the current part (0: the header is still to be written).
    row: u32,
    columns: Vec<(String, Kind)>,
}

fn kind(dtype: &DataType) -> Kind {
    match dtype {
        DataType::Float64 | DataType::Float32 => Kind::Number,
        DataType::Int64 | DataType::Int32 | DataType::UInt32 | DataType::UInt64 => Kind::Integer,
        DataType::Boolean => Kind::Boolean,
        DataType::Date => Kind::Date,
        _ => Kind::Text,
    }
}

/// A column's cells, typed once per frame.
enum View {
    Text(StringChunked),
    Number(Float64Chunked),
    Boolean(BooleanChunked),
    Date(Int32Chunked),
}

struct Formats {
    header: Format,
    date: Format,
    number: Format,
}

fn formats() -> Formats {
    Formats {
        header: Format::new().set_bold(),
        date: Format::new().set_num_format("yyyy-mm-dd"),
        number: Format::new().set_num_format("#,##0.###"),
    }
}

/// Days between Excel's epoch (1899-12-30) and the Unix epoch, for dates as serial numbers.
const EXCEL_UNIX_EPOCH: f64 = 25_569.0;

impl SheetWriter {
    /// A new part with the header, frozen and sized from the first rows it will hold.
    fn start_part(&mut self, df: &DataFrame) -> Result<(), XlsxError> {
        let mut sheet = {
            let mut inner = self.book.inner.lock().expect("workbook lock");
            inner.book.new_worksheet_with_constant_memory()
        };
        let name = match self.parts.len() {
            0 => self.name.clone(),
            n => format!("{} ({})", self.name, n + 1),
        };
        sheet.set_name(name)?;
        let f = formats();
        for (c, (name, kind)) in self.columns.iter().enumerate() {
            let c = c as u16;
            let content = match kind {
                Kind::Date => 11.0,
                Kind::Number | Kind::Integer => 14.0,
                Kind::Boolean => 6.0,
                Kind::Text => df
                    .column(name)
                    .ok()
                    .and_then(|col| {
                        col.str().ok().map(|s| {
                            s.iter()
                                .take(200)
                                .flatten()
                                .map(|v| v.chars().count())
                                .max()
                                .unwrap_or(0) as f64
                        })
                    })
                    .unwrap_or(10.0),
            };
            let width = (name.chars().count() as f64 + 2.0)
                .max(content + 1.0)
                .min(MAX_WIDTH);
            sheet.set_column_width(c, width)?;
            sheet.write_string_with_format(0, c, name, &f.header)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        self.parts.push(sheet);
        self.row = 1;
        Ok(())
    }

    /// Appends a frame's rows; the first frame fixes the columns.
    pub fn write(&mut self, df: &DataFrame) -> Result<(), XlsxError> {
        if self.columns.is_empty() {
            self.columns = df
                .columns()
                .iter()
                .map(|c| (c.name().to_string(), kind(c.dtype())))
                .collect();
        }
        if self.parts.is_empty() {
            self.start_part(df)?;
        }
        let f = formats();
        let mut df = df.clone();
        df.rechunk_mut(); // one chunk per column: cheap cell access
        // A typed view of each column, made once per frame.
        let views = df
            .columns()
            .iter()
            .zip(&self.columns)
            .map(|(col, (_, kind))| {
                Ok(match kind {
                    Kind::Text => View::Text(col.cast(&DataType::String)?.str()?.clone()),
                    Kind::Number | Kind::Integer => {
                        View::Number(col.cast(&DataType::Float64)?.f64()?.clone())
                    }
                    Kind::Boolean => View::Boolean(col.bool()?.clone()),
                    Kind::Date => View::Date(col.cast(&DataType::Int32)?.i32()?.clone()),
                })
            })
            .collect::<PolarsResult<Vec<View>>>()
            .map_err(|e| XlsxError::ParameterError(e.to_string()))?;
        for i in 0..df.height() {
            if self.row > MAX_ROWS {
                self.start_part(&df)?;
            }
            let sheet = self.parts.last_mut().expect("a part was started");
            let r = self.row;
            for (c, view) in views.iter().enumerate() {
                let c = c as u16;
                match view {
                    View::Text(s) => {
                        if let Some(v) = s.get(i) {
                            sheet.write_string(r, c, cut(v))?;
                        }
                    }
                    View::Number(s) => {
                        if let Some(v) = s.get(i) {
                            match self.columns[c as usize].1 {
                                Kind::Integer => sheet.write_number(r, c, v)?,
                                _ => sheet.write_number_with_format(r, c, v, &f.number)?,
                            };
                        }
                    }
                    View::Boolean(s) => {
                        if let Some(v) = s.get(i) {
                            sheet.write_boolean(r, c, v)?;
                        }
                    }
                    View::Date(s) => {
                        if let Some(days) = s.get(i) {
                            sheet.write_number_with_format(
                                r,
                                c,
                                days as f64 + EXCEL_UNIX_EPOCH,
                                &f.date,
                            )?;
                        }
                    }
                }
            }
            self.row += 1;
        }
        Ok(())
    }

    /// Filters on every part's header, then hands the sheets to the workbook.
    pub fn finish(mut self) -> Result<(), XlsxError> {
        let last_col = self.columns.len().saturating_sub(1) as u16;
        let n = self.parts.len();
        for (k, sheet) in self.parts.iter_mut().enumerate() {
            let rows = if k + 1 == n { self.row - 1 } else { MAX_ROWS };
            if !self.columns.is_empty() {
                sheet.autofilter(0, 0, rows.max(1), last_col)?;
            }
        }
        let mut inner = self.book.inner.lock().expect("workbook lock");
        for (k, sheet) in self.parts.drain(..).enumerate() {
            inner.done.insert((self.order, k), sheet);
        }
        Ok(())
    }
}

fn cut(v: &str) -> std::borrow::Cow<'_, str> {
    if v.len() <= MAX_CELL_CHARS {
        return v.into();
    }
    let mut s: String = v.chars().take(MAX_CELL_CHARS - 1).collect();
    s.push('…');
    s.into()
}
