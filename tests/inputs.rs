//! Inputs as they come: every format, encoding and kind of bad file, built on the fly in a
//! temporary directory; the binary must read what it can, reject the rest with a reason, and
//! account for every input exactly once.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use polars::prelude::*;

const BODY: &str = "Các khu công nghiệp thu hút 12 dự án với tổng vốn đăng ký 1.494 tỷ đồng.";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_solieu"))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, bytes).unwrap();
    p
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn zstd(data: &[u8]) -> Vec<u8> {
    zstd::encode_all(data, 3).unwrap()
}

fn tar(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in members {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, name, *data).unwrap();
    }
    b.into_inner().unwrap()
}

/// Windows-1258: letters with their vowel marks, tones as combining marks.
fn cp1258(s: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let tones = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    let decomposed: String = s
        .chars()
        .flat_map(|c| {
            let nfd: Vec<char> = c.to_string().nfd().collect();
            let tone = nfd.iter().find(|x| tones.contains(x)).copied();
            let base: String = nfd
                .iter()
                .filter(|x| !tones.contains(x))
                .collect::<String>()
                .nfc()
                .collect();
            base.chars().chain(tone).collect::<Vec<char>>()
        })
        .collect();
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&decomposed);
    assert!(!unmappable);
    bytes.into_owned()
}

