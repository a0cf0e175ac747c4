//! Vietnamese and English number formats.
//!
//! Vietnamese writes `.` between thousands and `,` before decimals (`16.910,18`); some sites
//! write English style (`3,383.96`). The rules, from the annotation guide: where both marks
//! appear the last is the decimal mark; a mark followed by other than three digits is a decimal
//! mark; a single mark followed by exactly three digits is the one case the token alone leaves
//! open, and the article's style decides it (Vietnamese unless the article shows otherwise).
//!
//! Values are kept as exact decimals (`mant × 10^exp`) until the end, so that
//! `16.910,18 tỷ` becomes exactly 16 910 180 000 000 and not ...000.002.

/// An exact decimal `mant × 10^exp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    pub mant: u128,
    pub exp: i32,
}

impl Decimal {
    pub const fn int(n: u128) -> Decimal {
        Decimal { mant: n, exp: 0 }
    }

    /// Multiplies by `10^k`.
    pub fn shift(self, k: i32) -> Decimal {
        Decimal {
            mant: self.mant,
            exp: self.exp + k,
        }
    }

    pub fn mul_int(self, n: u128) -> Decimal {
        Decimal {
            mant: self.mant.saturating_mul(n),
            exp: self.exp,
        }
    }

    /// Adds two decimals (used for `1 tỷ 200 triệu`).
    pub fn plus(self, other: Decimal) -> Decimal {
        let exp = self.exp.min(other.exp);
        let a = self.mant.saturating_mul(pow10((self.exp - exp) as u32));
        let b = other.mant.saturating_mul(pow10((other.exp - exp) as u32));
        Decimal {
            mant: a.saturating_add(b),
            exp,
        }
    }

    pub fn to_f64(self) -> f64 {
        if self.exp >= 0 {
            if self.exp <= 30
                && let Some(v) = self.mant.checked_mul(pow10(self.exp as u32))
            {
                return v as f64;
            }
            self.mant as f64 * 10f64.powi(self.exp)
        } else if self.exp >= -22 {
            // Division by an exactly representable power of ten rounds correctly.
            self.mant as f64 / 10f64.powi(-self.exp)
        } else {
            self.mant as f64 * 10f64.powi(self.exp)
        }
    }

    pub fn is_integer(self) -> bool {
        if self.exp >= 0 {
            return true;
        }
        let p = pow10((-self.exp) as u32);
        p != 0 && self.mant.is_multiple_of(p)
    }
}

fn pow10(k: u32) -> u128 {
    10u128.checked_pow(k).unwrap_or(u128::MAX)
}

/// The number style an article writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    /// `.` groups thousands, `,` marks decimals.
    #[default]
    Vietnamese,
    /// `,` groups thousands, `.` marks decimals.
    English,
}

/// A number token read in isolation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Only one reading is possible.
    Sure(Decimal),
    /// A single mark followed by three digits: `vn` reads it as grouping when the mark is `.`
    /// and as decimal when it is `,`; `en` is the other reading.
    Open { vn: Decimal, en: Decimal },
}

impl Reading {
    /// The reading times 10^k: a range's high end written with a larger scale word than its
    /// low end ("750 triệu đến 1 tỷ USD") is read in the low end's scale.
    pub fn shift(self, k: i32) -> Reading {
        match self {
            Reading::Sure(d) => Reading::Sure(d.shift(k)),
            Reading::Open { vn, en } => Reading::Open {
                vn: vn.shift(k),
                en: en.shift(k),
            },
        }
    }

    pub fn resolve(self, style: Style) -> Decimal {
        match (self, style) {
            (Reading::Sure(d), _) => d,
            (Reading::Open { vn, .. }, Style::Vietnamese) => vn,
            (Reading::Open { en, .. }, Style::English) => en,
        }
    }
}

/// Evidence a token gives about the article's style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StyleHint {
    None,
    Vietnamese,
    English,
}

