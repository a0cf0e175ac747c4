//! Tables: the one module that knows polars. Rows collected from the per-article stages become
//! frames here; mentions are joined with the province reference; every table is sorted so that
//! the same inputs always give the same bytes.

use chrono::{Datelike, NaiveDate};
use polars::prelude::*;

use crate::geo::Gazetteer;
use crate::model::Mention;
use crate::pipeline::{ArticleRow, MentionRow};
use crate::source::Reject;

fn days(d: Option<NaiveDate>) -> Option<i32> {
    // Days since the Unix epoch, polars' Date representation.
    d.map(|d| d.num_days_from_ce() - 719_163)
}

fn str_col(name: &str, v: Vec<Option<String>>) -> Column {
    Column::new(name.into(), v)
}

fn date_col(name: &str, v: Vec<Option<i32>>) -> PolarsResult<Column> {
    Column::new(name.into(), v).cast(&DataType::Date)
}

/// The province reference as a frame: 63-scheme code and name, region, 2025 code and name.
pub fn provinces(gaz: &Gazetteer) -> PolarsResult<DataFrame> {
    let p = &gaz.provinces;
    let s = |f: fn(&crate::geo::Province) -> &str| -> Vec<Option<String>> {
        p.iter().map(|x| Some(f(x).to_owned())).collect()
    };
    DataFrame::new_infer_height(vec![
        str_col("province_code", s(|x| &x.code_63)),
        str_col("province_name", s(|x| &x.name_63)),
        str_col("region", s(|x| &x.region)),
        str_col("region_code", s(|x| &x.region_code)),
        str_col("province_code_2025", s(|x| &x.code_2025)),
        str_col("province_name_2025", s(|x| &x.name_2025)),
    ])
}

/// The `mentions` table, joined with the province reference, sorted by `doc_id`, `start`.
pub fn mentions(rows: &[MentionRow], gaz: &Gazetteer) -> PolarsResult<DataFrame> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&rows[a], &rows[b]);
        (&x.doc_id, x.mention.start, x.mention.end).cmp(&(
            &y.doc_id,
            y.mention.start,
            y.mention.end,
        ))
    });
    let rows: Vec<&MentionRow> = order.iter().map(|&i| &rows[i]).collect();
    let m = |f: &dyn Fn(&Mention) -> Option<String>| -> Vec<Option<String>> {
        rows.iter().map(|r| f(&r.mention)).collect()
    };
    let base = DataFrame::new_infer_height(vec![
        str_col(
            "doc_id",
            rows.iter().map(|r| Some(r.doc_id.clone())).collect(),
        ),
        Column::new(
            "start".into(),
            rows.iter()
                .map(|r| r.mention.start as i64)
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "end".into(),
            rows.iter()
                .map(|r| r.mention.end as i64)
                .collect::<Vec<_>>(),
        ),
        str_col("surface", m(&|x| Some(x.surface.clone()))),
        Column::new(
            "value".into(),
            rows.iter().map(|r| r.mention.value).collect::<Vec<f64>>(),
        ),
        Column::new(
            "value_max".into(),
            rows.iter()
                .map(|r| r.mention.value_max)
                .collect::<Vec<Option<f64>>>(),
        ),
        str_col("unit", m(&|x| Some(x.unit.as_str().to_owned()))),
        str_col("metric", m(&|x| Some(x.metric.as_str().to_owned()))),
        str_col("measure", m(&|x| Some(x.measure.as_str().to_owned()))),
        str_col("entity", m(&|x| x.entity.map(|e| e.as_str().to_owned()))),
        str_col(
            "investor",
            m(&|x| x.investor.map(|e| e.as_str().to_owned())),
        ),
        str_col("approx", m(&|x| x.approx.map(|e| e.as_str().to_owned()))),
        date_col(
            "period_start",
            rows.iter().map(|r| days(r.mention.period_start)).collect(),
        )?,
        date_col(
            "period_end",
            rows.iter().map(|r| days(r.mention.period_end)).collect(),
        )?,
        Column::new(
            "cumulative".into(),
            rows.iter()
                .map(|r| r.mention.cumulative)
                .collect::<Vec<bool>>(),
        ),
        str_col("province_code", m(&|x| x.province_code.clone())),
        str_col("region", m(&|x| x.region.clone())),
        str_col("sentence", m(&|x| Some(x.sentence.clone()))),
    ])?;
    let reference = provinces(gaz)?.select([
        "province_code",
        "province_name",
        "province_code_2025",
        "province_name_2025",
    ])?;
    let joined = base
        .lazy()
        .join(
            reference.lazy(),
            [col("province_code")],
            [col("province_code")],
            JoinArgs {
                maintain_order: MaintainOrderJoin::Left,
                ..JoinArgs::new(JoinType::Left)
            },
        )
        .select([
            col("doc_id"),
            col("start"),
            col("end"),
            col("surface"),
            col("value"),
            col("value_max"),
            col("unit"),
            col("metric"),
            col("measure"),
            col("entity"),
            col("investor"),
            col("approx"),
            col("period_start"),
            col("period_end"),
            col("cumulative"),
            col("province_code"),
            col("province_name"),
            col("region"),
            col("province_code_2025"),
            col("province_name_2025"),
            col("sentence"),
        ])
        .collect()?;
    Ok(joined)
}