fn utf16(s: &str, le: bool) -> Vec<u8> {
    let mut out = if le {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for u in s.encode_utf16() {
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

struct Corpus {
    _dir: tempfile::TempDir,
    root: PathBuf,
    /// Inputs expected as articles: doc ids.
    articles: Vec<String>,
    /// Inputs expected as rejects: (source or record suffix, reason).
    rejects: Vec<(String, &'static str)>,
}

fn corpus() -> Corpus {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("in");
    let text = |title: &str| format!("{title}\n\n{BODY}\n");
    let mut articles = Vec::new();
    let mut rejects = Vec::new();
    let mut ok = |name: &str, bytes: Vec<u8>| {
        write(&root, name, &bytes);
        articles.push(name.to_owned());
    };
    ok("plain.txt", text("Plain").into_bytes());
    ok(
        "bom.txt",
        [&[0xef, 0xbb, 0xbf][..], text("Bom").as_bytes()].concat(),
    );
    ok("utf16le.txt", utf16(&text("UTF-16 LE"), true));
    ok("utf16be.txt", utf16(&text("UTF-16 BE"), false));
    ok(
        "legacy.txt",
        cp1258(&text("Bản tin Windows-1258 về khu công nghiệp tỉnh nhà")),
    );
    let page = format!(
        "<html><head><meta charset=\"windows-1258\"><title>Trang</title></head><body><nav>Trang chủ 99 dự án</nav><article><h1>Tin</h1><p>{BODY}</p></article></body></html>"
    );
    ok("news/page.html", cp1258(&page));
    ok("a.txt.gz", gzip(text("Gzip").as_bytes()));
    ok(
        "multi.txt.gz",
        [gzip(b"Multi\n\n"), gzip(BODY.as_bytes())].concat(),
    );
    ok("b.txt.zst", zstd(text("Zstd").as_bytes()));
    ok("nfd.txt", {
        use unicode_normalization::UnicodeNormalization;
        text("Tiêu đề NFD").nfd().collect::<String>().into_bytes()
    });

    // JSON Lines: a good record (its id names it), a broken line, a record without text.
    let jsonl = format!(
        "{{\"id\":\"r1\",\"title\":\"JSON\",\"content\":\"{BODY}\",\"date\":\"2024-01-09\"}}\n{{\"id\":\"r2\", \"content\": \n{{\"id\":\"r3\",\"title\":\"no text\"}}\n"
    );
    write(&root, "records.jsonl", jsonl.as_bytes());
    articles.push("records.jsonl#r1".into());
    rejects.push(("records.jsonl line 2".into(), "invalid_json"));
    rejects.push(("records.jsonl line 3".into(), "no_text"));
    let array = format!("[{{\"text\":\"{BODY}\"}},{{\"body\":\"<p>{BODY}</p>\"}}]");
    write(&root, "array.json", array.as_bytes());
    articles.push("array.json#0".into());
    articles.push("array.json#1".into());

    // Archives: members are articles; an unsupported member is a reject.
    let members: Vec<(&str, &[u8])> = vec![
        ("docs/one.txt", b"One\n\nThu hut 5 du an."),
        ("docs/two.txt", BODY.as_bytes()),
        ("docs/photo.jpg", b"\xff\xd8\xff"),
    ];
    let t = tar(&members);
    for (name, bytes) in [
        ("bundle.tar", t.clone()),
        ("bundle.tar.gz", gzip(&t)),
        ("bundle.tar.zst", zstd(&t)),
    ] {
        write(&root, name, &bytes);
        articles.push(format!("{name}/docs/one.txt"));
        articles.push(format!("{name}/docs/two.txt"));
        rejects.push((format!("{name} docs/photo.jpg"), "unsupported_format"));
    }

    // Bad inputs, one reason each.
    let mut bad = |name: &str, bytes: &[u8], reason: &'static str| {
        write(&root, name, bytes);
        rejects.push((name.to_owned(), reason));
    };
    bad("empty.txt", b"", "empty");
    bad("blank.txt", b" \n\t\n", "empty");
    bad(
        "binary.txt",
        b"\x00\x01\x02\x03PK\x03\x04\x00\x00\xff\xfe\x00",
        "binary",
    );
    let gz = gzip(text("Truncated").repeat(50).as_bytes());
    bad("truncated.txt.gz", &gz[..gz.len() / 2], "corrupt");
    bad(
        "corrupt.txt.zst",
        b"\x28\xb5\x2f\xfd not really zstd at all",
        "corrupt",
    );
    bad(
        "bad-utf8.txt",
        b"\xef\xbb\xbfV\xe1\xbb\x91n \xff\xfe\xfd",
        "undecodable",
    );
    bad("notes.docx", b"PK", "unsupported_format");
    bad("huge.txt", &vec![b'a'; 300_000], "too_large");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(root.join("nowhere.txt"), root.join("broken-link.txt")).unwrap();
        rejects.push(("broken-link.txt".into(), "broken_symlink"));
    }
    Corpus {
        _dir: dir,
        root,
        articles,
        rejects,
    }
}

fn config(dir: &Path, extra: &str) -> PathBuf {
    write(
        dir,
        "pipeline.toml",
        format!("[input]\nmax_file_bytes = 200000\n\n[output]\nkeep_text = true\n{extra}")
            .as_bytes(),
    )
}

fn run(args: &[&str], cfg: &Path, input: &[&Path], out: &Path) -> Output {
    let mut c = bin();
    c.args(["run", "--quiet", "--config"]).arg(cfg).args(args);
    for i in input {
        c.arg("--input").arg(i);
    }
    c.arg("--output").arg(out).output().unwrap()
}

fn read(path: &Path) -> DataFrame {
    ParquetReader::new(std::fs::File::open(path).unwrap())
        .finish()
        .unwrap()
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
fn every_input_is_an_article_or_a_reject_with_its_reason() {
    let c = corpus();
    let work = c.root.parent().unwrap();
    let out = work.join("out");
    let cfg = config(work, "");
    let missing = work.join("no-such-dir");
    let o = run(&[], &cfg, &[&c.root, &missing], &out);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");

    let a = read(&out.join("articles.parquet"));
    let r = read(&out.join("rejects.parquet"));
    let mut got_articles: Vec<String> = strs(&a, "doc_id").into_iter().flatten().collect();
    got_articles.sort();
    let mut want_articles = c.articles.clone();
    want_articles.sort();
    assert_eq!(got_articles, want_articles);

    // Rejects: each expected one, with its reason, and nothing else.
    let sources = strs(&r, "source");
    let records = strs(&r, "record");
    let reasons = strs(&r, "reason");
    let mut got: Vec<(String, String)> = (0..r.height())
        .map(|i| {
            let src = sources[i].clone().unwrap();
            let name = src
                .strip_prefix(&format!("{}/", c.root.display()))
                .unwrap_or(&src)
                .to_owned();
            let key = match &records[i] {
                Some(rec) => format!("{name} {rec}"),
                None => name,
            };
            (key, reasons[i].clone().unwrap())
        })
        .collect();
    got.sort();
    let mut want: Vec<(String, String)> = c
        .rejects
        .iter()
        .map(|(k, r)| (k.clone(), r.to_string()))
        .collect();
    want.push((missing.display().to_string(), "not_found".into()));
    want.sort();
    assert_eq!(got, want);
    // Every reject has a human detail, and a warning line said so.
    assert!(
        strs(&r, "detail")
            .iter()
            .all(|d| d.as_deref().is_some_and(|d| !d.is_empty()))
    );
    assert_eq!(
        stderr.matches("solieu: warning: rejected").count(),
        r.height(),
        "{stderr}"
    );

    // The manifest accounts for the same inputs.
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(m["inputs"], c.articles.len() + c.rejects.len() + 1);
    assert_eq!(m["articles"], c.articles.len());
    assert_eq!(m["rejects"], c.rejects.len() + 1);
    let mut by_reason: BTreeMap<String, u64> = BTreeMap::new();
    for r in reasons.iter().flatten() {
        *by_reason.entry(r.clone()).or_default() += 1;
    }
    for (reason, n) in by_reason {
        assert_eq!(m["rejects_by_reason"][&reason], n, "{reason}");
    }
    assert!(m["input_bytes"].as_u64().unwrap() > 0);
    for stage in ["read_s", "analyse_s", "tables_s", "write_s", "total_s"] {
        assert!(m["timings"][stage].is_number(), "{stage}");
    }
}

#[test]
fn encodings_are_detected_and_recorded() {
    let c = corpus();
    let work = c.root.parent().unwrap();
    let out = work.join("out");
    assert!(
        run(&[], &config(work, ""), &[&c.root], &out)
            .status
            .success()
    );
    let a = read(&out.join("articles.parquet"));
    let ids = strs(&a, "doc_id");
    let enc = strs(&a, "encoding");
    let of = |id: &str| {
        enc[ids.iter().position(|d| d.as_deref() == Some(id)).unwrap()]
            .clone()
            .unwrap()
    };
    assert_eq!(of("plain.txt"), "UTF-8");
    assert_eq!(of("bom.txt"), "UTF-8");
    assert_eq!(of("utf16le.txt"), "UTF-16LE");
    assert_eq!(of("utf16be.txt"), "UTF-16BE");
    assert_eq!(of("legacy.txt"), "windows-1258");
    assert_eq!(of("news/page.html"), "windows-1258");
    let titles = strs(&a, "title");
    let title = |id: &str| {
        titles[ids.iter().position(|d| d.as_deref() == Some(id)).unwrap()]
            .clone()
            .unwrap()
    };
    assert_eq!(
        title("legacy.txt"),
        "Bản tin Windows-1258 về khu công nghiệp tỉnh nhà"
    );
    assert_eq!(title("nfd.txt"), "Tiêu đề NFD");
    assert_eq!(title("news/page.html"), "Tin");
}

#[test]
fn offsets_point_into_the_kept_text_of_every_format() {
    let c = corpus();
    let work = c.root.parent().unwrap();
    let out = work.join("out");
    assert!(
        run(&[], &config(work, ""), &[&c.root], &out)
            .status
            .success()
    );
    let a = read(&out.join("articles.parquet"));
    let m = read(&out.join("mentions.parquet"));
    let texts: BTreeMap<String, String> = strs(&a, "doc_id")
        .into_iter()
        .zip(strs(&a, "text"))
        .map(|(d, t)| (d.unwrap(), t.unwrap()))
        .collect();
    let (docs, surfaces) = (strs(&m, "doc_id"), strs(&m, "surface"));
    let starts = m.column("start").unwrap().i64().unwrap();
    let ends = m.column("end").unwrap().i64().unwrap();
    let values = m.column("value").unwrap().f64().unwrap();
    let mut capital = 0;
    for i in 0..m.height() {
        let chars: Vec<char> = texts[docs[i].as_deref().unwrap()].chars().collect();
        let (s, e) = (
            starts.get(i).unwrap() as usize,
            ends.get(i).unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            surfaces[i].clone().unwrap()
        );
        if values.get(i) == Some(1_494_000_000_000.0) {
            capital += 1;
        }
    }
    // Every article that carries BODY yields its capital, whatever the container or encoding;
    // the HTML menu's "99 dự án" is not read.
    let with_body = c
        .articles
        .iter()
        .filter(|d| !d.ends_with("one.txt"))
        .count();
    assert_eq!(capital, with_body);
    assert!(!surfaces.iter().flatten().any(|s| s.contains("99")));
}

#[test]
fn strict_makes_rejects_an_error_and_lists_and_globs_work() {
    let c = corpus();
    let work = c.root.parent().unwrap();
    let cfg = config(work, "");
    let list = write(
        work,
        "list.txt",
        format!(
            "# inputs\n{}\nin/bom.txt\n",
            c.root.join("plain.txt").display()
        )
        .as_bytes(),
    );
    let list_arg = format!("@{}", list.display());
    let glob = format!("{}/*.txt.gz", c.root.display());
    let out = work.join("out-list");
    let o = bin()
        .args(["run", "--quiet", "--config"])
        .arg(&cfg)
        .args(["--input", &list_arg, "--input", &glob, "--output"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let a = read(&out.join("articles.parquet"));
    let mut ids: Vec<String> = strs(&a, "doc_id").into_iter().flatten().collect();
    ids.sort();
    // a.txt.gz and multi.txt.gz from the glob; plain.txt and bom.txt from the list;
    // truncated.txt.gz is a reject.
    assert_eq!(ids, ["a.txt.gz", "bom.txt", "multi.txt.gz", "plain.txt"]);
    assert_eq!(read(&out.join("rejects.parquet")).height(), 1);

    let o = run(&["--strict"], &cfg, &[&c.root], &work.join("out-strict"));
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--strict"));
}

#[test]
fn json_lines_from_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut child = bin()
        .args([
            "run",
            "--quiet",
            "--config",
            "/dev/null",
            "--input",
            "-",
            "--output",
        ])
        .arg(&out)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = format!("{{\"id\":\"x\",\"content\":\"{BODY}\"}}\nnot json\n");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        strs(&read(&out.join("articles.parquet")), "doc_id"),
        [Some("-#x".to_owned())]
    );
    assert_eq!(
        strs(&read(&out.join("rejects.parquet")), "reason"),
        [Some("invalid_json".to_owned())]
    );
}

#[test]
fn doc_ids_stay_unique_and_a_file_named_twice_is_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    write(&a, "x.txt", format!("A\n\n{BODY}").as_bytes());
    write(&b, "x.txt", format!("B\n\n{BODY}").as_bytes());
    let out = dir.path().join("out");
    let o = bin()
        .args(["run", "--quiet", "--config", "/dev/null"])
        .arg("--input")
        .arg(&a)
        .arg("--input")
        .arg(&b)
        .arg("--input")
        .arg(a.join("x.txt"))
        .arg("--output")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success());
    let ids: Vec<String> = strs(&read(&out.join("articles.parquet")), "doc_id")
        .into_iter()
        .flatten()
        .collect();
    // Sorted by doc_id: the path of b's file, then a's relative name.
    assert_eq!(
        ids,
        [b.join("x.txt").display().to_string(), "x.txt".to_owned()]
    );
    let r = read(&out.join("rejects.parquet"));
    assert_eq!(strs(&r, "reason"), [Some("duplicate".to_owned())]);
}
