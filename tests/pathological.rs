//! Pathological text goes through in linear time and bounded memory: a long single line, a
//! million digits, deep parentheses, deeply nested HTML. (No timings are asserted here; the
//! quadratic versions of these took minutes, so a regression shows as a hung test.) Benchmarks
//! measure the real figures.

use std::path::Path;
use std::process::Command;

fn run(dir: &Path, name: &str, content: &[u8]) -> serde_json::Value {
    let input = dir.join(name);
    std::fs::write(&input, content).unwrap();
    let out = dir.join(format!("out-{name}"));
    let o = Command::new(env!("CARGO_BIN_EXE_solieu"))
        .args(["run", "--quiet", "--config", "/dev/null", "--input"])
        .arg(&input)
        .arg("--output")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap()
}

#[test]
fn pathological_inputs_finish() {
    let dir = tempfile::tempdir().unwrap();
    // A 2 MB single line of figures, read in pieces.
    let line =
        "các khu công nghiệp thu hút 12 dự án với vốn 1.494 tỷ đồng (tăng 5%) và ".repeat(28_000);
    let m = run(
        dir.path(),
        "line.txt",
        format!("Tiêu đề\n{line}").as_bytes(),
    );
    assert_eq!(m["articles"], 1);
    assert!(m["mentions"].as_u64().unwrap() > 50_000);
    // A million digits: not a number anyone can mean.
    let m = run(
        dir.path(),
        "digits.txt",
        format!("Vốn {} tỷ đồng và 5 dự án.", "7".repeat(1_000_000)).as_bytes(),
    );
    assert_eq!(m["mentions"], 1);
    // Deep parentheses.
    let m = run(
        dir.path(),
        "parens.txt",
        format!("Mở {} 5 dự án {}", "(".repeat(100_000), ")".repeat(100_000)).as_bytes(),
    );
    assert_eq!(m["mentions"], 1);
    // Deeply nested HTML.
    let html = format!(
        "<html><body>{}<p>10 dự án</p>{}</body></html>",
        "<div><span>".repeat(100_000),
        "</span></div>".repeat(100_000)
    );
    let m = run(dir.path(), "nested.html", html.as_bytes());
    assert_eq!(m["mentions"], 1);
    // Regressions: a run of zone names with small numbers after an occupancy cue made the
    // search for the rate go on name after name (it now stops a few names on); each period in
    // a run-on sentence counted the quotes from its start.
    let names = "KCN Hậu 1 lấp đầy ".repeat(10_000);
    let months = "Tháng trước, các KCN cấp mới 5 dự án, ".repeat(10_000);
    // (And one "|" before a long paragraph: the table reader looked back over the cell for a
    // header's last column at each capitalised word.)
    let cell = "doanh nghiệp Hà Nội ".repeat(50_000);
    for (name, body, mentions) in [
        ("names.txt", format!("Tỷ lệ lấp đầy {names}đạt 100%."), 1),
        ("months.txt", months, 10_000),
        ("cell.txt", format!("Mở đầu | {cell}có 5 dự án."), 1),
    ] {
        let m = run(dir.path(), name, format!("Tiêu đề\n{body}").as_bytes());
        assert_eq!(m["mentions"], mentions, "{name}");
    }
}

#[test]
fn invisible_characters_do_not_break_words_or_numbers() {
    use solieu::analyze::{Knowledge, analyze};
    use solieu::config::DataSource;
    let (k, _) = Knowledge::load(&DataSource::Bundled, &DataSource::Bundled).unwrap();
    // Soft hyphen in a keyword, zero-width space in a number, no-break space before the unit.
    let a = analyze(
        "Các khu công ng\u{ad}hiệp thu hút 1.\u{200b}494\u{a0}tỷ đồng, 12\u{a0}dự án.",
        None,
        &k,
    );
    let got: Vec<(f64, &str)> = a
        .mentions
        .iter()
        .map(|m| (m.value, m.unit.as_str()))
        .collect();
    assert_eq!(got, [(1_494_000_000_000.0, "VND"), (12.0, "count")]);
}

#[test]
fn an_article_read_in_pieces_counts_all_its_code_points() {
    use solieu::analyze::{Knowledge, PIECE_CHARS, analyze};
    use solieu::config::DataSource;
    let (k, _) = Knowledge::load(&DataSource::Bundled, &DataSource::Bundled).unwrap();
    // Over the piece size in code points, with multi-byte letters so bytes and code points
    // differ, and a figure in the last piece at its offset in the whole text.
    let line = "Khu công nghiệp Đồng Nai.\n".repeat(PIECE_CHARS / 20);
    let text = format!("{line}Vốn 5 tỷ đồng.");
    let chars = text.chars().count();
    assert!(chars > PIECE_CHARS);
    let a = analyze(&text, None, &k);
    assert_eq!(a.chars, chars);
    let last = a.mentions.last().expect("the figure in the last piece");
    let start = text.chars().count() - "5 tỷ đồng.".chars().count();
    assert_eq!(last.start, start);
}
