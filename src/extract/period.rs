//! Periods: the dates a figure covers, read from phrases such as `năm 2023`,
//! `6 tháng đầu năm 2024`, `quý I/2024`, `tính đến 20/10/2021`, `lũy kế đến nay`; and the
//! article's publication date, which `đến nay` ("until now") refers to.

use chrono::{Datelike, NaiveDate};

use crate::lexicon::{Cue, Hits, MeasureCue};
use crate::text::{Text, TokKind};

/// How many sentences after a date counted up to an undated article's "now" may still mean it.
const NOW_REACH: usize = 5;

/// A period phrase found in the text: tokens `first..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PeriodExpr {
    pub first: usize,
    pub end: usize,
    pub start: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// A running total or stock as of `end_date` (`tính đến`, `lũy kế`, `đến nay`).
    pub cumulative: bool,
    /// The year was written (not taken from context).
    pub explicit_year: bool,
    /// A plan horizon (`đến năm 2030`, `quý IV/2022` after `đến`).
    pub horizon: bool,
    /// The period compared with (`so với cùng kỳ năm 2020`), or one in a quoted name (`hội
    /// nghị “Đối thoại ... năm 2017”`): not the figure's own.
    pub comparison: bool,
    /// A day named in passing (an event's or a document's date, not after "tính đến"), or the
    /// span in a plan's name: it dates its own sentence, and is not carried to the next.
    pub document: bool,
    /// A document's own date ("Quyết định 596/QĐ-UBND ngày 18-4-2011"): it dates no figure,
    /// and its sentence, about the document, takes no period from the sentences before.
    pub issued: bool,
    /// The horizon a plan is named by ("Theo Đề án ... quy hoạch ... đến năm 2020"): kept out
    /// like a comparison, except from the plan's own targets ("toàn tỉnh sẽ có 62 CCN"). Or the
    /// span in a plan's name ("quy hoạch tỉnh thời kỳ 2021-2030"), which past a comma dates only
    /// those targets.
    pub plan: bool,
    /// The year of a plan a rate is measured against ("bằng 22% kế hoạch năm 2025"), also a
    /// `comparison` and a `plan`: it dates that plan's targets, and a figure of its clause with
    /// no other time.
    pub plan_year: bool,
}

impl PeriodExpr {
    /// Whether it is the time of a figure of the text's own: no horizon, no period compared
    /// with, no day named in passing.
    pub fn own_time(&self) -> bool {
        !(self.horizon || self.comparison || self.document)
    }

    /// The span `start..=end_date` named in tokens `first..end`, with no other mark: the base
    /// of a literal that sets the marks it has.
    fn span(
        first: usize,
        end: usize,
        start: Option<NaiveDate>,
        end_date: Option<NaiveDate>,
    ) -> PeriodExpr {
        PeriodExpr {
            first,
            end,
            start,
            end_date,
            cumulative: false,
            explicit_year: false,
            horizon: false,
            comparison: false,
            document: false,
            issued: false,
            plan_year: false,
            plan: false,
        }
    }

    /// Year `y`, named in the two tokens from `first` ("năm nay", "năm sau").
    fn year(first: usize, y: i32, comparison: bool) -> PeriodExpr {
        PeriodExpr {
            explicit_year: true,
            comparison,
            ..PeriodExpr::span(first, first + 2, ymd(y, 1, 1), ymd(y, 12, 31))
        }
    }
}

/// Words that name the quote after them: an event's, a document's or a campaign's title.
const NAMING: &[&str] = &[
    "hội nghị",
    "hội thảo",
    "diễn đàn",
    "tọa đàm",
    "toạ đàm",
    "chủ đề",
    "chương trình",
    "đề án",
    "báo cáo",
    "phong trào",
    "cuộc thi",
    "khẩu hiệu",
    "giải thưởng",
    "chiến dịch",
    "kế hoạch",
    "nghị quyết",
    "chiến lược",
    "quy hoạch",
    "sự kiện",
    "lễ",
    "hội chợ",
    "triển lãm",
    "tên",
    "gọi là",
    "cuộc vận động",
];

/// Tokens a quoted name spans at most (see [`Reader::quoted`]).
const QUOTE_REACH: usize = 30;

/// Tokens back over which the quotes before a period are counted (see [`Reader::quoted`]).
const QUOTE_PARITY_REACH: usize = 400;

