//! No input makes decoding or extraction panic, and every span stays inside its text. The same
//! check as the fuzz target (`fuzz/fuzz_targets/decode_extract.rs`), run on random and mangled
//! inputs in every test run.

use std::sync::LazyLock;

use proptest::prelude::*;
use solieu::analyze::{Knowledge, analyze};
use solieu::config::DataSource;
use solieu::decode::{DecodeOptions, decode};
use solieu::source::{DocKind, RawDoc};

static K: LazyLock<Knowledge> = LazyLock::new(|| {
    Knowledge::load(&DataSource::Bundled, &DataSource::Bundled)
        .unwrap()
        .0
});

fn check(bytes: Vec<u8>, kind: DocKind) {
    let raw = RawDoc {
        doc_id: "x".into(),
        source: "x".into(),
        record: None,
        kind,
        bytes,
    };
    if let Ok(article) = decode(raw, &DecodeOptions::default()) {
        let a = analyze(&article.text, article.date, &K);
        let chars = article.text.chars().count();
        for m in &a.mentions {
            assert!(m.start < m.end && m.end <= chars);
            assert!(m.value.is_finite());
            // A span never ends before it starts.
            assert!(m.period_start.zip(m.period_end).is_none_or(|(s, e)| s <= e));
        }
    }
}

/// Pieces of real-looking text to mangle: numbers, units, cues, punctuation, markup.
fn piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "1.494",
        "16.910,18",
        "3,383.96",
        "09",
        "2-3",
        "11/23",
        "20/10/2021",
        "quý I/2024",
        " kể từ tháng 4/2030",
        "Từ đầu năm 2031 đến nay",
        "năm 2023",
        " tỷ",
        " triệu",
        " nghìn tỷ",
        " đồng",
        " USD",
        " ha",
        "%",
        " dự án",
        " KCN",
        " lao động",
        " tăng",
        " giảm",
        " gấp",
        " lần",
        " khoảng",
        " hơn",
        " so với cùng kỳ",
        " lũy kế đến nay",
        " tỷ lệ lấp đầy",
        " (",
        ")",
        ";",
        ".",
        ",",
        "\n",
        "\n\n",
        "\u{a0}",
        "\u{200b}",
        "Hà Nội",
        " Bắc Ninh",
        " xã",
        " huyện",
        "<p>",
        "</p>",
        "<div class=\"menu\">",
        "&amp;",
        "&#7879;",
        "\"",
        "{",
        "}",
        ":",
        "Khối thi đua",
        " Đồng bằng sông Hồng",
        " STT",
        " Tỷ lệ %",
        "9999999999999999999999",
        "-",
        "/",
    ])
    .prop_map(str::to_owned)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000), k in 0u8..3) {
        let kind = [DocKind::Text, DocKind::Html, DocKind::Json][k as usize].clone();
        check(bytes, kind);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>(), k in 0u8..3) {
        // Any code point at all (Greek Extended and entity names found two panics the byte
        // strategy could not reach).
        let kind = [DocKind::Text, DocKind::Html, DocKind::Json][k as usize].clone();
        check(text.clone().into_bytes(), kind);
        check(format!("<p>&{text};</p>").into_bytes(), DocKind::Html);
    }

    #[test]
    fn mangled_articles_never_panic(parts in prop::collection::vec(piece(), 0..300), k in 0u8..2) {
        let text: String = parts.concat();
        let kind = [DocKind::Text, DocKind::Html][k as usize].clone();
        check(text.into_bytes(), kind);
    }
}