/// The `articles` table, sorted by `doc_id`.
pub fn articles(rows: &[ArticleRow], gaz: &Gazetteer, keep_text: bool) -> PolarsResult<DataFrame> {
    let mut rows: Vec<&ArticleRow> = rows.iter().collect();
    rows.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    let s = |f: &dyn Fn(&ArticleRow) -> Option<String>| -> Vec<Option<String>> {
        rows.iter().map(|r| f(r)).collect()
    };
    let name = |code: &Option<String>| {
        code.as_deref()
            .and_then(|c| gaz.province(c))
            .map(|p| p.name_63.clone())
    };
    let mut cols = vec![
        str_col("doc_id", s(&|r| Some(r.doc_id.clone()))),
        str_col("source", s(&|r| Some(r.source.clone()))),
        str_col("record", s(&|r| r.record.clone())),
        str_col("title", s(&|r| r.title.clone())),
        date_col(
            "publication_date",
            rows.iter().map(|r| days(r.publication_date)).collect(),
        )?,
        str_col("province_code", s(&|r| r.province_code.clone())),
        str_col("province_name", s(&|r| name(&r.province_code))),
        str_col("region", s(&|r| r.region.clone())),
        Column::new(
            "chars".into(),
            rows.iter().map(|r| r.chars as i64).collect::<Vec<_>>(),
        ),
        Column::new(
            "mentions".into(),
            rows.iter().map(|r| r.mentions as i64).collect::<Vec<_>>(),
        ),
        str_col("encoding", s(&|r| Some(r.encoding.clone()))),
        str_col("url", s(&|r| r.url.clone())),
    ];
    if keep_text {
        cols.push(str_col("text", s(&|r| r.text.clone())));
    }
    DataFrame::new_infer_height(cols)
}

/// The `rejects` table, sorted by source and record.
pub fn rejects(rows: &[Reject]) -> PolarsResult<DataFrame> {
    let mut rows: Vec<&Reject> = rows.iter().collect();
    rows.sort_by(|a, b| (&a.source, &a.record).cmp(&(&b.source, &b.record)));
    DataFrame::new_infer_height(vec![
        str_col(
            "source",
            rows.iter().map(|r| Some(r.source.clone())).collect(),
        ),
        str_col("record", rows.iter().map(|r| r.record.clone()).collect()),
        str_col(
            "reason",
            rows.iter()
                .map(|r| Some(r.reason.code().to_owned()))
                .collect(),
        ),
        str_col(
            "detail",
            rows.iter().map(|r| Some(r.detail.clone())).collect(),
        ),
    ])
}