pub fn last_day(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Whether "năm" at token `k` names a decade of the last century: "những năm 90", "các năm
/// 1980", or "kỷ"/"niên" does ("thập kỷ 90", "thập niên 1980") (not a list of years, "các năm
/// 1990 và 1991", "những năm 1990, 1991", nor "những năm 2010", more often that year in the
/// news).
pub(super) fn decade_at(text: &Text, k: usize) -> bool {
    k > 0
        && (text.word_is(k - 1, &["những", "các"]) && text.word_is(k, &["năm"])
            || text.word_is(k - 1, &["thập"]) && text.word_is(k, &["kỷ", "kỉ", "niên"]))
        && {
            let t = text.tok_at(k as isize + 1);
            let b = t.as_bytes();
            b.iter().all(u8::is_ascii_digit)
                && b.last() == Some(&b'0')
                && (b.len() == 2 && b[0] != b'0' || b.len() == 4 && t.starts_with("19"))
        }
        && !matches!(
            text.tok_at(k as isize + 2),
            "va" | "-" | "–" | "den" | "toi"
        )
        && !(text.tok_at(k as isize + 2) == ","
            && text
                .tokens
                .get(k + 3)
                .is_some_and(|t| t.kind == TokKind::Num))
}

pub(super) fn year_of(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// Year `y`, written, as `date_at` gives a period: its first day, its last, and `next`, the
/// token after it.
fn whole_year(y: i32, next: usize) -> Option<(Option<NaiveDate>, NaiveDate, bool, usize)> {
    Some((ymd(y, 1, 1), ymd(y, 12, 31)?, true, next))
}

/// The first and last month of the first (`first`) or last `n` months of a year: "6 tháng
/// đầu năm" is 1..6, "nửa cuối năm" 7..12, "quý cuối năm" 10..12.
fn months_of_year(first: bool, n: u32) -> (u32, u32) {
    if first { (1, n) } else { (13 - n, 12) }
}

fn small(s: &str, max: u32) -> Option<u32> {
    let v: u32 = s.parse().ok()?;
    (1..=max).contains(&v).then_some(v)
}

fn roman_quarter(s: &str) -> Option<u32> {
    match s {
        "i" | "1" => Some(1),
        "ii" | "2" => Some(2),
        "iii" | "3" => Some(3),
        "iv" | "4" => Some(4),
        _ => None,
    }
}

/// Words before "năm" that make it a count of years: not the next year in "hai năm sau", not
/// five in "vài năm lao động".
pub(super) const YEAR_COUNTERS: &[&str] = &[
    "mỗi", "hằng", "hàng", "các", "những", "vài", "nhiều", "mấy", "hai", "ba", "bốn", "năm", "sáu",
    "bảy", "tám", "chín", "mười", "mươi", "chục", "trăm",
];

struct Reader<'a> {
    text: &'a Text,
    hits: &'a Hits,
}

/// Second syllables that make "hiện" opening a sentence or clause part of a noun or verb
/// ("Hiện trường", "Hiện tượng", "Hiện đại", "Hiện ra"), not "now".
const NOUNS_AFTER_HIEN: &[&str] = &[
    "trường",
    "tượng",
    "thực",
    "đại",
    "diện",
    "hình",
    "nguyên",
    "lực",
    "cảnh",
    "vật",
    "thân",
    "ra",
    "lên",
    "rõ",
    "trạng",
    "hữu",
    "hành",
    "kim",
];

impl Reader<'_> {
    /// Whether a plan's name stands in the ten tokens before token `i` ("quy hoạch", "tầm
    /// nhìn", "định hướng", "có xét"): a period there names the plan.
    fn plan_named(&self, i: usize) -> bool {
        self.plan_word_in(i.saturating_sub(10), i)
    }

    /// Whether a plan's name ("quy hoạch", "tầm nhìn", "định hướng", "có xét") ends in tokens
    /// `a..b`.
    fn plan_word_in(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            let before = self.tok(k.wrapping_sub(1));
            matches!(self.tok(k), "hoach" | "nhin" | "huong")
                && matches!(before, "quy" | "tam" | "dinh")
                || self.tok(k) == "xet" && before == "co"
        })
    }

    /// The years of a span written "2021 - 2024" at token `i` (not inside a date "1/2021-2024").
    #[inline]
    fn year_range_at(&self, i: usize) -> Option<(i32, i32)> {
        if !self.num(i) || !self.num(i + 2) {
            return None;
        }
        let y0 = year_of(self.tok(i))?;
        let y1 = year_of(self.tok(i + 2))?;
        (self.tok(i + 1) == "-" && y1 > y0 && (i == 0 || !matches!(self.tok(i - 1), "/" | "-")))
            .then_some((y0, y1))
    }

    /// "đầu" (first, `true`) or "cuối" (last, `false`) at token `i`.
    fn first_or_last(&self, i: usize) -> Option<bool> {
        if self.word_is(i, &["đầu"]) {
            Some(true)
        } else if self.word_is(i, &["cuối"]) {
            Some(false)
        } else {
            None
        }
    }

    fn tok(&self, i: usize) -> &str {
        if i < self.text.tokens.len() {
            self.text.tok(i)
        } else {
            ""
        }
    }

    fn num(&self, i: usize) -> bool {
        i < self.text.tokens.len() && self.text.tokens[i].kind == TokKind::Num
    }

    /// Tokens `i..` adjacent (no space) as in `6/2016`.
    fn tight(&self, i: usize) -> bool {
        i < self.text.tokens.len() && !self.text.tokens[i].space_before
    }

    fn word_is(&self, i: usize, words: &[&str]) -> bool {
        self.text.word_is(i, words)
    }

    /// `/2024` or ` năm 2024` after token `i` (exclusive); returns (year, next token).
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        // "6/2016", and "9-2014" and "IV.2016" as some papers write it.
        if matches!(self.tok(i), "/" | "-" | ".")
            && self.tight(i)
            && self.num(i + 1)
            && self.tight(i + 1)
        {
            return year_of(self.tok(i + 1)).map(|y| (y, i + 2));
        }
        if self.word_is(i, &["năm"]) && self.num(i + 1) {
            return year_of(self.tok(i + 1)).map(|y| (y, i + 2));
        }
        None
    }

    /// The year written at token `i` ("/2016", "năm 2016"), the token after it, and `true`;
    /// else the context's `year`, `rest` as the next token, and `false`.
    fn year_or(&self, i: usize, year: Option<i32>, rest: usize) -> Option<(i32, usize, bool)> {
        match self.year_after(i) {
            Some((y, next)) => Some((y, next, true)),
            None => Some((year?, rest, false)),
        }
    }

    /// A later month or quarter joined at token `k` to the one before it ("và 3/2017", "-
    /// 5/2017", "và tháng 3 năm 2017", "và II/2017"): its number as `read` takes it, the year
    /// written after it, and the token after that. Only with the year written: "tháng 2 và 3
    /// dự án" joins nothing. (Callers take the months between only after a dash, or after "và"
    /// for the next one: "tháng 1 và tháng 5/2017" names two months, not five.)
    fn joined_to(
        &self,
        k: usize,
        again: &[&str],
        read: impl Fn(&str) -> Option<u32>,
    ) -> Option<(u32, i32, usize)> {
        if !(self.word_is(k, &["và"]) || matches!(self.tok(k), "-" | "–")) {
            return None;
        }
        let k = k + 1 + usize::from(self.word_is(k + 1, again));
        let n = read(self.tok(k))?;
        let (y, next) = self.year_after(k + 1)?;
        Some((n, y, next))
    }

    /// The month named in words at token `k` after "tháng", and how many tokens name it. The
    /// words that also count or say "year" ("một", "hai", "ba", "tư", "năm") name a month only
    /// when capitalised ("tháng Một"; "mỗi tháng một lần" is once a month).
    fn month_word(&self, k: usize) -> Option<(u32, usize)> {
        if self.word_is(k, &["mười"]) {
            return Some(if self.word_is(k + 1, &["một"]) {
                (11, 2)
            } else if self.word_is(k + 1, &["hai"]) {
                (12, 2)
            } else {
                (10, 1)
            });
        }
        let plain = ["giêng", "sáu", "bảy", "tám", "chín", "chạp"];
        if let Some(n) = plain.iter().position(|w| self.word_is(k, &[w])) {
            return Some(([1, 6, 7, 8, 9, 12][n], 1));
        }
        let capitalised = ["một", "hai", "ba", "tư", "bốn", "năm"];
        let n = capitalised.iter().position(|w| self.word_is(k, &[w]))?;
        (self.text.tokens[k].capitalized && !self.num(k + 1)).then_some(([1, 2, 3, 4, 4, 5][n], 1))
    }

    /// Where "hiện" opening a sentence or a clause ends, when it means "now" there ("Hiện,
    /// ...", "Hiện tại, ...", "Hiện Huy Long An đang sở hữu ...", "Theo ông Cường, hiện cả
    /// nước có ...", "cho biết hiện tỉnh có ...", "cho biết: Hiện tại, ..."), not the first
    /// syllable of a noun ("Hiện trường", "Hiện tượng", "công nghiệp hóa, hiện đại hóa").
    /// `last` is the period read last: within a sentence, one said before the clause dates it
    /// ("Qua 6 tháng, hiện Bộ mới giao được ...").
    fn now_opening(&self, i: usize, last: Option<&PeriodExpr>) -> Option<usize> {
        // (The folded form first: it is tried at every token, and most are not.)
        if self.tok(i) != "hien" || !self.word_is(i, &["hiện"]) {
            return None;
        }
        let first = self.text.sentences[self.text.sentence_of(i)].first;
        let dated = last.is_some_and(|p| p.first >= first);
        let opens = if i == first {
            self.text.tokens[i].capitalized
        } else {
            let j = i - usize::from(matches!(self.tok(i - 1), "," | ":"));
            !dated
                && (j < i && j > first
                    || j >= first + 2
                        && self.tok(j - 2) == "cho"
                        && self.word_is(j - 1, &["biết", "hay"]))
        };
        // Or right before a figure, a hedge or a verb of being between ("Tổng quỹ đất sạch sẵn
        // sàng cho thuê hiện khoảng 1.150 ha", "hiện còn 85 ha"), in a sentence that names no
        // time before it ("Trong 9 tháng năm 2024, doanh thu ... hiện đạt 2.000 tỷ đồng" is the
        // nine months'); not the end of another word ("vốn thực hiện 500 tỷ đồng", "thể hiện",
        // "phát hiện", "xuất hiện").
        // (A figure before it, "dự kiến nâng tỷ lệ lấp đầy lên 80%, hiện đạt 65%", "dự kiến
        // nâng doanh thu lên 200 triệu USD vào năm 2026, hiện đạt 150 triệu USD", turns from
        // the goal's time to now.)
        // (Looked for within the window before it, only where a time was named: a run-on
        // sentence stays linear.)
        let figure_between = || {
            last.is_some_and(|p| {
                (first.max(i.saturating_sub(crate::extract::label::WINDOW))..i)
                    .any(|k| self.num(k) && !(p.first..p.end).contains(&k))
            })
        };
        let before_figure = || {
            (!dated || figure_between())
                && !self.word_is(
                    i.wrapping_sub(1),
                    &["thực", "thể", "phát", "xuất", "biểu", "tái", "hiển"],
                )
                && (i + 1..i + 4).find(|&k| self.num(k)).is_some_and(|k| {
                    (i + 1..k).all(|j| {
                        self.word_is(
                            j,
                            &[
                                "khoảng", "còn", "là", "đạt", "ở", "mức", "có", "chỉ", "gần",
                                "hơn", "trên", "chừng",
                            ],
                        )
                    })
                })
        };
        if !opens && !before_figure() {
            return None;
        }
        if self.word_is(i + 1, &["tại", "giờ"]) {
            return Some(i + 2);
        }
        (!self.word_is(i + 1, NOUNS_AFTER_HIEN)).then_some(i + 1)
    }

    /// Whether "tới" at `k`, right after a date, makes it the coming one ("cuối tháng 7 tới"),
    /// not the end of a span opening ("từ tháng 3 tới nay", "tới tháng 5").
    fn coming(&self, k: usize) -> bool {
        self.word_is(k, &["tới"])
            && !self.num(k + 1)
            // ("báo cáo tháng 4 tới UBND tỉnh", "gửi tới Sở Công Thương": "tới" is "to".)
            && !self
                .text
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Word && self.text.in_capitals(k + 1))
            && !self.word_is(k + 1, &["Sở", "Bộ", "Ban", "Ủy", "Thủ", "lãnh"])
            && !self.word_is(
                k + 1,
                &[
                    "nay", "năm", "tháng", "ngày", "hết", "cuối", "đầu", "giữa", "quý", "hôm",
                    "giờ", "Tết",
                ],
            )
    }

    /// A date phrase starting at token `i`: returns (start, end, explicit year, next token).
    fn date_at(
        &self,
        i: usize,
        year: Option<i32>,
    ) -> Option<(Option<NaiveDate>, NaiveDate, bool, usize)> {
        let t = self.tok(i);
        // Every date phrase starts with a number, a number of months in words or one of these
        // words (folded): most tokens start none, and are told so here.
        let num = self.num(i);
        // "8 months of 2024": English-style copy's months so far of that year.
        if num
            && self.tok(i + 1) == "months"
            && self.tok(i + 2) == "of"
            && let Some(y) = year_of(self.tok(i + 3))
        {
            let n = small(t, 12)?;
            return Some((ymd(y, 1, 1), last_day(y, n)?, true, i + 4));
        }
        let mut word_count = None;
        // "nửa đầu năm (2017)", "nửa cuối năm": a half of the year. "nửa đầu tháng 5", "kỳ 1
        // tháng 5/2017", "15 ngày cuối tháng 4": half a month, as customs reports count (the
        // first half to the 15th).
        let half = match t {
            "nua" if self.word_is(i, &["nửa"]) => self.first_or_last(i + 1).map(|f| (f, i + 2)),
            "ky" if self.word_is(i, &["kỳ"]) => match self.tok(i + 1) {
                "1" | "i" => Some((true, i + 2)),
                "2" | "ii" => Some((false, i + 2)),
                _ => None,
            },
            "15" if self.word_is(i + 1, &["ngày"]) => {
                self.first_or_last(i + 2).map(|f| (f, i + 3))
            }
            _ => None,
        };
        if let Some((first_half, k)) = half {
            if t == "nua" && self.word_is(k, &["năm"]) {
                let (y, next, explicit) = self.year_or(k, year, k + 1)?;
                let (m0, m1) = months_of_year(first_half, 6);
                return Some((ymd(y, m0, 1), last_day(y, m1)?, explicit, next));
            }
            if self.word_is(k, &["tháng"])
                && let Some((Some(start), end, explicit, next)) = self.date_at(k, year)
            {
                let (from, to) = if first_half {
                    (start, start.with_day(15)?)
                } else {
                    (start.with_day(16)?, end)
                };
                return Some((Some(from), to, explicit, next));
            }
        }
        // "Năm tháng đầu năm 2017": five months, not a year ("những năm tháng" is).
        if t == "nam"
            && self.tok(i + 1) == "thang"
            && matches!(self.tok(i + 2), "dau" | "cuoi")
            && self.word_is(i, &["năm"])
        {
            word_count = Some(5);
        } else if !num && !matches!(t, "thang" | "quy" | "nam" | "cuoi") {
            // A number of months in words, before "tháng" only (one comparison for most tokens).
            if self.tok(i + 1) != "thang" {
                return None;
            }
            let words = ["hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"];
            let n = words.iter().position(|w| self.word_is(i, &[w]))?;
            word_count = Some([2, 3, 4, 6, 7, 8, 9, 10][n]);
        }
        // N tháng (đầu|cuối) năm YYYY, also with N in words ("Sáu tháng đầu năm 2017")
        if (num || word_count.is_some()) && self.word_is(i + 1, &["tháng"]) {
            let n = match word_count {
                Some(n) => n,
                None => small(t, 12)?,
            };
            let (first_half, k) = match self.first_or_last(i + 2) {
                Some(f) => (f, i + 3),
                None => (true, i + 2),
            };
            if self.word_is(k, &["năm"]) {
                let (y, next, explicit) = self.year_or(k, year, k + 1)?;
                let (m0, m1) = months_of_year(first_half, n);
                return Some((ymd(y, m0, 1), last_day(y, m1)?, explicit, next));
            }
            // "trong 9 tháng 2016": the year written bare after the months.
            if self.num(k)
                && let Some(y) = year_of(self.tok(k))
            {
                let (m0, m1) = months_of_year(first_half, n);
                return Some((ymd(y, m0, 1), last_day(y, m1)?, true, k + 1));
            }
            // "Trong 5 tháng, cả nước ...", "Cũng trong 5 tháng", "Tính chung 5 tháng": a
            // report's months so far, where they open a clause (not "hoàn thành trong 3
            // tháng", a duration).
            let opener = |j: usize| {
                j == 0
                    || matches!(self.tok(j - 1), "," | ";" | "(" | ":" | "-")
                    || self.text.sentences[self.text.sentence_of(j)].first == j
            };
            let so_far = i > 0
                && k == i + 2
                && (matches!(self.tok(i - 1), "trong" | "qua")
                    && (opener(i - 1) || self.tok(i.wrapping_sub(2)) == "cung" && opener(i - 2))
                    || self.tok(i - 1) == "chung" && self.tok(i.wrapping_sub(2)) == "tinh"
                    // "Lũy kế 6 tháng, ...": the months so far added up, as "Lũy kế 6 tháng
                    // đầu năm" says in full.
                    || self.tok(i - 1) == "ke" && self.tok(i.wrapping_sub(2)) == "luy")
                && !matches!(self.tok(k), "toi" | "sau" | "nua" | "ke");
            // "Kim ngạch xuất khẩu nông sản 4 tháng đạt 10,76 tỷ USD", "Chỉ số ... 4 tháng chỉ
            // tăng 5,1%": the months a figure reached so far, a result's verb right after them
            // (or "của" right after a metric's name).
            let reached = k == i + 2
                && i > 0
                && self.text.tokens[i - 1].kind == TokKind::Word
                && !matches!(
                    self.tok(i - 1),
                    "trong" | "sau" | "truoc" | "mat" | "khoang"
                )
                && (self.word_is(k, &["đạt", "tăng", "giảm", "ước", "chỉ"])
                    // "Doanh thu 6 tháng của các doanh nghiệp ... đạt": a metric's own months,
                    // named right before them, whose they are after.
                    || self.word_is(k, &["của"])
                        && self
                            .hits
                            .within(i.saturating_sub(6), i)
                            .iter()
                            .any(|h| matches!(h.cue, Cue::Metric { .. }) && h.end() == i));
            // "9 tháng, giá trị xuất khẩu ...", "Hưng Yên: 9 tháng qua, ...": the months so far
            // opening a clause on their own. Set off by a comma, at the sentence's start or
            // after a dateline's place ("Bình Phước - 9 tháng, ..."; not a duration after a
            // colon, "thời gian thi công: 9 tháng,", nor the end of a range, "từ 3 - 6 tháng,");
            // by "qua", after any mark.
            let dateline = i >= 2
                && matches!(self.tok(i - 1), "-" | "–" | ":")
                && self.text.tokens[i - 2].capitalized
                && self.text.tokens[i - 2].kind == TokKind::Word;
            let s0 = self.text.sentences[self.text.sentence_of(i)].first;
            let starts = s0 == i || dateline;
            // Also a headline's months before what was done in them: "Hưng Yên: 11 tháng thu
            // hút 1,02 tỷ USD vốn FDI", "6 tháng đạt ...".
            let done_at = |j: usize| {
                self.text.words_at(j, &["thu", "hút"])
                    || self.word_is(j, &["đạt", "tăng", "giảm", "ước", "cấp", "xuất"])
            };
            // A bulletin's clause opens so too, after a comma or ";", on the verb or on its
            // subject, a place or a body, before it: "Tại các KCN, 9 tháng tỉnh cấp mới 16 dự
            // án", "... tháng 7 tăng 12,1%; 7 tháng tăng 10,4%". (Not months counted on or
            // running, "9 tháng sau", "4 tháng liên tiếp", "2 tháng gần đây", "6 tháng thi
            // công", nor a term, "kỳ hạn 1 tuần ở 4,08%; 3 tháng giảm còn 4,2%", "lãi suất 1
            // tháng ở 3,1%, 6 tháng tăng lên 4,5%", nor "1 tháng", which a report writes "tháng
            // 1".)
            let subject_then_done = || {
                // (A place, a body or a metric's name: "tỉnh", "các KCN", "Bắc Ninh", "UBND
                // tỉnh", "kim ngạch xuất khẩu", "vốn FDI".)
                let subject = self.word_is(
                    k,
                    &[
                        "tỉnh", "thành", "toàn", "các", "cả", "KCN", "KKT", "khu", "huyện", "địa",
                        "ngành",
                    ],
                ) || self.text.tokens.get(k).is_some_and(|t| t.capitalized)
                    || self
                        .hits
                        .at(k)
                        .iter()
                        .any(|h| matches!(h.cue, Cue::Metric { .. }));
                (done_at(k) || subject && (k + 1..k + 6).any(done_at))
                    && !(s0.max(i.saturating_sub(60))..i).any(|j| {
                        self.text.words_at(j, &["kỳ", "hạn"])
                            || self.text.words_at(j, &["lãi", "suất"])
                    })
            };
            let clause = i > 0 && n >= 2 && matches!(self.tok(i - 1), "," | ";");
            let heads = k == i + 2
                && ((self.tok(k) == "," || done_at(k)) && starts
                    || clause && subject_then_done()
                    || self.tok(k) == "qua" && opener(i));
            // "Quảng Ninh: Thu hút 3,1 tỷ USD vốn FDI trong 7 tháng": the title's months so far,
            // of a figure just before, ending it (elsewhere, "bàn giao 50 ha trong 6 tháng" is a
            // duration; so are times counted, "lần thứ 2 trong 3 tháng").
            let before = i.saturating_sub(7)..i.saturating_sub(1);
            let closes = i >= 2
                && k == i + 2
                && self.tok(i - 1) == "trong"
                && i < self.text.title_end()
                && self.text.tokens.get(k).is_none_or(|t| t.newline_before)
                && before.clone().any(|j| self.num(j))
                && !before.clone().any(|j| self.word_is(j, &["lần"]));
            // "báo cáo tình hình kinh tế - xã hội 9 tháng của tỉnh": a report's months so far.
            // (Not "nợ bảo hiểm xã hội 6 tháng", nor the months to come or left, "kinh tế - xã
            // hội 3 tháng còn lại".)
            let report = k == i + 2
                && i >= 5
                && self.text.words_at(i - 5, &["kinh", "tế"])
                && matches!(self.tok(i - 3), "-" | "–")
                && self.text.words_at(i - 2, &["xã", "hội"])
                && !self.word_is(
                    k,
                    &["còn", "tới", "cuối", "liền", "sau", "nữa", "kế", "gần"],
                );
            if so_far || reached || heads || closes || report {
                return Some((ymd(year?, 1, 1), last_day(year?, n)?, false, k));
            }
            return None;
        }
        // "tháng đầu (tiên) (của) năm 2017": the first month; "tháng cuối năm 2016" the last.
        // Not "những tháng đầu năm", the first months.
        if self.word_is(i, &["tháng"])
            && let Some(first) = self.first_or_last(i + 1)
            && !matches!(self.text.tok_at(i as isize - 1), "nhung" | "cac" | "may")
        {
            let mut k = i + 2;
            if first && self.word_is(k, &["tiên"]) {
                k += 1;
            }
            if self.word_is(k, &["của"]) {
                k += 1;
            }
            // With the year written: "năm nay" is read elsewhere.
            if self.word_is(k, &["năm"])
                && let Some((y, next)) = self.year_after(k)
            {
                let (m, _) = months_of_year(first, 1);
                return Some((ymd(y, m, 1), last_day(y, m)?, true, next));
            }
        }
        // tháng M/YYYY, tháng M năm YYYY, tháng M.YYYY (one number token)
        if self.word_is(i, &["tháng"]) && self.num(i + 1) {
            if let Some((m, y)) = self.tok(i + 1).split_once('.')
                && y.len() == 4
            {
                let (m, y) = (small(m, 12)?, year_of(y)?);
                return Some((ymd(y, m, 1), last_day(y, m)?, true, i + 2));
            }
            let m = small(self.tok(i + 1), 12)?;
            // "tháng 2 và 3/2017", "các tháng 1-5/2017": the months between, in the year
            // written after the last.
            if let Some((m1, y, next)) = self.joined_to(i + 2, &["tháng"], |s| small(s, 12))
                && m1 > m
                && (m1 == m + 1 || !self.word_is(i + 2, &["và"]))
            {
                return Some((ymd(y, m, 1), last_day(y, m1)?, true, next));
            }
            let (y, next, explicit) = self.year_or(i + 2, year, i + 2)?;
            return Some((ymd(y, m, 1), last_day(y, m)?, explicit, next));
        }
        // tháng Sáu, tháng Một năm 2017, tháng mười hai: a month in words
        if self.word_is(i, &["tháng"])
            && let Some((m, len)) = self.month_word(i + 1)
        {
            let (y, next, explicit) = self.year_or(i + 1 + len, year, i + 1 + len)?;
            return Some((ymd(y, m, 1), last_day(y, m)?, explicit, next));
        }
        // cuối 4/2017: the end of a month written without "tháng"
        if t == "cuoi"
            && self.word_is(i, &["cuối"])
            && self.num(i + 1)
            && self.tok(i + 2) == "/"
            && self.tight(i + 2)
            && self.num(i + 3)
            && self.tight(i + 3)
            && let (Some(m), Some(y)) = (small(self.tok(i + 1), 12), year_of(self.tok(i + 3)))
        {
            return Some((ymd(y, m, 1), last_day(y, m)?, true, i + 4));
        }
        // quý I/2024, quý II năm 2024; quý đầu (tiên) năm 2017, hai quý đầu năm, quý cuối năm
        if self.word_is(i, &["quý"]) {
            let n = match self.text.tok_at(i as isize - 1) {
                "hai" | "2" => 2,
                "ba" | "3" => 3,
                _ => 1,
            };
            let edge = self.first_or_last(i + 1);
            let ((m0, m1), k) = if edge == Some(true) && self.word_is(i + 2, &["tiên"]) {
                (months_of_year(true, 3), i + 3)
            } else if let Some(first) = edge.filter(|_| self.word_is(i + 2, &["năm"])) {
                (months_of_year(first, 3 * n), i + 2)
            } else if let Some((q, y)) = self.tok(i + 1).split_once('.')
                && y.len() == 4
            {
                // "quý 4.2016", one number token as "tháng 9.2016" is.
                let (q, y) = (roman_quarter(q)?, year_of(y)?);
                return Some((ymd(y, q * 3 - 2, 1), last_day(y, q * 3)?, true, i + 2));
            } else {
                let q = roman_quarter(self.tok(i + 1))?;
                // "quý I và II/2017": the quarters between, in the year written after the last.
                if let Some((q1, y, next)) = self.joined_to(i + 2, &["quý"], roman_quarter)
                    && q1 > q
                    && (q1 == q + 1 || !self.word_is(i + 2, &["và"]))
                {
                    return Some((ymd(y, q * 3 - 2, 1), last_day(y, q1 * 3)?, true, next));
                }
                ((q * 3 - 2, q * 3), i + 2)
            };
            let rest = if self.tok(k) == "nam" { k + 1 } else { k };
            let (y, next, explicit) = self.year_or(k, year, rest)?;
            return Some((ymd(y, m0, 1), last_day(y, m1)?, explicit, next));
        }
        // "Trong 2016, ...": a bare year after "trong" (in), closing its phrase ("trong 2016
        // doanh nghiệp" counts firms).
        if num
            && i > 0
            && self.word_is(i - 1, &["trong"])
            && matches!(self.tok(i + 1), "," | "." | ";")
            && let Some(y) = year_of(t)
        {
            return whole_year(y, i + 1);
        }
        if num
            && let Some(y) = year_of(t)
            && self.bare_year_edge(i)
        {
            return whole_year(y, i + 1);
        }
        // năm YYYY (not a decade: "những năm 1980", the 1980s)
        if self.word_is(i, &["năm"]) && self.num(i + 1) {
            let y = year_of(self.tok(i + 1))?;
            if decade_at(self.text, i) {
                return None;
            }
            return whole_year(y, i + 2);
        }
        // dd/mm/yyyy, dd/mm, dd-mm-yyyy, dd-mm and dd.mm (after "ngày")
        if self.num(i) {
            let sep = self.tok(i + 1);
            let after_day_word = i > 0
                && self.word_is(
                    i - 1,
                    &["ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm"],
                );
            let dashed = sep == "-" && (after_day_word || self.tok(i + 3) == "-");
            if (sep == "/" || dashed) && self.tight(i + 1) && self.num(i + 2) && self.tight(i + 2) {
                let d = small(t, 31)?;
                let m = small(self.tok(i + 2), 12)?;
                if self.tok(i + 3) == sep
                    && self.tight(i + 3)
                    && self.num(i + 4)
                    && self.tight(i + 4)
                {
                    let y = year_of(self.tok(i + 4))?;
                    let day = ymd(y, m, d)?;
                    return Some((None, day, true, i + 5));
                }
                if sep == "-" && !after_day_word {
                    return None;
                }
                // "2/3 dân số", "1/3 tổng vốn FDI": a fraction, not 2 March.
                let fraction_of = self.text.tokens.get(i + 3).is_some_and(|t| {
                    t.kind == TokKind::Word
                        && !t.newline_before
                        && !matches!(
                            self.tok(i + 3),
                            "toi" | "vua" | "nay" | "den" | "nam" | "sau" | "truoc" | "va" | "hang"
                        )
                });
                // "chiếm tới 1/3.", "gần 1/3": a fraction even at a clause's end.
                let share_before = i > 0
                    && (self.word_is(
                        i - 1,
                        &["chiếm", "bằng", "gần", "hơn", "khoảng", "trên", "dưới"],
                    ) || i > 1
                        && (self.word_is(i - 1, &["xỉ"]) && self.word_is(i - 2, &["xấp"])
                            || self.word_is(i - 1, &["tới", "đến"])
                                && self.word_is(i - 2, &["chiếm"])));
                if !after_day_word && d < m && (fraction_of || share_before) {
                    return None;
                }
                let day = ymd(year?, m, d)?;
                return Some((None, day, false, i + 3));
            }
            if let Some((d, m)) = t.split_once('.')
                && i > 0
                && self.word_is(i - 1, &["ngày"])
            {
                let d = small(d, 31)?;
                // "ngày 31.3.2017": the year in the same token.
                if let Some((m, y)) = m.split_once('.') {
                    let day = ymd(year_of(y)?, small(m, 12)?, d)?;
                    return Some((None, day, true, i + 1));
                }
                let m = small(m, 12)?;
                let day = ymd(year?, m, d)?;
                return Some((None, day, false, i + 1));
            }
        }
        None
    }

    /// A term looked back on at token `i`: "Trong 5 năm (qua)," opening a clause (its years),
    /// "cả nhiệm kỳ", "suốt nhiệm kỳ" or "nhiệm kỳ qua" (the term's); and where it ends. (Not
    /// "trong 5 năm tới", to come, nor "trong 3 năm" of a duration, with no comma after.)
    fn term_at(&self, i: usize) -> Option<(Option<i32>, usize)> {
        // (The folded token first: this runs at every token.)
        match self.tok(i) {
            "ca" | "suot" => (self.word_is(i, &["cả", "suốt"])
                && self.text.words_at(i + 1, &["nhiệm", "kỳ"]))
            .then_some((None, i + 3)),
            "nhiem" => self
                .text
                .words_at(i, &["nhiệm", "kỳ", "qua"])
                .then_some((None, i + 3)),
            "trong" => self.years_looked_back_on(i),
            _ => None,
        }
    }

    /// "Trong 5 năm (qua)," opening a clause at token `i`: its years, and where it ends.
    fn years_looked_back_on(&self, i: usize) -> Option<(Option<i32>, usize)> {
        let opens = i == 0
            || matches!(self.tok(i - 1), "," | ";" | ":")
            || self.text.sentences[self.text.sentence_of(i)].first == i;
        if !(opens && self.word_is(i, &["trong"]) && self.word_is(i + 2, &["năm"])) {
            return None;
        }
        let n = small(self.tok(i + 1), 10).filter(|&n| n >= 2)?;
        let end = i + 3 + usize::from(self.word_is(i + 3, &["qua"]));
        (self.tok(end) == ",").then_some((Some(n as i32), end))
    }

    /// Whether a comparison word ("so với", "cùng kỳ") comes right before token `i`, or holds
    /// it ("cùng kỳ năm ngoái").
    fn compared(&self, i: usize) -> bool {
        // ("so với cùng thời điểm này năm 2016": the same time of that year; "so với thời điểm
        // cuối năm 2019".)
        let same_time = |e: usize| {
            (e..i).all(|k| {
                self.word_is(
                    k,
                    &["cùng", "thời", "điểm", "gian", "này", "cuối", "đầu", "hết"],
                )
            })
        };
        let right_after = self.hits.within(i.saturating_sub(7), i).iter().any(|h| {
            matches!(
                h.cue,
                Cue::Measure(MeasureCue::Compare) | Cue::Measure(MeasureCue::Prior)
            ) && (h.end() == i
                || h.end() + 1 == i && !matches!(self.tok(h.end()), ";" | ",")
                || same_time(h.end()))
                // (Not across a sentence's end, "tăng 12% so với cùng kỳ. Năm 2023, ...", nor a
                // clause's, "tăng 12,1% so với cùng kỳ; 7 tháng tăng 10,4%".)
                && self.text.sentence_of(h.start as usize) == self.text.sentence_of(i)
        });
        // Or the date of the figure compared with: "so với con số 314 tỷ đồng hồi quý 1/2016",
        // "so với mức 3.660 tỷ đồng năm 2015" (not "So với năm 2015, năm 2016 ...").
        let of_the_figure = || {
            self.hits.within(i.saturating_sub(10), i).iter().any(|h| {
                let e = h.end();
                h.cue == Cue::Measure(MeasureCue::Compare)
                    && e < i
                    && (e..i).all(|k| !matches!(self.tok(k), "," | ";" | "." | "(" | ")"))
                    && (e..i).any(|k| self.num(k) && self.unit_at(k + 1))
            })
        };
        // Not a bracket that states its own figure for that time: "cao hơn so với cùng kỳ (quý I
        // tăng 2,03%, ...)".
        let own_aside = self.text.tok_at(i as isize - 1) == "("
            && (i..i + 12)
                .take_while(|&k| !matches!(self.tok(k), ")" | ""))
                .any(|k| self.num(k) && self.unit_at(k + 1));
        // Or the earlier time a multiple is of: "tăng hơn gấp 3 lần quý 1/2016", "gấp đôi năm
        // 2015" (not the times a thing was done in it: "tổ chức 3 lần năm 2017", "hơn 5 lần
        // năm 2016"; nor its own time before the one compared with: "tăng gấp 2 lần năm 2016
        // so với năm 2010").
        let multiple_of = i >= 2
            && (self.word_is(i - 1, &["lần"])
                && self.num(i - 2)
                && (i.saturating_sub(5)..i - 2).any(|k| self.word_is(k, &["gấp", "tăng", "giảm"]))
                || self.word_is(i - 1, &["đôi", "rưỡi"]) && self.word_is(i - 2, &["gấp"]))
            && !(i + 1..i + 6).any(|k| self.word_is(k, &["so"]) && self.word_is(k + 1, &["với"]));
        // Or the time a level is a share or a multiple of, or is higher or lower than: "bằng
        // 120% năm 2022", "bằng 1,2 lần năm 2022", "cao hơn năm 2022".
        let ratio_of = i >= 3
            && matches!(self.tok(i - 1), "%" | "lan")
            && self.num(i - 2)
            && (i.saturating_sub(5)..i - 2).any(|k| self.word_is(k, &["bằng"]));
        let than = i >= 2
            && self.word_is(i - 1, &["hơn"])
            && self.word_is(i - 2, &["cao", "thấp", "nhiều", "ít", "lớn", "nhỏ"]);
        let versus_after =
            || (i + 1..i + 6).any(|k| self.word_is(k, &["so"]) && self.word_is(k + 1, &["với"]));
        // Or the time of a level the figure is higher or lower than: "cao hơn mức tăng 10,86%
        // của quý I/2025", "thấp hơn nhiều so với mức 8,1% của cùng kỳ năm 2019".
        let of_a_level_than = || {
            i >= 3
                && self.word_is(i - 1, &["của"])
                && (i.saturating_sub(5)..i - 2).any(|k| self.num(k) && self.unit_at(k + 1))
                && (i.saturating_sub(10)..i - 3).any(|k| {
                    self.word_is(k, &["mức"])
                        && (k.saturating_sub(4)..k).any(|j| {
                            self.word_is(j, &["hơn"])
                                && self.word_is(j.wrapping_sub(1), &["cao", "thấp", "nhiều", "ít"])
                        })
                })
        };
        // Or the time of what is compared with, said after "hồi" or "lúc": "tăng 3 dự án so với
        // lần trao chứng nhận hồi tháng 3".
        let of_the_thing = || {
            i >= 2
                && matches!(self.tok(i - 1), "hoi" | "luc")
                && self.hits.within(i.saturating_sub(10), i).iter().any(|h| {
                    h.cue == Cue::Measure(MeasureCue::Compare)
                        && h.end() < i
                        && (h.end()..i - 1).all(|k| self.text.tokens[k].kind == TokKind::Word)
                })
        };
        right_after && !own_aside
            || of_the_thing()
            || of_the_figure()
            || of_a_level_than()
            || multiple_of
            || (ratio_of || than) && !versus_after()
    }

    /// Whether the year-valued number at token `i`, written without "năm", stands where a
    /// span's edge does, and so is a year as "năm 2011" would be: "từ 2011 đến 2015" (both),
    /// "từ 2016 đến nay", "Đến 2030, ..." or "Tính tới 2016, ..." opening a clause, and a
    /// goal's horizon. Not "lên đến 2000 ppi", "từ 2000 người" or "tới 2014 qua 6 lần".
    fn bare_year_edge(&self, i: usize) -> bool {
        let to = |k: usize| self.word_is(k, &["đến", "tới"]);
        let year = |k: usize| self.num(k) && year_of(self.tok(k)).is_some();
        let opens = |k: usize| {
            k == 0
                || matches!(self.tok(k - 1), "," | ";" | ":" | "(")
                || self.text.sentences[self.text.sentence_of(k)].first == k
        };
        if i == 0 || self.unit_at(i + 1) {
            return false;
        }
        let from = self.word_is(i - 1, &["từ"])
            && to(i + 1)
            && (year(i + 2) || self.word_is(i + 2, &["nay", "năm", "hết"]));
        let second = i >= 3
            && to(i - 1)
            && year(i - 2)
            && (self.word_is(i - 3, &["từ"])
                || i >= 4 && self.word_is(i - 3, &["năm"]) && self.word_is(i - 4, &["từ"]));
        let opening = to(i - 1)
            && self.tok(i + 1) == ","
            && (opens(i - 1) || i >= 2 && self.word_is(i - 2, &["tính"]) && opens(i - 2));
        // A goal's horizon: "Mục tiêu tới 2020 sẽ xây dựng ...", "phấn đấu đến 2020 có ...",
        // "từ nay tới 2018", "đến 2020 sẽ có".
        // (What follows says it is a time: not "phấn đấu tới 2000 doanh nghiệp".)
        let then = || {
            !self.num(i + 1)
                && !self
                    .hits
                    .at(i + 1)
                    .iter()
                    .any(|h| matches!(h.cue, Cue::Entity(_)))
        };
        let ahead = to(i - 1)
            && (self.word_is(i + 1, &["sẽ"])
                || i >= 3
                    && [
                        ["mục", "tiêu"],
                        ["phấn", "đấu"],
                        ["từ", "nay"],
                        ["tầm", "nhìn"],
                    ]
                    .iter()
                    .any(|[a, b]| self.word_is(i - 3, &[a]) && self.word_is(i - 2, &[b]))
                    && then());
        from || second || opening || ahead
    }

    /// Whether a unit of a figure (scale word, currency, percent, area) starts at token `k`.
    fn unit_at(&self, k: usize) -> bool {
        self.hits.at(k).iter().any(|u| {
            matches!(
                u.cue,
                Cue::Scale(_) | Cue::Currency(_) | Cue::Percent | Cue::Area(_)
            )
        })
    }

    /// The date an undated article's "now" at token `i` stands for: the one the text just
    /// counted up to, with no other period between and a few sentences back at most ("Tính
    /// tới cuối tháng 6/2016, ... Tính tới thời điểm hiện tại, có 218 KCN"). A bare year
    /// counted to ("đến năm 2020") is more often a horizon, and gives none.
    fn counted_to(&self, last: Option<&PeriodExpr>, i: usize) -> Option<NaiveDate> {
        let p = last?;
        let as_of = p.cumulative
            && p.explicit_year
            && p.own_time()
            && (!(self.tok(p.first) == "nam" || year_of(self.tok(p.first)).is_some())
                || matches!(self.text.tok_at(p.first as isize - 1), "het" | "cuoi"))
            && self.text.sentence_of(i) <= self.text.sentence_of(p.first) + NOW_REACH;
        as_of.then_some(p.end_date).flatten()
    }

    fn until_before(&self, i: usize) -> bool {
        self.hits
            .within(i.saturating_sub(4), i + 1)
            .iter()
            .any(|h| {
                // "tính đến 20/10", "đến hết tháng 9", "tính tới cuối tháng 6": one word may
                // stand between, or the day named ("cho đến hôm qua 6/2/2017").
                h.cue == Cue::Until
                    && (h.end() == i
                        || (h.end() + 1 == i && self.text.tokens[i - 1].kind == TokKind::Word)
                        || h.end() + 2 == i
                            && self.word_is(i - 2, &["hôm"])
                            && self.word_is(i - 1, &["qua", "nay"]))
            })
    }

    fn find(&self, ref_year: Option<i32>, pub_date: Option<NaiveDate>) -> Vec<PeriodExpr> {
        let n = self.text.tokens.len();
        let mut out = Vec::new();
        let mut i = 0;
        let mut last_year: Option<i32> = None;
        // Where the last phrase was read from, how many were read before it, and the year
        // known then.
        let mut read_from: Option<(usize, usize, Option<i32>)> = None;
        loop {
            // A phrase never runs past a line break: a headline ending "... trong 6 tháng" over
            // a lead opening "6 tháng đầu năm 2024" is read again one token on, each alone,
            // whether the reading kept a phrase or only moved on. (A hard-wrapped line goes on in
            // lower case: "trong 6 tháng đầu" over "năm 2023, ..." is one phrase.)
            let crosses = |a: usize, b: usize| {
                (a..b.min(n)).any(|k| {
                    let t = &self.text.tokens[k];
                    t.newline_before && (t.kind != TokKind::Word || t.capitalized)
                })
            };
            if let Some((from, before, year)) = read_from.take()
                && (crosses(from + 1, i)
                    || out[before..]
                        .iter()
                        .any(|p: &PeriodExpr| crosses(p.first + 1, p.end)))
            {
                out.truncate(before);
                last_year = year;
                i = from + 1;
            }
            if i >= n {
                break;
            }
            read_from = Some((i, out.len(), last_year));
            // "từ đầu năm đến nay", "tính từ đầu năm 2017 đến ngày 20-6": a flow from the start
            // of the year (written, else the publication's) to the date named, else to now.
            if let Some(h) = self.hits.longest_at(i, |c| *c == Cue::YearToDate) {
                let mut end = h.end();
                let written = self.num(end).then(|| year_of(self.tok(end))).flatten();
                if written.is_some() {
                    end += 1;
                }
                let year = written.or(pub_date.map(|d| d.year()));
                let mut end_date = pub_date;
                // "đến hết ngày 15/5": the day word may stand between.
                let day_at = |k: usize| k + usize::from(self.word_is(k, &["ngày"]));
                if let Some(u) = self.hits.longest_at(end, |c| *c == Cue::Until)
                    && let Some((_, d, _, next)) = self.date_at(day_at(u.end()), year)
                    && year.is_some_and(|y| d.year() == y)
                {
                    end_date = Some(d);
                    end = next;
                } else if let Some(c) = self.hits.longest_at(end, |c| *c == Cue::Cumulative) {
                    end = c.end();
                }
                if written.is_some() {
                    last_year = year;
                }
                out.push(PeriodExpr {
                    explicit_year: written.is_some(),
                    ..PeriodExpr::span(i, end, year.and_then(|y| ymd(y, 1, 1)), end_date)
                });
                i = end;
                continue;
            }
            // "3 năm 2014 - 2016": the years are a span, read below.
            if self.tok(i) == "nam"
                && self.year_range_at(i + 1).is_some()
                && self.word_is(i, &["năm"])
            {
                i += 1;
                continue;
            }
            // A term a report looks back on, "Trong 5 năm, ..." or "cả nhiệm kỳ": the span of
            // years it named last as a term or a stage ("nhiệm kỳ 2015-2020", "giai đoạn
            // 2016-2020"), of as many years, ended by the news's year or the one before.
            // (A term's own name first, for "nhiệm kỳ".)
            let a_term = |p: &PeriodExpr, names: &[&str]| {
                (1..=2).any(|b| {
                    self.word_is(p.first.wrapping_sub(b), &["kỳ", "đoạn"])
                        && self.word_is(p.first.wrapping_sub(b + 1), names)
                })
            };
            let named_last = |years: Option<i32>, names: &[&str]| {
                // (The last 64 read: a long text stays linear.)
                out.iter().rev().take(64).find_map(|p: &PeriodExpr| {
                    let (s, e) = (p.start?, p.end_date?);
                    let whole = s.ordinal() == 1 && e.month() == 12 && e.day() == 31;
                    let span = e.year() - s.year();
                    let fits = years.is_none_or(|n| span == n || span + 1 == n);
                    let past =
                        pub_date.is_none_or(|d| (d.year() - 1..=d.year()).contains(&e.year()));
                    (whole && span >= 1 && !p.comparison && fits && past && a_term(p, names))
                        .then(|| (years.map_or(s.year(), |n| e.year() - n + 1), e.year()))
                })
            };
            if let Some((years, end)) = self.term_at(i)
                && let Some((y0, y1)) = years
                    .is_none()
                    .then(|| named_last(None, &["nhiệm"]))
                    .flatten()
                    .or_else(|| named_last(years, &["nhiệm", "giai", "thời"]))
            {
                out.push(PeriodExpr {
                    explicit_year: true,
                    ..PeriodExpr::span(i, end, ymd(y0, 1, 1), ymd(y1, 12, 31))
                });
                i = end;
                continue;
            }
            // (2021 - 2024), giai đoạn 2021-2025, thời kỳ 2021 - 2030
            if let Some((y0, y1)) = self.year_range_at(i) {
                // "Quy hoạch tỉnh thời kỳ 2021 - 2030": the span names the plan, and dates the
                // targets of its own sentence only. ("theo quy hoạch trong giai đoạn 2020-2025,
                // TPHCM cần ...": a time in the plan's span, the figures'.)
                let within = (1..=3).any(|k| {
                    self.word_is(i.wrapping_sub(k), &["trong"])
                        && (i - k + 1..i).all(|j| self.word_is(j, &["giai", "đoạn", "thời", "kỳ"]))
                });
                // (Named with no comma between: "Nhờ làm tốt công tác quy hoạch, giai đoạn
                // 2016-2020, tỉnh đã thu hút 200 dự án" is a time.)
                let since_comma = (i.saturating_sub(10)..i)
                    .rfind(|&k| self.tok(k) == ",")
                    .map_or(i.saturating_sub(10), |k| k + 1);
                let plan_named = self.plan_word_in(since_comma, i) && !within;
                // The span compared with ("gấp đôi so với giai đoạn 2006-2010"), read from the
                // words that name it.
                let named_from = (i.saturating_sub(2)..i)
                    .find(|&k| (k..i).all(|j| self.word_is(j, &["giai", "đoạn", "thời", "kỳ"])))
                    .unwrap_or(i);
                out.push(PeriodExpr {
                    explicit_year: true,
                    comparison: self.compared(named_from),
                    document: plan_named,
                    plan: plan_named,
                    ..PeriodExpr::span(i, i + 3, ymd(y0, 1, 1), ymd(y1, 12, 31))
                });
                last_year = Some(y1);
                i += 3;
                continue;
            }
            // A year named relative to another, in two words after "năm"; not "3 năm sau" (three
            // years on), "2 năm trước" (two years ago), "những năm trước" (earlier years).
            if self.tok(i) == "nam"
                && self.word_is(i, &["năm"])
                && !(i > 0 && (self.num(i - 1) || self.word_is(i - 1, YEAR_COUNTERS)))
            {
                // "năm sau", relative to the last year named; not "mỗi năm sau khi" (each year
                // after).
                if self.word_is(i + 1, &["sau"])
                    && !self.word_is(i + 2, &["khi"])
                    && let Some(y) = last_year
                {
                    out.push(PeriodExpr::year(i, y + 1, false));
                    i += 2;
                    continue;
                }
                // "năm nay" (this year) and "năm ngoái", "năm trước" (last year): relative to
                // the publication. In an undated article "năm nay" is the year it reports on;
                // "năm ngoái" is left unread, since that year is often already the last one (a
                // report on 2016 written early in 2017). Not "năm trước đó" (the year before
                // that), nor the end of a longer phrase ("6 tháng đầu năm nay", "cuối năm nay",
                // "quý IV năm nay", "Tết năm nay"); after "cùng kỳ" it is the period compared
                // with.
                if let Some(back) = if self.word_is(i + 1, &["nay"]) {
                    Some(0)
                } else if self.word_is(i + 1, &["ngoái"])
                    || self.word_is(i + 1, &["trước"]) && !self.word_is(i + 2, &["đó", "nữa"])
                {
                    Some(1)
                } else {
                    None
                } && !(i > 0
                    && (self.word_is(i - 1, &["đầu", "cuối", "giữa", "tháng", "quý", "kỳ"])
                        || self.text.tokens[i - 1].capitalized && !self.text.tokens[i].capitalized))
                    && let Some(y) = match pub_date {
                        Some(d) => Some(d.year() - back),
                        None => ref_year.filter(|_| back == 0),
                    }
                {
                    out.push(PeriodExpr::year(i, y, self.compared(i)));
                    last_year = Some(y);
                    i += 2;
                    continue;
                }
            }
            // "Tháng trước, ..." (last month): the month before the publication's. Not "các
            // tháng trước" (earlier months), "2 tháng trước", "một tháng trước" (ago), "tháng
            // trước đó" (the month before that), "tháng trước khi" (before an event), nor a day
            // in it ("cuối tháng trước").
            if self.tok(i) == "thang"
                && self.word_is(i, &["tháng"])
                && self.word_is(i + 1, &["trước"])
                && !self.word_is(i + 2, &["đó", "nữa", "khi"])
                && !(i > 0
                    && (self.num(i - 1)
                        || self.word_is(i - 1, YEAR_COUNTERS)
                        || self.word_is(i - 1, &["một", "đầu", "giữa", "cuối"])))
                && let Some(p) = pub_date
                && let Some(last) = p.with_day(1).and_then(|d| d.pred_opt())
            {
                out.push(PeriodExpr {
                    comparison: self.compared(i),
                    ..PeriodExpr::span(i, i + 2, last.with_day(1), Some(last))
                });
                i += 2;
                continue;
            }
            let year = ref_year;
            // (Read once: with no year to complete it, a placeholder's, and then dropped.)
            let mut found = self.date_at(i, year.or(Some(2000)));
            // The coming one lies after the publication: in December, "tháng 7 tới" is next
            // year's July.
            if let (Some(p), Some((_, end_date, false, next))) = (pub_date, found)
                && end_date < p
                && self.coming(next)
            {
                found = self.date_at(i, Some(p.year() + 1));
            }
            // A month counted up to whose year nothing tells ("đến đầu tháng 3" in an article
            // that names no year): a stock as of a date no one can place. (A day without its
            // year is the news's own, "Đến trưa 30/5", and dates nothing.)
            if year.is_none()
                && let Some((start, _, false, next)) = found
            {
                // Otherwise read on as if no date started here.
                found = None;
                if start.is_some() && self.until_before(i) {
                    out.push(PeriodExpr {
                        cumulative: true,
                        comparison: self.compared(i),
                        ..PeriodExpr::span(i, next, None, None)
                    });
                    i = next;
                    continue;
                }
            }
            if let Some((start, end_date, explicit, next)) = found {
                let until = self.until_before(i);
                // "đầu năm 2021" after "đến": the end of the year before.
                let (mut start, mut end_date) = (start, end_date);
                let mut first = i;
                if until && i > 0 && self.word_is(i - 1, &["đầu"]) && self.word_is(i, &["năm"])
                {
                    end_date = ymd(end_date.year() - 1, 12, 31).unwrap_or(end_date);
                    first = i - 1;
                }
                // The "từ" a span or a day is counted from: right before it, or before "ngày"
                // ("từ ngày 6.2.2011 đến ngày 11.11.2011").
                let tu = (1..=2).map(|k| i.wrapping_sub(k)).find(|&k| {
                    k < i
                        && self.word_is(k, &["từ"])
                        && (k + 1 == i || self.word_is(k + 1, &["ngày"]))
                });
                let from_since = tu.is_some();
                let from_at = tu.unwrap_or(i);
                // (Up to now, only from a "từ" right before: "từ ngày 30/6 đến nay" would take
                // a year guessed from elsewhere.)
                let right_after_tu = tu.is_some_and(|k| k + 1 == i);
                // From the start of the period (or the day) named to now; from one still ahead
                // ("kể từ tháng 4/2024" in news of March 2024) on, with no end yet.
                let since_then = |first: usize, end: usize, comparison: bool, document: bool| {
                    let from = start.or(Some(end_date));
                    PeriodExpr {
                        explicit_year: explicit,
                        comparison,
                        document,
                        ..PeriodExpr::span(
                            first,
                            end,
                            from,
                            pub_date.filter(|&p| from.is_none_or(|f| f <= p)),
                        )
                    }
                };
                if right_after_tu
                    && let Some(now) = self.hits.longest_at(next, |c| *c == Cue::Cumulative)
                {
                    // "từ năm 2020 đến nay", "từ 20/1/2016 đến nay".
                    out.push(since_then(from_at, now.end(), false, false));
                    last_year = Some(end_date.year());
                    // Past "đến nay", which is this span's end, not a running total of its own.
                    i = now.end();
                    continue;
                }
                // "từ 20/1/2016 đến 30/6/2016", "từ năm 2015 đến năm 2016", "từ tháng 11/2016 đến
                // hết tháng 1/2017": one span, from the start of the first to the end of the
                // second.
                let to_at = next + 1 + usize::from(self.word_is(next + 1, &["hết"]));
                if from_since
                    && self.word_is(next, &["đến", "tới"])
                    && let Some((_, to, to_explicit, after)) =
                        self.date_at(to_at, year)
                    // "từ tháng 1 đến tháng 5/2017": the first takes the second's year.
                    && let Some((from, from_end)) = if explicit || !to_explicit {
                        Some((start, end_date))
                    } else {
                        self.date_at(i, Some(to.year())).map(|(s, e, _, _)| (s, e))
                    }
                    && to >= from_end
                {
                    out.push(PeriodExpr {
                        // "lũy kế từ năm 2013 đến 31/3/2017": a running total over the span.
                        cumulative: self
                            .hits
                            .within(from_at.saturating_sub(4), from_at)
                            .iter()
                            .any(|h| h.cue == Cue::Cumulative && h.end() == from_at),
                        explicit_year: explicit || to_explicit,
                        comparison: self.compared(from_at),
                        ..PeriodExpr::span(from_at, after, from.or(Some(from_end)), Some(to))
                    });
                    last_year = Some(to.year());
                    i = after;
                    continue;
                }
                // "Kể từ năm 1988, ... đã đầu tư 50,5 tỷ USD", "tính từ tháng 3/2016": since then,
                // to now, as "từ năm 2020 đến nay" is, in its own sentence. After a record
                // ("thấp nhất kể từ tháng 01/2016") it is what the figure is compared with.
                // So is "Từ năm 1998, Nidec đã đầu tư 7 dự án" opening a sentence about the past
                // (not "Từ năm 2018, thuế sẽ giảm").
                let opens_past = || {
                    let s = self.text.sentences[self.text.sentence_of(from_at)];
                    s.first == from_at
                        && explicit
                        && (pub_date.is_some_and(|p| end_date.year() < p.year())
                            || (next..s.end).any(|k| self.word_is(k, &["đã"])))
                };
                let counted_since = matches!(self.text.tok_at(from_at as isize - 1), "ke" | "tinh");
                if right_after_tu
                    && (counted_since || opens_past())
                    && !matches!(self.tok(next), "-" | "den" | "toi")
                {
                    let record = self.text.tok_at(from_at as isize - 2) == "nhat";
                    let first = if counted_since { from_at - 1 } else { from_at };
                    out.push(since_then(first, next, record, true));
                    last_year = Some(end_date.year());
                    i = next;
                    continue;
                }
                let is_day = start.is_none();
                // A date whose year came from the context cannot lie after the publication
                // ("đến đầu tháng 3" in an article of February): the year is unknown.
                // (Except a span closing in the publication's month: "6 tháng đầu năm" in a
                // report of 28 June gives that half's figures, as estimates. And the coming one,
                // below.)
                let coming = self.coming(next);
                // (Nor the last months of the year, "6 tháng cuối năm", "nửa cuối năm": the rest
                // of the year reported on, ahead, when they start within a quarter of the
                // publication; a report of January on the year before would make them next
                // year's.)
                let rest_of_year = !until
                    && (end_date.month(), end_date.day()) == (12, 31)
                    && (i..next).any(|k| self.word_is(k, &["cuối"]))
                    && start
                        .zip(pub_date)
                        .is_some_and(|(s, p)| s.month() > 1 && s <= p + chrono::Days::new(92));
                if !explicit
                    && !coming
                    && !rest_of_year
                    && pub_date.is_some_and(|p| {
                        end_date > p && (until || !start.is_some_and(|s| closing(s, end_date, p)))
                    })
                {
                    i = next;
                    continue;
                }
                // Nor can the coming one ("cuối tháng 7 tới, Samsung sẽ ký ...") lie before it
                // (see above), or be known without it: the year of another event near it is not
                // its year.
                if !explicit && coming && pub_date.is_none_or(|p| end_date < p) {
                    i = next;
                    continue;
                }
                // "từ ngày 1/7/2016, thuế tăng lên 55%", "từ 1/1/2017 giá sẽ giảm": in force from
                // that day on, with no end the text fixes. So from a month or year on, of what
                // will be ("Bắt đầu từ năm 2017, Hyosung sẽ đầu tư 1,2 tỷ USD", "Từ năm 2018,
                // thuế suất sẽ giảm còn 5%").
                let will = || {
                    let s = self.text.sentences[self.text.sentence_of(from_at)];
                    (next..s.end.min(next + 15)).any(|k| self.word_is(k, &["sẽ"]))
                };
                let from_on = is_day
                    || right_after_tu && !matches!(self.tok(next), "-" | "den" | "toi") && will();
                if from_since && explicit && !until && from_on {
                    out.push(PeriodExpr {
                        end_date: None,
                        ..since_then(from_at, next, self.compared(from_at), true)
                    });
                    i = next;
                    continue;
                }
                let span_start = start;
                if until {
                    start = None;
                }
                // A single day named in passing ("ngày 31/12/2008") marks when, not a span.
                let cumulative = until;
                // A horizon is a written future date ("đến năm 2030" in a 2025 article). The span
                // a plan is named by ("quy hoạch ... đến năm 2020", "tầm nhìn đến năm 2050") dates
                // no figure: it is kept out like a comparison.
                // "có xét đến năm 2025" names a plan's outlook as well, however far its name.
                // A date the text says something will or must happen by ("đến ngày 14/5/2017 sẽ
                // hoàn thành", "đến năm 2025 phải đạt 10 tỷ USD") is one too, whenever written.
                let plan_named = self.plan_named(i);
                let will = (next..next + 2)
                    .find(|&k| self.tok(k) != ",")
                    .is_some_and(|k| self.word_is(k, &["sẽ", "phải"]));
                // A year after the one the article reports on is a horizon unless the sentence
                // says it has come ("Năm 2000, ... Đến năm 2016, doanh thu đã đạt 228.000 tỷ"),
                // before naming another year ("đến năm 2020 và tầm nhìn đến năm 2030 đã đề ra").
                let done = || {
                    let s_end = self.text.sentences[self.text.sentence_of(i)].end;
                    (next..s_end.min(next + 12))
                        .take_while(|&k| !self.num(k))
                        .any(|k| self.word_is(k, &["đã"]))
                };
                // "từ nay đến năm 2020": from now on, ahead, whenever written.
                let from_now = matches!(self.text.tok_at(first as isize - 1), "den" | "toi")
                    && self.text.tok_at(first as isize - 2) == "nay"
                    && self.text.tok_at(first as isize - 3) == "tu";
                // (Not a span ending in the month of the publication that starts in it, or that
                // a running total counts up to: "Tính đến tháng 12/2024, Bình Dương có 29 KCN"
                // and "Lũy kế đến hết năm 2024, ... có 16 KCN" on 27 December are as of now; a
                // goal "được giao đến hết năm 2025" on 2 December is ahead.)
                let counted_up_to = (i.saturating_sub(5)..i).any(|k| {
                    self.word_is(k, &["lũy", "luỹ"]) && self.word_is(k + 1, &["kế"])
                        || self.word_is(k, &["tính"]) && self.word_is(k + 1, &["đến", "tới"])
                });
                let ahead_of = |p: NaiveDate| {
                    end_date > p
                        && !span_start.is_some_and(|s| {
                            s <= p
                                && (p.year(), p.month()) == (end_date.year(), end_date.month())
                                && (counted_up_to || (s.year(), s.month()) == (p.year(), p.month()))
                        })
                };
                let horizon = until
                    && !plan_named
                    && (will
                        || from_now
                        || explicit
                            && !is_day
                            && (pub_date.is_some_and(ahead_of)
                                || self.word_is(i, &["năm"])
                                    && ref_year.is_some_and(|r| end_date.year() > r)
                                    && !done()));
                // A day named in passing, not as the end of a running total: an event's date
                // ("Ngày 6/2, UBND tỉnh tổ chức hội nghị") or a document's ("Quyết định số
                // 1486/QĐ-TTg ngày 28/10/2019"). It dates its own sentence only.
                let document = is_day && !until;
                // Without its year ("Sáng 5/6, tại Tokyo ...", "vào sáng nay 16/6") it is the
                // news's own day, which dates no figure; the year would be a guess besides.
                let news_day = document && !explicit;
                // "trước ngày 1/3/2017", "trước 15/4": a deadline, which dates no figure; it is
                // kept out like a comparison.
                // (Within its sentence: not a headline's last word, "..., gấp đôi năm trước",
                // over the lead's "Năm 2025, ...".)
                let s0 = self.text.sentences[self.text.sentence_of(first)].first;
                let before = |k: usize| {
                    if first >= s0 + k {
                        self.text.tok_at(first as isize - k as isize)
                    } else {
                        ""
                    }
                };
                let after_truoc = before(1) == "truoc"
                    || matches!(before(1), "ngay" | "nam") && before(2) == "truoc";
                let deadline = is_day && after_truoc;
                // A time before a month or a year ("Trước năm 2020, tỉnh chỉ có 3 KCN", "Trước
                // năm 2013, UBND ... đã phê duyệt 18 dự án") ends where that one starts, and
                // dates its own sentence only: what follows is told of another time.
                let before_time = !is_day && after_truoc;
                if before_time {
                    end_date = start.and_then(|s| s.pred_opt()).unwrap_or(end_date);
                    start = None;
                }
                // "đến tháng 10/2011 mới được giải ngân", "phải đến năm 2021 mới hoàn thành": not
                // until then did it happen, an event's date, which counts nothing up to it. (Not
                // "tính đến 26/5 mới chỉ có 38%", "đến cuối quý III mới đạt 19%": only so much.)
                let not_until = until
                    && self.word_is(next, &["mới"])
                    && !self.word_is(next + 1, &["chỉ", "có", "đạt"])
                    && !(1..=4).any(|k| before(k) == "tinh");
                // A year that names a law, decree or resolution ("Luật Ngân sách Nhà nước năm
                // 2015", "luật hợp tác xã năm 2012", "Nghị định 29 năm 2011") or a founding
                // ("thành lập năm 1959") dates no figure either: such a word among the words
                // and numbers right before it ("quy luật", "pháp luật" are no law's name).
                let law = (1..=6)
                    .take_while(|&k| {
                        self.text
                            .tokens
                            .get(first.wrapping_sub(k))
                            .is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Num))
                    })
                    .any(|k| match before(k) {
                        "luat" => !matches!(before(k + 1), "quy" | "phap"),
                        "dinh" | "quyet" => before(k + 1) == "nghi",
                        _ => false,
                    });
                // A document's own date ("Quyết định 596/QĐ-UBND ngày 18-4-2011"): its number,
                // a code after a slash, stands a few words before the day.
                let doc_number = is_day
                    && !until
                    && (2..=6).any(|k| {
                        first >= k + 2
                            && self.num(first - k - 2)
                            && matches!(before(k + 1), "/" | "-")
                            && self.tight(first - k - 1)
                            && self.tight(first - k)
                            && self
                                .text
                                .tokens
                                .get(first - k)
                                .is_some_and(|t| t.kind == TokKind::Word && t.capitalized)
                    });
                // A founding's or a birth's year ("thành lập năm 1996", "sinh năm 1988").
                let named = law
                    || doc_number
                    || before(1) == "lap" && before(2) == "thanh"
                    || before(1) == "sinh" && self.word_is(first - 1, &["sinh"])
                    || matches!(before(1), "tu" | "vao")
                        && before(2) == "lap"
                        && before(3) == "thanh";
                out.push(PeriodExpr {
                    cumulative,
                    explicit_year: explicit,
                    horizon,
                    comparison: self.compared(first)
                        || (until && plan_named)
                        || deadline
                        || not_until
                        || named
                        || news_day,
                    document: document || before_time,
                    issued: doc_number,
                    // (Not a plan's vision or orientation beyond its span, "thời kỳ 2021 -
                    // 2030, tầm nhìn đến năm 2050", "đến năm 2025, định hướng đến năm 2030":
                    // its targets are the span's.)
                    plan: until
                        && plan_named
                        && !(1..=3).any(|k| {
                            matches!(
                                (before(k + 1), before(k)),
                                ("tam", "nhin") | ("dinh", "huong")
                            )
                        }),
                    ..PeriodExpr::span(first, next, start, Some(end_date))
                });
                last_year = Some(end_date.year());
                i = next;
                continue;
            }
            // đến nay, lũy kế, hiện có ...: as of the publication date, or in an undated article
            // as of the date the text just counted up to.
            if let Some(mut end) = self
                .hits
                .longest_at(i, |c| *c == Cue::Cumulative)
                .map(|h| h.end())
                .or_else(|| self.now_opening(i, out.last()))
            {
                // Consecutive cues are one phrase ("lũy kế đến nay").
                while let Some(next) = self.hits.longest_at(end, |c| *c == Cue::Cumulative) {
                    end = next.end();
                }
                // "lũy kế đến (đầu năm) 2021": a date follows, and it says when.
                let dated = (end..end + 4).any(|k| self.date_at(k, ref_year).is_some());
                // "còn hiệu lực" (still valid) says nothing of when: in a sentence counted up
                // to a date ("Lũy kế đến ngày 30/6/2024, ... 1.856 dự án còn hiệu lực"), or right
                // after one in its paragraph that only dates the data ("... công bố số liệu ...
                // tính đến ngày 31/7/2022. Toàn khu có 194 dự án còn hiệu lực"), as of that date,
                // not the publication's.
                // (Its year may be the context's: "Đến cuối quý I, KCN có 32 dự án còn hiệu
                // lực".)
                let valid_as_counted = (self.tok(i) == "con" && self.tok(i + 1) == "hieu")
                    .then_some(out.last())
                    .flatten()
                    .filter(|p| {
                        let (sp, si) = (self.text.sentence_of(p.first), self.text.sentence_of(i));
                        // (The sentence before only dates the data: no figure in it, a day
                        // counted up to with "tính đến" and not after the news; not a deadline,
                        // "gia hạn tiến độ đến ngày 31/12/2025", nor a comparison's day.)
                        // (A short one: a few dozen words, read once per phrase.)
                        let dates_the_data = || {
                            let before = self.text.sentences[sp];
                            before.end - before.first <= 60
                                && (before.first..before.end).all(|k| {
                                    self.text.tokens[k].kind != TokKind::Num
                                        || (p.first..p.end).contains(&k)
                                })
                                && (p.first.saturating_sub(4)..=p.first)
                                    .any(|k| self.word_is(k, &["tính"]))
                                && p.end_date.zip(pub_date).is_none_or(|(e, d)| e <= d)
                        };
                        p.cumulative
                            && p.own_time()
                            && (sp == si
                                || sp + 1 == si
                                    && !self.text.tokens[self.text.sentences[si].first]
                                        .newline_before
                                    && dates_the_data())
                    })
                    .and_then(|p| p.end_date);
                // "Tính đến 31/12/2024, lũy kế có ...": the running total of the date just
                // given, not of the publication's.
                // (Anywhere in its sentence: "Tính đến 31/12/2024, các KCN lũy kế thu hút ...";
                // not "lũy kế đến nay", which says its own day.)
                let restated = out.last().is_some_and(|p| {
                    p.cumulative
                        && p.end_date.is_some()
                        && end == i + 2
                        && self.tok(i) == "luy"
                        && self.text.sentence_of(p.first) == self.text.sentence_of(i)
                });
                if !dated && !restated {
                    out.push(PeriodExpr {
                        cumulative: true,
                        ..PeriodExpr::span(
                            i,
                            end,
                            None,
                            valid_as_counted
                                .or(pub_date)
                                .or_else(|| self.counted_to(out.last(), i)),
                        )
                    });
                }
                i = end;
                continue;
            }
            i += 1;
        }
        if pub_date.is_none() {
            self.date_now_by_the_report_after(&mut out);
        }
        // "trong thời gian 7 ngày nghỉ Tết Đinh Dậu năm 2017", "dịp Tết năm nay": the year
        // names the holiday, and its figures cover the holiday, days the text does not give.
        // The phrase stays a period of their own, one without dates, so that none from before
        // dates them either.
        for p in out.iter_mut().filter(|p| self.holiday_before(p.first)) {
            p.start = None;
            p.end_date = None;
            p.cumulative = false;
        }
        // A year in a quoted name (hội nghị “Đối thoại với công nhân ... năm 2017”, chủ đề
        // “Năm 2017 - Vì lợi ích đoàn viên”) names an event, not the time of a figure.
        for p in out
            .iter_mut()
            .filter(|p| self.quoted(p) || self.names_an_event(p))
        {
            p.comparison = true;
        }
        // The year of a plan a rate is measured against ("bằng 22% kế hoạch năm 2025") is the
        // plan's: the figures around it and after it keep the report's period, and only the
        // plan's own target is of that year ("(kế hoạch 2,3 tỷ USD)").
        for p in out.iter_mut().filter(|p| self.plan_year_at(p.first)) {
            p.comparison = true;
            p.plan = true;
            p.plan_year = true;
        }
        out
    }

    /// Whether the period at token `i` is the year of a plan a rate before it is measured
    /// against: "bằng 22% kế hoạch năm 2025", "đạt 105% so với dự toán năm 2024", "hoàn thành
    /// 58% kế hoạch thu hút FDI năm 2025". (A plan's year that opens its goals, "Kế hoạch năm
    /// 2025 của Ban là thu hút 800 triệu USD", dates them as any goals' year does.)
    fn plan_year_at(&self, i: usize) -> bool {
        (i.saturating_sub(7)..i.saturating_sub(1)).any(|k| {
            [
                ["kế", "hoạch"],
                ["dự", "toán"],
                ["chỉ", "tiêu"],
                ["mục", "tiêu"],
            ]
            .iter()
            .any(|w| self.text.words_at(k, w))
                && (k + 2..i).all(|j| self.text.tokens[j].kind == TokKind::Word)
                && {
                    let versus = self.word_is(k.wrapping_sub(1), &["với"])
                        && self.word_is(k.wrapping_sub(2), &["so"]);
                    let r = if versus { k - 2 } else { k };
                    r >= 2 && self.tok(r - 1) == "%" && self.num(r - 2)
                }
        })
    }

    /// Whether period `p` stands inside a quoted name in its sentence (a title: hội nghị
    /// “Đối thoại với công nhân ... năm 2017”): an odd number of quotation marks before it
    /// (all fold to `"`), a word that names things ([`NAMING`]) right before the quote, the
    /// quote at most [`QUOTE_REACH`] tokens long, and no other number in it. A
    /// quote with figures is someone's words ("“Năm 2015, số thu ... chiếm khoảng 12,3%”"),
    /// whose times are the figures' own.
    fn quoted(&self, p: &PeriodExpr) -> bool {
        let s = self.text.sentences[self.text.sentence_of(p.first)];
        let quote = |k: usize| self.tok(k) == "\"";
        // (Counted within a bound: a run-on sentence with many periods stays linear.)
        let from = s.first.max(p.first.saturating_sub(QUOTE_PARITY_REACH));
        if (from..p.first).filter(|&k| quote(k)).count() % 2 == 0 {
            return false;
        }
        let open = (from..p.first).rev().find(|&k| quote(k));
        let close = (p.end..s.end).find(|&k| quote(k));
        let (Some(o), Some(c)) = (open, close) else {
            return false;
        };
        c - o <= QUOTE_REACH
            && (o..c).all(|k| !self.num(k) || (p.first..p.end).contains(&k))
            && (o.saturating_sub(3)..o).any(|k| {
                NAMING.iter().any(|w| {
                    w.split(' ')
                        .enumerate()
                        .all(|(i, w)| self.word_is(k + i, &[w]))
                })
            })
    }

    /// Whether period `p`, a year or a quarter, ends the name of a meeting held to promote or to
    /// talk: "Hội nghị xúc tiến đầu tư năm 2024", "Hội nghị gặp mặt các nhà đầu tư quý
    /// II/2025". What is handed out or signed there is of the day it is held, not of the whole
    /// year or quarter. (Not a meeting that reviews a time, "Hội nghị tổng kết công tác năm
    /// 2023", whose figures are of that time; nor when it was held, "hội nghị gặp gỡ nhà đầu tư
    /// Nhật Bản tổ chức tháng 11", which what is signed there is of.)
    fn names_an_event(&self, p: &PeriodExpr) -> bool {
        // (A year or a quarter: not a record's "lớn nhất từ trước đến nay", nor the month a
        // meeting was held, "Hội nghị xúc tiến đầu tư tháng 10/2024".)
        let months = p
            .start
            .zip(p.end_date)
            .map(|(s, e)| (e.year() - s.year()) * 12 + e.month() as i32 - s.month() as i32 + 1);
        if p.cumulative || !matches!(months, Some(3 | 12)) {
            return false;
        }
        // (Ending the name: a mark or a word that goes on from the meeting right after it, not
        // what someone said there, "... ông A cho biết năm 2024 tỉnh thu hút".)
        if !(matches!(self.tok(p.end), "," | "." | ";" | ")" | "")
            || self.word_is(
                p.end,
                &[
                    "với", "và", "tại", "do", "diễn", "được", "có", "thu", "trao", "ký", "đạt",
                ],
            ))
        {
            return false;
        }
        let s0 = self.text.sentences[self.text.sentence_of(p.first)].first;
        let from = s0.max(p.first.saturating_sub(14));
        let Some(k) = (from..p.first).rev().find(|&k| {
            self.text.words_at(k, &["hội", "nghị"])
                || self.text.words_at(k, &["hội", "thảo"])
                || self.text.words_at(k, &["diễn", "đàn"])
                || self.text.words_at(k, &["tọa", "đàm"])
        }) else {
            return false;
        };
        let reviews = |j: usize| {
            self.word_is(j, &["kết", "giá", "cáo", "khai", "quả"])
                && self.word_is(j - 1, &["tổng", "sơ", "đánh", "báo", "triển", "kết"])
                || self.word_is(j, &["chức", "ra", "mạc"])
                    && self.word_is(j - 1, &["tổ", "diễn", "khai"])
                || self.word_is(j, &["vào", "hồi", "ngày", "trong"])
        };
        (k + 2..p.first).all(|j| self.text.tokens[j].kind == TokKind::Word && !reviews(j))
            && (k + 2..p.first).any(|j| {
                self.text.words_at(j, &["xúc", "tiến"])
                    || self.text.words_at(j, &["gặp", "mặt"])
                    || self.text.words_at(j, &["gặp", "gỡ"])
                    || self.text.words_at(j, &["đối", "thoại"])
            })
            && !(k + 2..p.first).any(|j| {
                self.word_is(j, &["ông", "bà", "nói"])
                    || self.word_is(j, &["cho"]) && self.word_is(j + 1, &["biết", "hay"])
            })
    }

    /// Whether the year phrase at `first` follows a holiday's name: "Tết" then the words of
    /// its name ("Tết Nguyên đán", "Tết Nguyên Đán Đinh Dậu", "Tết âm lịch"). (Not a campaign
    /// named after one, "Tết trồng cây năm nay", which runs for months; nor a time before or
    /// after it, "Sau Tết năm 2017", or a bonus paid at it, "thưởng Tết năm 2017".)
    fn holiday_before(&self, first: usize) -> bool {
        let in_name = |k: usize| {
            let t = &self.text.tokens[k];
            t.kind == TokKind::Word && t.capitalized
                || self.word_is(k, &["nguyên", "đán", "âm", "dương", "lịch"])
        };
        let mut k = first;
        for _ in 0..5 {
            if k == 0 {
                return false;
            }
            k -= 1;
            if self.word_is(k, &["tết"]) {
                return k == 0 || !self.word_is(k - 1, &["sau", "trước", "qua", "thưởng"]);
            }
            if !in_name(k) {
                return false;
            }
        }
        false
    }

    /// In an undated article, the year so far ("từ đầu năm đến nay có khoảng 9 tỷ USD") is the
    /// report's own months of the year named right after it ("Theo Vụ ..., trong 6 tháng đầu
    /// năm 2018, ..."). Not a whole year or a single month, which say nothing of now, nor a day
    /// counted to, more often an event's or a source's ("đến ngày 13/11/2024, KCN ... đã cơ bản
    /// hoàn thành"). (A stock's "đến nay" looks back only: see `counted_to`.)
    fn date_now_by_the_report_after(&self, out: &mut [PeriodExpr]) {
        for k in 0..out.len() {
            let p = &out[k];
            // The year so far, undated: no start, no end, no stock.
            if p.end_date.is_some() || p.start.is_some() || p.cumulative || !p.own_time() {
                continue;
            }
            let si = self.text.sentence_of(p.first);
            let Some(next) = out[k + 1..]
                .iter()
                .copied()
                .find(|q| q.explicit_year && q.end_date.is_some() && q.own_time())
            else {
                continue;
            };
            let end = next.end_date.expect("found with an end");
            let so_far = next.start == ymd(end.year(), 1, 1) && (2..12).contains(&end.month());
            if self.text.sentence_of(next.first) > si + NOW_REACH || next.cumulative || !so_far {
                continue;
            }
            out[k].end_date = Some(end);
            out[k].start = next.start;
        }
    }
}

