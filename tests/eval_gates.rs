//! `solieu eval` gates: each label's accuracy can fail the run, so CI can hold every score
//! it has reached, not only detection and metric.

use std::path::Path;
use std::process::{Command, Output};

const ARTICLE: &str = "Bắc Ninh thu hút vốn\n\
    Năm 2023, tỉnh Bắc Ninh thu hút 12 dự án FDI với tổng vốn 300 triệu USD.\n";

/// A gold line for `text` in `ARTICLE`, offsets in code points.
fn gold_line(text: &str, value: f64, unit: &str, metric: &str, labels: &str) -> String {
    let byte = ARTICLE.find(text).expect("text in the article");
    let start = ARTICLE[..byte].chars().count();
    let end = start + text.chars().count();
    format!(
        r#"{{"doc": "a.txt", "text": "{text}", "value": {value}, "unit": "{unit}", "metric": "{metric}", "measure": "level", "start": {start}, "end": {end}, "province": "27", {labels}}}"#
    )
}

/// Gold that agrees with the tool on the projects and disagrees on every gated label of
/// the capital, so each of those labels scores 1 of 2.
fn setup(dir: &Path) {
    std::fs::create_dir(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/a.txt"), ARTICLE).unwrap();
    let right = gold_line(
        "12 dự án",
        12.0,
        "count",
        "projects",
        r#""investor": "fdi", "approx": null, "period_start": "2023-01-01", "period_end": "2023-12-31", "cumulative": false"#,
    );
    let wrong = gold_line(
        "300 triệu USD",
        3e8,
        "USD",
        "registered_capital",
        r#""investor": "ddi", "approx": "over", "period_start": "2022-01-01", "period_end": "2022-12-31", "cumulative": true, "region": "Đồng bằng sông Hồng""#,
    );
    std::fs::write(dir.join("gold.jsonl"), format!("{right}\n{wrong}\n")).unwrap();
}

fn eval(dir: &Path, gates: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_solieu"))
        .arg("eval")
        .arg("--gold")
        .arg(dir.join("gold.jsonl"))
        .arg("--input")
        .arg(dir.join("in"))
        .args(gates)
        .output()
        .expect("run solieu eval")
}

#[test]
fn each_label_gate_fails_under_its_threshold_and_passes_at_it() {
    let dir = tempfile::tempdir().unwrap();
    setup(dir.path());
    for (flag, name) in [
        ("--min-investor", "investor accuracy"),
        ("--min-approx", "approx accuracy"),
        ("--min-period-end", "period_end accuracy"),
        ("--min-cumulative", "cumulative accuracy"),
        ("--min-region", "region accuracy"),
    ] {
        let pass = eval(dir.path(), &[flag, "0.5"]);
        assert!(
            pass.status.success(),
            "{flag} 0.5: {}",
            String::from_utf8_lossy(&pass.stderr)
        );
        let fail = eval(dir.path(), &[flag, "0.6"]);
        assert_eq!(fail.status.code(), Some(1), "{flag} 0.6 should fail");
        let err = String::from_utf8_lossy(&fail.stderr);
        assert!(
            err.contains(&format!("{name} 0.5000 is below the threshold 0.6000")),
            "{flag}: {err}"
        );
        // Only the gate asked for fails.
        assert_eq!(err.lines().count(), 1, "{flag}: {err}");
    }
}

#[test]
fn ungated_labels_never_fail_a_run() {
    let dir = tempfile::tempdir().unwrap();
    setup(dir.path());
    let o = eval(dir.path(), &["--min-f1", "1", "--min-metric", "1"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("period_end         0.5000  (1/2)"), "{out}");
}
