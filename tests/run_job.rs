//! Runs the `solieu` binary on the fixture corpus and reads the tables back.

use std::path::{Path, PathBuf};
use std::process::Command;

use polars::prelude::*;

// The manifest directory is read at run time, not compiled in: a test binary
// reused from a shared target directory may have been built in another checkout.
fn fixtures() -> PathBuf {
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"))
        .join("tests/fixtures/corpus")
}

fn run(out: &Path) -> std::process::Output {
    run_with(&fixtures(), out, &[])
}

/// A quiet run with the default settings over `input`, and more arguments.
fn run_with(input: &Path, out: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_solieu"))
        .args(["run", "--config", "/dev/null", "--quiet", "--input"])
        .arg(input)
        .arg("--output")
        .arg(out)
        .args(args)
        .output()
        .expect("run solieu")
}

fn read(path: &Path) -> DataFrame {
    let f = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    ParquetReader::new(f).finish().unwrap()
}

fn strs(df: &DataFrame, col: &str) -> Vec<Option<String>> {
    df.column(col)
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .map(|v| v.map(str::to_owned))
        .collect()
}

#[test]
fn run_writes_tables_that_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tables");
    let o = run(&out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let m = read(&out.join("mentions.parquet"));
    let expected_columns = [
        "doc_id",
        "start",
        "end",
        "surface",
        "value",
        "value_max",
        "unit",
        "metric",
        "measure",
        "entity",
        "investor",
        "approx",
        "period_start",
        "period_end",
        "cumulative",
        "province_code",
        "province_name",
        "region",
        "province_code_2025",
        "province_name_2025",
        "sentence",
    ];
    let names: Vec<String> = m.get_column_names().iter().map(|s| s.to_string()).collect();
    assert_eq!(names, expected_columns);
    assert_eq!(m.column("period_end").unwrap().dtype(), &DataType::Date);
    assert_eq!(m.column("value").unwrap().dtype(), &DataType::Float64);

    // Sorted by doc_id, then start; doc ids are relative to the input root.
    let docs = strs(&m, "doc_id");
    let mut sorted = docs.clone();
    sorted.sort();
    assert_eq!(docs, sorted);
    assert!(
        docs.iter()
            .any(|d| d.as_deref() == Some("news/ha-nam.html"))
    );

    // The registered capital of Bình Thuận, exactly, with its province in both schemes.
    let surfaces = strs(&m, "surface");
    let i = surfaces
        .iter()
        .position(|s| s.as_deref() == Some("2.345,6 tỷ đồng"))
        .expect("capital found");
    let value = m.column("value").unwrap().f64().unwrap().get(i).unwrap();
    assert_eq!(value, 2_345_600_000_000.0);
    assert_eq!(strs(&m, "metric")[i].as_deref(), Some("registered_capital"));
    assert_eq!(strs(&m, "province_code")[i].as_deref(), Some("60"));
    assert_eq!(strs(&m, "province_name")[i].as_deref(), Some("Bình Thuận"));
    assert_eq!(strs(&m, "province_code_2025")[i].as_deref(), Some("68"));

    // Offsets are code points into the article: the span gives back the surface.
    let text = std::fs::read_to_string(fixtures().join("binh-thuan-2023.txt")).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let start = m.column("start").unwrap().i64().unwrap().get(i).unwrap() as usize;
    let end = m.column("end").unwrap().i64().unwrap().get(i).unwrap() as usize;
    assert_eq!(
        chars[start..end].iter().collect::<String>(),
        "2.345,6 tỷ đồng"
    );

    // HTML: the article's figures, not the menu's, the script's or the footer's.
    let html_rows: Vec<usize> = (0..docs.len())
        .filter(|&k| docs[k].as_deref() == Some("news/ha-nam.html"))
        .collect();
    let html_surfaces: Vec<&str> = html_rows
        .iter()
        .filter_map(|&k| surfaces[k].as_deref())
        .collect();
    assert_eq!(html_surfaces, ["7 dự án", "215,4 triệu USD"]);
    assert!(
        html_rows
            .iter()
            .all(|&k| strs(&m, "province_code")[k].as_deref() == Some("35"))
    );
    assert!(
        html_rows
            .iter()
            .all(|&k| strs(&m, "investor")[k].as_deref() == Some("fdi"))
    );

    let a = read(&out.join("articles.parquet"));
    assert_eq!(a.height(), 2);
    assert_eq!(
        a.column("publication_date").unwrap().dtype(),
        &DataType::Date
    );
    assert_eq!(
        strs(&a, "title"),
        [
            Some("Bình Thuận: các khu công nghiệp thu hút thêm 12 dự án trong năm 2023".to_owned()),
            Some("Hà Nam: vốn FDI vào KCN Đồng Văn III tăng mạnh".to_owned()),
        ]
    );

    // Nothing lost: the empty file is a reject with its reason.
    let r = read(&out.join("rejects.parquet"));
    assert_eq!(r.height(), 1);
    assert_eq!(strs(&r, "reason"), [Some("empty".to_owned())]);
    assert!(
        strs(&r, "source")[0]
            .as_deref()
            .unwrap()
            .ends_with("empty.txt")
    );

    let p = read(&out.join("provinces.parquet"));
    assert_eq!(p.height(), 63);
    assert_eq!(strs(&p, "province_code")[0].as_deref(), Some("01"));

    // CSV for Excel: UTF-8 with a byte-order mark, codes with their leading zeros.
    let csv = std::fs::read(out.join("provinces.csv")).unwrap();
    assert!(csv.starts_with(b"\xef\xbb\xbfprovince_code,"));
    assert!(String::from_utf8_lossy(&csv).contains("\n01,Hà Nội,"));

    // Figures: the capital is one fact of Bình Thuận's 2023, with its article.
    let f = read(&out.join("figures.parquet"));
    let fm = strs(&f, "metric");
    let k = (0..f.height())
        .find(|&k| {
            fm[k].as_deref() == Some("registered_capital")
                && strs(&f, "unit")[k].as_deref() == Some("VND")
        })
        .expect("capital figure");
    assert_eq!(
        f.column("value").unwrap().f64().unwrap().get(k),
        Some(2_345_600_000_000.0)
    );
    assert_eq!(strs(&f, "scope")[k].as_deref(), Some("province"));
    assert_eq!(strs(&f, "province_code")[k].as_deref(), Some("60"));
    assert_eq!(
        strs(&f, "doc_ids")[k].as_deref(),
        Some("binh-thuan-2023.txt")
    );
    assert_eq!(
        f.column("conflict").unwrap().bool().unwrap().get(k),
        Some(false)
    );
    assert_eq!(f.column("period_end").unwrap().dtype(), &DataType::Date);

    // The wide table: Bình Thuận's 2023 in one row, a full-year flow through 31 December.
    let py = read(&out.join("province_year.parquet"));
    let codes = strs(&py, "province_code");
    let years = py.column("year").unwrap().i64().unwrap();
    let row = (0..py.height())
        .find(|&r| codes[r].as_deref() == Some("60") && years.get(r) == Some(2023))
        .expect("Bình Thuận 2023");
    let num = |c: &str| py.column(c).unwrap().f64().unwrap().get(row);
    assert_eq!(num("registered_capital_vnd"), Some(2_345_600_000_000.0));
    assert_eq!(num("new_projects"), Some(12.0));
    assert_eq!(num("revenue_vnd"), Some(4_120_000_000_000.0));
    assert_eq!(
        py.column("registered_capital_vnd_through").unwrap().dtype(),
        &DataType::Date
    );
    assert_eq!(strs(&py, "province_code_2025")[row].as_deref(), Some("68"));

    // The 2025 view: Lâm Đồng (68) takes Bình Thuận's flows, not its rate.
    let v = read(&out.join("province_year_2025.parquet"));
    let codes = strs(&v, "province_code_2025");
    let rows: Vec<usize> = (0..v.height())
        .filter(|&r| codes[r].as_deref() == Some("68"))
        .collect();
    assert!(!rows.is_empty());
    let projects = v.column("new_projects").unwrap().f64().unwrap();
    assert!(rows.iter().any(|&r| projects.get(r) == Some(12.0)));
    assert_eq!(
        v.column("occupancy_rate_pct").unwrap().null_count(),
        v.height()
    );

    // The workbook and the report are there, the report self-contained.
    let xlsx = std::fs::read(out.join("solieu.xlsx")).unwrap();
    assert!(xlsx.starts_with(b"PK"), "a zip file");
    let report = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(report.contains("Content-Security-Policy") && report.contains("<svg"));
    for forbidden in ["<script", "<link", "src=", "url("] {
        assert!(!report.contains(forbidden), "report has {forbidden}");
    }

    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(manifest["articles"], 2);
    assert_eq!(manifest["rejects"], 1);
    assert_eq!(manifest["rejects_by_reason"]["empty"], 1);
    assert_eq!(manifest["table_rows"]["mentions"], m.height());
}