/// Whether span `start..=end` has begun and closes in the month of `published`: a report then
/// gives its figures as estimates ("6 tháng đầu năm" on 28 June, "tháng 6" on 20 June).
fn closing(start: NaiveDate, end: NaiveDate, published: NaiveDate) -> bool {
    start <= published && (published.year(), published.month()) == (end.year(), end.month())
}

/// Period phrases in `text`, in order. `ref_year` completes phrases without a year
/// (`6 tháng đầu năm`); `pub_date` is "now" for `đến nay`.
pub fn find(
    text: &Text,
    hits: &Hits,
    ref_year: Option<i32>,
    pub_date: Option<NaiveDate>,
) -> Vec<PeriodExpr> {
    Reader { text, hits }.find(ref_year, pub_date)
}

/// The publication date written in an article's header: a metadata line (`date 2025-10-24`)
/// or the first full date in the opening lines (`Thứ sáu, 15/12/2023 - 11:00`); failing those,
/// a day and month at the start (`Chiều ngày 09/01`) completed with the year of the title.
pub fn publication_date(text: &Text) -> Option<NaiveDate> {
    let r = Reader {
        text,
        hits: &EMPTY_HITS,
    };
    let n = text.tokens.len();
    let within = text.starts_within(420);
    // "date 2025-10-24" / "date 2021-10"
    for i in 0..n.min(12) {
        if r.tok(i) == "date" && r.num(i + 1) && r.tok(i + 2) == "-" && r.num(i + 3) {
            let y = year_of(r.tok(i + 1))?;
            let m = small(r.tok(i + 3), 12)?;
            if r.tok(i + 4) == "-" && r.num(i + 5) {
                return ymd(y, m, small(r.tok(i + 5), 31)?);
            }
            return last_day(y, m);
        }
    }
    let clock = page_clock(text);
    let mut partial: Option<(u32, u32)> = None;
    for i in 0..n {
        if !within(i) {
            break;
        }
        if i < clock {
            continue;
        }
        if !r.num(i) || (i > 0 && r.num(i - 1)) {
            continue;
        }
        // Not a document's date ("Văn bản số 2350/TTg-KTN, ngày 31/12/2008", "Nghị quyết số
        // 06-NQ/TU ngày 04/11/2011").
        let after_doc = (i.saturating_sub(12)..i).any(|k| {
            matches!(r.tok(k), "quyet" | "nghi" | "van" | "thong" | "chi")
                && matches!(r.tok(k + 1), "dinh" | "quyet" | "ban" | "tu" | "thi")
                || (r.tok(k) == "so" && r.num(k + 1) && matches!(r.tok(k + 2), "/" | "-"))
        });
        if after_doc {
            continue;
        }
        // Nor either end of a span of days ("kỷ niệm 50 năm ... (24/6/1967-24/6/2017)").
        // ("Thứ sáu, 15/12/2023 - 11:00" is a date and a time.)
        let dash = |k: usize| matches!(r.tok(k), "-" | "–");
        let span_end =
            i >= 4 && dash(i - 1) && r.tok(i - 3) == "/" && year_of(r.tok(i - 2)).is_some();
        // Nor a deadline ("báo cáo ... trước ngày 10/2/2017"), which is ahead of the news.
        let deadline = {
            let k = if r.tok(i.wrapping_sub(1)) == "ngay" {
                2
            } else {
                1
            };
            r.tok(i.wrapping_sub(k)) == "truoc"
        };
        if let Some((None, d, true, next)) = r.date_at(i, Some(2000))
            && !span_end
            && !deadline
            && !(dash(next) && matches!(r.date_at(next + 1, None), Some((_, _, true, _))))
        {
            // Nor a past event's, named mid-sentence before a later year ("thiết lập quan hệ
            // ngoại giao ngày 23/9/1975 ... từ ngày 5-8/7/2017"). "Ngày 15/12/2023, ..." opens
            // a lead, and "giá vàng ngày 8/2/2017" dates the news.
            let event_day = r.tok(i.wrapping_sub(1)) == "ngay"
                && text.tokens.get(i.wrapping_sub(2)).is_some_and(|t| {
                    t.kind == TokKind::Word
                        && !t.capitalized
                        && text.sentence_of(i - 2) == text.sentence_of(i)
                })
                && (0..n)
                    .take_while(|&k| within(k))
                    .any(|k| r.num(k) && year_of(r.tok(k)).is_some_and(|y| y > d.year()));
            if !event_day {
                return Some(d);
            }
        }
        if partial.is_none()
            && r.tok(i + 1) == "/"
            && r.tight(i + 1)
            && r.num(i + 2)
            && r.tight(i + 2)
            && r.tok(i + 3) != "/"
            && let (Some(d), Some(m)) = (small(r.tok(i), 31), small(r.tok(i + 2), 12))
        {
            partial = Some((d, m));
        }
    }
    // A day and month without year: the title's latest year completes it, unless that year is
    // a horizon ("Đến năm 2020, TP.HCM ra mắt 30.000 nhà ở giá rẻ").
    let (d, m) = partial?;
    let title_end = text.title_end();
    let y = (clock..title_end)
        .filter(|&i| r.num(i) && !horizon_year(text, i))
        .filter_map(|i| year_of(r.tok(i)))
        .max()?;
    ymd(y, m, d)
}

