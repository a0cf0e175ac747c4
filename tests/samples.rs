//! The bundled sample corpus (`data/samples/`, invented articles): the figures each article was
//! written to contain, and the province each is about. These articles were written to exercise
//! the messy cases (NFD, old tone placement, lost accents, NBSP and zero-width spaces, English
//! number style, flattened tables, regional and post-merger articles), not tuned against.

use std::collections::BTreeMap;
use std::path::Path;

use solieu::config::{Overrides, Plan};
use solieu::model::{Mention, Unit};
use solieu::pipeline;

fn mentions() -> BTreeMap<String, Vec<Mention>> {
    let dir = Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"))
        .join("data/samples/*.txt");
    let over = Overrides {
        inputs: vec![dir.display().to_string()],
        ..Overrides::default()
    };
    let plan = Plan::parse("", Path::new(""), &over).unwrap();
    let (by_doc, rejects) = pipeline::mentions_by_doc(&plan).unwrap();
    assert!(rejects.is_empty(), "{rejects:?}");
    by_doc
}

/// (document, text the surface contains, value, unit)
const FIGURES: &[(&str, &str, f64, Unit)] = &[
    (
        "binh-thuan-kcn-2023.txt",
        "1.494 tỷ đồng",
        1_494_000_000_000.0,
        Unit::Vnd,
    ),
    ("binh-thuan-kcn-2023.txt", "09 dự án", 9.0, Unit::Count),
    ("binh-thuan-kcn-2023.txt", "42,5 ha", 42.5, Unit::Ha),
    ("binh-thuan-kcn-2023.txt", "38,1%", 38.1, Unit::Percent),
    (
        "binh-thuan-kcn-2023.txt",
        "112,4 triệu USD",
        112_400_000.0,
        Unit::Usd,
    ),
    (
        "national-h1-2024.txt",
        "16.910,18 tỷ đồng",
        16_910_180_000_000.0,
        Unit::Vnd,
    ),
    ("national-h1-2024.txt", "gấp 3,5 lần", 3.5, Unit::Times),
    (
        "national-h1-2024.txt",
        "95.746,89 tỷ đồng",
        95_746_890_000_000.0,
        Unit::Vnd,
    ),
    (
        "national-h1-2024.txt",
        "112 nghìn tỷ đồng",
        112e12,
        Unit::Vnd,
    ),
    (
        "national-h1-2024.txt",
        "4,3 triệu lao động",
        4_300_000.0,
        Unit::Count,
    ),
    (
        "binh-xuyen-phuc-yen-q1-2024.txt",
        "21 lượt",
        21.0,
        Unit::Count,
    ),
    (
        "binh-xuyen-phuc-yen-q1-2024.txt",
        "105 nghìn người",
        105_000.0,
        Unit::Count,
    ),
    (
        "dbsh-khoi-thi-dua-10t-2021.txt",
        "98,52%",
        98.52,
        Unit::Percent,
    ),
    (
        "dbsh-khoi-thi-dua-10t-2021.txt",
        "38.333 lao động",
        -38_333.0,
        Unit::Count,
    ),
    ("dbsh-khoi-thi-dua-10t-2021.txt", "98", 98.0, Unit::Count),
    (
        "dbsh-khoi-thi-dua-10t-2021.txt",
        "tám khu công nghiệp",
        8.0,
        Unit::Count,
    ),
    (
        "northern-provinces-fdi-2024.txt",
        "1,2 tỉ USD",
        1.2e9,
        Unit::Usd,
    ),
    (
        "northern-provinces-fdi-2024.txt",
        "29 cụm công nghiệp",
        29.0,
        Unit::Count,
    ),
    (
        "hoa-binh-old-tone-2022.txt",
        "1 tỷ 200 triệu đồng",
        1.2e9,
        Unit::Vnd,
    ),
    (
        "hoa-binh-old-tone-2022.txt",
        "2.140 tỉ đồng",
        2_140e9,
        Unit::Vnd,
    ),
    ("dong-nai-nfd-2023.txt", "13,9%", 13.9, Unit::Percent),
    (
        "dong-nai-nfd-2023.txt",
        "580 ngàn lao động",
        580_000.0,
        Unit::Count,
    ),
    (
        "long-an-lost-accents-2023.txt",
        "645 trieu USD",
        645e6,
        Unit::Usd,
    ),
    (
        "long-an-lost-accents-2023.txt",
        "8.350 ty dong",
        8_350e9,
        Unit::Vnd,
    ),
    (
        "long-an-lost-accents-2023.txt",
        "52 du an",
        52.0,
        Unit::Count,
    ),
    (
        "bac-ninh-nbsp-zwsp-5t-2024.txt",
        "triệu USD",
        1_286_500_000.0,
        Unit::Usd,
    ),
    (
        "bac-ninh-nbsp-zwsp-5t-2024.txt",
        "tỷ đồng",
        2_450e9,
        Unit::Vnd,
    ),
    (
        "bac-ninh-nbsp-zwsp-5t-2024.txt",
        "lao động",
        320_000.0,
        Unit::Count,
    ),
    (
        "portal-export-growth-table-2023.txt",
        "12,5",
        12.5,
        Unit::Percent,
    ),
    (
        "portal-export-growth-table-2023.txt",
        "5,2",
        5.2,
        Unit::Percent,
    ),
    (
        "ba-ria-vung-tau-english-style-2022.txt",
        "3,383.96 ha",
        3383.96,
        Unit::Ha,
    ),
    (
        "ba-ria-vung-tau-english-style-2022.txt",
        "1,250.6 triệu USD",
        1_250_600_000.0,
        Unit::Usd,
    ),
    (
        "ba-ria-vung-tau-english-style-2022.txt",
        "14.8%",
        14.8,
        Unit::Percent,
    ),
    (
        "ba-ria-vung-tau-english-style-2022.txt",
        "13,560 tỷ đồng",
        13_560e9,
        Unit::Vnd,
    ),
    (
        "thanh-hoa-kkt-nghi-son-11t-2024.txt",
        "150 - 180 triệu USD",
        150e6,
        Unit::Usd,
    ),
    (
        "thanh-hoa-kkt-nghi-son-11t-2024.txt",
        "80-90%",
        80.0,
        Unit::Percent,
    ),
    (
        "thanh-hoa-kkt-nghi-son-11t-2024.txt",
        "4.600 ha",
        4600.0,
        Unit::Ha,
    ),
];

