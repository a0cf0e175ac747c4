//! Bytes through decode and extraction: no input may panic or hang.
//! Run with `cargo fuzz run decode_extract -- -max_total_time=300` from the repository root.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use solieu::analyze::{Knowledge, analyze};
use solieu::config::DataSource;
use solieu::decode::{DecodeOptions, decode};
use solieu::source::{DocKind, RawDoc};

static K: LazyLock<Knowledge> = LazyLock::new(|| Knowledge::load(&DataSource::Bundled, &DataSource::Bundled).unwrap().0);

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let kind = match selector % 3 {
        0 => DocKind::Text,
        1 => DocKind::Html,
        _ => DocKind::Json,
    };
    let raw = RawDoc {
        doc_id: "fuzz".into(),
        source: "fuzz".into(),
        record: None,
        kind,
        bytes: bytes.to_vec(),
    };
    if let Ok(article) = decode(raw, &DecodeOptions::default()) {
        let a = analyze(&article.text, article.date, &K);
        let chars = article.text.chars().count();
        for m in &a.mentions {
            assert!(m.start < m.end && m.end <= chars, "span out of the text");
        }
    }
});
