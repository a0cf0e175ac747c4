//! Finding quantities: a number, its scale words and its unit, or a number whose unit the
//! context fixes (a bare figure after `tỷ lệ lấp đầy`, a count after its noun, a column of a
//! flattened table: see `quantity/table.rs`).
//!
//! Dates, years, durations, document numbers and numbers inside names are not quantities: a
//! number next to a date word, attached to letters, or without any unit is left alone.

use std::cell::OnceCell;

use crate::lexicon::{Cue, EntityDef, Hit, Hits, Lexicon};
use crate::model::{Entity, Measure, Metric, Unit};
use crate::text::{Text, TokKind};

use super::number::{self, Decimal, Reading, Style};
use super::period::YEAR_COUNTERS;

mod table;

/// A quantity before labelling: tokens `first..=last` are its span.
#[derive(Debug, Clone)]
pub struct Quantity {
    pub first: usize,
    pub last: usize,
    /// The first token of the number itself (after any `gấp` or currency sign).
    pub num: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: Unit,
    /// For counts: what is counted, and the metric that noun implies.
    pub entity: Option<(Entity, Metric)>,
    /// `tăng 2 điểm phần trăm`: a change in percentage points.
    pub points: bool,
    /// The unit came from context, not from a word after the number.
    pub bare: bool,
    /// Token index where the unit phrase ends (exclusive), for context rules that look past it.
    pub unit_end: usize,
    /// A table's cell: labels are read from its table, row and column, not the sentence.
    pub context: Option<Cell>,
    /// An amount per thing, a price or an income ("8,5 triệu đồng/người/tháng", "120
    /// USD/m2", "15.000 đồng một kg"): no total of anything.
    pub per_unit: bool,
}

/// Token spans `first..=last`, asked whether any overlaps a range: the furthest end among
/// those starting at or before the range's end reaches its start. (By binary search: a text
/// with thousands of figures stays linear.)
struct Spans {
    spans: Vec<(usize, usize)>,
    furthest: Vec<usize>,
}

impl Spans {
    fn new(mut spans: Vec<(usize, usize)>) -> Spans {
        spans.sort_unstable();
        let furthest = spans
            .iter()
            .scan(0, |m, &(_, last)| {
                *m = last.max(*m);
                Some(*m)
            })
            .collect();
        Spans { spans, furthest }
    }

    /// Whether a span shares a token with `first..=last`.
    fn overlap(&self, first: usize, last: usize) -> bool {
        let j = self.spans.partition_point(|&(f, _)| f <= last);
        j > 0 && self.furthest[j - 1] >= first
    }
}

/// Where a table cell's labels are read: token ranges of the table's caption and header, of
/// the cell's row label ("Doanh thu (tỷ USD)"), and of the header of the column that dates it
/// ("6 tháng 2024"); and the measure its column says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    pub table: (usize, usize),
    pub row: (usize, usize),
    pub column: (usize, usize),
    /// What the cell's row counts, whatever the cell's unit ("Dự án FDI cấp mới": projects).
    pub counts: Option<Metric>,
    pub measure: Measure,
    /// Written with a minus sign ("-2,5" in a change column).
    pub negative: bool,
    /// In a table of places by measure ("Tỉnh | Số KCN | Diện tích (ha)"): `row` is the header
    /// of what the cell measures, `column` its own, `table` the caption alone; the place is the
    /// row's, the time the text's.
    pub by_column: bool,
    /// In a table of places by measure, the tokens of the row's label: the place the cell is of,
    /// wherever the cell stands (scraped one cell a line, it is on a line of its own).
    pub place: Option<(usize, usize)>,
}

impl Quantity {
    /// Whether this is a count whose noun implies `metric` ("12 KCN" zones, "9 dự án"
    /// projects).
    pub fn counts(&self, metric: Metric) -> bool {
        self.entity.is_some_and(|(_, m)| m == metric)
    }
}

/// Things of two words an amount is often per ("/lao động/tháng", "/m2/chu kỳ"); one word
/// is the rule.
const TWO_WORD_THINGS: &[[&str; 2]] = &[
    ["lao", "động"],
    ["chu", "kỳ"],
    ["công", "nhân"],
    ["căn", "hộ"],
    ["doanh", "nghiệp"],
    ["dự", "án"],
    ["cổ", "phiếu"],
];

/// What another figure of the same scale says about a bare one.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Earlier {
    Currency(Unit),
    Noun,
}

/// The unit of a bare amount, from what another figure of its scale says: `None` when
/// that figure counts a noun.
fn bare_amount(other: Option<Earlier>) -> Option<Unit> {
    match other {
        Some(Earlier::Currency(u)) => Some(u),
        Some(Earlier::Noun) => None,
        None => Some(Unit::Vnd),
    }
}

/// Whether cue `c` is a metric word that names an amount of money ("doanh thu", "vốn").
fn names_money(c: &Cue) -> bool {
    matches!(
        c,
        Cue::Metric {
            for_money: true,
            ..
        }
    )
}

/// How far back (in tokens) an earlier figure still speaks for a bare one.
const EARLIER_REACH: usize = 40;

/// How far back (in tokens) the subject a bare amount counts may stand ("Năm 2016, khách du
/// lịch đến Việt Nam khoảng 10 triệu, Thái Lan khoảng 32 triệu").
const SUBJECT_REACH: usize = 12;

/// How far back "mỗi" may stand from a price's number ("Mỗi ha tiêu phải đầu tư tới").
const EACH_REACH: usize = 7;

/// Words that follow an amount without naming what it counts ("giảm từ 2,331 tỷ xuống còn
/// 2,167 tỷ", "từ 50 triệu đến 1 tỷ đồng", "5000 tỉ đã được bố trí", "18.000 tỷ ở đâu").
const AFTER_AN_AMOUNT: &[&str] = &[
    "và", "hoặc", "đến", "tới", "xuống", "còn", "lên", "trong", "so", "với", "là", "thì", "mà",
    "nhưng", "để", "cho", "từ", "khi", "rồi", "hay", "nữa", "luôn", "thôi", "đó", "này", "nhé",
    "của", "cùng", "đã", "sẽ", "được", "bị", "vẫn", "cũng", "đều", "ở", "vào", "do", "nếu",
    // Words that start what is said of the amount, never a noun it counts: "Dự án Đạm Ninh
    // Bình 12.000 tỷ đang thua lỗ", "18 nghìn tỷ chưa đủ", "5.000 tỷ không đủ".
    "đang", "chưa", "không", "mới", "phải",
];

/// Second syllables that make a scale word part of another word ("2016 tỷ lệ", "tỷ phú").
const NOT_A_SCALE: &[&str] = &["lệ", "trọng", "giá", "suất", "phú"];

/// Reads the article's number style from the figures whose format decides it. Only numbers
/// followed by a unit or scale word count: page furniture (`rgba(255,255,255,0.8)`, phone
/// numbers) says nothing about how the article writes its figures.
pub fn detect_style(text: &Text, hits: &Hits) -> Style {
    let mut vn = 0;
    let mut en = 0;
    for i in 0..text.tokens.len() {
        if text.tokens[i].kind != TokKind::Num {
            continue;
        }
        // (Also a table's cell, its unit in a header: "| 22,150.75 |".)
        let quantity = hits.at(i + 1).iter().any(|h| {
            matches!(
                h.cue,
                Cue::Scale(_) | Cue::Currency(_) | Cue::Area(_) | Cue::Percent | Cue::Entity(_)
            )
        }) || text.tok_at(i as isize + 1) == "|"
            || text.tok_at(i as isize - 1) == "|";
        if !quantity {
            continue;
        }
        let t = text.tok(i);
        match number::style_hint(t) {
            number::StyleHint::Vietnamese => vn += 2,
            number::StyleHint::English => en += 2,
            number::StyleHint::None => {
                // One mark not followed by three digits: its kind is the decimal mark. One
                // followed by "000" groups thousands ("201.000 tỷ đồng"): no one writes a
                // decimal that way.
                if let Some(p) = t.find([',', '.']) {
                    let frac = &t[p + 1..];
                    let comma = t.as_bytes()[p] == b',';
                    let vietnamese = if frac.len() != 3 {
                        Some(comma)
                    } else if frac == "000" {
                        Some(!comma)
                    } else {
                        None
                    };
                    match vietnamese {
                        Some(true) => vn += 1,
                        Some(false) => en += 1,
                        None => {}
                    }
                }
            }
        }
    }
    if en > vn {
        Style::English
    } else {
        Style::Vietnamese
    }
}

/// Whether the word sequence `seq` ([`crate::text::syllable_key`]s) starts at token `j`.
pub(super) fn sequence_at(text: &Text, seq: &[String], j: usize) -> bool {
    let n = text.tokens.len();
    seq.iter()
        .enumerate()
        .all(|(k, w)| j + k < n && text.tok_key_is(j + k, w))
}

/// Whether one of the word sequences `seqs` starts at token `j`: the rest of a longer noun
/// that the unit word ending there is part of.
pub(super) fn followed_by_any(text: &Text, seqs: &[Vec<String>], j: usize) -> bool {
    seqs.iter().any(|seq| sequence_at(text, seq, j))
}

/// Whether one of the word sequences `seqs` ends right before token `j`: the words before a
/// number.
pub(super) fn preceded_by_any(text: &Text, seqs: &[Vec<String>], j: usize) -> bool {
    seqs.iter()
        .any(|seq| j >= seq.len() && sequence_at(text, seq, j - seq.len()))
}

/// Whether hit `h` is exactly one of the word sequences `seqs`.
pub(super) fn is_phrase(text: &Text, seqs: &[Vec<String>], h: Hit) -> bool {
    seqs.iter()
        .any(|seq| seq.len() == h.len as usize && sequence_at(text, seq, h.start as usize))
}

/// The sign written between an opening bracket and the number at token `num`, with no space
/// before the number: "(-1,28%)", "(+43,2%)", as stock and index reports write a change.
pub fn bracketed_sign(text: &Text, num: usize) -> Option<char> {
    if num < 2 || text.tok(num - 2) != "(" || text.tokens[num].space_before {
        return None;
    }
    match text.tok(num - 1) {
        "-" => Some('-'),
        "+" => Some('+'),
        _ => None,
    }
}