#[test]
fn every_written_figure_is_read_with_its_value() {
    let by_doc = mentions();
    let mut missing = Vec::new();
    for (doc, surface, value, unit) in FIGURES {
        let found = by_doc.get(*doc).into_iter().flatten().any(|m| {
            m.unit == *unit
                && (m.value - value).abs() <= 1e-9 * value.abs().max(1.0)
                && m.surface.contains(surface)
        });
        if !found {
            missing.push(format!("{doc}: {surface} = {value} {unit}"));
        }
    }
    assert!(missing.is_empty(), "not read:\n{}", missing.join("\n"));
}

#[test]
fn numbers_that_are_not_figures_stay_out() {
    let by_doc = mentions();
    for (doc, not) in [
        ("binh-thuan-kcn-2023.txt", "Hàm Kiệm 1"),
        ("binh-thuan-kcn-2023.txt", "15 năm"),
        ("binh-thuan-kcn-2023.txt", "2350"),
        ("dbsh-khoi-thi-dua-10t-2021.txt", "14 đơn vị"),
        ("dbsh-khoi-thi-dua-10t-2021.txt", "19"),
        ("phu-tho-after-merger-9t-2025.txt", "4,02 triệu người"),
        ("hung-yen-after-merger-7t-2025.txt", "3,5 triệu người"),
        ("thanh-hoa-kkt-nghi-son-11t-2024.txt", "số 5"),
    ] {
        let ms = &by_doc[doc];
        assert!(
            !ms.iter()
                .any(|m| m.surface.contains(not) || m.sentence.contains(not) && m.surface == not),
            "{doc}: {not}"
        );
    }
    // Table row numbers are not figures: one mention per row.
    let table: Vec<&Mention> = by_doc["portal-export-growth-table-2023.txt"]
        .iter()
        .filter(|m| m.unit == Unit::Percent && m.sentence.starts_with(char::is_numeric))
        .collect();
    assert!(table.iter().all(|m| m.value > 5.0), "{table:#?}");
}

#[test]
fn provinces_and_regions_of_articles() {
    let by_doc = mentions();
    let majority = |doc: &str| -> (Option<String>, Option<String>) {
        let mut counts: BTreeMap<(Option<String>, Option<String>), usize> = BTreeMap::new();
        for m in &by_doc[doc] {
            *counts
                .entry((m.province_code.clone(), m.region.clone()))
                .or_default() += 1;
        }
        counts.into_iter().max_by_key(|(_, n)| *n).unwrap().0
    };
    let p = |c: &str| (Some(c.to_owned()), None);
    assert_eq!(majority("binh-thuan-kcn-2023.txt"), p("60"));
    // Named only through its districts and parks (Bình Xuyên, Phúc Yên).
    assert_eq!(majority("binh-xuyen-phuc-yen-q1-2024.txt"), p("26"));
    assert_eq!(
        majority("dbsh-khoi-thi-dua-10t-2021.txt"),
        (None, Some("Đồng bằng sông Hồng".to_owned()))
    );
    assert_eq!(majority("national-h1-2024.txt"), (None, None));
    // After the 2025 merger: the old province that gave the new one its name.
    assert_eq!(majority("phu-tho-after-merger-9t-2025.txt"), p("25"));
    assert_eq!(majority("hung-yen-after-merger-7t-2025.txt"), p("33"));
    assert_eq!(majority("dong-nai-nfd-2023.txt"), p("75"));
    assert_eq!(majority("hoa-binh-old-tone-2022.txt"), p("17"));
    // Each province's own figure in an article about several.
    let north = &by_doc["northern-provinces-fdi-2024.txt"];
    let of = |surface: &str| {
        north
            .iter()
            .find(|m| m.surface == surface)
            .and_then(|m| m.province_code.clone())
    };
    assert_eq!(of("4,85 tỷ USD").as_deref(), Some("27"));
    assert_eq!(of("1,2 tỉ USD").as_deref(), Some("24"));
}
