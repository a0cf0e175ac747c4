//! Outputs are never half-written: a run killed at any moment (SIGKILL) leaves the previous
//! tables intact and readable, and a second run on the same output directory stops with a clear
//! message while the first holds it, but not after the first died.

use std::path::{Path, PathBuf};

use polars::prelude::SerReader;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TABLES: [&str; 9] = [
    "mentions.parquet",
    "mentions.csv",
    "articles.parquet",
    "articles.csv",
    "rejects.parquet",
    "rejects.csv",
    "provinces.parquet",
    "provinces.csv",
    "run.json",
];

/// `n` small articles of our own, each with a few figures.
fn corpus(dir: &Path, n: usize) -> PathBuf {
    let root = dir.join(format!("corpus-{n}"));
    std::fs::create_dir_all(&root).unwrap();
    for i in 0..n {
        let text = format!(
            "Bản tin số {i}\n\nNăm 2023, các khu công nghiệp của tỉnh Bắc Ninh thu hút {} dự án với tổng vốn đăng ký {},{} triệu USD, diện tích {} ha; tỷ lệ lấp đầy đạt {},5%.\n{}",
            i % 50 + 1,
            i + 10,
            i % 10,
            i % 300 + 5,
            i % 90 + 1,
            "Doanh nghiệp trong khu công nghiệp tiếp tục ổn định sản xuất. ".repeat(40),
        );
        std::fs::write(root.join(format!("{i:05}.txt")), text).unwrap();
    }
    root
}

fn command(input: &Path, out: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_solieu"));
    c.args(["run", "--quiet", "--config", "/dev/null", "--input"])
        .arg(input)
        .arg("--output")
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

fn run_ok(input: &Path, out: &Path) {
    let o = command(input, out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The tables' bytes (not `run.json`, whose timings differ from run to run).
fn snapshot(out: &Path) -> Vec<Vec<u8>> {
    TABLES
        .iter()
        .filter(|t| **t != "run.json")
        .map(|t| std::fs::read(out.join(t)).unwrap())
        .collect()
}

/// Every table reads back (Parquet opens, CSV parses, JSON parses).
fn assert_readable(out: &Path) {
    for t in TABLES {
        let p = out.join(t);
        let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        if t.ends_with(".parquet") {
            polars::prelude::ParquetReader::new(std::io::Cursor::new(bytes))
                .finish()
                .unwrap_or_else(|e| panic!("{t}: {e}"));
        } else if t.ends_with(".csv") {
            let mut r = csv::Reader::from_reader(&bytes[3..]);
            for row in r.records() {
                row.unwrap_or_else(|e| panic!("{t}: {e}"));
            }
        } else {
            serde_json::from_slice::<serde_json::Value>(&bytes)
                .unwrap_or_else(|e| panic!("{t}: {e}"));
        }
    }
}

fn wait_for_lock(child: &mut Child, out: &Path) {
    let start = Instant::now();
    while !out.join(".solieu.lock").exists() && start.elapsed() < Duration::from_secs(20) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before locking"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn killed_runs_leave_the_previous_tables_intact() {
    let dir = tempfile::tempdir().unwrap();
    let small = corpus(dir.path(), 20);
    let large = corpus(dir.path(), 1500);
    let out = dir.path().join("out");
    let full = dir.path().join("full");
    run_ok(&small, &out);
    run_ok(&large, &full);
    let before = snapshot(&out);
    let after = snapshot(&full);

    for delay_ms in [0, 30, 100, 250, 500, 1000, 1800, 2600] {
        let mut child = command(&large, &out).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        assert_readable(&out);
        // Each table is the previous run's or the complete new run's, never a mix within it.
        let now = snapshot(&out);
        for (i, t) in TABLES.iter().filter(|t| **t != "run.json").enumerate() {
            assert!(
                now[i] == before[i] || now[i] == after[i],
                "{t} after a kill at {delay_ms} ms"
            );
        }
    }
    // The dead runs left no lock behind: a new run takes the directory and cleans up.
    run_ok(&small, &out);
    assert!(snapshot(&out) == before, "the tables of a rerun differ");
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".solieu-staging")
        })
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_second_run_on_the_same_output_stops_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let large = corpus(dir.path(), 1500);
    let small = corpus(dir.path(), 5);
    let out = dir.path().join("out");
    let mut first = command(&large, &out).spawn().unwrap();
    wait_for_lock(&mut first, &out);
    let second = command(&small, &out).output().unwrap();
    let first_status = first.wait().unwrap();
    assert!(first_status.success());
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("another solieu run is writing to"), "{err}");
    // Once the first is done, the directory is free again.
    run_ok(&small, &out);
}
