//! `pipeline.toml`: parsed raw first (unknown keys and bad values are errors that name the key
//! and line), then turned into a ready [`Plan`] with paths resolved and defaults filled in.
//! Command-line flags override the file, so `solieu run --input X --output Y` needs no edits.

use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("config {path}: {message}")]
    Invalid { path: String, message: String },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    input: RawInput,
    #[serde(default)]
    output: RawOutput,
    #[serde(default)]
    run: RawRun,
    #[serde(default)]
    data: RawData,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInput {
    #[serde(default)]
    paths: Vec<String>,
    max_file_bytes: Option<u64>,
    /// Encoding assumed when detection cannot tell (a WHATWG label such as "windows-1258").
    fallback_encoding: Option<String>,
    #[serde(default)]
    json: RawJsonFields,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJsonFields {
    id: Option<Vec<String>>,
    title: Option<Vec<String>>,
    text: Option<Vec<String>>,
    date: Option<Vec<String>>,
    url: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutput {
    dir: Option<String>,
    tables: Option<Vec<Table>>,
    formats: Option<Vec<Format>>,
    keep_text: Option<bool>,
    report: Option<bool>,
    usd: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRun {
    threads: Option<usize>,
    strict: Option<bool>,
    incremental: Option<bool>,
    progress: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawData {
    lexicon: Option<String>,
    reference: Option<String>,
    usd_rates: Option<String>,
}

/// An output table. The order is the order of the workbook's sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Table {
    Mentions,
    Figures,
    ProvinceYear,
    #[serde(rename = "province_year_2025")]
    ProvinceYear2025,
    Articles,
    Rejects,
    Provinces,
}

impl Table {
    pub const ALL: [Table; 7] = [
        Table::Mentions,
        Table::Figures,
        Table::ProvinceYear,
        Table::ProvinceYear2025,
        Table::Articles,
        Table::Rejects,
        Table::Provinces,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Table::Mentions => "mentions",
            Table::Figures => "figures",
            Table::ProvinceYear => "province_year",
            Table::ProvinceYear2025 => "province_year_2025",
            Table::Articles => "articles",
            Table::Rejects => "rejects",
            Table::Provinces => "provinces",
        }
    }
}

/// A file format tables are written in: a file per table, or (xlsx) one workbook with a sheet
/// per table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Parquet,
    Csv,
    Xlsx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// The workbook's file name, for `Format::Xlsx`.
pub const WORKBOOK: &str = "solieu.xlsx";
/// The report's file name.
pub const REPORT: &str = "report.html";

/// Names of the JSON fields an article's parts are read from, first present wins.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonFields {
    pub id: Vec<String>,
    pub title: Vec<String>,
    pub text: Vec<String>,
    pub date: Vec<String>,
    pub url: Vec<String>,
}

impl Default for JsonFields {
    fn default() -> Self {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
        JsonFields {
            id: v(&["id"]),
            title: v(&["title"]),
            text: v(&["content", "text", "body"]),
            date: v(&["date", "published", "published_at", "publish_date"]),
            url: v(&["url", "link"]),
        }
    }
}

/// Where the lexicon or reference data comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum DataSource {
    /// The copy compiled into the binary (from the repository's `data/`).
    Bundled,
    Path(PathBuf),
}

/// A ready run: everything resolved.
#[derive(Debug, Clone)]
pub struct Plan {
    pub inputs: Vec<String>,
    pub output: PathBuf,
    pub tables: Vec<Table>,
    pub formats: Vec<Format>,
    pub keep_text: bool,
    /// Write `report.html`.
    pub report: bool,
    /// Add `_in_usd` columns (đồng converted at the year's rate) to the consolidated tables.
    pub usd: bool,
    pub threads: usize,
    pub strict: bool,
    pub incremental: bool,
    pub progress: Option<bool>,
    pub max_file_bytes: u64,
    pub fallback_encoding: Option<String>,
    pub json: JsonFields,
    pub lexicon: DataSource,
    pub reference: DataSource,
    pub usd_rates: DataSource,
    /// The config text, for the manifest's hash; empty without a file.
    pub config_text: String,
}

