//! Incremental re-runs: only new or changed articles are extracted again, removed ones are
//! dropped, and the tables are byte for byte those of a full run over the same inputs. A
//! damaged or foreign cache is detected, reported and rebuilt.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn article(i: usize, variant: &str) -> String {
    format!(
        "Bản tin {i}{variant}\n\nNăm 2023, các khu công nghiệp tỉnh Bình Dương thu hút {} dự án với tổng vốn đăng ký {},5 triệu USD, diện tích {} ha.\n",
        i % 40 + 1,
        i + 7,
        i % 200 + 3
    )
}

fn corpus(dir: &Path, n: usize) -> PathBuf {
    let root = dir.join("corpus");
    std::fs::create_dir_all(&root).unwrap();
    for i in 0..n {
        std::fs::write(root.join(format!("{i:04}.txt")), article(i, "")).unwrap();
    }
    root
}

/// A run (not quiet: its summary is in the output's stderr); `extra` may name more inputs.
fn run(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let o = Command::new(env!("CARGO_BIN_EXE_solieu"))
        .args(["run", "--config", "/dev/null", "--input"])
        .arg(input)
        .arg("--output")
        .arg(out)
        .args(extra)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    o
}

fn manifest(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap()
}

/// What the last run did with the cache: articles reused, articles extracted, records dropped.
fn cache_counts(out: &Path) -> [u64; 3] {
    let m = manifest(out);
    ["reused_from_cache", "extracted", "dropped_from_cache"].map(|k| m[k].as_u64().unwrap())
}

/// The tables, the workbook and the report (not `run.json`, which has timings) are identical
/// in two output directories.
fn same_tables(a: &Path, b: &Path) -> bool {
    let tables = [
        "mentions",
        "figures",
        "province_year",
        "province_year_2025",
        "articles",
        "rejects",
        "provinces",
    ];
    let mut files: Vec<String> = tables
        .iter()
        .flat_map(|t| [format!("{t}.parquet"), format!("{t}.csv")])
        .collect();
    files.extend(["solieu.xlsx".into(), "report.html".into()]);
    files
        .iter()
        .all(|f| std::fs::read(a.join(f)).unwrap() == std::fs::read(b.join(f)).unwrap())
}

#[test]
fn reruns_extract_only_what_changed_and_match_a_full_run() {
    let dir = tempfile::tempdir().unwrap();
    let root = corpus(dir.path(), 60);
    let inc = dir.path().join("inc");
    let full = dir.path().join("full");

    // First incremental run: no cache yet, everything is extracted.
    run(&root, &inc, &["--incremental"]);
    assert_eq!(manifest(&inc)["reused_from_cache"], 0);
    assert!(inc.join(".solieu-cache/rows.bin").exists());
    run(&root, &full, &[]);
    assert!(same_tables(&inc, &full));

    // Nothing changed: everything comes from the cache.
    run(&root, &inc, &["--incremental"]);
    assert_eq!(manifest(&inc)["reused_from_cache"], 60);
    assert!(same_tables(&inc, &full));

    // One changed, one added, one removed.
    std::fs::write(root.join("0005.txt"), article(5, " (sửa)")).unwrap();
    std::fs::write(root.join("0100.txt"), article(100, "")).unwrap();
    std::fs::remove_file(root.join("0007.txt")).unwrap();
    run(&root, &inc, &["--incremental"]);
    // The old 0005 and the removed 0007 are not carried into the next cache.
    assert_eq!(cache_counts(&inc), [58, 2, 2]);
    assert_eq!(manifest(&inc)["articles"], 60);
    run(&root, &full, &[]);
    assert!(same_tables(&inc, &full));

    // The terminal summary says what was reused and what was done.
    let o = run(&root, &inc, &["--incremental"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "incremental: 60 articles reused from the cache, 0 extracted, 0 cached records dropped"
        ),
        "{err}"
    );
}

#[test]
fn a_duplicate_input_found_in_the_cache_is_a_reject_not_a_reuse() {
    // Regression: the reuse count took a cached article before its id was checked, so the
    // same file named twice counted twice while the second was rejected.
    let dir = tempfile::tempdir().unwrap();
    let root = corpus(dir.path(), 5);
    let inc = dir.path().join("inc");
    let again = root.join("0001.txt");
    let run_twice = || {
        run(
            &root,
            &inc,
            &["--incremental", "--input", again.to_str().unwrap()],
        );
        manifest(&inc)
    };
    let first = run_twice();
    assert_eq!(
        (first["articles"].as_u64(), first["rejects"].as_u64()),
        (Some(5), Some(1))
    );
    assert_eq!(first["extracted"], 5);
    let second = run_twice();
    assert_eq!(
        (second["articles"].as_u64(), second["rejects"].as_u64()),
        (Some(5), Some(1))
    );
    assert_eq!(cache_counts(&inc), [5, 0, 0]);
}