/// Where the site's clock that opens a page ends (0 where none does): a weekday and date before
/// the title ("Thứ tư 11/03/2026 04:17", "Chủ nhật,  05/02/2023") tell when the page was saved,
/// which may be years after the article, so they date nothing in it. A publication date stands
/// under the title.
pub fn page_clock(text: &Text) -> usize {
    let r = Reader {
        text,
        hits: &EMPTY_HITS,
    };
    let weekday = match r.tok(0) {
        "thu" => {
            r.word_is(0, &["thứ"])
                && matches!(
                    r.tok(1),
                    "hai" | "ba" | "tu" | "nam" | "sau" | "bay" | "2" | "3" | "4" | "5" | "6" | "7"
                )
        }
        "chu" => r.tok(1) == "nhat",
        _ => false,
    };
    if !weekday {
        return 0;
    }
    let n = text.tokens.len();
    (1..n).find(|&k| text.tokens[k].newline_before).unwrap_or(n)
}

/// Whether the year at token `i` is a horizon: "đến năm 2020", "tới 2030"; not the as-of year
/// of "tính đến năm 2016". A year things happen before ("hoàn tất trước năm 2020", "Trước năm
/// 2010, tỉnh chỉ có 2 KCN") is no year an article reports on either.
pub fn horizon_year(text: &Text, i: usize) -> bool {
    let before = |k: usize| text.tok_at(i as isize - k as isize);
    let k = if before(1) == "nam" { 2 } else { 1 };
    matches!(before(k), "den" | "toi") && before(k + 1) != "tinh" || before(k) == "truoc"
}

