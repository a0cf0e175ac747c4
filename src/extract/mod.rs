//! Extraction: one article's text in, its metric mentions out.
//!
//! Pure functions of the text and a compiled [`Lexicon`]: no I/O, no tables. The order is
//! fixed: read the article's number style, find quantities (number, scale, unit), then label
//! each one from its context. Provinces are left to [`crate::locate`].

pub mod label;
pub mod number;
pub mod period;
pub mod quantity;

use chrono::{Datelike, NaiveDate};

use crate::lexicon::{Hits, Lexicon};
use crate::model::Mention;
use crate::text::{Text, TokKind};

/// A mention with the tokens it spans, for the stages after extraction.
#[derive(Debug, Clone)]
pub struct Draft {
    pub mention: Mention,
    pub first: usize,
    pub last: usize,
    /// The tokens that name the place a table's cell is of (see
    /// [`quantity::Cell::place`]).
    pub place: Option<(usize, usize)>,
}

/// What extraction learns about the article as a whole.
#[derive(Debug, Clone, Default)]
pub struct DocFacts {
    pub publication_date: Option<NaiveDate>,
    /// The date the article reports as of: its publication date, else the end of the year it
    /// reports on (see `reference_year`). A period ending later is a plan, not a result.
    pub as_of: Option<NaiveDate>,
}

/// Extracts the mentions of one article. `known_date` is a publication date from metadata
/// (HTML meta, a JSON field); without one, the article's header is read. `places_named` says
/// whether the article names a place of Vietnam (see [`crate::locate::Places`]).
pub fn extract(
    text: &Text,
    hits: &Hits,
    lex: &Lexicon,
    known_date: Option<NaiveDate>,
    places_named: bool,
) -> (Vec<Draft>, DocFacts) {
    let pub_date = known_date.or_else(|| period::publication_date(text));
    let style = quantity::detect_style(text, hits);
    let qs = quantity::find(text, hits, lex, style);
    if qs.is_empty() {
        return (
            Vec::new(),
            DocFacts {
                publication_date: pub_date,
                as_of: pub_date,
            },
        );
    }
    let ref_year = reference_year(text, pub_date);
    let periods = period::find(text, hits, ref_year, pub_date);
    let as_of = as_of(text, pub_date, &periods);
    let labeler = label::Labeler::new(text, hits, lex, &qs, &periods, pub_date, ref_year)
        .with_places_named(places_named);
    let labels = labeler.label_all();
    let drafts = qs
        .iter()
        .zip(labels)
        .map(|(q, l)| {
            let (start, end) = text.span(q.first, q.last);
            // A fall makes the value negative, unless it is written so already ("giảm (-2%)"),
            // and a falling range keeps its low end first: "giảm 15-20%" is -20..-15.
            let (value, value_max) = if l.negative && q.value > 0.0 {
                match q.value_max {
                    Some(hi) => (-hi, Some(-q.value)),
                    None => (-q.value, None),
                }
            } else {
                (q.value, q.value_max)
            };
            Draft {
                first: q.first,
                last: q.last,
                place: q.context.and_then(|c| c.place),
                mention: Mention {
                    start,
                    end,
                    surface: text.slice(start, end).to_owned(),
                    value,
                    value_max,
                    unit: q.unit,
                    metric: l.metric,
                    measure: l.measure,
                    entity: q.entity.map(|e| e.0),
                    investor: l.investor,
                    approx: l.approx,
                    period_start: l.period_start,
                    period_end: l.period_end,
                    cumulative: l.cumulative,
                    province_code: None,
                    region: None,
                    sentence: text.sentence_text(q.first, q.last),
                },
            }
        })
        .collect();
    (
        drafts,
        DocFacts {
            publication_date: pub_date,
            as_of,
        },
    )
}