/// Reads a number token: ASCII digits with `.`/`,` between digit groups.
/// Returns `None` for tokens no careful reader would take as one number (`024.355.63.010`).
pub fn parse(token: &str) -> Option<Reading> {
    let b = token.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() || !b[b.len() - 1].is_ascii_digit() {
        return None;
    }
    let seps: Vec<(usize, u8)> = b
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == b'.' || **c == b',')
        .map(|(i, c)| (i, *c))
        .collect();
    if seps.is_empty() {
        return digits(b).map(Reading::Sure);
    }
    let kinds_differ = seps.iter().any(|&(_, c)| c != seps[0].1);
    if kinds_differ {
        // The last mark is the decimal mark; all others must be the other kind and group by 3.
        let (dec_pos, dec) = *seps.last().unwrap();
        if seps[..seps.len() - 1].iter().any(|&(_, c)| c == dec) {
            return None;
        }
        let int_part = &b[..dec_pos];
        let group = if dec == b',' { b'.' } else { b',' };
        let int = grouped(int_part, group)?;
        let frac = &b[dec_pos + 1..];
        return Some(Reading::Sure(with_fraction(int, frac)?));
    }
    let mark = seps[0].1;
    if seps.len() > 1 {
        // Repeated single kind: grouping only.
        let int = grouped(b, mark)?;
        return Some(Reading::Sure(int));
    }
    let (pos, _) = seps[0];
    let int_part = &b[..pos];
    let frac = &b[pos + 1..];
    let as_decimal = with_fraction(digits(int_part)?, frac)?;
    let groupable = frac.len() == 3 && int_part.len() <= 3 && int_part[0] != b'0';
    if !groupable {
        return Some(Reading::Sure(as_decimal));
    }
    let as_grouped = grouped(b, mark)?;
    // "328,000 nhân viên", "5.000": three zeros after the mark group thousands; no one writes
    // a decimal that way.
    if frac == b"000" {
        return Some(Reading::Sure(as_grouped));
    }
    Some(match mark {
        b'.' => Reading::Open {
            vn: as_grouped,
            en: as_decimal,
        },
        _ => Reading::Open {
            vn: as_decimal,
            en: as_grouped,
        },
    })
}

/// What a token says about the article's number style.
pub fn style_hint(token: &str) -> StyleHint {
    let b = token.as_bytes();
    let dots = b.iter().filter(|&&c| c == b'.').count();
    let commas = b.iter().filter(|&&c| c == b',').count();
    match (dots, commas) {
        (0, 0) => StyleHint::None,
        (d, c) if d > 0 && c > 0 => {
            let last = b.iter().rev().find(|&&c| c == b'.' || c == b',').unwrap();
            if *last == b',' {
                StyleHint::Vietnamese
            } else {
                StyleHint::English
            }
        }
        (d, 0) if d > 1 => StyleHint::Vietnamese,
        (0, c) if c > 1 => StyleHint::English,
        _ => StyleHint::None,
    }
}

fn digits(b: &[u8]) -> Option<Decimal> {
    if b.is_empty() || b.len() > 30 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut n: u128 = 0;
    for &c in b {
        n = n * 10 + (c - b'0') as u128;
    }
    Some(Decimal::int(n))
}

/// Digits grouped by `mark` in threes after a first group of one to three digits.
fn grouped(b: &[u8], mark: u8) -> Option<Decimal> {
    let mut groups = b.split(|&c| c == mark);
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || (first.len() > 1 && first[0] == b'0') {
        return None;
    }
    let mut all = first.to_vec();
    for g in groups {
        if g.len() != 3 {
            return None;
        }
        all.extend_from_slice(g);
    }
    digits(&all)
}

fn with_fraction(int: Decimal, frac: &[u8]) -> Option<Decimal> {
    if frac.is_empty() || frac.len() > 20 || !frac.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let f = digits(frac)?;
    let k = frac.len() as u32;
    Some(Decimal {
        mant: int.mant.checked_mul(pow10(k))?.checked_add(f.mant)?,
        exp: -(k as i32),
    })
}

/// Formats a value the Vietnamese way (`16.910,18`), with `decimals` fraction digits.
pub fn format_vietnamese(value: Decimal) -> String {
    let (int, frac) = split_int_frac(value);
    let mut s = group_digits(&int.to_string(), '.');
    if !frac.is_empty() {
        s.push(',');
        s.push_str(&frac);
    }
    s
}

/// Formats a value the English way (`16,910.18`).
pub fn format_english(value: Decimal) -> String {
    let (int, frac) = split_int_frac(value);
    let mut s = group_digits(&int.to_string(), ',');
    if !frac.is_empty() {
        s.push('.');
        s.push_str(&frac);
    }
    s
}