#[test]
fn same_inputs_give_identical_tables_whatever_the_thread_count() {
    // Two threads encode Parquet columns on each file's writer thread, eight on polars' pool.
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    assert!(
        run_with(&fixtures(), &a, &["--threads", "2"])
            .status
            .success()
    );
    assert!(
        run_with(&fixtures(), &b, &["--threads", "8"])
            .status
            .success()
    );
    for f in [
        "mentions.parquet",
        "mentions.csv",
        "figures.parquet",
        "figures.csv",
        "province_year.parquet",
        "province_year_2025.csv",
        "articles.csv",
        "rejects.csv",
        "provinces.parquet",
        "solieu.xlsx",
        "report.html",
    ] {
        // Compared as a flag: a byte dump of a differing workbook helps no one.
        let same = std::fs::read(a.join(f)).unwrap() == std::fs::read(b.join(f)).unwrap();
        assert!(
            same,
            "{f} differs between runs on the same inputs (2 and 8 threads)"
        );
    }
}

#[test]
fn an_output_directory_inside_the_input_is_not_read_as_input() {
    // `solieu run --input .` with the default `--output output`: the second run must not read
    // the first one's tables, manifest, report or cache as articles. Also for an output that
    // does not exist yet, several levels down.
    for nested in ["output", "sub/deeper/output"] {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in");
        std::fs::create_dir(&input).unwrap();
        std::fs::copy(
            fixtures().join("binh-thuan-2023.txt"),
            input.join("binh-thuan-2023.txt"),
        )
        .unwrap();
        let out = input.join(nested);
        for round in 0..2 {
            let o = run_with(&input, &out, &["--incremental"]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            let m: serde_json::Value =
                serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
            assert_eq!(m["inputs"], 1, "{nested} round {round}: {m}");
            assert_eq!(m["rejects"], 0, "{nested} round {round}: {m}");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_named_pipe_in_a_walk_or_a_glob_is_a_reject_not_a_hang() {
    // Regression: the walk (and a glob) handed a FIFO to a worker, whose open waited for a
    // writer forever.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(fixtures().join("binh-thuan-2023.txt"), input.join("a.txt")).unwrap();
    let made = Command::new("mkfifo")
        .arg(input.join("b.txt"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    // Walked as a directory, and matched by a glob.
    let glob = format!("{}/*.txt", input.display());
    for (i, arg) in [input.display().to_string(), glob].into_iter().enumerate() {
        let out = dir.path().join(format!("out{i}"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_solieu"))
            .args(["run", "--config", "/dev/null", "--quiet", "--input", &arg])
            .arg("--output")
            .arg(&out)
            .spawn()
            .expect("run solieu");
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if started.elapsed() > std::time::Duration::from_secs(60) {
                child.kill().unwrap();
                panic!("the run with --input {arg} blocked on the named pipe");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        assert!(status.success());
        let rejects = read(&out.join("rejects.parquet"));
        assert_eq!(
            strs(&rejects, "reason"),
            [Some("unsupported_format".into())]
        );
        let source = strs(&rejects, "source")[0].clone().unwrap();
        assert!(source.ends_with("b.txt"), "{source}");
        assert_eq!(read(&out.join("articles.parquet")).height(), 1);
    }
}

#[test]
fn run_ends_with_the_headline_figures() {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_solieu"))
        .args(["run", "--config", "/dev/null", "--input"])
        .arg(fixtures())
        .arg("--output")
        .arg(dir.path().join("t"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.contains("Headline figures"), "{s}");
    assert!(
        s.lines()
            .any(|l| l.contains("Registered capital (VND)")
                && l.contains("Bình Thuận 2.345,6 tỷ đồng")),
        "{s}"
    );
}

#[test]
fn extract_prints_a_table() {
    let o = Command::new(env!("CARGO_BIN_EXE_solieu"))
        .args(["extract", "--config", "/dev/null"])
        .arg(fixtures().join("binh-thuan-2023.txt"))
        .output()
        .unwrap();
    assert!(o.status.success());
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.contains("province:    60 Bình Thuận"), "{s}");
    assert!(s.contains("2.345,6 tỷ đồng  2345600000000  VND"), "{s}");
}

#[test]
fn config_errors_name_key_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("bad.toml");
    std::fs::write(&cfg, "[output]\ndir = \"x\"\nformat = [\"csv\"]\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_solieu"))
        .args(["run", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("format") && err.contains("line 3"), "{err}");
}
