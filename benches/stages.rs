//! Micro-benchmarks of the stages, so that a regression shows where it happened:
//! decoding (bytes → NFC article), extraction per article (text → labelled, located mentions),
//! and table building (rows → polars frames with the province join).
//!
//! `cargo bench` runs them and prints the median of each; under `cargo test` they run once, as
//! a smoke test.

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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
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

    let many: Vec<MentionRow> = rows.iter().cycle().take(50_000).cloned().collect();
    bench("tables::mentions (50k rows)", iters.min(10), 0, || {
        std::hint::black_box(solieu::tables::mentions(&many, &k.gazetteer).unwrap());
    });
}
