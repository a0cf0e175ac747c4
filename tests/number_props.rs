//! Properties of number reading: formatting a value the Vietnamese (or English) way and reading
//! it back gives the value; spacing between a number and its unit (a space, none, a no-break
//! space, a zero-width space inside the number) never changes a value, least of all by a power
//! of ten.

use std::sync::LazyLock;

use proptest::prelude::*;
use solieu::analyze::{Knowledge, analyze};
use solieu::config::DataSource;
use solieu::extract::number::{Decimal, Style, format_english, format_vietnamese, parse};

static K: LazyLock<Knowledge> = LazyLock::new(|| {
    Knowledge::load(&DataSource::Bundled, &DataSource::Bundled)
        .unwrap()
        .0
});

fn decimal() -> impl Strategy<Value = Decimal> {
    (0u128..10_000_000_000_000, -3i32..=0).prop_map(|(mant, exp)| Decimal { mant, exp })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn vietnamese_format_reads_back(d in decimal()) {
        let s = format_vietnamese(d);
        let back = parse(&s).expect("parses").resolve(Style::Vietnamese);
        prop_assert_eq!(back.to_f64(), d.to_f64(), "{}", s);
    }

    #[test]
    fn english_format_reads_back(d in decimal()) {
        let s = format_english(d);
        let back = parse(&s).expect("parses").resolve(Style::English);
        prop_assert_eq!(back.to_f64(), d.to_f64(), "{}", s);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spacing_never_changes_a_value(
        mant in 1u128..100_000_000,
        exp in -2i32..=0,
        scale in prop::sample::select(vec!["triệu", "tỷ", "nghìn tỷ"]),
        unit in prop::sample::select(vec!["đồng", "USD"]),
        gap1 in prop::sample::select(vec![" ", "\u{a0}", "", "  ", "\u{202f}"]),
        gap2 in prop::sample::select(vec![" ", "\u{a0}", "  "]),
        zwsp in any::<bool>(),
    ) {
        let d = Decimal { mant, exp };
        let plain = format_vietnamese(d);
        let mut number = plain.clone();
        if zwsp && number.contains('.') {
            number = number.replacen('.', ".\u{200b}", 1);
        }
        let reference = analyze(&format!("Tổng vốn đăng ký {plain} {scale} {unit}."), None, &K).mentions;
        let spaced = analyze(&format!("Tổng vốn đăng ký {number}{gap1}{scale}{gap2}{unit}."), None, &K).mentions;
        // Values past the plausibility bounds (5·10¹⁶ đồng) are not figures at all.
        prop_assume!(reference.len() == 1);
        prop_assert_eq!(spaced.len(), 1, "{}{}{}{}{}", number, gap1, scale, gap2, unit);
        prop_assert_eq!(spaced[0].value, reference[0].value);
        prop_assert_eq!(spaced[0].unit, reference[0].unit);
    }
}