/// Flags that override the file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub inputs: Vec<String>,
    pub output: Option<PathBuf>,
    pub threads: Option<usize>,
    pub strict: bool,
    pub incremental: bool,
    pub progress: Option<bool>,
}

pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

impl Plan {
    /// Reads `path` (or uses defaults when `None`) and applies `over`.
    pub fn load(path: Option<&Path>, over: &Overrides) -> Result<Plan, ConfigError> {
        let (raw, text, base, origin) = match path {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|source| ConfigError::Read {
                    path: p.display().to_string(),
                    source,
                })?;
                let raw: RawConfig = toml::from_str(&text).map_err(|e| ConfigError::Invalid {
                    path: p.display().to_string(),
                    message: e.to_string(),
                })?;
                let base = p.parent().map(Path::to_path_buf).unwrap_or_default();
                (raw, text, base, p.display().to_string())
            }
            None => (
                RawConfig::default(),
                String::new(),
                PathBuf::new(),
                "defaults".into(),
            ),
        };
        Plan::from_raw(raw, text, &base, &origin, over)
    }

    /// Parses config text (for tests and tools); relative paths resolve against `base`.
    pub fn parse(text: &str, base: &Path, over: &Overrides) -> Result<Plan, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Invalid {
            path: "<config>".into(),
            message: e.to_string(),
        })?;
        Plan::from_raw(raw, text.to_owned(), base, "<config>", over)
    }

    fn from_raw(
        raw: RawConfig,
        text: String,
        base: &Path,
        origin: &str,
        over: &Overrides,
    ) -> Result<Plan, ConfigError> {
        let invalid = |key: &str, message: String| ConfigError::Invalid {
            path: origin.to_owned(),
            message: format!("key `{key}`: {message}"),
        };
        let resolve = |p: &str| -> String {
            if p == "-" || Path::new(p).is_absolute() || base.as_os_str().is_empty() {
                p.to_owned()
            } else if let Some(list) = p.strip_prefix('@') {
                format!("@{}", base.join(list).display())
            } else {
                base.join(p).display().to_string()
            }
        };
        let inputs = if over.inputs.is_empty() {
            raw.input.paths.iter().map(|p| resolve(p)).collect()
        } else {
            over.inputs.clone()
        };
        let output = over
            .output
            .clone()
            .or_else(|| raw.output.dir.as_deref().map(|d| PathBuf::from(resolve(d))))
            .unwrap_or_else(|| PathBuf::from("output"));
        let mut tables = raw.output.tables.unwrap_or_else(|| Table::ALL.to_vec());
        tables.sort();
        tables.dedup();
        let mut formats = raw
            .output
            .formats
            .unwrap_or_else(|| vec![Format::Parquet, Format::Csv, Format::Xlsx]);
        formats.sort();
        formats.dedup();
        if formats.is_empty() {
            return Err(invalid(
                "output.formats",
                "at least one format is needed".into(),
            ));
        }
        let max_file_bytes = raw.input.max_file_bytes.unwrap_or(DEFAULT_MAX_FILE_BYTES);
        if max_file_bytes == 0 {
            return Err(invalid(
                "input.max_file_bytes",
                "must be greater than 0".into(),
            ));
        }
        if let Some(label) = &raw.input.fallback_encoding
            && encoding_rs::Encoding::for_label(label.as_bytes()).is_none()
        {
            return Err(invalid(
                "input.fallback_encoding",
                format!("unknown encoding {label:?}"),
            ));
        }
        let d = JsonFields::default();
        let j = raw.input.json;
        let field = |key: &str, v: Option<Vec<String>>, default: Vec<String>| match v {
            Some(v) if v.is_empty() => Err(invalid(
                &format!("input.json.{key}"),
                "needs at least one field name".into(),
            )),
            Some(v) => Ok(v),
            None => Ok(default),
        };
        let json = JsonFields {
            id: field("id", j.id, d.id)?,
            title: field("title", j.title, d.title)?,
            text: field("text", j.text, d.text)?,
            date: field("date", j.date, d.date)?,
            url: field("url", j.url, d.url)?,
        };
        let data = |p: Option<String>| match p {
            Some(p) => DataSource::Path(PathBuf::from(resolve(&p))),
            None => DataSource::Bundled,
        };
        Ok(Plan {
            inputs,
            output,
            tables,
            formats,
            keep_text: raw.output.keep_text.unwrap_or(false),
            report: raw.output.report.unwrap_or(true),
            usd: raw.output.usd.unwrap_or(true),
            threads: over.threads.or(raw.run.threads).unwrap_or(0),
            strict: over.strict || raw.run.strict.unwrap_or(false),
            incremental: over.incremental || raw.run.incremental.unwrap_or(false),
            progress: over.progress.or(raw.run.progress),
            max_file_bytes,
            fallback_encoding: raw.input.fallback_encoding,
            json,
            lexicon: data(raw.data.lexicon),
            reference: data(raw.data.reference),
            usd_rates: data(raw.data.usd_rates),
            config_text: text,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_name_the_key_and_line() {
        let err = Plan::parse(
            "[output]\ndir = \"x\"\ncolour = 1\n",
            Path::new(""),
            &Overrides::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("colour"), "{err}");
        assert!(err.contains("line 3"), "{err}");
    }

    #[test]
    fn bad_values_name_the_key() {
        let err = Plan::parse(
            "[output]\nformats = [\"xls\"]\n",
            Path::new(""),
            &Overrides::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("xls") && err.contains("line 2"), "{err}");
        let err = Plan::parse(
            "[input]\nmax_file_bytes = 0\n",
            Path::new(""),
            &Overrides::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("input.max_file_bytes"), "{err}");
    }

    #[test]
    fn analyst_outputs_are_on_by_default_and_can_be_turned_off() {
        let p = Plan::parse("", Path::new(""), &Overrides::default()).unwrap();
        assert_eq!(p.tables, Table::ALL);
        assert_eq!(p.formats, [Format::Parquet, Format::Csv, Format::Xlsx]);
        assert!(p.report && p.usd);
        assert_eq!(p.usd_rates, DataSource::Bundled);
        let text = "[output]\ntables = [\"province_year_2025\", \"figures\"]\nformats = [\"csv\"]\nreport = false\nusd = false\n[data]\nusd_rates = \"r.csv\"\n";
        let p = Plan::parse(text, Path::new("/cfg"), &Overrides::default()).unwrap();
        assert_eq!(p.tables, [Table::Figures, Table::ProvinceYear2025]);
        assert_eq!(p.formats, [Format::Csv]);
        assert!(!p.report && !p.usd);
        assert_eq!(p.usd_rates, DataSource::Path("/cfg/r.csv".into()));
        let err = Plan::parse(
            "[output]\nreport = \"yes\"\n",
            Path::new(""),
            &Overrides::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn flags_override_the_file_and_paths_resolve_against_it() {
        let text = "[input]\npaths = [\"a\"]\n[output]\ndir = \"out\"\n";
        let p = Plan::parse(text, Path::new("/cfg"), &Overrides::default()).unwrap();
        assert_eq!(p.inputs, ["/cfg/a"]);
        assert_eq!(p.output, PathBuf::from("/cfg/out"));
        let over = Overrides {
            inputs: vec!["b".into()],
            output: Some("o".into()),
            ..Overrides::default()
        };
        let p = Plan::parse(text, Path::new("/cfg"), &over).unwrap();
        assert_eq!(p.inputs, ["b"]);
        assert_eq!(p.output, PathBuf::from("o"));
    }
}
