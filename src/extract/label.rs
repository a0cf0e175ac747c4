//! Labelling a quantity: `metric`, `measure`, `investor`, `approx`, period and `cumulative`.
//!
//! Every rule reads the words around the number inside its sentence, in a fixed order:
//! the noun phrase right after it (`dự án FDI`), the words right before it (`tăng`, `gần`),
//! then the nearest cue further back in its clause, then in its sentence. A parenthesis that
//! closes before the number hides what is inside it (`09 dự án mới (08 trong nước và 01 nước
//! ngoài) với tổng vốn ...`: the capital is of all nine). A percent, multiplier or change that
//! follows a figure describes that figure, so it takes its metric and investor.

use chrono::{Datelike, NaiveDate};

use crate::lexicon::{Cue, Hit, Hits, InvestorCue, Lexicon, MeasureCue};
use crate::model::{Approx, Entity, Investor, Measure, Metric, Unit};
use crate::text::{Text, TokKind};

use super::period::{PeriodExpr, last_day, year_of};
use super::quantity::{Cell, Quantity, bracketed_sign, followed_by_any, is_phrase};

/// How many sentences below a heading its figure's restatement may stand.
const HEADING_REACH: usize = 3;

/// Labels of one quantity.
#[derive(Debug, Clone)]
pub struct Labels {
    pub metric: Metric,
    pub measure: Measure,
    pub investor: Option<Investor>,
    pub approx: Option<Approx>,
    pub period_start: Option<NaiveDate>,
    pub period_end: Option<NaiveDate>,
    pub cumulative: bool,
    /// The value changes sign (`giảm 5%`).
    pub negative: bool,
}

pub struct Labeler<'a> {
    text: &'a Text,
    hits: &'a Hits,
    lex: &'a Lexicon,
    qs: &'a [Quantity],
    periods: &'a [PeriodExpr],
    pub_date: Option<NaiveDate>,
    ref_year: Option<i32>,
    /// For each token, the first token of its clause (split at `;`).
    clause_start: Vec<usize>,
    clause_end: Vec<usize>,
    /// For each token, the innermost parenthesis group `(open, close)` containing it.
    group: Vec<Option<(usize, usize)>>,
    /// Period of each sentence carried from earlier sentences of its paragraph.
    carried: Vec<Option<Carried>>,
    /// Whether the article uses a word of the economy (`metric_scope.topic`) or is too short
    /// to tell, and is not about abroad (see [`Labeler::with_places_named`]); otherwise its
    /// figures are of no metric.
    on_topic: bool,
    /// For each token, the quantity whose span covers it.
    q_at: Vec<Option<u32>>,
    /// For each token, the count whose noun phrase ("tail") covers it.
    tail_at: Vec<Option<u32>>,
    /// Whether the title is about investment abroad ([`Labeler::titled_outward`]).
    outward_title: std::cell::OnceCell<bool>,
    /// Foreign firms the article names with their country: the tokens of each name ("Tập
    /// đoàn Hyosung (Hàn Quốc)" gives "Hyosung").
    foreign_names: Vec<(usize, usize)>,
}

/// Words that may stand between a cue and its figure ("đạt", "lên tới", "là", "khoảng", "mức
/// vốn"): a hedge and the rise or fall before it both reach over them.
const FILLERS: &[&str] = &[
    "dat", "la", "len", "toi", "den", "duoc", "co", "muc", "khoang", "von", ":",
];

/// Words that say the investment is Vietnam's, abroad: "nhận đầu tư", "của Việt Nam", "ra
/// nước ngoài", "nhà đầu tư Việt Nam".
const OUTWARD: &[&[&str]] = &[
    &["nhận", "đầu", "tư"],
    &["của", "Việt", "Nam"],
    &["ra", "nước", "ngoài"],
    &["nhà", "đầu", "tư", "Việt", "Nam"],
];

/// Headings of a site's list of links to other stories ("Tin liên quan", "Tin cùng chuyên
/// mục"): each line below is another story's headline, dated by nothing the story above says.
const LINK_LISTS: &[&[&str]] = &[
    &["tin", "liên", "quan"],
    &["bài", "viết", "liên", "quan"],
    &["bài", "liên", "quan"],
    &["tin", "cùng", "chuyên", "mục"],
    &["tin", "khác"],
    &["các", "tin", "khác"],
    &["xem", "thêm"],
    &["đọc", "thêm"],
    &["tin", "mới", "nhất"],
    &["tin", "mới"],
];

/// A plan as the subject of what it is ("Kế hoạch năm 2025 ... là 4.200 tỷ đồng", "Chỉ tiêu ...
/// là"): a goal with no goal word (see `is_target`).
const PLAN_SUBJECTS: &[&[&str]] = &[&["kế", "hoạch"], &["chỉ", "tiêu"]];

/// Work said to be going on at the news, after "đang": what it handles is under way now, not a
/// figure of the period a report states before it.
const ONGOING_WORK: &[&[&str]] = &[
    &["đề", "xuất"],
    &["triển", "khai"],
    &["phối", "hợp"],
    &["hoàn", "thiện"],
    &["hoàn", "tất"],
    &["chỉ", "đạo"],
    &["kêu", "gọi"],
    &["xúc", "tiến"],
    &["nghiên", "cứu"],
    &["chuẩn", "bị"],
    &["thực", "hiện"],
    &["đẩy", "nhanh"],
    &["khẩn", "trương"],
    &["xem", "xét"],
    &["thẩm", "định"],
    &["đàm", "phán"],
    &["lập"],
    &["trình"],
];

/// Whether period `inner` lies within `outer`, both with their start and end known.
fn within(inner: &PeriodExpr, outer: &PeriodExpr) -> bool {
    let span = |p: &PeriodExpr| p.start.zip(p.end_date);
    span(inner)
        .zip(span(outer))
        .is_some_and(|((a, b), (c, d))| c <= a && b <= d)
}

/// Whether two units measure the same kind of thing: money in either currency is one kind.
fn same_kind(a: Unit, b: Unit) -> bool {
    let money = |u: Unit| matches!(u, Unit::Vnd | Unit::Usd);
    a == b || money(a) && money(b)
}

/// How far (in tokens) around a figure its context is read. Real sentences are shorter; the
/// bound keeps run-on text (a 50 MB line) linear in time.
pub const WINDOW: usize = 120;
/// Tokens (syllables and marks) an article needs before the absence of every word of the
/// economy says it is about
/// something else: a sentence or two quoted alone ("thu hút 12 dự án") is read as it stands.
const TOPIC_MIN_TOKENS: usize = 120;
/// Tokens (syllables and marks, some twelve to fifteen words) a goal word ("sẽ", "mục tiêu")
/// reaches to a figure after it, or on to the next of the figures it lists, the chain ending at
/// the first longer gap: further on, the sentence tells what is ("Rất nhiều người đang mong chờ ...
/// sẽ ... vượt xa doanh thu ... từng có doanh thu hơn nửa tỷ USD").
const GOAL_REACH: usize = 25;

/// Tokens after a count of people that a word of harm ("bị thương") still befalls them.
const HARM_REACH: usize = 6;

/// Parentheses longer than this are stray marks, not asides.
const MAX_GROUP: usize = 150;

/// Tokens in the noun phrase after a quantity belong to it (`230 dự án có vốn đầu tư nước
/// ngoài`): they describe the counted things and are not cues for later numbers.
const TAIL_MAX: usize = 8;

/// How far back (in tokens) an investor word still speaks of a figure.
const INVESTOR_REACH: usize = 20;

/// A firm a sentence names (see [`Labeler::firm_refs`]).
#[derive(Clone, Copy)]
enum FirmRef {
    /// By its name: whether the article makes it foreign.
    Named { foreign: bool },
    /// "tập đoàn này": the one named before.
    This,
}

/// A period a sentence takes from the sentences before it.
#[derive(Clone, Copy)]
struct Carried {
    /// Index into the article's periods.
    period: usize,
    /// It dates a plan, and so goals only.
    goals_only: bool,
    /// With `goals_only`, the period for a result said after the goals ("Năm 2025, Ban phấn đấu
    /// thu hút 1 tỷ USD. Trong quý, ... đạt ..."): the report's period before them, where that
    /// lies within their span and they are still ahead at the publication; else theirs.
    /// `None` where the goals' sentence stated no figure: other figures take no period.
    others: Option<usize>,
    /// With a stock as of now said in words ("Hiện toàn vùng có 64 KCN"), the dated period it
    /// followed ("Năm 2024, ... thu hút 97 dự án"): a flow reported as reached after the stock
    /// ("Kim ngạch xuất khẩu ... đạt 14,5 tỷ USD") is still of that period, as nothing is
    /// exported "as of now".
    before_now: Option<usize>,
}

/// Sentences in a row without a figure after which a carried period lapses.
const LAPSE_AFTER: usize = 2;

impl<'a> Labeler<'a> {
    pub fn new(
        text: &'a Text,
        hits: &'a Hits,
        lex: &'a Lexicon,
        qs: &'a [Quantity],
        periods: &'a [PeriodExpr],
        pub_date: Option<NaiveDate>,
        ref_year: Option<i32>,
    ) -> Labeler<'a> {
        let n = text.tokens.len();
        let mut clause_start = vec![0; n];
        let mut clause_end = vec![n; n];
        for sent in &text.sentences {
            let mut start = sent.first;
            for (i, slot) in clause_start
                .iter_mut()
                .enumerate()
                .take(sent.end)
                .skip(sent.first)
            {
                *slot = start.max(i.saturating_sub(WINDOW));
                if text.tok(i) == ";" {
                    start = i + 1;
                }
            }
            let mut end = sent.end;
            for i in (sent.first..sent.end).rev() {
                if text.tok(i) == ";" {
                    end = i;
                }
                clause_end[i] = end.min(i + WINDOW);
            }
        }
        // The innermost parenthesis around each token, in one pass: match pairs, then walk
        // again with a stack of the open ones.
        let mut close = vec![usize::MAX; n];
        for sent in &text.sentences {
            let mut stack: Vec<usize> = Vec::new();
            for i in sent.first..sent.end {
                match text.tok(i) {
                    "(" => stack.push(i),
                    ")" => {
                        if let Some(o) = stack.pop()
                            && i - o <= MAX_GROUP
                        {
                            close[o] = i;
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut group = vec![None; n];
        let mut open: Vec<usize> = Vec::new();
        for (i, g) in group.iter_mut().enumerate() {
            if close[i] != usize::MAX {
                open.push(i);
            }
            if let Some(&o) = open.last() {
                *g = Some((o, close[o]));
            }
            while open.last().is_some_and(|&o| close[o] <= i) {
                open.pop();
            }
        }
        let mut q_at = vec![None; n];
        for (j, q) in qs.iter().enumerate() {
            for slot in q_at.iter_mut().take(q.last + 1).skip(q.first) {
                *slot = Some(j as u32);
            }
        }
        let mut l = Labeler {
            text,
            hits,
            lex,
            qs,
            periods,
            pub_date,
            ref_year,
            clause_start,
            clause_end,
            group,
            carried: Vec::new(),
            on_topic: n < TOPIC_MIN_TOKENS || hits.list.iter().any(|h| h.cue == Cue::Topic),
            q_at,
            tail_at: Vec::new(),
            outward_title: std::cell::OnceCell::new(),
            foreign_names: Vec::new(),
        };
        let mut tail_at = vec![None; n];
        for (j, q) in qs.iter().enumerate() {
            if q.unit == Unit::Count {
                let (a, b) = l.tail(j);
                for slot in tail_at.iter_mut().take(b).skip(a) {
                    *slot = Some(j as u32);
                }
            }
        }
        l.tail_at = tail_at;
        l.carried = l.carry_periods();
        l.foreign_names = l.foreign_firm_names();
        l
    }

    fn tok(&self, i: usize) -> &str {
        self.text.tok_at(i as isize)
    }

    /// Tells the labeller whether the article names a place of Vietnam. A long article that
    /// names none, nor the country, its offices or regions (`places.vietnam`, "cả nước",
    /// `places.national_source`, "ĐBSCL"), nor a currency word for đồng, and names
    /// another country or the world ("Mỹ", "Nhật Bản", "trên toàn cầu") is about abroad: its
    /// figures (Netflix's revenue, Samsung's workforce in Korea, China's imports) are of no
    /// metric, as the gold files make world FDI.
    pub fn with_places_named(mut self, named: bool) -> Self {
        if !named && self.text.tokens.len() >= TOPIC_MIN_TOKENS {
            let mut abroad = false;
            for h in &self.hits.list {
                match h.cue {
                    Cue::Vietnam
                    | Cue::National
                    | Cue::NationalSource
                    | Cue::Region(_)
                    | Cue::Regions
                    | Cue::Currency(Unit::Vnd) => return self,
                    Cue::Foreign => {
                        abroad |= self.text.tokens[h.start as usize].capitalized;
                    }
                    Cue::World => abroad = true,
                    _ => {}
                }
            }
            self.on_topic &= !abroad;
        }
        self
    }

    /// Whether token `k` is a year written in digits ("2016").
    fn written_year(&self, k: usize) -> bool {
        self.is_num(k) && year_of(self.tok(k)).is_some()
    }

    /// Whether quantities `i` and `j` state the same amount in the same unit.
    fn same_amount(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.qs[i], &self.qs[j]);
        a.unit == b.unit && a.value == b.value && a.value_max == b.value_max
    }

    /// Whether the headline's quantity `q` comes again below the headline, the same amount or
    /// one it rounds.
    fn restated_in_body(&self, q: &Quantity) -> bool {
        let Some(i) = self.q_at[q.first].map(|i| i as usize) else {
            return false;
        };
        let title_end = self.text.title_end();
        let approx = self.approx(i);
        (i + 1..self.qs.len()).any(|j| {
            self.qs[j].first >= title_end && (self.same_amount(i, j) || self.rounds(i, approx, j))
        })
    }

    /// Whether quantity `i`, hedged by `approx`, rounds quantity `j` of the same unit: "gần 200"
    /// for 199, "hơn 16 tỷ USD" for 16,455 tỷ USD, within 5% and on the side the hedge says.
    fn rounds(&self, i: usize, approx: Option<Approx>, j: usize) -> bool {
        let (a, b) = (&self.qs[i], &self.qs[j]);
        let near = (b.value - a.value).abs() <= 0.05 * a.value.abs();
        a.unit == b.unit
            && a.value_max.is_none()
            && b.value_max.is_none()
            && near
            && match approx {
                Some(Approx::Under) => b.value <= a.value,
                Some(Approx::Over) => b.value >= a.value,
                Some(Approx::About) => true,
                _ => false,
            }
    }

    /// The sentence around token `i`, within [`WINDOW`] tokens of it.
    fn sentence(&self, i: usize) -> (usize, usize) {
        let s = self.text.sentences[self.text.sentence_of(i)];
        (s.first.max(i.saturating_sub(WINDOW)), s.end.min(i + WINDOW))
    }

    /// Whether a cue at tokens `a..b` is hidden from a quantity at `q_first` by a parenthesis
    /// that closes between them.
    fn hidden(&self, a: usize, q_first: usize) -> bool {
        match self.group[a] {
            Some((o, c)) => !(o < q_first && q_first <= c),
            None => false,
        }
    }

    /// Hits of `f` ending at or before `end` and starting at or after `start`, nearest first.
    fn cues_before(
        &self,
        start: usize,
        end: usize,
        q_first: usize,
        f: impl Fn(&Cue) -> bool,
    ) -> Vec<Hit> {
        let mut v: Vec<Hit> = self
            .hits
            .within(start, end)
            .iter()
            .filter(|h| {
                h.end() <= end
                    && f(&h.cue)
                    && !self.hidden(h.start as usize, q_first)
                    && !self.inside_hedge(h)
            })
            .copied()
            .collect();
        v.sort_by_key(|h| (std::cmp::Reverse(h.end()), std::cmp::Reverse(h.len)));
        v
    }

    /// Whether tokens `a..b` tell a result: what is reached now or was done ("hiện đạt", "hiện
    /// nay", "đã đạt", "đã thu hút"; not "lao động đã qua đào tạo", "KCN hiện hữu"), or a time
    /// over before the news ("tỷ lệ lấp đầy năm 2024 đạt 65%" in 2025).
    fn a_result_between(&self, a: usize, b: usize) -> bool {
        // (Not "hiện nay" right after another figure, which dates that one: "từ 70% hiện nay
        // nâng lên 80%".)
        (a..b).any(|k| {
            self.any_words_at(k, &[&["hiện", "đạt"], &["hiện", "nay"]])
                && !(k > 0 && self.q_at[k - 1].is_some())
                || self.text.word_is(k, &["đã"])
                    && self
                        .text
                        .word_is(k + 1, &["đạt", "thu", "cho", "hoàn", "giải", "cấp"])
        }) || self
            .periods_in(a, b)
            .iter()
            .any(|p| !p.horizon && p.end_date.zip(self.pub_date).is_some_and(|(e, d)| e < d))
    }

    /// Where a goal word ending at token `from` reaches on to a figure starting at `to`: the
    /// end of the last figure between them, since a goal lists its figures ("sẽ ... thu hút
    /// thêm 2-3 dự án ..., với tổng vốn đầu tư dự kiến khoảng trên 150 triệu USD"), or the
    /// word itself. The chain stops at the first gap of more than [`GOAL_REACH`] tokens.
    fn reach_of_goal(&self, from: usize, to: usize) -> usize {
        let lo = self.qs.partition_point(|p| p.first < from);
        let hi = self.qs.partition_point(|p| p.first < to);
        let mut reach = from;
        for p in &self.qs[lo..hi] {
            if p.first.saturating_sub(reach) > GOAL_REACH {
                break;
            }
            // (Both counts of "11/23 khu công nghiệp" end at its noun.)
            reach = reach.max(p.unit_end);
        }
        reach
    }

    /// Whether rise or fall word `h` is part of a longer hedge: "thấp hơn" in "không thấp hơn
    /// 5%" sets a floor and says nothing of a fall. (Other cues inside a hedge still count:
    /// the "đạt" of "ước đạt 105% so với cùng kỳ".)
    fn inside_hedge(&self, h: &Hit) -> bool {
        matches!(
            h.cue,
            Cue::Measure(MeasureCue::Rise) | Cue::Measure(MeasureCue::Fall)
        ) && self
            .hits
            .within((h.start as usize).saturating_sub(4), h.end())
            .iter()
            .any(|o| {
                matches!(o.cue, Cue::Approx(_))
                    && o.start <= h.start
                    && o.end() >= h.end()
                    && o.len > h.len
            })
    }

    /// The token range of the noun phrase after quantity `q` (its "tail").
    fn tail(&self, qi: usize) -> (usize, usize) {
        let q = &self.qs[qi];
        let a = q.unit_end;
        let (_, s_end) = self.sentence(q.first);
        let next_q = self.qs.get(qi + 1).map(|n| n.first).unwrap_or(usize::MAX);
        let mut b = a;
        while b < s_end && b < a + TAIL_MAX && b < next_q {
            let t = self.tok(b);
            if matches!(t, "," | ";" | "(" | ")" | "." | ":" | "va" | "voi")
                && !(t == "(" && b == a)
            {
                break;
            }
            b += 1;
        }
        (a, b)
    }

    /// The quantity whose tail holds token `k`, if any.
    fn tail_owner(&self, k: usize, before: usize) -> Option<usize> {
        self.tail_at[k].map(|j| j as usize).filter(|&j| j < before)
    }

    /// Index of the quantity ending right before token `k` (skipping punctuation and hedges).
    fn quantity_before(&self, qi: usize) -> Option<usize> {
        if qi == 0 {
            return None;
        }
        let q = &self.qs[qi];
        let p = &self.qs[qi - 1];
        let (s0, _) = self.sentence(q.first);
        (p.first >= s0).then_some(qi - 1)
    }

    // ---------------------------------------------------------------- approx

    fn approx(&self, qi: usize) -> Option<Approx> {
        let q = &self.qs[qi];
        if q.value_max.is_some() {
            return Some(Approx::Range);
        }
        // "gấp gần 1,5 lần": a hedge inside the span, between "gấp" and the number.
        if q.num > q.first
            && let Some(Cue::Approx(a)) = self
                .hits
                .within(q.first + 1, q.num)
                .iter()
                .find(|h| h.end() == q.num && matches!(h.cue, Cue::Approx(_)))
                .map(|h| h.cue)
        {
            return Some(a);
        }
        let start = self.clause_start[q.first].max(q.first.saturating_sub(4));
        let hedges = self.cues_before(start, q.first, q.first, |c| matches!(c, Cue::Approx(_)));
        for h in hedges {
            let estimate = self.tok(h.start as usize) == "uoc";
            // Only filler words between the hedge and the number, or "bằng" alone ("tăng thêm
            // gần bằng 4,5% số phải thu"; "ước bằng" is read below).
            let gap_ok = (h.end()..q.first)
                .all(|k| FILLERS.contains(&self.tok(k)) && self.is_word(k) || self.tok(k) == ":")
                || h.end() + 1 == q.first && self.text.word_is(h.end(), &["bằng"]) && !estimate;
            // "ước tăng 7,37%", "ước tính giảm 2%": an estimate of a change; "ước tính trị giá
            // 50 tỷ USD", of a value. "ước bằng 2,1%"; "quy ước bằng" is a convention.
            let estimated = matches!(h.cue, Cue::Approx(Approx::About))
                && estimate
                && self.tok((h.start as usize).saturating_sub(1)) != "quy"
                && ((h.end()..q.first)
                    .all(|k| matches!(self.tok(k), "tang" | "giam" | "truong" | "bang"))
                    || h.end() + 2 == q.first
                        && (self.text.word_is(h.end(), &["trị"])
                            && self.text.word_is(h.end() + 1, &["giá"])
                            || self.text.word_is(h.end(), &["giá"])
                                && self.text.word_is(h.end() + 1, &["trị"])));
            if !gap_ok && !estimated {
                continue;
            }
            // "Mức lương tối thiểu là 4.960.000 đồng/tháng": the minimum wage is named, not
            // hedged.
            if self.tok(h.start as usize) == "toi"
                && self
                    .text
                    .word_is((h.start as usize).wrapping_sub(1), &["lương"])
            {
                continue;
            }
            // "cao hơn 4,2%", "lớn hơn 2 lần": "hơn" after an adjective compares; it does not
            // hedge.
            let prev = self.tok((h.start as usize).saturating_sub(1));
            if self.tok(h.start as usize) == "hon"
                && h.len == 1
                && matches!(
                    prev,
                    "cao" | "thap" | "lon" | "nho" | "nhieu" | "it" | "nhanh" | "cham"
                )
            {
                continue;
            }
            // "trong thời gian trên có 385 dự án": "trên" after a noun, then a verb, points back
            // ("the said period"); as a hedge it stands right before the number ("trên mức").
            if h.end() < q.first
                && h.len == 1
                && matches!(self.tok(h.start as usize), "tren" | "ngoai")
                && (h.end()..q.first).all(|k| matches!(self.tok(k), "co" | "la" | "dat"))
            {
                continue;
            }
            // "nước ngoài", "trên cả nước": the hedge word is part of a longer phrase.
            let covered = self
                .hits
                .within(h.start.saturating_sub(6) as usize, h.end())
                .iter()
                .any(|o| {
                    matches!(o.cue, Cue::Investor(_) | Cue::National | Cue::Metric { .. })
                        && (o.start as usize) <= h.start as usize
                        && o.end() >= h.end()
                        && o.len > h.len
                });
            if covered {
                continue;
            }
            // "khoản" (a misspelt "khoảng") hedges only right before the number: "khoản vốn
            // 100 tỷ đồng" is an amount of capital.
            if self.tok(h.start as usize) == "khoan" && h.end() != q.first {
                continue;
            }
            if let Cue::Approx(a) = h.cue {
                return Some(a);
            }
        }
        if let Some(a) = self.bound_after(q) {
            return Some(a);
        }
        if self.at_least(q) {
            return Some(Approx::Over);
        }
        self.estimate_opens_sentence(qi)
            .then_some(Approx::About)
            .or_else(|| {
                // "ước đạt 13,5 tỷ USD và 9,2 tỷ USD": an estimate covers the list it opens.
                let p = self.coordinated_with(qi)?;
                let first = self.qs[p].first;
                let opens = (self.clause_start[first].max(first.saturating_sub(4))..first)
                    .any(|k| self.tok(k) == "uoc");
                (opens && self.approx(p) == Some(Approx::About)).then_some(Approx::About)
            })
    }

    /// Token `k`, or the token after a per-period unit that starts there ("100 triệu đồng/ năm
    /// trở lên").
    fn past_per_period(&self, k: usize) -> usize {
        if self.tok(k) == "/" && self.text.word_is(k + 1, &["năm", "tháng"]) {
            k + 2
        } else {
            k
        }
    }

    /// The bound written after `q`, past a per-year unit: a floor, "500 lao động trở lên",
    /// "từ 100 triệu đồng/ năm trở lên"; a ceiling, "giá từ 800 triệu đồng trở xuống".
    fn bound_after(&self, q: &Quantity) -> Option<Approx> {
        let e = self.past_per_period(q.unit_end);
        if !self.text.word_is(e, &["trở"]) {
            return None;
        }
        if self.text.word_is(e + 1, &["lên"]) {
            Some(Approx::Over)
        } else if self.text.word_is(e + 1, &["xuống"]) {
            Some(Approx::Under)
        } else {
            None
        }
    }

    /// Whether `q` is a floor reached "từ" it, with no end after ("đã đạt kim ngạch XK từ 10
    /// tỷ USD", gold 026; not "từ 10 lên 12 tỷ USD").
    fn at_least(&self, q: &Quantity) -> bool {
        let e = q.unit_end;
        let from = q.first.wrapping_sub(1);
        let c1 = self.clause_end[q.first].min(e + 8);
        self.tok(from) == "tu"
            && (from.saturating_sub(6)..from).any(|k| self.tok(k) == "dat")
            && !(e..c1).any(|k| {
                matches!(
                    self.tok(k),
                    "den" | "toi" | "len" | "xuong" | "ve" | "con" | "sang" | "-" | "–"
                )
            })
    }

    /// Whether quantity `qi` is the first of a sentence that opens with an estimate: "Ước giá
    /// trị xuất khẩu gỗ tháng 6 đạt 513 triệu USD", "Ước tính, tổng thiệt hại lên đến 2 tỷ
    /// đồng". ("Ước mơ", "ước nguyện": a wish, not an estimate.)
    fn estimate_opens_sentence(&self, qi: usize) -> bool {
        let first = self.text.sentences[self.text.sentence_of(self.qs[qi].first)].first;
        self.tok(first) == "uoc"
            && !matches!(
                self.tok(first + 1),
                "mo" | "vong" | "nguyen" | "muon" | "mong" | "ao" | "gi"
            )
            && (qi == 0 || self.qs[qi - 1].first < first)
    }

    // ---------------------------------------------------------------- metric

    /// The metric of quantity `qi`, and the index of the quantity it was taken from; `None`
    /// when no cue or earlier figure decides it.
    fn metric(&self, qi: usize, done: &[Labels]) -> Option<(Metric, Option<usize>)> {
        let q = &self.qs[qi];
        if let Some((entity, metric)) = q.entity {
            return Some((self.count_metric(q, entity, metric), None));
        }
        if q.unit == Unit::Ha {
            // A flat's or a building's floor ("căn hộ diện tích 30 m2", "tổng diện tích sàn hơn
            // 491.000 m2") is no land.
            let c0 = self.clause_start[q.first].max(q.first.saturating_sub(6));
            let floor = (c0..q.first).any(|k| {
                self.text.word_is(k, &["sàn"])
                    || self.text.word_is(k, &["căn"])
                        && (self.text.word_is(k + 1, &["hộ", "nhà", "phòng", "biệt"])
                            || self.q_at[k + 1].is_some())
                    || self.text.word_is(k, &["phòng"])
                        && !self.text.word_is(k.wrapping_sub(1), &["quốc"])
                        && (self.text.word_is(k + 1, &["ngủ", "rộng"])
                            || self.text.word_is(k.wrapping_sub(1), &["gian", "căn"]))
            });
            // (A land use in brackets, "biệt thự và căn hộ cao cấp (9,7 ha)", is land.)
            if floor && self.group[q.first].is_none() {
                return Some((Metric::Other, None));
            }
            return Some((Metric::LandArea, None));
        }
        // A share of the zones' land is of land: "chiếm gần 40% diện tích KCN cả nước" (as gold
        // 001's "chiếm 68% tổng diện tích"), though an area's words name no rate; so is a share
        // of land cleared ("đã bàn giao ... 300 ha, đạt hơn 50% diện tích").
        if q.unit == Unit::Percent
            && (self
                .text
                .word_is(self.hedge_start(q.first).wrapping_sub(1), &["chiếm"])
                && self.area_named_at(q.unit_end)
                && !self.of_an_area(q)
                // (Not land named as leased after it, "100% diện tích đã cho thuê": how full.)
                || self.cleared_before(q) && self.of_land_cleared(q))
        {
            return Some((Metric::LandArea, None));
        }
        if let Some(m) = self.respectively(qi) {
            return Some((m, None));
        }
        if let Some((m, _)) = self.named_after(q) {
            return Some((m, None));
        }
        // "trong đó khoảng 60% là lao động ngoại tỉnh": a share is of the things it is.
        if q.unit == Unit::Percent
            && self.text.word_is(q.unit_end, &["là"])
            && let Some(m) = self.hits.at(q.unit_end + 1).iter().find_map(|h| {
                self.counted_on_its_own(h).filter(|&m| {
                    matches!(m, Metric::Workers | Metric::Enterprises | Metric::Projects)
                })
            })
        {
            return Some((m, None));
        }
        // "44 tỷ lợi nhuận", "500 tỷ đồng doanh thu": a money word right after an amount names
        // it, before any cue further back (count words never name money: the lexicon marks
        // them so); not the bare capital words ("vay 49 tỷ đồng vốn" is a loan), which name
        // capital only where nothing earlier says otherwise.
        // (Not one that names the next figure when a money word names this one right before
        // it: "doanh thu 843 tỷ đồng lợi nhuận gộp 354 tỷ đồng".)
        let named_before = || {
            self.near_before(q, 3, |c| {
                matches!(
                    c,
                    Cue::Metric {
                        for_money: true,
                        ..
                    }
                )
            })
            .is_some_and(|h| self.adjacent(h.end(), q))
        };
        if q.unit.is_money()
            && let Some((m, end)) = self.hits.at(q.unit_end).iter().find_map(|h| match h.cue {
                Cue::Metric {
                    metric,
                    for_money: true,
                    ..
                } if metric != Metric::RegisteredCapital => Some((metric, h.end())),
                _ => None,
            })
            && !((end..end + 3).any(|k| self.is_num(k)) && named_before())
        {
            return Some((m, None));
        }
        // "bán lại nhà máy ... với giá 24 triệu USD", "niêm yết với giá 16,99 triệu đồng": a
        // price is no capital, trade or revenue, whatever the sentence is about; nor is what a
        // stake was bought or sold for ("mua lại 20% cổ phần với giá 500 triệu USD"), a deal
        // between owners, or a valuation ("định giá 2 tỷ USD"). (Not "trị giá", the value of
        // what is named: "dự án trị giá 1 tỷ USD".)
        if q.unit.is_money() && self.price_right_before(q) {
            return Some((Metric::Other, None));
        }
        let money = q.unit.is_money();
        let (c0, _) = self.context_range(q);
        let s_first = self.sentence(q.first).0.max(c0);
        // A sentence opening "Trong đó" breaks down the total before it: its amounts measure
        // the flow that sentence measured ("Nhập khẩu rau quả đạt 1,2 tỷ USD. Trong đó, mặt
        // hàng quả chiếm 507 triệu USD"). Not its rates, which are shares of anything, nor a
        // capital, whose parts by source are other things (budget, loans).
        // So does a sentence that ranks places or partners by it ("Hà Nội đứng thứ hai với 43,1
        // tỷ USD", "tiếp theo là Nhật Bản với 1,2 tỷ USD"), capital too: a rank names no source
        // of money; so does one that makes a partner the largest ("lọt nhóm 3 đối tác lớn nhất
        // với khoảng 1,08 tỷ USD", "là nhà đầu tư lớn thứ hai với 642 triệu USD").
        let ranked = money
            && (s_first..q.first).any(|k| {
                self.text.word_is(k, &["đứng", "xếp"]) && self.text.word_is(k + 1, &["thứ", "đầu"])
                    || self.text.word_is(k, &["dẫn"]) && self.text.word_is(k + 1, &["đầu"])
                    || self.text.word_is(k, &["tiếp"])
                        && self.text.word_is(k + 1, &["theo", "đến"])
                        && self.text.word_is(k + 2, &["là"])
                    || self.text.word_is(k, &["lọt"]) && self.text.word_is(k + 1, &["top", "nhóm"])
                    || self.any_words_at(k, &[&["đối", "tác"], &["nhà", "đầu", "tư"]])
                        && (k + 2..(k + 6).min(q.first)).any(|j| {
                            self.text.word_is(j, &["lớn"])
                                && self.text.word_is(j + 1, &["nhất", "thứ"])
                        })
            });
        let walk_from = if money
            && (ranked
                || self.text.word_is(s_first, &["Trong"])
                    && self.text.word_is(s_first + 1, &["đó"]))
        {
            let si = self.text.sentence_of(s_first);
            self.text.sentences[si.saturating_sub(1)]
                .first
                .max(q.first.saturating_sub(WINDOW))
        } else {
            s_first
        };
        // Occupancy is named right before its rate, even past other cues.
        if q.unit == Unit::Percent {
            let occ = self.cues_before(
                q.first.saturating_sub(14).max(s_first),
                q.first,
                q.first,
                |c| {
                    matches!(
                        c,
                        Cue::Metric {
                            metric: Metric::OccupancyRate,
                            ..
                        }
                    )
                },
            );
            // Rates listed after it are occupancy rates too ("57,07% ... và 67,84%").
            let only_rates_between = |h: &Hit| {
                let from = self.qs[..qi].partition_point(|p| p.first <= h.start as usize);
                (from..qi).all(|j| {
                    self.qs[j].unit == Unit::Percent && done[j].metric == Metric::OccupancyRate
                })
            };
            if occ.first().is_some_and(only_rates_between) || self.share_leased(q) {
                return Some((Metric::OccupancyRate, None));
            }
        }
        // "đóng góp hơn 42.000 tỷ đồng vào ngân sách": money paid into the budget, said after
        // the amount.
        if q.unit.is_money()
            && self.any_words_at(
                q.unit_end,
                &[&["vào", "ngân", "sách"], &["cho", "ngân", "sách"]],
            )
            && (self.clause_start[q.first].max(q.first.saturating_sub(8))..q.first)
                .any(|k| self.words_at(k, &["đóng", "góp"]) || self.text.word_is(k, &["nộp"]))
        {
            return Some((Metric::BudgetContribution, None));
        }
        // "gần 100% doanh nghiệp", "95% CNLĐ": a counted noun right after a rate, on its line,
        // is what the rate is a share of, whatever the clause before measured; so is a metric
        // word for rates after "chiếm", "đóng góp" or "thu hút" and the rate ("đóng góp trên
        // 40% GDP", "thu hút hơn 50% tổng số lao động"), and one no metric counts after any rate
        // ("8% lương"). Not a noun that needs context ("90% khu vực" is an area) or another
        // noun it starts ("dự án luật").
        if q.unit == Unit::Percent
            && q.unit_end < self.text.tokens.len()
            && !self.text.tokens[q.unit_end].newline_before
        {
            // At the rate's end, or past "tổng" ("tổng số") or "số" ("39,8% số CNLĐ muốn
            // ..."), whichever phrase runs longer ("tổng doanh thu" starts at "tổng").
            let a = q.unit_end;
            let b = if self.text.word_is(a, &["tổng"]) {
                a + 1 + usize::from(self.text.word_is(a + 1, &["số"]))
            } else {
                a + usize::from(self.text.word_is(a, &["số"]))
            };
            if let Some(m) = self
                .hits
                .at(a)
                .iter()
                .chain(if b > a { self.hits.at(b) } else { &[] })
                .filter_map(|h| {
                    let m = match h.cue {
                        // A share of the budget's revenue is what its subject pays into it
                        // ("nộp ngân sách 1.245 tỷ đồng, chiếm 17% tổng thu ngân sách của
                        // tỉnh"), as gold 028's "tổng nguồn thu ngân sách" is.
                        Cue::Metric {
                            metric: Metric::Other,
                            for_percent: true,
                            ..
                        } if self.pays_a_share(qi, done)
                            && self.any_words_at(
                                h.start as usize,
                                &[&["thu", "ngân", "sách"], &["tổng", "thu", "ngân", "sách"]],
                            ) =>
                        {
                            Some(Metric::BudgetContribution)
                        }
                        Cue::Metric {
                            metric,
                            for_percent: true,
                            ..
                        } => Some(metric).filter(|&m| m == Metric::Other || self.shares_before(q)),
                        // A share of the things counted is theirs only as a part of their whole
                        // ("chiếm 6% dự án thu hút mới") or what a verb acts on ("cắt giảm 10%
                        // lao động"); otherwise it is the part that meets a condition ("66% DN
                        // cho biết phải sử dụng quan hệ", "95% NLĐ đã có mặt"), of no metric,
                        // as gold seed_002's "100% các TTHC ... được giải quyết".
                        _ => self.counted_on_its_own(h).map(|m| {
                            if !self.acted_on(q) && !self.shares_before(q) {
                                Metric::Other
                            } else {
                                m
                            }
                        }),
                    };
                    m.map(|m| (m, h.end(), std::cmp::Reverse(h.start)))
                })
                .max_by_key(|&(_, end, start)| (end, start))
            {
                return Some((m.0, None));
            }
        }
        // A cue right after the figure ("3,2 tỷ USD vốn FDI", "chiếm 6% dự án").
        let cue_after = || {
            let (a, c_end) = (q.unit_end, self.clause_end[q.first]);
            self.hits
                .within(a, (a + 4).min(c_end))
                .iter()
                .find_map(|h| match h.cue {
                    Cue::Metric {
                        metric,
                        for_percent,
                        for_money,
                    } if (if money { for_money } else { for_percent }) => Some(metric),
                    _ => None,
                })
        };
        // Walk back through the clause, then the sentence: the nearest cue or figure decides,
        // unless it is owned ("doanh thu của doanh nghiệp tăng 5%": the head before "của" is
        // what is measured); an owner decides only where no head in its clause names a metric.
        let mut owner: Option<(Metric, Option<usize>)> = None;
        let mut head_from = walk_from;
        let mut k = q.first;
        while k > head_from {
            k -= 1;
            // "Doanh số ... đạt 12.227 xe, tăng hơn 44%": a count of things no metric counts,
            // before the rate in its clause, is what the rate measures.
            if !money
                && k >= self.clause_start[q.first]
                && self.q_at[k].is_none()
                && self.text.tokens[k].kind == TokKind::Num
                && let noun = self
                    .hits
                    .longest_at(k + 1, |c| matches!(c, Cue::Scale(_)))
                    .map_or(k + 1, |h| h.end())
                && self.is_word(noun)
                // (Words that only tell places apart, "đại biểu", "hội nghị", name no metric.)
                && self
                    .hits
                    .at(noun)
                    .iter()
                    .all(|h| matches!(h.cue, Cue::Delegate | Cue::Event))
                && !self.in_period(k)
                // (A name after it is no noun, "Quý 3 Tập đoàn", "quận 7 TPHCM"; an
                // abbreviation counted after a verb of making is: "thành lập mới được 6 CĐCS,
                // đạt 150% chỉ tiêu".)
                && (!self.text.tokens[noun].capitalized
                    || self.abbreviation(noun)
                        && self
                            .text
                            .word_is(k.wrapping_sub(1), &["được", "thêm", "có", "lập", "mới"]))
                // (Not a number in a name, "iPhone 7", "Top 100", "May 10"; nor a rank, "đứng
                // thứ 2", nor a year, "so với cùng kỳ 2015".)
                && !(k > 0 && self.capitalised_word(k - 1))
                && !self.text.word_is(k.wrapping_sub(1), &["thứ"])
                && !self.written_year(k)
            {
                return Some((Metric::Other, None));
            }
            // What decides at this token: a previous figure (skipping its own noun phrase) or
            // a cue ending here, and the token its phrase starts at.
            let (found, start) = if let Some(pj) = self.q_at[k]
                .map(|j| j as usize)
                .filter(|&j| j < qi)
                .or_else(|| {
                    // Words of a count's noun phrase belong to the count, for the rates after it.
                    (!money)
                        .then(|| self.tail_owner(k, qi))
                        .flatten()
                        .filter(|&j| self.qs[j].unit == Unit::Count)
                }) {
                let p = &self.qs[pj];
                let usable = if money {
                    p.unit.is_money()
                } else {
                    !matches!(p.unit, Unit::Percent | Unit::Times)
                };
                if self.hidden(p.first, q.first) || !usable {
                    k = p.first;
                    continue;
                }
                let found = (done[pj].metric, Some(pj));
                // "của 12.683 doanh nghiệp (tăng 70%)": a bracket after the owner is its own.
                if self.group[q.first].is_some_and(|(o, _)| o > p.first) {
                    return Some(found);
                }
                (found, p.first)
            } else {
                let cue = self
                    .hits
                    .within(k.saturating_sub(8), k + 1)
                    .iter()
                    .filter(|h| h.end() == k + 1 && !self.hidden(h.start as usize, q.first))
                    .filter_map(|h| match h.cue {
                        Cue::Metric {
                            metric,
                            for_percent,
                            for_money,
                        } => {
                            let ok = if money { for_money } else { for_percent };
                            ok.then_some((h.len, metric))
                        }
                        _ => None,
                    })
                    .max_by_key(|(len, _)| *len);
                let Some((len, m)) = cue else {
                    continue;
                };
                let start = k + 1 - len as usize;
                // "Công ty cổ phần đầu tư Thủ đô hưởng lợi 3,3 tỷ đồng", "Viện Công nhân và Công
                // đoàn": words of a name measure nothing; nor does the whole a share before is
                // of, where the share took its subject's metric, for the figures after it
                // ("nộp ngân sách ..., chiếm 75% tổng thu ngân sách của tỉnh, tăng 8,1%").
                if self.in_a_name(start) || self.whole_of_a_share(start, qi, m, done) {
                    k = start;
                    continue;
                }
                // "khu vực có vốn đầu tư nước ngoài", "khu vực đầu tư nước ngoài": the capital
                // words name the sector (its investor), not what is measured ("Xuất khẩu của
                // khu vực có vốn đầu tư nước ngoài tăng 21,5%").
                if self.names_a_sector(start, k + 1) {
                    k = start;
                    continue;
                }
                // "Kim ngạch xuất khẩu đạt 4,15 tỷ USD, trong đó doanh nghiệp FDI chiếm 82,4%":
                // firms named by their investor take a share of the amount before them in the
                // sentence; the amount says what the share measures. (Not their number: "số
                // doanh nghiệp FDI chiếm 62%".)
                if m == Metric::Enterprises
                    && !self.text.word_is(start, &["số"])
                    && !self.text.word_is(start.wrapping_sub(1), &["số"])
                    && self
                        .share_holder(qi)
                        .is_some_and(|(_, amount)| start > self.qs[amount].last)
                {
                    k = start;
                    continue;
                }
                ((m, None), start)
            };
            if k < s_first {
                // (A ranked figure's own noun after it decides before the sentence before:
                // "Long An dẫn đầu vùng với 1,1 tỷ USD vốn FDI" after a sentence on occupancy.)
                if let Some(m) = cue_after() {
                    return Some((m, None));
                }
                if !is_flow(found.0) && !ranked {
                    break;
                }
            }
            // (An owner's own owner is passed too: "Tiền lương của người lao động trong các
            // doanh nghiệp tăng 4,15%" measures wages; the first owner decides where no head
            // does.)
            // (Investors own what they do, "Vốn giải ngân của các nhà đầu tư ước đạt ...": the
            // capital word "đầu tư" in "nhà đầu tư" is their name, owned like a head.)
            let investors = self.text.word_is(start.wrapping_sub(1), &["nhà"])
                && self.words_at(start, &["đầu", "tư"]);
            if let Some(c) = self.possessive_before(start - usize::from(investors)) {
                owner = owner.or(Some(found));
                head_from = head_from.max(self.clause_start[c]);
                k = c;
                continue;
            }
            return Some(found);
        }
        if owner.is_some() {
            return owner;
        }
        // Nothing before: a cue right after ("3,2 tỷ USD vốn FDI", "chiếm 6% dự án").
        cue_after().map(|m| (m, None))
    }

    /// Whether `q`, in a sentence or table cell that names `metric`, is of no metric all the
    /// same: in an article about something else, or an area of land for no business.
    fn no_metric_here(&self, q: &Quantity, metric: Metric) -> bool {
        !self.on_topic
            || metric == Metric::LandArea
                && q.unit == Unit::Ha
                && (!self.land_of_a_business(q) || self.floor_area(q))
    }

    /// Whether "có" (has) stands right before count `q`, or before the counts listed with it
    /// ("TP có 3 khu chế xuất, 13 khu công nghiệp"); not "có thêm" (more), "sẽ có" (will have)
    /// nor "chỉ có" (only). So does a past verb of making ("đã thành lập 12 KCN", "đã xây
    /// dựng và phát triển 28 khu công nghiệp"): what was made so far, had now.
    fn has_before(&self, q: &Quantity) -> bool {
        self.has_before_list(q, self.list_start(q))
    }

    /// `has_before`, where the counts listed with `q` start at token `start`.
    fn has_before_list(&self, q: &Quantity, start: usize) -> bool {
        let Some(h) = start.checked_sub(1) else {
            return false;
        };
        let mut j = h;
        while j > 0
            && h - j < 6
            && matches!(
                self.tok(j),
                "thanh" | "lap" | "xay" | "dung" | "hinh" | "phat" | "trien" | "va"
            )
        {
            j -= 1;
        }
        // (Not what was just made: "Vừa qua, UBND tỉnh đã thành lập 2 CCN", "thành lập thêm".)
        let (s0, _) = self.sentence(q.first);
        let made = j < h
            && self.text.word_is(j, &["đã"])
            && self.any_words_at(
                j + 1,
                &[
                    &["thành", "lập"],
                    &["xây", "dựng"],
                    &["hình", "thành"],
                    &["phát", "triển"],
                ],
            )
            && !self.newly_said(s0, q.first);
        // ("Toàn vùng có 6 tỉnh, thành phố với 71 KCN", "Hà Nam cũ vẫn là đầu tàu với 9 KCN":
        // had "với" them, after "có" or "là" in the clause.)
        let had_with = self.text.word_is(h, &["với"])
            && (self.clause_start[h].max(h.saturating_sub(12))..h)
                .any(|k| self.text.word_is(k, &["có", "là"]))
            && !self.newly_said(s0, q.first);
        made || had_with
            || self.text.word_is(h, &["có"])
                && !self
                    .text
                    .word_is(h.wrapping_sub(1), &["sẽ", "chỉ", "không", "chưa"])
    }

    /// Where the counts listed with count `q` start, hedges included: "3 khu chế xuất" in "TP
    /// có 3 khu chế xuất, 13 khu công nghiệp".
    /// Counts of zones listed with what each is doing ("11 KCN đang hoạt động và 6 KCN đang xây
    /// dựng hạ tầng") are one list as well.
    fn list_start(&self, q: &Quantity) -> usize {
        let mut k = self.hedge_start(q.first);
        while let Some(j) = self
            .quantity_before_list(k)
            .or_else(|| self.zones_doing_before(k, q))
        {
            k = self.hedge_start(self.qs[j].first);
        }
        k
    }

    /// The count of zones that a few lower-case words describe before "," or "và" at `k - 1`,
    /// where `q` counts zones too: "11 KCN đang hoạt động" before "và 6 KCN".
    fn zones_doing_before(&self, k: usize, q: &Quantity) -> Option<usize> {
        let sep = k.checked_sub(1)?;
        if !q.counts(Metric::Zones) || !matches!(self.tok(sep), "," | "va") {
            return None;
        }
        let mut e = sep;
        while e > 0
            && sep - e < 6
            && self.is_word(e - 1)
            && !self.text.tokens[e - 1].capitalized
            && self.q_at[e - 1].is_none()
        {
            e -= 1;
        }
        let j = self.q_at[e.checked_sub(1)?]? as usize;
        (e < sep && self.qs[j].last + 1 == e && self.qs[j].counts(Metric::Zones)).then_some(j)
    }

    /// Whether zones count `q` is what a place has, in a sentence that names no time: "TP có 3
    /// khu chế xuất, 13 khu công nghiệp", whatever time an earlier sentence gave a flow ("6
    /// tháng đầu năm vốn FDI gấp 2 cùng kỳ"). (Not a part of a count before it, "6 CCN được
    /// phê duyệt có 5 CCN tại huyện Cần Giuộc", gold 013.)
    /// (Nor zones just added: "Tỉnh có 3 KCN được thành lập mới, 2 KCN mở rộng".)
    fn zones_had(&self, q: &Quantity) -> bool {
        let (s0, s1) = self.sentence(q.first);
        let added = (q.unit_end..(q.unit_end + 5).min(s1)).any(|k| {
            self.text.word_is(k, &["mới", "thêm", "mở"]) || self.words_at(k, &["bổ", "sung"])
        });
        let start = self.list_start(q);
        !added
            && self.has_before_list(q, start)
            // (An event's date is no time of theirs: "Sau khi hợp nhất ... từ ngày 1/7/2025".)
            && self
                .periods_in(s0, s1)
                .iter()
                .all(|p| self.dates_a_milestone(p))
            && (s0..start).all(|k| self.q_at[k].is_none())
    }

    /// Whether `q` is zones a place has ([`zones_had`](Self::zones_had)), or their land right
    /// after them ([`had_with`](Self::had_with)): "TP có 3 khu chế xuất, 13 khu công nghiệp với
    /// diện tích đang khai thác 3.748 ha".
    fn zones_had_with(&self, q: &Quantity) -> bool {
        if q.counts(Metric::Zones) {
            return self.zones_had(q);
        }
        // (Their land only: "9 KCN với 12 dự án được cấp phép mới", "với doanh thu đạt 1.200 tỷ
        // đồng" are flows.)
        q.unit == Unit::Ha
            && self.last_quantity_before(q.first).is_some_and(|z| {
                z.counts(Metric::Zones) && self.had_with(z, q) && self.zones_had(z)
            })
    }

    /// Whether `q` is what the things counted by `z` right before it have: after "với" or a
    /// comma and "diện tích", a few words of theirs between ("344 KCN với tổng diện tích 95.000
    /// ha", "28 KCN, với 2,7 triệu công nhân", "9 KCN đang hoạt động với tổng diện tích 2.036
    /// ha", "29 KCN, diện tích 12.700 ha").
    fn had_with(&self, z: &Quantity, q: &Quantity) -> bool {
        // ("đang hoạt động", "đã được thành lập": the things' own words.)
        let Some(link) = (z.unit_end..q.first.min(z.unit_end + 6))
            .find(|&k| !self.is_word(k) || self.text.word_is(k, &["với"]))
        else {
            return false;
        };
        let from = if self.text.word_is(link, &["với"]) {
            link
        } else if self.tok(link) == "," && self.text.word_is(link + 1, &["với"]) {
            link + 1
        } else if self.tok(link) == "," && q.unit == Unit::Ha && self.area_named_at(link + 1) {
            link
        } else {
            return false;
        };
        // (Not words of a flow: "3 KCN được thành lập trong năm với ...", "diện tích cho thuê
        // mới 120 ha".)
        let flow_word = |k: usize| self.text.word_is(k, &["trong", "mới", "thêm"]);
        from < q.first
            && q.first - from <= 6
            && (from + 1..q.first).all(|k| self.is_word(k) && !flow_word(k))
            && !(z.unit_end..link).any(flow_word)
    }

    /// Whether token `k` starts an act done on one day at an event: licences or decisions
    /// handed over ("trao giấy chứng nhận", "trao quyết định"), a memorandum or a lease signed
    /// ("ký kết bản ghi nhớ", "ký hợp đồng nguyên tắc thuê đất").
    fn hands_over(&self, k: usize) -> bool {
        self.text.word_is(k, &["trao"])
            && (k + 1..k + 4).any(|j| {
                self.text
                    .word_is(j, &["giấy", "GCN", "GCNĐKĐT", "quyết", "chứng"])
            })
            // (Not the "ký" of "đăng ký": "Các nhà đầu tư đăng ký thuê 120 ha".)
            || self.text.word_is(k, &["ký"])
                && !self.text.word_is(k.wrapping_sub(1), &["đăng"])
                && ((k + 1..k + 5).any(|j| self.words_at(j, &["ghi", "nhớ"]))
                    || (k + 1..k + 7).any(|j| self.text.word_is(j, &["thuê"])))
    }

    /// The quantity listed right before token `k` with only a comma or "và" between.
    fn quantity_before_list(&self, k: usize) -> Option<usize> {
        let sep = k.checked_sub(1)?;
        if !matches!(self.tok(sep), "," | "va") {
            return None;
        }
        let j = self.q_at.get(sep.checked_sub(1)?).copied().flatten()? as usize;
        (self.qs[j].last + 1 == sep).then_some(j)
    }

    /// Whether `q`, money, is an average over firms, projects or people, named just before it
    /// ("Số vốn đăng ký bình quân một doanh nghiệp đạt 10 tỷ đồng", "quy mô vốn trung bình mỗi
    /// dự án 12 triệu USD"): no total of any metric. (Not "tăng bình quân 10%/năm", a rate.)
    fn average_per_unit(&self, q: &Quantity) -> bool {
        q.unit.is_money()
            && self.average_window(q).any(|k| {
                self.any_words_at(k, &[&["bình", "quân"], &["trung", "bình"]])
                    && self.text.word_is(k + 2, &["một", "mỗi", "1", "trên"])
                    && (self.any_words_at(
                        k + 3,
                        &[&["doanh", "nghiệp"], &["dự", "án"], &["lao", "động"]],
                    ) || self.text.word_is(k + 3, &["DN", "người"]))
            })
    }

    /// The ten tokens right before `q`, past no comma or figure, where an average is said of
    /// it: "Bình quân mỗi dự án 12 triệu USD, nâng tổng vốn đăng ký lên 2 tỷ USD" leaves the
    /// total.
    fn average_window(&self, q: &Quantity) -> std::ops::Range<usize> {
        let from = (q.first.saturating_sub(10)..q.first)
            .rfind(|&k| self.tok(k) == "," || self.q_at[k].is_some())
            .map_or(q.first.saturating_sub(10), |k| k + 1);
        from..q.first
    }

    /// Whether money `q` is written right after a home ("dự án căn hộ 100 triệu đồng", "mô
    /// hình nhà ở 100 triệu", "Bình Dương làm được nhà 100 triệu đồng"): the home's price.
    fn dwelling_price(&self, q: &Quantity) -> bool {
        // (A home's, not a housing project's: "dự án nhà ở 2.500 tỷ đồng" is capital.)
        let k = q.first;
        let vnd = match q.unit {
            Unit::Vnd => q.value,
            Unit::Usd => q.value * 20_000.0,
            _ => f64::INFINITY,
        };
        vnd < 1e10
            && k >= 1
            && (self.words_at(k.wrapping_sub(2), &["nhà", "ở"])
                || self.words_at(k.wrapping_sub(2), &["căn", "hộ"])
                || self.words_at(k.wrapping_sub(2), &["căn", "nhà"])
                || self.text.word_is(k - 1, &["nhà"]))
    }

    /// Whether area `q` is floor space ("quy mô 100.000m2 sàn xây dựng", "761.000 m2 sàn nhà
    /// ở"): built floors, no land.
    fn floor_area(&self, q: &Quantity) -> bool {
        self.text.word_is(q.unit_end, &["sàn"])
    }

    /// Whether the sentence of area `q` speaks of land for business: a zone ("KCN", "số khu
    /// đã đi vào hoạt động"), a project or factory, a firm, investment ("tổng mức đầu tư",
    /// "quỹ đất sạch thu hút đầu tư") or an investor's side; or the figure is of land leased
    /// out or industrial land. A farm's pepper, a flat's floor, a lake or a war zone is no land
    /// area an analyst of industrial parks tabulates.
    fn land_of_a_business(&self, q: &Quantity) -> bool {
        let (s0, s1) = self.sentence(q.first);
        // "diện tích đất đã cho thuê đạt 7.912 ha", "đất công nghiệp còn lại 320 ha", "đất sạch
        // sẵn sàng cho thuê 320 ha": the zones' land, named as such right before it, whether or
        // not the sentence names them. (Not "đất trồng cây công nghiệp", crops; not "đất cho
        // thuê trồng keo", a farm's.)
        // (Up to twelve words back; the land named nearest decides: "đất ở" after "Ngoài đất
        // công nghiệp, ..." is no zones' land.)
        let from = q.first.saturating_sub(12).max(s0);
        // So is land ready or left for lease, a word or two between ("đất sẵn sàng cho thuê
        // là 420 ha", "quỹ đất còn lại khoảng 1.390 ha"). (Not farm or communal land, named
        // before or after it: "đất nông nghiệp cho thuê là 120 ha, chủ yếu để nuôi trồng thủy
        // sản", "đất công ích cho thuê".)
        let leased = (from..q.first)
            .rfind(|&k| self.text.word_is(k, &["đất"]))
            .is_some_and(|k| {
                (k + 1..k + 4).any(|j| self.words_at(j, &["cho", "thuê"]))
                    || self.words_at(k + 1, &["sạch"])
                    || self.words_at(k + 1, &["công", "nghiệp"])
                    || self.text.word_is(k.wrapping_sub(1), &["quỹ"])
                        && self.words_at(k + 1, &["còn", "lại"])
            })
            && !(from..q.first)
                .chain(q.unit_end..s1.min(q.unit_end + 8))
                .any(|k| {
                    self.text
                        .word_is(k, &["trồng", "cây", "nông", "nuôi", "lúa", "rừng"])
                        || self
                            .any_words_at(k, &[&["công", "ích"], &["mặt", "hồ"], &["mặt", "nước"]])
                });
        // Land cleared, recovered or handed over for a zone ("huyện đã thu hồi, bàn giao 64,2
        // ha", "giải phóng mặt bằng được 288 ha"), or named as such right after the figure ("180
        // ha mặt bằng sạch", "1.200 ha đất công nghiệp sẵn sàng cho thuê"), in a story of zones:
        // its title or its last sentences name one (not an airport's or a forest's).
        let cleared = self.cleared_before(q) || self.words_at(q.unit_end, &["mặt", "bằng"]);
        let industrial =
            self.any_words_at(q.unit_end, &[&["đất", "công", "nghiệp"], &["đất", "sạch"]]);
        // Or labelled an area on a line of a zone's profile, in a story of zones: "KCN Tân Đức
        // / Diện tích: 545 ha / Lấp đầy: 96%", "- Diện tích đất: 32,4 ha".
        let labelled = q.first >= 3
            && self.tok(q.first - 1) == ":"
            && (q.first.saturating_sub(4)..q.first - 2)
                .any(|k| self.any_words_at(k, &[&["diện", "tích"], &["quy", "mô"]]));
        let cleared = (cleared || labelled) && self.story_of_zones(q);
        leased || industrial || cleared || self.hits.within(s0, s1).iter().any(|h| match h.cue {
            // (Not "du khách nước ngoài", "thị trường trong nước": no investor's side.)
            Cue::CapitalContext
            | Cue::Investor(InvestorCue::Fdi | InvestorCue::Ddi | InvestorCue::ForeignOrigin) => {
                true
            }
            Cue::Metric { metric, .. } => {
                matches!(
                    metric,
                    Metric::RegisteredCapital
                        | Metric::ImplementedCapital
                        | Metric::Zones
                        | Metric::Enterprises
                        | Metric::Projects
                ) || metric == Metric::OccupancyRate
                    && matches!(self.tok(h.start as usize), "ty" | "ti")
            }
            Cue::Entity(_) => {
                matches!(
                    self.counted_on_its_own(h),
                    Some(Metric::Zones | Metric::Enterprises | Metric::Projects)
                ) || self.bare_zone(h) && self.story_of_zones(q)
            }
            _ => false,
        })
    }

    /// Whether hit `h` is a bare zone word ("khu", "cụm", which count zones only beside other
    /// zone words) that names a zone's part or the zones spoken of: in a story of zones, "Khu
    /// phi thuế quan rộng 97 ha", "các khu đề xuất", "Toàn khu", "Khu A", "Khu mở rộng". Not any
    /// other area ("khu nghĩa trang", "khu chăn nuôi", "một khu toàn nhà 25 m2").
    fn bare_zone(&self, h: &Hit) -> bool {
        let Cue::Entity(id) = h.cue else {
            return false;
        };
        let def = &self.lex.entities[id as usize];
        let e = h.end();
        def.metric == Metric::Zones
            && is_phrase(self.text, &def.needs_context, *h)
            && (self.any_words_at(
                e,
                &[
                    &["phi", "thuế", "quan"],
                    &["thuế", "quan"],
                    &["chức", "năng"],
                ],
            ) || self.text.word_is(e, &["đề", "này", "trên", "được", "mới"])
                && self
                    .text
                    .word_is((h.start as usize).wrapping_sub(1), &["các", "những"])
                || self
                    .text
                    .word_is((h.start as usize).wrapping_sub(1), &["toàn"])
                || self.words_at(e, &["mở", "rộng"])
                || self.text.tokens.get(e).is_some_and(|t| t.capitalized))
    }

    /// The metric of the counted noun of hit `h`, where it stands on its own: not followed
    /// by words that make it another noun ("dự án luật") and not one that counts only beside
    /// other phrases ("khu", "cụm").
    fn counted_on_its_own(&self, h: &Hit) -> Option<Metric> {
        let Cue::Entity(id) = h.cue else {
            return None;
        };
        let def = &self.lex.entities[id as usize];
        let followed = followed_by_any(self.text, &def.not_followed_by, h.end());
        let needs_context = is_phrase(self.text, &def.needs_context, *h);
        (!followed && !needs_context).then_some(def.metric)
    }

    /// The metric named after "về" right behind a figure ("tăng 54,2% về vốn đăng ký",
    /// "gấp 4 lần về số dự án", "10-20% về cả doanh thu"), and the end of that phrase: it
    /// says what was measured more closely than any cue before the figure.
    fn named_after(&self, q: &Quantity) -> Option<(Metric, usize)> {
        let mut k = q.unit_end;
        if !self.text.word_is(k, &["về"]) || self.text.tokens[k].newline_before {
            return None;
        }
        k += 1;
        if self.tok(k) == "ca" {
            k += 1;
        }
        // "về số DN", "về số lượng doanh nghiệp": the number of counted things.
        let mut counted = k;
        if self.tok(counted) == "so" {
            counted += 1;
            if matches!(self.tok(counted), "luong" | "luot") {
                counted += 1;
            }
        }
        // Any metric word counts here, also those that never name a percent before it
        // ("tăng 10% về vốn"); an amount of money only one that names money, and never the
        // number of things ("38 dự án, 1,04 tỷ USD về số dự án nhưng kém xa về vốn").
        let money = q.unit.is_money();
        let metric = self.hits.at(k).iter().filter_map(|h| match h.cue {
            Cue::Metric {
                metric, for_money, ..
            } if for_money || !money => Some((metric, h.end())),
            _ => None,
        });
        let count = self.hits.at(counted).iter().filter_map(|h| match h.cue {
            Cue::Entity(id) if !money => Some((self.lex.entities[id as usize].metric, h.end())),
            _ => None,
        });
        metric.chain(count).max_by_key(|&(_, end)| end)
    }

    /// Whether a word saying "to" ("lên", "lên mức", "tăng lên") ends between the change word
    /// `h` and quantity `q`, or is `h` itself: the figure is the level reached.
    fn to_level_between(&self, h: Hit, q: &Quantity) -> bool {
        self.near_before(q, 3, |c| *c == Cue::Measure(MeasureCue::ToLevel))
            .is_some_and(|t| t.end() >= h.end())
    }

    /// Whether `q` is all a bracket holds, right after an amount of its kind, with an earlier
    /// year: "Nộp ngân sách đạt 31.452 tỷ đồng (năm 2023: 28.675 tỷ đồng)", the value compared
    /// with, dated by the year written in it. The year lies before the article's and before
    /// any span the sentence names ("Giai đoạn 2021 - 2024 ... (năm 2023: ...)" is a part), and
    /// the amount is no change ("tăng 18% (2023: 15%)" is that year's change).
    fn earlier_year_bracket(&self, q: &Quantity) -> bool {
        let h = self.hedge_start(q.first);
        if h < 4 || self.tok(h - 1) != ":" || self.tok(q.unit_end) != ")" {
            return false;
        }
        let Some(y) = year_of(self.tok(h - 2)).filter(|_| self.written_year(h - 2)) else {
            return false;
        };
        let open = h - 2 - usize::from(self.text.word_is(h - 3, &["năm"]));
        let (s0, _) = self.sentence(q.first);
        // (Not a bracket's own year before it: "(năm 2023: ...), doanh thu ... (2023: ...)".)
        let spans_it = self.periods_in(s0, open).iter().any(|p| {
            self.group[p.first].is_none()
                && p.start.is_some_and(|s| s.year() <= y)
                && p.end_date.is_some_and(|e| y <= e.year())
        });
        open >= 2
            && self.tok(open - 1) == "("
            && self.pub_date.is_some_and(|p| y < p.year())
            && !spans_it
            && self.q_at[open - 2].is_some_and(|j| {
                let p = &self.qs[j as usize];
                let before = self.hedge_start(p.first).wrapping_sub(1);
                p.last + 1 == open - 1
                    && same_kind(p.unit, q.unit)
                    && !self.text.word_is(before, &["tăng", "giảm", "thêm"])
            })
    }

    /// Whether a rate or an amount is the value of the period compared with, named right
    /// before it ("(cùng kỳ năm trước tăng 7,34%)", "thấp hơn cùng kỳ (5,48%)", "cùng kỳ 2016
    /// giảm 2%", "cùng kỳ lỗ 9,77 tỷ đồng"), and whether it fell. Not "so với cùng kỳ tăng
    /// 7%", which compares the figure's own period.
    fn prior_value(&self, q: &Quantity) -> Option<bool> {
        if self.earlier_year_bracket(q) {
            return Some(false);
        }
        // "so với 237 tỷ đồng cùng kỳ năm trước", "so với mức 27,5% cùng kỳ": the value
        // compared with, named between the comparison and the period.
        let prior = |c: &Cue| *c == Cue::Measure(MeasureCue::Prior);
        if self
            .near_before(q, 3, |c| *c == Cue::Measure(MeasureCue::Compare))
            .is_some_and(|c| self.adjacent(c.end(), q))
            && self.hits.at(q.unit_end).iter().any(|h| prior(&h.cue))
        {
            return Some(false);
        }
        // "so với mức 3.660 tỷ đồng năm 2015", "so với con số 314 tỷ đồng hồi quý 1/2016",
        // "so với mức 1,6% trước đây", "so với mức hơn 152 tỷ USD vào năm 2015": the figure
        // compared with, right after the comparison and dated earlier; not a plan's ("so với
        // kế hoạch 100 tỷ đồng"), nor another's at the same time ("49% ủng hộ, so với 41% phản
        // đối"), nor "đa số với" (folded alike).
        let dated_after = || {
            let e = q.unit_end;
            self.periods_in(e, e + 3).iter().any(|p| {
                p.first <= e + 1
                    || p.first <= e + 2 && matches!(self.tok(e), "cua" | "hoi" | "trong" | "vao")
            }) || (e..e + 3).any(|k| self.text.word_is(k, &["trước", "ngoái"]))
        };
        if let Some(c) = self.near_before(q, 5, |c| *c == Cue::Measure(MeasureCue::Compare))
            && self.text.word_is(c.start as usize, &["so"])
            && dated_after()
            && (c.end()..q.first).all(|k| {
                FILLERS.contains(&self.tok(k))
                    || matches!(self.tok(k), "con" | "so")
                    || self.covered(k, 4, |c| matches!(c, Cue::Metric { .. } | Cue::Approx(_)))
            })
            && self
                .hits
                .within(c.end(), q.unit_end + 3)
                .iter()
                .all(|h| h.cue != Cue::Measure(MeasureCue::Plan))
        {
            return Some(false);
        }
        if self.compared_time_before(q).is_some() {
            return Some(false);
        }
        // "Cùng kỳ năm 2023, con số này là 327 triệu USD", "Cùng kỳ năm trước, các KCN thu hút
        // 290 triệu USD": a sentence opening on the period compared with, set off by a comma,
        // gives that period's level in its first figure.
        if let Some(h) = self.compared_period_opening(q)
            && self.qs.partition_point(|p| p.first < h.start as usize)
                == self.qs.partition_point(|p| p.first < q.first)
        {
            let after = self
                .periods_in(h.end(), q.first)
                .first()
                .filter(|p| p.first == h.end())
                .map_or(h.end(), |p| p.end);
            // (Not a change in that period: "Cùng kỳ năm trước, xuất khẩu giảm 5%".)
            if self.tok(after) == ","
                && self.hits.within(after, q.first).iter().all(|c| {
                    !matches!(c.cue, Cue::Measure(MeasureCue::Compare | MeasureCue::Prior))
                        && !rise_or_fall(&c.cue)
                })
            {
                return Some(false);
            }
        }
        let h = self.near_before(q, 5, prior)?;
        let compared = self
            .hits
            .within((h.start as usize).saturating_sub(3), h.end())
            .iter()
            .any(|c| {
                // "so với cùng kỳ", "so với cùng kỳ năm trước": the compare words reach it.
                c.cue == Cue::Measure(MeasureCue::Compare)
                    && c.start < h.start
                    && c.end() >= h.start as usize
            });
        // "so với cùng kỳ năm trước (265 tỷ đồng)": the bracket gives the value compared with.
        // Also with the year between: "so với cùng kỳ năm 2015 (265 tỷ đồng)".
        if compared {
            let open = q.first.wrapping_sub(1);
            let next_to = h.end() == open
                || self
                    .periods_in(h.end(), open)
                    .iter()
                    .any(|p| p.first == h.end() && p.end == open);
            return (self.tok(open) == "(" && next_to).then_some(false);
        }
        let mut fall = false;
        for k in h.end()..q.first {
            match self.tok(k) {
                "giam" => fall = true,
                "tang" | "dat" | "la" | "(" | ":" | "muc" | "o" | "co" | "nam" | "lai" | "lo" => {}
                _ if self.written_year(k) => {}
                _ => return None,
            }
        }
        Some(fall)
    }

    /// The period compared with ("Cùng kỳ năm 2023", "Cùng kỳ năm trước") opening the sentence
    /// of `q`, a few words before it.
    fn compared_period_opening(&self, q: &Quantity) -> Option<Hit> {
        let s0 = self.text.sentences[self.text.sentence_of(q.first)].first;
        (self.text.tokens[s0].capitalized && q.first - s0 <= 16)
            .then(|| {
                self.hits
                    .longest_at(s0, |c| *c == Cue::Measure(MeasureCue::Prior))
            })
            .flatten()
    }

    /// Whether rate `qi` is a share its subject pays: "đóng góp gần 60%", or "chiếm 17%" after
    /// what was paid ("nộp ngân sách 1.245 tỷ đồng, chiếm 17%").
    fn pays_a_share(&self, qi: usize, done: &[Labels]) -> bool {
        let q = &self.qs[qi];
        // (Or "tương đương", right before the rate: "nộp ngân sách 36.150 tỷ đồng, tương đương
        // 65% tổng thu ngân sách toàn tỉnh".)
        let equal = (q.first.saturating_sub(4)..q.first)
            .any(|k| self.words_at(k, &["tương", "đương"]) && self.adjacent(k + 2, q));
        if !self.shares_before(q) && !equal {
            return false;
        }
        let (s0, _) = self.sentence(q.first);
        (q.first.saturating_sub(4)..q.first).any(|k| self.words_at(k, &["đóng", "góp"]))
            // (The amount before, past the rates said of it: "6.250 tỷ đồng, đạt 104% kế hoạch,
            // chiếm 28% tổng thu ngân sách".)
            || (0..qi)
                .rev()
                .take_while(|&p| self.qs[p].first >= s0)
                .find(|&p| self.qs[p].unit != Unit::Percent)
                .is_some_and(|p| {
                self.qs[p].unit.is_money()
                    // (In the same clause, not a part of it: "...; chi thường xuyên chiếm 60%",
                    // "Trong đó, thuế chiếm 40%".)
                    && !(self.qs[p].last..q.first).any(|k| {
                        self.tok(k) == ";" || self.any_words_at(k, &[&["trong", "đó"]])
                    })
                    // (Named paid as such before it, or after it: "đóng góp khoảng 58.000 tỷ
                    // đồng vào ngân sách nhà nước, chiếm hơn 30% tổng thu ngân sách".)
                    && (done[p].metric == Metric::BudgetContribution || !self
                        .cues_before(s0, self.qs[p].first, self.qs[p].first, |c| {
                            matches!(
                                c,
                                Cue::Metric {
                                    metric: Metric::BudgetContribution,
                                    ..
                                }
                            )
                        })
                        .is_empty())
            })
    }

    /// Whether the words at token `start`, naming metric `m`, are the whole a share before
    /// figure `qi` is of, right after its rate or past "tổng" or "số" ("chiếm 75% (tổng) thu
    /// ngân sách"), where the share measures another metric.
    fn whole_of_a_share(&self, start: usize, qi: usize, m: Metric, done: &[Labels]) -> bool {
        let mut a = start;
        while a > 0 && start - a < 2 && self.text.word_is(a - 1, &["tổng", "số"]) {
            a -= 1;
        }
        a > 0
            && self.q_at[a - 1].is_some_and(|p| {
                let p = p as usize;
                p < qi
                    && self.qs[p].unit == Unit::Percent
                    && self.qs[p].unit_end == a
                    && done[p].measure == Measure::SharePct
                    && done[p].metric != m
            })
    }

    /// The figure that `qi`, naming no metric of its own, points back to; its metric is this
    /// one's:
    /// - "con số này" or "kết quả này" (this figure) before it in its clause ("Cùng kỳ năm 2023,
    ///   con số này là 327 triệu USD"), or a sentence opening on the period compared with
    ///   ("Cùng kỳ năm trước, các KCN đạt 327 triệu USD"): the figure before it, ending the
    ///   sentence before or in its own, in the same unit (any unit for a rate);
    /// - a rate in a sentence that opens on "this figure" ("Kết quả này bằng 58% kế hoạch năm
    ///   và tăng 12% so với cùng kỳ"): the last figure of the sentence before;
    /// - the plan's amount in brackets right after a rate of that plan ("bằng 58% kế hoạch năm
    ///   2025 (kế hoạch 2,3 tỷ USD)"): the rate.
    fn pointed_back(&self, qi: usize, done: &[Labels]) -> Option<(Metric, Option<usize>)> {
        let q = &self.qs[qi];
        let p = qi.checked_sub(1)?;
        let prev = &self.qs[p];
        let si = self.text.sentence_of(q.first);
        let s0 = self.text.sentences[si].first;
        let this_figure_in = |a: usize, b: usize| {
            (a..b).any(|k| {
                let two = self.any_words_at(k, &[&["con", "số"], &["kết", "quả"]]);
                (two || self.text.word_is(k, &["mức"]))
                    && self.points_back(k + 1 + usize::from(two))
            })
        };
        let found =
            |j: usize| (done[j].metric != Metric::Other).then_some((done[j].metric, Some(j)));
        // (Only where the figures of that kind in the sentence before measure one metric: after
        // "35 dự án, vốn 1,2 tỷ USD, ... 5.000 lao động" which count is meant is a guess.)
        if q.unit == Unit::Percent && this_figure_in(s0, (s0 + 4).min(q.first)) {
            let before = self.qs[..qi]
                .partition_point(|r| r.first < s0)
                .checked_sub(1)?;
            let prev_s0 = self.text.sentences[si.checked_sub(1)?].first;
            let from = self.qs[..before].partition_point(|r| r.first < prev_s0);
            let one_metric = (from..=before).all(|j| {
                done[j].metric == Metric::Other
                    || !same_kind(self.qs[j].unit, self.qs[before].unit)
                    || done[j].metric == done[before].metric
            });
            return (self.text.sentence_of(self.qs[before].first) + 1 == si && one_metric)
                .then(|| found(before))
                .flatten();
        }
        if q.unit.is_money()
            && let Some((open, _)) = self.group[q.first]
            && open > prev.last
            && open <= prev.unit_end + 6
            && (prev.unit_end..open).all(|k| self.is_word(k) || self.written_year(k))
            && matches!(done[p].measure, Measure::PlanPct | Measure::PlanExcessPct)
        {
            return found(p);
        }
        let c0 = self.clause_start[q.first].max(q.first.saturating_sub(8));
        let this_figure = this_figure_in(c0, q.first);
        let same_unit = prev.unit == q.unit
            || prev.unit.is_money() && q.unit.is_money()
            || q.unit == Unit::Percent && this_figure;
        if !same_unit || self.text.sentence_of(prev.first) + 1 < si {
            return None;
        }
        let compared_period = self.compared_period_opening(q).is_some() && prev.first < s0;
        (this_figure || compared_period).then(|| found(p)).flatten()
    }

    /// A part set apart in the sentence after its total, by the verb of the total's metric
    /// alone: "Riêng Công ty CP Lọc hóa dầu Bình Sơn nộp 16.400 tỷ đồng" after "... nộp ngân
    /// sách khoảng 25.700 tỷ đồng" pays into the budget too. (A verb alone is no metric
    /// elsewhere: "nộp" pays fines and fees.)
    fn part_by_its_verb(&self, qi: usize, done: &[Labels]) -> Option<(Metric, Option<usize>)> {
        let q = &self.qs[qi];
        let si = self.text.sentence_of(q.first);
        let s0 = self.text.sentences[si].first;
        let v = self.hedge_start(q.first).checked_sub(1)?;
        if !self.text.word_is(s0, &["Riêng"]) || !self.is_word(v) || v <= s0 {
            return None;
        }
        let prev = self.text.sentences[si.checked_sub(1)?];
        let lo = self.qs.partition_point(|r| r.first < prev.first);
        let hi = self.qs.partition_point(|r| r.first < s0);
        // (The verb of one word or two: "nộp", "đóng góp".)
        let starts_with_verb = |h: &Hit| {
            let a = h.start as usize;
            [1, 2].into_iter().any(|n| {
                v + 1 >= s0 + n
                    && h.len as usize > n
                    && (0..n).all(|i| self.tok(a + i) == self.tok(v + 1 - n + i))
            })
        };
        (lo..hi).rev().find_map(|j| {
            let m = done[j].metric;
            let named = self
                .hits
                .within(prev.first, self.qs[j].first)
                .iter()
                .any(|h| {
                    matches!(h.cue, Cue::Metric { metric, .. } if metric == m)
                        && starts_with_verb(h)
                });
            (m != Metric::Other && same_kind(self.qs[j].unit, q.unit) && named)
                .then_some((m, Some(j)))
        })
    }

    /// The earlier time compared with, written right before `q` in brackets: "tăng gần 50% so
    /// với năm 2014 (323 tỷ đồng)", "gấp đôi năm 2006 (là 7,5 tỷ đồng)". The bracket gives that
    /// time's figure; not one that compares its own ("so với quý I/2017 (6,13% so với 5,15%)").
    fn compared_time_before(&self, q: &Quantity) -> Option<&PeriodExpr> {
        let open = (q.first.saturating_sub(3)..q.first).rfind(|&k| self.tok(k) == "(")?;
        if !(open + 1..q.first)
            .all(|k| self.tok(k) == "la" || self.covered(k, 3, |c| matches!(c, Cue::Approx(_))))
            || self
                .near_after(q, 3, |c| *c == Cue::Measure(MeasureCue::Compare))
                .is_some()
        {
            return None;
        }
        // (Compared by words right before it, "so với", "gấp 3 lần", "gấp đôi", "nhiều hơn",
        // "bằng 139%": not a score read as a date, "Điểm Break 2/4 (50%)".)
        self.periods_in(open.saturating_sub(8), open)
            .iter()
            .find(|p| {
                p.end == open
                    && p.comparison
                    && p.end_date.is_some()
                    && (self
                        .hits
                        .within(p.first.saturating_sub(4), p.first)
                        .iter()
                        .any(|h| h.cue == Cue::Measure(MeasureCue::Compare))
                        || self
                            .text
                            .word_is(p.first.wrapping_sub(1), &["lần", "đôi", "rưỡi", "hơn"])
                        // ("bằng 139% năm 2023 (18 dự án)".)
                        || self.text.tok_at(p.first as isize - 1) == "%")
            })
    }

    /// Whether percent `q`, the earlier period's figure, is how much that period rose or fell
    /// ("(cùng kỳ năm 2016 tăng 19,5%)", "cùng kỳ giảm 3,2%"): a change then, not a level.
    fn prior_change(&self, q: &Quantity) -> bool {
        q.unit == Unit::Percent && self.prior_value(q).is_some() && self.prior_moved(q)
    }

    /// Whether a rise or fall word stands between the earlier period's cue and `q`: the part
    /// of `prior_change` that `measure` asks once it knows `q` is the earlier period's figure.
    fn prior_moved(&self, q: &Quantity) -> bool {
        self.near_before(q, 5, |c| *c == Cue::Measure(MeasureCue::Prior))
            .is_some_and(|h| (h.end()..q.first).any(|k| matches!(self.tok(k), "tang" | "giam")))
    }

    /// Whether the metric words at tokens `a..b` qualify a sector by its investor: "có vốn
    /// đầu tư nước ngoài", "khu vực đầu tư nước ngoài" (an investor word right after them, and
    /// "có" or "khu vực" right before).
    fn names_a_sector(&self, a: usize, b: usize) -> bool {
        let investor_after = self
            .hits
            .at(b)
            .iter()
            .any(|h| matches!(h.cue, Cue::Investor(InvestorCue::Fdi | InvestorCue::Ddi)));
        let before = self.text.tok_at(a as isize - 1);
        investor_after
            && (before == "co" || before == "vuc" && self.tok(a.wrapping_sub(2)) == "khu")
    }

    /// The investor cue of firms or a sector that hold rate `qi` of an amount before them in
    /// its sentence ("đạt 4,15 tỷ USD, trong đó doanh nghiệp FDI chiếm 82,4%", "khối FDI
    /// chiếm 70%"), and that amount: it says what the share measures, the cue whose share it
    /// is.
    fn share_holder(&self, qi: usize) -> Option<(Hit, usize)> {
        let q = &self.qs[qi];
        let (s0, _) = self.sentence(q.first);
        let last = qi.checked_sub(1)?;
        // The amount, past the shares of it already given ("..., doanh nghiệp FDI chiếm
        // 88,5%, doanh nghiệp trong nước chiếm 11,5%").
        let p = self
            .figures_back(last + 1, s0)
            .find(|&j| self.qs[j].unit != Unit::Percent)?;
        if q.unit != Unit::Percent
            || !self.qs[p].unit.is_money()
            || self.share_right_before(q).is_none()
        {
            return None;
        }
        let from = self.clause_start[q.first].max(self.qs[last].last + 1);
        self.hits
            .within(from, q.first)
            .iter()
            .copied()
            .find(|h| {
                let s = h.start as usize;
                matches!(h.cue, Cue::Investor(InvestorCue::Fdi | InvestorCue::Ddi))
                    && (self
                        .text
                        .word_is(s.wrapping_sub(1), &["nghiệp", "DN", "khối", "vực"])
                        || self.text.word_is(s, &["khối"]))
            })
            .map(|h| (h, p))
    }

    /// Whether words starting at token `a` go on an organisation's name: after a firm's legal
    /// form ("Công ty cổ phần đầu tư Thủ đô", "CTCP Đầu tư hạ tầng", "Cty TNHH xuất nhập khẩu"),
    /// or capitalised after a word for a body or after a capitalised word and "và" ("Ngân hàng
    /// Đầu tư Phát triển", "Viện Công nhân và Công đoàn", "Bộ Kế hoạch và Đầu tư"). ("công ty
    /// đầu tư 500 tỷ đồng", in lower case, is a firm investing.)
    fn in_a_name(&self, a: usize) -> bool {
        const FORM: &[&[&str]] = &[
            &["cổ", "phần"],
            &["CP"],
            &["CTCP"],
            &["TNHH"],
            &["TMCP"],
            &["MTV"],
            &["một", "thành", "viên"],
            &["hai", "thành", "viên"],
        ];
        // A word for a body ("Ngân hàng Đầu tư", "Bộ Lao động", "báo Người Lao động"), or a
        // capitalised word and "và" ("Kế hoạch và Đầu tư"), before a capitalised cue.
        const BODY: &[&[&str]] = &[
            &["công", "ty"],
            &["cty"],
            &["tập", "đoàn"],
            &["ngân", "hàng"],
            &["quỹ"],
            &["bộ"],
            &["sở"],
            &["báo"],
            &["tờ"],
            &["viện"],
            &["hiệp", "hội"],
            &["trung", "tâm"],
            &["đảng"],
            &["phòng"],
            &["cục"],
            &["hội"],
            &["tạp", "chí"],
        ];
        let ends_at = |w: &[&str], k: usize| k >= w.len() && self.words_at(k - w.len(), w);
        let named = self.capitalised_word(a)
            && !self.text.tokens[a].newline_before
            && (BODY.iter().any(|w| ends_at(w, a))
                || a >= 2 && self.text.word_is(a - 1, &["và"]) && self.capitalised_word(a - 2));
        FORM.iter().any(|w| ends_at(w, a)) || named
    }

    /// Whether token `k` is an abbreviation in capitals of two letters or more ("CĐCS",
    /// "HTX").
    fn abbreviation(&self, k: usize) -> bool {
        let w = self.text.tok_orig(k);
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())
    }

    /// The position of "của" when the phrase starting at token `a` is its object ("của doanh
    /// nghiệp", "của các doanh nghiệp", "của người lao động"); or of "trong" before a plural
    /// or a kind, where the phrase says where the head before it is ("Tiền lương bình quân của
    /// người lao động trong các loại hình doanh nghiệp ... tăng 4,15%": wages, not firms). (Not
    /// "trong" before a whole, "chiếm tỷ trọng 36,1% trong tổng xuất khẩu", which it names.)
    fn possessive_before(&self, a: usize) -> Option<usize> {
        let mut c = a as isize - 1;
        let kind = self.text.tok_at(c) == "hinh" && self.text.tok_at(c - 1) == "loai";
        if kind {
            c -= 2;
        }
        let plural = matches!(self.text.tok_at(c), "cac" | "nhung");
        if plural || self.text.tok_at(c) == "nguoi" {
            c -= 1;
        }
        let of = |words: &[&str]| c >= 0 && self.text.word_is(c as usize, words);
        (of(&["của"]) || (plural || kind) && of(&["trong"])).then_some(c as usize)
    }

    /// The metric of an amount no cue names: capital where its sentence is about a project
    /// ("cấp phép 8 dự án hơn 10.000 tỷ đồng"), else `other` (prices, fines, jackpots).
    fn metric_without_cue(&self, q: &Quantity) -> Metric {
        let (s0, s1) = self.sentence(q.first);
        let about_a_project = self
            .hits
            .within(s0, s1)
            .iter()
            .any(|h| h.cue == Cue::CapitalContext && !self.hidden(h.start as usize, q.first));
        if q.unit.is_money() && about_a_project {
            Metric::RegisteredCapital
        } else {
            Metric::Other
        }
    }

    /// Whether capital is public spending: its clause, or one before it in its sentence, names
    /// public works or public money ("Dự án cầu vượt này có tổng mức đầu tư 504 tỷ đồng") and
    /// its clause no investor's side (FDI, "trong nước").
    fn public_spending(&self, q: &Quantity) -> bool {
        let hits = self
            .hits
            .within(self.clause_start[q.first], self.clause_end[q.first]);
        // The works may be named in a clause before ("sẽ mở rộng tuyến cao tốc Bắc Nam; dự
        // kiến tổng mức đầu tư khoảng 69.120 tỷ đồng"), not after: a report's long sentence
        // lists other things later. Money paid into the budget ("nộp ngân sách") or from
        // outside it ("93 dự án ngoài ngân sách với tổng vốn 40.230 tỷ đồng") is no public
        // money.
        let (s0, _) = self.sentence(q.first);
        (self
            .hits
            .within(s0, self.clause_end[q.first])
            .iter()
            .any(|h| self.public_money_spent(h))
            || self.state_invests(q))
            && !hits.iter().any(|h| investor_of(h.cue).is_some())
    }

    /// Whether the state invests amount `q` itself, its subject right before "đầu tư" and the
    /// amount, past its name and "đã": "Tỉnh Bình Dương đã đầu tư khoảng 3.000 tỉ đồng thực hiện
    /// dự án thu gom nước thải", "UBND TP Đà Nẵng đã đầu tư hơn 160 tỷ đồng", "thành phố đầu tư
    /// 200 tỷ đồng". (Not what a place draws, "tỉnh đã thu hút đầu tư 3.000 tỷ đồng".)
    fn state_invests(&self, q: &Quantity) -> bool {
        let j = self.hedge_start(q.first);
        if j < 3 || !self.words_at(j - 2, &["đầu", "tư"]) {
            return false;
        }
        let mut k = j - 2;
        let c0 = self.clause_start[q.first].max(k.saturating_sub(8));
        while k > c0
            && (self.text.word_is(k - 1, &["đã", "sẽ", "đang"]) || self.capitalised_word(k - 1))
            && !self.text.word_is(
                k - 1,
                &["Tỉnh", "Thành", "TP", "UBND", "Nhà", "Chính", "Huyện"],
            )
        {
            k -= 1;
        }
        // (The state as the subject, not a place where others are: "Tập đoàn Samsung tại tỉnh
        // Thái Nguyên đã đầu tư 7 tỷ USD".)
        let subject = |noun: usize| {
            !self.text.word_is(
                noun.wrapping_sub(1),
                &["tại", "ở", "của", "trên", "vào", "với"],
            )
        };
        k > c0
            && (self.text.word_is(k - 1, &["tỉnh", "TP", "UBND", "huyện"]) && subject(k - 1)
                || k >= 2
                    && (self.words_at(k - 2, &["thành", "phố"])
                        || self.words_at(k - 2, &["nhà", "nước"])
                        || self.words_at(k - 2, &["chính", "phủ"]))
                    && subject(k - 2))
    }

    /// Whether public-money words `h` end a phrase of paying into the budget ("nộp ngân
    /// sách"), which is no public money spent.
    fn paid_in(&self, h: &Hit) -> bool {
        self.hits
            .within((h.start as usize).saturating_sub(3), h.end())
            .iter()
            .any(|o| {
                matches!(
                    o.cue,
                    Cue::Metric {
                        metric: Metric::BudgetContribution,
                        ..
                    }
                ) && o.start < h.start
                    && o.end() >= h.end()
            })
    }

    /// Whether the projects counted by `q` are the state's: public money named near them in
    /// their clause ("bố trí vốn ngân sách địa phương cho 5 dự án nhóm B", "3 dự án được ngân
    /// sách trung ương hỗ trợ", "58 dự án BOT"), or public works right after their noun ("2
    /// dự án cầu vượt", "hai dự án xây dựng đường sắt"): public works, `other`. (Not money
    /// from outside the budget or paid into it, "8 dự án vốn ngoài ngân sách", "120 dự án đã
    /// nộp ngân sách", not works merely near, "20 dự án vào KCN ven quốc lộ 1A", nor where
    /// the clause names an investor's side.)
    fn public_projects(&self, q: &Quantity) -> bool {
        let (c0, c1) = (self.clause_start[q.first], self.clause_end[q.first]);
        // (After the figure before it: "6 dự án sử dụng vốn ngân sách và 8 dự án vốn ngoài
        // ngân sách".)
        let prev_end = self.last_quantity_before(q.first).map_or(0, |p| p.unit_end);
        let near = self.hits.within(
            c0.max(q.first.saturating_sub(8)).max(prev_end),
            c1.min(q.unit_end + 6),
        );
        // (Nothing that starts another part between them: "và", a comma, a bracket.)
        let joined = |a: usize, b: usize| {
            (a..b).all(|k| !matches!(self.tok(k), "va" | "," | ";" | "(" | ")"))
        };
        near.iter().any(|h| {
            let (a, e) = (h.start as usize, h.end());
            self.public_money_spent(h)
                && if self.public_money_at(a) {
                    e <= q.first && joined(e, q.first) || a >= q.unit_end && joined(q.unit_end, a)
                } else {
                    (q.unit_end..=q.unit_end + 2).contains(&a) && joined(q.unit_end, a)
                }
        }) && !self
            .hits
            .within(c0, c1)
            .iter()
            .any(|h| investor_of(h.cue).is_some())
    }

    /// Whether count `qi` of projects is joined by "và" to a count of projects paid with
    /// public money before it in its clause: "bố trí vốn ngân sách địa phương cho 5 dự án nhóm B
    /// quá 5 năm và 2 dự án nhóm C quá 3 năm". (Not one that names its own money: "4 dự án
    /// dùng vốn ngân sách và 11 dự án vốn ngoài ngân sách".)
    fn listed_after_public_projects(&self, qi: usize) -> bool {
        let Some(p) = qi.checked_sub(1) else {
            return false;
        };
        let (q, prev) = (&self.qs[qi], &self.qs[p]);
        let j = self.hedge_start(q.first);
        prev.counts(Metric::Projects)
            && self.tok(j.wrapping_sub(1)) == "va"
            && self.clause_start[prev.first] == self.clause_start[q.first]
            && j.saturating_sub(prev.unit_end) <= 8
            && self.public_projects(prev)
            && !self
                .hits
                .within(q.unit_end, (q.unit_end + 6).min(self.clause_end[q.first]))
                .iter()
                .any(|h| h.cue == Cue::PublicWorks)
    }

    /// Whether public-works cue `h` says public money is spent: not money from outside the
    /// budget or refused ("vốn ngoài ngân sách", "không dùng ngân sách"), nor paid into it.
    /// ("Ngoài" opening a clause is "besides": "Ngoài vốn ngân sách, tỉnh còn huy động ...";
    /// "không ít" is "many".)
    fn public_money_spent(&self, h: &Hit) -> bool {
        let a = h.start as usize;
        let outside = (a.saturating_sub(3)..a)
            .any(|k| self.text.word_is(k, &["ngoài"]) && self.clause_start[k] != k);
        let refused = (a.saturating_sub(3)..a)
            .any(|k| self.text.word_is(k, &["không"]) && !self.text.word_is(k + 1, &["ít"]));
        h.cue == Cue::PublicWorks && !outside && !refused && !self.paid_in(h)
    }

    /// Whether the words of public money, not of works, start at token `k`: "vốn ngân sách",
    /// "đầu tư công", "ODA", "quyết toán".
    fn public_money_at(&self, k: usize) -> bool {
        self.any_words_at(
            k,
            &[
                &["vốn", "ngân", "sách"],
                &["nguồn", "ngân", "sách"],
                &["ngân", "sách"],
                &["đầu", "tư", "công"],
                &["BOT"],
                &["ODA"],
                &["vốn", "nhà", "nước"],
                &["XDCB"],
                &["xây", "dựng", "cơ", "bản"],
                &["NSNN"],
                &["quyết", "toán"],
            ],
        )
    }

    /// Whether implemented capital `q` is public money spent, named before it in its sentence
    /// or right after it ("Vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước ... ước tính
    /// 15.203 tỷ đồng", "nguồn vốn đầu tư công đã giải ngân ... 55%"): money words only, not
    /// works near it ("KCN nằm gần sân bay Nội Bài, các dự án đã giải ngân 500 triệu USD"), nor
    /// a breakdown after it ("... đạt 50.000 tỷ đồng, trong đó vốn ngân sách nhà nước 5.000
    /// tỷ đồng") or another amount's ("FDI đã cam kết hiện còn 180 tỉ USD và 15 tỉ USD ODA").
    fn budget_funded(&self, q: &Quantity) -> bool {
        let (s0, s1) = self.sentence(q.first);
        let b = (q.unit_end..s1.min(q.unit_end + 4))
            .find(|&k| {
                matches!(self.tok(k), "," | ";") || self.q_at[k].is_some() || self.tok(k) == "va"
            })
            .unwrap_or(s1.min(q.unit_end + 4));
        self.hits
            .within(s0, q.first)
            .iter()
            .chain(self.hits.within(q.unit_end, b))
            .any(|h| self.public_money_spent(h) && self.public_money_at(h.start as usize))
    }

    /// Whether a firm's stated capital names `q` ("vốn điều lệ chỉ 10 triệu đồng", "vốn đăng
    /// ký 50 triệu đồng"): capital, however little.
    fn charter_capital_before(&self, q: &Quantity) -> bool {
        let c0 = self.clause_start[q.first].max(q.first.saturating_sub(5));
        (c0..q.first).any(|k| {
            self.words_at(k, &["vốn", "điều", "lệ"]) || self.words_at(k, &["vốn", "đăng", "ký"])
        })
    }

    /// Whether `q` is how much a price rose or fell ("Toyota Vios giảm giá 70 triệu đồng", "xe
    /// nhập khẩu ... sẽ giảm giá khoảng 7%"): a price, whatever the sentence's goods are.
    fn price_change(&self, q: &Quantity) -> bool {
        self.near_before(q, 6, rise_or_fall)
            .is_some_and(|h| self.text.word_is(h.end(), &["giá"]) && self.adjacent(h.end(), q))
    }

    /// Whether percent `q` measures quantity, not value: "giảm 18,3% về khối lượng và giảm
    /// 37% về giá trị", "tăng 9,7% về lượng". Export and import values are money.
    fn in_volume(&self, q: &Quantity) -> bool {
        let k = q.last + 1;
        self.text.word_is(k, &["về"])
            && (self.text.word_is(k + 1, &["lượng"])
                || self.text.word_is(k + 1, &["khối", "sản"])
                    && self.text.word_is(k + 2, &["lượng"]))
    }

    /// Whether percent `q` is the share of a need ("chỉ đáp ứng được 5-7% nhu cầu", "đáp ứng
    /// 39% tổng nhu cầu"): how much of a want is met, whatever firms or workers want it.
    fn of_a_need(&self, q: &Quantity) -> bool {
        let k = q.unit_end + usize::from(self.text.word_is(q.unit_end, &["tổng"]));
        self.words_at(k, &["nhu", "cầu"])
    }

    /// Whether percent `q` is what a subject that meets a condition "chiếm" (takes up) of a
    /// whole: "Số CNLĐ có nhu cầu về nhà ở chiếm khoảng 75% số CNLĐ", "lượng lao động quay lại
    /// nhà máy đúng hẹn chỉ chiếm 56%", "nhu cầu việc làm về lao động phổ thông chiếm 37%" —
    /// a share meeting a condition (seed_002), not a part of the things counted, "dự án FDI
    /// chiếm 6% dự án thu hút mới" (gold 056).
    fn share_of_a_condition(&self, q: &Quantity) -> bool {
        let Some(h) = self.share_right_before(q) else {
            return false;
        };
        let chiem = h.start as usize;
        if !self.text.word_is(chiem, &["chiếm"]) {
            return false;
        }
        // (The subject's own words, from the last comma: not "Ông Hùng cho biết, ...", "nhiều
        // nhà đầu tư muốn mở rộng, dự án FDI chiếm 60%".)
        let c0 = self.clause_start[q.first].max(chiem.saturating_sub(16));
        let c0 = (c0..chiem)
            .rfind(|&k| matches!(self.tok(k), "," | ";" | ":"))
            .map_or(c0, |k| k + 1);
        (c0..chiem).any(|k| {
            self.any_words_at(
                k,
                &[
                    &["nhu", "cầu"],
                    &["muốn"],
                    &["quay", "lại"],
                    &["trở", "lại"],
                    &["có", "ý", "định"],
                    &["đi", "làm"],
                ],
            )
        })
    }

    /// Whether percent `qi` goes on, past a comma and a few words, a list of shares that meet
    /// a condition: "nhu cầu việc làm về lao động phổ thông chiếm 37%, sơ cấp nghề 20%, trung
    /// cấp 18%".
    /// (Not a rate its own words name: "..., kim ngạch xuất khẩu tăng 15%", "tỷ lệ lấp đầy
    /// đạt 80%".)
    fn listed_after_a_condition(&self, qi: usize, done: &[Labels]) -> bool {
        let (p, q) = (&self.qs[qi - 1], &self.qs[qi]);
        let between = p.last + 1..q.first;
        p.unit == Unit::Percent
            && done[qi - 1].metric == Metric::Other
            && done[qi - 1].measure == Measure::SharePct
            && q.first.saturating_sub(p.last) <= 10
            && between.clone().any(|k| self.tok(k) == ",")
            && between
                .clone()
                .all(|k| self.is_word(k) || matches!(self.tok(k), "," | "-"))
            && !self
                .hits
                .within(between.start, between.end)
                .iter()
                .any(|h| {
                    matches!(
                        h.cue,
                        Cue::Measure(MeasureCue::Rise | MeasureCue::Fall | MeasureCue::GrowthRate)
                            | Cue::Metric {
                                metric: Metric::OccupancyRate,
                                ..
                            }
                    ) || self
                        .text
                        .word_is(h.start as usize, &["đạt", "tăng", "giảm"])
                })
            && ((0..qi).rev())
                .take_while(|&j| self.qs[j].unit == Unit::Percent && qi - j <= 8)
                .any(|j| self.share_of_a_condition(&self.qs[j]))
    }

    /// The metric of the share that percent `qi` goes on listing by name: "Trung Quốc dẫn đầu
    /// với 40% tổng vốn FDI, Hàn Quốc 21%, Nhật Bản 15%" (each a share of capital). The share
    /// before it is of a metric, in its sentence, and only a name stands between the last
    /// comma or "và" and it.
    fn share_listed_by_name(&self, qi: usize, done: &[Labels]) -> Option<Metric> {
        let (p, q) = (&self.qs[qi - 1], &self.qs[qi]);
        let sep = (p.unit_end..q.first)
            .rev()
            .find(|&k| self.tok(k) == "," || self.text.word_is(k, &["và"]))?;
        let name = sep + 1..q.first;
        (p.unit == Unit::Percent
            && done[qi - 1].measure == Measure::SharePct
            && done[qi - 1].metric != Metric::Other
            && self.sentence(p.first).0 == self.sentence(q.first).0
            && q.first - p.last <= 16
            && !name.is_empty()
            && name.len() <= 4
            && name
                .clone()
                .all(|k| self.is_word(k) && self.text.tokens[k].capitalized)
            && (p.unit_end..sep).all(|k| self.q_at[k].is_none() && self.tok(k) != ";"))
        .then_some(done[qi - 1].metric)
    }

    /// Whether quantity `q` is the world's, "trên toàn cầu" right after it ("Nestlé ... với
    /// 328.000 nhân viên trên toàn cầu") or opening its sentence with no clause between
    /// ("Trên toàn thế giới, Tập đoàn có 328.000 nhân viên", its first figure only: not "và
    /// 2.000 công nhân tại tỉnh"): a world figure is of no metric, as the gold files make world
    /// FDI.
    fn of_the_world(&self, q: &Quantity) -> bool {
        let world_at = |k: usize| self.hits.at(k).iter().any(|h| h.cue == Cue::World);
        let after = (q.unit_end..q.unit_end + 3)
            .take_while(|&k| self.is_word(k))
            .any(world_at);
        let first = self.text.sentences[self.text.sentence_of(q.first)].first;
        after
            || world_at(first)
                && q.first - first <= 16
                && (first..q.first).filter(|&k| self.tok(k) == ",").count() <= 1
                && (first..q.first).all(|k| self.tok(k) != ";" && self.q_at[k].is_none())
    }

    /// Whether percent `q` is a share of an area, named right after it ("được dành 20% tổng
    /// diện tích đất ở để xây dựng công trình", "1% diện tích đất tự nhiên", seed_003): of no
    /// metric the sentence counts, unless it is how full zones are ("lấp đầy 90% diện tích").
    /// (Not a share of the zones' land, "chiếm gần 40% diện tích KCN cả nước", "30% diện tích
    /// đất công nghiệp": that is land the zones count.)
    fn of_an_area(&self, q: &Quantity) -> bool {
        if !self.area_named_at(q.unit_end) {
            return false;
        }
        let k = q.unit_end + 2 + usize::from(self.text.word_is(q.unit_end, &["tổng"]));
        let k = k + usize::from(self.text.word_is(k, &["đất"]));
        let zones = self.hits.at(k).iter().any(|h| {
            matches!(h.cue, Cue::Entity(id)
                if self.lex.entities[id as usize].metric == Metric::Zones)
        }) || self.any_words_at(k, &[&["các", "KCN"], &["công", "nghiệp"]]);
        !zones && !self.of_land_cleared(q)
    }

    /// Whether percent `q` is a share of land cleared for zones or leased in them, in a story of
    /// zones: named after "diện tích" ("đạt 72,5% diện tích cần thu hồi", "chiếm 71% diện tích
    /// cho thuê mới") or done right before it ("đã bàn giao cho chủ đầu tư trên 300 ha, đạt hơn
    /// 50% diện tích", "các xã đã kiểm đếm được 85% diện tích").
    fn of_land_cleared(&self, q: &Quantity) -> bool {
        if !self.area_named_at(q.unit_end) {
            return false;
        }
        let k = q.unit_end + 2 + usize::from(self.text.word_is(q.unit_end, &["tổng"]));
        let k = k + usize::from(self.text.word_is(k, &["đất"]));
        ((k..k + 3).any(|j| self.clearance_at(j) || self.words_at(j, &["cho", "thuê"]))
            || self.cleared_before(q))
            && self.story_of_zones(q)
    }

    /// Whether words of land cleared ([`Self::clearance_at`]) come in the twelve tokens of its
    /// sentence before figure `q`, and no rate's words after them: "hoàn thành bồi thường, KCN
    /// đã lấp đầy 70% diện tích" is how full.
    fn cleared_before(&self, q: &Quantity) -> bool {
        let (s0, _) = self.sentence(q.first);
        (q.first.saturating_sub(12).max(s0)..q.first)
            .rfind(|&k| self.clearance_at(k))
            .is_some_and(|k| {
                !(k..q.first).any(|j| self.any_words_at(j, &[&["lấp", "đầy"], &["tỷ", "lệ"]]))
            })
    }

    /// Whether words of land cleared for a project start at token `k`: recovered, handed over,
    /// cleared, compensated, inventoried for compensation ("thu hồi", "bàn giao", "giải phóng
    /// mặt bằng", "GPMB", "đền bù", "kiểm đếm").
    fn clearance_at(&self, k: usize) -> bool {
        self.any_words_at(
            k,
            &[
                &["thu", "hồi"],
                &["bàn", "giao"],
                &["mặt", "bằng"],
                &["GPMB"],
                &["bồi", "thường"],
                &["đền", "bù"],
                &["giải", "tỏa"],
                &["kiểm", "đếm"],
            ],
        )
    }

    /// Whether figure `q` is in a story of zones: the title or the figure's last sentences
    /// name one (not an airport's or a forest's land).
    fn story_of_zones(&self, q: &Quantity) -> bool {
        let (_, s1) = self.sentence(q.first);
        let si = self.text.sentence_of(q.first);
        let back = self.text.sentences[si.saturating_sub(2)].first;
        let zone = |h: &Hit| self.counted_on_its_own(h) == Some(Metric::Zones);
        self.hits.within(0, self.text.title_end()).iter().any(zone)
            || self
                .hits
                .within(back.max(q.first.saturating_sub(3 * WINDOW)), s1)
                .iter()
                .any(zone)
    }

    /// Whether "diện tích" or "tổng diện tích" starts at token `k`.
    fn area_named_at(&self, k: usize) -> bool {
        let k = k + usize::from(self.text.word_is(k, &["tổng"]));
        self.words_at(k, &["diện", "tích"])
    }

    /// Whether percent `q` is a stake: what a holding is a share of follows it right away.
    fn stake(&self, q: &Quantity) -> bool {
        self.hits.at(q.last + 1).iter().any(|h| h.cue == Cue::Stake)
    }

    fn count_metric(&self, q: &Quantity, entity: Entity, metric: Metric) -> Metric {
        let c0 = self.clause_start[q.first];
        let near = |d: usize, f: &dyn Fn(&Cue) -> bool| {
            !self
                .cues_before(c0.max(q.num.saturating_sub(d)), q.num, q.first, |c| f(c))
                .is_empty()
        };
        if self.counted_for_other(q, metric) || self.honoured(q) || self.at_an_event(q, metric) {
            return Metric::Other;
        }
        // (So many to a room or a shift, "15 CN ở/phòng", "4 công nhân/ca": a ratio; not so
        // many a year, "100.000 LĐ/năm".)
        // (Nor another name for them, "5.000 CN/LĐ".)
        let per_thing = (q.unit_end..q.unit_end + 2).any(|k| {
            self.tok(k) == "/"
                && self.is_word(k + 1)
                && !self.text.tokens[k + 1].capitalized
                && !self
                    .hits
                    .at(k + 1)
                    .iter()
                    .any(|h| matches!(h.cue, Cue::Entity(_)))
                && !self
                    .text
                    .word_is(k + 1, &["năm", "tháng", "quý", "tuần", "ngày"])
        });
        if metric == Metric::Workers
            && (self.harmed(q) || self.size_class(q) || self.in_need(q) || per_thing)
            || matches!(metric, Metric::Workers | Metric::Enterprises) && self.surveyed(q)
        {
            return Metric::Other;
        }
        if entity == Entity::Project
            && metric == Metric::Projects
            && near(6, &|c| *c == Cue::Measure(MeasureCue::Adjusted))
        {
            // "điều chỉnh vốn cho 26 dự án": projects whose capital was raised.
            let adj = self.cues_before(c0.max(q.num.saturating_sub(6)), q.num, q.first, |c| {
                *c == Cue::Measure(MeasureCue::Adjusted)
            });
            let new_after = adj.first().is_some_and(|h| {
                !self
                    .cues_before(h.end(), q.num, q.first, |c| {
                        *c == Cue::Measure(MeasureCue::New)
                    })
                    .is_empty()
            });
            // (Not projects whose capital was cut: "điều chỉnh giảm vốn 3 dự án".)
            let cut = adj
                .first()
                .is_some_and(|h| (h.end()..q.num).any(|k| self.text.word_is(k, &["giảm"])));
            if !new_after && !cut {
                return Metric::CapitalIncreases;
            }
        }
        // "91 dự án (được) điều chỉnh tăng vốn": the same, written after the count; not "dự
        // án mở rộng", an expansion, nor "điều chỉnh tăng thời gian" (of a toll).
        if entity == Entity::Project && metric == Metric::Projects {
            let k = q.last + 1 + usize::from(self.tok(q.last + 1) == "duoc");
            if matches!(self.tok(k), "dieu" | "tang")
                && self
                    .hits
                    .longest_at(k, |c| *c == Cue::Measure(MeasureCue::Adjusted))
                    .is_some()
                && (k..k + 4).any(|j| self.tok(j) == "von")
            {
                return Metric::CapitalIncreases;
            }
        }
        metric
    }

    /// Whether a word that makes counts no metric (an award, a check, an event:
    /// `measures.count_other`) counts `q`: at most 12 tokens before it in its `;` clause (for
    /// workers, past no comma either), and not
    /// past another figure unless listed with it ("tặng bằng khen cho 06 doanh nghiệp và 3
    /// tập thể"). "Buổi đối thoại có sự tham gia của gần 1.000 công nhân đại diện cho 150.000
    /// công nhân" counts the first at the event, not the workforce after it.
    fn counted_for_other(&self, q: &Quantity, metric: Metric) -> bool {
        let c0 = self.clause_start[q.first];
        let cues = self.cues_before(c0.max(q.num.saturating_sub(12)), q.num, q.first, |c| {
            *c == Cue::Measure(MeasureCue::CountOther)
        });
        let Some(h) = cues.first() else {
            return false;
        };
        // (Workers only in the word's own part of the sentence: "Sau khi thu hồi đất, dự án
        // đã tạo việc làm cho 3.000 lao động" is a workforce.)
        if metric == Metric::Workers && (h.end()..q.first).any(|k| self.tok(k) == ",") {
            return false;
        }
        // (Only marks, "và", hedges and names between them: "trên 600 doanh nghiệp Đức và
        // gần 400 doanh nghiệp Hà Lan", "thu hồi đối với 12/46 dự án".)
        let listed = |a: usize, b: usize| {
            (a..b).all(|k| {
                matches!(self.tok(k), "," | "va" | "cung" | "/")
                    || self.is_word(k) && self.text.tokens[k].capitalized
                    || self.covered(k, 3, |c| matches!(c, Cue::Approx(_)))
            })
        };
        let lo = self.qs.partition_point(|p| p.first < h.end());
        let between = self.qs[lo..].iter().take_while(|p| p.last < q.first);
        let mut prev_end = None;
        for p in between {
            if let Some(e) = prev_end
                && !listed(e, p.first)
            {
                return false;
            }
            prev_end = Some(p.last + 1);
        }
        prev_end.is_none_or(|e| listed(e, q.first))
    }

    /// Whether the people or firms counted by `q` are those at an event, said to attend or
    /// listen right after them or after those they speak for: "500 công nhân đã tham dự hội
    /// nghị", "hơn 1.000 cán bộ công nhân viên Công ty Tenma đã tập trung nghe ...", "gần
    /// 1.000 công nhân lao động đại diện cho 150.000 công nhân đã được giải đáp", "60 công
    /// nhân theo học". People at an event are no workforce. (Not those spoken for, the
    /// 150.000, a workforce.)
    fn at_an_event(&self, q: &Quantity, metric: Metric) -> bool {
        if !matches!(metric, Metric::Workers | Metric::Enterprises) {
            return false;
        }
        let j = self.hedge_start(q.first);
        let j0 = j - usize::from(self.text.word_is(j.wrapping_sub(1), &["cho"]));
        if j0 >= 2 && self.words_at(j0 - 2, &["đại", "diện"]) {
            return false;
        }
        // (Past whose they are, a name with its place in brackets, "Công ty Tenma (KCN Quế Võ,
        // Bắc Ninh)", and the rest of their noun, "công nhân lao động".)
        let mut k = q.unit_end;
        let end = self.clause_end[q.first].min(k + 16);
        while k < end {
            if self.tok(k) == "(" {
                match (k + 1..end).find(|&j| self.tok(j) == ")") {
                    Some(c) => k = c + 1,
                    None => break,
                }
            } else if self.capitalised_word(k)
                || self.text.word_is(k, &["ty", "đã", "đang", "cùng"])
                || self.words_at(k, &["lao", "động"])
            {
                k += 1 + usize::from(self.words_at(k, &["lao", "động"]));
            } else if self.words_at(k, &["đại", "diện"])
                && let Some(j) = self
                    .q_at
                    .get(k + 2 + usize::from(self.text.word_is(k + 2, &["cho"])))
                    .copied()
                    .flatten()
            {
                // Past those they speak for.
                k = self.qs[j as usize].unit_end;
            } else {
                break;
            }
        }
        self.any_words_at(
            k,
            &[
                &["tham", "dự"],
                &["dự", "hội"],
                &["dự", "lễ"],
                &["tới", "dự"],
                &["đến", "dự"],
                &["tập", "trung", "nghe"],
                &["theo", "học"],
                &["được", "giải", "đáp"],
            ],
        )
    }

    /// Whether the firms or people counted by `q` are honoured, right after them ("9 DN, nhà
    /// đầu tư đã được UBND tỉnh tôn vinh", "20 doanh nghiệp tiêu biểu được vinh danh"): an
    /// award's count, no metric. Only awards: "12 dự án bị thu hồi" is a project count.
    fn honoured(&self, q: &Quantity) -> bool {
        let a = q.unit_end;
        let b = self.clause_end[q.first].min(a + 10);
        let award = |k: usize| {
            self.any_words_at(
                k,
                &[
                    &["tôn", "vinh"],
                    &["vinh", "danh"],
                    &["khen", "thưởng"],
                    &["tuyên", "dương"],
                    &["biểu", "dương"],
                    &["nhận", "bằng", "khen"],
                    &["nhận", "giấy", "khen"],
                ],
            )
        };
        // (Said of them: passive, or with nothing but a word or two between. Not the next
        // part's: "thu hút 50 DN, khen thưởng 5 DN".)
        let of_them = |k: usize| {
            (a..k).any(|j| self.text.word_is(j, &["được"]))
                || k - a <= 2 && (a..k).all(|j| self.is_word(j))
        };
        // (Past a comma only within a list of those honoured: "9 DN, nhà đầu tư đã được ...
        // tôn vinh"; not "45 DN được cấp phép, UBND tỉnh đã khen thưởng ...".)
        let listed = |k: usize| {
            self.tok(k) != ","
                || self
                    .text
                    .word_is(k + 1, &["nhà", "doanh", "DN", "công", "tập", "cá", "tổ"])
        };
        (a..b)
            .take_while(|&k| !self.is_num(k) && self.tok(k) != "(" && listed(k))
            .any(|k| award(k) && of_them(k))
    }

    /// Whether the people counted by `q` are those in need of something ("1,2 triệu công nhân
    /// có nhu cầu về nhà ở", "12.000 công nhân đang có nhu cầu thuê nhà"): a condition they
    /// meet, no workforce.
    fn in_need(&self, q: &Quantity) -> bool {
        // (Where they are may come between: "281.000 công nhân trên địa bàn TP có nhu cầu";
        // not what else they work for, "lao động làm việc tại các doanh nghiệp có nhu cầu mở
        // rộng".)
        let k = q.unit_end + usize::from(self.text.word_is(q.unit_end, &["đang"]));
        self.words_at(k, &["có", "nhu", "cầu"])
            || self.text.word_is(q.unit_end, &["trên", "tại", "ở"])
                && (q.unit_end + 1..q.unit_end + 7)
                    .take_while(|&k| {
                        self.is_word(k) && !self.text.word_is(k, &["làm", "các", "những"])
                    })
                    .any(|k| self.words_at(k, &["có", "nhu", "cầu"]))
    }

    /// Whether the workers or firms counted by `q` are back at work or signed up for days off
    /// ("97% NLĐ đi làm sau kỳ nghỉ Tết", "500 công nhân đã trở lại làm việc", "gần 800 CNLĐ
    /// đăng ký làm việc vào mùng 2 Tết", "28 DN SXKD trở lại", "chỉ có 50 công nhân có mặt"):
    /// a condition they meet, no workforce and no count of firms.
    fn back_at_work(&self, q: &Quantity, metric: Metric) -> bool {
        // (Not the whole they are a part of: "92% trên tổng số 25.500 lao động có mặt".)
        let j = self.hedge_start(q.first);
        if (j.saturating_sub(2)..j).any(|k| self.text.word_is(k, &["tổng"])) {
            return false;
        }
        let mut k = q.unit_end;
        if q.unit == Unit::Percent {
            k += usize::from(self.text.word_is(k, &["số", "các"]));
            match self
                .hits
                .at(k)
                .iter()
                .find(|h| matches!(h.cue, Cue::Entity(_)))
            {
                Some(h) => k = h.end(),
                None => return false,
            }
        }
        // "trở lại làm việc" may come a few words on ("100% các DN thuộc các KCN tại Thành
        // phố đã trở lại làm việc"); the shorter phrases right after the noun and its
        // abbreviations ("DN SXKD").
        let far = (k..k + 8)
            .take_while(|&j| self.is_word(j))
            .any(|j| self.words_at(j, &["trở", "lại", "làm", "việc"]));
        let acronym = |j: usize| {
            self.is_word(j)
                && self
                    .text
                    .tok_orig(j)
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        let k0 = k;
        while k < k0 + 2 && acronym(k) {
            k += 1;
        }
        k += usize::from(self.text.word_is(k, &["đã"]));
        let back = [
            &["trở", "lại"][..],
            &["quay", "lại"],
            &["quay", "trở", "lại"],
        ];
        // (Not firms back in business or at investing, counts the statistics office keeps:
        // "5.564 doanh nghiệp quay trở lại hoạt động", "quay trở lại sản xuất kinh doanh".)
        let in_business =
            (k + 2..k + 5).any(|j| self.text.word_is(j, &["hoạt", "kinh", "thị", "sản", "đầu"]));
        // Firms are back at work only after a holiday named in their sentence ("sau kỳ nghỉ
        // Tết", "mùng 6"): "có mặt tại", "quay lại" say where firms are or invest.
        if metric == Metric::Enterprises {
            let (s0, s1) = self.sentence(q.first);
            let holiday = (s0..s1).any(|j| {
                self.text.word_is(j, &["Tết", "tết", "mùng", "nghỉ"])
                    || self.words_at(j, &["khai", "xuân"])
            });
            return holiday && (far || !in_business && self.any_words_at(k, &back));
        }
        far || !in_business
            && (self.any_words_at(k, &back)
                || self.any_words_at(
                    k,
                    &[
                        &["đi", "làm", "lại"],
                        &["đi", "làm", "trở", "lại"],
                        &["đi", "làm", "sau"],
                        &["đi", "làm", "trong", "những", "ngày"],
                        &["đăng", "ký", "làm", "việc"],
                        &["đăng", "ký", "làm", "thêm"],
                        &["có", "mặt"],
                        &["được", "an", "cư"],
                    ],
                ))
    }

    /// The first token of the hedge written right before token `first` ("gần", "hơn", "xấp
    /// xỉ"), or `first` where there is none.
    fn hedge_start(&self, first: usize) -> usize {
        let mut k = first;
        while k > 0 && first - k < 3 && self.covered(k - 1, 3, |c| matches!(c, Cue::Approx(_))) {
            k -= 1;
        }
        k
    }

    /// Whether count `q` is a survey's sample, right after its verb ("Khảo sát 1.800 DN cho
    /// thấy", "cuộc điều tra với hơn 1.000 lao động", "phỏng vấn 500 công nhân") or with its
    /// verb right after ("66% trong số 9.000 DN được hỏi", "1.500 lao động tham gia khảo
    /// sát"): who was asked, no count of firms or workers. (Not "Theo khảo sát, cả nước có
    /// 1.200 DN".)
    fn surveyed(&self, q: &Quantity) -> bool {
        let mut k = self.hedge_start(q.first);
        if k > 0 && self.text.word_is(k - 1, &["với"]) {
            k -= 1;
        }
        k >= 2
            && self.any_words_at(
                k - 2,
                &[&["khảo", "sát"], &["điều", "tra"], &["phỏng", "vấn"]],
            )
            || self.any_words_at(
                q.unit_end,
                &[
                    &["được", "hỏi"],
                    &["được", "khảo", "sát"],
                    &["được", "điều", "tra"],
                    &["được", "phỏng", "vấn"],
                    &["tham", "gia", "khảo", "sát"],
                    &["tham", "gia", "điều", "tra"],
                    &["tham", "gia", "trả", "lời"],
                    &["trả", "lời", "khảo", "sát"],
                ],
            )
    }

    /// Whether count `q` draws the line of a size class, "từ N ... trở lên" said of firms ("các
    /// DN có từ 10 công nhân trở lên", "đơn vị sử dụng từ 20 lao động trở lên"): a condition,
    /// no count of anyone. (Not a goal or a workforce, with a word of time before the verb:
    /// "Công ty sẽ tuyển từ 500 lao động trở lên", "dự kiến sử dụng từ 2.000 lao động trở
    /// lên", "đang sử dụng từ 50.000 lao động trở lên".)
    fn size_class(&self, q: &Quantity) -> bool {
        let from = q.first.wrapping_sub(1);
        let before = from.wrapping_sub(1);
        let timed = (before.saturating_sub(3)..before).any(|k| {
            self.text
                .word_is(k, &["sẽ", "kiến", "đang", "đã", "hiện", "được"])
        });
        self.text.word_is(from, &["từ"])
            && (q.unit_end..q.unit_end + 3).any(|k| self.words_at(k, &["trở", "lên"]))
            && (self.text.word_is(before, &["DN", "nghiệp", "vị"])
                || self.text.word_is(before, &["có", "dụng"]) && !timed)
    }

    /// Whether harm befalls the people counted by `q` a few words after it, in its clause
    /// ("7 công nhân bị thương", "38 công nhân ở Bến Tre nhập viện"): victims, no workforce.
    fn harmed(&self, q: &Quantity) -> bool {
        let a = q.last + 1;
        let b = self.clause_end[q.last].min(a + HARM_REACH);
        // (Not denied or turned from them: "3.000 công nhân nhưng chưa có ai bị thương".)
        let denied = |e: usize| {
            (a..e).any(|k| matches!(self.tok(k), "khong" | "chua" | "nhung" | "ai" | ","))
        };
        let harm_in = |a: usize, b: usize| {
            self.hits
                .within(a, b)
                .iter()
                .any(|h| h.cue == Cue::Harmed && h.end() <= b && !denied(h.start as usize))
        };
        if harm_in(a, b) {
            return true;
        }
        // Or right after the verb that follows the words describing them ("khoảng 300 công
        // nhân của Công ty ..., hoạt động tại KCN Bình Hòa (Châu Thành) đã phải nhập viện"),
        // with no other figure between.
        let c1 = self.clause_end[q.last].min(a + GOAL_REACH);
        let next_figure = self.q_at[a..c1]
            .iter()
            .position(Option::is_some)
            .map_or(c1, |k| a + k);
        // (Not where another subject comes first, "3.000 công nhân, trong vụ cháy nhiều người
        // đã bị thương", nor denied, "đã không bị thương".)
        (a..next_figure)
            .find(|&k| self.tok(k) == "da" && self.text.word_is(k, &["đã"]))
            .filter(|&k| {
                !(a..k).any(|j| {
                    self.text
                        .word_is(j, &["người", "giám", "ai", "trong", "khi", "nhưng"])
                })
            })
            .is_some_and(|k| {
                self.hits.within(k + 1, k + 4).iter().any(|h| {
                    h.cue == Cue::Harmed
                        && h.end() <= k + 4
                        && !(k + 1..h.start as usize)
                            .any(|j| matches!(self.tok(j), "khong" | "chua"))
                })
            })
    }

    /// "A, B ... lần lượt là X và Y": the n-th value takes the n-th metric named before.
    fn respectively(&self, qi: usize) -> Option<Metric> {
        let q = &self.qs[qi];
        let c0 = self.clause_start[q.first];
        let resp = self
            .cues_before(c0, q.first, q.first, |c| {
                *c == Cue::Measure(MeasureCue::Respectively)
            })
            .into_iter()
            .next()?;
        let r = resp.start as usize;
        let mut metrics: Vec<Metric> = Vec::new();
        let mut last_end = c0;
        // Only metrics a figure of its kind can have: a count's noun never names an amount.
        let money = q.unit.is_money();
        let mut cues: Vec<Hit> = self
            .hits
            .within(c0, r)
            .iter()
            .filter(|h| {
                matches!(
                    h.cue,
                    Cue::Metric {
                        for_percent,
                        for_money,
                        ..
                    } if for_percent && (!money || for_money)
                ) && h.end() <= r
            })
            .copied()
            .collect();
        cues.sort_by_key(|h| (h.start, std::cmp::Reverse(h.len)));
        for h in cues {
            if (h.start as usize) < last_end {
                continue;
            }
            if let Cue::Metric { metric, .. } = h.cue
                && !metrics.contains(&metric)
            {
                metrics.push(metric);
            }
            last_end = h.end();
        }
        if metrics.len() < 2 {
            return None;
        }
        // "lần lượt đạt 13,5 tỷ USD và 9,2 tỷ USD, tăng 14% và 11%": one list per kind of
        // figure, each in the metrics' order; a lone figure takes its place in the whole.
        let after = self.qs[..=qi].partition_point(|p| p.first <= r);
        let (mut first, mut last) = (qi, qi);
        while first > after && self.listed_with(first - 1, first) {
            first -= 1;
        }
        while last + 1 < self.qs.len() && self.listed_with(last, last + 1) {
            last += 1;
        }
        let order = if last > first { qi - first } else { qi - after };
        metrics.get(order).copied()
    }

    /// Whether figures `p` and `p + 1` are neighbours in one list of the same kind, with only
    /// "và", a comma or a hedge between ("13,5 tỷ USD và gần 9,2 tỷ USD").
    fn listed_with(&self, p: usize, n: usize) -> bool {
        let (a, b) = (&self.qs[p], &self.qs[n]);
        same_kind(a.unit, b.unit)
            && (a.last + 1..b.first).all(|k| {
                matches!(self.tok(k), "," | "va")
                    || self.covered(k, 3, |c| matches!(c, Cue::Approx(_)))
            })
    }

    /// Label context: tables take their caption; others their sentence.
    fn context_range(&self, q: &Quantity) -> (usize, usize) {
        self.sentence(q.first)
    }

    // ---------------------------------------------------------------- measure

    fn near_before(&self, q: &Quantity, dist: usize, f: impl Fn(&Cue) -> bool) -> Option<Hit> {
        let c0 = self.clause_start[q.first];
        let start = c0.max(q.first.saturating_sub(dist));
        self.cues_before(start, q.first, q.first, f)
            .into_iter()
            .next()
    }

    /// The first cue of `f` within `dist` tokens after the quantity, before any comma.
    fn near_after(&self, q: &Quantity, dist: usize, f: impl Fn(&Cue) -> bool) -> Option<Hit> {
        let c_end = self.clause_end[q.first];
        // Past what the figure measures: "bằng 96,8% về vốn đăng ký so với cùng kỳ".
        let a = self.named_after(q).map_or(q.last + 1, |(_, end)| end);
        let stop = (a..(a + dist).min(c_end))
            .find(|&k| matches!(self.tok(k), "," | ";" | "(" | ")" | "."))
            .unwrap_or((a + dist).min(c_end));
        self.hits
            .within(a, stop)
            .iter()
            .find(|h| f(&h.cue))
            .copied()
    }

    /// Whether a word saying "makes up" stands right before rate `q` ("chiếm tới 95%", a
    /// contribution "đóng góp trên 40%", "góp 1%", "thu hút hơn 50%", "với 100%"): what follows the rate
    /// is the whole it is a share of. (A whole that is no metric's, "8% lương", "40% GDP",
    /// says so without one; "giải ngân được 70% vốn đầu tư" measures disbursement, not the
    /// capital after it.)
    fn shares_before(&self, q: &Quantity) -> bool {
        self.share_right_before(q).is_some()
            || (q.first.saturating_sub(4)..q.first).any(|k| {
                // ("rộng hơn 41.000 m2, với 100% vốn đầu tư từ Hàn Quốc": made up of.)
                let verb = self.tok(k) == "gop" && self.text.word_is(k, &["góp"])
                    || self.tok(k) == "hut" && self.text.word_is(k.wrapping_sub(1), &["thu"])
                    || self.text.word_is(k, &["với"])
                        && !self.text.word_is(k.wrapping_sub(1), &["so", "đối", "cùng"]);
                verb && self.adjacent(k + 1, q)
            })
            || self.continues_shares(q)
    }

    /// Whether a verb right before rate `q` (past a hedge or "có") acts on the things the rate
    /// counts: a rise or fall ("cắt giảm 10% lao động"), or using, hiring or giving work to
    /// them ("sử dụng 60% lao động", "giải quyết việc làm cho 35% lao động"). The rate is then
    /// a share of the whole, not the part that meets a condition.
    fn acted_on(&self, q: &Quantity) -> bool {
        let mut k = q.first;
        while k > 0
            && (self.covered(k - 1, 3, |c| matches!(c, Cue::Approx(_)))
                || self.text.word_is(k - 1, &["có", "tới", "đến"]))
        {
            k -= 1;
        }
        k > 0
            && (self.text.word_is(k - 1, &["cho", "dụng", "tuyển", "thuê"])
                || self.hits.within(k.saturating_sub(4), k).iter().any(|h| {
                    h.end() == k
                        && matches!(
                            h.cue,
                            Cue::Measure(MeasureCue::Rise | MeasureCue::Fall | MeasureCue::Share)
                        )
                }))
    }

    /// Whether percent `q` goes on a list of shares after a comma or "và": "đóng góp khoảng 65%
    /// về việc làm, 30-40% giá trị xuất khẩu".
    fn continues_shares(&self, q: &Quantity) -> bool {
        let Some(i) = self.q_at[q.first].map(|j| j as usize).filter(|&i| i > 0) else {
            return false;
        };
        let p = &self.qs[i - 1];
        let mut k = q.first;
        while k > p.unit_end && self.covered(k - 1, 3, |c| matches!(c, Cue::Approx(_))) {
            k -= 1;
        }
        p.unit == Unit::Percent
            && q.unit == Unit::Percent
            && k > p.unit_end
            && k - p.unit_end <= 8
            && matches!(self.tok(k - 1), "," | "va")
            && !(p.unit_end..k).any(|j| self.tok(j) == ";")
            // (Last: it recurs to an earlier quantity.)
            && self.shares_before(p)
    }

    /// Whether only hedges and fillers stand between token `end` and the quantity.
    fn adjacent(&self, end: usize, q: &Quantity) -> bool {
        // "tăng trung bình 12%", "tăng bình quân 8%/năm": an average between.
        let average = |a: &str, b: &str| matches!((a, b), ("binh", "quan") | ("trung", "binh"));
        // "tăng mạnh nhất 613%", "mức giảm cao nhất tới 210 triệu đồng": the most (or least)
        // of several.
        let most = |a: &str, b: &str| {
            matches!(
                a,
                "manh" | "nhanh" | "cao" | "thap" | "nhieu" | "sau" | "nhe"
            ) && b == "nhat"
        };
        (end..q.first).all(|k| {
            let t = self.tok(k);
            average(t, self.tok(k + 1))
                || average(self.tok(k.wrapping_sub(1)), t)
                || most(t, self.tok(k + 1))
                || most(self.tok(k.wrapping_sub(1)), t)
                || FILLERS.contains(&t)
                || matches!(t, "them" | "voi" | "vao")
                // "giảm giá tới 210 triệu đồng", "tăng giá 5%": the price, right after the word.
                || k == end && self.text.word_is(k, &["giá"])
                // Hedges, and "lần lượt" / "tương ứng" ("tăng lần lượt 10% và 12%").
                || self.covered(k, 3, |c| {
                    matches!(c, Cue::Approx(_) | Cue::Measure(MeasureCue::Respectively))
                })
        })
    }

    /// Whether token `k` lies inside a hit of a cue `f` accepts that starts at most `reach`
    /// tokens before it.
    fn covered(&self, k: usize, reach: usize, f: impl Fn(&Cue) -> bool) -> bool {
        self.hits
            .within(k.saturating_sub(reach), k + 1)
            .iter()
            .any(|h| f(&h.cue) && h.start as usize <= k && k < h.end())
    }

    /// Whether tokens `a..b` say a thing is new or just added: "vừa", "mới", "thêm".
    fn newly_said(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.text.word_is(k, &["vừa", "mới", "thêm"]))
    }

    /// Whether a demonstrative that points back to things named before starts at token `k`,
    /// right after a count: "này", "đó", "nói trên", "kể trên", "nêu trên", or "trên" before a
    /// verb or a mark ("2 KCN trên đã ...", "2 KCN trên."; not "2 KCN trên địa bàn", nor "trên
    /// 500 ha", over).
    fn points_back(&self, k: usize) -> bool {
        self.text.word_is(k, &["này", "đó"])
            || self.text.word_is(k, &["nói", "kể", "nêu"]) && self.text.word_is(k + 1, &["trên"])
            || self.text.word_is(k, &["trên"])
                && (self
                    .text
                    .tokens
                    .get(k + 1)
                    .is_none_or(|t| t.kind == TokKind::Punct)
                    || self.text.word_is(
                        k + 1,
                        &[
                            "đã", "sẽ", "đều", "có", "được", "là", "đang", "hiện", "cũng", "với",
                            "tăng", "giảm", "bằng", "đạt", "cao", "thấp", "gấp",
                        ],
                    ))
    }

    fn is_target(&self, q: &Quantity) -> bool {
        let (s0, s1) = self.sentence(q.first);
        let c0 = self.clause_start[q.first];
        let neutral: Vec<Hit> = self
            .hits
            .within(s0, s1)
            .iter()
            .filter(|h| h.cue == Cue::Measure(MeasureCue::Neutral))
            .copied()
            .collect();
        let is_neutral = |h: &Hit| {
            neutral
                .iter()
                .any(|n| n.start <= h.start && h.end() <= n.end())
        };
        // "trị giá 6,7 tỷ USD": an attribute of something named, a fact whatever the verb.
        if q.first >= 2 && self.tok(q.first - 2) == "tri" && self.tok(q.first - 1) == "gia" {
            return false;
        }
        // Things pointed back to ("hai khu công nghiệp này", "2 KCN nói trên") are there
        // already, whatever is planned for them: "giao cho doanh nghiệp đang khai thác hai khu
        // công nghiệp này đầu tư nhà ở".
        if q.unit == Unit::Count && self.points_back(q.last + 1) {
            return false;
        }
        // "(13,4 tỷ USD)" after a name: a figure quoted for comparison, not the goal.
        let in_group = self.group[q.first].filter(|&(o, _)| o > 0 && self.capitalised_word(o - 1));
        // "Từ đỉnh Sơn Trà có thể quan sát ... UBND TP cho biết ... đã phê duyệt 25 dự án": what
        // a source says ("cho biết", "cho hay") is no part of the goal before it.
        let reported_after = |h: &Hit| {
            (h.end()..q.first)
                .any(|k| self.tok(k) == "cho" && matches!(self.tok(k + 1), "biet" | "hay"))
        };
        // "Mục tiêu ... đạt 60% vào năm 2010, nhưng đến nay mới đạt khoảng 7-10%": what follows
        // "nhưng" or "tuy nhiên" sets a result against the goal.
        let contrast_after = |h: &Hit| {
            (h.end()..q.first).any(|k| {
                self.text.word_is(k, &["nhưng"])
                    || (self.tok(k) == "tuy" && self.tok(k + 1) == "nhien")
            })
        };
        // The time that opens a part past the comma at token `c`.
        let opening_time = |c: usize| {
            self.periods_in(c + 1, q.first)
                .first()
                .filter(|p| p.first == c + 1 && !p.comparison)
        };
        // "dự kiến tạo việc làm cho 4.000 lao động, hiện đã tuyển dụng được 1.500 lao động": the
        // figure's own part past a comma, opening with what is done ("đã", "đến nay", "hiện"),
        // ends the goal. (Not a "đã" further in, describing something: "tập trung vào các KCN
        // đã có hạ tầng, với tổng vốn 2 tỷ USD"; nor "hiện đại"; nor an aside before the
        // figure's part: "sử dụng 40 ha, hiện nay là đất lúa, và tạo việc làm cho 1.500 người".)
        let done_after = |h: &Hit| {
            let commas = || (h.end()..q.first).filter(|&k| self.tok(k) == ",");
            // A part opening with a time over before the news ends it for all that follows,
            // up to a part opening with another time: "dự kiến nâng công suất ..., năm 2024
            // doanh thu đạt 300 triệu USD, nộp ngân sách 50 tỷ đồng" (in 2025) tells what was;
            // "..., năm 2030 thu hút 1,2 tỷ USD" is a goal again.
            let was = commas()
                .filter_map(opening_time)
                .last()
                .and_then(|p| p.end_date)
                .zip(self.pub_date)
                .is_some_and(|(e, d)| e < d);
            was || commas().last().is_some_and(|c| {
                let own = opening_time(c);
                // (Also past a time that opens it: "..., 4 tháng đầu năm đã thu hút được".)
                let opening = own.map_or(c + 1, |p| p.end);
                // (Or one no date fixes: "4 tháng đầu năm" with no year known.)
                let opening = (opening..q.first)
                    .find(|&k| {
                        self.text.tokens[k].kind != TokKind::Num
                            && !matches!(self.tok(k), "thang" | "dau" | "nam" | "quy")
                    })
                    .unwrap_or(q.first);
                (c + 1..(opening + 3).min(q.first)).any(|k| {
                    self.text.word_is(k, &["đã"])
                            // "..., hiện đạt 65%": now, not in "thực hiện", "hiện đại".
                            || self.text.word_is(k, &["hiện"])
                                && !self.text.word_is(
                                    k.wrapping_sub(1),
                                    &["thực", "xuất", "thể", "phát", "biểu"],
                                )
                                && !self.text.word_is(
                                    k + 1,
                                    &["đại", "trạng", "tượng", "vật", "diện", "thực", "hành"],
                                )
                            || self.any_words_at(
                                k,
                                &[
                                    &["đến", "nay"],
                                    &["thời", "điểm", "này"],
                                ],
                            )
                })
            })
        };
        // A list of a plan's goals split by ";", each item opening on a verb of what is to be
        // done ("phấn đấu thu hút 40 dự án mới; cho thuê 120 ha đất; nâng tỷ lệ lấp đầy lên
        // 80%", "hình thành thêm 3 KCN mới"), a rate to reach ("tỷ lệ lấp đầy đạt trên 70%")
        // or a horizon ("đến năm 2025 có 11 KCN"), is one clause for the plan's word. (Not
        // items that open on another noun, "quý II đạt 6,4%; quý III đạt 6,7%", which a
        // forecast's "dự báo" lists, nor a change.)
        // (Not the figure's own item where it tells a result: "; tỷ lệ lấp đầy hiện đạt 70%", "; tỷ
        // lệ lấp đầy năm 2024 đạt 65%" in 2025; nor "từ 70% hiện nay nâng lên 80%", the level now.
        // Items between pass on the goal.)
        let own_result = || {
            self.a_result_between(c0, q.first)
                || self.any_words_at(q.unit_end, &[&["hiện", "nay"], &["hiện", "tại"]])
        };
        let mut from = c0;
        for _ in 0..4 {
            let opens_on_a_verb = from > s0
                && self.tok(from - 1) == ";"
                && (self.text.word_is(
                    from,
                    &[
                        "cho", "thu", "nâng", "giải", "tạo", "hoàn", "xây", "cấp", "phát", "thực",
                        "đưa", "giữ", "duy", "đảm", "thành", "đào", "hình", "mở", "kêu", "lấp",
                    ],
                ) || self.any_words_at(from, &[&["tỷ", "lệ"], &["tỉ", "lệ"]])
                    || self.periods_in(from, from + 2).iter().any(|p| p.horizon));
            if !opens_on_a_verb || from == c0 && own_result() {
                break;
            }
            from = self.clause_start[from - 1];
        }
        // (Past the figure's own clause, only a plan's word: "phấn đấu", "mục tiêu", "chỉ
        // tiêu", "kế hoạch".)
        let planned = |h: &Hit| {
            h.start as usize >= c0
                || self
                    .text
                    .word_is(h.start as usize, &["phấn", "mục", "chỉ", "kế"])
        };
        let before = self
            .cues_before(from, q.first, q.first, |c| {
                *c == Cue::Measure(MeasureCue::Target) || *c == Cue::Measure(MeasureCue::Hiring)
            })
            .into_iter()
            .filter(|h| planned(h))
            .any(|h| {
                if h.cue == Cue::Measure(MeasureCue::Hiring) {
                    // Workers still to hire, up to those already there: "cần tuyển 500 lao
                    // động, đến nay đã tuyển được 300 lao động".
                    return q.counts(Metric::Workers)
                        && q.first - h.end() <= GOAL_REACH
                        && (h.end()..q.first)
                            .all(|k| !self.text.word_is(k, &["đã", "hiện", "được"]));
                }
                !is_neutral(&h)
                    && q.first.saturating_sub(self.reach_of_goal(h.end(), q.first)) <= GOAL_REACH
                    && (in_group.is_none() || self.group[h.start as usize] == in_group)
                    && !reported_after(&h)
                    && !contrast_after(&h)
                    && !done_after(&h)
            });
        if before {
            return true;
        }
        // A plan as the clause's subject, then what it is: "Kế hoạch năm 2025 về nộp ngân sách
        // là 4.200 tỷ đồng", "Chỉ tiêu ... là doanh thu 4.688 tỷ đồng, lợi nhuận 323 tỷ đồng".
        // (Not a result set against it: "Kế hoạch năm 2025 đã thực hiện được 80%, là 4.200 tỷ
        // đồng", "Chỉ tiêu năm 2025 là 1 tỷ USD, nhưng các KCN mới thu hút 380 triệu USD", "...,
        // đến nay các KCN thu hút 600 triệu USD".)
        if self.any_words_at(c0, PLAN_SUBJECTS)
            && (c0 + 2..q.first).any(|k| self.text.word_is(k, &["là"]))
            && !(c0 + 2..q.first).any(|k| {
                self.tok(k) == ";"
                    || self.text.word_is(
                        k,
                        &[
                            "đạt", "đã", "được", "bằng", "vượt", "hoàn", "thực", "nhưng", "tuy",
                            "hiện",
                        ],
                    )
                    || self.words_at(k, &["đến", "nay"])
            })
        {
            return true;
        }
        // Workers wanted, "cần" right before them: "Cửa hàng đang cần 4 lao động", "còn cần
        // thêm 2.000 công nhân".
        let j = self.hedge_start(q.first);
        // (Not a staffing, "chỉ cần 4 công nhân vận hành".)
        if q.counts(Metric::Workers)
            && j >= 1
            && (self.text.word_is(j - 1, &["cần"])
                && !self.text.word_is(j.wrapping_sub(2), &["chỉ"])
                || j >= 2 && self.words_at(j - 2, &["cần", "thêm"]))
        {
            return true;
        }
        // "4 dự án Tập đoàn Vingroup sẽ đầu tư": a goal word right after the noun phrase. (An
        // amount there is what a thing already is, "dự án 100 triệu USD của mình sẽ không thể
        // kiếm được lợi nhuận", unless it is what will be done: "1.600 tỉ USD sẽ được đầu tư".)
        let a = q.unit_end;
        let after = self
            .hits
            .within(a, (a + 4).min(self.clause_end[q.first]))
            .iter()
            .any(|h| {
                h.cue == Cue::Measure(MeasureCue::Target)
                    && !is_neutral(h)
                    // ("20 dự án dự kiến thu hút 5.000 lao động": the projects are counted,
                    // what they are to bring is the forecast.)
                    && !(self.text.word_is(h.start as usize, &["dự"])
                        && self.text.word_is(h.start as usize + 2, &["thu"]))
                    && (a..h.start as usize).all(|k| self.is_word(k))
                    && (q.unit == Unit::Count || self.text.word_is(h.end(), &["được"]))
            });
        if after {
            return true;
        }
        // A plan horizon before it in the clause ("quy mô đến năm 2030 hơn 7.437 ha").
        if self
            .periods_in(c0, q.first)
            .iter()
            .any(|p| p.horizon && p.end <= q.first && !self.hidden(p.first, q.first))
        {
            return true;
        }
        // Zones or land a place plans, to a horizon in its sentence, a year to come: "Hưng Yên
        // quy hoạch 31 KCN với khoảng 9.000 ha, còn Hải Dương quy hoạch 24 KCN với 5.900 ha đến
        // năm 2030" (not what is planned now, "có 14 KCN được quy hoạch", nor "theo quy
        // hoạch").
        let now = self.pub_date.map(|d| d.year()).or(self.ref_year);
        // (Nor a plan made already, "đã quy hoạch 15 KCN", "phê duyệt bổ sung quy hoạch 3 KCN".)
        let planned_by = (q.first.saturating_sub(8).max(s0)..q.first)
            .rev()
            .find(|&k| {
                self.words_at(k, &["quy", "hoạch"])
                    && !self.text.word_is(
                        k.wrapping_sub(1),
                        &["theo", "đất", "duyệt", "chỉnh", "được", "của", "trong"],
                    )
                    && !(k.saturating_sub(3)..k)
                        .any(|j| self.text.word_is(j, &["đã", "sung", "duyệt", "vừa"]))
            });
        // (Its horizon past a comma only through another place's plan: "..., còn Hải Dương quy
        // hoạch 24 KCN ... đến năm 2030"; not "..., phấn đấu đến năm 2030 lấp đầy 100%".)
        let through = |a: usize, b: usize| {
            (a..b).all(|j| {
                self.tok(j) != ";"
                    && (self.tok(j) != ","
                        || (j + 1..(j + 6).min(b)).any(|i| self.words_at(i, &["quy", "hoạch"])))
            })
        };
        if let Some(k) = planned_by
            && (q.counts(Metric::Zones) || q.unit == Unit::Ha)
            && (k + 2..q.first).all(|j| !matches!(self.tok(j), "," | ";" | "(" | ")"))
            && self.periods_in(k + 2, s1).iter().any(|p| {
                (p.horizon || p.end_date.zip(now).is_some_and(|(e, y)| e.year() > y))
                    && through(k + 2, p.first)
            })
        {
            return true;
        }
        // What a project is expected to bring once done: "Doanh thu dự kiến của dự án sau khi
        // hoàn thành khoảng 2 tỷ USD/năm, tạo việc làm cho 8.000 lao động". (Not what it
        // brought: "Sau khi đi vào hoạt động, nhà máy (đã) thua lỗ hơn 1.400 tỷ đồng".)
        let once_done = (s0..q.first).any(|k| {
            self.words_at(k, &["sau", "khi"])
                && self.any_words_at(
                    k + 2,
                    &[
                        &["hoàn", "thành"],
                        &["đi", "vào"],
                        &["đưa", "vào"],
                        &["hoạt", "động"],
                        &["vận", "hành"],
                    ],
                )
        });
        // ("dự kiến" before the figure: "nhà máy với tổng vốn đầu tư 300 triệu USD dự kiến tạo
        // việc làm ..." leaves the capital a fact.)
        if once_done
            && (s0..q.first).any(|k| self.words_at(k, &["dự", "kiến"]))
            && !(s0..s1).any(|k| self.text.word_is(k, &["đã", "được", "vừa", "qua"]))
            && self.periods_in(s0, s1).is_empty()
        {
            return true;
        }
        // What a plan opening the sentence says there will be by its horizon: "Theo quy hoạch
        // đến năm 2020 trên địa bàn Nghệ An có 50 CCN" (a year after the one reported on). Not
        // what is set against it or what is there now: "thế nhưng, hiện nay Đắk Lắk đã có gần
        // 28.000 ha", "trong đó 8 KCN đang hoạt động".
        if self.tok(s0) == "theo"
            && self.periods_in(s0, (s0 + 8).min(q.first)).iter().any(|p| {
                p.plan
                    && p.end <= q.first
                    && !(p.end..q.first).any(|k| {
                        self.text
                            .word_is(k, &["nhưng", "hiện", "nay", "đã", "đang"])
                            || self.words_at(k, &["trong", "đó"])
                    })
                    && p.end_date
                        .zip(self.pub_date.map(|d| d.year()).or(self.ref_year))
                        .is_some_and(|(d, y)| d.year() > y)
            })
        {
            return true;
        }
        // "Vingroup sẽ khởi công 4 dự án. Với tổng mức đầu tư ...": a fragment starting with
        // "Với" continues the sentence before it.
        let si = self.text.sentence_of(q.first);
        let fragment = self.tok(s0) == "voi" && c0 == s0 && !(s0..s1).any(|k| self.tok(k) == ",");
        if si > 0 && fragment {
            let prev = self.text.sentences[si - 1];
            return self.text.sentences[si].paragraph == prev.paragraph
                && self
                    .hits
                    .within(prev.first, prev.end)
                    .iter()
                    .any(|h| h.cue == Cue::Measure(MeasureCue::Target) && !is_neutral(h));
        }
        false
    }

    /// Whether workers `q` are the jobs a project not yet running is to create: "tạo việc làm
    /// cho N lao động" (or "giải quyết việc làm cho") in a sentence that says it is expected or
    /// still studied ("Nhà máy dự kiến hoàn thành, đi vào vận hành từ quý II/2026, tạo việc làm
    /// cho 500 - 700 lao động", "đang nghiên cứu đầu tư ... với tổng vốn dự kiến 300 - 400 triệu
    /// USD, tạo việc làm cho khoảng 8.000 lao động"), or that tells of a ceremony breaking
    /// ground, in it or in the sentence before ("lễ động thổ"). Not jobs made ("đã tạo việc làm
    /// cho"), nor those of a project said to run already after the cue ("được khởi công năm
    /// 2020, đi vào hoạt động năm 2022", "hiện nay", "đến nay").
    fn jobs_ahead(&self, q: &Quantity) -> bool {
        let j = self.hedge_start(q.first);
        if !q.counts(Metric::Workers) || j < 4 || !self.words_at(j - 3, &["việc", "làm", "cho"])
        {
            return false;
        }
        let verb = if self.text.word_is(j - 4, &["tạo"]) {
            j - 4
        } else if self.words_at(j.saturating_sub(5), &["tạo", "ra"])
            || self.words_at(j.saturating_sub(5), &["giải", "quyết"])
        {
            j - 5
        } else {
            return false;
        };
        if (verb.saturating_sub(3)..verb)
            .any(|k| self.text.word_is(k, &["đã", "hiện", "đang", "vừa", "từng"]))
        {
            return false;
        }
        let (s0, _) = self.sentence(q.first);
        let si = self.text.sentence_of(q.first);
        let from = si.checked_sub(1).map_or(s0, |p| {
            self.text.sentences[p].first.max(s0.saturating_sub(WINDOW))
        });
        // The cue, and nothing after it that tells the project runs already: "hiện", "đến
        // nay", "đã", "đang" (not "hiện đại", "hiện hữu"), or a time over before the news
        // ("được khởi công năm 2020, đi vào hoạt động năm 2022").
        // (Not "khi đã hoàn thành", "sáng nay", nor the ceremony's own day earlier in the year;
        // a year over, "Sau lễ khởi công năm 2019", or a time over right after running, "đi vào
        // hoạt động năm 2022".)
        let running = |a: usize| {
            (a..verb).any(|k| {
                self.text.word_is(k, &["đã", "đang"])
                    && !self.text.word_is(k.wrapping_sub(1), &["khi"])
                    || self.words_at(k, &["đến", "nay"])
                    || self.text.word_is(k, &["hiện"])
                        && !self.text.word_is(k + 1, &["đại", "hữu", "thực"])
                        && !self
                            .text
                            .word_is(k.wrapping_sub(1), &["thực", "xuất", "thể", "phát"])
            }) || self.periods_in(a, verb).iter().any(|p| {
                p.end_date.zip(self.pub_date).is_some_and(|(e, d)| {
                    e.year() < d.year()
                        || e < d
                            && (p.first.saturating_sub(3)..p.first).any(|k| {
                                self.words_at(k, &["hoạt", "động"])
                                    || self.words_at(k, &["vận", "hành"])
                            })
                })
            })
        };
        // (Not the capital a project is sized by, "tổng vốn (đầu tư) dự kiến 500 triệu USD";
        // "Nhà đầu tư dự kiến" is.)
        let sized = |k: usize| {
            self.text.word_is(k.wrapping_sub(1), &["vốn"])
                || self.words_at(k.wrapping_sub(3), &["vốn", "đầu", "tư"])
        };
        // (In its own ";" clause: not "công ty sẽ mở rộng sản xuất; nhà máy tạo việc làm cho".)
        let expected = (self.clause_start[q.first].max(s0)..verb).rev().find(|&k| {
            self.words_at(k, &["dự", "kiến"]) && !sized(k)
                || self.text.word_is(k, &["sẽ"])
                || self.words_at(k, &["nghiên", "cứu", "đầu", "tư"])
        });
        // (A ceremony's: "lễ khởi công", "lễ động thổ".)
        let broken_ground = (from..verb).rev().find(|&k| {
            self.text.word_is(k, &["lễ"])
                && (self.words_at(k + 1, &["khởi", "công"])
                    || self.words_at(k + 1, &["động", "thổ"]))
        });
        expected.or(broken_ground).is_some_and(|k| !running(k))
    }

    /// Whether `q` is what a project is forecast to bring: in a sentence opening on "Dự kiến"
    /// ("Dự kiến doanh thu đạt 400 tỷ đồng/năm, ... và giải quyết việc làm cho 1.200 lao
    /// động", "Dự kiến trong năm, các KCN thu hút thêm 10 dự án"), up to a ";", a bracket with
    /// a figure or what is done, or right after "dự kiến" that follows its metric's noun
    /// ("doanh thu dự kiến 150 triệu USD/năm"). Not the capital or land a plan is sized by
    /// ("tổng vốn đầu tư dự kiến 3.956,8 tỷ đồng" is the project's capital), nor a figure of
    /// no metric ("giá dự kiến 15,9 triệu đồng").
    fn forecast(&self, q: &Quantity, metric: Metric) -> bool {
        // (Nor things pointed back to, there already: "Dự kiến 3 dự án nói trên sẽ hoàn thành".)
        if matches!(
            metric,
            Metric::RegisteredCapital | Metric::LandArea | Metric::Other
        ) || q.unit == Unit::Count && self.points_back(q.last + 1)
        {
            return false;
        }
        // (The sentence's own start: `sentence` clips a long one to the window.)
        let s0 = self.text.sentences[self.text.sentence_of(q.first)].first;
        let opens = self.words_at(s0, &["dự", "kiến"])
            && q.first - s0 <= WINDOW
            && q.first.saturating_sub(self.reach_of_goal(s0 + 2, q.first)) <= GOAL_REACH
            && !(s0 + 2..q.first).any(|k| {
                // (A bracket that holds a figure, not a name's abbreviation, "(SGI)".)
                self.tok(k) == ";"
                    || self.tok(k) == "("
                        && (k + 1..(k + 8).min(q.first))
                            .take_while(|&j| self.tok(j) != ")")
                            .any(|j| self.is_num(j))
                    || self.text.word_is(k, &["đã", "nhưng"])
                    || self.any_words_at(k, &[&["hiện", "nay"], &["đến", "nay"]])
            });
        let j = self.hedge_start(q.first);
        let after_noun = j >= 3
            && self.words_at(j - 2, &["dự", "kiến"])
            && !is_investment(metric)
            && self
                .hits
                .within(j.saturating_sub(6), j - 2)
                .iter()
                .any(|h| h.end() == j - 2 && matches!(h.cue, Cue::Metric { .. }));
        opens || after_noun
    }

    /// Whether a fall word stands right before `q` ("phấn đấu giảm 5%", "có thể đạt 665 triệu
    /// USD, giảm 13%"): a goal or forecast that is a fall is negative, like the change it is.
    fn fall_right_before(&self, q: &Quantity) -> bool {
        self.near_before(q, 3, |c| *c == Cue::Measure(MeasureCue::Fall))
            .is_some_and(|h| self.adjacent(h.end(), q))
    }

    /// Whether "giá" (price) stands right before amount `q`, past a hedge ("với giá chỉ hơn 10
    /// triệu đồng", "có giá từ 100 triệu đồng"), and not as "giá trị" or "trị giá" (value).
    fn price_right_before(&self, q: &Quantity) -> bool {
        let mut k = q.first.wrapping_sub(1);
        for _ in 0..3 {
            if !self.text.word_is(
                k,
                &[
                    "từ", "khoảng", "hơn", "gần", "chỉ", "là", "trên", "dưới", "lên", "tới", "đến",
                    "tầm", "ước", "chừng",
                ],
            ) {
                break;
            }
            k = k.wrapping_sub(1);
        }
        self.text.word_is(k, &["giá"]) && self.tok(k.wrapping_sub(1)) != "tri"
    }

    /// A share word right before `q` ("chiếm 56%", "chiếm tỷ trọng 27%").
    fn share_right_before(&self, q: &Quantity) -> Option<Hit> {
        self.near_before(q, 4, |c| *c == Cue::Measure(MeasureCue::Share))
            .filter(|h| self.adjacent(h.end(), q))
    }

    fn measure(&self, qi: usize, metric: Metric) -> (Measure, bool) {
        let q = &self.qs[qi];
        let m = |c: MeasureCue| move |x: &Cue| *x == Cue::Measure(c);
        if q.unit == Unit::Times {
            return (Measure::Multiplier, false);
        }
        if q.unit == Unit::Percent {
            if q.points {
                let fall = self.near_before(q, 3, m(MeasureCue::Fall)).is_some();
                return (Measure::ChangeAbs, fall);
            }
            // Plans: "đạt 100% kế hoạch", "bằng 47,41% so với kế hoạch", "vượt 39% kế hoạch",
            // "vượt kế hoạch 13,9%"; not "đạt 6,7% như kế hoạch đề ra", which meets the plan.
            let after = q.last + 1;
            let compared = self
                .hits
                .at(after)
                .iter()
                .find(|h| h.cue == Cue::Measure(MeasureCue::Compare))
                .map_or(0, |h| h.len as usize);
            let plan_after = self
                .near_after(q, 2 + compared, m(MeasureCue::Plan))
                .filter(|_| !matches!(self.tok(after), "nhu" | "theo"));
            // "hoàn thành 48% mục tiêu lợi nhuận": the goal right after it is the plan. (Before
            // it, "vượt mục tiêu cả năm 18%" names the goal itself.)
            let plan_after = plan_after.or_else(|| {
                self.near_after(q, 1, m(MeasureCue::Target))
                    .filter(|_| self.tok(after) == "muc" && self.tok(after + 1) == "tieu")
            });
            // A plan or an excess written before an earlier figure is that figure's: in "vượt
            // 20,72% so với kế hoạch và tăng 26,58% so với ... cùng kỳ" the second is a change.
            // (Not one that `q` restates: "vượt kế hoạch 120 tỷ đồng, tương đương 13,9%".)
            let prev_end = qi
                .checked_sub(1)
                .filter(|_| self.restated(qi).is_none())
                .map_or(0, |p| self.qs[p].last + 1);
            let after_prev = |h: &Hit| h.start as usize >= prev_end;
            let plan_before = self
                .near_before(q, 10, m(MeasureCue::Plan))
                .filter(after_prev);
            // "So với kế hoạch năm, vốn FDI đạt 106,7%": the plan compared with in a phrase
            // that opens the sentence (past a time: "Năm 2023, so với kế hoạch, ..."), set off by
            // a comma right after it, is the one its first figure reaches, as a plan after it.
            // (Not "vượt 26% so với kế hoạch và bằng 108% so năm 2015", the earlier figure's;
            // not "sớm so với kế hoạch, doanh thu tăng 25%", which opens nothing; not a figure
            // compared with something else right after it, "tăng 20% so với cùng kỳ"; not a
            // rate's own level.)
            let (s0, _) = self.sentence(q.first);
            let first_in_sentence = qi == 0 || self.qs[qi - 1].last < s0;
            let opens = |a: usize| {
                let dated = self.periods_in(s0, a);
                (s0..a)
                    .all(|k| self.tok(k) == "," || dated.iter().any(|p| p.first <= k && k < p.end))
            };
            let set_off = |b: usize| (b..(b + 5).min(q.first)).any(|k| self.tok(k) == ",");
            let compared_after = self
                .hits
                .within(q.unit_end, (q.unit_end + 3).min(self.clause_end[q.first]))
                .iter()
                .any(|h| h.cue == Cue::Measure(MeasureCue::Compare));
            let compared_plan = plan_before.filter(|h| {
                let s = h.start as usize;
                first_in_sentence
                    && !compared_after
                    && metric != Metric::OccupancyRate
                    && set_off(h.end())
                    && self.hits.within(s.saturating_sub(3), s).iter().any(|c| {
                        c.cue == Cue::Measure(MeasureCue::Compare)
                            && c.end() == s
                            && opens(c.start as usize)
                    })
            });
            let plan_after = plan_after.or(compared_plan);
            // "chiếm tỷ trọng 27% tổng dự toán thu": a share of the plan, not its completion. A
            // stake held is a share too ("nắm 67%"), though not of the whole named after it
            // ("nắm giữ 99% vốn điều lệ" is no registered capital). (Not a stake added to,
            // "nâng tỉ lệ nắm giữ thêm 0,41%".)
            let share = self.share_right_before(q).or_else(|| {
                self.near_before(q, 3, m(MeasureCue::Hold)).filter(|h| {
                    self.adjacent(h.end(), q) && !(h.end()..q.first).any(|k| self.tok(k) == "them")
                })
            });
            if share.is_none() && (plan_after.is_some() || plan_before.is_some()) {
                // (Not where what the plan was exceeded by is then given as reached: "vượt kế
                // hoạch, đạt 108%" is 108% of the plan; "..., đạt 108% so với cùng kỳ" is of
                // the year before.)
                let reached_after = |h: &Hit| {
                    q.value >= 100.0
                        && (plan_after.is_some() || !compared_after)
                        && (h.end()..q.first)
                            .any(|k| q.first - k <= 2 && self.text.word_is(k, &["đạt"]))
                };
                let exceed = self
                    .near_before(q, 10, m(MeasureCue::Exceed))
                    .filter(after_prev);
                if exceed.is_some_and(|h| reached_after(&h)) {
                    return (Measure::PlanPct, false);
                }
                // "tăng 11,2% kế hoạch" above the plan; "giảm 43% so với kế hoạch" below it.
                let change = self
                    .near_before(q, 2, rise_or_fall)
                    .filter(|h| self.adjacent(h.end(), q));
                if exceed.is_some() || (plan_after.is_some() && change.is_some()) {
                    let below = exceed.is_none()
                        && change.is_some_and(|h| h.cue == Cue::Measure(MeasureCue::Fall));
                    return (Measure::PlanExcessPct, below);
                }
                if plan_after.is_some() {
                    return (Measure::PlanPct, false);
                }
            }
            if self.is_target(q) || self.forecast(q, metric) {
                return (Measure::Target, self.fall_right_before(q));
            }
            if metric == Metric::OccupancyRate {
                return (Measure::Level, false);
            }
            if let Some(fall) = self.prior_value(q) {
                if self.prior_moved(q) {
                    return (Measure::ChangePct, fall);
                }
                return (Measure::PriorLevel, fall);
            }
            let compare_after = self.near_after(q, 4, |c| {
                matches!(
                    c,
                    Cue::Measure(MeasureCue::Compare) | Cue::Measure(MeasureCue::Prior)
                )
            });
            // (Also with the earlier time right after it: "bằng 120% năm 2022".)
            let compared_time_after = || {
                self.periods_in(q.unit_end, q.unit_end + 1)
                    .first()
                    .is_some_and(|p| p.comparison)
            };
            if let Some(h) = self.near_before(q, 4, m(MeasureCue::Ratio))
                && self.adjacent(h.end(), q)
                && (compare_after.is_some() || compared_time_after())
            {
                return (Measure::RatioToPriorPct, false);
            }
            // "tăng 5%" is a change; "tăng lên mức 29,6%" (rose to) a level.
            if let Some(h) = self.near_before(q, 4, rise_or_fall)
                && self.adjacent(h.end(), q)
                && !self.to_level_between(h, q)
            {
                return (Measure::ChangePct, h.cue == Cue::Measure(MeasureCue::Fall));
            }
            // "tăng lương thêm 7%", "giảm giá thêm 5%": the thing changed named between the
            // rise and "thêm" right before the rate.
            let j = self.hedge_start(q.first);
            if self.text.word_is(j.wrapping_sub(1), &["thêm"])
                && let Some(h) = self.near_before(q, 5, rise_or_fall)
                && (h.end()..j - 1).all(|k| self.is_word(k) && self.q_at[k].is_none())
                && j - 1 - h.end() <= 2
            {
                return (Measure::ChangePct, h.cue == Cue::Measure(MeasureCue::Fall));
            }
            if share.is_some() {
                return (Measure::SharePct, false);
            }
            let negative = self.written_negative(q);
            if self.near_before(q, 30, m(MeasureCue::GrowthRate)).is_some() {
                return (Measure::ChangePct, negative);
            }
            if self.near_before(q, 12, m(MeasureCue::Share)).is_some() {
                return (Measure::SharePct, false);
            }
            // "100% dịch vụ công", "44,36% giá trị sản xuất", "83% số người được hỏi", "40%
            // thị phần", "99% trong số đó", "70,79% vốn điều lệ": a percent of something.
            let a = q.last + 1;
            let of_a_whole = match (self.tok(a), self.tok(a + 1)) {
                ("cac" | "tong" | "von" | "nguon", _) => true,
                // "số", not "so với".
                ("so", _) => self.text.word_is(a, &["số"]),
                ("thi", "phan") | ("gia", "tri") => true,
                ("trong", "so" | "do" | "tong") => true,
                // "bằng khoảng 21% của cả vùng", "bằng 8% của toàn tỉnh": of the whole.
                ("cua", "ca" | "toan") => self.text.word_is(a + 1, &["cả", "toàn"]),
                // "25% cổ phần", "86,97% đại biểu tán thành".
                ("co", "phan" | "phieu") => self.text.word_is(a, &["cổ"]),
                ("dai", "bieu") => true,
                // Of the people asked or counted: "78% ý kiến tán thành", "48% chuyên gia dự
                // đoán", "83% người dân", "55% nhà đầu tư tin tưởng", "90% cử tri".
                ("y", "kien") | ("chuyen", "gia") | ("cu", "tri") | ("thi", "sinh") => true,
                // Of a group of people: "63,6% phụ nữ tuổi sinh đẻ bị thiếu kẽm", "40% học sinh",
                // "70% khách hàng".
                ("phu", "nu")
                | ("tre", "em")
                | ("hoc", "sinh")
                | ("sinh", "vien")
                | ("benh", "nhan")
                | ("khach", "hang")
                | ("nong", "dan")
                | ("dan", "so") => self.text.word_is(
                    a,
                    &["phụ", "trẻ", "học", "sinh", "bệnh", "khách", "nông", "dân"],
                ),
                ("nha", "dau") => self.tok(a + 2) == "tu",
                ("nguoi", _) => self.text.word_is(a, &["người"]),
                _ => false,
            };
            if self
                .text
                .tokens
                .get(a)
                .is_some_and(|t| t.kind == TokKind::Word && !t.newline_before)
                && (of_a_whole
                    || self
                        .hits
                        .at(a)
                        .iter()
                        // "80% FDI ở Việt Nam": of the foreign investment.
                        .any(|h| {
                            matches!(
                                h.cue,
                                Cue::Metric { .. } | Cue::Entity(_) | Cue::Investor(_)
                            )
                        }))
            {
                return (Measure::SharePct, false);
            }
            // "54% (51/94)", "5/21 (24%)": a percent written with the fraction it reduces is
            // the share of a whole.
            if self.with_its_fraction(q) {
                return (Measure::SharePct, false);
            }
            // "20 tỷ đồng, trong đó 40% sang Nhật", "trong đó khoảng 70% là lao động nữ": a part
            // of the whole just named.
            // (Also "trong đó có trên 70% là lao động ngoại tỉnh".)
            let mut k = self.hedge_start(q.first).wrapping_sub(1);
            if self.text.word_is(k, &["có"]) {
                k = k.wrapping_sub(1);
            }
            if self.tok(k) == "," {
                k = k.wrapping_sub(1);
            }
            if self.tok(k) == "do" && self.tok(k.wrapping_sub(1)) == "trong" {
                return (Measure::SharePct, false);
            }
            if self.share_in_words(qi) {
                return (Measure::SharePct, false);
            }
            // "(100,1% cùng kỳ 2015)": in brackets after a figure, the level against the year
            // before.
            if self.tok(q.first.wrapping_sub(1)) == "("
                && self
                    .hits
                    .at(after)
                    .iter()
                    .any(|h| h.cue == Cue::Measure(MeasureCue::Prior))
            {
                return (Measure::RatioToPriorPct, false);
            }
            // A rate written with its sign ("(-1,28%)", "(+43,2%)") is a change; the finder
            // has made a minus one negative.
            if q.value < 0.0 || bracketed_sign(self.text, q.num) == Some('+') {
                return (Measure::ChangePct, false);
            }
            return (Measure::Level, negative);
        }
        // Money, area and counts.
        if let Some(fall) = self.prior_value(q) {
            return (Measure::PriorLevel, fall);
        }
        if let Some(h) = self.near_before(q, 3, m(MeasureCue::Prior))
            && self.adjacent(h.end(), q)
            && self
                .near_before(q, 5, m(MeasureCue::Compare))
                .is_none_or(|c| c.end() < h.end())
        {
            return (Measure::PriorLevel, false);
        }
        if self.is_target(q) || self.forecast(q, metric) || self.jobs_ahead(q) {
            return (Measure::Target, self.fall_right_before(q));
        }
        // "kế hoạch 512 tỷ đồng", "chỉ tiêu lợi nhuận năm 2017 là 66,6 tỷ đồng", "so với kế
        // hoạch 100 tỷ đồng", "vượt 23,3% kế hoạch năm (3 tỷ USD)": the plan's own figure is a
        // goal. Only its metric, year, fillers and a bracket right before it between (not "(đạt
        // 3,2 tỷ USD)", the level reached).
        // (Not "dự toán", an estimate of cost, nor "chi tiêu", spending, folded alike.)
        if let Some(h) = self.near_before(q, 8, m(MeasureCue::Plan))
            && match self.tok(h.start as usize) {
                "ke" | "muc" => true,
                "chi" => self.text.word_is(h.start as usize, &["chỉ"]),
                _ => false,
            }
            && (h.end()..q.first).all(|k| {
                FILLERS.contains(&self.tok(k))
                    || self.tok(k) == "nam"
                    || self.tok(k) == "(" && k + 1 == self.hedge_start(q.first)
                    || self.written_year(k)
                    || self.covered(k, 4, |c| matches!(c, Cue::Metric { .. }))
            })
        {
            return (Measure::Target, false);
        }
        // (Up to four words back, where `adjacent` allows only hedges, ranks, averages and
        // fillers between: "mức giảm cao nhất tới 210 triệu đồng".)
        // (Not a count of the things whose capital was cut: "điều chỉnh giảm vốn 3 dự án".)
        if let Some(h) = self.near_before(q, 4, m(MeasureCue::Fall))
            && self.adjacent(h.end(), q)
            && !(q.entity.is_some() && (h.end()..q.first).any(|k| self.tok(k) == "von"))
        {
            return (Measure::ChangeAbs, true);
        }
        let compare_after = self
            .near_after(q, 3, |c| matches!(c, Cue::Measure(MeasureCue::Compare)))
            .is_some();
        // "doanh thu tăng 3.026 tỷ đồng": a rise right before an amount is a change. A count
        // after it needs a comparison ("điều chỉnh tăng vốn 3 dự án" counts projects), and so
        // does "tăng thêm", which the added-capital rule below reads: after the figure, or
        // before the rise with only words between ("so với cùng kỳ tăng 5.300 lao động").
        let compared_before = |h: Hit| {
            self.near_before(q, 8, m(MeasureCue::Compare))
                .is_some_and(|c| {
                    c.end() <= h.start as usize
                        && (c.end()..h.start as usize)
                            .all(|k| self.is_word(k) && self.q_at[k].is_none())
                })
        };
        // (Or a count of the things a level before it counts, the rise opening its part: "có
        // 46.200 lao động đang làm việc, tăng 1.800 lao động".)
        let after_its_level = |h: Hit| {
            let s0 = self.sentence(q.first).0;
            let r = h.start as usize;
            // (The bare word right before the count: not "tăng vốn 12 dự án", capital raised.)
            q.entity.is_some()
                && h.len == 1
                && h.end() == self.hedge_start(q.first)
                && r > 0
                && self.tok(r - 1) == ","
                && self.qs[..qi]
                    .iter()
                    .rev()
                    .take_while(|p| p.first >= s0)
                    .any(|p| p.entity == q.entity)
        };
        // (Or the rise of what the count counts, named right before it: "Lao động tăng thêm:
        // 2.850 người", "số dự án tăng 5 dự án".)
        let rise_of_its_noun = |h: Hit| {
            let r = h.start as usize;
            r > 0
                && self.covered(
                    r - 1,
                    4,
                    |c| matches!(c, Cue::Metric { metric: m, .. } if *m == metric),
                )
        };
        if let Some(h) = self.near_before(q, 4, m(MeasureCue::Rise))
            && self.adjacent(h.end(), q)
            && (compare_after
                || q.unit != Unit::Count && self.tok(h.end() - 1) != "them"
                || compared_before(h)
                || after_its_level(h)
                || q.unit == Unit::Count && rise_of_its_noun(h))
            && !self.to_level_between(h, q)
        {
            return (Measure::ChangeAbs, false);
        }
        // (Land leased or readied "thêm" by a verb, "các KCN đã cho thuê thêm 45,3 ha", "tạo
        // thêm 100 ha quỹ đất sạch", is the period's own, as "thu hút thêm 39 dự án" is; "tăng
        // thêm 50 ha" is a change.)
        if q.unit != Unit::Count
            && let Some(h) = self.near_before(q, 5, m(MeasureCue::Added))
            && self.adjacent(h.end(), q)
            && !(q.unit == Unit::Ha
                && h.len == 1
                && self.tok(h.start as usize) == "them"
                && self
                    .text
                    .word_is((h.start as usize).wrapping_sub(1), &["thuê", "tạo", "giao"])
                && !(q.unit_end..q.unit_end + 8).any(|k| self.words_at(k, &["so", "với"])))
        {
            // "tổng vốn cấp mới và tăng thêm": new and added together are a level.
            let c0 = self.clause_start[q.first];
            let s0 = self.sentence(q.first).0;
            let adj = self.cues_before(s0, q.first, q.first, m(MeasureCue::Adjusted));
            let from = adj.first().map(|a| a.end()).unwrap_or(c0);
            let new_since = !self
                .cues_before(from, q.first, q.first, m(MeasureCue::New))
                .is_empty();
            if !new_since {
                return (Measure::ChangeAbs, false);
            }
        }
        if metric == Metric::RegisteredCapital && self.added_by_adjustments(qi) {
            return (Measure::ChangeAbs, false);
        }
        (Measure::Level, self.written_negative(q))
    }

    /// Whether amount `qi` is the capital that adjustments added: named so ("vốn điều chỉnh
    /// 1,14 tỷ USD", "970 triệu USD vốn tăng thêm"), or joined by "với" to the count of
    /// adjustments of capital right before it ("điều chỉnh tăng vốn 17 lượt với 266 triệu USD",
    /// "27 dự án điều chỉnh vốn với 851,9 triệu USD"; not "điều chỉnh quy hoạch"). Not where
    /// its clause counts new projects too: "24 dự án FDI mới và 21 lượt tăng vốn đầu tư với
    /// tổng vốn đăng ký 930,49 triệu USD" (seed_001) sums the new and the added.
    fn added_by_adjustments(&self, qi: usize) -> bool {
        let q = &self.qs[qi];
        if !q.unit.is_money() {
            return false;
        }
        let mut k = self.hedge_start(q.first);
        while k > 0 && self.text.word_is(k - 1, &["là", "đạt"]) {
            k -= 1;
        }
        let adjusted = |c: &Cue| *c == Cue::Measure(MeasureCue::Adjusted);
        let c0 = self.clause_start[q.first];
        let named = k >= 3 && self.words_at(k - 3, &["vốn", "điều", "chỉnh"])
            || self.any_words_at(
                q.unit_end,
                &[&["vốn", "tăng", "thêm"], &["vốn", "điều", "chỉnh"]],
            );
        let joined = || {
            let Some(p) = qi.checked_sub(1).map(|p| &self.qs[p]) else {
                return false;
            };
            let mut j = k;
            while j > p.unit_end && self.text.word_is(j - 1, &["tổng", "số", "vốn"]) {
                j -= 1;
            }
            p.first >= c0
                && matches!(
                    p.entity,
                    Some((Entity::Project | Entity::CapitalIncrease, _))
                )
                && j > p.unit_end
                && self.text.word_is(j - 1, &["với"])
                && (p.unit_end..j - 1).all(|t| self.is_word(t))
                && (matches!(p.entity, Some((Entity::CapitalIncrease, _)))
                    || self
                        .cues_before(
                            c0.max(p.first.saturating_sub(8)),
                            q.first,
                            q.first,
                            adjusted,
                        )
                        .iter()
                        .any(|h| (h.start as usize..h.end() + 2).any(|k| self.tok(k) == "von")))
        };
        // (From the last comma or amount before it: "cấp mới 9 dự án với 214 triệu USD, điều
        // chỉnh tăng vốn 17 lượt với 266 triệu USD" adds the second.)
        let from = (c0..q.first)
            .rev()
            .find(|&t| {
                self.tok(t) == ","
                    || self.q_at[t].is_some_and(|i| self.qs[i as usize].unit.is_money())
            })
            .unwrap_or(c0);
        (named || joined())
            && self
                .cues_before(from, q.first, q.first, |c| {
                    *c == Cue::Measure(MeasureCue::New)
                })
                .is_empty()
    }

    /// Whether percent `qi` is a share by the words around it, as "chiếm" makes one: of people
    /// or things named right after "là" ("70% là lao động ngoại tỉnh"); the rate of things
    /// counted ([`Labeler::rate_of_things`]); of those handled in time ("giải quyết đúng hạn
    /// 100%"); or the part over the whole said just before it ("1.150 ha trên tổng số 1.200
    /// ha, đạt 95,8%"), not over a plan.
    fn share_in_words(&self, qi: usize) -> bool {
        let q = &self.qs[qi];
        let j = self.hedge_start(q.first);
        let reduces_before = qi >= 2 && {
            let (a, b) = (&self.qs[qi - 2], &self.qs[qi - 1]);
            a.unit == b.unit
                && a.unit != Unit::Percent
                && self.sentence(a.first).0 == self.sentence(q.first).0
                && b.value > 0.0
                && a.value <= b.value
                && (100.0 * a.value / b.value - q.value).abs() <= 0.1
                && (a.last + 1..b.first).any(|k| self.text.word_is(k, &["trên", "/"]))
                // (Not an amount over its plan: "đạt 1.150 tỷ đồng trên kế hoạch 1.200 tỷ
                // đồng, đạt 95,8%" is the plan's completion.)
                && !self.hits.within(a.last + 1, q.first).iter().any(|h| {
                    matches!(
                        h.cue,
                        Cue::Measure(MeasureCue::Plan) | Cue::Measure(MeasureCue::Target)
                    )
                })
        };
        // "Đóng góp của khu vực KCN vào GRDP của tỉnh đạt khoảng 15,8%": what a part
        // contributes to a whole, said as a rate.
        let c0 = self.clause_start[q.first].max(j.saturating_sub(16));
        // (What it goes into in the rate's own part: not "đóng góp vào phát triển kinh tế,
        // doanh thu đạt 12%".)
        let contributed = !q.points
            && self.text.word_is(j.wrapping_sub(1), &["đạt", "là"])
            && (c0..j).any(|k| {
                self.words_at(k, &["đóng", "góp"])
                    && (k + 2..j).any(|v| {
                        self.text.word_is(v, &["vào", "cho"]) && (v..j).all(|t| self.tok(t) != ",")
                    })
            });
        self.text.word_is(q.unit_end, &["là"]) && self.counted_at(q.unit_end + 1)
            || contributed
            || self.rate_of_things(q)
            || self.any_words_at(j.saturating_sub(2), &[&["đúng", "hạn"], &["trước", "hạn"]])
            || reduces_before
    }

    /// Whether a counted noun ("lao động", "doanh nghiệp", "hồ sơ") or people start at `k`.
    fn counted_at(&self, k: usize) -> bool {
        self.hits
            .at(k)
            .iter()
            .any(|h| matches!(h.cue, Cue::Entity(_) | Cue::People))
    }

    /// Whether percent `q` is the rate of things counted that meet a condition, said as "tỷ lệ"
    /// and the things a few words before it ("Tỷ lệ lao động qua đào tạo đạt 72%"): a share of
    /// no metric, as gold seed_002's "100% các TTHC ... được giải quyết" is.
    fn rate_of_things(&self, q: &Quantity) -> bool {
        let j = self.hedge_start(q.first);
        let c0 = self.clause_start[q.first].max(j.saturating_sub(16));
        (c0..j).any(|k| {
            self.any_words_at(k, &[&["tỷ", "lệ"], &["tỉ", "lệ"]]) && self.counted_at(k + 2)
        }) && self.text.word_is(j.wrapping_sub(1), &["đạt", "là"])
    }

    /// Whether percent `q` stands beside the fraction it reduces, in brackets after it ("54%
    /// (51/94)") or with it in brackets after the fraction ("5/21 (24%)").
    fn with_its_fraction(&self, q: &Quantity) -> bool {
        // (Only a fraction that is the percent: not the years of "105,2% (2019/2018)", nor the
        // date of "45% (30/6)".)
        let reduces_to = |a: usize| {
            let part = |k: usize| self.is_num(k).then(|| self.tok(k).parse::<f64>().ok())?;
            self.tok(a + 1) == "/"
                && part(a).zip(part(a + 2)).is_some_and(|(x, y)| {
                    0.0 <= x && x <= y && y > 0.0 && (100.0 * x / y - q.value).abs() <= 1.0
                })
        };
        let (f, e) = (q.first, q.unit_end);
        self.tok(e) == "(" && reduces_to(e + 1) && self.tok(e + 4) == ")"
            || f >= 4 && self.tok(f - 1) == "(" && reduces_to(f - 4) && self.tok(e) == ")"
    }

    /// Whether `q` is written negative in words: "tăng trưởng âm 0,18%", "dư quỹ âm 24,6 tỷ
    /// đồng", "ghi âm hơn 9 tỷ" (a hedge between). ("độ ẩm" is no minus.)
    fn written_negative(&self, q: &Quantity) -> bool {
        let mut k = q.first.wrapping_sub(1);
        if self
            .hits
            .within(k.saturating_sub(3), q.first)
            .iter()
            .any(|h| matches!(h.cue, Cue::Approx(_)) && h.end() == q.first && h.len == 1)
        {
            k = k.wrapping_sub(1);
        }
        self.text.word_is(k, &["âm"])
    }

    // ---------------------------------------------------------------- investor

    fn investor(
        &self,
        qi: usize,
        metric: Metric,
        source: Option<usize>,
        done: &[Labels],
    ) -> Option<Investor> {
        let q = &self.qs[qi];
        // Its own noun phrase: "24 dự án FDI", "3,2 tỷ USD vốn FDI", "6,7 tỷ USD vốn của Mỹ";
        // from its unit on, for a cue that opens there ("82.000 lao động nước ngoài" are
        // foreigners, no foreign investors).
        let (a, b) = self.tail(qi);
        // (Both at once may end past the "và" that ends the tail: "22 dự án có vốn đầu tư
        // trong nước và nước ngoài". "Trong nước" alone beside a figure no metric names says
        // where, not whose: "100% tôm bố mẹ trong nước".)
        let in_tail = |h: &&Hit| match h.cue {
            Cue::Investor(InvestorCue::Both) => true,
            // "của anh Nam" is his, not Britain's ("của Anh"): a country is written capitalised.
            Cue::Investor(InvestorCue::ForeignOrigin) if !self.names_a_country(**h) => false,
            // A country's own trade or economy is no foreign investor's ("10% tổng xuất khẩu
            // công nghiệp của Đức", "98 tỷ USD (theo số liệu của Trung Quốc)"); its firms and
            // capital are ("300 công ty của Pháp", "100% vốn của Hàn Quốc").
            Cue::Investor(InvestorCue::ForeignOrigin)
                if !is_investment(metric)
                    && metric != Metric::Enterprises
                    && self.text.word_is(h.start as usize, &["của"])
                    && !self
                        .text
                        .word_is((h.start as usize).wrapping_sub(1), &["vốn"]) =>
            {
                false
            }
            Cue::Investor(_) => {
                h.end() <= b.max(a + 1) + 2 && !(metric == Metric::Other && self.domestic_alone(h))
            }
            _ => false,
        };
        if let Some(h) = self
            .hits
            .within(q.first.min(a), b)
            .iter()
            .filter(in_tail)
            .max_by_key(|h| (h.len, std::cmp::Reverse(h.start)))
        {
            return investor_of(h.cue);
        }
        // Firms or projects named by their country right after their noun, in Vietnam ("1.200
        // doanh nghiệp Nhật Bản đang hoạt động tại Việt Nam", "hơn 300 doanh nghiệp Pháp đầu
        // tư tại Việt Nam") are foreign investors'. (Not those abroad, "2.000 doanh nghiệp Đài
        // Loan" in Indonesia, nor those that trade with it, "nhập khẩu hàng hóa của Việt Nam",
        // nor a firm's name that goes on, "công ty Đức Long".)
        if matches!(metric, Metric::Enterprises | Metric::Projects)
            && let Some(h) = self
                .hits
                .at(q.unit_end)
                .iter()
                .find(|h| h.cue == Cue::Foreign && self.text.tokens[q.unit_end].capitalized)
            && !self.capitalised_word(h.end())
            && self
                .hits
                .within(h.end(), self.clause_end[q.first].min(h.end() + 10))
                .iter()
                .any(|v| {
                    let at = v.start as usize;
                    matches!(v.cue, Cue::Vietnam | Cue::National)
                        && (self.text.word_is(at, &["tại", "ở", "vào"])
                            || self.text.word_is(at.wrapping_sub(1), &["tại", "ở", "vào"]))
                })
        {
            return Some(Investor::Fdi);
        }
        // "(FDI)" right after the noun phrase.
        if self.tok(b) == "("
            && let Some(h) = self
                .hits
                .at(b + 1)
                .iter()
                .find(|h| matches!(h.cue, Cue::Investor(_)))
        {
            return investor_of(h.cue);
        }
        // A rate or multiple describes the figure it follows, but for whose share it is.
        if let Some(p) = source
            && matches!(q.unit, Unit::Percent | Unit::Times)
        {
            return match self.share_holder(qi) {
                Some((h, _)) => investor_of(h.cue),
                None => done[p].investor,
            };
        }
        // Back through the clause, not past a few words: the nearest cue, or the investor of
        // the figure just before ("30 dự án ..., tăng 3 dự án so cùng kỳ, ... 2 dự án").
        let c0 = self.clause_start[q.first]
            .max(q.first.saturating_sub(INVESTOR_REACH))
            .max(self.aside_before(q.first).end);
        // (A country's origin only for investment into the country: "Đầu tư của Trung Quốc vào
        // Việt Nam đạt 1,8 tỷ USD"; not "xuất khẩu của Mỹ vào Việt Nam".)
        let into_vietnam = |h: &Hit| {
            let e = h.end();
            is_investment(metric)
                && self.text.word_is(e, &["vào"])
                && self.tok(e + 1) == "viet"
                && self.tok(e + 2) == "nam"
        };
        // (A zone's land, occupancy, zones and workforce take no investor from a figure of
        // another metric before them, nor from a cue right after one, which speaks of that
        // figure: "vốn đầu tư 98 triệu USD, thuê 12,5 ha đất", "thu hút 350 dự án FDI, tỷ lệ
        // lấp đầy đạt 80%" say nothing of whose the land or the rate is; "thu hút 120 dự án,
        // các doanh nghiệp FDI sử dụng 45.000 lao động" does.)
        let attribute = matches!(
            metric,
            Metric::LandArea | Metric::OccupancyRate | Metric::Zones | Metric::Workers
        );
        let past_a_figure = |h: &Hit| {
            let at = h.start as usize;
            self.figures_back(qi, c0).any(|j| {
                let end = self.qs[j].unit_end;
                end <= at
                    && at <= end + 2
                    && (end..at).all(|k| self.tok(k) != ",")
                    && done[j].metric != metric
            })
        };
        let cue = self
            .cues_before(c0, q.first, q.first, |c| matches!(c, Cue::Investor(_)))
            .into_iter()
            .filter(|h| {
                h.cue != Cue::Investor(InvestorCue::ForeignOrigin)
                    || into_vietnam(h) && self.names_a_country(*h)
            })
            .find(|h| !self.negated(*h))
            .filter(|h| !self.foreign_of_no_investor(*h))
            .filter(|h| !attribute || !past_a_figure(h))
            // ("Thị phần nội địa ... chiếm trên 40%": where, not whose, as in the tail; but of
            // firms, capital or the economy's sector it is whose: "doanh nghiệp trong nước đạt
            // lợi nhuận 5.000 tỷ đồng", "khu vực kinh tế trong nước nhập siêu 1,9 tỷ USD",
            // "khu vực 100% vốn trong nước".)
            .filter(|h| {
                let owner = self.text.word_is(
                    (h.start as usize).wrapping_sub(1),
                    &["vốn", "vực", "tế", "khối", "nghiệp", "DN", "ty"],
                );
                !(metric == Metric::Other && self.domestic_alone(h) && !owner)
            });
        let prev = self.figures_back(qi, c0).find(|&j| {
            done[j].investor.is_some()
                && !self.hidden(self.qs[j].first, q.first)
                && (!attribute || done[j].metric == metric)
        });
        if self.after_a_split(qi, done) {
            return None;
        }
        // A total raised by what was added ("cho 2 dự án của doanh nghiệp Hàn Quốc, nâng tổng
        // số dự án tại Khu công nghệ cao lên 80 dự án"), the first figure after "nâng tổng",
        // is not the added part's: its investor is named past "nâng tổng" ("nâng tổng số dự án
        // FDI còn hiệu lực lên 181 dự án") or before the added part ("vốn FDI tăng thêm 2 tỷ
        // USD, nâng tổng vốn lên 20 tỷ USD"). (Only past an added part: "các nhà đầu tư nước
        // ngoài đã nâng tổng vốn lên 20 tỷ USD" is theirs.)
        if let Some(r) = (c0..q.first)
            .rev()
            .find(|&k| self.any_words_at(k, &[&["nâng", "tổng"], &["nâng", "số"]]))
            && let Some(added) = (c0..r).rev().find_map(|k| self.q_at[k])
            && cue.is_none_or(|h| {
                (h.start as usize) >= self.qs[added as usize].first && (h.start as usize) < r
            })
            && prev.is_none_or(|j| self.qs[j].first < r)
            && (r..q.first).all(|k| self.q_at[k].is_none())
        {
            // (A foreign firm named before what it added raised its own total: "Công ty TNHH
            // Hana Micron Vina (Hàn Quốc) tăng vốn thêm 150 triệu USD, nâng tổng vốn đầu tư lên
            // 580 triệu USD"; not the total of the zones or the province it named: "nâng tổng
            // vốn đăng ký vào các KCN của thành phố lên 12 tỷ USD".)
            let added = added as usize;
            let (s0, _) = self.sentence(self.qs[added].first);
            let of_all = (r..q.first).any(|k| {
                self.text.word_is(k, &["các", "tỉnh", "toàn", "những"])
                    || self.words_at(k, &["thành", "phố"])
                    || self.words_at(k, &["địa", "bàn"])
            });
            let firms_own = !of_all
                && done[added].investor == Some(Investor::Fdi)
                && self.foreign_firm_named(s0, self.qs[added].first);
            return firms_own.then_some(Investor::Fdi);
        }
        // The capital a count brings, joined by "với" past its clause, is of the count's
        // investor: "hơn 300 doanh nghiệp Pháp đầu tư tại Việt Nam, với tổng số vốn là 3,4 tỷ
        // USD".
        // (Not a part in brackets: "16 dự án (11 dự án FDI) với tổng vốn 175,6 triệu USD".)
        if cue.is_none()
            && prev.is_none()
            && qi > 0
            && self.qs[qi - 1].unit == Unit::Count
            && !self.hidden(self.qs[qi - 1].first, q.first)
            && self.brings(qi)
            && let Some(i) = done[qi - 1].investor
        {
            return Some(i);
        }
        if cue.is_none() && prev.is_none() {
            // "Khu vực FDI ... Khu vực này xuất khẩu 50 tỷ USD": the sector named before, by
            // its investor ("khối doanh nghiệp có vốn nước ngoài (DN FDI)").
            let sector = |k: usize| {
                self.tok(k) == "khoi"
                    || self.tok(k) == "vuc" && self.tok(k.wrapping_sub(1)) == "khu"
            };
            if let Some(k) =
                (c0..q.first).find(|&k| sector(k) && self.text.word_is(k + 1, &["này"]))
            {
                let si = self.text.sentence_of(k);
                let from = self.text.sentences[si.saturating_sub(2)].first;
                // The nearest sector named, also as "ngành" or "lĩnh vực" ("ngành dịch vụ ...,
                // tăng trưởng khu vực này đạt 7,2%" is no FDI's).
                let named = (from..k).rev().find(|&j| {
                    (sector(j)
                        || self.tok(j) == "nganh"
                        || self.tok(j) == "vuc" && self.tok(j.wrapping_sub(1)) == "linh")
                        && !self.text.word_is(j + 1, &["này"])
                });
                if let Some(j) = named
                    && let Some(h) = self.hits.within(j + 1, j + 8).iter().find(|h| {
                        matches!(h.cue, Cue::Investor(InvestorCue::Fdi | InvestorCue::Ddi))
                    })
                {
                    return investor_of(h.cue);
                }
            }
            if !is_investment(metric) {
                return None;
            }
            // A foreign firm invests in its clause: "Tập đoàn Tycoons (Đài Loan) đầu tư ... 1 tỷ
            // USD", "200 triệu USD của Tập đoàn Ju Teng (Đài Loan)".
            let c1 = self.clause_end[q.first].min(q.unit_end + INVESTOR_REACH);
            // Invested abroad ("đầu tư 50 tỷ USD vào Mỹ"): no investor of ours.
            let abroad = |h: &Hit, reach: usize| {
                let s = h.start as usize;
                h.cue == Cue::Foreign
                    && !self.in_a_place_name(h)
                    && (s.saturating_sub(reach)..s)
                        .any(|k| self.text.word_is(k, &["vào", "tại", "ở", "sang"]))
            };
            if self
                .hits
                .within(q.unit_end, c1)
                .iter()
                .any(|h| abroad(h, 4))
            {
                return None;
            }
            if self.foreign_firm_in(c0, q.first) || self.foreign_firm_in(q.unit_end, c1) {
                return Some(Investor::Fdi);
            }
            // So is the capital of projects invested abroad named just before it, past the
            // figure before ("18 dự án đầu tư tại Nga với tổng số vốn 2,4 tỉ USD", "đầu tư Trung
            // Quốc vào Mỹ đạt 22 tỉ USD"): "đầu tư" a few words before the country's word.
            let last_figure_end = qi.checked_sub(1).map_or(0, |p| self.qs[p].last + 1);
            if self
                .hits
                .within(c0.max(last_figure_end), q.first)
                .iter()
                .any(|h| {
                    let s = h.start as usize;
                    abroad(h, 1)
                        && self.text.tokens[s].capitalized
                        && (s.saturating_sub(5)..s).any(|k| self.words_at(k, &["đầu", "tư"]))
                })
            {
                return None;
            }
            // A country's projects or capital in Vietnam, the country named before them in
            // their clause, as who has them: "Hiện nay Ba Lan có 30 dự án tại Việt Nam", "Trung
            // Quốc có 1.615 dự án đầu tư tại Việt Nam". (Not a place, "công ty có trụ sở tại
            // Mỹ, vừa gọi vốn 9 triệu USD".)
            let in_vietnam = (q.unit_end..c1.min(q.unit_end + 6))
                .take_while(|&k| !matches!(self.tok(k), "," | "." | ";"))
                .any(|k| {
                    self.text.word_is(k, &["tại", "vào", "ở"])
                        && self.tok(k + 1) == "viet"
                        && self.tok(k + 2) == "nam"
                });
            let country = || {
                self.hits.within(c0, q.first).iter().find(|h| {
                    let s = h.start as usize;
                    h.cue == Cue::Foreign
                        && self.text.tokens[s].capitalized
                        && !self
                            .text
                            .word_is(s.wrapping_sub(1), &["tại", "ở", "vào", "sang", "từ"])
                })
            };
            if in_vietnam && country().is_some() {
                return Some(Investor::Fdi);
            }
            // A country ranked among the investors: "Nhật Bản hiện đang dẫn đầu với tổng vốn
            // đầu tư 5,08 tỷ USD", "Hàn Quốc đứng thứ hai với 471,2 triệu USD", "Singapore là
            // nhà đầu tư lớn nhất với 10,2 tỷ USD". (Not among the countries Vietnam invests
            // in: "Trong số 70 quốc gia nhận đầu tư của Việt Nam, Lào dẫn đầu với 5,3 tỷ USD".)
            // (Back to the sentence before, within the window, to keep run-on text linear.)
            let si = self.text.sentence_of(q.first);
            let from = self.text.sentences[si.saturating_sub(1)]
                .first
                .max(q.first.saturating_sub(WINDOW));
            // (Or the whole article is: "Đầu tư ra nước ngoài năm 2023 đạt 421,9 triệu USD", a
            // title with no foreign investor in it; not in a paragraph on investment coming in,
            // "Vốn đăng ký vào Việt Nam đạt 36,6 tỷ USD. Singapore dẫn đầu với 6,8 tỷ USD".)
            let outward = || {
                (from..q.first).any(|k| self.any_words_at(k, OUTWARD))
                    || self.titled_outward()
                        && !(from..q.first).any(|k| self.words_at(k, &["vào", "Việt", "Nam"]))
                        && !self.foreign_said_in(from, q.first)
            };
            if let Some(h) = country()
                && (h.end()..q.first).any(|k| {
                    self.any_words_at(
                        k,
                        &[
                            &["dẫn", "đầu"],
                            &["đứng", "thứ"],
                            &["đứng", "đầu"],
                            &["xếp", "thứ"],
                            &["là", "nhà", "đầu", "tư"],
                        ],
                    )
                })
                && !outward()
            {
                return Some(Investor::Fdi);
            }
            // (A sentence about another firm takes an investor from the words before, not
            // from the figures: "Tập đoàn Hòa Phát đầu tư 60.000 tỷ đồng" after Ticoons'
            // capital is not foreign; "Trong đó, Công ty Shinetsu đầu tư thêm 300 triệu USD"
            // after "1 tỷ USD vốn FDI" is.)
            let in_force = match self.firm_spoken_of(q) {
                Some(true) => return Some(Investor::Fdi),
                Some(false) => self.investor_in_force(qi, c0, done, false),
                None => self.investor_in_force(qi, c0, done, true),
            };
            // A total its sentence goes on to break down by investor ("đến nay, các KCN thu hút
            // 140 dự án đầu tư ...; trong đó, có 35 dự án FDI" after "3 dự án của nhà đầu tư
            // trong nước", "có 507 dự án còn hiệu lực, gồm 114 dự án FDI ... và 393 dự án trong
            // nước", "có 640 dự án, trong đó 339 dự án FDI" after "6 dự án FDI mới") is of more
            // than its part's, whatever the sentence before was about (seed_000, seed_003).
            return in_force.filter(|_| !self.broken_down_by_investor(q));
        }
        self.later_of(cue, prev, done, |h| {
            // Longest phrase at the nearest position ("trong và ngoài nước" over "ngoài nước").
            let best = self
                .hits
                .within(h.start.saturating_sub(6) as usize, h.end())
                .iter()
                .filter(|o| {
                    matches!(o.cue, Cue::Investor(_)) && o.start <= h.start && o.end() >= h.end()
                })
                .max_by_key(|o| o.len)
                .copied()
                .unwrap_or(h);
            investor_of(best.cue)
        })
    }

    /// Whether quantity `qi`, an amount or area, follows a count split into both investors
    /// and is the whole's: "26 dự án nước ngoài và 62 dự án đầu tư trong nước với tổng vốn
    /// đăng ký là 16.910,18 tỷ đồng và 230,83 triệu USD, diện tích 290,12 ha" (seed_000) says
    /// whose neither sum is. The two counts stand side by side, with only amounts after them in
    /// the sentence, not past a ";". (Not the capital paired with each count: "26 dự án FDI với
    /// tổng vốn 514,78 triệu USD và 78 dự án DDI với tổng vốn 13.574,66 tỷ đồng", seed_003.)
    fn after_a_split(&self, qi: usize, done: &[Labels]) -> bool {
        let q = &self.qs[qi];
        if q.unit == Unit::Count || q.unit == Unit::Percent {
            return false;
        }
        let (s0, _) = self.sentence(q.first);
        let mut j = qi;
        let mut counts = Vec::with_capacity(2);
        // (A few figures back only, to keep a table's run of amounts linear.)
        while j > 0 && counts.len() < 2 && qi - j < 6 {
            j -= 1;
            let p = &self.qs[j];
            if p.first < s0 || (p.last + 1..q.first).any(|k| self.tok(k) == ";") {
                return false;
            }
            if p.unit == Unit::Count {
                counts.push(j);
            } else if !counts.is_empty() {
                return false;
            }
        }
        // (Not an amount its own words name: "..., với vốn FDI 230 triệu USD và vốn DDI 5.000
        // tỷ đồng".)
        matches!(counts[..], [b, a] if matches!(
            (done[a].investor, done[b].investor),
            (Some(Investor::Fdi), Some(Investor::Ddi)) | (Some(Investor::Ddi), Some(Investor::Fdi))
        ) && !self
            .hits
            .within(self.tail(b).1, q.first)
            .iter()
            .any(|h| matches!(h.cue, Cue::Investor(_))))
    }

    /// Whether quantity `q`'s sentence goes on to break it down into a part named by investor:
    /// "trong đó", "gồm" a few words on, or a bracket right after it, then "FDI" or "trong
    /// nước" ("140 dự án đầu tư, với tổng vốn ...; trong đó, có 35 dự án FDI", "11 dự án mới (8
    /// dự án FDI, 3 dự án trong nước)"). (Not where its sentence named an investor before it:
    /// "dòng vốn FDI ... năm 2016 đã đạt hơn 15 tỷ USD, trong đó các công ty có vốn đầu tư nước
    /// ngoài ...", nor where it refers back to those the sentence before counted: "thu hút 30 dự
    /// án FDI. Các dự án này có tổng vốn 2 tỷ USD, trong đó có 10 dự án 100% vốn nước ngoài".)
    fn broken_down_by_investor(&self, q: &Quantity) -> bool {
        let (s0, s1) = self.sentence(q.first);
        let named_before = self
            .hits
            .within(s0, q.first)
            .iter()
            .any(|h| matches!(h.cue, Cue::Investor(_)))
            || (s0..q.first).any(|k| self.text.word_is(k, &["này"]));
        // (A part "trong đó" is some of them; what "gồm" or a bracket lists is all of them, of
        // both investors where not of one: "gồm 20 dự án FDI của Hàn Quốc và 10 dự án FDI của
        // Nhật Bản" are all foreign.)
        let part = (q.unit_end..s1.min(q.unit_end + 30)).find_map(|k| {
            if self.words_at(k, &["trong", "đó"]) {
                Some((k + 2, true))
            } else if self.tok(k) == "(" && self.words_at(k + 1, &["trong", "đó"]) {
                Some((k + 3, true))
            } else if self.text.word_is(k, &["gồm"]) || self.tok(k) == "(" && k <= q.unit_end + 2
            {
                Some((k + 1, false))
            } else {
                None
            }
        });
        // (Parts of both investors make a total of both in any case: "68 dự án, bao gồm 36 dự án
        // có vốn đầu tư nước ngoài và 32 dự án có vốn đầu tư trong nước", real 048.)
        part.is_some_and(|(k, some)| {
            let sides = |b: usize| {
                let hits = self.hits.within(k, b.min(s1));
                let side = |x: InvestorCue| hits.iter().any(|h| h.cue == Cue::Investor(x));
                (side(InvestorCue::Fdi), side(InvestorCue::Ddi))
            };
            let (fdi, ddi) = sides(k + 20);
            let (near_fdi, near_ddi) = sides(k + 8);
            fdi && ddi || some && (near_fdi || near_ddi) && !named_before
        })
    }

    /// Whether tokens `a..b` name foreign investors ("FDI", "nước ngoài"), not as part of a
    /// phrase of both or of abroad ("ra nước ngoài", "trong và ngoài nước").
    fn foreign_said_in(&self, a: usize, b: usize) -> bool {
        self.hits.within(a, b).iter().any(|h| {
            investor_of(h.cue) == Some(Investor::Fdi)
                && !self.covered(h.start as usize, 6, |c| {
                    *c == Cue::Investor(InvestorCue::Both)
                })
        })
    }

    /// Whether the title is about investment abroad ("Đầu tư ra nước ngoài năm 2023 đạt ...")
    /// and names no foreign investor. (Read once per article.)
    fn titled_outward(&self) -> bool {
        *self.outward_title.get_or_init(|| {
            let title_end = self.text.title_end();
            (0..title_end).any(|k| self.any_words_at(k, OUTWARD))
                && !self.foreign_said_in(0, title_end)
        })
    }

    /// Whether origin cue `h` ("của Anh", "từ Mỹ") names a country as written: capitalised, not
    /// the person of "của anh Nam". ("nhà đầu tư ngoại" names none and is kept.)
    fn names_a_country(&self, h: Hit) -> bool {
        !matches!(self.tok(h.start as usize), "cua" | "tu")
            || self.text.tokens[h.end() - 1].capitalized
    }

    /// Whether cue `h` is denied by a "không" or "chưa" among the few words right before it
    /// ("không có nhà đầu tư nước ngoài", "chưa có dự án FDI"); not "không chỉ", "không những"
    /// (not only), nor "hàng không" (aviation).
    fn negated(&self, h: Hit) -> bool {
        let a = h.start as usize;
        (a.saturating_sub(5)..a)
            .rev()
            .take_while(|&k| self.is_word(k))
            .any(|k| {
                matches!(self.tok(k), "khong" | "chua")
                    && !matches!(self.tok(k + 1), "chi" | "nhung")
                    && self.tok(k.wrapping_sub(1)) != "hang"
            })
    }

    /// Whether investor cue `h` is a bare "nước ngoài" that qualifies no investor: after words
    /// for people, news, money or places ("nguồn tin nước ngoài", "du lịch nước ngoài", "tiền
    /// từ nước ngoài", "đội bóng nước ngoài"), with no word for investment a few words before
    /// ("đầu tư", "vốn", "doanh nghiệp", "dự án", "nhà đầu tư chiến lược nước ngoài"), and not
    /// as a subject ("Nước ngoài tiếp tục rót ...").
    fn foreign_of_no_investor(&self, h: Hit) -> bool {
        const INVESTMENT: &[&[&str]] = &[
            &["đầu", "tư"],
            &["vốn"],
            &["doanh", "nghiệp"],
            &["DN"],
            &["công", "ty"],
            &["tập", "đoàn"],
            &["liên", "doanh"],
            &["dự", "án"],
            &["đối", "tác"],
            &["cổ", "đông"],
            &["cổ", "phần"],
            &["cổ", "phiếu"],
            &["sở", "hữu"],
            &["khu", "vực"],
            &["khối"],
            &["trực", "tiếp"],
            &["nhà", "máy"],
            &["quỹ"],
            &["ngân", "hàng"],
            &["của"],
        ];
        let a = h.start as usize;
        if !(h.cue == Cue::Investor(InvestorCue::Fdi)
            && h.len == 2
            && matches!(self.tok(a), "nuoc" | "nac" | "nc")
            && a > self.clause_start[a])
        {
            return false;
        }
        // The words around it up to a mark: four before, three after ("nước ngoài muốn đầu tư").
        let Some(from) = (a.saturating_sub(4)..a)
            .rev()
            .take_while(|&k| self.is_word(k))
            .last()
        else {
            return false;
        };
        let to = (a + 2..a + 5)
            .take_while(|&k| self.is_word(k))
            .last()
            .map_or(a + 2, |k| k + 1);
        let investment_at = |k: usize, end: usize| {
            INVESTMENT
                .iter()
                .any(|w| k + w.len() <= end && self.words_at(k, w))
        };
        !(from..a).any(|k| investment_at(k, a)) && !(a + 2..to).any(|k| investment_at(k, to))
    }

    /// Whether country cue `h` is a syllable of a Vietnamese place's name: "KCN Phú Mỹ 3", "KCN
    /// Mỹ Phước", "Long Đức" (a capitalised word right after it, or right before it that
    /// neither opens the sentence nor is an abbreviation: "Tại Mỹ", "DN Hoa Kỳ" name the
    /// country).
    fn in_a_place_name(&self, h: &Hit) -> bool {
        let s = h.start as usize;
        crate::geo::name_word(self.text, h.end())
            || s > 0
                && crate::geo::name_word(self.text, s - 1)
                && self.sentence(s - 1).0 != s - 1
                && !self.text.in_capitals(s - 1)
    }

    /// Where the brackets of a country named after a firm close, the country's cue ending at
    /// `e`: "(Đài Loan)", or with its state after a comma, "(Đài Loan, Trung Quốc)".
    fn country_bracket_end(&self, e: usize) -> Option<usize> {
        match self.tok(e) {
            ")" => Some(e),
            "," => self
                .hits
                .at(e + 1)
                .iter()
                .find(|h| h.cue == Cue::Foreign && self.tok(h.end()) == ")")
                .map(|h| h.end()),
            _ => None,
        }
    }

    /// Whether tokens `a..b` name a foreign firm by its country: "Tập đoàn Ju Teng (Đài Loan)",
    /// "Creed Group (Nhật Bản)", "đến từ Singapore", "doanh nghiệp Hoa Kỳ". A country in brackets
    /// after a place ("Bordeaux (Pháp)") names none.
    fn foreign_firm_in(&self, a: usize, b: usize) -> bool {
        self.hits.within(a, b).iter().any(|h| {
            let (s, e) = (h.start as usize, h.end());
            if h.cue != Cue::Foreign || e > b || s < 2 {
                return false;
            }
            if self.text.word_is(s - 1, &["từ"]) && self.text.word_is(s - 2, &["đến"]) {
                return true;
            }
            if self.tok(s - 1) == "(" && self.country_bracket_end(e).is_some() {
                return (s.saturating_sub(6)..s - 1).any(|k| self.firm_word_at(k));
            }
            // "nhà đầu tư Hàn Quốc", "tập đoàn của Singapore", "100% vốn Nhật Bản".
            let firm_before =
                |end: usize| (end.saturating_sub(3)..end).any(|k| self.firm_word_end(k) == end);
            !self.in_a_place_name(h)
                && (firm_before(s)
                    || self.text.word_is(s - 1, &["của"]) && firm_before(s - 1)
                    || self.text.word_is(s - 1, &["vốn"])
                        && self.text.tokens[s].capitalized
                        && self.tok(s - 2) == "%")
        })
    }

    /// The figures before figure `qi` that start at or after token `from`, nearest first.
    fn figures_back(&self, qi: usize, from: usize) -> impl Iterator<Item = usize> + '_ {
        (0..qi).rev().take_while(move |&j| self.qs[j].first >= from)
    }

    /// Whether tokens `a..b` name a foreign firm or investor: by its country next to a word
    /// for a firm ([`foreign_firm_in`](Self::foreign_firm_in)), or by a name however long
    /// before its country in brackets ("Công ty TNHH Hana Micron Vina (Hàn Quốc)").
    fn foreign_firm_named(&self, a: usize, b: usize) -> bool {
        self.foreign_firm_in(a, b)
            || !self.foreign_names.is_empty() && (a..b).any(|k| self.foreign_name_at(k) > 0)
    }

    /// The names (token ranges) of foreign firms given with their country: the run of
    /// capitalised words right after a word for a firm and before "(Hàn Quốc)" ("Tập đoàn
    /// Hyosung (Hàn Quốc)", "Công ty TNHH Hưng Nghiệp Formosa (Đài Loan)"), legal forms left
    /// out, or the one a firm word closes ("Creed Group (Nhật Bản)"). (Not "tập đoàn thép JFE",
    /// "tại KCN VSIP (Singapore)" nor "Tỉnh Osaka (Nhật Bản)": no firm word right before.)
    fn foreign_firm_names(&self) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for h in self.hits.list.iter().filter(|h| h.cue == Cue::Foreign) {
            let (s, e) = (h.start as usize, h.end());
            if s < 2 || self.tok(s - 1) != "(" || self.country_bracket_end(e).is_none() {
                continue;
            }
            let open = s - 1;
            let mut a = open;
            // (A capitalised word may go on in lower case: "Công ty TNHH Điện tử Meiko".)
            let in_name = |k: usize| {
                self.is_word(k)
                    && (self.text.tokens[k].capitalized
                        || k > 0 && self.is_word(k - 1) && self.text.tokens[k - 1].capitalized)
            };
            while a > 0 && open - a < 8 && in_name(a - 1) {
                a -= 1;
            }
            let Some(k) = (a.saturating_sub(2)..open).rfind(|&k| self.firm_word_at(k)) else {
                continue;
            };
            let end = self.firm_word_end(k);
            let (mut na, nb) = if end >= open {
                // A firm word closing the name: "Creed Group".
                (a, k)
            } else if end >= a {
                (end, open)
            } else {
                continue;
            };
            loop {
                if matches!(self.tok(na), "tnhh" | "cp" | "mtv" | "jsc") {
                    na += 1;
                } else if self.tok(na) == "co" && self.tok(na + 1) == "phan" {
                    na += 2;
                } else {
                    break;
                }
            }
            if na < nb && !out.iter().any(|&(o, _)| self.name_at(o, (na, nb)) > 0) {
                out.push((na, nb));
            }
        }
        out
    }

    /// How many tokens from `k` spell the name at tokens `name` (folded, capitalised first),
    /// or 0.
    fn name_at(&self, k: usize, (a, b): (usize, usize)) -> usize {
        let fits = self.text.tokens.get(k).is_some_and(|t| t.capitalized)
            && (a..b).all(|i| self.tok(k + i - a) == self.tok(i));
        if fits { b - a } else { 0 }
    }

    /// How many tokens from `k` spell the name of a foreign firm the article gave with its
    /// country, or 0.
    fn foreign_name_at(&self, k: usize) -> usize {
        self.foreign_names
            .iter()
            .map(|&n| self.name_at(k, n))
            .max()
            .unwrap_or(0)
    }

    /// Whether the firm the sentence of `q` speaks of is foreign: the nearest firm named
    /// before the figure ("Hyosung sẽ xây kho ngầm ... trị giá 133 triệu USD", after "Tập
    /// đoàn Hyosung (Hàn Quốc)" earlier), else the first after it; "tập đoàn này" is the last
    /// firm the sentence before named. `None` where the sentence names no firm (after the
    /// figure, within a few words).
    fn firm_spoken_of(&self, q: &Quantity) -> Option<bool> {
        if self.foreign_names.is_empty() {
            return None;
        }
        let (s0, s1) = self.sentence(q.first);
        let refs = self.firm_refs(s0.max(self.aside_before(q.first).end), s1);
        let before = refs.iter().rev().find(|r| r.0 < q.first);
        let after = || {
            refs.iter()
                .find(|r| r.0 > q.last && r.0 < q.unit_end + INVESTOR_REACH)
        };
        let Some(r) = before.or_else(after) else {
            return self.project_of_firm_before(q);
        };
        match r {
            (_, FirmRef::Named { foreign }) => Some(*foreign),
            (_, FirmRef::This) => {
                let si = self.text.sentence_of(q.first);
                let prev = self.text.sentences[si.checked_sub(1)?];
                self.firm_refs(prev.first.max(prev.end.saturating_sub(WINDOW)), prev.end)
                    .iter()
                    .rev()
                    .find_map(|r| match r.1 {
                        FirmRef::Named { foreign } => Some(foreign),
                        FirmRef::This => None,
                    })
            }
        }
    }

    /// Whether the project a sentence opens on ("Dự án có tổng vốn đầu tư 150 triệu USD") is
    /// the firm's the sentence before, in its paragraph, named first ("Tập đoàn Meiko (Nhật
    /// Bản) khởi công nhà máy tại KCN Đại An."): `Some(true)` where that firm is foreign.
    fn project_of_firm_before(&self, q: &Quantity) -> Option<bool> {
        let si = self.text.sentence_of(q.first);
        let s = self.text.sentences[si];
        // "Dự án có tổng vốn ...", "Dự án này ...": the project itself, not another one named
        // ("Dự án hạ tầng KCN mở rộng ...", "Dự án nhà ở xã hội ..."), nor one whose owner the
        // sentence names ("do Công ty cổ phần Đại An làm chủ đầu tư").
        if !(self.text.word_is(s.first, &["Dự"])
            && self.text.word_is(s.first + 1, &["án"])
            && self.text.word_is(
                s.first + 2,
                &["có", "này", "với", "được", "sẽ", "dự", "tổng"],
            ))
        {
            return None;
        }
        let end = s.end.min(q.unit_end + WINDOW);
        if (s.first..end)
            .any(|k| self.firm_word_at(k) || self.any_words_at(k, &[&["chủ", "đầu", "tư"]]))
        {
            return None;
        }
        let prev = self.text.sentences[si.checked_sub(1)?];
        if prev.paragraph != s.paragraph {
            return None;
        }
        // The firm the sentence before is about: the first it names (not a customer named
        // after it, "Công ty cổ phần May Việt Tiến ... sản xuất cho Tập đoàn Nike (Mỹ)").
        let to = prev.end.min(prev.first + WINDOW);
        let first_firm = (prev.first..to).find(|&k| self.firm_word_at(k))?;
        match self.firm_refs(prev.first, to).first()? {
            &(at, FirmRef::Named { foreign }) if at <= first_firm => Some(foreign),
            _ => None,
        }
    }

    /// The firms tokens `a..b` name, in order: a foreign firm's name, a word for a firm with
    /// a name after it ("Công ty Hòa Phát"), with "này" (this one), or with a number before
    /// it (several, none foreign alone).
    fn firm_refs(&self, a: usize, b: usize) -> Vec<(usize, FirmRef)> {
        let mut out = Vec::new();
        let mut k = a;
        while k < b {
            let len = self.foreign_name_at(k);
            if len > 0 {
                out.push((k, FirmRef::Named { foreign: true }));
                k += len;
                continue;
            }
            let end = self.firm_word_end(k);
            if end == k {
                k += 1;
                continue;
            }
            if self.text.word_is(end, &["này"]) {
                out.push((k, FirmRef::This));
            } else if self.q_at[k].is_some() || k > 0 && self.is_num(k - 1) {
                // Several at once ("hai tập đoàn sẽ cùng phát triển"): none of them alone.
                out.push((k, FirmRef::Named { foreign: false }));
            } else if self.is_word(end) && self.text.tokens[end].capitalized {
                // ("doanh nghiệp Nhật Bản", "Công ty Hyosung", "Tập đoàn Ju Teng (Đài Loan)".)
                let mut n = end;
                while n < b && self.is_word(n) && self.text.tokens[n].capitalized {
                    n += 1;
                }
                let country = |i: usize| {
                    self.hits
                        .at(i)
                        .iter()
                        .any(|h| h.cue == Cue::Foreign && self.text.tokens[i].capitalized)
                };
                let foreign = (end..n).any(|i| self.foreign_name_at(i) > 0)
                    || country(end)
                    || self.tok(n) == "(" && country(n + 1);
                out.push((k, FirmRef::Named { foreign }));
                k = n;
                continue;
            }
            k = end;
        }
        out
    }

    /// Where a word for a firm starting at `k` ends, or `k` where none starts.
    fn firm_word_end(&self, k: usize) -> usize {
        const FIRM: &[&[&str]] = &[
            &["tập", "đoàn"],
            &["công", "ty"],
            &["doanh", "nghiệp"],
            &["nhà", "đầu", "tư"],
            &["hãng"],
            &["DN"],
            &["Group"],
            &["Corp"],
            &["Corporation"],
            &["Co"],
            &["Ltd"],
            &["Inc"],
        ];
        FIRM.iter()
            .find(|w| self.words_at(k, w))
            .map_or(k, |w| k + w.len())
    }

    /// Whether token `k` is a word (not a number or a mark; none past the end).
    fn is_word(&self, k: usize) -> bool {
        self.text
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Word)
    }

    /// Whether token `k` is a number.
    fn is_num(&self, k: usize) -> bool {
        self.text
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Num)
    }

    /// Whether token `k` is a capitalised word.
    fn capitalised_word(&self, k: usize) -> bool {
        self.is_word(k) && self.text.tokens[k].capitalized
    }

    /// Whether figure `qi` counts new things ("14 dự án DDI mới", "cấp mới 23 dự án",
    /// [`Self::newly_added`]) or is the capital they bring ("... với tổng vốn 3.780 tỷ đồng").
    /// (Not "mới đây", lately, "mới chỉ", only, nor "mới đi vào hoạt động", just started.)
    fn counted_as_new(&self, qi: usize) -> bool {
        let own = |i: usize| {
            let q = &self.qs[i];
            let (_, s1) = self.sentence(q.first);
            let j = self.hedge_start(q.first);
            q.unit == Unit::Count
                && (self.newly_added(i)
                    || (q.unit_end..(q.unit_end + 3).min(s1))
                        .take_while(|&k| self.is_word(k))
                        .any(|k| {
                            self.text.word_is(k, &["mới"])
                                && !self
                                    .text
                                    .word_is(k + 1, &["đây", "chỉ", "có", "đạt", "đi", "vào"])
                        })
                    || j >= 2 && self.words_at(j - 2, &["cấp", "mới"]))
        };
        own(qi) || qi > 0 && own(qi - 1) && self.brings(qi)
    }

    /// Whether count `qi` (of projects or firms) is of those newly licensed or founded:
    /// "1.183 dự án mới được cấp", "175 dự án đăng ký mới", "473 dự án đầu tư nước ngoài đăng
    /// ký mới", "cấp mới cho 40 dự án", "320 doanh nghiệp thành lập mới", "3.188 dự án được cấp
    /// phép mới". (Not "mới chỉ có 40 dự án", only.)
    fn newly_added(&self, qi: usize) -> bool {
        let q = &self.qs[qi];
        if q.unit != Unit::Count {
            return false;
        }
        let (_, s1) = self.sentence(q.first);
        let after = (q.unit_end..(q.unit_end + 6).min(s1))
            .take_while(|&k| self.is_word(k))
            .any(|k| {
                self.any_words_at(
                    k,
                    &[
                        &["mới", "được", "cấp"],
                        &["mới", "thành", "lập"],
                        &["đăng", "ký", "mới"],
                        &["cấp", "mới"],
                        &["thành", "lập", "mới"],
                        &["cấp", "phép", "mới"],
                        &["cấp", "giấy", "chứng", "nhận", "mới"],
                    ],
                )
            });
        let j = self.hedge_start(q.first);
        after || j >= 3 && self.words_at(j - 3, &["cấp", "mới", "cho"])
    }

    /// Whether quantity `qi` is the capital the figure right before it brings, joined by
    /// "với": "1.183 dự án mới được cấp ... với tổng vốn đăng ký 11,83 tỷ USD".
    /// (Not "cùng với", "song song với": alongside, another thing.)
    fn brings(&self, qi: usize) -> bool {
        let (p, q) = (&self.qs[qi - 1], &self.qs[qi]);
        q.unit.is_money()
            && q.first.saturating_sub(p.last) <= 24
            && (p.last + 1..q.first).all(|k| !matches!(self.tok(k), ";" | "."))
            && (p.last + 1..q.first).any(|k| {
                self.text.word_is(k, &["với"])
                    && !self.text.word_is(k.wrapping_sub(1), &["cùng", "song"])
            })
    }

    /// Whether one of `phrases` stands from token `k` on, as `words_at` reads it.
    fn any_words_at(&self, k: usize, phrases: &[&[&str]]) -> bool {
        phrases.iter().any(|p| self.words_at(k, p))
    }

    /// Whether `words` stand one by one from token `k` on ([`Text::words_at`]).
    fn words_at(&self, k: usize, words: &[&str]) -> bool {
        self.text.words_at(k, words)
    }

    fn firm_word_at(&self, k: usize) -> bool {
        self.firm_word_end(k) > k
    }

    /// The investor of whichever comes later before a figure: investor cue `cue` (read by
    /// `read`) or figure `prev` (which has an investor).
    fn later_of(
        &self,
        cue: Option<Hit>,
        prev: Option<usize>,
        done: &[Labels],
        read: impl FnOnce(Hit) -> Option<Investor>,
    ) -> Option<Investor> {
        match (cue, prev) {
            (Some(h), Some(j)) if self.qs[j].last >= h.end() => done[j].investor,
            (Some(h), _) => read(h),
            (_, Some(j)) => done[j].investor,
            (None, None) => None,
        }
    }

    /// Whether hit `h` is "trong nước" or "nội địa" alone: domestic, but not said of investors
    /// ("sản xuất 100% tôm bố mẹ trong nước").
    fn domestic_alone(&self, h: &Hit) -> bool {
        let k = h.start as usize;
        h.cue == Cue::Investor(InvestorCue::Ddi)
            && h.len == 2
            && matches!(
                (self.tok(k), self.tok(k + 1)),
                ("trong", "nuoc") | ("noi", "dia")
            )
    }

    /// The aside that opens the sentence of token `k`, when `k` lies past it ("Ngoài thu hút
    /// được dự án FDI ... 200 triệu USD ..., 9 tháng đầu năm 2021, tỉnh đã cấp mới cho 77 dự
    /// án"): what is besides is not the rest's, so investor words and figures there are not
    /// read for `k`. An empty range where none.
    fn aside_before(&self, k: usize) -> std::ops::Range<usize> {
        let s = self.text.sentences[self.text.sentence_of(k)];
        let aside = self.text.word_is(s.first, &["Ngoài"])
            && !self.text.word_is(s.first + 1, &["ra"])
            || self.text.word_is(s.first, &["Bên"])
                && self.text.word_is(s.first + 1, &["cạnh"])
                && !self.text.word_is(s.first + 2, &["đó"]);
        if !aside {
            return 0..0;
        }
        (s.first..k.min(s.first + WINDOW))
            .find(|&j| self.tok(j) == ",")
            .map_or(0..0, |j| s.first..j + 1)
    }

    /// Whether token `at` lies in a part opened by "trong đó" (up to a ";") of a total whose
    /// clause names no investor: "các KCN đã thu hút 359 dự án, trong đó 283 dự án FDI".
    fn in_a_part_of_all(&self, at: usize) -> bool {
        let (s0, _) = self.sentence(at);
        // (Up to a ";" or a running total's "nâng tổng số dự án FDI lên 40", the whole again.)
        let Some(part) = (s0..at)
            .rev()
            .take_while(|&k| self.tok(k) != ";" && !self.text.word_is(k, &["nâng"]))
            .find(|&k| self.words_at(k, &["trong", "đó"]))
        else {
            return false;
        };
        let c0 = (s0..part)
            .rfind(|&k| self.tok(k) == ";")
            .map_or(s0, |k| k + 1);
        (c0..part).any(|k| self.q_at[k].is_some())
            && self
                .cues_before(c0, part, part, |c| matches!(c, Cue::Investor(_)))
                .is_empty()
    }

    /// The figure a part opened by "trong đó" breaks down, earlier in the sentence of `q`, with
    /// a ";" closing the part before `q`: the last figure before "trong đó", taken as the
    /// total ("có 392 dự án còn hiệu lực, trong đó ...").
    fn total_before_part(&self, q: &Quantity) -> Option<usize> {
        let (s0, _) = self.sentence(q.first);
        let semi = (s0..q.first).rfind(|&k| self.tok(k) == ";")?;
        let part = (s0..semi).rfind(|&k| self.words_at(k, &["trong", "đó"]))?;
        if (part..semi).any(|k| self.tok(k) == ";") {
            return None;
        }
        self.figures_back(self.qs.partition_point(|p| p.first < part), s0)
            .next()
    }

    /// The investor an investment figure with no cue of its own inherits: reports name `FDI`
    /// once and go on listing its projects and capital through `;` clauses and into the next
    /// sentence ("... 3,2 tỷ USD vốn FDI. Đặc biệt, ... cấp mới 51 dự án"). The latest cue or
    /// investor-labelled investment figure (only where `figures`), back to the start of the
    /// previous sentence, unless that stretch names both investors; none from an aside that
    /// opens the figure's sentence; not FDI for the capital of firms newly founded.
    fn investor_in_force(
        &self,
        qi: usize,
        c0: usize,
        done: &[Labels],
        figures: bool,
    ) -> Option<Investor> {
        let q = &self.qs[qi];
        let si = self.text.sentence_of(q.first);
        // (Not across a paragraph break: "Năm 2023, các KCN thu hút 20 dự án DDI." over "Đến
        // nay, các KCN có 300 dự án còn hiệu lực ..." starts another topic.)
        // (A subheading over it still speaks for it: "Thu hút vốn FDI tăng mạnh".)
        let prev_si = si
            .checked_sub(1)
            .filter(|&p| {
                self.text.sentences[p].paragraph == self.text.sentences[si].paragraph
                    || self.heading(p)
            })
            .unwrap_or(si);
        // (At most two windows back: a run-on sentence stays linear.)
        let from = self.text.sentences[prev_si]
            .first
            .max(q.first.saturating_sub(2 * WINDOW));
        let aside = self.aside_before(q.first);
        let cues = self.cues_before(
            from,
            c0,
            q.first,
            |c| matches!(c, Cue::Investor(x) if *x != InvestorCue::ForeignOrigin),
        );
        let s_first = self.text.sentences[si].first;
        let mut cues: Vec<Hit> = cues
            .into_iter()
            .filter(|h| !self.negated(*h) && !aside.contains(&(h.start as usize)))
            .collect();
        // Its own sentence's cues, where it has any: "Về nguồn vốn trong nước, tỉnh cấp mới 82
        // dự án DDI ...; 46 dự án điều chỉnh tăng vốn" under a headline of FDI. (Past a ";" only
        // one that opens the sentence, its topic: not "..., trong đó vốn trong nước tăng 12%;
        // các KCN cấp mới 45 dự án với 1,2 tỷ USD" in a story of FDI, nor seed_002's "có 91 dự
        // án đầu tư trong nước (DDI), ...; tổng vốn đầu tư cấp mới và điều chỉnh ...".)
        let own = |h: &Hit| {
            let at = h.start as usize;
            at >= s_first && (at < s_first + 6 || !(at..q.first).any(|k| self.tok(k) == ";"))
        };
        // (Nor one that spoke of a part of a total with no investor in the sentence before:
        // "các KCN đã thu hút 359 dự án, trong đó 283 dự án FDI ... Riêng năm 2018, các KCN thu
        // hút 56 dự án mới".)
        // (Not where its own sentence goes further into the part, naming foreign partners,
        // "Nhật Bản và Hàn Quốc là 2 đối tác lớn nhất, lần lượt có 123 và 186 dự án", or
        // pointing back to it, "Vốn đăng ký của các dự án này", "Trong số này".)
        // (Read within the window: a run-on sentence stays linear.)
        let w0 = s_first.max(q.first.saturating_sub(WINDOW));
        // ("này" of things: "các dự án này", "Trong số này"; not "thời điểm này", nor what is
        // set apart, "Ngoài các dự án này".)
        let points_back = |k: usize| {
            self.text.word_is(k, &["này"])
                && self
                    .text
                    .word_is(k.wrapping_sub(1), &["án", "số", "nghiệp", "KCN"])
        };
        // (Read once, and only when a cue or figure of the sentence before lies in a part.)
        let into = std::cell::OnceCell::new();
        let into_the_part = || {
            *into.get_or_init(|| {
                (w0..q.first).any(|k| self.words_at(k, &["đối", "tác"]))
                    || !self.text.word_is(s_first, &["Ngoài"])
                        && ((w0..q.first).any(points_back) || points_back(q.unit_end))
                    || !self
                        .cues_before(w0, q.first, q.first, |c| {
                            *c == Cue::Investor(InvestorCue::ForeignOrigin)
                        })
                        .is_empty()
            })
        };
        let of_a_part = |at: usize| at < s_first && self.in_a_part_of_all(at) && !into_the_part();
        // (A split of the sentence before into both, "trong đó 5 dự án FDI ...; 7 dự án trong
        // nước", stays one: see below.)
        let split_before = !cues.iter().any(own) && cues.iter().any(|h| h.cue != cues[0].cue);
        cues.retain(|h| !of_a_part(h.start as usize));
        if cues.iter().any(own) {
            cues.retain(own);
        } else if let Some(t) = self.total_before_part(q) {
            // Past a ";" after a part of a total, it continues the total, not the part: "có
            // 392 dự án còn hiệu lực, trong đó có 61 dự án FDI ...; 323 dự án đã đi vào hoạt
            // động".
            return done[t].investor;
        }
        // A split into foreign and domestic ("08 dự án trong nước và 01 dự án nước ngoài")
        // leaves the totals around it to both.
        if split_before || cues.iter().any(|h| h.cue != cues[0].cue) {
            return None;
        }
        let cue = cues.first().copied();
        // (Not from a sentence before whose figure is foreign only by its firm's origin, "Công
        // ty TNHH Hong Kong Trade, nhà đầu tư Hồng Kông, vốn 600 tỷ đồng", to a figure of many
        // projects or zones: that speaks of firms, not of what the next sentence totals, "các
        // KCN thu hút 9 dự án". "Dự án lớn nhất ... vốn 98 triệu USD" after "4 dự án của nhà
        // đầu tư Trung Quốc" is still one of theirs.)
        // (Whether the figure is of many is its own: read once, when a figure of the sentence
        // before first asks.)
        let many = std::cell::OnceCell::new();
        let of_many = || *many.get_or_init(|| self.of_many(qi) && !self.one_firm_before(qi));
        let prev = self.figures_back(qi, from).find(|&j| {
            figures
                && done[j].investor.is_some()
                && is_investment(done[j].metric)
                && !aside.contains(&self.qs[j].first)
                // (Nor from a breakdown in brackets, "9 dự án (5 dự án FDI, 4 dự án DDI)",
                // closed before it: the total after it is both's.)
                && !self.hidden(self.qs[j].first, q.first)
                && !of_a_part(self.qs[j].first)
                && (self.qs[j].first >= s_first || !(of_many() && self.firms_origin_only(j)))
        });
        let investor = self.later_of(cue, prev, done, |h| investor_of(h.cue));
        // Firms newly founded ("420 DN thành lập mới với tổng số vốn đăng ký 3.477 tỉ đồng",
        // "doanh nghiệp đăng ký thành lập mới"): business registration, which reports count
        // apart from FDI (foreign projects are licensed, not founded), so not the FDI before
        // it; domestic, where the text said so ("đầu tư trong nước cũng tiếp tục được cải
        // thiện. ... 15.492 doanh nghiệp được cấp phép thành lập mới").
        let (s0, _) = self.sentence(q.first);
        let founded = || {
            (s0..q.first).any(|k| {
                self.words_at(k, &["thành", "lập"])
                    && (self.text.word_is(k + 2, &["mới"])
                        || self.text.word_is(k.wrapping_sub(1), &["ký"]))
            })
        };
        investor.filter(|&i| i != Investor::Fdi || !founded())
    }

    /// Whether figure `j`'s investor comes only from a firm's or an investor's origin ("Công
    /// ty ... (Hàn Quốc)", "nhà đầu tư Hồng Kông"): its sentence, within the window, names a
    /// country and no investor's side ("FDI", "nước ngoài", "trong nước").
    fn firms_origin_only(&self, j: usize) -> bool {
        let (s0, s1) = self.sentence(self.qs[j].first);
        let hits = self.hits.within(s0, s1);
        // (A firm's or investor's origin there at all: not a figure foreign only by what the
        // sentence before it said, "cả nước có 1.183 dự án mới" after "vốn đầu tư nước ngoài".)
        let origin = self.foreign_firm_named(s0, s1)
            || hits
                .iter()
                .any(|h| h.cue == Cue::Investor(InvestorCue::ForeignOrigin));
        origin
            && !hits.iter().any(|h| {
                matches!(h.cue, Cue::Investor(x) if x != InvestorCue::ForeignOrigin)
                    && !self.negated(*h)
            })
    }

    /// Whether a firm, one, is spoken of before figure `qi` in its sentence ("Đến nay, tập đoàn
    /// đã đầu tư 4 dự án", "Các dự án của tập đoàn"); not firms, "các doanh nghiệp", "20
    /// công ty".
    fn one_firm_before(&self, qi: usize) -> bool {
        let q = &self.qs[qi];
        let (s0, _) = self.sentence(q.first);
        (s0..q.first).any(|k| {
            self.firm_word_at(k)
                && !self
                    .text
                    .word_is(k.wrapping_sub(1), &["các", "những", "nhiều", "mọi"])
                && !(k > 0 && self.is_num(k - 1))
        })
    }

    /// Whether figure `qi` is of many projects, firms or zones: a count of more than one of
    /// them up to it in its sentence ("thu hút 9 dự án, tổng vốn 4.582 tỷ đồng"), "các" zones,
    /// projects or firms ("các KCN có 161 dự án"), or the province's ("tỉnh thu hút 6.200 tỷ
    /// đồng").
    fn of_many(&self, qi: usize) -> bool {
        let q = &self.qs[qi];
        let (s0, _) = self.sentence(q.first);
        let from = s0.max(q.first.saturating_sub(WINDOW));
        let many = |c: &Quantity| {
            c.value > 1.0
                && [
                    Metric::Projects,
                    Metric::Enterprises,
                    Metric::Zones,
                    Metric::CapitalIncreases,
                ]
                .into_iter()
                .any(|m| c.counts(m))
        };
        std::iter::once(qi)
            .chain(self.figures_back(qi, from))
            .any(|j| many(&self.qs[j]))
            || (from..q.first).any(|k| {
                self.text.word_is(k, &["các"])
                    && self
                        .text
                        .word_is(k + 1, &["KCN", "KKT", "KCX", "khu", "dự", "doanh", "nhà"])
                    || self.text.word_is(k, &["tỉnh"])
                    || self.words_at(k, &["thành", "phố"])
            })
    }

    // ---------------------------------------------------------------- period

    /// Whether tokens `a..b` name a span of time in words that no date fixes: "vài năm qua",
    /// "3 năm qua", "những năm gần đây", "những năm tới", "cách đây 5 năm", "mỗi năm", "hàng
    /// năm", "hằng năm", a time later than the one before ("Vài năm sau"), a decade ("Những
    /// năm 90"), or of late ("Gần đây, ..."). ("Năm qua" alone is last year, which a carried
    /// year may well be.)
    fn own_span_in_words(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            // (In the first words of the sentence, or of its ";" clause: "Gần đây, ...", "Mãi
            // tới gần đây"; not "các báo cáo gần đây" further on.)
            if self.tok(k) == "gan" {
                return k <= a + 2
                    && self.text.word_is(k, &["gần"])
                    && self.text.word_is(k + 1, &["đây"]);
            }
            let decade = super::period::decade_at(self.text, k);
            if decade {
                return true;
            }
            if self.tok(k) != "nam" || k == 0 {
                return false;
            }
            let before = self.tok(k - 1);
            let several = self.text.tokens[k - 1].kind == TokKind::Num
                || matches!(
                    before,
                    "vai" | "bao" | "nhung" | "cac" | "chuc" | "may" | "nhieu"
                );
            let ago = (2..=4).any(|j| {
                self.tok(k.wrapping_sub(j)) == "day"
                    && self.text.word_is(k.wrapping_sub(j + 1), &["cách"])
            });
            // "9 năm hoạt động vừa qua": a few words may stand between.
            let past = (k + 1..k + 5)
                .take_while(|&j| self.is_word(j))
                .any(|j| self.text.word_is(j, &["qua"]));
            // (A record against those years, "cao nhất trong 5 năm qua", is no span of the
            // figure's own.)
            let record = (k.saturating_sub(6)..k).any(|j| self.text.word_is(j, &["nhất"]));
            let recent = self.text.word_is(k + 1, &["gần"]) && self.text.word_is(k + 2, &["đây"]);
            !record
                && several
                && (self.text.word_is(k + 1, &["tới", "sau"]) || past || ago || recent)
                || matches!(before, "moi" | "hang")
                    && self.text.word_is(k - 1, &["mỗi", "hàng", "hằng"])
        })
    }

    /// Whether rate `q` is an average change per year: "tăng bình quân 31,7%/năm", "bình quân
    /// mỗi năm tăng 12%", "tăng trung bình 8% mỗi năm".
    fn average_per_year(&self, q: &Quantity) -> bool {
        let from = q.first.saturating_sub(6);
        let average = (from..q.first).any(|k| {
            matches!(
                (self.tok(k), self.tok(k + 1)),
                ("binh", "quan") | ("trung", "binh")
            )
        });
        let per_year = |k: usize| {
            self.tok(k + 1) == "nam"
                && (self.tok(k) == "/" || self.text.word_is(k, &["mỗi", "hằng", "hàng"]))
        };
        average
            && (from..q.first)
                .chain(q.unit_end..q.unit_end + 2)
                .any(per_year)
    }

    /// Whether rate `q` is of the land leased, said with the verb: "đã cho thuê khoảng 80% diện
    /// tích đất công nghiệp", "cho thuê được 72% tổng diện tích", an occupancy rate.
    fn share_leased(&self, q: &Quantity) -> bool {
        let mut j = self.hedge_start(q.first);
        j -= usize::from(self.text.word_is(j.wrapping_sub(1), &["được"]));
        j >= 2
            && self.words_at(j - 2, &["cho", "thuê"])
            && (self.area_named_at(q.unit_end) || self.words_at(q.unit_end, &["quỹ", "đất"]))
            // (Land, not floor space: "90% diện tích nhà xưởng xây sẵn", "nhà ở".)
            && !(q.unit_end + 2..q.unit_end + 4).any(|k| self.text.word_is(k, &["nhà", "xưởng"]))
    }

    /// The last quantity starting before token `k`.
    fn last_quantity_before(&self, k: usize) -> Option<&Quantity> {
        let i = self.qs.partition_point(|o| o.first < k);
        i.checked_sub(1).map(|i| &self.qs[i])
    }

    /// Whether a quantity ends right before token `k`, its counted things the subject of the
    /// word there ("5 KCN đang triển khai").
    fn counted_before(&self, k: usize) -> bool {
        self.last_quantity_before(k)
            .is_some_and(|o| o.unit_end == k)
    }

    /// Whether tokens `a..b` speak of lately: "qua", "tuần", "tháng" ("trong tháng qua", "năm
    /// qua") or a span of their own in words ("những năm gần đây"). What stocks said with no
    /// time exclude.
    fn lately(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.text.word_is(k, &["qua", "tuần", "tháng"]))
            || self.own_span_in_words(a, b)
    }

    /// Whether tokens `a..b` name the day of the news by a part of it: "sáng nay", "hôm nay"
    /// ("đến hôm nay" is a stock as of now).
    fn news_day_in(&self, a: usize, b: usize) -> bool {
        (a.max(1)..b).any(|k| {
            self.tok(k) == "nay"
                && self
                    .text
                    .word_is(k - 1, &["sáng", "trưa", "chiều", "tối", "hôm"])
                && !self.text.word_is(k.wrapping_sub(2), &["đến", "tới"])
        })
    }

    /// Whether period `p` dates a founding, launch or start of works named right before it
    /// ("được khởi công tháng 10/2011", "khai trương vào tháng 8/2015"): the event's time, which
    /// dates figures in its own clause ("5 dự án khởi công năm 2016") and no others.
    fn dates_a_milestone(&self, p: &PeriodExpr) -> bool {
        let f = p.first;
        // (A merger of provinces, its places named between: "Sau khi hợp nhất 3 tỉnh Vĩnh Phúc,
        // Phú Thọ và Hòa Bình từ ngày 1/7/2025, tỉnh Phú Thọ mới có 33 KCN". Not a firm's
        // "báo cáo tài chính hợp nhất quý IV/2016", consolidated, nor a bank's merger.)
        let merged = || {
            let s0 = self.text.sentences[self.text.sentence_of(f)].first;
            (s0.max(f.saturating_sub(14))..f).any(|k| {
                self.any_words_at(k, &[&["hợp", "nhất"], &["sáp", "nhập"]])
                    && (k + 2..(k + 6).min(f))
                        .any(|j| self.text.word_is(j, &["tỉnh", "huyện", "xã"]))
            })
        };
        // ("kể từ khi thành lập đến nay" counts since then.)
        !p.cumulative
            && (self.hits.within(f.saturating_sub(6), f).iter().any(|h| {
                h.cue == Cue::Milestone
                    && (h.end() == f
                        || h.end() + 1 == f && self.text.word_is(f - 1, &["vào", "từ", "trong"]))
            }) || merged())
    }

    /// Whether area `q` is a thing's size: "rộng" (wide) right before it, approximate words
    /// aside ("rộng khoảng 150m2", "rộng gần 17.000m 2"), or what one zone named has ("KKT
    /// Vũng Áng có diện tích 22.781 ha", "KCN Gia Bình II có quy mô 250 ha", gold 006 and 068).
    fn a_size(&self, q: &Quantity) -> bool {
        if q.unit != Unit::Ha {
            return false;
        }
        let mut k = q.first;
        while k > 0
            && self.text.word_is(
                k - 1,
                &[
                    "khoảng", "gần", "hơn", "trên", "tới", "đến", "chừng", "xấp", "xỉ", "là",
                ],
            )
        {
            k -= 1;
        }
        // (Not "mở rộng", "nới rộng", "lan rộng": a spread, which a period may date.)
        let wide = k > 0
            && self.text.word_is(k - 1, &["rộng"])
            && !self.text.word_is(k.wrapping_sub(2), &["mở", "nới", "lan"]);
        wide || self.a_zones_size(k)
    }

    /// Whether the area whose words start at token `k` is what one zone named right before has:
    /// "<KCN Name> có (tổng) diện tích", "có quy mô" (not "các KCN có tổng diện tích").
    fn a_zones_size(&self, k: usize) -> bool {
        if k < 2 || !self.any_words_at(k - 2, &[&["diện", "tích"], &["quy", "mô"]]) {
            return false;
        }
        let mut j = k - 2;
        if self.text.word_is(j.wrapping_sub(1), &["tổng"]) {
            j -= 1;
        }
        if !self.text.word_is(j.wrapping_sub(1), &["có"]) {
            return false;
        }
        let c0 = self.clause_start[k].max(j.saturating_sub(10));
        self.hits.within(c0, j).iter().any(|h| {
            let e = h.end();
            self.counted_on_its_own(h) == Some(Metric::Zones)
                && e < j
                && self.text.tokens[e].capitalized
                && !self.text.word_is(
                    (h.start as usize).wrapping_sub(1),
                    &["các", "những", "nhiều"],
                )
                && (e..j).all(|m| self.q_at[m].is_none())
        })
    }

    /// Whether money `q` is what one undertaking costs: a cost's own word right before it
    /// ("kinh phí 27,8 tỷ đồng", "tổng mức đầu tư khoảng 45 tỷ đồng"), or a capital's after
    /// one project or works its sentence names ("Khu tái định cư Nhơn Phước có quy mô 35 ha,
    /// vốn đầu tư 185 tỷ đồng", "đầu tư hạ tầng KCN ... với tổng vốn 4.200 tỷ đồng"), not what
    /// was drawn in since ("thu hút tổng vốn 5 tỷ USD"). No count and no "các", "những",
    /// "nhiều", "một số" comes before it in the sentence: "hiện còn 321 dự án với tổng mức đầu
    /// tư 198.000 tỷ" sums a stock.
    fn one_undertakings_cost(&self, q: &Quantity) -> bool {
        if !q.unit.is_money() || q.per_unit {
            return false;
        }
        let mut k = self.hedge_start(q.first);
        while k > 0 && (self.text.word_is(k - 1, &["là", "dự", "kiến"]) || self.tok(k - 1) == ":")
        {
            k -= 1;
        }
        const COST: &[&[&str]] = &[&["kinh", "phí"], &["chi", "phí"], &["mức", "đầu", "tư"]];
        const CAPITAL: &[&[&str]] = &[&["vốn", "đầu", "tư"], &["tổng", "vốn"], &["số", "vốn"]];
        let ending_at_k = |phrases: &[&[&str]]| {
            phrases.iter().find_map(|p| {
                let at = k.checked_sub(p.len())?;
                self.words_at(at, p).then_some(at)
            })
        };
        let (cue, cost) = match (ending_at_k(COST), ending_at_k(CAPITAL)) {
            (Some(at), _) => (at, true),
            (None, Some(at)) => (at, false),
            (None, None) => return false,
        };
        let (s0, _) = self.sentence(q.first);
        let many = |j: usize| {
            self.text.word_is(j, &["các", "những", "nhiều"])
                || self.words_at(j, &["một", "số"])
                || self.q_at[j].is_some_and(|i| self.qs[i as usize].unit == Unit::Count)
        };
        if (s0..cue).any(many) {
            return false;
        }
        cost || (s0..cue).any(|j| {
            self.any_words_at(
                j,
                &[
                    &["dự", "án"],
                    &["nhà", "máy"],
                    &["công", "trình"],
                    &["đầu", "tư", "hạ", "tầng"],
                    &["tái", "định", "cư"],
                ],
            ) && !(j..cue).any(|k| self.words_at(k, &["thu", "hút"]))
        })
    }

    /// Whether token `k` lies in a period phrase (the last one starting at or before it).
    fn in_period(&self, k: usize) -> bool {
        let i = self.periods.partition_point(|p| p.first <= k);
        i > 0 && self.periods[i - 1].end > k
    }

    /// The period phrases starting in tokens `a..b` (they are in text order).
    fn periods_in(&self, a: usize, b: usize) -> &[PeriodExpr] {
        let lo = self.periods.partition_point(|p| p.first < a);
        let hi = self.periods.partition_point(|p| p.first < b);
        &self.periods[lo..hi.max(lo)]
    }

    /// For each sentence, the period expression it inherits from earlier sentences. A new
    /// paragraph keeps the period in force: reports state it once for several paragraphs.
    fn carry_periods(&self) -> Vec<Option<Carried>> {
        let sents = &self.text.sentences;
        let mut out = vec![None; sents.len()];
        let mut current: Option<Carried> = None;
        // A period in brackets is an aside ("(cuối tháng 6.2016 ...)"): it dates its own
        // sentence at most.
        // Nor is an event's date ("Dự án được khởi công tháng 10/2011").
        let carryable = |p: &PeriodExpr| {
            p.own_time() && self.group[p.first].is_none() && !self.dates_a_milestone(p)
        };
        // A stock cue with no date to end on carries only the stock flag: it goes on to the
        // next sentences when it framed a figure of its own ("Tây Ninh hiện có 6 KCN ... Trong
        // đó ..."), not when it framed nothing ("nơi ở hiện nay tại phường Phú Đô"); either
        // way it ends the period before, since it speaks of now.
        // Whether a figure starts in tokens `a..b`. (A price per thing is no figure of a report:
        // "hiện chỉ còn 5.700 đồng/CP" frames nothing after it.)
        let figure_in = |a: usize, b: usize| {
            let k = self.qs.partition_point(|q| q.first < a);
            self.qs[k..]
                .iter()
                .take_while(|q| q.first < b)
                .any(|q| !q.per_unit)
        };
        let frames = |p: &PeriodExpr, s_end: usize| {
            p.end_date.is_some() || !p.cumulative || figure_in(p.end, s_end)
        };
        // A sentence that dates a founding, launch or completion and states no figure ("Vào năm
        // 1923, Công ty ra đời") dates that event, not the figures after it.
        // ("số DN thành lập mới tăng cao" counts new firms: it dates no founding; "thành lập
        // mới đây", recently founded, does.)
        let milestone = |s: &crate::text::Sentence| {
            !figure_in(s.first, s.end)
                && self.hits.within(s.first, s.end).iter().any(|h| {
                    h.cue == Cue::Milestone
                        && (!self.text.word_is(h.end(), &["mới"])
                            || self.text.word_is(h.end() + 1, &["đây"]))
                })
        };
        // A sentence that says what will happen and states no figure ("... cam kết sẽ thi công
        // ... nhằm sớm di dời chợ cũ sang chợ mới vào tháng 12.2017 này") dates that plan: goals
        // after it may take its date, figures reported do not.
        // ("Theo kế hoạch, từ tháng 10/2017 dự án ... sẽ chạy thử": the "sẽ" may follow the
        // date.)
        let plan = |s: &crate::text::Sentence| {
            !figure_in(s.first, s.end)
                && (s.first..s.end).any(|k| self.tok(k) == "se" && self.text.word_is(k, &["sẽ"]))
        };
        // A photo's caption ("Lễ động thổ ngày 4/9/2014. Ảnh: Quốc Hùng") dates the photo.
        let captions = &self.text.captions;
        let caption = |si: usize| {
            sents
                .get(si + 1)
                .is_some_and(|n| captions.contains(&(sents[si].first, n.first)))
        };
        // Reports state a period once and go on listing its figures; a story that goes on for
        // several sentences without a figure has moved on, and the period lapses.
        let mut without_figures = 0;
        // A table's caption and header lines, up to its first cell, say what its rows hold:
        // the story has not moved on (a header scraped one cell a line is many lines).
        let mut heads: Vec<(usize, usize)> = Vec::new();
        for q in self.qs {
            if let Some(c) = q.context
                && heads.last().is_none_or(|h| h.0 != c.table.0)
            {
                heads.push((c.table.0, q.first));
            }
        }
        let in_head = |s: &crate::text::Sentence| {
            heads[..heads.partition_point(|h| h.0 <= s.first)]
                .last()
                .is_some_and(|h| s.end <= h.1)
        };
        // Within a list of links: its headlines neither take nor pass on a period; the story
        // after the list goes on in the period before it (review 45).
        let mut links: Option<Option<Carried>> = None;
        for (si, s) in sents.iter().enumerate() {
            if let Some(before) = links
                && !self.heading(si)
            {
                current = before;
                links = None;
            }
            // (The heading a line of its own, perhaps ending in ":".)
            let own_line = |k: usize| self.text.tokens.get(k).is_none_or(|t| t.newline_before);
            if si > 0
                && own_line(s.first)
                && own_line(s.end)
                && self.any_words_at(s.first, LINK_LISTS)
                && (s.first..s.end).filter(|&k| self.tok(k) != ":").count() <= 4
                && links.is_none()
            {
                links = Some(current);
            }
            if links.is_some() {
                current = None;
                continue;
            }
            // (A rule under a table's header, "|---|---|", says nothing.)
            without_figures = if figure_in(s.first, s.end) {
                0
            } else if !self.text.rule_line(s.first, s.end) && !in_head(s) {
                without_figures + 1
            } else {
                without_figures
            };
            if without_figures > LAPSE_AFTER {
                current = None;
            }
            // A heading opens another part: a stock as of no date ("Tây Ninh hiện có 6 KCN")
            // is not carried into it; a period with dates ("Năm 2023, ...") may be.
            // (A heading states no figure: "- KCN Trảng Bàng thu hút 120 dự án", an item of a
            // list, goes on with the stock.)
            if si > 0
                && self.heading(si)
                && !figure_in(s.first, s.end)
                && current.is_some_and(|c| self.periods[c.period].end_date.is_none())
            {
                current = None;
            }
            out[si] = current;
            if caption(si) {
                continue;
            }
            let lo = self.periods.partition_point(|p| p.first < s.first);
            if let Some(k) = self
                .periods_in(s.first, s.end)
                .iter()
                .rposition(|p| p.end <= s.end && carryable(p))
            {
                let p = &self.periods[lo + k];
                // A dated event ends a stock as of no date before it as well ("Bắc Ninh hiện có
                // 16 KCN ... Đến ngày 13/11/2024, KCN Gia Bình II đã cơ bản hoàn thành ..."):
                // the story has moved on to it. A period with dates stays ("Năm 2023, ... Tháng
                // 6/2023, nhà máy đi vào hoạt động"). (What is done by now is still now: "Đến
                // nay, Bộ đã hoàn thành xây dựng Cổng dịch vụ công ..." goes on to what the
                // portal offers now. A span reported on is no event's date: "Trong 9 tháng đầu
                // năm 2024, nhiều tuyến đường đã được đưa vào sử dụng".)
                let now = p.cumulative && !p.explicit_year;
                let reported = self.text.word_is(p.first.wrapping_sub(1), &["trong"]);
                // A sentence whose figures are all goals dates goals only (see `Carried`).
                // (Only where a goal may be said at all, a goal cue or a plan as the subject
                // ([`PLAN_SUBJECTS`]), to keep the work linear.)
                let goal_said = || {
                    self.hits
                        .within(s.first, s.end)
                        .iter()
                        .any(|h| h.cue == Cue::Measure(MeasureCue::Target))
                        || (s.first..s.end).any(|k| self.any_words_at(k, PLAN_SUBJECTS))
                };
                let goals = figure_in(s.first, s.end) && goal_said() && {
                    let a = self.qs.partition_point(|q| q.first < s.first);
                    let b = self.qs.partition_point(|q| q.first < s.end);
                    self.qs[a..b].iter().all(|q| self.is_target(q))
                };
                // (Open at the publication: a report of January on last year's goal goes on
                // with its results for the year, "Năm 2024, Ban đặt mục tiêu thu hút 1 tỷ USD.
                // Kết quả, các KCN đã thu hút 1,2 tỷ USD".)
                let open = self
                    .pub_date
                    .is_some_and(|d| p.end_date.is_some_and(|e| e >= d));
                current = if milestone(s) && !now && !reported {
                    current.filter(|c| !self.periods[c.period].cumulative)
                } else {
                    // (The dated period in force before a stock as of now.)
                    let before_now = current
                        .and_then(|c| {
                            let cp = &self.periods[c.period];
                            if cp.cumulative && !cp.explicit_year {
                                c.before_now
                            } else {
                                (!c.goals_only && cp.end_date.is_some() && !cp.cumulative)
                                    .then_some(c.period)
                            }
                        })
                        // (Or the sentence's own, before the stock: "Quý I/2026, KKT ... cấp
                        // mới 3 dự án, nâng tổng số dự án còn hiệu lực lên 53 dự án".)
                        .or_else(|| {
                            (lo..lo + k).rev().find(|&j| {
                                let o = &self.periods[j];
                                o.end_date.is_some() && !o.cumulative && carryable(o)
                            })
                        })
                        // (Now said in words, "hiện", "đến nay", or "còn hiệu lực" of the
                        // news's day: not a date counted up to, "Tính đến cuối tháng 9", after
                        // which a flow is the year's to date.)
                        .filter(|_| {
                            now && (p.first..p.end).any(|k| {
                                matches!(self.tok(k), "hien" | "nay")
                                    || self.words_at(k, &["hiệu", "lực"])
                                        && p.end_date == self.pub_date
                            })
                        });
                    frames(p, s.end).then_some(Carried {
                        period: lo + k,
                        before_now,
                        goals_only: plan(s) || goals,
                        // (Only a part of the goals' span, as a quarter of the plan's year is;
                        // else the goals' own: "Năm 2017, xuất khẩu dự kiến đạt 31 tỷ USD. ...
                        // riêng Tập đoàn đóng góp gần 3 tỷ USD", "Năm 2016, PECC 2 đặt kế
                        // hoạch lợi nhuận 60 tỷ đồng. ... đã thực hiện vượt mức tới 66%".)
                        others: goals.then(|| {
                            current
                                .and_then(|c| {
                                    if c.goals_only {
                                        c.others
                                    } else {
                                        Some(c.period)
                                    }
                                })
                                .filter(|&o| open && within(&self.periods[o], p))
                                .unwrap_or(lo + k)
                        }),
                    })
                };
                without_figures = 0;
            }
        }
        // The headline states what the body reports: it takes the body's first period, for
        // goals only where that dates a plan.
        // (Of the body's first sentences: a stock far below, "nâng tổng số lao động đến nay"
        // in the fourth paragraph, is not what the headline's capital counts.)
        if out.first().is_some_and(|c| c.is_none()) {
            let first = sents.first().map(|s| s.end).unwrap_or(0);
            let lead_end = self.lead_end();
            out[0] = self
                .periods
                .iter()
                .position(|p| p.first >= first && carryable(p))
                .filter(|&k| self.periods[k].first < lead_end)
                .map(|period| Carried {
                    period,
                    before_now: None,
                    goals_only: plan(&sents[self.text.sentence_of(self.periods[period].first)]),
                    others: None,
                });
        }
        out
    }

    /// The period of `q` (`flow`: its metric is a flow over a period, see [`is_flow`]).
    fn period(
        &self,
        q: &Quantity,
        measure: Measure,
        flow: bool,
    ) -> (Option<NaiveDate>, Option<NaiveDate>, bool) {
        let (s0, _) = self.sentence(q.first);
        let c0 = self.clause_start[q.first];
        let c1 = self.clause_end[q.first];
        // A plan horizon ("tầm nhìn đến năm 2050") is the period of targets only.
        let target = measure == Measure::Target;
        // "Giai đoạn II (2023 - 2025) cần 114.612 tỷ đồng", "Trong 3 năm (2014 - 2016), tổng
        // doanh thu ...": the bracket names the phase's or the years' span.
        let names_a_phase = |p: &PeriodExpr| {
            self.group[p.first].is_some_and(|(o, _)| {
                o + 1 == p.first
                    && ((1..=2).any(|k| {
                        self.tok(o.wrapping_sub(k)) == "doan"
                            && self.tok(o.wrapping_sub(k + 1)) == "giai"
                    }) || self.tok(o.wrapping_sub(1)) == "nam"
                        && self.is_num(o.wrapping_sub(2)))
            })
        };
        // A bracket that holds nothing but a period states it for its sentence: "(tính đến thời
        // điểm tháng 9/2016), mới chỉ có 4.424 doanh nghiệp", "Kế hoạch vốn trung hạn (giai
        // đoạn 2016 - 2020), trong đó ... 5.000 tỷ đồng", "16.126 tỷ đồng (tại thời điểm
        // 31/12/2016)".
        // (Not a day, an event's: "(ngày 4-1-2013)", "(sinh năm 1988)".)
        let only_a_period = |p: &PeriodExpr| {
            !p.document
                && self.group[p.first].is_some_and(|(o, c)| {
                    p.end == c
                        && p.first - o <= 5
                        && (o + 1..p.first).all(|k| {
                            matches!(
                                self.tok(k),
                                "tinh" | "den" | "toi" | "thoi" | "diem" | "giai" | "doan" | "tu"
                            ) || self.text.word_is(k, &["tại"])
                        })
                })
        };
        // A plan's span named past a comma ("Chia sẻ tại Hội nghị công bố quy hoạch tỉnh thời kỳ
        // 2021-2030, ..., ông ... cho biết, doanh nghiệp đang thực hiện 1 dự án") is the plan's:
        // it dates only the plan's targets. (Not one the figure is written in: "bổ sung vào Quy
        // hoạch sử dụng đất giai đoạn 2011 - 2020 khoảng 6.000 ha".)
        let plans_apart = |p: &PeriodExpr| p.plan && (p.end..q.first).any(|k| self.tok(k) == ",");
        let visible = |p: &&PeriodExpr| {
            (!self.hidden(p.first, q.first) || names_a_phase(p) || only_a_period(p))
                && (!p.comparison || target && p.plan)
                && (target || !plans_apart(p))
                && (target || !p.horizon)
        };
        // Nearest before in the clause, then in the sentence, then close after in the clause.
        // An event's date past a comma is the event's alone ("được khởi công tháng 10/2011, sử
        // dụng vốn vay ... 18.000 tỷ đồng").
        let event_apart = |p: &PeriodExpr| {
            self.dates_a_milestone(p) && (p.end..q.first).any(|k| self.tok(k) == ",")
        };
        // The year written right after the figure a change starts from is that figure's own:
        // "giảm từ hơn 4 ngàn tỷ năm 2014 xuống còn hơn 2,6 ngàn tỷ đồng".
        let start_points = |p: &PeriodExpr| {
            p.first > 0
                && (p.end..q.first).any(|k| {
                    self.text
                        .word_is(k, &["xuống", "lên", "còn", "về", "đến", "tới"])
                })
                && self.q_at[p.first - 1].is_some_and(|j| {
                    let f = self.qs[j as usize].first;
                    (f.saturating_sub(3)..f).any(|k| self.text.word_is(k, &["từ"]))
                })
        };
        let before_clause = self
            .periods_in(c0, q.first)
            .iter()
            .filter(|p| p.end <= q.first && !event_apart(p) && !start_points(p))
            .rfind(visible);
        // A sentence that runs on past the window ("có một số dự án như ...; ...; ...") still
        // states its period before it: the last few before the window are read too (a few
        // only, to keep run-on text linear).
        let before_sentence = || {
            let first = self.text.sentences[self.text.sentence_of(q.first)].first;
            let before_window = self.periods_in(first, s0);
            self.periods_in(s0, c0)
                .iter()
                .rev()
                .chain(before_window.iter().rev().take(4))
                .filter(|p| p.end <= c0 && !self.dates_a_milestone(p))
                .find(visible)
        };
        // After it only when close, with no comma between: "đạt 9.150 tỷ đồng trong năm 2023".
        // (Written right after it, a comparison's date is its own: "so với mức giảm 513 tỷ
        // USD trong 2015".)
        // (Not a time before a year, "bài hát sáng tác trước năm 1976", which is the things'.)
        let before_time = |p: &PeriodExpr| {
            let t = |k: isize| self.text.tok_at(p.first as isize - k);
            t(1) == "truoc" || t(1) == "nam" && t(2) == "truoc"
        };
        // (A horizon, or a plan's, only of a goal: "phấn đấu thu hút 1 tỷ USD đến năm 2025",
        // "quy hoạch 24 KCN với 5.900 ha đến năm 2030".)
        let after_clause = |own: bool| {
            self.periods_in(q.last + 1, q.last + 17).iter().find(|p| {
                p.end <= c1
                    && (!p.horizon || target)
                    && !before_time(p)
                    && (!p.comparison || own || target && p.plan)
                    && (q.last + 1..p.first).all(|k| !matches!(self.tok(k), "," | ";" | "(" | ")"))
            })
        };
        // Written right after it, it is its own: "từ 15 tỷ USD năm 2008 lên 52 tỷ USD năm 2016",
        // "4,02% năm 2011 và 1,36% năm 2016", "đạt 9.150 tỷ đồng trong năm 2023".
        // So is a bracket that holds only a period, right after it or its noun phrase: "so với
        // 45% (năm 2010)", "35% số lượng xe vận chuyển không tải (năm 2010)".
        let bracket_after = || {
            // (Not past a word that starts another clause: "tăng 100-200% dù trước đó (giai
            // đoạn 2015-2016)" dates what came before.)
            let joins = |k: usize| {
                self.tok(k) == "("
                    || self.is_word(k)
                        && self.q_at[k].is_none()
                        && !self.text.word_is(
                            k,
                            &[
                                "dù", "nhưng", "trước", "sau", "khi", "mà", "so", "còn", "và",
                            ],
                        )
            };
            let open = (q.last + 1..(q.last + 1 + TAIL_MAX).min(c1))
                .take_while(|&k| joins(k))
                .find(|&k| self.tok(k) == "(")?;
            self.periods_in(open + 1, open + 7).iter().find(|p| {
                self.group[p.first].is_some_and(|(o, _)| o == open)
                    && only_a_period(p)
                    && !p.comparison
                    && !p.horizon
            })
        };
        // So is a span of years named right after it ("giai đoạn", "thời kỳ"), past a comma or
        // "trong", that ends the sentence: "đóng góp ngân sách Nhà nước, với 180.000 tỷ đồng,
        // giai đoạn 2000-2016.", "thu lời hơn 134.000 tỷ đồng trong giai đoạn 2012-2016." (Of
        // a figure compared with, "so với 47% trong giai đoạn 2013-2015", too; not of a
        // multiple, "gấp 2 lần giai đoạn 2006-2010".)
        let span_after = || {
            self.periods_in(q.last + 1, q.last + 6).iter().find(|p| {
                let between = q.last + 1..p.first;
                p.start
                    .is_some_and(|s| p.end_date.is_some_and(|e| e.year() > s.year()))
                    && (!p.comparison || q.unit != Unit::Times)
                    && !p.horizon
                    && !p.plan
                    && between
                        .clone()
                        .any(|k| self.text.word_is(k, &["đoạn", "kỳ"]))
                    && between.into_iter().all(|k| {
                        self.tok(k) == ","
                            || self
                                .text
                                .word_is(k, &["trong", "giai", "đoạn", "thời", "kỳ"])
                    })
                    && matches!(self.tok(p.end), "." | ";" | "")
            })
        };
        // (Not the earlier time a multiple or a ratio is of: "gấp 3 lần quý 1/2016", "bằng 120%
        // năm 2022".)
        let right_after =
            after_clause(q.unit != Unit::Times && measure != Measure::RatioToPriorPct)
                .filter(|p| {
                    // ("mức 6%-8% của giai đoạn 2008-2013": a span's words between.)
                    let from = q.last
                        + 1
                        + usize::from(matches!(
                            self.tok(q.last + 1),
                            "trong" | "vao" | "hoi" | "cua"
                        ));
                    p.first >= from
                        && (from..p.first)
                            .all(|k| self.text.word_is(k, &["giai", "đoạn", "thời", "kỳ"]))
                })
                .or_else(bracket_after)
                .or_else(span_after);
        // A decade written right after it ("3,2% vào đầu thập kỷ 90") is its time, one no date
        // fixes: no period before it in the clause is its. (After "vào", "trong", "đầu", "cuối"
        // or "giữa"; not a comparison's, "gấp 10 lần thập niên 1990".)
        if right_after.is_none()
            && (q.last + 1..(q.last + 5).min(c1))
                .take_while(|&k| self.tok(k) != ",")
                .any(|k| {
                    super::period::decade_at(self.text, k)
                        && (k.saturating_sub(3)..k - 1).any(|j| {
                            self.text
                                .word_is(j, &["vào", "trong", "đầu", "cuối", "giữa"])
                        })
                })
        {
            return (None, None, false);
        }
        let own = right_after.is_some();
        // A thing's size ("khu đất rộng 300m2", "khuôn viên đất rộng 21.000 m2") is no figure of
        // a period: only a time in its own clause dates it, not one an earlier clause or
        // sentence names for something else.
        let size = self.a_size(q);
        let chosen = right_after
            .or(before_clause)
            .or_else(|| before_sentence().filter(|_| !size))
            .or_else(|| after_clause(false))
            .or_else(|| {
                if size {
                    return None;
                }
                let si = self.text.sentence_of(q.first);
                // A clause that names its own span of time in words ("trong vài năm qua",
                // "những năm gần đây", "mỗi năm", "hàng năm") is not in the period before.
                if self.own_span_in_words(c0, c1) {
                    return None;
                }
                // Nor one that happened on the news's day ("Sáng nay (10.2), khoảng 1.000 công
                // nhân ...", "tại đợt ký kết sáng nay, ... hơn 8.000 tỷ đồng"), counted then, not
                // in the period or the stock before; the day a source spoke ("Theo thông tin từ
                // buổi làm việc ... hôm nay (20-6), ...") is not the figure's.
                let hi = (q.last + 1..c1)
                    .find(|&k| matches!(self.tok(k), "," | "("))
                    .unwrap_or(c1);
                let mut lo = c0;
                while lo < hi {
                    let end = (lo..hi).find(|&k| self.tok(k) == ",").unwrap_or(hi);
                    if self.tok(lo) != "theo" && self.news_day_in(lo, end) {
                        return None;
                    }
                    lo = end + 1;
                }
                // Nor one that goes on to what happened next ("Sau đó, Tập đoàn ... nâng vốn
                // lên 3 tỉ USD"), which is later than the period before, and undated.
                let after_that = |k: usize| self.tok(k) == "sau" && self.tok(k + 1) == "do";
                if after_that(s0) || after_that(c0) {
                    return None;
                }
                // Nor the amount a thing started with ("Với số vốn ban đầu 2 tỷ USD", "vốn
                // đầu tư ban đầu là 500 triệu USD"), which is of its start, not of the period
                // the text reports on. (Said of money: not "vượt kế hoạch ban đầu 1 tỷ USD",
                // the first plan.)
                if (q.first.saturating_sub(4).max(c0)..q.first).any(|k| {
                    self.tok(k) == "ban"
                        && self.tok(k + 1) == "dau"
                        && self.text.word_is(k, &["ban"])
                        && self
                            .text
                            .word_is(k.wrapping_sub(1), &["vốn", "tư", "duyệt"])
                }) {
                    return None;
                }
                // Nor one that looks ahead to a horizon of its own ("Đến năm 2030, khối lượng
                // vận tải sẽ tăng 4,8 lần"): a later time than the one before. (Not one in
                // brackets, an aside: "Trong 30 KCN còn lại (quy mô sử dụng đất đến năm 2030
                // hơn 7.437 ha) có 8 KCN".)
                if self
                    .periods_in(c0, c1)
                    .iter()
                    .any(|p| p.horizon && self.group[p.first].is_none())
                {
                    return None;
                }
                // Nor one dated by the news's own day ("Sáng 5/6, tại Tokyo, ... 22 tỷ USD"),
                // which dates nothing itself.
                let (_, s1) = self.sentence(q.first);
                // Nor one that cites a document by its date ("Quyết định 596/QĐ-UBND ngày
                // 18-4-2011"): the sentence tells what the document says.
                if self
                    .periods_in(s0, s1)
                    .iter()
                    .any(|p| p.document && !p.explicit_year || p.issued)
                {
                    return None;
                }
                // A headline takes the body's date for a figure the body reports too ("Tỷ lệ
                // lấp đầy ... đạt 70%" over "... đạt cận 70%"); one the body never restates is
                // not dated by whatever the body dates first ("Vay 250 triệu USD ..." over
                // "chạy thử từ tháng 10/2017"). (A stock as of now, undated, it still takes.)
                let undated_headline = si == 0 && self.heading(0) && !self.restated_in_body(q);
                // A stock as of now in an earlier sentence ("hiện đã có 10 dự án") does not
                // date a goal stated after it ("sẽ thu hút thêm 2-3 dự án"); a written
                // horizon ("đến năm 2030") does.
                // Nor a stock as of now one that was just done ("Hiện nay, KCN có 80 dự án. ...
                // Ban quản lý vừa trao giấy chứng nhận cho 2 dự án"): the act adds to it.
                // (Not "vừa" that is no "just": "doanh nghiệp vừa và nhỏ", "vừa là ... vừa
                // là", "vừa qua".)
                // Nor licences handed over or memoranda signed at an event ("Dịp này, UBND tỉnh
                // trao Giấy chứng nhận đầu tư cho 8 dự án với tổng số vốn ...", "Tại buổi họp
                // mặt, ... đã ký kết bản ghi nhớ ... 1,2 tỷ USD"): the event's day is theirs
                // (gold 066), and a year said before of a goal or of the past is not. (Not a
                // loan or a sale: "Giữa năm 2016, ... ký hợp đồng tín dụng cho vay 2 tỉ đồng".)
                // (Also those a sentence after lists: "... trao giấy chứng nhận ... cho 8 dự án
                // .... Các dự án này bao gồm: - Công ty ... (vốn đầu tư 3 triệu USD) ...".)
                let handed_over = || {
                    let handing = |k: usize| self.hands_over(k);
                    let lists_them = si > 0
                        && self.any_words_at(
                            self.text.sentences[si].first,
                            &[
                                &["các", "dự", "án", "này"],
                                &["những", "dự", "án", "này"],
                                &["các", "dự", "án", "trên"],
                            ],
                        );
                    // (Where the handing sentence dates itself, "Trong 6 tháng đầu năm 2017,
                    // tỉnh đã trao giấy chứng nhận ... cho 20 dự án", its list goes on in it.)
                    (s0..q.first).any(handing)
                        || lists_them && {
                            let before = &self.text.sentences[si - 1];
                            let from = before.first.max(before.end.saturating_sub(WINDOW));
                            (from..before.end).any(handing)
                                && self.periods_in(from, before.end).is_empty()
                        }
                };
                let just_done = || {
                    (c0.max(s0)..q.first).any(|k| {
                        self.text.word_is(k, &["vừa"])
                            && self.is_word(k + 1)
                            && !self.text.word_is(
                                k + 1,
                                &["qua", "là", "có", "và", "phải", "rồi", "đủ", "nhỏ"],
                            )
                            && !self.text.word_is(k.wrapping_sub(1), &["nhỏ", "và"])
                    })
                };
                // A sentence that steps back in time, opening "Trước đó" or "Trước đây", or
                // telling what someone said earlier ("Bộ Công Thương trước đây cho biết, ...
                // 336 triệu USD"), is not dated by the story's time: it tells what came before.
                // (Not an earlier act inside it: "doanh thu ... mà Vietlott công bố trước đó".)
                // (Read within the figure's window: a run-on sentence stays linear.)
                let stepped_back = || {
                    let first = self.text.sentences[si].first;
                    let (w0, _) = self.sentence(q.first);
                    let earlier = |k: usize| {
                        self.text.word_is(k, &["trước"]) && self.text.word_is(k + 1, &["đó", "đây"])
                    };
                    (first..(first + 3).min(q.first)).any(|k| {
                        earlier(k)
                            && (first..k).all(|j| self.text.word_is(j, &["Cũng", "Ngay", "Còn"]))
                    }) || (w0..q.first).any(|k| {
                        earlier(k)
                            && self.text.word_is(k + 2, &["cho"])
                            && self.text.word_is(k + 3, &["biết", "hay"])
                    })
                };
                // A result said as one after goals ("Trong quý, xuất khẩu đạt 700 triệu USD") is
                // of the period before them; one said with no verb goes on listing them ("Lợi
                // nhuận trước thuế 1.210 tỷ đồng").
                let result_said = || {
                    let first = self.text.sentences[si].first;
                    (c0.max(s0)..q.first).any(|k| self.text.word_is(k, &["đạt", "đã"]))
                        || self.text.word_is(first, &["trong"])
                            && self.text.word_is(first + 1, &["quý", "kỳ", "tháng", "năm"])
                };
                // Nor work under way at the news or what a policy encourages ("Tỉnh đang đề xuất
                // thành lập thêm 3 KCN mới với tổng diện tích khoảng 1.000 ha", "Ban đang phối
                // hợp giải phóng mặt bằng 1.100 ha", "khuyến khích các chủ đầu tư dành 5-10% diện
                // tích KCN"): gold 066 dates no "doanh nghiệp đang thực hiện 1 dự án". (The
                // figure is what the verb handles, in its part of the clause: not one after a
                // comma or a verb of its own, "số khu đang xây dựng hạ tầng là 44", "Các dự án
                // đang triển khai đã giải ngân 500 tỷ đồng", "chiếm 60%". Not what is done and
                // going on, "đã và đang triển khai ở 30 dự án", nor things counted as under way,
                // "có 5 KCN đang triển khai với tổng diện tích 1.358 ha": stocks. "khuyến khích"
                // only with what it asks to set aside, "dành": not "chính sách khuyến khích đầu
                // tư, vốn đăng ký tăng 25%".)
                // A result reported as reached in its clause: "Kim ngạch xuất khẩu ... đạt".
                let reached = || (c0.max(s0)..q.first).any(|k| self.text.word_is(k, &["đạt"]));
                // "Cũng trong quý, ...", "Riêng trong năm qua, ...": the period reported, where
                // it is one of that kind (not the month before "Cũng trong năm qua").
                let opens_within_the_period = |b: usize| {
                    let first = self.text.sentences[si].first;
                    let k =
                        first + usize::from(self.text.word_is(first, &["Cũng", "Riêng", "Còn"]));
                    let at = k + 2 + usize::from(self.text.word_is(k + 2, &["này", "qua"]));
                    let p = &self.periods[b];
                    let months = p.start.zip(p.end_date).map(|(s, e)| {
                        (e.year() - s.year()) * 12 + e.month() as i32 - s.month() as i32 + 1
                    });
                    let of_its_kind = if self.text.word_is(k + 1, &["tháng"]) {
                        months == Some(1)
                    } else if self.text.word_is(k + 1, &["quý"]) {
                        months == Some(3)
                    } else if self.text.word_is(k + 1, &["năm"]) {
                        // (The year so far; "năm qua", the past year, only a whole one.)
                        p.start.is_some_and(|s| (s.month(), s.day()) == (1, 1))
                            && (!self.text.word_is(k + 2, &["qua"]) || months == Some(12))
                    } else {
                        self.text.word_is(k + 1, &["kỳ"])
                    };
                    self.text.word_is(k, &["trong"])
                        && of_its_kind
                        && self.tok(at) == ","
                        && at < q.first
                };
                let under_way = || {
                    let from = c0.max(s0).max(q.first.saturating_sub(16));
                    let mut set_aside = false;
                    (from..q.first)
                        .rev()
                        .take_while(|&k| {
                            self.tok(k) != ","
                                && (!self.text.word_is(
                                    k,
                                    &["là", "đạt", "có", "đã", "chiếm", "tăng", "giảm", "nộp"],
                                ) || self.words_at(k.wrapping_sub(2), &["trong", "đó", "có"]))
                                && !self.words_at(k, &["giải", "ngân"])
                        })
                        .any(|k| {
                            set_aside |= self.text.word_is(k, &["dành"]);
                            self.text.word_is(k, &["đang"])
                                && !self.words_at(k.wrapping_sub(2), &["đã", "và"])
                                && !self.counted_before(k)
                                && self.any_words_at(k + 1, ONGOING_WORK)
                                || set_aside && self.words_at(k, &["khuyến", "khích"])
                        })
                };
                self.carried[si]
                    .filter(|_| !stepped_back() && !under_way())
                    .and_then(|c| match c.others {
                        // (A result reported, "đạt": a description after the stock, "giá trị
                        // xuất khẩu chiếm 56%", is dated by nothing; gold seed_003.)
                        // (Nor does a sentence that opens within the period reported, "Cũng
                        // trong quý, KKT ... thu hút 2 dự án": the period before the stock.)
                        _ if !c.goals_only || target => Some(
                            c.before_now
                                .filter(|&b| flow && reached() || opens_within_the_period(b))
                                .unwrap_or(c.period),
                        ),
                        Some(k) if result_said() => Some(k),
                        Some(_) => Some(c.period),
                        None => None,
                    })
                    .map(|k| &self.periods[k])
                    .filter(|p| !(measure == Measure::Target && p.cumulative && !p.explicit_year))
                    .filter(|p| !(p.cumulative && p.end_date.is_none() && just_done()))
                    // What one undertaking costs is no stock: "Hiện nay, KKT có 2 nhà máy ...
                    // Tỉnh đã lắp đặt 6 trạm quan trắc, kinh phí 27,8 tỷ đồng"; nor are new
                    // things, counted after a stock as of now: "Lũy kế đến nay các KCN có 1.387
                    // dự án. Các nhà đầu tư trong nước thu hút 14 dự án DDI mới". (Up to a day,
                    // they are the year's to it: see `newly_to_a_day` in `label_as`.)
                    .filter(|p| !(p.cumulative && self.one_undertakings_cost(q)))
                    .filter(|p| {
                        // (Of now: "đến nay", "còn hiệu lực", "hiện có", no day written and
                        // none taken from another phrase: "Tính đến ngày 20/12/2023, cả nước có
                        // 30.827 dự án còn hiệu lực" is of that day.)
                        let now = !(p.first..p.end).any(|k| self.is_num(k))
                            && (p.end_date.is_none() || p.end_date == self.pub_date);
                        !(p.cumulative
                            && now
                            && self.counted_as_new(self.qs.partition_point(|o| o.first < q.first)))
                    })
                    .filter(|_| !handed_over())
                    .filter(|p| !(undated_headline && p.end_date.is_some()))
                    // The zones a place has are had now, and so is what they have: a flow's
                    // time is not theirs.
                    .filter(|p| !(!p.cumulative && p.end_date.is_some() && self.zones_had_with(q)))
            })
            // With no other time, the year of the plan a rate is measured against is the rate's:
            // "lãi kỷ lục, vượt 27% so với kế hoạch năm 2016". (Not the amount before it, "đạt
            // 320 tỷ đồng, bằng 22% kế hoạch năm 2025", a part of the year.)
            .or_else(|| {
                matches!(measure, Measure::PlanPct | Measure::PlanExcessPct)
                    .then(|| self.periods_in(q.last + 1, c1).iter().find(|p| p.plan_year))
                    .flatten()
            })
            .copied();
        // An average change per year ("Giá trị sản xuất công nghiệp năm 2020 ước đạt 165.000 tỷ
        // đồng, tăng bình quân 31,7%/năm") spans years: a single year not written right after
        // it is the level's, and the rate's is a span of years written after it in its clause
        // ("tăng bình quân 15%/năm giai đoạn 2019-2023"), else none where the clause names its
        // own span in words ("trong 3 năm qua"), else the span of years named last that ends in
        // that year ("nhiệm kỳ 2015-2020"), or none.
        if measure == Measure::ChangePct
            && !own
            && let Some(p) = chosen
            && let (Some(s), Some(e)) = (p.start, p.end_date)
            && s.year() == e.year()
            && (s.ordinal(), e.month(), e.day()) == (1, 12, 31)
            && self.average_per_year(q)
        {
            // (Not one to come: "và giai đoạn 2024-2026 dự kiến tăng 15%/năm".)
            let years = |o: &&PeriodExpr| {
                o.start
                    .zip(o.end_date)
                    .is_some_and(|(os, oe)| os.year() < oe.year() && oe.year() <= e.year())
                    && !o.comparison
                    && !o.horizon
            };
            if let Some(o) = self
                .periods_in(q.last + 1, (q.last + 12).min(c1))
                .iter()
                .find(|o| years(o))
            {
                return (o.start, o.end_date, false);
            }
            if self.own_span_in_words(c0.max(s0), c1) {
                return (None, None, false);
            }
            let before = &self.periods[..self.periods.partition_point(|o| o.first < q.first)];
            // (The last 64 read: a long text stays linear.)
            let span = before.iter().rev().take(64).find(|o| {
                o.start
                    .zip(o.end_date)
                    .is_some_and(|(os, oe)| oe == e && os.ordinal() == 1 && os.year() < oe.year())
                    && !o.comparison
                    && !o.horizon
            });
            return span.map_or((None, None, false), |o| (o.start, o.end_date, false));
        }
        // "cả năm" in its clause ("diện tích thả nuôi cả năm", "mục tiêu cả năm 6,7%"): the
        // whole year of the period in force, not the months or quarter before.
        // (Its own part of the clause: from the last comma or bracket before it to just after
        // it.)
        let lo = (c0..q.first)
            .rev()
            .find(|&k| matches!(self.tok(k), "," | "("))
            .map_or(c0, |k| k + 1);
        let whole_year = (lo..q.first)
            .chain(q.last + 1..(q.last + 4).min(c1))
            .any(|k| {
                // (Not the plan's "dự toán cả năm", "kế hoạch cả năm": the plan's year.)
                self.tok(k) == "ca"
                    && self.text.word_is(k, &["cả"])
                    && self.tok(k + 1) == "nam"
                    && !matches!(self.tok(k.wrapping_sub(1)), "toan" | "hoach")
                    && !self.written_year(k + 2)
            });
        if whole_year
            && let Some(y) = chosen
                .and_then(|p| p.end_date)
                .map(|d| d.year())
                .or(self.ref_year)
        {
            // (A goal for the whole year too: "phấn đấu giá trị xuất khẩu cả năm đạt 30 tỷ
            // USD" is the year's, as gold 063's "4 dự án" planned for 2022 is.)
            return (
                NaiveDate::from_ymd_opt(y, 1, 1),
                NaiveDate::from_ymd_opt(y, 12, 31),
                false,
            );
        }
        let compared = (measure == Measure::PriorLevel)
            .then(|| self.compared_time_before(q))
            .flatten();
        let Some(p) = chosen else {
            return compared.map_or((None, None, false), |b| (b.start, b.end_date, false));
        };
        let (mut start, mut end) = (p.start, p.end_date);
        // "Trong quý, các KCN có 22 dự án cấp mới" after "9 tháng năm 2025, ...": the quarter
        // the period in force ends, named by no number of its own.
        let this_quarter = || {
            (c0.max(s0)..q.first).any(|k| {
                self.text.word_is(k, &["trong"])
                    && self.text.word_is(k + 1, &["quý"])
                    && (matches!(self.tok(k + 2), "," | "")
                        || self.text.word_is(k + 2, &["này", "qua", "vừa"]))
            })
        };
        if let Some(e) = end
            && !p.cumulative
            && matches!(e.month(), 3 | 6 | 9 | 12)
            && e.succ_opt().is_some_and(|d| d.day() == 1)
            && start.is_some_and(|s| s.month() + 2 < e.month() || s.year() < e.year())
            && this_quarter()
        {
            start = NaiveDate::from_ymd_opt(e.year(), e.month() - 2, 1);
        }
        // The level compared with, or the change the year before, covers the span a year
        // before, unless its own is written after it ("so với mức 3.660 tỷ đồng năm 2015") or
        // in its bracket ("(năm 2023: 28.675 tỷ đồng)").
        let in_bracket = || p.first + 4 >= q.first && self.earlier_year_bracket(q);
        if (measure == Measure::PriorLevel || measure == Measure::ChangePct && self.prior_change(q))
            && !own
            && !in_bracket()
        {
            start = start.and_then(shift_year);
            end = end.and_then(shift_year);
        }
        // Licences handed over or a memorandum signed on a day written in the sentence
        // ("Ngày 6/2/2017, ... đã trao 8 giấy chứng nhận ... 311 triệu USD") cover that day, as a
        // licensing month covers the month (gold 066); not a stock counted up to it.
        if start.is_none()
            && !p.cumulative
            && measure == Measure::Level
            && p.first >= s0
            && (s0..q.first).any(|k| self.hands_over(k))
        {
            start = end;
        }
        // The earlier time named right before its bracket is its own ("năm 2017 là 72,7 triệu
        // CHF, tăng so với năm 2014 (63,2 triệu USD)", "so với quý IV/2016 (250 tỷ đồng)"),
        // unless the figure's own span a year back lies within it, finer ("6 tháng đầu năm
        // 2017 ..., tăng 20% so với cùng kỳ năm 2016 (250 tỷ đồng)").
        if let Some(b) = compared.filter(|b| {
            !(b.start.is_some_and(|bs| start.is_some_and(|s| bs <= s))
                && b.end_date.is_some_and(|be| end.is_some_and(|e| e <= be)))
        }) {
            return (b.start, b.end_date, false);
        }
        if measure == Measure::Target {
            start = None;
            if !p.horizon && !p.cumulative {
                // A target's period is its horizon; a plain year stays as written.
                start = p.start;
            }
        }
        (start, end, p.cumulative)
    }

    /// The quantity `qi` is coordinated with: the one right before it, of the same kind, joined
    /// only by "và" ("tăng thêm 4 triệu USD và 88,9 tỷ đồng", "lần lượt là 13,9% và 11,2%").
    fn coordinated_with(&self, qi: usize) -> Option<usize> {
        let p = qi.checked_sub(1)?;
        let (q, prev) = (&self.qs[qi], &self.qs[p]);
        if !same_kind(q.unit, prev.unit) || q.unit == Unit::Count || q.context.is_some() {
            return None;
        }
        let between: Vec<&str> = (prev.last + 1..q.first).map(|k| self.tok(k)).collect();
        // "tăng lần lượt là 7,9%, 9,4%, 2,7% và 13,6%": commas join a list after "lần lượt"
        // or "tương ứng", as long as only its figures stand between.
        let in_list = || {
            let (s0, _) = self.sentence(q.first);
            self.cues_before(s0, prev.first, q.first, |c| {
                *c == Cue::Measure(MeasureCue::Respectively)
            })
            .first()
            .is_some_and(|h| {
                (h.end()..q.first).all(|k| {
                    self.q_at[k].is_some() || matches!(self.tok(k), "," | "va" | "la" | ":")
                })
            })
        };
        // "tỷ trọng ... tăng từ 14% năm 1992 lên gần 20%": both ends measure the same.
        let from_to = || {
            self.tok(prev.first.wrapping_sub(1)) == "tu"
                && between.len() <= 8
                && between.iter().any(|t| matches!(*t, "len" | "xuong"))
                && !between.iter().any(|t| matches!(*t, "," | ";" | "(" | ")"))
        };
        // "tăng 18,4% về lượng và 7,2% về trị giá": what the first measures, then "và".
        let aspect_then_and =
            || matches!(between.as_slice(), ["ve", .., "va"]) && between.len() <= 4;
        (matches!(
            between.as_slice(),
            ["va"] | ["va", "hon"] | ["va", "gan"] | ["va", "tren"]
        ) || between == [","] && in_list()
            || from_to()
            || aspect_then_and())
        .then_some(p)
    }

    /// The quantity `qi` restates in another unit: the one right before it, with only
    /// "tương đương" or "tương ứng" between, and a comma, a parenthesis, "với", "là" or
    /// "khoảng" ("5%, tương đương 20 tỷ đồng", "tăng 3.026 tỷ đồng, tương ứng 17%").
    fn restated(&self, qi: usize) -> Option<usize> {
        let p = qi.checked_sub(1)?;
        let words: Vec<&str> = (self.qs[p].last + 1..self.qs[qi].first)
            .map(|k| self.tok(k))
            .filter(|t| !matches!(*t, "," | "(" | "khoang" | "voi" | "la"))
            .collect();
        // "68 triệu USD (1.497 tỷ đồng)": the same money in the other currency, in brackets.
        let money = |u: Unit| matches!(u, Unit::Vnd | Unit::Usd);
        let (q, prev) = (&self.qs[qi], &self.qs[p]);
        let bracketed = words.is_empty()
            && money(q.unit)
            && money(prev.unit)
            && q.unit != prev.unit
            && self.tok(q.first.wrapping_sub(1)) == "("
            && self.tok(q.last + 1) == ")";
        (bracketed || matches!(words[..], ["tuong", "duong" | "ung"])).then_some(p)
    }

    /// Whether percent `q` restates a rise or fall written just before it in an amount that
    /// is no figure ("giá dầu giảm 82 cent, tương đương 1,5%", "tăng 4,4 USD/ounce (tương
    /// đương 0,36%)", "tăng hơn 1.000 hành khách (tương đương 19,3%)"), and if so whether it
    /// fell.
    fn restates_a_change(&self, q: &Quantity) -> Option<bool> {
        let mut k = q.first;
        while k > 0 && matches!(self.tok(k - 1), "khoang" | "hon" | "gan" | "voi") {
            k -= 1;
        }
        if k < 2 || self.tok(k - 2) != "tuong" || !matches!(self.tok(k - 1), "duong" | "ung") {
            return None;
        }
        let mut end = k - 2;
        if end > 0 && matches!(self.tok(end - 1), "," | "(") {
            end -= 1;
        }
        // The change verb, then the number (approximate words aside), then its unit words.
        let h = self
            .hits
            .within(end.saturating_sub(8), end)
            .iter()
            .rfind(|h| rise_or_fall(&h.cue))?;
        let mut n = h.end();
        while n < end && matches!(self.tok(n), "khoang" | "hon" | "gan" | "them") {
            n += 1;
        }
        let amount = self.is_num(n)
            && n + 1 < end
            && (n..end)
                .all(|j| self.q_at[j].is_none() && !matches!(self.tok(j), "," | ";" | "(" | ")"));
        amount.then_some(h.cue == Cue::Measure(MeasureCue::Fall))
    }

    /// Labels of a table cell: what it measures from its row's label, else from the table's
    /// caption and header; its period from its column's header, else the table's; its measure
    /// from its column (a percent in a table of shares, "Tỷ lệ", is a share).
    fn label_cell(&self, q: &Quantity, cell: Cell) -> Labels {
        let last_cue = |(a, b): (usize, usize), f: &dyn Fn(&Cue) -> bool| {
            self.hits
                .within(a, b)
                .iter()
                .filter(|h| h.end() <= b && f(&h.cue))
                .max_by_key(|h| (h.end(), h.len))
                .copied()
        };
        // (In a table of places by measure, an area is the zones' land: the header names them.)
        let metric_in =
            |range: (usize, usize)| match last_cue(range, &|c| matches!(c, Cue::Metric { .. })) {
                Some(Hit {
                    cue: Cue::Metric { metric, .. },
                    ..
                }) if self.on_topic && (cell.by_column || !self.no_metric_here(q, metric)) => {
                    Some(metric)
                }
                _ => None,
            };
        // (In a table of places by measure, the column's header alone says what it measures.)
        let metric = cell
            .counts
            .or_else(|| metric_in(cell.row))
            .or_else(|| metric_in(cell.table).filter(|_| !cell.by_column))
            .unwrap_or(Metric::Other);
        // (A row's own "Tỷ lệ lấp đầy" is a rate, no share; so is a column's, in a table of
        // places by measure, where only the column's own header says "share".)
        let (a, b) = if cell.by_column {
            cell.column
        } else {
            cell.table
        };
        // (A column's rate of things counted is their share: "Tỷ lệ lao động nữ", "Tỷ lệ doanh
        // nghiệp có lãi"; not "Tỷ lệ lấp đầy".)
        let of_counted = |k: usize| {
            self.hits.at(k + 1).iter().any(|h| {
                matches!(h.cue, Cue::Entity(id) if matches!(
                    self.lex.entities[id as usize].metric,
                    Metric::Workers | Metric::Enterprises | Metric::Projects
                ))
            })
        };
        let share = last_cue((a, b), &|c| *c == Cue::Measure(MeasureCue::Share)).is_some()
            || (a..b).any(|k| self.text.word_is(k, &["lệ"]) && (!cell.by_column || of_counted(k)));
        let measure = if cell.measure == Measure::Level && q.unit == Unit::Percent && share {
            Measure::SharePct
        } else {
            cell.measure
        };
        // (In a table of places by measure, the cell's own headers, then the caption: "Vốn FDI
        // (triệu USD)" says nothing of the zones counted beside it; nor does a caption of FDI
        // say whose the zones, their land, their rate or their workers are, as in prose.)
        let attribute = matches!(
            metric,
            Metric::LandArea | Metric::OccupancyRate | Metric::Zones | Metric::Workers
        );
        let ranges = [
            cell.by_column.then_some(cell.column),
            Some(cell.row),
            (!attribute).then_some(cell.table),
        ];
        let investor = ranges.into_iter().flatten().find_map(|range| {
            match last_cue(range, &|c| matches!(c, Cue::Investor(_))) {
                Some(Hit {
                    cue: Cue::Investor(InvestorCue::Fdi),
                    ..
                }) => Some(Investor::Fdi),
                Some(Hit {
                    cue: Cue::Investor(InvestorCue::Ddi),
                    ..
                }) => Some(Investor::Ddi),
                _ => None,
            }
        });
        let within = |(a, b): (usize, usize)| {
            self.periods
                .iter()
                .rfind(|p| p.first >= a && p.end <= b && !p.comparison)
        };
        // A column of a bare year ("2024", "KH 2025", "TH 2024") is that year; one that names
        // a period the reader cannot date ("9T/2021") leaves it open.
        let (c0, c1) = cell.column;
        let year = (c0..c1).find_map(|k| self.is_num(k).then(|| year_of(self.tok(k)))?);
        let bare_year = year.filter(|_| {
            (c0..c1).all(|k| {
                self.written_year(k)
                    || matches!(
                        self.tok(k),
                        "|" | "nam" | "kh" | "th" | "uoc" | "ke" | "hoach" | "thuc" | "hien"
                    )
            })
        });
        let (start, end, cumulative) = match (within(cell.column), bare_year) {
            // A table of places by measure is dated as the text around it is.
            // (Its rates are no running totals, nor are its flows.)
            // (An occupancy rate is as of a day, as in a sentence.)
            // (Or as its caption: "Bảng: ... (tính đến 30/9/2025)".)
            _ if cell.by_column => {
                let flow = is_flow(metric);
                let (start, end, stock) = match within(cell.table) {
                    Some(p) => (p.start, p.end_date, p.cumulative),
                    None => self.period(q, cell.measure, flow),
                };
                let start = start.filter(|_| metric != Metric::OccupancyRate);
                (start, end, stock && q.unit != Unit::Percent && !flow)
            }
            (Some(p), _) => (p.start, p.end_date, p.cumulative),
            (None, Some(y)) => (
                NaiveDate::from_ymd_opt(y, 1, 1),
                NaiveDate::from_ymd_opt(y, 12, 31),
                false,
            ),
            (None, None) if year.is_some() && cell.column != cell.table => (None, None, false),
            (None, None) => within(cell.table)
                .map_or((None, None, false), |p| (p.start, p.end_date, p.cumulative)),
        };
        Labels {
            metric,
            measure,
            investor,
            approx: None,
            period_start: start,
            period_end: end,
            cumulative,
            negative: cell.negative,
        }
    }

    /// Whether change `q`, of a stock counted up to `end`, is compared with the stock when the
    /// year began ("giảm 4.300 lao động so với đầu năm"), or with the year before ("tăng 8.960
    /// người so với năm 2021" up to 31/12/2022, or up to 30/9/2022): it covers the year up to
    /// then.
    fn since_the_year_began(&self, q: &Quantity, measure: Measure, end: NaiveDate) -> bool {
        if !matches!(measure, Measure::ChangeAbs | Measure::ChangePct) {
            return false;
        }
        let c1 = self.clause_end[q.first];
        let Some(h) = self
            .hits
            .within(q.unit_end, c1.min(q.unit_end + 4))
            .iter()
            .find(|h| h.cue == Cue::Measure(MeasureCue::Compare) && h.end() <= c1)
            .copied()
        else {
            return false;
        };
        let mut k = h.end();
        while self.text.word_is(k, &["thời", "điểm"]) {
            k += 1;
        }
        // (Not the start of another year: "so với đầu năm 2019" up to 30/9/2020.)
        let this_year = |j: usize| !self.is_num(j) || year_of(self.tok(j)) == Some(end.year());
        let year_before = self.periods_in(k, k + 1).iter().any(|p| {
            p.end_date == NaiveDate::from_ymd_opt(end.year() - 1, 12, 31)
                && p.start
                    .is_none_or(|s| s == NaiveDate::from_ymd_opt(end.year() - 1, 1, 1).unwrap_or(s))
        });
        self.words_at(k, &["đầu", "năm"]) && this_year(k + 2)
            || year_before && !self.text.words_at(k, &["cùng", "kỳ"])
    }

    /// The labels of quantity `qi` once its metric is known (`source`: the figure it was
    /// taken from).
    fn label_as(
        &self,
        qi: usize,
        metric: Metric,
        source: Option<usize>,
        done: &[Labels],
    ) -> Labels {
        let q = &self.qs[qi];
        let (mut measure, mut negative) = self.measure(qi, metric);
        if measure == Measure::Level
            && let Some(p) = self.coordinated_with(qi)
        {
            measure = done[p].measure;
            negative = done[p].negative;
        }
        // "tăng 8,27% (tương đương 84 triệu đồng)": the same change in another unit.
        if measure == Measure::Level
            && let Some(p) = self.restated(qi)
            && matches!(done[p].measure, Measure::ChangePct | Measure::ChangeAbs)
        {
            measure = if q.unit == Unit::Percent {
                Measure::ChangePct
            } else {
                Measure::ChangeAbs
            };
            negative = done[p].negative;
        }
        // "giảm 82 cent, tương đương 1,5%": the same change, whose amount is no figure.
        if measure == Measure::Level
            && q.unit == Unit::Percent
            && let Some(fall) = self.restates_a_change(q)
        {
            measure = Measure::ChangePct;
            negative = fall;
        }
        let investor = self.investor(qi, metric, source, done);
        // A metric's own level is in its unit: a rate that is no change, share or goal of it
        // ("đóng BHXH bằng 8% lương", "tỷ lệ đi làm ... đạt 99%") measures something else,
        // unless the metric is itself a rate. Its investor stays ("tỷ lệ vốn thực hiện [of
        // FDI] khá thấp, khoảng 25%").
        let metric = if q.unit == Unit::Percent
            && measure == Measure::Level
            && metric != Metric::OccupancyRate
        {
            Metric::Other
        } else {
            metric
        };
        let approx = self.approx(qi);
        // A flow "đến nay" is year-to-date; only "lũy kế" makes it a running total.
        let flow = is_flow(metric);
        let (period_start, period_end, stock) = self.period(q, measure, flow);
        let period_start = match (period_start, period_end) {
            (None, Some(end)) if self.since_the_year_began(q, measure, end) => {
                NaiveDate::from_ymd_opt(end.year(), 1, 1)
            }
            (start, _) => start,
        };
        let running = || {
            let (s0, _) = self.sentence(q.first);
            self.hits
                .within(s0, q.first)
                .iter()
                .any(|h| h.cue == Cue::RunningTotal)
        };
        // A price ("Hiện nay, BMW i8 có giá khoảng 7 tỷ đồng"), "giá" up to 6 tokens before,
        // or 20 before an amount of no metric ("đang được bán với giá 550 USD tại Mỹ và ở Việt
        // Nam là 19 triệu đồng"); a value ("giá trị", "trị giá"), "bình ổn giá", "đánh giá" and
        // "giá vốn" are no price.
        let c0 = self.clause_start[q.first];
        let priced = || {
            let reach = if metric == Metric::Other && q.unit.is_money() {
                20
            } else {
                6
            };
            (c0.max(q.first.saturating_sub(reach))..q.first).any(|k| {
                self.text.word_is(k, &["giá"])
                    && !matches!(self.tok(k + 1), "tri" | "von")
                    && !matches!(self.tok(k.wrapping_sub(1)), "tri" | "danh" | "on")
            })
        };
        // An average amount ("thu nhập bình quân ... là 8,1 triệu đồng", "lương trung bình 7
        // triệu đồng") is no total either, as a price is not.
        let averaged = || {
            q.unit.is_money()
                && self.average_window(q).any(|k| {
                    self.any_words_at(k, &[&["bình", "quân"], &["trung", "bình"]])
                        && !(k + 2..q.first).any(|t| self.text.word_is(t, &["tổng"]))
                })
        };
        // "toàn vùng hiện có 24 khu vực ..., mỗi năm mất khoảng 500ha đất", "20 tỷ đồng mỗi
        // năm": so much a year (or month) is a flow, whatever stock the sentence counts.
        let per_period = || {
            let yearly = |k: usize| {
                self.text.word_is(k, &["mỗi", "hàng", "hằng"])
                    && self.text.word_is(k + 1, &["năm", "tháng"])
            };
            (c0.max(q.first.saturating_sub(6))..q.first).any(yearly)
                || yearly(q.unit_end)
                || self.past_per_period(q.unit_end) > q.unit_end
        };
        // The size of one thing ("Dự án có quy mô 250 ha", "quy mô đầu tư lên tới 3,77 tỷ
        // USD", "quy mô 3.000 lao động") is no stock, whatever "hiện" stands near it.
        // (Not a total's, "tổng quy mô 6.000 ha", nor a running total's, "Lũy kế đến nay,
        // quy mô vốn đầu tư đạt 20 tỷ USD".)
        // Nor is a named zone's area written right after its name ("riêng KCN Hiệp Thạnh
        // 573,81ha chưa có quyết định thành lập"): its size.
        let zone_named = || {
            let zone_before = |k: usize| {
                self.hits.within(k.saturating_sub(4), k).iter().any(|h| {
                    h.end() == k
                        && matches!(h.cue, Cue::Entity(id)
                            if self.lex.entities[id as usize].metric == Metric::Zones)
                })
            };
            // (Not a breakdown of a total: "đã cho thuê đạt 1.200 ha, trong đó KCN Quế Võ 500
            // ha". Within its brackets, where it is in some: "(riêng KCN Hiệp Thạnh ...)".)
            let from = self.group[q.first].map_or(c0, |(o, _)| o + 1);
            let breakdown = (from.max(q.first.saturating_sub(20))..q.first)
                .any(|k| self.words_at(k, &["trong", "đó"]));
            q.unit == Unit::Ha
                && !breakdown
                && (c0.max(q.first.saturating_sub(6))..q.first)
                    .rev()
                    .take_while(|&k| self.capitalised_word(k))
                    .any(zone_before)
        };
        let scale = || {
            ((c0.max(q.first.saturating_sub(6))..q.first).any(|k| {
                self.words_at(k, &["quy", "mô"]) && !self.text.word_is(k.wrapping_sub(1), &["tổng"])
            }) || zone_named())
                && !running()
        };
        // A rate is never a running total, whatever "đến nay" stands near it ("lãi suất hiện
        // nay 9-10%"), nor is a price, a comparison with before ("bằng 109% cùng kỳ", "gấp
        // 3 lần"), an amount of change ("tăng 214,8 tỷ đồng so với ...", a flow) or the level
        // compared with; the change of a stock in percent is ("236 KCN (tăng 21%)").
        // Stocks said by their words alone, where no time is said.
        let undated = period_start.is_none() && period_end.is_none();
        // A count of zones a place has, no time said ("TP có 3 khu chế xuất, 13 khu công
        // nghiệp", "hiện cả nước có 344 KCN, KCX"), or the number of zones stated ("Số KCN đã
        // được thành lập là 18", a bare count after "số"), is the stock of now. (Not one a plan
        // will have: "Theo quy hoạch đến năm 2020 trên địa bàn có 50 CCN".)
        let has_zones = || {
            let (s0, _) = self.sentence(q.first);
            // (Also the zones where a workforce works: "150.000 công nhân làm việc trong 11
            // KCN".)
            let j = self.hedge_start(q.first);
            let worked_in = j >= 3
                && self.words_at(j - 3, &["làm", "việc"])
                && self.text.word_is(j - 1, &["tại", "trong", "ở"]);
            metric == Metric::Zones
                && undated
                && (self.has_before(q) || worked_in || q.bare)
                && !self
                    .periods_in(s0, q.first)
                    .iter()
                    .any(|p| p.horizon || p.plan)
                && !(c0.max(s0)..q.first).any(|k| {
                    self.words_at(k, &["quy", "hoạch"])
                        || self.words_at(k, &["dự", "kiến"])
                        || self.words_at(k, &["kế", "hoạch"])
                        || self.text.word_is(k, &["đoàn", "thăm"])
                })
        };
        // What a stock counted right before has ([`had_with`](Self::had_with)) is had now as
        // well. (Not a rate.)
        let of_a_stock = || {
            let Some(p) = qi.checked_sub(1) else {
                return false;
            };
            period_start.is_none()
                && q.unit != Unit::Percent
                && done[p].cumulative
                && matches!(
                    done[p].metric,
                    Metric::Zones | Metric::Projects | Metric::Enterprises
                )
                && self.had_with(&self.qs[p], q)
        };
        // Workers said to work somewhere, no time said ("150.000 công nhân làm việc trong 11
        // KCN", "5.000 lao động đang làm việc tại nhà máy"), are the workforce of now; so are
        // those whom delegates speak for ("gần 1.000 công nhân đại diện cho 150.000 công
        // nhân").
        let employed = || {
            if metric != Metric::Workers || !undated {
                return false;
            }
            let k = q.unit_end + usize::from(self.text.word_is(q.unit_end, &["đang"]));
            let j = self.hedge_start(q.first);
            let j = j - usize::from(self.text.word_is(j.wrapping_sub(1), &["cho"]));
            // (Not those just hired or sent: "Công ty vừa tuyển 500 lao động làm việc tại nhà
            // máy mới", "đã đưa 200 lao động làm việc tại Nhật Bản".)
            let hired = || {
                (j.saturating_sub(4)..j).any(|k| {
                    self.text
                        .word_is(k, &["tuyển", "đưa", "nhận", "vừa", "thêm", "hút"])
                })
            };
            // The workforce of a whole place: "gần 20 triệu người lao động trên cả nước", "hơn
            // 2.000 nhân viên trên toàn quốc".
            let of_a_place = self.text.word_is(k, &["trên"])
                && self.any_words_at(
                    k + 1,
                    &[
                        &["cả", "nước"],
                        &["toàn", "quốc"],
                        &["toàn", "cầu"],
                        &["địa", "bàn"],
                    ],
                );
            !hired()
                && (self.words_at(k, &["làm", "việc"])
                    && self.text.word_is(k + 2, &["tại", "trong", "ở", "cho"])
                    || of_a_place
                    || j >= 2 && self.words_at(j - 2, &["đại", "diện"]))
        };
        // Firms or projects said to operate or to have invested somewhere, no time said ("có
        // hơn 11.000 DN hoạt động", "1.200 doanh nghiệp Nhật Bản đang hoạt động tại Việt
        // Nam", "hơn 300 công ty của Pháp đã đầu tư tại Việt Nam"), are those of now. (Not
        // those just added: "có thêm 12 doanh nghiệp hoạt động", "vừa có 3 dự án đi vào hoạt
        // động".)
        // Where the words after the figure start, past whose they are: "của Pháp", "Nhật Bản".
        let after_whose = || {
            let mut k = q.unit_end + usize::from(self.text.word_is(q.unit_end, &["của"]));
            while k < q.unit_end + 4 && self.is_word(k) && self.text.tokens[k].capitalized {
                k += 1;
            }
            k
        };
        // Whether the words at `k` say the things operate. (Not firms of a trade, "60 doanh
        // nghiệp hoạt động trong lĩnh vực công nghệ thông tin", which says what they do; nor
        // those operating that raised their capital, a flow: "140 dự án đang hoạt động (đã)
        // điều chỉnh tăng vốn".)
        let operate = |k: usize| {
            let trade = |k: usize| {
                (k..k + 4).any(|k| self.words_at(k, &["lĩnh", "vực"]) || self.tok(k) == "nganh")
            };
            let e = k + 2 + usize::from(self.tok(k) == "dang");
            // (Nor those that started again, "hoạt động trở lại", a flow.)
            let again = self.words_at(e, &["trở", "lại"]);
            let e = e + usize::from(self.text.word_is(e, &["đã"]));
            self.any_words_at(k, &[&["hoạt", "động"], &["đang", "hoạt", "động"]])
                && !trade(e)
                && !again
                && !self.text.word_is(e, &["điều", "tăng"])
        };
        let operating = || {
            if !matches!(metric, Metric::Enterprises | Metric::Projects) || !undated {
                return false;
            }
            let j = self.hedge_start(q.first);
            // (Nor those of lately: "Thời gian gần đây, 15 DN Hàn Quốc đã đầu tư vào tỉnh",
            // "năm qua".)
            let (s0, _) = self.sentence(q.first);
            let added = self.newly_said(j.saturating_sub(4), j) || self.lately(s0, q.first);
            let k = after_whose();
            !added
                && (operate(k)
                    || self.any_words_at(k, &[&["đã", "đầu", "tư"], &["đang", "đầu", "tư"]])
                        && self.text.word_is(k + 3, &["tại", "vào", "ở"]))
        };
        // All since a start, no time said: "Từ khi có Luật Đầu tư nước ngoài, Việt Nam đã thu
        // hút được 23.000 dự án", "Kể từ khi thành lập, khu kinh tế đã thu hút 120 dự án".
        // (Not a lately or newly added part: "trong tháng qua tỉnh đã cấp mới cho 5 dự án",
        // "năm qua KCN đã thu hút thêm 3 dự án", "chỉ trong một tuần".)
        // (Or after years since one: "Sau 5 năm thành lập, KCN ... đã thu hút 42 dự án", "sau
        // hơn 10 năm đi vào hoạt động".)
        let years_since_a_start = |s0: usize| {
            (s0..q.first).any(|k| {
                let n = k + 1 + usize::from(self.text.word_is(k + 1, &["gần", "hơn", "khoảng"]));
                // (The start right after "năm", "đi vào" aside: not "Sau 2 năm tạm dừng hoạt
                // động".)
                let j = n + 2 + 2 * usize::from(self.words_at(n + 2, &["đi", "vào"]));
                self.text.word_is(k, &["sau"])
                    && self.is_num(n)
                    && self.text.word_is(n + 1, &["năm"])
                    && self.any_words_at(
                        j,
                        &[
                            &["thành", "lập"],
                            &["hoạt", "động"],
                            &["xây", "dựng"],
                            &["triển", "khai"],
                        ],
                    )
            })
        };
        let since_a_start = || {
            let (s0, _) = self.sentence(q.first);
            metric != Metric::Other
                && undated
                && ((s0..q.first).any(|k| self.words_at(k, &["từ", "khi"]))
                    || years_since_a_start(s0))
                && (s0..q.first).any(|k| self.text.word_is(k, &["đã"]))
                && !self.newly_said(s0, q.first)
                && !self.lately(s0, q.first)
        };
        // Projects or firms newly licensed up to a day ("tính đến ngày 20/6/2017, cả nước có
        // 1.183 dự án mới được cấp Giấy chứng nhận đầu tư với tổng vốn đăng ký 11,83 tỷ USD")
        // are the year's flow to that day, as the same report's "tính từ đầu năm 2017 đến ngày
        // 20-6" says; so is the capital they bring. (Not up to now, "đến nay", which may count
        // from long before.)
        // (Nor since a start, "Từ khi thành lập đến ngày 30/6/2017, KCN có 250 dự án mới được
        // cấp phép", "kể từ năm 2005".)
        let counted = |m: Metric| matches!(m, Metric::Projects | Metric::Enterprises);
        let from_a_start = || {
            let (s0, s1) = self.sentence(q.first);
            (s0..s1).any(|k| {
                self.any_words_at(k, &[&["từ", "khi"], &["kể", "từ"], &["thành", "lập"]])
                    || self.text.word_is(k, &["từ"]) && self.text.word_is(k + 1, &["năm"])
            })
        };
        let newly_to_a_day = || {
            let (s0, _) = self.sentence(q.first);
            stock
                && period_end.is_some()
                && !running()
                && (counted(metric) && self.newly_added(qi)
                    || qi > 0
                        && counted(done[qi - 1].metric)
                        && self.newly_added(qi - 1)
                        && self.brings(qi))
                && !from_a_start()
                // (In its sentence, or carried from the one before: "Tổng vốn ... tính đến ngày
                // 31/12/2023 ... đạt 36,61 tỷ USD. Cụ thể, có 3.188 dự án được cấp phép mới".)
                && self
                    .periods_in(s0, q.first)
                    .iter()
                    .chain(
                        self.carried[self.text.sentence_of(q.first)]
                            .map(|c| &self.periods[c.period]),
                    )
                    .any(|p| {
                        p.cumulative
                            && p.end_date == period_end
                            && (self.is_num(p.first) || self.text.word_is(p.first, &["ngày"]))
                    })
        };
        // A change of such a flow, or of any flow up to that day ("... với tổng vốn đăng ký
        // 11,83 tỷ USD, tăng 57,9% so với cùng kỳ năm 2016"), is of the same span.
        let change_of_a_flow = || {
            stock
                && matches!(measure, Measure::ChangePct | Measure::RatioToPriorPct)
                && source.and_then(|j| done.get(j)).is_some_and(|d| {
                    !d.cumulative
                        && d.period_end == period_end
                        && d.period_start.is_some_and(|s| s.ordinal() == 1)
                })
        };
        // Capital raised is raised within a time, never a stock: up to a day it is the year's
        // to that day ("tính đến ngày 20/6/2017 ... có 549 lượt dự án đăng ký điều chỉnh vốn").
        // (Not since a start: "Từ khi thành lập đến ngày 31/12/2016, ... 350 lượt".)
        let raised_to_a_day = || {
            stock
                && metric == Metric::CapitalIncreases
                && period_end.is_some()
                && !running()
                && !from_a_start()
        };
        let newly = newly_to_a_day() || change_of_a_flow() || raised_to_a_day();
        // What is added ("hiện thu hút thêm 20 dự án", "Đến nay, tỉnh đã cấp phép thêm 12 dự án
        // với tổng vốn 300 tỷ đồng") is no stock, whatever "hiện" or "đến nay" says.
        let more = |i: usize| {
            let j = self.hedge_start(self.qs[i].first);
            self.qs[i].unit == Unit::Count && j >= 1 && self.text.word_is(j - 1, &["thêm"])
        };
        // So are workers newly hired: "Trong quý, các doanh nghiệp đã tuyển dụng mới 4.200 lao
        // động" after "Hiện các KCN có 112.350 lao động".
        let hired_anew = metric == Metric::Workers && {
            let j = self.hedge_start(q.first);
            (j.saturating_sub(4)..j)
                .find(|&k| self.text.word_is(k, &["tuyển"]))
                .is_some_and(|t| (t + 1..j).any(|k| self.text.word_is(k, &["mới", "thêm"])))
        };
        let added = more(qi) || qi > 0 && more(qi - 1) && self.brings(qi) || hired_anew;
        // A workforce in a dated report ("Năm 2023, ... tổng số lao động trong các KCN là
        // 48.390 người", "các doanh nghiệp đang sử dụng 52.000 lao động", "hiện sử dụng",
        // "hiện thu hút 9.800 lao động", "52.000 lao động đang làm việc") is the stock at the
        // period's end, as in seed_004, not a flow within it.
        // (Not those hired, given jobs, sent abroad, laid off or licensed: "tổng số lao động
        // được tuyển mới là 5.000", "tổng số lao động do công ty môi giới là 7.171 người",
        // "tổng số lao động nghỉ việc là 2.100 người".)
        let workforce = metric == Metric::Workers && measure == Measure::Level && !undated && {
            let j = self.hedge_start(q.first);
            let from = c0.max(q.first.saturating_sub(15));
            let workers_at = |k: usize| {
                self.any_words_at(
                    k,
                    &[
                        &["lao", "động"],
                        &["công", "nhân"],
                        &["người", "lao", "động"],
                    ],
                )
            };
            // (Or the number of those at work: "Số lao động đang làm việc trong các KCN là
            // 71.800 người".)
            let total = (from..q.first).find(|&k| {
                self.words_at(k, &["tổng", "số"]) && workers_at(k + 2)
                    || self.text.word_is(k, &["số"])
                        && workers_at(k + 1)
                        && (k + 2..q.first).any(|w| self.words_at(w, &["làm", "việc"]))
            });
            // (Words of those hired, sent or laid off, in tokens `a..b`.)
            let hired = |a: usize, b: usize| {
                (a..b).any(|k| {
                    self.text.word_is(
                        k,
                        &[
                            "tuyển", "mới", "thêm", "giải", "thu", "môi", "đưa", "nghỉ", "mất",
                            "cấp", "ngừng", "dừng", "giãn", "chưa",
                        ],
                    ) || self.any_words_at(
                        k,
                        &[
                            &["tạo", "việc"],
                            &["xuất", "cảnh"],
                            &["xuất", "khẩu"],
                            &["cắt", "giảm"],
                            &["thôi", "việc"],
                        ],
                    )
                })
            };
            // The part of a counted workforce after "trong đó" ("khoảng 72.000 người, trong đó
            // lao động nước ngoài 1.270 người") is counted as the whole is, past a change of it
            // ("tăng 2.150 người so với cùng kỳ, trong đó"), unless it is of those hired or laid
            // off, before it or in its own part after it ("trong đó 2.300 lao động được tuyển
            // mới").
            let part_of_a_workforce = || {
                let reach = self.clause_end[q.first].min(q.unit_end + 8);
                let part_end = (q.unit_end..reach)
                    .find(|&k| matches!(self.tok(k), "," | "."))
                    .unwrap_or(reach);
                self.figures_back(qi, c0)
                    .find(|&p| {
                        done[p].metric == Metric::Workers && done[p].measure == Measure::Level
                    })
                    .is_some_and(|p| {
                        done[p].cumulative
                            && done[p].period_start.is_none()
                            && (self.qs[p].unit_end..q.first)
                                .find(|&k| self.words_at(k, &["trong", "đó"]))
                                .is_some_and(|k| !hired(k, q.first) && !hired(q.unit_end, part_end))
                    })
            };
            // (Also "hiện giải quyết việc làm cho 412.000 lao động", "đang có hơn 62.000 lao
            // động": the jobs held now, not those made within the period.)
            total.is_some_and(|k| !hired(k, q.first))
                || j >= 3
                    && self.text.word_is(j - 3, &["đang", "hiện"])
                    && (self.words_at(j - 2, &["sử", "dụng"])
                        || self.words_at(j - 2, &["thu", "hút"]))
                || j >= 6
                    && self.text.word_is(j - 6, &["đang", "hiện"])
                    && self.words_at(j - 5, &["giải", "quyết", "việc", "làm", "cho"])
                || j >= 2
                    && self.text.word_is(j - 2, &["đang", "hiện"])
                    && self.text.word_is(j - 1, &["có"])
                || self.words_at(q.unit_end, &["đang", "làm", "việc"])
                || part_of_a_workforce()
        };
        // A stock at the period's end is not one the figure's own clause dates as a span (a
        // period there, "trong năm" or "trong 6 tháng" before it), nor one compared with the
        // same span before or by a rate ("bằng 150% so với cùng kỳ", "tăng 20% so với năm
        // 2022"), which only a flow is. ("tăng 50 ha so với cuối năm 2022" leaves a stock.)
        let own_span = || {
            let (_, s1) = self.sentence(q.first);
            let clause = (c0..q.first)
                .rev()
                .find(|&k| self.tok(k) == ",")
                .map_or(c0, |k| k + 1);
            (clause..q.first).any(|k| {
                let span = ["năm", "kỳ", "quý", "tháng", "giai", "ngày", "tuần"];
                // (Not "trong 31 KCN", where they are.)
                self.text.word_is(k, &["trong"])
                    && (self.text.word_is(k + 1, &span)
                        || self.is_num(k + 1) && self.text.word_is(k + 2, &span))
            }) || (q.unit_end..s1.min(q.unit_end + 10)).any(|k| {
                self.words_at(k, &["so", "với"])
                    && (self.words_at(k + 2, &["cùng", "kỳ"])
                        || (k.saturating_sub(3)..k).any(|j| self.tok(j) == "%"))
            }) || !self
                .periods_in(clause, q.first)
                .iter()
                .all(|p| p.comparison)
        };
        // Land already leased, named as such ("Tổng diện tích đất công nghiệp đã cho thuê đạt
        // 1.494,5 ha" after a sentence on the quarter's new projects), is a stock at the
        // period's end, as gold 013's "diện tích đất đã cho thuê gần 720ha" is; not the land
        // leased within it: by a verb ("các KCN đã cho thuê 120 ha đất"), as new or more ("đã
        // cho thuê mới", "thêm", "được"), or with a span of its own (`own_span`).
        // So is land leasable or left ("đất công nghiệp có thể cho thuê 746 ha", "còn lại",
        // "Quỹ đất ... còn khoảng 1.100 ha"), land leased listed after it ("..., đã cho thuê 653
        // ha"), and the zones' total ("Các KCN Đà Nẵng có tổng diện tích 1.066,6 ha"), as gold
        // 036 and 058 have them.
        let (s0, _) = self.sentence(q.first);
        let j = self.hedge_start(q.first);
        let land_named_before = |k: usize| {
            (s0.max(k.saturating_sub(20))..k).any(|d| self.words_at(d, &["diện", "tích"]))
        };
        let zones_total = |k: usize| {
            self.words_at(k, &["có", "tổng", "diện", "tích"])
                && (c0.max(k.saturating_sub(6))..k).any(|x| {
                    self.text.word_is(x, &["các"])
                        && self
                            .text
                            .word_is(x + 1, &["KCN", "KKT", "KCX", "CCN", "khu", "cụm"])
                })
        };
        let leased_words = metric == Metric::LandArea
            && measure == Measure::Level
            && ((c0.max(q.first.saturating_sub(12))..q.first).any(|k| {
                (self.words_at(k, &["đã", "cho", "thuê"])
                    && ((c0.max(k.saturating_sub(6))..k)
                        .any(|d| self.words_at(d, &["diện", "tích"]))
                        || self.tok(k.wrapping_sub(1)) == "," && land_named_before(k))
                    || self.words_at(k, &["có", "thể", "cho", "thuê"])
                    // (Land left, not the zones left: "3 KCN còn lại đã cho thuê 30 ha".)
                    || self.words_at(k, &["còn", "lại"])
                        && self.text.word_is(k.wrapping_sub(1), &["đất", "tích", "nghiệp"])
                    || zones_total(k))
                    && !(k + 3..q.first).any(|e| self.text.word_is(e, &["mới", "thêm", "được"]))
            }) || self.text.word_is(j.wrapping_sub(1), &["còn"])
                && self.text.word_is(j.wrapping_sub(2), &["thuê"]));
        // A total raised by what was added, the level it reached ("nâng tổng vốn đăng ký lên
        // 5,2 tỷ USD", "nâng tổng diện tích đất đã cho thuê lên 4.560 ha"), is a stock at the
        // period's end, as "nâng tổng số dự án lên 350" is. (Not what follows it: "nâng tổng
        // tài sản lên 193.304 tỷ đồng, lợi nhuận đạt 1.643 tỷ đồng"; nor one with a span of its
        // own, "nâng tổng vốn thu hút trong 6 tháng lên 650 triệu USD".)
        let raised_words = measure == Measure::Level && {
            // "lên", "lên tới", "lên mức" right before the figure (past its hedge).
            let j = self.hedge_start(q.first);
            let to = (j.saturating_sub(2)..j).find(|&k| {
                self.text.word_is(k, &["lên"])
                    && (k + 1..j).all(|e| self.text.word_is(e, &["tới", "đến", "mức"]))
            });
            to.is_some_and(|to| {
                (c0.max(to.saturating_sub(10))..to).any(|k| self.words_at(k, &["nâng", "tổng"]))
            })
        };
        // Zones, firms or projects said to operate, in a dated report ("Năm 2024, các doanh
        // nghiệp trong 31 KCN đang hoạt động đạt ...", "KKT có 36 doanh nghiệp hoạt động"), are
        // the stock at the period's end, as undated ones are that of now. (Not those just added,
        // "thêm 2 KCN hoạt động".)
        let operating_words = measure == Measure::Level
            && matches!(
                metric,
                Metric::Zones | Metric::Enterprises | Metric::Projects
            )
            && period_end.is_some()
            && operate(after_whose())
            && !self.newly_said(self.hedge_start(q.first).saturating_sub(4), q.first);
        // (The span is read once, for whichever of the three the words name.)
        let spanned = (leased_words || raised_words || operating_words) && own_span();
        let (leased, raised) = (leased_words && !spanned, raised_words && !spanned);
        let operating_at_end = operating_words && !spanned;
        let cumulative = !newly
            && !added
            && (stock
                || workforce
                || leased
                || raised
                || has_zones()
                || of_a_stock()
                || employed()
                || operating()
                || operating_at_end
                || since_a_start())
            && (!flow || running())
            && !(q.unit == Unit::Percent && measure == Measure::Level)
            // (The change of a stock in percent is cumulative as the stock is, gold seed_002's
            // "236 KCN (tăng 21%)"; a change of no metric's stock is not: "Thu nhập bình quân
            // ... đạt 9,8 triệu đồng/người/tháng, tăng 4,2%" after a count "tính đến".)
            && !(measure == Measure::ChangePct && metric == Metric::Other)
            && !(priced() || q.per_unit || averaged() || per_period() || scale())
            && metric != Metric::OccupancyRate
            && !matches!(
                measure,
                Measure::SharePct
                    | Measure::Target
                    | Measure::PlanPct
                    | Measure::PlanExcessPct
                    | Measure::RatioToPriorPct
                    | Measure::Multiplier
                    | Measure::ChangeAbs
                    | Measure::PriorLevel
            );
        // A flow up to a date is the year to that date: "tính đến ngày 20/6/2017, kim ngạch
        // xuất khẩu đạt 100 tỷ USD" covers 2017-01-01..2017-06-20, as "6 tháng đầu năm" does.
        // (Not a goal by a horizon, "đến năm 2025, kim ngạch xuất khẩu đạt 10 tỷ USD", nor so
        // much a year, nor one up to the news's day, "kể từ khi thành lập đến nay", which may
        // count from long before.)
        let period_start = match (period_start, period_end) {
            (None, Some(end))
                if newly
                    || stock
                        && flow
                        && !running()
                        && !per_period()
                        && measure != Measure::Target
                        && Some(end) != self.pub_date =>
            {
                NaiveDate::from_ymd_opt(end.year(), 1, 1)
            }
            (_, Some(_)) if (workforce || leased || raised || operating_at_end) && cumulative => {
                None
            }
            // An occupancy rate is as of a day, never over a span (gold 001, 013, 058).
            (_, Some(_)) if metric == Metric::OccupancyRate && measure == Measure::Level => None,
            (start, _) => start,
        };
        Labels {
            metric,
            measure,
            investor,
            approx,
            period_start,
            period_end,
            cumulative,
            negative,
        }
    }

    /// Labels every quantity, in order.
    pub fn label_all(&self) -> Vec<Labels> {
        let mut done: Vec<Labels> = Vec::with_capacity(self.qs.len());
        // Quantities whose metric no cue decided.
        let mut uncued = Vec::with_capacity(self.qs.len());
        for (qi, q) in self.qs.iter().enumerate() {
            if let Some(cell) = q.context {
                done.push(self.label_cell(q, cell));
                uncued.push(false);
                continue;
            }
            let decided = self
                .metric(qi, &done)
                .or_else(|| self.pointed_back(qi, &done))
                .or_else(|| self.part_by_its_verb(qi, &done));
            uncued.push(decided.is_none());
            let (mut metric, source) =
                decided.unwrap_or_else(|| (self.metric_without_cue(q), None));
            if self.no_metric_here(q, metric)
                || metric == Metric::RegisteredCapital && self.public_spending(q)
                || metric == Metric::ImplementedCapital && self.budget_funded(q)
                || metric == Metric::Projects
                    && (self.public_projects(q) || self.listed_after_public_projects(qi))
                || matches!(
                    metric,
                    Metric::RegisteredCapital | Metric::ImplementedCapital
                ) && below_any_investment(q)
                    && !self.charter_capital_before(q)
                || q.unit == Unit::Percent
                    && (self.stake(q)
                        || self.in_volume(q)
                        || self.of_a_need(q)
                        || self.share_of_a_condition(q)
                        || self.rate_of_things(q)
                        || metric != Metric::OccupancyRate && self.of_an_area(q))
                || self.of_the_world(q)
                || self.price_change(q)
                || self.dwelling_price(q)
                || q.per_unit
                || self.average_per_unit(q)
                || matches!(metric, Metric::Workers | Metric::Enterprises)
                    && self.back_at_work(q, metric)
            {
                metric = Metric::Other;
            }
            // A list of shares that meet a condition goes on as one: "lao động phổ thông chiếm
            // 37%, sơ cấp nghề - công nhân kỹ thuật 20%, trung cấp 18%".
            // So does one listed on by name after a share of a metric ("40% tổng vốn FDI, Hàn
            // Quốc 21%"), of that metric.
            let listed = (q.unit == Unit::Percent && qi > 0)
                .then(|| {
                    self.share_listed_by_name(qi, &done).or_else(|| {
                        self.listed_after_a_condition(qi, &done)
                            .then_some(Metric::Other)
                    })
                })
                .flatten();
            if let Some(m) = listed {
                // (As a share: `label_as` reads a bare rate as of no metric.)
                let mut labels = self.label_as(qi, m, source, &done);
                labels.metric = m;
                labels.measure = Measure::SharePct;
                done.push(labels);
                continue;
            }
            done.push(self.label_as(qi, metric, source, &done));
        }
        // A headline names its figures with few words ("Nhận 6,7 tỷ Đô từ Mỹ"); an amount there
        // that no cue names is the body's figure of the same amount, and takes the metric a
        // cue gives that figure.
        let title_end = self.text.title_end();
        let in_title = self.qs.iter().take_while(|q| q.last < title_end);
        for (qi, q) in in_title.enumerate() {
            if !uncued[qi] || !q.unit.is_money() {
                continue;
            }
            let in_body = (qi + 1..self.qs.len()).find(|&j| {
                self.qs[j].first >= title_end
                    && self.same_amount(qi, j)
                    && !uncued[j]
                    && done[j].metric != Metric::Other
            });
            if let Some(j) = in_body {
                done[qi] = self.label_as(qi, done[j].metric, None, &done[..qi]);
            }
        }
        // A heading states a figure the text below reports with its date ("Khu Kinh tế Nghi Sơn
        // thu hút được 630 dự án đầu tư" over "lũy kế đến đầu năm 2021 đã có 630 dự án"): an
        // undated figure there takes the period and stock flag of its first restatement below,
        // also one the heading rounds ("gần 200 dự án" over "tính đến nay ... 199 dự án").
        // One that names no time of its own takes the restatement's even where it took a
        // period carried from the body's first: "Đà Nẵng khánh thành nhà ga hàng không 3.500
        // tỷ đồng" over an undated "tổng mức đầu tư 3.500 tỷ đồng" is not of "năm 2016", which
        // a later sentence names for the rain.
        for qi in 0..self.qs.len() {
            let si = self.text.sentence_of(self.qs[qi].first);
            if !self.heading(si) {
                continue;
            }
            let (h0, h1) = (self.text.sentences[si].first, self.text.sentences[si].end);
            let own_time = self.periods_in(h0, h1).iter().any(|p| p.own_time());
            if done[qi].period_end.is_some() && own_time {
                continue;
            }
            // (A heading that repeats an earlier heading's figure, as a photo's caption repeats
            // the headline, takes what that one took, before any restatement below it: the
            // caption may come again below.)
            let below = || {
                (qi + 1..self.qs.len())
                    .take_while(|&j| self.text.sentence_of(self.qs[j].first) <= si + HEADING_REACH)
            };
            let restated = (0..qi)
                .find(|&j| {
                    self.same_amount(qi, j) && self.heading(self.text.sentence_of(self.qs[j].first))
                })
                .or_else(|| below().find(|&j| self.same_amount(qi, j)))
                .or_else(|| below().find(|&j| self.rounds(qi, done[qi].approx, j)))
                // (The headline's count, said again further on with the same hedge and metric:
                // "giải quyết việc làm cho gần 95 nghìn lao động" over "gần 95.000 lao động" in
                // the fourth paragraph.)
                .or_else(|| {
                    (self.qs[qi].last < self.text.title_end() && self.qs[qi].unit == Unit::Count)
                        .then(|| {
                            (qi + 1..self.qs.len()).find(|&j| {
                                // (Not one of years before: "Năm 2020, ... cũng thu hút 15 dự án"
                                // under a title of 2024.)
                                let recent = done[j].period_end.is_none_or(|e| {
                                    self.pub_date.is_none_or(|p| (p - e).num_days() <= 366)
                                });
                                self.same_amount(qi, j)
                                    && recent
                                    && done[j].metric == done[qi].metric
                                    && done[j].metric != Metric::Other
                                    && done[j].measure == done[qi].measure
                                    && done[j].approx == done[qi].approx
                            })
                        })
                        .flatten()
                });
            // (One that names no time of its own took what it has from the body's first period,
            // which may be another figure's: "Trên 47 triệu USD đầu tư vào Quảng Ninh" is the
            // flow below, not the stock further on.)
            if let Some(j) = restated.filter(|&j| {
                done[j].period_end.is_some()
                    || done[j].cumulative
                    || done[j].period_start.is_some()
                    || !own_time
            }) {
                done[qi].period_start = done[j].period_start;
                done[qi].period_end = done[j].period_end;
                done[qi].cumulative = done[j].cumulative;
            }
        }
        // The headline's sum said again is the same money: "tổng mức đầu tư 6,7 tỷ USD" below
        // "Nhận 6,7 tỷ Đô từ Mỹ" is the same investment, foreign, though its own sentence does
        // not say so. The sum of the headline or the lead (its first sentences), the nearest,
        // measured alike; not another firm's equal sum further on ("Foxconn ... 100 triệu
        // USD" and Kinh Bắc's). (Not a sum converted from another currency, "45.437 tỷ đồng
        // (tương đương hơn 1,9 tỷ USD)": rounded, it may equal another.) So is the headline's
        // sum the lead says again with whose money it is: "Trên 47 triệu USD đầu tư vào Quảng
        // Ninh" over "6 dự án có vốn đầu tư trực tiếp nước ngoài với tổng vốn ... trên 47 triệu
        // USD".
        let lead_end = self.lead_end();
        let converted = |j: usize| {
            let f = self.qs[j].first;
            (f.saturating_sub(4)..f)
                .any(|k| self.tok(k) == "tuong" && matches!(self.tok(k + 1), "duong" | "ung"))
        };
        for qi in 0..self.qs.len() {
            if done[qi].investor.is_some()
                || !self.qs[qi].unit.is_money()
                || !is_investment(done[qi].metric)
                || converted(qi)
            {
                continue;
            }
            // (Only the lead's figures are tried: a run-on sentence stays linear.)
            let in_lead = self.qs.partition_point(|q| q.first < lead_end);
            let same_money = |j: &usize| {
                let j = *j;
                self.same_amount(qi, j)
                    && done[j].metric == done[qi].metric
                    && done[j].measure == done[qi].measure
                    && done[j].investor.is_some()
                    && !converted(j)
            };
            let in_heading = self.heading(self.text.sentence_of(self.qs[qi].first));
            let mut after = if in_heading { qi + 1..in_lead } else { 0..0 };
            if let Some(j) = (0..qi.min(in_lead))
                .rev()
                .find(same_money)
                .or_else(|| after.find(same_money))
            {
                done[qi].investor = done[j].investor;
            }
        }
        let _ = (
            self.lex,
            self.pub_date,
            self.ref_year,
            self.quantity_before(0),
        );
        // An amount and its share right after it are of one time, which the share's part may
        // name last: "đạt hơn 2,2 tỷ USD, chiếm khoảng 36% tổng vốn FDI cả nước trong quý
        // I/2024".
        for qi in 1..self.qs.len() {
            let (p, q) = (&self.qs[qi - 1], &self.qs[qi]);
            let undated = |l: &Labels| l.period_start.is_none() && l.period_end.is_none();
            let share_after = done[qi].measure == Measure::SharePct
                && q.unit == Unit::Percent
                && p.unit != Unit::Percent
                && self.tok(p.unit_end) == ","
                && self.text.word_is(p.unit_end + 1, &["chiếm"])
                && self.hedge_start(q.first) == p.unit_end + 2;
            // (Not a stock of no date, "Tỉnh có 12 KCN, chiếm 3% ...": its zones are had now.)
            if share_after
                && undated(&done[qi - 1])
                && !done[qi - 1].cumulative
                && !undated(&done[qi])
            {
                done[qi - 1].period_start = done[qi].period_start;
                done[qi - 1].period_end = done[qi].period_end;
            }
        }
        // A part of a stock is a stock as of the same day: "có 33 KCN đang hoạt động, trong đó
        // 30 KCN đã xây dựng nhà máy xử lý nước thải" (not a flow of the year the sentence
        // names). The whole is the count of the same things last before it in its sentence.
        // (Not a part new or dated in its own clause: "trong đó có 2.300 lao động được tuyển
        // mới trong quý".)
        for qi in 1..self.qs.len() {
            let q = &self.qs[qi];
            let part = q.unit == Unit::Count
                && q.context.is_none()
                && done[qi].measure == Measure::Level
                && !done[qi].cumulative
                && (q.first.saturating_sub(3)..q.first).any(|k| self.words_at(k, &["trong", "đó"]));
            if !part {
                continue;
            }
            let (s0, s1) = self.sentence(q.first);
            let clause_end = (q.unit_end..s1)
                .find(|&k| matches!(self.tok(k), "," | ";"))
                .unwrap_or(s1);
            if (q.unit_end..clause_end).any(|k| self.text.word_is(k, &["mới"]))
                || !self.periods_in(q.unit_end, clause_end).is_empty()
            {
                continue;
            }
            let whole = (0..qi)
                .rev()
                .take_while(|&j| self.qs[j].first >= s0)
                .find(|&j| self.qs[j].unit == Unit::Count && self.qs[j].entity == q.entity);
            if let Some(j) = whole
                && done[j].cumulative
                && done[j].measure == Measure::Level
            {
                done[qi].period_start = done[j].period_start;
                done[qi].period_end = done[j].period_end;
                done[qi].cumulative = true;
            }
        }
        // A span cannot end before it starts: "Từ đầu năm 2017 đến nay" in news dated before
        // 2017 (a wrong date, or a start still ahead) fixes its start, not its end, and with no
        // end it is no stock as of one.
        for l in &mut done {
            if l.period_start.zip(l.period_end).is_some_and(|(s, e)| s > e) {
                l.period_end = None;
                l.cumulative = false;
            }
        }
        done
    }

    /// The first token past the lead: the title and the [`HEADING_REACH`] sentences below it,
    /// where a headline's figure is stated again or dated; at most four windows of tokens, so
    /// that a text of one run-on sentence has a lead of bounded length.
    fn lead_end(&self) -> usize {
        self.text
            .sentences
            .get(HEADING_REACH + 1)
            .map_or(usize::MAX, |s| s.first)
            .min(4 * WINDOW)
    }

    /// Whether sentence `si` is a line of its own with no full stop: a title or a heading.
    fn heading(&self, si: usize) -> bool {
        let s = &self.text.sentences[si];
        let tokens = &self.text.tokens;
        (si == 0 || tokens[s.first].newline_before)
            && tokens.get(s.end).is_none_or(|t| t.newline_before)
            && s.end > s.first
            && !matches!(self.tok(s.end - 1), "." | "!" | "?" | ":" | ";")
    }
}

/// Whether a cue says the figure rose or fell.
fn rise_or_fall(c: &Cue) -> bool {
    matches!(c, Cue::Measure(MeasureCue::Rise | MeasureCue::Fall))
}

/// The investor an investor cue names; none for a non-investor cue or one naming both.
fn investor_of(cue: Cue) -> Option<Investor> {
    match cue {
        Cue::Investor(InvestorCue::Fdi | InvestorCue::ForeignOrigin) => Some(Investor::Fdi),
        Cue::Investor(InvestorCue::Ddi) => Some(Investor::Ddi),
        _ => None,
    }
}

/// Metrics of a flow over a period (sales, trade, output, budget revenue), as against a stock.
fn is_flow(m: Metric) -> bool {
    matches!(
        m,
        Metric::Revenue
            | Metric::ExportValue
            | Metric::ImportValue
            | Metric::IndustrialOutput
            | Metric::BudgetContribution
    )
}

/// Metrics of investment, which an investor label qualifies.
fn is_investment(m: Metric) -> bool {
    matches!(
        m,
        Metric::Projects
            | Metric::CapitalIncreases
            | Metric::RegisteredCapital
            | Metric::ImplementedCapital
    )
}

fn shift_year(d: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year() - 1, d.month(), d.day())
        .or_else(|| last_day(d.year() - 1, d.month()))
}

/// Whether money `q` is too little to be any investment's capital: under 100 million đồng
/// (under 5.000 USD, both ends of a range) it is a household's spending, a deposit or a share's
/// price ("đầu tư gần 1 triệu đồng mua áo", "nhà đầu tư nạp thêm 5 triệu đồng vào tài khoản ký
/// quỹ", "HPG đang tăng 150 đồng").
fn below_any_investment(q: &Quantity) -> bool {
    let most = q.value.abs().max(q.value_max.unwrap_or(0.0).abs());
    match q.unit {
        Unit::Vnd => most < 1e8,
        Unit::Usd => most < 5e3,
        _ => false,
    }
}