/// The year that completes periods written without one (`6 tháng đầu năm`): the latest year
/// in the title, else the publication year, else the year the article names most often (the
/// latest of those); never a horizon (`đến năm 2030`), which names a plan's end, not the
/// year reported on.
fn reference_year(text: &Text, pub_date: Option<NaiveDate>) -> Option<i32> {
    let title_end = text.title_end();
    // The site's clock says when the page was saved, not what year the article is about.
    let clock = period::page_clock(text);
    let horizon = |i: usize| i < clock || period::horizon_year(text, i);
    if let Some(y) = (0..title_end)
        .filter(|&i| !horizon(i))
        .filter_map(|i| year_at(text, i))
        .max()
    {
        return Some(y);
    }
    if let Some(d) = pub_date {
        return Some(d.year());
    }
    most_named_year(text, horizon)
}

/// The date an article reports as of: its publication date, else the end of the year it names
/// most often outside plan horizons: figures for periods ending later are plans, not results.
fn as_of(
    text: &Text,
    pub_date: Option<NaiveDate>,
    periods: &[period::PeriodExpr],
) -> Option<NaiveDate> {
    pub_date.or_else(|| {
        let in_horizon = |i: usize| {
            periods
                .iter()
                .any(|p| p.horizon && p.first <= i && i < p.end)
        };
        most_named_year(text, in_horizon).and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31))
    })
}

/// A plausible year written as token `i`.
fn year_at(text: &Text, i: usize) -> Option<i32> {
    (text.tokens[i].kind == TokKind::Num)
        .then(|| text.tok(i).parse::<i32>().ok())
        .flatten()
        .filter(|y| (1990..=2100).contains(y))
}

/// The lunar year named at tokens `i - 1..=i` after "Tết", "năm", "xuân" or "Nguyên đán"
/// ("Tết Đinh Dậu" is 2017), as the year of the cycle between 1990 and 2049 its Tết opens.
fn lunar_year_at(text: &Text, i: usize) -> Option<i32> {
    const STEMS: [&str; 10] = [
        "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
    ];
    const BRANCHES: [&str; 12] = [
        "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi",
    ];
    let (s, b) = (&text.tokens[i - 1], &text.tokens[i]);
    if !(s.capitalized && b.capitalized && text.word_is(i - 2, &["Tết", "năm", "xuân", "đán"]))
    {
        return None;
    }
    let stem = STEMS.iter().position(|w| text.word_is(i - 1, &[w]))? as i32;
    let branch = BRANCHES
        .iter()
        .position(|w| text.word_is(i, &[w]))
        .or_else(|| text.word_is(i, &["Tị"]).then_some(5))? as i32;
    // 1984 was Giáp Tý; the cycle of 60 has one year for each stem and branch of equal parity.
    (1990..2050).find(|y: &i32| (y - 1984) % 10 == stem && (y - 1984) % 12 == branch)
}

/// The year an article names most often as its own (the latest of ties), leaving out tokens
/// `skip` says. It counts a year after `năm` or in a month or quarter (`tháng 1/2017`, `quý
/// I/2017`), and a lunar year (`Tết Đinh Dậu`).
/// A base of comparison names the year before the one reported on: `cùng kỳ năm 2016` and
/// `so với năm 2016` count for 2017. A month compared with (`so với tháng 5/2017`) counts for
/// none: it may be the month before.
fn most_named_year(text: &Text, skip: impl Fn(usize) -> bool) -> Option<i32> {
    let mut counts = std::collections::BTreeMap::new();
    let before = |i: usize, k: usize| text.tok_at(i as isize - k as isize);
    for i in (1..text.tokens.len()).filter(|&i| text.tokens[i].kind == TokKind::Num) {
        // Tokens before the year's own words ("năm", or "tháng 1 /").
        let lead = match before(i, 1) {
            "nam" => 2,
            "/" if matches!(before(i, 3), "thang" | "quy") => 4,
            "ky" if before(i, 2) == "cung" => 1,
            _ => continue,
        };
        let Some(y) = year_at(text, i).filter(|_| !skip(i)) else {
            continue;
        };
        let y = match (before(i, lead), before(i, lead + 1)) {
            ("ky", "cung") => y + 1,
            ("voi", "so") if lead == 4 => continue,
            ("voi", "so") => y + 1,
            _ => y,
        };
        *counts.entry(y).or_insert(0) += 1;
    }
    for i in 2..text.tokens.len() {
        if let Some(y) = lunar_year_at(text, i).filter(|_| !skip(i)) {
            *counts.entry(y).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|(y, _)| y)
}
