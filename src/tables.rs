//! Tables: the one module that knows polars. Rows from the per-article stages and the
//! consolidated figures become frames here, joined with the province reference; every table is
//! sorted so that the same inputs always give the same bytes.
//!
//! Column types are part of the contract: codes are strings (`01`, never `1`), dates are dates,
//! values are floats, counts are integers.

use chrono::{Datelike, NaiveDate};
use polars::prelude::*;

use crate::figures::{Figure, Province2025Year, ProvinceYear, Scope, YEAR_COLUMNS};
use crate::geo::Gazetteer;
use crate::model::Unit;
use crate::pipeline::{ArticleRow, MentionRow};
use crate::rates::UsdRates;
use crate::source::Reject;

/// Days since the Unix epoch, polars' Date representation.
fn days(d: NaiveDate) -> i32 {
    d.num_days_from_ce() - 719_163
}

/// Builds a frame column by column from rows, borrowing their strings: the one way tables
/// are made.
struct Frame<'a, R> {
    rows: &'a [R],
    cols: Vec<Column>,
}

impl<'a, R> Frame<'a, R> {
    fn new(rows: &'a [R]) -> Self {
        Frame {
            rows,
            cols: Vec::new(),
        }
    }

    fn str(mut self, name: &str, f: impl Fn(&'a R) -> Option<&'a str>) -> Self {
        let ca: StringChunked = self.rows.iter().map(f).collect();
        self.cols.push(ca.with_name(name.into()).into_column());
        self
    }

    fn f64(mut self, name: &str, f: impl Fn(&'a R) -> Option<f64>) -> Self {
        let v: Vec<Option<f64>> = self.rows.iter().map(f).collect();
        self.cols.push(Column::new(name.into(), v));
        self
    }

    fn i64(mut self, name: &str, f: impl Fn(&'a R) -> Option<i64>) -> Self {
        let v: Vec<Option<i64>> = self.rows.iter().map(f).collect();
        self.cols.push(Column::new(name.into(), v));
        self
    }

    fn bool(mut self, name: &str, f: impl Fn(&'a R) -> bool) -> Self {
        let v: Vec<bool> = self.rows.iter().map(f).collect();
        self.cols.push(Column::new(name.into(), v));
        self
    }

    fn date(mut self, name: &str, f: impl Fn(&'a R) -> Option<NaiveDate>) -> Self {
        let ca: Int32Chunked = self.rows.iter().map(|r| f(r).map(days)).collect();
        self.cols
            .push(ca.with_name(name.into()).into_date().into_column());
        self
    }

    /// A string column of values made for the table (not borrowed from the rows).
    fn owned_str(mut self, name: &str, f: impl Fn(&'a R) -> Option<String>) -> Self {
        let ca: StringChunked = self.rows.iter().map(f).collect();
        self.cols.push(ca.with_name(name.into()).into_column());
        self
    }

    /// `province_name`: the reference's name of the 63-scheme province `code` gives.
    fn province_name(self, gaz: &'a Gazetteer, code: impl Fn(&'a R) -> Option<&'a str>) -> Self {
        self.str("province_name", move |r| {
            Some(gaz.province(code(r)?)?.name_63.as_str())
        })
    }

    /// `province_code_2025` and `province_name_2025`: the province of the 34 that the
    /// 63-scheme province `code` gives is now part of.
    fn province_2025(
        self,
        gaz: &'a Gazetteer,
        code: impl Fn(&'a R) -> Option<&'a str> + Copy,
    ) -> Self {
        self.str("province_code_2025", move |r| {
            Some(gaz.province(code(r)?)?.code_2025.as_str())
        })
        .str("province_name_2025", move |r| {
            Some(gaz.province(code(r)?)?.name_2025.as_str())
        })
    }

    fn frame(self) -> PolarsResult<DataFrame> {
        DataFrame::new_infer_height(self.cols)
    }
}

/// The province reference as a frame: 63-scheme code and name, region, 2025 code and name.
pub fn provinces(gaz: &Gazetteer) -> PolarsResult<DataFrame> {
    Frame::new(&gaz.provinces)
        .str("province_code", |p| Some(&p.code_63))
        .str("province_name", |p| Some(&p.name_63))
        .str("region", |p| Some(&p.region))
        .str("region_code", |p| Some(&p.region_code))
        .str("province_code_2025", |p| Some(&p.code_2025))
        .str("province_name_2025", |p| Some(&p.name_2025))
        .frame()
}

/// The `mentions` table, joined with the province reference, sorted by `doc_id`, `start`.
pub fn mentions(rows: &[MentionRow], gaz: &Gazetteer) -> PolarsResult<DataFrame> {
    fn key(r: &MentionRow) -> (&str, usize, usize) {
        (&r.doc_id, r.mention.start, r.mention.end)
    }
    let sorted: Vec<&MentionRow>;
    let rows: &[&MentionRow] = if rows.is_sorted_by(|a, b| key(a) <= key(b)) {
        sorted = rows.iter().collect();
        &sorted
    } else {
        let mut v: Vec<&MentionRow> = rows.iter().collect();
        v.sort_by(|a, b| key(a).cmp(&key(b)));
        sorted = v;
        &sorted
    };
    fn code<'r>(r: &'r &MentionRow) -> Option<&'r str> {
        r.mention.province_code.as_deref()
    }
    Frame::new(rows)
        .str("doc_id", |r| Some(&r.doc_id))
        .i64("start", |r| Some(r.mention.start as i64))
        .i64("end", |r| Some(r.mention.end as i64))
        .str("surface", |r| Some(&r.mention.surface))
        .f64("value", |r| Some(r.mention.value))
        .f64("value_max", |r| r.mention.value_max)
        .str("unit", |r| Some(r.mention.unit.as_str()))
        .str("metric", |r| Some(r.mention.metric.as_str()))
        .str("measure", |r| Some(r.mention.measure.as_str()))
        .str("entity", |r| r.mention.entity.map(|e| e.as_str()))
        .str("investor", |r| r.mention.investor.map(|e| e.as_str()))
        .str("approx", |r| r.mention.approx.map(|e| e.as_str()))
        .date("period_start", |r| r.mention.period_start)
        .date("period_end", |r| r.mention.period_end)
        .bool("cumulative", |r| r.mention.cumulative)
        .str("province_code", code)
        .province_name(gaz, code)
        .str("region", |r| r.mention.region.as_deref())
        .province_2025(gaz, code)
        .str("sentence", |r| Some(&r.mention.sentence))
        .frame()
}

/// The `articles` table, sorted by `doc_id`.
pub fn articles(rows: &[ArticleRow], gaz: &Gazetteer, keep_text: bool) -> PolarsResult<DataFrame> {
    let mut rows: Vec<&ArticleRow> = rows.iter().collect();
    rows.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    let mut f = Frame::new(&rows)
        .str("doc_id", |r| Some(&r.doc_id))
        .str("source", |r| Some(&r.source))
        .str("record", |r| r.record.as_deref())
        .str("title", |r| r.title.as_deref())
        .date("publication_date", |r| r.publication_date)
        .str("province_code", |r| r.province_code.as_deref())
        .province_name(gaz, |r| r.province_code.as_deref())
        .str("region", |r| r.region.as_deref())
        .i64("chars", |r| Some(r.chars as i64))
        .i64("mentions", |r| Some(r.mentions as i64))
        .str("encoding", |r| Some(&r.encoding))
        .str("url", |r| r.url.as_deref());
    if keep_text {
        f = f.str("text", |r| r.text.as_deref());
    }
    f.frame()
}

/// The `rejects` table, sorted by source and record.
pub fn rejects(rows: &[Reject]) -> PolarsResult<DataFrame> {
    let mut rows: Vec<&Reject> = rows.iter().collect();
    rows.sort_by(|a, b| (&a.source, &a.record).cmp(&(&b.source, &b.record)));
    Frame::new(&rows)
        .str("source", |r| Some(&r.source))
        .str("record", |r| r.record.as_deref())
        .str("reason", |r| Some(r.reason.code()))
        .str("detail", |r| Some(&r.detail))
        .frame()
}

/// Between the doc ids of a figure's articles in `figures.doc_ids` (one string, so that every
/// format and reader sees the same column).
pub const DOC_ID_SEPARATOR: &str = "; ";

/// A figure's value in dollars, for đồng at the rate of the year its period ends in.
fn in_usd(f: &Figure, rates: &UsdRates) -> Option<f64> {
    (f.key.unit == Unit::Vnd)
        .then(|| rates.to_usd(f.value, f.key.period_end?.year()))
        .flatten()
}

/// The `figures` table, in fact order (scope, metric, measure, investor, period, unit).
/// `doc_id` names an article by the index the figures carry; `rates` adds `value_in_usd`.
pub fn figures<'a, 'd>(
    figs: &'a [Figure],
    doc_id: &dyn Fn(u32) -> &'d str,
    gaz: &'a Gazetteer,
    rates: Option<&UsdRates>,
) -> PolarsResult<DataFrame> {
    let code = |f: &'a Figure| match &f.key.scope {
        Scope::Province(c) => Some(c.as_str()),
        _ => None,
    };
    let region = |f: &'a Figure| match &f.key.scope {
        Scope::Province(c) => gaz.province(c).map(|p| p.region.as_str()),
        Scope::Region(r) => Some(r.as_str()),
        Scope::Unplaced => None,
    };
    let mut f = Frame::new(figs)
        .str("scope", |f| Some(f.key.scope.as_str()))
        .str("province_code", code)
        .province_name(gaz, code)
        .str("region", region)
        .province_2025(gaz, code)
        .str("metric", |f| Some(f.key.metric.as_str()))
        .str("measure", |f| Some(f.key.measure.as_str()))
        .str("investor", |f| f.key.investor.map(|i| i.as_str()))
        .date("period_start", |f| f.key.period_start)
        .date("period_end", |f| f.key.period_end)
        .bool("cumulative", |f| f.key.cumulative)
        .str("unit", |f| Some(f.key.unit.as_str()))
        .f64("value", |f| Some(f.value));
    if let Some(rates) = rates {
        f = f.f64("value_in_usd", |f| in_usd(f, rates));
    }
    f.f64("value_min", |f| Some(f.value_min))
        .f64("value_max", |f| Some(f.value_max))
        .bool("conflict", |f| f.conflict)
        .i64("articles", |f| Some(f.articles as i64))
        .i64("mentions", |f| Some(f.mentions as i64))
        .owned_str("doc_ids", |f| {
            Some(
                f.docs
                    .iter()
                    .map(|&d| doc_id(d))
                    .collect::<Vec<_>>()
                    .join(DOC_ID_SEPARATOR),
            )
        })
        .date("first_published", |f| f.first_published)
        .date("last_published", |f| f.last_published)
        .frame()
}

/// The `province_year` table: one row per province (63-scheme) and year, a value, the end of
/// the period it covers (`_through`) and, for đồng with `usd`, `_in_usd` per metric column.
pub fn province_year<'a>(
    rows: &'a [ProvinceYear],
    gaz: &'a Gazetteer,
    usd: bool,
) -> PolarsResult<DataFrame> {
    let code = |r: &'a ProvinceYear| Some(r.province_code.as_str());
    let mut f = Frame::new(rows)
        .str("province_code", code)
        .province_name(gaz, code)
        .str("region", move |r| {
            Some(gaz.province(code(r)?)?.region.as_str())
        })
        .province_2025(gaz, code)
        .i64("year", |r| Some(r.year as i64));
    for (c, column) in YEAR_COLUMNS.iter().enumerate() {
        let name = column.name;
        f = f
            .f64(name, move |r| r.cells[c].map(|x| x.value))
            .date(&format!("{name}_through"), move |r| {
                r.cells[c].map(|x| x.through)
            });
        if usd && column.converts() {
            f = f.f64(&format!("{name}_in_usd"), move |r| {
                r.cells[c].and_then(|x| x.in_usd)
            });
        }
    }
    f.i64("conflicts", |r| Some(r.conflicts() as i64)).frame()
}

/// The 2025 view: one row per province of the 34 and year; additive columns summed over the
/// old provinces that report them (`_provinces` says how many), rates left empty.
pub fn province_year_2025(
    rows: &[Province2025Year],
    gaz: &Gazetteer,
    usd: bool,
) -> PolarsResult<DataFrame> {
    let name = |code: &str| {
        gaz.provinces
            .iter()
            .find(|p| p.code_2025 == code)
            .map(|p| p.name_2025.as_str())
    };
    let mut f = Frame::new(rows)
        .str("province_code_2025", |r| Some(&r.province_code_2025))
        .str("province_name_2025", move |r| name(&r.province_code_2025))
        .i64("year", |r| Some(r.year as i64))
        .i64("members", |r| Some(r.members as i64));
    for (c, column) in YEAR_COLUMNS.iter().enumerate() {
        let name = column.name;
        f = f
            .f64(name, move |r| r.sums[c].map(|x| x.value))
            .i64(&format!("{name}_provinces"), move |r| {
                r.sums[c].map(|x| x.provinces as i64)
            })
            .date(&format!("{name}_through"), move |r| {
                r.sums[c].and_then(|x| x.through)
            });
        if usd && column.converts() {
            f = f.f64(&format!("{name}_in_usd"), move |r| {
                r.sums[c].and_then(|x| x.in_usd)
            });
        }
    }
    f.frame()
}