/// The most a plausible figure of a unit can be (before which the other reading is taken).
/// World figures reach thousands of billions of dollars ("GDP ... 18.562 tỷ USD", "tổng doanh
/// thu 35.300 tỷ USD"), so dollars stop at 500 trillion.
fn plausible(unit: Unit, v: f64) -> bool {
    match unit {
        Unit::Ha => v <= 5.0e7,
        Unit::Usd => v <= 5.0e14,
        Unit::Vnd => v <= 5.0e16,
        Unit::Percent => v <= 100_000.0,
        Unit::Count => v <= 2.0e8,
        Unit::Times => v <= 1000.0,
    }
}

struct Finder<'a> {
    text: &'a Text,
    hits: &'a Hits,
    lex: &'a Lexicon,
    style: Style,
    /// For each entity, whether the article names it by a phrase that needs no context
    /// (worked out at the first phrase that needs it).
    named: OnceCell<Vec<bool>>,
}

/// A number read at a token, before its unit.
struct Num {
    /// First and last token of the number (words included).
    first: usize,
    last: usize,
    reading: Reading,
}

impl Finder<'_> {
    fn n(&self) -> usize {
        self.text.tokens.len()
    }

    fn tok(&self, i: usize) -> &str {
        self.text.tok(i)
    }

    fn kind(&self, i: usize) -> Option<TokKind> {
        self.text.tokens.get(i).map(|t| t.kind)
    }

    fn ends_at(&self, end: usize, f: impl Fn(&Cue) -> bool) -> Option<Hit> {
        self.hits
            .within(end.saturating_sub(8), end)
            .iter()
            .filter(|h| h.end() == end && f(&h.cue))
            .max_by_key(|h| h.len)
            .copied()
    }

    /// Reads a number (digits or number words) starting at token `i`.
    fn number_at(&self, i: usize) -> Option<Num> {
        let t = &self.text.tokens[i];
        match t.kind {
            TokKind::Num => {
                let reading = number::parse(self.tok(i))?;
                Some(match self.spaced_thousands(i) {
                    Some((last, value)) => Num {
                        first: i,
                        last,
                        reading: Reading::Sure(value),
                    },
                    None => Num {
                        first: i,
                        last: i,
                        reading,
                    },
                })
            }
            TokKind::Word => {
                let h = self.hits.longest_at(i, |c| {
                    matches!(c, Cue::NumberWord(_) | Cue::ScaleOnlyNumberWord(_))
                })?;
                let value = match h.cue {
                    Cue::NumberWord(v) => Decimal::int(v as u128),
                    Cue::ScaleOnlyNumberWord(d) => d,
                    _ => return None,
                };
                Some(Num {
                    first: i,
                    last: h.end() - 1,
                    reading: Reading::Sure(value),
                })
            }
            TokKind::Punct => None,
        }
    }

    /// The last token and the value of a number at token `i` whose thousands a space splits
    /// off, ending in "000" ("200 000 đồng", "1 200 000 đồng") or with its mark astray ("64
    /// .000 doanh nghiệp", "30. 000 đồng"): no figure starts with "000", so the groups are
    /// one number.
    fn spaced_thousands(&self, i: usize) -> Option<(usize, Decimal)> {
        let plain = |k: usize, len: std::ops::RangeInclusive<usize>| {
            let t = self.tok(k);
            self.kind(k) == Some(TokKind::Num)
                && len.contains(&t.len())
                && t.bytes().all(|b| b.is_ascii_digit())
        };
        let lead = self.tok(i);
        if !plain(i, 1..=3) || lead.starts_with('0') {
            return None;
        }
        let tokens = &self.text.tokens;
        let mut value = Decimal::int(lead.parse().ok()?);
        let (mut j, mut last, mut zeros) = (i + 1, i, false);
        // (At most four groups, and none but "000" after a "000": "150 000 200 000" are two
        // figures, as in a flattened table.)
        while j < self.n() && last < i + 8 {
            let (k, spaced) = if self.tok(j) == "." {
                let spaced =
                    tokens[j].space_before || tokens.get(j + 1).is_some_and(|t| t.space_before);
                (j + 1, spaced)
            } else {
                (j, tokens[j].space_before)
            };
            if !spaced || k >= self.n() || tokens[k].newline_before || !plain(k, 3..=3) {
                break;
            }
            let group: u128 = self.tok(k).parse().ok()?;
            if zeros && group != 0 {
                break;
            }
            value = value.mul_int(1000).plus(Decimal::int(group));
            zeros = group == 0;
            last = k;
            j = k + 1;
        }
        (last > i && zeros).then_some((last, value))
    }

    fn is_scale_only_word(&self, n: &Num) -> bool {
        self.kind(n.first) == Some(TokKind::Word)
            && self
                .hits
                .longest_at(n.first, |c| matches!(c, Cue::NumberWord(_)))
                .is_none()
    }

    /// Whether the number at `n` is part of a date, a year, a label or a name.
    /// `unit` is the unit phrase after the number and `scale` its scale word's power of ten.
    fn is_not_a_quantity(&self, n: &Num, unit: Option<Hit>, scale: i32) -> bool {
        let i = n.first;
        let has_unit = unit.is_some() || scale >= 6;
        let tokens = &self.text.tokens;
        // A date word right before ("năm 2023", "tháng 6", "ngày 09/01"), unless the number
        // cannot be a date: a percent or a decimal ("mục tiêu tăng trưởng cả năm 6,7%").
        let decimal = match n.reading {
            Reading::Sure(d) => !d.is_integer(),
            Reading::Open { .. } => false,
        };
        let percent = unit.is_some_and(|u| u.cue == Cue::Percent);
        if self.ends_at(i, |c| *c == Cue::DateWord).is_some() && !(percent || decimal) {
            return true;
        }
        // "năm" after a number, a quantifier or a part of the year is a year: "15 năm lao
        // động khổ sai", "vài năm công nhân", "Nửa đầu năm Công ty lãi".
        if tokens[i].kind == TokKind::Word
            && self.text.word_is(i, &["năm"])
            && i > 0
            && (tokens[i - 1].kind == TokKind::Num
                || self.text.word_is(i - 1, YEAR_COUNTERS)
                || self.text.word_is(
                    i - 1,
                    &["đầu", "cuối", "giữa", "cả", "trong", "suốt", "qua"],
                ))
        {
            return true;
        }
        // A label word before: "số 2350"; "Quốc lộ 1 dự án" (a road, unless an amount with a
        // scale word follows: "phường 25 triệu đồng"); "số 2 Nhà máy Thăng Long"; "biển số
        // 50LĐ", where a counted noun's letters are glued to the number (not "con số 90%").
        if let Some(h) = self.ends_at(i, |c| matches!(c, Cue::LabelWord { .. })) {
            let name = matches!(h.cue, Cue::LabelWord { name: true });
            // A unit written in title case ("Nhà máy") after a number starts a name.
            let named_unit = unit.is_some_and(|u| {
                let mut c = self.text.tok_orig(u.start as usize).chars();
                c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
            });
            let glued = unit.is_some_and(|u| {
                matches!(u.cue, Cue::Entity(_)) && !tokens[u.start as usize].space_before
            });
            // "Tổng số 12 Khu công nghiệp": a total is a count, in whatever case.
            let before = self.tok(h.start.saturating_sub(1) as usize);
            let total = before == "tong";
            // "số" after a noun numbers it ("gói thầu số 1 dự án", "lò hơi số 1 dự án"); after
            // "tổng", "trong", "con", "cả", "vào", "ngoài", "lại" it counts ("trong số 88 doanh
            // nghiệp").
            let numbered = h.len == 1
                && self.text.word_is(h.start as usize, &["số"])
                && unit.is_some_and(|u| matches!(u.cue, Cue::Entity(_)))
                && h.start > 0
                && self.text.tokens[h.start as usize - 1].kind == TokKind::Word
                && !self.text.word_is(
                    h.start as usize - 1,
                    &["tổng", "trong", "con", "cả", "vào", "ngoài", "lại"],
                );
            if !has_unit || (named_unit && !total) || glued || (name && scale == 0) || numbered {
                return true;
            }
        }
        // Attached to letters before it: "Covid-19", "A1", "m2". Not to a lower-case word with
        // diacritics, which no code is: a lost space ("tăng36,6%", "số tiền119 triệu đồng").
        if tokens[i].kind == TokKind::Num && i > 0 && !tokens[i].space_before {
            let p = &tokens[i - 1];
            if p.kind == TokKind::Word && (p.capitalized || !p.accented) {
                return true;
            }
            if self.tok(i - 1) == "-"
                && i > 1
                && !p.space_before
                && tokens[i - 2].kind == TokKind::Word
            {
                return true;
            }
            // Part of a date or code: "09/01", "2350/TTg", "6/2016", "quý II/2018" (after a roman
            // numeral).
            if matches!(self.tok(i - 1), "/" | ":")
                && i > 1
                && (tokens[i - 2].kind == TokKind::Num
                    || matches!(self.tok(i - 2), "i" | "ii" | "iii" | "iv")
                        && !tokens[i - 1].space_before)
            {
                return true;
            }
        }
        let j = n.last + 1;
        if j < self.n() && !tokens[j].space_before && matches!(self.tok(j), "/" | ":") {
            // "09/01", "2350/TTg-KTN", "20:21": unless a fraction of counted things (11/23 KCN).
            return true;
        }
        false
    }

    /// The token of a range's high end when a "-", "đến" or "tới" at `j` is followed by it on
    /// the same line; after "đến" also across "dưới" ("từ 10% đến dưới 30%").
    fn range_high(&self, j: usize) -> Option<usize> {
        let words = self.text.word_is(j, &["đến", "tới"]);
        if !(self.tok_or_empty(j) == "-" || words) {
            return None;
        }
        let mut k = j + 1;
        if words && self.text.word_is(k, &["dưới"]) {
            k += 1;
        }
        (k < self.n() && self.kind(k) == Some(TokKind::Num) && !self.text.tokens[k].newline_before)
            .then_some(k)
    }

    /// The unit phrase starting at token `j`, if any.
    fn unit_at(&self, j: usize) -> Option<Hit> {
        self.hits.longest_at(j, |c| {
            matches!(
                c,
                Cue::Currency(_)
                    | Cue::Area(_)
                    | Cue::Percent
                    | Cue::PercentPoints
                    | Cue::Times
                    | Cue::Entity(_)
                    | Cue::People
            )
        })
    }

    /// The unit and scale that end a list of bare numbers "lần lượt" gives, for a number of it
    /// but the last: "lần lượt đạt 210, 186 và 97 triệu USD" (money in millions), "tăng lần
    /// lượt 12 và 15%", with where the unit ends. Items are digits alone, joined by "," and a
    /// last "và". (Not a list of years or numbers of names, which no "lần lượt" opens: "các năm
    /// 2021, 2022 và 2023".)
    fn unit_ending_list(&self, num: &Num) -> Option<(Unit, i32, usize)> {
        let digits = |k: usize| self.kind(k) == Some(TokKind::Num);
        // (Back to the list's first item: "lần lượt" may stand several items before this one.)
        let mut f = num.first;
        while f >= 2 && self.tok(f - 1) == "," && digits(f - 2) && num.first - f < 64 {
            f -= 2;
        }
        if !digits(num.first)
            || !(f.saturating_sub(4)..f)
                .any(|k| self.tok(k) == "luot" && k > 0 && self.tok(k - 1) == "lan")
        {
            return None;
        }
        let mut k = num.last + 1;
        let last = loop {
            match self.tok_or_empty(k) {
                "," if digits(k + 1) && matches!(self.tok_or_empty(k + 2), "," | "va") => k += 2,
                "va" if digits(k + 1) => break k + 1,
                _ => return None,
            }
        };
        let (scale, after) = self.scale_at(last + 1).unwrap_or((0, last + 1));
        let h = self.unit_at(after)?;
        match h.cue {
            Cue::Currency(u) if !self.text.tokens[after].newline_before => {
                Some((u, scale, h.end()))
            }
            Cue::Percent if scale == 0 => Some((Unit::Percent, 0, h.end())),
            _ => None,
        }
    }

    fn scale_at(&self, j: usize) -> Option<(i32, usize)> {
        let h = self.hits.longest_at(j, |c| matches!(c, Cue::Scale(_)))?;
        let Cue::Scale(k) = h.cue else { unreachable!() };
        Some((k as i32, h.end()))
    }

    fn tok_or_empty(&self, i: usize) -> &str {
        if i < self.n() { self.tok(i) } else { "" }
    }

    /// A price per unit after an amount at `j`: "/kg", "/m2", "/người", but not "/năm".
    fn per_unit(&self, j: usize) -> bool {
        if self.tok_or_empty(j) == "/" {
            return self.kind(j + 1) == Some(TokKind::Word) && self.tok(j + 1) != "nam";
        }
        // "4.000 USD cho mỗi động cơ", "15.000 đồng một kg"; not "20 tỷ đồng mỗi năm", a rate
        // over time as "/năm" is, "1 tỷ USD cho một nhóm" (to a group), "một lần nữa" (once
        // more), or a "Một" that opens the next sentence.
        let each: &[&str] = if self.text.word_is(j, &["cho"]) {
            &["mỗi"]
        } else {
            &["mỗi", "một"]
        };
        let k = j + usize::from(self.text.word_is(j, &["cho", "trên"]));
        k + 1 < self.n()
            && self.text.word_is(k, each)
            && !self.text.tokens[k].capitalized
            && self.thing_at(k + 1)
            && !self.text.tokens[k].newline_before
            && !self.text.tokens[k + 1].newline_before
            && !self.text.word_is(k + 1, &["lần"])
    }

    /// Where the number at token `i` starts with its hedge before it ("khoảng 28.000").
    fn hedge_start(&self, i: usize) -> usize {
        self.ends_at(i, |c| matches!(c, Cue::Approx(_)))
            .map_or(i, |a| a.start as usize)
    }

    /// A price per thing after an amount at `j`, as [`Finder::per_unit`] finds it, but not so
    /// much a time ("/tháng", "/ngày" as "/năm", also without accents): some slash of it names
    /// a thing ("/người/tháng", "/tháng/người").
    fn per_thing(&self, j: usize) -> bool {
        let thing = |k: usize| {
            self.thing_at(k) && !matches!(self.tok(k), "thang" | "ngay" | "quy" | "tuan" | "nam")
        };
        self.per_unit(j)
            && (self.tok_or_empty(j) != "/"
                || thing(j + 1)
                || self.tok_or_empty(j + 2) == "/" && thing(j + 3))
    }

    /// Whether an amount's unit ending at `j` is one currency per another ("24.150 đồng/USD"):
    /// an exchange rate, no amount.
    fn exchange_rate(&self, j: usize) -> bool {
        self.tok_or_empty(j) == "/"
            && self
                .hits
                .longest_at(j + 1, |c| matches!(c, Cue::Currency(_)))
                .is_some()
    }

    /// Where an amount's unit phrase ending at `j` ends: past the things it is per when it is
    /// `per_unit` ([`Finder::denominators_end`]), at `j` otherwise.
    fn unit_phrase_end(&self, per_unit: bool, j: usize) -> usize {
        if per_unit {
            self.denominators_end(j)
        } else {
            j
        }
    }

    /// The end of the things an amount at `j` is per: "/người/tháng", "/m2/chu kỳ", "/lao
    /// động"; `j` itself where none is written after a slash. Not a time that opens a date
    /// ("95 triệu đồng/người/năm 2023": the year is the figure's).
    fn denominators_end(&self, mut j: usize) -> usize {
        while self.tok_or_empty(j) == "/"
            && !self.text.tokens[j].space_before
            && self.kind(j + 1) == Some(TokKind::Word)
            && !(self
                .hits
                .longest_at(j + 1, |c| *c == Cue::DateWord)
                .is_some()
                && self.kind(j + 2) == Some(TokKind::Num))
        {
            j += 1;
            j = match self.hits.longest_at(j, |c| matches!(c, Cue::Area(_))) {
                Some(h) => h.end(),
                None if TWO_WORD_THINGS.iter().any(|w| {
                    self.text.word_is(j, &[w[0]]) && self.text.word_is(j + 1, &[w[1]])
                }) =>
                {
                    j + 2
                }
                // "/m3", "/m 3": a unit's power written after it.
                None if self.kind(j + 1) == Some(TokKind::Num)
                    && (!self.text.tokens[j + 1].space_before || self.tok(j) == "m")
                    && matches!(self.tok(j + 1), "2" | "3") =>
                {
                    j + 2
                }
                None => j + 1,
            };
        }
        j
    }

    /// Whether the word at `k` (after "mỗi") names a thing, not a time ("mỗi năm", a rate over
    /// time as "/năm" is).
    fn thing_at(&self, k: usize) -> bool {
        self.kind(k) == Some(TokKind::Word)
            && self.hits.longest_at(k, |c| *c == Cue::DateWord).is_none()
    }

    /// Whether "mỗi" and the thing priced stand a few words before the number at `first`
    /// ("Mỗi ha tiêu phải đầu tư tới 300-500 triệu đồng"; not "mỗi năm thu 5 tỷ đồng").
    fn each_before(&self, first: usize) -> bool {
        // Back over words, and over a range's low end ("từ 200 đến 300 triệu đồng",
        // "300-500 triệu đồng"), which counts for no word.
        let mut words = 0;
        for k in (0..first).rev() {
            match self.kind(k) {
                Some(TokKind::Word) => words += 1,
                Some(TokKind::Num) => continue,
                _ if self.tok(k) == "-" => continue,
                _ => return false,
            }
            if words > EACH_REACH {
                return false;
            }
            // (Each of the parties named is no unit: "đầu tư của mỗi nước đều vượt 1 tỷ USD".)
            if self.text.word_is(k, &["mỗi"]) {
                return self.thing_at(k + 1) && !self.text.word_is(k + 1, &["nước", "bên"]);
            }
        }
        false
    }

    /// What the nearest earlier figure of scale `scale` in the sentence before token `i` is
    /// followed by: a currency, or a noun (what it counts); `None` where it is followed by
    /// neither (itself bare, or a word like "đến" in a range) or there is none.
    fn unit_of_earlier_figure(&self, i: usize, scale: i32) -> Option<Earlier> {
        let si = self.text.sentence_of(i);
        let mut s0 = self.text.sentences[si].first;
        // A breakdown ("Trong đó, nhập khẩu khoảng 10 tỷ") is of the total just before it.
        if si > 0 && self.tok(s0) == "trong" && self.tok_or_empty(s0 + 1) == "do" {
            s0 = self.text.sentences[si - 1].first;
        }
        let from = s0.max(i.saturating_sub(EARLIER_REACH));
        // The token after the earlier figure's scale word; past figures as bare as this one
        // ("nhập khẩu khoảng 10 tỷ, xuất khẩu khoảng 40 tỷ"), which read the same.
        // (At `i` is the bare figure's own number word: "5 triệu hai triệu".)
        (from..i)
            .rev()
            .filter_map(|k| self.after_figure_of_scale(k, scale))
            .find_map(|e| {
                self.what_follows_figure(e)
                    .filter(|u| e < i || *u != Earlier::Noun)
            })
    }

    /// The same for the nearest later figure from token `j`, within `reach` tokens in the
    /// sentence: "10 ngàn tỷ trong tổng số 40 ngàn tỷ đồng" is đồng, "2 triệu trong số 5 triệu
    /// hành khách" no money.
    fn unit_of_later_figure(&self, j: usize, scale: i32, reach: usize) -> Option<Earlier> {
        let s = &self.text.sentences[self.text.sentence_of(j.min(self.n() - 1))];
        let to = s.end.min(j + reach);
        let e = (j..to).find_map(|k| self.after_figure_of_scale(k, scale))?;
        self.what_follows_figure(e)
    }

    /// Where a number at `k` followed by the scale word `scale` ends, when it does.
    fn after_figure_of_scale(&self, k: usize, scale: i32) -> Option<usize> {
        let (s, e) = self.scale_at(k + 1)?;
        (self.kind(k) == Some(TokKind::Num) && s == scale && !self.text.word_is(e, NOT_A_SCALE))
            .then_some(e)
    }

    /// What the token `e` after a figure's scale word says the figure counts.
    fn what_follows_figure(&self, e: usize) -> Option<Earlier> {
        // The figure ends its line: what follows names nothing of it.
        if self.text.tokens.get(e).is_some_and(|t| t.newline_before) {
            return None;
        }
        if let Some(h) = self.unit_at(e) {
            // "5 tỷ người", "15 triệu m2": a unit that is no currency counts something else.
            return Some(match h.cue {
                Cue::Currency(u) => Earlier::Currency(u),
                _ => Earlier::Noun,
            });
        }
        // "334,4 tỷ doanh thu và 44 tỷ lợi nhuận": the figure was đồng.
        if self.money_word_at(e) {
            return Some(Earlier::Currency(Unit::Vnd));
        }
        let noun = self.kind(e) == Some(TokKind::Word)
            && !self.ends_bare_amount(e)
            && self.scale_at(e).is_none();
        noun.then_some(Earlier::Noun)
    }

    /// Whether the word at `j` ends an amount without naming what it counts: a function word
    /// ("trong", "so với"), or a date ("năm 2016", "tháng 5", "nửa đầu năm"; not the "năm" of
    /// "13,8 tỷ năm tuổi").
    fn ends_bare_amount(&self, j: usize) -> bool {
        self.text.word_is(j, AFTER_AN_AMOUNT)
            || self.text.word_is(j, &["nửa"])
            || (self.kind(j + 1) == Some(TokKind::Num)
                && self.hits.longest_at(j, |c| *c == Cue::DateWord).is_some())
    }

    /// The currency of the figure a bare amount moved to: at `j` "lên" or "xuống", then a
    /// number with the same scale word and a currency ("28,6 tỷ lên 31,8 tỷ đồng").
    fn currency_of_figure_to(&self, j: usize, scale: i32) -> Option<Unit> {
        if scale == 0 || !matches!(self.tok_or_empty(j), "len" | "xuong") {
            return None;
        }
        let k = j + 1 + usize::from(self.text.word_is(j + 1, &["mức"]));
        let (s, e) = self
            .scale_at(k + 1)
            .filter(|_| self.kind(k) == Some(TokKind::Num))?;
        match self.unit_at(e).map(|h| h.cue) {
            Some(Cue::Currency(u)) if s == scale => Some(u),
            _ => None,
        }
    }

    /// Whether a bare amount at `first` counts its subject: a word like "dân số" or "thuê bao"
    /// stands a few words before it in the sentence and no money word does, there or right
    /// after it ("số thuê bao 3G khoảng 54,2 triệu"; not "doanh thu từ khách du lịch đạt 5
    /// tỷ", "khách du lịch đem lại 30 nghìn tỷ doanh thu"). A price per something (`j` is "/":
    /// "2 triệu/ngày") is money whoever pays it.
    fn counts_subject_before(&self, first: usize, j: usize, scale: i32) -> bool {
        if self.tok_or_empty(j) == "/" || self.money_word_at(j) {
            return false;
        }
        let s = self.text.sentences[self.text.sentence_of(first)];
        // Back past figures as bare as this one, which share its subject ("khách du lịch đến
        // Việt Nam khoảng 10 triệu, Thái Lan khoảng 32 triệu").
        let mut from = s.first.max(first.saturating_sub(SUBJECT_REACH));
        while let Some(k) = (from..first).find(|&k| {
            self.after_figure_of_scale(k, scale)
                .is_some_and(|e| self.what_follows_figure(e).is_none())
        }) {
            let reach = s.first.max(k.saturating_sub(SUBJECT_REACH));
            if reach >= from {
                break;
            }
            from = reach;
        }
        // The phrase as a figure's own noun ("45 triệu hành khách") is no subject; after a
        // year it is ("Năm 2016 khách du lịch ...").
        let year_before = |k: usize| k > 0 && super::period::year_of(self.tok(k - 1)).is_some();
        let subject = |h: &Hit| {
            let k = h.start as usize;
            h.cue == Cue::BareScaleCount && (!self.after_figure(k) || year_before(k))
        };
        let hits = self.hits.within(from, first);
        // (A money word that is the count phrase itself, as "dân số" is a metric word, is none;
        // nor is the currency of another figure, "250 nghìn tỷ đồng, ... số thuê bao".)
        let counted = |h: &Hit| {
            hits.iter()
                .any(|c| c.cue == Cue::BareScaleCount && c.start == h.start && c.len == h.len)
        };
        // (A sign before a number, "US$ 5 triệu", is always another figure's.)
        let money = |h: &Hit| match h.cue {
            Cue::Currency(_) => !self.after_figure(h.start as usize),
            c => names_money(&c) && !counted(h),
        };
        hits.iter().any(subject) && !hits.iter().any(money)
    }

    /// Whether token `s` comes right after a figure: a number, or its scale word.
    fn after_figure(&self, s: usize) -> bool {
        s > 0
            && (self.kind(s - 1) == Some(TokKind::Num)
                || self.ends_at(s, |c| matches!(c, Cue::Scale(_))).is_some())
    }

    /// Whether a word that names an amount of money ("doanh thu", "lợi nhuận", "vốn") starts
    /// at token `j`.
    fn money_word_at(&self, j: usize) -> bool {
        self.hits.at(j).iter().any(|h| names_money(&h.cue))
    }

    /// The entity hit `h` names by a phrase that needs no context ("KCN", not "khu").
    fn entity_on_its_own(&self, h: Hit) -> Option<&EntityDef> {
        let Cue::Entity(id) = h.cue else {
            return None;
        };
        let def = &self.lex.entities[id as usize];
        (!is_phrase(self.text, &def.needs_context, h)).then_some(def)
    }

    /// Whether the article names the entity of hit `h` by a phrase that needs no context
    /// ("KCN" in an article that counts "9 khu").
    fn entity_context(&self, h: Hit) -> bool {
        let Cue::Entity(id) = h.cue else {
            return false;
        };
        let named = self.named.get_or_init(|| {
            let mut named = vec![false; self.lex.entities.len()];
            for o in self.hits.within(0, self.n()) {
                if let Cue::Entity(e) = o.cue
                    && self.entity_on_its_own(*o).is_some()
                {
                    named[e as usize] = true;
                }
            }
            named
        });
        named[id as usize]
    }

    /// A labour context (`lao động`, `công nhân`) in the clause before token `i`; further back
    /// where "số" heads it and "là" or "đạt" right before the number completes it ("Tổng số
    /// lao động đang làm việc tại các doanh nghiệp trong KCN, KCX và KKT trên địa bàn tỉnh là
    /// 84.250 người"); or a count of workers just before that this one changes ("là 84.250
    /// người, giảm 6.120 người").
    fn labour_context_before(&self, i: usize, before: &[Quantity]) -> bool {
        let s = self.text.sentences[self.text.sentence_of(i)];
        let context = |reach: usize| {
            self.hits
                .within(s.first.max(i.saturating_sub(reach)), i)
                .iter()
                .filter(|h| h.cue == Cue::LabourContext)
                .map(|h| h.start as usize)
                .next_back()
        };
        let at = self.hedge_start(i);
        let linked = self.text.word_is(at.wrapping_sub(1), &["là", "đạt"]);
        // (The subject only: no other count's head, "tổng số hội viên ... đạt 2.300 người", and
        // no ";" between.)
        let subject = |k: usize| {
            self.text.word_is(k.wrapping_sub(1), &["số"])
                && (k + 1..at).all(|j| self.tok(j) != ";" && !self.text.word_is(j, &["số"]))
        };
        let changed = || {
            at >= 1
                && self.text.word_is(at - 1, &["tăng", "giảm", "thêm"])
                && before.last().is_some_and(|q| {
                    q.first >= s.first
                        && q.last < at
                        && at - q.last <= 6
                        && q.entity.is_some_and(|(e, _)| e == Entity::Worker)
                })
        };
        // A clause opening "còn" or "riêng" after a comma sets a count against the one before.
        let c = (s.first..at)
            .rfind(|&k| matches!(self.tok(k), "," | ";"))
            .filter(|&c| {
                self.text.word_is(c + 1, &["còn", "riêng"]) && !self.text.word_is(c + 2, &["lại"])
            });
        let place_only = |c: usize| {
            (c + 2..at).all(|k| {
                self.text.tokens[k].capitalized
                    || self.text.word_is(
                        k,
                        &[
                            "khoảng", "hơn", "gần", "trên", "dưới", "có", "là", "hiện", "đạt",
                            "khu", "kinh", "tế", "công", "nghiệp", "chế", "xuất", "tỉnh", "thành",
                            "phố", "huyện", "nhà", "máy", "ty", "doanh", "của",
                        ],
                    )
            })
        };
        // (A clause set against the one before that names something else and a verb speaks of
        // other people, whatever labour the clause before named, unless it names labour itself:
        // "..., còn khu du lịch Thiên Cầm đón 50.000 người", "..., riêng đoàn khách có 40
        // người"; not "..., riêng lao động trong lĩnh vực nông nghiệp đã lên tới 20 triệu
        // người".)
        if let Some(c) = c
            && !place_only(c)
        {
            return context(15).is_some_and(|k| k > c) || changed();
        }
        // (Or another place's count set against workers just counted: "Lao động tại KKT Dung
        // Quất hiện khoảng 35.000 người, còn KKT Vũng Áng khoảng 28.000 người".)
        let contrasted = || {
            c.is_some_and(|c| {
                before.last().is_some_and(|q| {
                    q.first >= s.first
                        && q.last < c
                        && q.entity.is_some_and(|(e, _)| e == Entity::Worker)
                })
            })
        };
        // (Or the count of those at work somewhere as the subject: "Tổng số người đang làm việc
        // tại Khu CNC là 18.500 người", "Số người làm việc tại các KCN, KCX là ..."; not "Số
        // người làm việc với đoàn kiểm tra là 8 người".)
        let at_work = || {
            (s.first.max(at.saturating_sub(32))..at).any(|k| {
                let w = k + 2 + usize::from(self.text.word_is(k + 2, &["đang"]));
                self.text.words_at(k, &["số", "người"])
                    && self.text.words_at(w, &["làm", "việc"])
                    && !self.text.word_is(w + 2, &["với"])
                    && (k + 2..at).all(|j| self.tok(j) != ";")
            })
        };
        context(15).is_some()
            || linked && (context(32).is_some_and(subject) || at_work())
            || changed()
            || contrasted()
    }

    fn find(&self) -> Vec<Quantity> {
        let mut out: Vec<Quantity> = Vec::new();
        let n = self.n();
        let mut i = 0;
        // "tăng gấp đôi", "gấp hai", "gấp ba", "gấp rưỡi": a multiple in words and without
        // "lần" (found among the few "gấp" cues rather than at every token; "gấp ba lần" is read
        // below).
        let mut in_words = self
            .hits
            .list
            .iter()
            .filter(|h| h.cue == Cue::TimesBefore && h.len == 1)
            .map(|h| h.start as usize)
            .filter(|&g| {
                self.text.word_is(g, &["gấp"])
                    && self
                        .text
                        .tokens
                        .get(g + 1)
                        .is_some_and(|t| !t.newline_before)
            })
            .filter_map(|g| {
                let value = if self.text.word_is(g + 1, &["đôi"]) {
                    2.0
                } else if self.text.word_is(g + 1, &["rưỡi"]) {
                    1.5
                } else if self.text.tok_at(g as isize + 2) == "lan" {
                    // "gấp ba lần" is read with the other numbers before "lần".
                    return None;
                } else if self.text.word_is(g + 1, &["hai"]) {
                    2.0
                } else if self.text.word_is(g + 1, &["ba"]) {
                    3.0
                } else if self.text.word_is(g + 1, &["bốn"]) {
                    4.0
                } else {
                    return None;
                };
                // "gấp hai, ba lần", "gấp hai - ba lần": a range, to the number before "lần".
                let high = (matches!(self.text.tok_at(g as isize + 2), "," | "-" | "–")
                    && self.text.tok_at(g as isize + 4) == "lan")
                    .then(|| {
                        self.hits
                            .longest_at(g + 3, |c| matches!(c, Cue::NumberWord(_)))
                    })
                    .flatten()
                    .and_then(|h| match h.cue {
                        Cue::NumberWord(v) if f64::from(v) > value => Some(f64::from(v)),
                        _ => None,
                    });
                Some((g, value, high))
            })
            .peekable();
        while i < n {
            if in_words.next_if(|&(g, _, _)| g < i).is_some() {
                continue;
            }
            if let Some((_, value, high)) = in_words.next_if(|&(g, _, _)| g == i) {
                let last = if high.is_some() { i + 4 } else { i + 1 };
                out.push(Quantity {
                    first: i,
                    last,
                    num: i + 1,
                    value,
                    value_max: high,
                    unit: Unit::Times,
                    entity: None,
                    points: false,
                    bare: false,
                    unit_end: last + 1,
                    context: None,
                    per_unit: false,
                });
                i = last + 1;
                continue;
            }
            let Some(num) = self.number_at(i) else {
                i += 1;
                continue;
            };
            // "hai phần ba doanh nghiệp", "1 phần 4 dự án": a fraction's denominator counts
            // nothing.
            let k = num.first;
            if k >= 2
                && self.text.word_is(k - 1, &["phần"])
                && (self.kind(k - 2) == Some(TokKind::Num)
                    || self
                        .hits
                        .at(k - 2)
                        .iter()
                        .any(|h| matches!(h.cue, Cue::NumberWord(_))))
            {
                i = num.last + 1;
                continue;
            }
            match self.quantity_at(&num, &out) {
                Some(mut qs) => {
                    let next = qs.iter().map(|q| q.last + 1).max().unwrap_or(i + 1);
                    out.append(&mut qs);
                    i = next.max(i + 1);
                }
                None => i = num.last + 1,
            }
        }
        out
    }

    /// Whether the counted noun `h` of `def` counts here: not "khu vực", "khu dân cư" (words
    /// after it that make it something else), and a bare "khu" only where zones are spoken of.
    fn counts_entity(&self, def: &EntityDef, h: &Hit) -> bool {
        !followed_by_any(self.text, &def.not_followed_by, h.end())
            && (!is_phrase(self.text, &def.needs_context, *h)
                || self.entity_context(*h)
                || self.context_before(def, h.start as usize))
    }

    /// Whether one of `def`'s context words stands before token `at` in its sentence, at most
    /// 15 tokens back ("Bộ phận một cửa đã tiếp nhận 120 hồ sơ"), in the same part of it: no
    /// "và" or semicolon between ("điều chỉnh quy trình tiếp nhận và hướng dẫn 45 lượt dự án"
    /// adjusts no project; "điều chỉnh tăng vốn, mở rộng quy mô cho 41 lượt dự án" does).
    fn context_before(&self, def: &EntityDef, at: usize) -> bool {
        let from = self.part_before(at, 15, &["va", ";"]);
        (from..at).any(|k| {
            def.context_before
                .iter()
                .any(|seq| k + seq.len() <= at && sequence_at(self.text, seq, k))
        })
    }

    /// Whether capital raised ("tăng vốn", "điều chỉnh vốn", "bổ sung vốn", "giảm vốn", or the
    /// other way round, "vốn điều chỉnh 1,14 tỷ USD với 151 lượt", "vốn tăng thêm") stands
    /// before token `at` in its clause, at most 8 tokens back with no "và" or semicolon
    /// between; or "điều chỉnh" right before it after licences granted.
    fn capital_raised_before(&self, at: usize) -> bool {
        let from = self.part_before(at, 8, &["va", ";", "."]);
        // (Not a loan's or a plan's: "cắt giảm vốn cho vay", "giảm vốn vay", "giảm vốn đối
        // ứng", "Kế hoạch vốn điều chỉnh".)
        (from..at.saturating_sub(1)).any(|k| {
            self.text.word_is(k + 1, &["vốn"])
                && (self.text.word_is(k, &["tăng", "chỉnh", "sung"])
                    || self.text.word_is(k, &["giảm"])
                        && !self.text.word_is(k.wrapping_sub(1), &["cắt"])
                        && !self.text.word_is(k + 2, &["vay", "cho", "đối"]))
                || self.text.word_is(k, &["vốn"])
                    && !self.text.word_is(k.wrapping_sub(1), &["hoạch"])
                    && (self.text.words_at(k + 1, &["điều", "chỉnh"])
                        || self.text.words_at(k + 1, &["tăng", "thêm"]))
        })
            // "cấp mới 17 dự án, điều chỉnh 41 lượt": licences adjusted, counted right after,
            // after projects licensed (not "giá xăng đã điều chỉnh 3 lượt"); or labelled so on
            // the line after theirs, each label opening its line ("• Cấp mới: 18 dự án, ... /
            // • Điều chỉnh: 26 lượt", "2. Điều chỉnh: 26 lượt"; not "Giá điện điều chỉnh: 2
            // lượt").
            || {
                let label = at >= 3 && self.tok(at - 1) == ":";
                let verb = at.saturating_sub(2 + usize::from(label));
                // (After a bullet, "•", "-", or a number, "2.", "b)".)
                let opens_line = |k: usize| {
                    let marked = |m: usize| {
                        self.text.tokens[m].newline_before
                            && (self.kind(m) == Some(TokKind::Punct)
                                || m + 1 < k && matches!(self.tok(m + 1), "." | ")"))
                    };
                    self.text.tokens[k].newline_before
                        || k > 0 && marked(k - 1)
                        || k > 1 && marked(k - 2)
                };
                // (A label's line and the one before, whatever ends them: "1. ... 2." may read
                // as sentences of their own.)
                let from = if label {
                    at.saturating_sub(25)
                } else {
                    self.part_before(at, 12, &[";", "."])
                };
                at >= 2
                    && self.text.words_at(verb, &["điều", "chỉnh"])
                    && (!label || opens_line(verb))
                    && (from..verb).any(|k| {
                        self.text.words_at(k, &["cấp", "mới"])
                            && (!label
                                || opens_line(k)
                                    && self.tok(k + 2) == ":"
                                    // (On the line right before.)
                                    && (k + 1..=verb)
                                        .filter(|&j| self.text.tokens[j].newline_before)
                                        .count()
                                        == 1)
                    })
            }
    }

    /// Where the part of its sentence before token `at` starts: at most `reach` tokens back,
    /// after the last of the folded tokens `cuts` ("và", ";").
    fn part_before(&self, at: usize, reach: usize, cuts: &[&str]) -> usize {
        let s = self.text.sentences[self.text.sentence_of(at)];
        let reach = s.first.max(at.saturating_sub(reach));
        (reach..at)
            .rfind(|&k| cuts.contains(&self.tok(k)))
            .map_or(reach, |k| k + 1)
    }

    /// The quantity (or two, for a fraction of counted things or of an area) starting with
    /// number `num`.
    fn quantity_at(&self, num: &Num, before: &[Quantity]) -> Option<Vec<Quantity>> {
        let mut j = num.last + 1;
        let mut first = num.first;

        // A fraction of counted things or of an area gives both: "11/23 khu công nghiệp",
        // "bàn giao được 112/482 ha".
        if self.kind(num.first) == Some(TokKind::Num)
            && self.tok_or_empty(j) == "/"
            && !self.text.tokens[j].space_before
            && self.kind(j + 1) == Some(TokKind::Num)
            && !self.text.tokens[j + 1].space_before
            && let Some(u) = self.unit_at(j + 2)
            && !self.text.tokens[j + 2].newline_before
            && (num.first == 0 || self.ends_at(num.first, |c| *c == Cue::DateWord).is_none())
            && let Some((unit, entity, factor)) = match u.cue {
                // "8/9 khu dân cư" counts no zones, as "9 khu dân cư" does not. Not a map's
                // scale: "tỷ lệ 1/500", "quy hoạch chi tiết 1/500".
                Cue::Entity(id)
                    if self.counts_entity(&self.lex.entities[id as usize], &u)
                        && (num.first == 0
                            || !matches!(self.tok(num.first - 1), "/" | "-" | "le" | "tiet")) =>
                {
                    let def = &self.lex.entities[id as usize];
                    Some((Unit::Count, Some((def.entity, def.metric)), 1.0))
                }
                Cue::Area(k) => Some((Unit::Ha, None, 10f64.powi(k as i32))),
                _ => None,
            }
        {
            let a = number::parse(self.tok(num.first))?
                .resolve(self.style)
                .to_f64();
            let b = number::parse(self.tok(j + 1))?.resolve(self.style).to_f64();
            let fits = if unit == Unit::Count {
                a <= b && b < 1000.0
            } else {
                // (Not a date before a unit: "30/6", "6/2024".)
                let date = a <= 31.0 && (1.0..=12.0).contains(&b)
                    || a <= 12.0 && (1900.0..=2100.0).contains(&b);
                a <= b && !date
            };
            if !fits {
                return None;
            }
            let mk = |first, last, num, value: f64| Quantity {
                first,
                last,
                num,
                value: value * factor,
                value_max: None,
                unit,
                entity,
                points: false,
                bare: false,
                unit_end: u.end(),
                context: None,
                per_unit: false,
            };
            return Some(vec![
                mk(num.first, num.first, num.first, a),
                mk(j + 1, u.end() - 1, j + 1, b),
            ]);
        }

        // A range: "150 - 180 triệu USD", "từ 3 đến 5%", "80-90%".
        let mut max: Option<Reading> = None;
        // The high end's token, when only it carries the thousands ("50 - 60.000 lao động").
        let mut max_tok = None;
        if let Some(h) = self.range_high(j)
            && let Some(r) = number::parse(self.tok(h))
        {
            max = Some(r);
            max_tok = Some(h);
            j = h + 1;
        }

        // Scale words, possibly compound: "1 tỷ 200 triệu".
        let mut scale = 0;
        let mut extra: Option<Decimal> = None;
        if let Some((k, e)) = self.scale_at(j) {
            scale = k;
            j = e;
            // A range with the scale word on both ends: "300 triệu đến 500 triệu đồng", "800
            // triệu - 1,5 tỉ đồng"; not one whose high end is compound ("1 tỷ đến 1 tỷ 500
            // triệu").
            if max.is_none()
                && let Some(h) = self.range_high(j)
                && let Some((k2, e2)) = self.scale_at(h + 1)
                && (k2 == k || k2 > k && self.unit_at(e2).is_some())
                && !(self.kind(e2) == Some(TokKind::Num)
                    && self.scale_at(e2 + 1).is_some_and(|(k3, _)| k3 < k2))
                && let Some(r) = number::parse(self.tok(h))
            {
                max = Some(r.shift(k2 - k));
                j = e2;
            }
            if self.kind(j) == Some(TokKind::Num)
                && let Some((k2, e2)) = self.scale_at(j + 1)
                && k2 < k
                && let Some(r) = number::parse(self.tok(j))
            {
                extra = Some(r.resolve(self.style).shift(k2 - k));
                j = e2;
            }
        } else if self.is_scale_only_word(num) {
            return None;
        }

        // A scaled amount ends with its line: "bị phạt 1,45 tỷ" closing a headline is no count
        // of the "Công ty" that opens the next. Nor is a number that ends a line a count of the
        // capitalised noun opening the next ("Khởi công nhà máy tại KCN Hàm Kiệm 1" over "Dự án
        // có diện tích 45,3 ha"); a hard-wrapped line goes on in lower case ("tổng cộng 25" over
        // "dự án FDI"), as a scale does in its currency ("356,7 triệu" over "USD, tăng 12%";
        // not a capitalised name, "1,45 tỷ" over "Đồng Nai ...").
        let unit_hit = self.unit_at(j).filter(|h| {
            let t = &self.text.tokens[j];
            !t.newline_before
                || scale == 0 && !(matches!(h.cue, Cue::Entity(_) | Cue::People) && t.capitalized)
                || scale > 0
                    && matches!(h.cue, Cue::Currency(_))
                    && (!t.capitalized || self.text.in_capitals(j))
        });
        if self.is_not_a_quantity(num, unit_hit, scale) {
            return None;
        }
        // A number followed by a date word is a duration or a date ("6 tháng", "15 năm").
        // ("61 tỷ năm 2016" is an amount and its year.)
        if unit_hit.is_none()
            && self.hits.longest_at(j, |c| *c == Cue::DateWord).is_some()
            && !(scale >= 9 && self.ends_bare_amount(j))
        {
            return None;
        }

        // "1 nhân viên", "1 công nhân": one person, a story's, is no count of workers.
        let one = max.is_none()
            && scale == 0
            && num.first == num.last
            && matches!(self.tok(num.first), "1" | "01");
        let mut unit;
        let mut exp = scale;
        let mut entity = None;
        let mut points = false;
        let mut per_unit = false;
        let mut last;
        let mut unit_end;
        match unit_hit.map(|h| (h, h.cue)) {
            Some((h, Cue::Currency(u))) => {
                // "đồng" or "đô" right after the number, which are also syllables of other words.
                let t = &self.text.tokens[h.start as usize];
                let not_followed_by = match self.tok(h.start as usize) {
                    _ if scale != 0 || h.len != 1 => None,
                    "dong" => Some(&self.lex.vnd_not_followed_by),
                    "do" => Some(&self.lex.usd_not_followed_by),
                    _ => None,
                };
                if let Some(seqs) = not_followed_by {
                    // "2 Đồng bằng sông Hồng", "5 Đồng Nai", "Bảy Đô": a place or a name.
                    if t.capitalized {
                        return None;
                    }
                    // "6 đồng chí", "2 đô thị": the first syllable of another noun.
                    if followed_by_any(self.text, seqs, h.end()) {
                        return None;
                    }
                }
                // "30.000 đồng/kg", "8,5 triệu đồng/người/tháng", "Mỗi máy trị giá gần 900
                // triệu đồng": a price or an income, an amount per thing; its span takes the
                // things written after a slash. ("7 triệu đồng/tháng" is so much a month, as
                // "/năm" is.)
                per_unit = self.per_thing(h.end()) || self.each_before(num.first);
                if self.exchange_rate(h.end()) {
                    return None;
                }
                // "2003 $108,501,204": a sign written against the number after it is that
                // number's.
                if self.kind(h.end()) == Some(TokKind::Num)
                    && !self.text.tokens[h.end()].space_before
                    && self
                        .hits
                        .longest_at(h.start as usize, |c| matches!(c, Cue::CurrencyBefore(_)))
                        .is_some_and(|b| b.len == h.len)
                {
                    return None;
                }
                unit = u;
                unit_end = self.unit_phrase_end(per_unit, h.end());
                last = unit_end - 1;
            }
            Some((h, Cue::Area(k))) => {
                unit = Unit::Ha;
                exp += k as i32;
                last = h.end() - 1;
                unit_end = h.end();
            }
            Some((h, Cue::Percent | Cue::PercentPoints)) => {
                if scale != 0 {
                    return None;
                }
                unit = Unit::Percent;
                points = h.cue == Cue::PercentPoints;
                last = h.end() - 1;
                unit_end = h.end();
                // "6,5% - 7%": a range written with the sign twice.
                if max.is_none()
                    && let Some(k) = self.range_high(h.end())
                    && self.hits.at(k + 1).iter().any(|x| x.cue == Cue::Percent)
                    && let Some(r) = number::parse(self.tok(k))
                {
                    max = Some(r);
                    last = k + 1;
                    unit_end = k + 2;
                }
            }
            Some((h, Cue::Times)) => {
                // "gấp 3,5 lần", "tăng 3,33 lần": only after a comparison word, also across a
                // hedge ("gấp gần 1,5 lần"); not the "bằng" of "mặt bằng" or "cân bằng".
                let before = self
                    .ends_at(num.first, |c| *c == Cue::TimesBefore)
                    .or_else(|| {
                        let hedge = self.ends_at(num.first, |c| matches!(c, Cue::Approx(_)))?;
                        self.ends_at(hedge.start as usize, |c| *c == Cue::TimesBefore)
                    })
                    .or_else(|| {
                        // A range from "từ": "cao hơn từ 2,5 đến 8 lần", "tăng từ 2 – 4 lần".
                        let from = num.first.checked_sub(1)?;
                        (max.is_some() && self.text.word_is(from, &["từ"]))
                            .then(|| self.ends_at(from, |c| *c == Cue::TimesBefore))
                            .flatten()
                    })
                    .filter(|b| {
                        !(b.len == 1
                            && self.tok(b.start as usize) == "bang"
                            && matches!(self.text.tok_at(b.start as isize - 1), "mat" | "can"))
                    })?;
                // "1,89 lần/trận", "15 - 20 lần/vụ": how often, not how many times as much.
                if scale != 0 || self.per_unit(h.end()) {
                    return None;
                }
                unit = Unit::Times;
                // The span starts at "gấp", also in "tăng gấp".
                let gap = before.end() - 1;
                if self.text.word_is(gap, &["gấp"]) {
                    first = gap;
                }
                last = h.end() - 1;
                unit_end = h.end();
            }
            Some((h, Cue::Entity(id))) => {
                let def = &self.lex.entities[id as usize];
                if !self.counts_entity(def, &h) || def.entity == Entity::Worker && one {
                    return None;
                }
                unit = Unit::Count;
                entity = Some((def.entity, def.metric));
                last = match def.span_words {
                    Some(k) => h.start as usize + k.max(1) - 1,
                    None => h.end() - 1,
                };
                unit_end = h.end();
            }
            Some((h, Cue::People)) => {
                // "40.000 người làm việc tại các KCN", "trong hơn 2.000 doanh nghiệp": people
                // working in zones or enterprises, more than one, are workers. ("12 người làm
                // việc tại Khu công nghiệp Long Hậu" is a delegation's working visit.)
                let e = h.end();
                let plural = matches!(self.tok_or_empty(e + 3), "cac" | "nhung" | "hon")
                    || self.kind(e + 3) == Some(TokKind::Num);
                let zone_or_enterprise = |x: &Hit| {
                    self.entity_on_its_own(*x)
                        .is_some_and(|d| matches!(d.entity, Entity::Zone | Entity::Enterprise))
                };
                let working_after = self.tok_or_empty(e) == "lam"
                    && self.tok_or_empty(e + 1) == "viec"
                    && matches!(self.tok_or_empty(e + 2), "tai" | "trong" | "o" | "cho")
                    && plural
                    && self.hits.within(e + 4, e + 7).iter().any(|x| {
                        zone_or_enterprise(x) && !self.text.tokens[x.start as usize].newline_before
                    });
                let staff = &self.lex.staff;
                let is_staff = is_phrase(self.text, &staff.phrases, h);
                // "VNG có 2.000 nhân viên", "với hơn 2.000 nhân viên": an organisation's
                // staff, after a word of having or hiring (past a hedge); "hơn 1.000 nhân
                // viên cứu hộ" is a role's, no workforce.
                let at = self.hedge_start(num.first);
                let staffed = || {
                    preceded_by_any(self.text, &staff.preceded_by, at)
                        && !preceded_by_any(self.text, &staff.not_preceded_by, at)
                };
                // "Thaco sử dụng khoảng 28.000 người.": those a firm employs, ending the phrase
                // (not "sử dụng 3 người đóng thế", a role).
                let employed = || {
                    at >= 2
                        && self.text.word_is(at - 2, &["sử"])
                        && self.text.word_is(at - 1, &["dụng"])
                        && self.kind(e).is_none_or(|k| k == TokKind::Punct)
                };
                let counts = self.labour_context_before(num.first, before)
                    || working_after
                    || is_staff && staffed()
                    || employed();
                if !counts || one || is_staff && followed_by_any(self.text, &staff.roles, e) {
                    return None;
                }
                unit = Unit::Count;
                entity = Some((Entity::Worker, Metric::Workers));
                last = h.end() - 1;
                unit_end = h.end();
            }
            // "lần lượt đạt 210, 186 và 97 triệu USD", "lần lượt là 12 và 15%": a bare number
            // of a list the last item's scale and unit end.
            _ if scale == 0
                && max.is_none()
                && let Some((u, k, end)) = self.unit_ending_list(num) =>
            {
                unit = u;
                exp = k;
                // ("lần lượt là 36,32 và 36,3 triệu đồng/lượng": prices, each.)
                per_unit = u.is_money() && self.per_thing(end);
                last = num.last;
                unit_end = num.last + 1;
            }
            // "lần lượt 19 và 12 dự án": a count that shares the noun of the next one.
            _ if scale == 0
                && max.is_none()
                && self.kind(num.first) == Some(TokKind::Num)
                && self.tok_or_empty(j) == "va"
                && self.kind(j + 1) == Some(TokKind::Num)
                && let Some(def) = self.unit_at(j + 2).and_then(|u| self.entity_on_its_own(u)) =>
            {
                unit = Unit::Count;
                entity = Some((def.entity, def.metric));
                last = j - 1;
                unit_end = j;
            }
            // "điều chỉnh tăng vốn 124 lượt với 930 triệu USD", "tăng vốn 23 lượt": capital
            // increases counted after their noun, "lượt" ending the count (not "300 lượt
            // khách", "5 lượt kiểm tra").
            _ if scale == 0
                && max.is_none()
                && self.kind(num.first) == Some(TokKind::Num)
                && self.tok_or_empty(j) == "luot"
                && (self.kind(j + 1) != Some(TokKind::Word)
                    || self
                        .text
                        .word_is(j + 1, &["với", "và", "trong", "tăng", "so"]))
                && self.capital_raised_before(num.first) =>
            {
                unit = Unit::Count;
                entity = Some((Entity::CapitalIncrease, Metric::CapitalIncreases));
                last = j;
                unit_end = j + 1;
            }
            _ => {
                // No unit word. A currency sign before ("US$ 5 triệu"), or a large scale word
                // alone at the end of a phrase ("118 nghìn tỷ"), which in Vietnamese is đồng.
                // A sign before a number word needs a scale word: in "94,2 tỷ USD năm 2016"
                // the sign ends the amount before and "năm" is the year, not five.
                let digits_or_scale = self.kind(num.first) == Some(TokKind::Num) || scale != 0;
                // Nor is a sign that closes an amount before it and stands apart from the
                // number after ("45,3 triệu USD  2. Rings"); "2003 $108,501,204" opens it.
                let closes_amount = |h: &Hit| {
                    self.text.tokens[num.first].space_before && self.after_figure(h.start as usize)
                };
                if let Some(h) = self
                    .ends_at(num.first, |c| matches!(c, Cue::CurrencyBefore(_)))
                    .filter(|h| digits_or_scale && !closes_amount(h))
                {
                    let Cue::CurrencyBefore(u) = h.cue else {
                        unreachable!()
                    };
                    unit = u;
                    first = h.start as usize;
                } else if let Some(u) = self.currency_of_figure_to(j, scale) {
                    // "từ 28,6 tỷ lên 31,8 tỷ đồng": the figure it moved to names the currency.
                    unit = u;
                } else if scale >= 6
                    && (self
                        .kind(j)
                        .is_none_or(|k| k != TokKind::Word || self.tok(j) == "va")
                        // "Xây tháp 300 tỷ" ending a headline: the line ends the phrase.
                        || self.text.tokens[j].newline_before
                        // "334,4 tỷ doanh thu", "44 tỷ lợi nhuận": a money word names it.
                        || self.money_word_at(j))
                    && !self.per_unit(j)
                {
                    // An earlier figure of the same scale names what is counted: "2 tỷ" after
                    // "3,3 tỷ USD" is dollars, "13 triệu" after "15 triệu hành khách" no money.
                    if self.counts_subject_before(num.first, j, scale) {
                        return None;
                    }
                    // One joined to it by "và" speaks first: "nhập khẩu là 19 tỷ và xuất siêu
                    // 32 tỷ USD" is dollars, "1,8 triệu và năm 2016 có 2,8 triệu lượt người" no
                    // money.
                    let joined = (self.tok_or_empty(j) == "va")
                        .then(|| self.unit_of_later_figure(j + 1, scale, 5))
                        .flatten();
                    unit = bare_amount(
                        joined.or_else(|| self.unit_of_earlier_figure(num.first, scale)),
                    )?;
                } else if scale >= 9
                    && self.kind(num.first) == Some(TokKind::Num)
                    && self.ends_bare_amount(j)
                {
                    // "thu được 10 ngàn tỷ trong tổng số", "tăng 5 tỷ so với": a function word
                    // ends the amount, and a bare "tỷ" counts đồng unless a figure of the same
                    // scale after or before names something else. Digits only: "một tí thôi"
                    // is "a little".
                    if self.counts_subject_before(num.first, j, scale) {
                        return None;
                    }
                    unit = bare_amount(
                        self.unit_of_later_figure(j, scale, EARLIER_REACH)
                            .or_else(|| self.unit_of_earlier_figure(num.first, scale)),
                    )?;
                } else {
                    return None;
                }
                last = j - 1;
                unit_end = j;
            }
        }
        // A range with the unit on both ends: "từ 1.000.000 đồng đến 2.000.000 đồng", "từ 1
        // triệu đồng đến 2 triệu đồng", "từ 5 USD/m2 đến 7 USD/m2/tháng".
        if max.is_none()
            && extra.is_none()
            && let Some(u) = unit_hit.filter(|u| matches!(u.cue, Cue::Currency(_) | Cue::Area(_)))
            && (unit_end == u.end() || per_unit)
            && let Some(h) = self.range_high(unit_end)
            && let Some(r) = number::parse(self.tok(h))
        {
            let (k2, after) = self.scale_at(h + 1).unwrap_or((0, h + 1));
            if (k2 == scale || scale > 0 && k2 > scale)
                && let Some(u2) = self.unit_at(after)
                && u2.cue == u.cue
                && u2.len == u.len
            {
                // (Not a range of exchange rates: "24.100 đồng/USD đến 24.300 đồng/USD".)
                if self.exchange_rate(u2.end()) {
                    return None;
                }
                // "28.000 đồng đến 54.000 đồng mỗi viên": a range of prices.
                per_unit |= self.per_thing(u2.end());
                max = Some(r.shift(k2 - scale));
                unit_end = self.unit_phrase_end(per_unit, u2.end());
                last = unit_end - 1;
            }
        }
        if unit == Unit::Count && !(self.kind(num.first) == Some(TokKind::Num) || entity.is_some())
        {
            return None;
        }

        let base = num.reading;
        let mut value_of = |r: Reading| -> f64 {
            let pick = |d: Decimal| {
                let mut d = d.shift(exp);
                if let Some(x) = extra {
                    d = d.plus(x.shift(exp));
                }
                d.to_f64()
            };
            match r {
                Reading::Sure(d) => pick(d),
                Reading::Open { vn, en } => {
                    let (pref, other) = match self.style {
                        Style::Vietnamese => (vn, en),
                        Style::English => (en, vn),
                    };
                    let v = pick(pref);
                    if plausible(unit, v) { v } else { pick(other) }
                }
            }
        };
        let mut value = value_of(base);
        let value_max = max.map(&mut value_of);
        // "50 - 60.000 lao động": the low end shares the high end's thousands.
        if let (Some(m), Some(k)) = (value_max, max_tok)
            && self.tok(k).ends_with("000")
            && self.tok(k).contains(['.', ','])
            && !self.tok(num.first).contains(['.', ','])
            && value * 1000.0 <= m
            && value * 10_000.0 > m
        {
            value *= 1000.0;
        }
        if !value.is_finite() || !plausible(unit, value) {
            return None;
        }
        if unit == Unit::Count && value.fract() != 0.0 && scale == 0 {
            return None;
        }
        // A percent tacked onto a table row index or a year is not one: keep simple sanity.
        if let Some(m) = value_max
            && m < value
        {
            // "26 - 3" (a date), not a range.
            return None;
        }
        // "doanh nghiệp 100% vốn nước ngoài", "khu vực 100% vốn trong nước", "hầu hết là 100%
        // vốn nước ngoài": a kind of ownership named after a counted noun or by whose money
        // it is, not a share anyone measured.
        let whose = |k: usize| match (self.tok_or_empty(k), self.tok_or_empty(k + 1)) {
            ("nuoc", "ngoai") | ("trong", "nuoc") | ("nha", "nuoc") | ("viet", "nam") => true,
            ("fdi", _) => true,
            ("dau", "tu") => self.tok_or_empty(k + 2) == "nuoc",
            _ => false,
        };
        if unit == Unit::Percent
            && value == 100.0
            && value_max.is_none()
            && self.tok_or_empty(unit_end) == "von"
            && (self
                .ends_at(num.first, |c| matches!(c, Cue::Entity(_)))
                .is_some()
                || num.first >= 2
                    && self.tok(num.first - 2) == "khu"
                    && self.tok(num.first - 1) == "vuc"
                || whose(unit_end + 1)
                    // "thoái 100% vốn nhà nước", "nắm giữ 100% vốn": a stake that changed hands.
                    && !matches!(
                        self.tok(num.first.wrapping_sub(1)),
                        "thoai" | "ban" | "nhuong" | "giu" | "huu" | "tri" | "mua" | "lai"
                    ))
        {
            return None;
        }
        // "gạo 5% tấm": a rice grade (the share of broken grains) names the rice.
        if unit == Unit::Percent && self.text.word_is(unit_end, &["tấm"]) {
            return None;
        }
        // "(-1,28%)": a signed rate, as stock and index reports write a fall.
        if unit == Unit::Percent
            && value_max.is_none()
            && bracketed_sign(self.text, num.first) == Some('-')
        {
            value = -value;
            first = num.first - 1;
        }
        // For counts the number word itself can be the first token; guard `unit` reuse.
        let _ = &mut unit;
        Some(vec![Quantity {
            first,
            last,
            num: num.first,
            value,
            value_max,
            unit,
            entity,
            points,
            bare: false,
            unit_end,
            context: None,
            per_unit,
        }])
    }
}