#[test]
fn a_damaged_or_foreign_cache_is_rebuilt_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let root = corpus(dir.path(), 20);
    let inc = dir.path().join("inc");
    let full = dir.path().join("full");
    run(&root, &full, &[]);
    run(&root, &inc, &["--incremental"]);

    let cache = inc.join(".solieu-cache/rows.bin");
    let mut bytes = std::fs::read(&cache).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x5a;
    std::fs::write(&cache, &bytes).unwrap();
    let o = run(&root, &inc, &["--incremental"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("cache is damaged"), "{err}");
    assert_eq!(manifest(&inc)["reused_from_cache"], 0);
    assert!(same_tables(&inc, &full));

    // A cache made with other settings is not used.
    let cfg = dir.path().join("keep.toml");
    std::fs::write(&cfg, "[output]\nkeep_text = true\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_solieu"))
        .args(["run", "--quiet", "--incremental", "--config"])
        .arg(&cfg)
        .arg("--input")
        .arg(&root)
        .arg("--output")
        .arg(&inc)
        .output()
        .unwrap();
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("made by another version, lexicon, reference data or settings"),
        "{err}"
    );
    assert_eq!(manifest(&inc)["reused_from_cache"], 0);

    // Garbage in place of the cache.
    std::fs::write(&cache, b"garbage").unwrap();
    let o = run(&root, &inc, &["--incremental"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("cache is damaged"));
}

#[test]
fn records_dropped_from_the_cache_are_counted_per_article_even_for_identical_ones() {
    // Two inputs with one content share a cache key; removing one of them drops one record.
    let dir = tempfile::tempdir().unwrap();
    let root = corpus(dir.path(), 3);
    std::fs::copy(root.join("0000.txt"), root.join("0000-copy.txt")).unwrap();
    let inc = dir.path().join("inc");
    run(&root, &inc, &["--incremental"]);
    assert_eq!(manifest(&inc)["extracted"], 4);

    std::fs::remove_file(root.join("0000-copy.txt")).unwrap();
    run(&root, &inc, &["--incremental"]);
    assert_eq!(cache_counts(&inc), [3, 0, 1]);

    // A third copy of a content the cache holds once: reused, nothing dropped.
    std::fs::copy(root.join("0001.txt"), root.join("0001-a.txt")).unwrap();
    std::fs::copy(root.join("0001.txt"), root.join("0001-b.txt")).unwrap();
    run(&root, &inc, &["--incremental"]);
    assert_eq!(cache_counts(&inc), [5, 0, 0]);
}

/// Inode and modification time of each file named, to tell a file left in place from one
/// replaced.
fn identities(out: &Path, names: &[&str]) -> Vec<(u64, std::time::SystemTime)> {
    use std::os::unix::fs::MetadataExt;
    names
        .iter()
        .map(|n| {
            let m = std::fs::metadata(out.join(n)).unwrap();
            (m.ino(), m.modified().unwrap())
        })
        .collect()
}

fn unchanged_files(out: &Path) -> Vec<String> {
    manifest(out)["unchanged_files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_rerun_leaves_files_that_come_out_the_same_in_place_and_rewrites_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let root = corpus(dir.path(), 30);
    let (inc, full) = (dir.path().join("inc"), dir.path().join("full"));
    run(&root, &inc, &["--incremental"]);
    assert_eq!(unchanged_files(&inc), Vec::<String>::new());
    let kept = [
        "mentions.parquet",
        "mentions.csv",
        "articles.csv",
        "provinces.csv",
        ".solieu-cache/rows.bin",
    ];
    let before = identities(&inc, &kept);

    // Nothing changed: every table file and the cache stay as they were, and say so.
    let o = run(&root, &inc, &["--incremental"]);
    assert_eq!(identities(&inc, &kept), before);
    let unchanged = unchanged_files(&inc);
    for table in [
        "mentions",
        "articles",
        "figures",
        "province_year",
        "provinces",
    ] {
        for ext in ["parquet", "csv"] {
            assert!(
                unchanged.contains(&format!("{table}.{ext}")),
                "{unchanged:?}"
            );
        }
    }
    for file in ["solieu.xlsx", "report.html"] {
        assert!(unchanged.contains(&file.to_owned()), "{unchanged:?}");
    }
    assert!(!unchanged.contains(&"run.json".to_owned()));
    assert!(String::from_utf8_lossy(&o.stderr).contains("left untouched"));

    // A table edited by hand (here cut short) differs from what the run makes: rewritten.
    let csv = inc.join("mentions.csv");
    let len = std::fs::metadata(&csv).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&csv)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    run(&root, &inc, &["--incremental"]);
    assert!(!unchanged_files(&inc).contains(&"mentions.csv".to_owned()));
    run(&root, &full, &[]);
    assert!(same_tables(&inc, &full));

    // One article changed: the tables it is in are rewritten, the province list stays, and
    // the cache is replaced by one that holds the new record.
    std::fs::write(root.join("0003.txt"), article(3, " (sửa)")).unwrap();
    let before = identities(&inc, &["provinces.csv", "mentions.parquet"]);
    run(&root, &inc, &["--incremental"]);
    let after = identities(&inc, &["provinces.csv", "mentions.parquet"]);
    assert_eq!(after[0], before[0]);
    assert_ne!(after[1], before[1]);
    assert!(!unchanged_files(&inc).contains(&"mentions.parquet".to_owned()));
    run(&root, &full, &[]);
    assert!(same_tables(&inc, &full));
    run(&root, &inc, &["--incremental"]);
    assert_eq!(cache_counts(&inc), [30, 0, 0]);
}