static EMPTY_HITS: std::sync::LazyLock<Hits> = std::sync::LazyLock::new(Hits::empty);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn lex() -> Lexicon {
        Lexicon::bundled().unwrap()
    }

    /// The period phrases of `s`, with `ref_year` and `pub_date` as `find` takes them.
    fn exprs(s: &str, ref_year: Option<i32>, pub_date: Option<NaiveDate>) -> Vec<PeriodExpr> {
        let t = Text::new(s);
        find(&t, &lex().scan(&t), ref_year, pub_date)
    }

    fn periods(
        s: &str,
        pub_date: Option<NaiveDate>,
    ) -> Vec<(Option<NaiveDate>, Option<NaiveDate>, bool)> {
        exprs(s, pub_date.map(|d| d.year()), pub_date)
            .iter()
            .map(|p| (p.start, p.end_date, p.cumulative))
            .collect()
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn guide_periods() {
        assert_eq!(
            periods("năm 2023", None),
            [(d(2023, 1, 1), d(2023, 12, 31), false)]
        );
        assert_eq!(
            periods("6 tháng đầu năm 2024", None),
            [(d(2024, 1, 1), d(2024, 6, 30), false)]
        );
        assert_eq!(
            periods("10 tháng năm 2021", None),
            [(d(2021, 1, 1), d(2021, 10, 31), false)]
        );
        assert_eq!(
            periods("quý I/2024", None),
            [(d(2024, 1, 1), d(2024, 3, 31), false)]
        );
        // Regression: "quý 4.2016" and "quý IV.2016", written as "tháng 9.2016" is, were not
        // read.
        assert_eq!(
            periods("trong quý 4.2016", None),
            [(d(2016, 10, 1), d(2016, 12, 31), false)]
        );
        assert_eq!(
            periods("trong quý IV.2016", None),
            [(d(2016, 10, 1), d(2016, 12, 31), false)]
        );
        assert_eq!(
            periods("tính đến 20/10/2021", None),
            [(None, d(2021, 10, 20), true)]
        );
        // Regression: a date with dots ("ngày 31.3.2017") was not read.
        assert_eq!(
            periods("tính đến ngày 31.3.2017", None),
            [(None, d(2017, 3, 31), true)]
        );
        // Regression: "tại thời điểm 31/12/2015" was a date, not a stock as of it.
        assert_eq!(
            periods("Tại thời điểm 31/12/2015", None),
            [(None, d(2015, 12, 31), true)]
        );
        assert_eq!(
            periods("lũy kế đến nay", d(2024, 1, 9)),
            [(None, d(2024, 1, 9), true)]
        );
    }

    #[test]
    fn months_or_quarters_joined_are_one_span() {
        // Regression: "tháng 2 và 3/2017" was February alone, "tháng 2 và tháng 3/2017" March
        // alone and "quý I và II/2017" the first quarter.
        for text in [
            "trong tháng 2 và 3/2017",
            "tháng 2 và tháng 3/2017",
            "tháng 2-3/2017",
        ] {
            assert_eq!(
                periods(text, None),
                [(d(2017, 2, 1), d(2017, 3, 31), false)],
                "{text}"
            );
        }
        assert_eq!(
            periods("các tháng 1 - 5 năm 2017", None),
            [(d(2017, 1, 1), d(2017, 5, 31), false)]
        );
        assert_eq!(
            periods("quý I và II/2017", None),
            [(d(2017, 1, 1), d(2017, 6, 30), false)]
        );
        // "và" joins the next month only: two apart, it names two months, not a span.
        assert_eq!(
            periods("tháng 1 và tháng 5/2017", None)[0],
            (d(2017, 5, 1), d(2017, 5, 31), false)
        );
        // Without the year written after the last, nothing is joined.
        assert_eq!(
            periods("tháng 2 và 3 dự án", d(2017, 6, 1)),
            [(d(2017, 2, 1), d(2017, 2, 28), false)]
        );
    }

    #[test]
    fn months_and_halves() {
        assert_eq!(
            periods("trong tháng 8/2024", None),
            [(d(2024, 8, 1), d(2024, 8, 31), false)]
        );
        assert_eq!(
            periods("6 tháng cuối năm 2024", None),
            [(d(2024, 7, 1), d(2024, 12, 31), false)]
        );
        assert_eq!(
            periods("tính đến hết tháng 9/2025", None),
            [(None, d(2025, 9, 30), true)]
        );
        assert_eq!(
            periods("lũy kế đến đầu năm 2021", None),
            [(None, d(2020, 12, 31), true)]
        );
    }

    #[test]
    fn five_months_and_quarters_in_words() {
        // Regression: "Năm tháng đầu năm 2017" and "quý đầu tiên năm 2017" were all of 2017.
        assert_eq!(
            periods("Năm tháng đầu năm 2017", None),
            [(d(2017, 1, 1), d(2017, 5, 31), false)]
        );
        assert_eq!(
            periods("trong quý đầu tiên năm 2017", None),
            [(d(2017, 1, 1), d(2017, 3, 31), false)]
        );
        assert_eq!(
            periods("hai quý đầu năm 2017", None),
            [(d(2017, 1, 1), d(2017, 6, 30), false)]
        );
        assert_eq!(
            periods("quý cuối năm 2016", None),
            [(d(2016, 10, 1), d(2016, 12, 31), false)]
        );
        // "những năm tháng" is years, not five months.
        assert_eq!(periods("những năm tháng khó khăn", None), []);
    }

    #[test]
    fn since_a_year_runs_to_now() {
        // Regression: "Tính từ năm 1988, ... đã đầu tư 50,5 tỷ USD" was dated 1988 alone.
        assert_eq!(
            periods("Tính từ năm 1988, Hàn Quốc đã đầu tư", d(2017, 6, 1)),
            [(d(1988, 1, 1), d(2017, 6, 1), false)]
        );
        // Regression: "từ 20/1/2016 đến nay" had no start date, and its "đến nay" was read
        // again as a running total of its own, which took the place of the span.
        assert_eq!(
            periods("từ 20/1/2016 đến nay", d(2017, 6, 1)),
            [(d(2016, 1, 20), d(2017, 6, 1), false)]
        );
        // Regression: "Từ năm 1998, Nidec đã đầu tư" opening a sentence was 1998 alone.
        assert_eq!(
            periods("Từ năm 1998, Nidec đã đầu tư", None),
            [(d(1998, 1, 1), None, false)]
        );
        assert_eq!(
            periods("Từ năm 2010, kim ngạch vượt", d(2017, 6, 1)),
            [(d(2010, 1, 1), d(2017, 6, 1), false)]
        );
        // A rule that takes effect from then ("Từ năm 2018, thuế sẽ giảm") runs from then on,
        // with no end: it is not the year 2018 alone, nor a span to now.
        assert_eq!(
            periods("Từ năm 2018, thuế sẽ giảm", None),
            [(d(2018, 1, 1), None, false)]
        );
        // Regression: from a month still ahead ("kể từ tháng 4/2024" in news of 7 March 2024)
        // it ran to the publication, before its own start.
        assert_eq!(
            periods("tăng lương 7% kể từ tháng 4/2024", d(2024, 3, 7)),
            [(d(2024, 4, 1), None, false)]
        );
        let found = exprs("mức cao nhất kể từ tháng 11/2016", Some(2017), None);
        assert!(found[0].comparison, "a record's 'since' is compared with");
    }

    #[test]
    fn the_first_month_of_a_year_and_a_bare_year_after_trong() {
        // Regression: "tháng đầu tiên của năm 2017" was all of 2017, and "trong 2016" dated
        // nothing.
        let jan = [(d(2017, 1, 1), d(2017, 1, 31), false)];
        assert_eq!(periods("trong tháng đầu tiên của năm 2017", None), jan);
        assert_eq!(periods("Tháng đầu năm 2017", None), jan);
        assert_eq!(
            periods("những tháng đầu năm 2017", None),
            [(d(2017, 1, 1), d(2017, 12, 31), false)]
        );
        assert_eq!(
            periods("Trong 2016, thu ngân sách", None),
            [(d(2016, 1, 1), d(2016, 12, 31), false)]
        );
    }

    #[test]
    fn the_year_so_far_up_to_the_end_of_a_day() {
        // Regression: "từ đầu năm đến hết ngày 15/5" lost its start: "ngày" stood between.
        assert_eq!(
            periods("Tính từ đầu năm đến hết ngày 15/5", d(2017, 5, 20)),
            [(d(2017, 1, 1), d(2017, 5, 15), false)]
        );
    }

    #[test]
    fn half_a_month_as_customs_reports_count() {
        // Regression: "kỳ 1 tháng 5" and "nửa đầu tháng 5" dated nothing, and "15 ngày đầu
        // tháng 1/2017" was all of January.
        let first = [(d(2017, 5, 1), d(2017, 5, 15), false)];
        assert_eq!(periods("trong kỳ 1 tháng 5/2017", None), first);
        assert_eq!(periods("trong nửa đầu tháng 5/2017", None), first);
        assert_eq!(periods("trong 15 ngày đầu tháng 5/2017", None), first);
        assert_eq!(
            periods("nửa cuối tháng 4/2017", None),
            [(d(2017, 4, 16), d(2017, 4, 30), false)]
        );
    }

    #[test]
    fn a_span_of_years_after_year_is_the_whole_span() {
        // Regression: "năm 2009-2010" and "từ năm 2014 đến 2016" were 2009 and 2014 alone.
        let span = [(d(2014, 1, 1), d(2016, 12, 31), false)];
        assert_eq!(periods("trong 3 năm 2014 - 2016", None), span);
        assert_eq!(periods("Từ năm 2014 đến 2016", None), span);
        assert_eq!(periods("giai đoạn 2014-2016", None), span);
    }

    #[test]
    fn the_year_of_a_laws_or_decrees_name_dates_nothing() {
        // Regression: "luật hợp tác xã năm 2012" (lower case) and "Nghị định 29 năm 2011" (a
        // number between) dated the figures after them.
        for s in [
            "Sơ kết thi hành luật hợp tác xã năm 2012",
            "theo Nghị định 29 năm 2011 của Chính phủ",
            "Luật Đầu tư năm 2014",
        ] {
            let found = exprs(s, Some(2017), None);
            assert!(found.iter().all(|p| p.comparison), "{s}");
        }
        // "pháp luật" names no law: "vi phạm pháp luật năm 2016" is a year.
        assert!(!exprs("vi phạm pháp luật năm 2016", Some(2017), None)[0].comparison);
    }

    #[test]
    fn publication_dates() {
        let p = |s: &str| publication_date(&Text::new(s));
        assert_eq!(
            p("Tin\n\nThứ sáu, 15/12/2023 - 11:00\n\nNội dung"),
            d(2023, 12, 15)
        );
        assert_eq!(p(" date 2025-10-24 Tiêu đề"), d(2025, 10, 24));
        assert_eq!(
            p("Triển khai nhiệm vụ năm 2024\n\nChiều ngày 09/01, hội nghị"),
            d(2024, 1, 9)
        );
        assert_eq!(p("Tiêu đề\n\nTheo Văn bản số 12/QĐ ngày 31/12/2008"), None);
        // Regression: an event's date mid-sentence was taken as the publication's.
        assert_eq!(
            p(
                "Thủ tướng thăm Đức\nHai nước thiết lập quan hệ ngoại giao ngày 23/9/1975. Thủ \
                 tướng thăm Đức từ ngày 5-8/7/2017."
            ),
            d(2017, 7, 8)
        );
        assert_eq!(
            p("Tin\nNgày 15/12/2023, hội nghị diễn ra vào ngày 29/4/2016."),
            d(2023, 12, 15)
        );
        assert_eq!(
            p("Giá vàng trong nước ngày 8/2/2017 tăng\nGiá vàng sáng nay tăng."),
            d(2017, 2, 8)
        );
        // Regression: a report's deadline, ahead of the news, was taken as its date.
        assert_eq!(
            p("Xử lý 12 dự án thua lỗ\nCác bộ báo cáo Thủ tướng trước ngày 10/2/2017."),
            None
        );
        assert_eq!(
            p("Xử lý 12 dự án thua lỗ\nNgày 23/1/2017, Bộ yêu cầu báo cáo trước 10/2/2017."),
            d(2017, 1, 23)
        );
        // Regression: the site's clock above the title was taken for the publication date.
        assert_eq!(
            p("Thứ tư 11/03/2026 04:17\nHotline: 024.355.63.010\n\nTiêu đề\n\nNội dung"),
            None
        );
        assert_eq!(p("Chủ nhật,  05/02/2023\n\nTiêu đề\n\nNội dung"), None);
        assert_eq!(p("Thứ 5, 12/03/2026\n\nTiêu đề\n\nNội dung"), None);
        // Regression: the first day of an anniversary's span was taken as the publication's,
        // and every "đến nay" of the article ended in 1967.
        assert_eq!(
            p(
                "Quan hệ hai nước\nNhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao \
               (24/6/1967-24/6/2017), Phó Thủ tướng trả lời phỏng vấn."
            ),
            None
        );
    }

    #[test]
    fn an_undated_articles_now_is_the_date_it_just_counted_up_to() {
        // Regression: in an article without a date, "Tính tới thời điểm hiện tại" right after
        // "tính tới cuối tháng 6/2016" ended nowhere, and so did "còn hiệu lực" after "Đến hết
        // năm 2016".
        assert_eq!(
            periods(
                "Tính tới cuối tháng 6/2016, có 313 KCN. Tính tới thời điểm hiện tại, có 218 \
                 KCN đi vào hoạt động.",
                None
            ),
            [(None, d(2016, 6, 30), true), (None, d(2016, 6, 30), true)]
        );
        assert_eq!(
            periods("Đến hết năm 2016, có 3.200 dự án còn hiệu lực.", None),
            [(None, d(2016, 12, 31), true), (None, d(2016, 12, 31), true)]
        );
        // Not a bare year counted to, which is more often a horizon; nor a period between.
        assert_eq!(
            periods("Đến năm 2020 có 50 KCN. Hiện có 30 KCN.", None),
            [(None, d(2020, 12, 31), true), (None, None, true)]
        );
        assert_eq!(
            periods(
                "Tính đến tháng 6/2016, có 313 KCN. Năm 2015 có 20 KCN. Hiện có 30 KCN.",
                None
            )[2],
            (None, None, true)
        );
        // A dated article's now is its date.
        assert_eq!(
            periods(
                "Tính đến tháng 6/2016, có 313 KCN. Hiện có 30 KCN.",
                d(2016, 9, 1)
            )[1],
            (None, d(2016, 9, 1), true)
        );
    }

    #[test]
    fn an_undated_year_so_far_is_the_months_the_report_names_next() {
        // Regression: in an undated report "từ đầu năm đến nay" had no end, though the next
        // sentence names the months it covers.
        let first = |s: &str| {
            let e = exprs(s, None, None)[0];
            (e.start, e.end_date)
        };
        assert_eq!(
            first(
                "Từ đầu năm đến nay có khoảng 9 tỷ USD được đầu tư. Theo Vụ, trong 6 tháng đầu \
                 năm 2018, vốn đầu tư giảm."
            ),
            (d(2018, 1, 1), d(2018, 6, 30))
        );
        // Not a whole year, nor a single month, which say nothing of now.
        for next in ["Năm 2018, vốn giảm.", "Tháng 1/2018, vốn giảm."] {
            assert_eq!(
                first(&format!("Từ đầu năm đến nay có 9 tỷ USD. {next}")),
                (None, None),
                "{next}"
            );
        }
    }

    #[test]
    fn not_until_then_is_no_date_counted_up_to() {
        // Regression: "đến tháng 10/2011 mới được giải ngân" (not until then) ended a running
        // total, like "tính đến tháng 10/2011".
        let p = |s: &str| {
            exprs(s, None, None)
                .iter()
                .map(|p| (p.end_date, p.cumulative, p.comparison))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            p("Dự án đến tháng 10/2011 mới được giải ngân."),
            [(d(2011, 10, 31), true, true)]
        );
        // "Only so much by then" counts up to it.
        assert_eq!(
            p("Tính đến ngày 26/5/2018 mới chỉ có 38% được sửa."),
            [(d(2018, 5, 26), true, false)]
        );
        assert_eq!(
            p("Giải ngân đến cuối quý III/2016 mới đạt 19%."),
            [(d(2016, 9, 30), true, false)]
        );
    }

    #[test]
    fn this_year_and_last_year_are_read_from_the_publication() {
        // Regression: "năm nay" and "năm ngoái" were not read at all, so the figures after
        // them took the year named before ("Năm 2016, ... Năm nay, doanh thu đạt ...").
        let pubd = d(2017, 1, 5);
        let y = |y: i32| (d(y, 1, 1), d(y, 12, 31), false);
        assert_eq!(
            periods(
                "Năm nay, doanh thu đạt 50 tỷ. Năm ngoái, nhập khẩu giảm 16%.",
                pubd
            ),
            [y(2017), y(2016)]
        );
        // Undated: "năm nay" is the year reported on; "năm ngoái" is left unread.
        let found = exprs(
            "Năm nay, doanh thu đạt 50 tỷ. Năm ngoái, nhập khẩu giảm 16%.",
            Some(2016),
            None,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].end_date, d(2016, 12, 31));
        // Not "2 năm trước", "những năm trước", "năm trước đó", nor the end of a longer phrase.
        assert_eq!(
            periods(
                "Cách đây 2 năm trước, những năm trước, năm trước đó, Tết năm nay, quý IV năm nay.",
                pubd
            ),
            []
        );
        // After "cùng kỳ" it is the period compared with.
        let found = exprs(
            "Doanh thu tăng 5% so với cùng kỳ năm ngoái.",
            Some(2017),
            pubd,
        );
        assert!(found.iter().all(|p| p.comparison));
    }

    #[test]
    fn the_end_of_a_year_compared_with_is_a_comparison() {
        // Regression: "so với thời điểm cuối năm 2019" with "thời điểm cuối" between was no
        // comparison: the year dated the change after it (labour probe 14).
        for text in [
            "giảm 6.840 người so với thời điểm cuối năm 2019, tương đương giảm 8,6%",
            "tăng 12% so với thời điểm đầu năm 2023",
            "giảm 5% so với cuối năm 2019",
        ] {
            let found = exprs(text, Some(2020), None);
            assert!(found.len() == 1 && found[0].comparison, "{text}: {found:?}");
        }
    }
}