/// Finds every quantity in `text`.
pub fn find(text: &Text, hits: &Hits, lex: &Lexicon, style: Style) -> Vec<Quantity> {
    let f = Finder {
        text,
        hits,
        lex,
        style,
        named: OnceCell::new(),
    };
    let mut qs = f.find();
    let mut bare = f.find_bare(&qs);
    qs.append(&mut bare);
    // A table's cells replace what the sentence finder made of their row ("Doanh thu triệu
    // USD 4.120 4.652" is no "USD 4.120").
    let (cells, claimed) = f.find_tables();
    if !cells.is_empty() {
        let claimed = Spans::new(claimed.into_iter().map(|(a, b)| (a, b - 1)).collect());
        qs.retain(|q| !claimed.overlap(q.first, q.last));
        qs.extend(cells);
    }
    qs.sort_by_key(|q| q.first);
    qs
}

impl Finder<'_> {
    /// Numbers whose unit the context fixes.
    fn find_bare(&self, found: &[Quantity]) -> Vec<Quantity> {
        // Whether a found quantity covers token `i`.
        let spans = Spans::new(found.iter().map(|q| (q.first, q.last)).collect());
        let taken = |i: usize| spans.overlap(i, i);
        let mut out: Vec<Quantity> = Vec::new();
        let n = self.n();
        let bare_num = |i: usize, out: &Vec<Quantity>| -> Option<f64> {
            if self.kind(i) != Some(TokKind::Num) || taken(i) || out.iter().any(|q| q.first == i) {
                return None;
            }
            let num = Num {
                first: i,
                last: i,
                reading: number::parse(self.tok(i))?,
            };
            if self.is_not_a_quantity(&num, None, 0) {
                return None;
            }
            // Followed by a unit or date word: not bare.
            if self.unit_at(i + 1).is_some()
                || self.scale_at(i + 1).is_some()
                || self
                    .hits
                    .longest_at(i + 1, |c| *c == Cue::DateWord)
                    .is_some()
            {
                return None;
            }
            if i + 1 < n
                && matches!(self.tok(i + 1), "/" | "-" | ":")
                && !self.text.tokens[i + 1].space_before
            {
                return None;
            }
            Some(num.reading.resolve(self.style).to_f64())
        };
        let mk = |i: usize, value: f64, unit: Unit, entity: Option<(Entity, Metric)>| Quantity {
            first: i,
            last: i,
            num: i,
            value,
            value_max: None,
            unit,
            entity,
            points: false,
            bare: true,
            unit_end: i + 1,
            context: None,
            per_unit: false,
        };

        for h in &self.hits.list {
            match h.cue {
                // "tỷ lệ lấp đầy KCN đạt 50,72": the first number after, before any other.
                Cue::Metric {
                    metric: Metric::OccupancyRate,
                    ..
                } => {
                    let s = self.text.sentences[self.text.sentence_of(h.start as usize)];
                    let (mut k, mut reach) = (h.end(), h.end() + 8);
                    while k < s.end && k < reach {
                        // A number in a zone's name, small, after a capitalised word that is
                        // no abbreviation and with a number soon after ("Tỷ lệ lấp đầy KCN
                        // Vũng Áng 1 đạt 72"), or further on with no comma between ("KCN Long
                        // Hậu 1 và Long Hậu mở rộng đạt 100%"), is passed over; "KCN 72,5",
                        // "các KCN Hà Tĩnh 68,4" and "KCN Hòa Khánh 20, thấp nhất trong 6 KCN"
                        // end on the rate.
                        let named = |k: usize| {
                            let num = |j: usize| self.kind(j) == Some(TokKind::Num);
                            self.kind(k - 1) == Some(TokKind::Word)
                                && self.text.tokens[k - 1].capitalized
                                && !self.text.in_capitals(k - 1)
                                && self.tok(k).parse::<u8>().is_ok_and(|n| n <= 20)
                                && ((k + 1..s.end.min(k + 4)).any(num)
                                    || (k + 1..s.end.min(k + 8))
                                        .take_while(|&j| !matches!(self.tok(j), "," | ";"))
                                        .any(num))
                        };
                        if self.kind(k) == Some(TokKind::Num) && named(k) {
                            // (Read on as far as the number it was passed over for, within a
                            // bound: a run of names stays linear.)
                            reach = reach.max(k + 8).min(h.end() + 16);
                            k += 1;
                            continue;
                        }
                        if self.kind(k) == Some(TokKind::Num) {
                            if let Some(v) = bare_num(k, &out)
                                && v <= 100.0
                            {
                                out.push(mk(k, v, Unit::Percent, None));
                            }
                            break;
                        }
                        if taken(k) || matches!(self.tok(k), ";" | "(") {
                            break;
                        }
                        k += 1;
                    }
                }
                // "số khu đã đi vào hoạt động là 98".
                Cue::Entity(id) => {
                    let start = h.start as usize;
                    // "số", or "so" where accents were lost; not "cơ sở".
                    let after_so = start > 0 && self.text.word_is(start - 1, &["số", "so"]);
                    if !after_so {
                        continue;
                    }
                    let def = &self.lex.entities[id as usize];
                    let s = self.text.sentences[self.text.sentence_of(start)];
                    let mut k = h.end();
                    while k < s.end && k < h.end() + 10 {
                        if self.kind(k) == Some(TokKind::Num) {
                            // "tổng số dự án FDI lên 40", "lên tới 40".
                            let linked =
                                matches!(self.tok(k - 1), "la" | ":" | "dat" | "co" | "len")
                                    || matches!(self.tok(k - 1), "toi" | "den")
                                        && self.tok(k - 2) == "len";
                            if linked && let Some(v) = bare_num(k, &out) {
                                out.push(mk(k, v, Unit::Count, Some((def.entity, def.metric))));
                            }
                            break;
                        }
                        if taken(k) || matches!(self.tok(k), ";" | "," | "(" | ".") {
                            break;
                        }
                        k += 1;
                    }
                }
                _ => {}
            }
        }

        // "5 trong tổng số 12 khu công nghiệp": the part counts the same things as the whole.
        for q in found {
            if q.unit != Unit::Count || q.num < 3 {
                continue;
            }
            let mut k = q.num - 1;
            if self.tok(k) == "so" {
                k -= 1;
                if self.tok(k) == "tong" {
                    k = k.saturating_sub(1);
                }
                if self.tok(k) == "trong"
                    && k > 0
                    && let Some(v) = bare_num(k - 1, &out)
                {
                    out.push(mk(k - 1, v, Unit::Count, q.entity));
                }
            }
        }

        out
    }

    /// Token ranges of lines.
    fn lines(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, t) in self.text.tokens.iter().enumerate() {
            if t.newline_before && i > start {
                out.push((start, i));
                start = i;
            }
        }
        if start < self.n() {
            out.push((start, self.n()));
        }
        out
    }

    /// The unit a table header line announces: a unit word at its end and no number in it.
    fn header_unit(&self, a: usize, b: usize) -> Option<Unit> {
        if b - a < 2 || (a..b).any(|k| self.kind(k) == Some(TokKind::Num)) {
            return None;
        }
        let last = b - 1;
        let unit = self
            .hits
            .within(a, b)
            .iter()
            .filter(|h| h.end() == b || h.end() == last)
            .find_map(|h| match h.cue {
                Cue::Percent => Some(Unit::Percent),
                Cue::Area(0) => Some(Unit::Ha),
                _ => None,
            })?;
        // A header names its columns: "STT", "Tỷ lệ", "Vùng", or a closing parenthesis.
        let header_like = (a..b).any(|k| matches!(self.tok(k), "stt" | "tt" | "le" | ")"));
        header_like.then_some(unit)
    }
}
