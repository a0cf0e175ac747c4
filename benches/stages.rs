//! Micro-benchmarks of the stages, so that a regression shows where it happened:
//! decoding (bytes → NFC article), extraction per article (text → labelled, located mentions),
//! and table building (rows → polars frames with the province join).
//!
//! `cargo bench` runs them and prints the median of each; under `cargo test` they run once, as
//! a smoke test. With `SOLIEU_BENCH_CORPUS=DIR` it also times each per-article stage over a
//! directory of real `.txt` articles on one thread (the corpus `scripts/bench.sh` unpacks),
//! so that a slower run can be traced to the stage that got slower.

use std::path::Path;
use std::time::{Duration, Instant};

use solieu::analyze::{Knowledge, analyze};
use solieu::config::DataSource;
use solieu::decode::{DecodeOptions, decode};
use solieu::pipeline::MentionRow;
use solieu::source::{DocKind, RawDoc};

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

/// Runs `f` `iters` times after a warm-up and prints the median and a throughput.
fn bench(name: &str, iters: usize, bytes: usize, mut f: impl FnMut()) {
    f();
    let times: Vec<Duration> = (0..iters)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    let m = median(times);
    let mbs = bytes as f64 / 1e6 / m.as_secs_f64();
    println!(
        "{name:<28} median {:>10.3} ms   {mbs:>8.1} MB/s   ({iters} runs)",
        m.as_secs_f64() * 1e3
    );
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let iters = if benching { 30 } else { 1 };
    let (k, _) = Knowledge::load(&DataSource::Bundled, &DataSource::Bundled).unwrap();
    let dir = Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"))
        .join("data/samples");
    let mut files: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    files.sort();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let opts = DecodeOptions::default();

    bench("decode (samples)", iters, bytes, || {
        for b in &files {
            let raw = RawDoc {
                doc_id: "x".into(),
                source: "x".into(),
                record: None,
                kind: DocKind::Text,
                bytes: b.clone(),
            };
            std::hint::black_box(decode(raw, &opts).unwrap());
        }
    });

    let texts: Vec<String> = files
        .iter()
        .map(|b| String::from_utf8(b.clone()).unwrap())
        .collect();
    let mut rows = Vec::new();
    bench("extract (samples)", iters, bytes, || {
        rows.clear();
        for t in &texts {
            let a = analyze(t, None, &k);
            rows.extend(a.mentions.into_iter().map(|m| MentionRow {
                doc_id: "x".into(),
                mention: m,
            }));
        }
    });

    // A text with no figures at all: the cost of an article that has nothing to extract.
    let plain = "Người dân địa phương tham gia lễ hội truyền thống vào dịp đầu xuân. ".repeat(40);
    bench("extract (no figures)", iters, plain.len(), || {
        std::hint::black_box(analyze(&plain, None, &k));
    });

    if let Some(dir) = std::env::var_os("SOLIEU_BENCH_CORPUS") {
        stages_over_corpus(Path::new(&dir), &k);
    }

    let many: Vec<MentionRow> = rows.iter().cycle().take(50_000).cloned().collect();
    bench("tables::mentions (50k rows)", iters.min(10), 0, || {
        std::hint::black_box(solieu::tables::mentions(&many, &k.gazetteer).unwrap());
    });
}

/// Single-thread time of each per-article stage over every `.txt` file under `dir`.
fn stages_over_corpus(dir: &Path, k: &Knowledge) {
    use solieu::text::{Text, is_nfc};
    use unicode_normalization::UnicodeNormalization;
    let mut files: Vec<_> = walk(dir);
    files.sort();
    let names = [
        "utf-8 check",
        "NFC check",
        "text (fold, tokens)",
        "lexicon scan",
        "extract",
        "locate",
    ];
    let mut t = [Duration::ZERO; 6];
    let (mut bytes, mut with_mentions) = (0, 0);
    for f in &files {
        let Ok(b) = std::fs::read(f) else { continue };
        bytes += b.len();
        let t0 = Instant::now();
        // As decoding does it: a SIMD check, then a copy into the article's string.
        let Ok(s) = simdutf8::basic::from_utf8(&b).map(str::to_owned) else {
            continue;
        };
        let t1 = Instant::now();
        let s = if is_nfc(&s) { s } else { s.nfc().collect() };
        let t2 = Instant::now();
        let text = Text::from_nfc(s);
        let t3 = Instant::now();
        let hits = k.lexicon.scan(&text);
        let t4 = Instant::now();
        // (Finding the places is location's work, done first because extraction asks for it.)
        let places = solieu::locate::places(&text, &hits, &k.gazetteer);
        let found = t4.elapsed();
        let (mut drafts, facts) =
            solieu::extract::extract(&text, &hits, &k.lexicon, None, places.any());
        let t5 = Instant::now();
        solieu::locate::locate(
            facts.publication_date,
            &text,
            &hits,
            &k.lexicon,
            &k.gazetteer,
            &places,
            &mut drafts,
        );
        let t6 = Instant::now();
        with_mentions += usize::from(!drafts.is_empty());
        for (i, d) in [
            t1 - t0,
            t2 - t1,
            t3 - t2,
            t4 - t3,
            t5 - t4 - found,
            t6 - t5 + found,
        ]
        .into_iter()
        .enumerate()
        {
            t[i] += d;
        }
    }
    println!(
        "corpus {}: {} articles, {:.1} MB, {with_mentions} with mentions; one thread:",
        dir.display(),
        files.len(),
        bytes as f64 / 1e6
    );
    for (name, d) in names.iter().zip(t) {
        println!(
            "  {name:<22} {:>8.3} s   {:>8.1} MB/s",
            d.as_secs_f64(),
            bytes as f64 / 1e6 / d.as_secs_f64()
        );
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect()
}