fn split_int_frac(value: Decimal) -> (u128, String) {
    if value.exp >= 0 {
        return (value.mant * pow10(value.exp as u32), String::new());
    }
    let k = (-value.exp) as u32;
    let p = pow10(k);
    let int = value.mant / p;
    let frac = value.mant % p;
    let mut f = format!("{:0width$}", frac, width = k as usize);
    while f.ends_with('0') {
        f.pop();
    }
    (int, f)
}

fn group_digits(s: &str, mark: char) -> String {
    let n = s.len();
    let mut out = String::with_capacity(n + n / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vn(s: &str) -> f64 {
        parse(s).unwrap().resolve(Style::Vietnamese).to_f64()
    }

    fn en(s: &str) -> f64 {
        parse(s).unwrap().resolve(Style::English).to_f64()
    }

    // Every number format the annotation guide gives.
    #[test]
    fn guide_vietnamese_grouping_and_decimals() {
        assert_eq!(vn("16.910,18"), 16910.18);
        assert_eq!(vn("1.494"), 1494.0);
        assert_eq!(vn("966,358"), 966.358);
        assert_eq!(vn("3,6"), 3.6);
        assert_eq!(vn("5,1"), 5.1);
        assert_eq!(vn("31.056"), 31056.0);
        assert_eq!(vn("42,5"), 42.5);
        assert_eq!(vn("525.408,5"), 525408.5);
        assert_eq!(vn("4.041,65"), 4041.65);
        assert_eq!(vn("38,1"), 38.1);
        assert_eq!(vn("98,52"), 98.52);
        assert_eq!(vn("50,72"), 50.72);
        assert_eq!(vn("930,49"), 930.49);
        assert_eq!(vn("1.383.900"), 1383900.0);
        assert_eq!(vn("09"), 9.0);
    }

    #[test]
    fn guide_english_style() {
        // Both marks: the last one is the decimal mark, whatever the article's style.
        assert_eq!(vn("3,383.96"), 3383.96);
        // A mark followed by other than three digits is a decimal mark.
        assert_eq!(vn("14.8"), 14.8);
        assert_eq!(en("14.8"), 14.8);
    }

    #[test]
    fn three_zeros_after_one_mark_group_thousands_in_either_style() {
        // Regression: "45.000 USD" in an article written English style was 45 dollars, and
        // "328,000 nhân viên" in a Vietnamese one 328 employees.
        assert_eq!(en("45.000"), 45000.0);
        assert_eq!(vn("328,000"), 328000.0);
        assert_eq!(vn("1.494"), 1494.0);
        assert_eq!(en("1.494"), 1.494);
    }

    #[test]
    fn three_digits_after_one_mark_follow_the_style() {
        assert_eq!(vn("1.494"), 1494.0);
        assert_eq!(en("1.494"), 1.494);
        assert_eq!(vn("28,219"), 28.219);
        assert_eq!(en("28,219"), 28219.0);
    }

    #[test]
    fn leading_zero_is_never_grouping() {
        assert_eq!(vn("0,125"), 0.125);
        assert_eq!(vn("0.125"), 0.125);
    }

    #[test]
    fn phone_numbers_are_not_numbers() {
        assert!(parse("024.355.63.010").is_none());
        assert!(parse("1,2.3,4").is_none());
    }

    #[test]
    fn exact_scaling() {
        let d = parse("16.910,18")
            .unwrap()
            .resolve(Style::Vietnamese)
            .shift(9);
        assert_eq!(d.to_f64(), 16_910_180_000_000.0);
        let d = parse("312.000")
            .unwrap()
            .resolve(Style::Vietnamese)
            .shift(-4);
        assert_eq!(d.to_f64(), 31.2);
    }

    #[test]
    fn formats_round_trip() {
        let d = Decimal {
            mant: 1691018,
            exp: -2,
        };
        assert_eq!(format_vietnamese(d), "16.910,18");
        assert_eq!(format_english(d), "16,910.18");
    }

    #[test]
    fn style_hints() {
        assert_eq!(style_hint("16.910,18"), StyleHint::Vietnamese);
        assert_eq!(style_hint("3,383.96"), StyleHint::English);
        assert_eq!(style_hint("1.383.900"), StyleHint::Vietnamese);
        assert_eq!(style_hint("1.494"), StyleHint::None);
    }
}
