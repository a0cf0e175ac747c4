//! Consolidated figures: what the mentions say, one row per fact.
//!
//! An analyst asks "how much FDI did Bắc Ninh's parks register in 2023?", not "which sentences
//! mention a sum of money". The same fact is reported by many articles (and twice in one, in
//! the headline and the body), in rounder or finer numbers, and now and then wrongly. So
//! mentions are grouped by the fact they state: where (a province, a region, or neither), what
//! (`metric`, `measure`, `investor`, `unit`) and when (`period_start`, `period_end`,
//! `cumulative`). Different periods never merge. Within a group, values that differ only by
//! rounding agree (`1.494 tỷ` and `1.500 tỷ`); values that differ more are a conflict, kept
//! with their range for someone to review.
//!
//! From the figures, [`province_year`] builds the wide table of one row per province and year,
//! and [`rollup_2025`] adds it up over the 34 provinces of 2025 where the metric adds up.
//! Everything here is plain data in, plain data out, in a fixed order: the tables module
//! turns it into frames.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::geo::Gazetteer;
use crate::model::{Investor, Measure, Mention, Metric, Unit};
use crate::rates::UsdRates;

/// Where a fact is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// A province, by its 63-scheme code.
    Province(String),
    /// A regional aggregate, by region name.
    Region(String),
    /// Neither: national totals, and figures whose province the text leaves open.
    Unplaced,
}

impl Scope {
    pub fn as_str(&self) -> &'static str {
        match self {
            Scope::Province(_) => "province",
            Scope::Region(_) => "region",
            Scope::Unplaced => "unplaced",
        }
    }
}

/// What makes two mentions the same fact.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FactKey {
    pub scope: Scope,
    pub metric: Metric,
    pub measure: Measure,
    pub investor: Option<Investor>,
    pub period_start: Option<NaiveDate>,
    pub period_end: Option<NaiveDate>,
    pub cumulative: bool,
    pub unit: Unit,
}

/// One mention as evidence for a fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub key: FactKey,
    pub value: f64,
    /// The article: an index the caller can turn back into its doc id (ascending indices
    /// must mean ascending doc ids, for the order of `doc_ids`).
    pub doc: u32,
    pub published: Option<NaiveDate>,
    /// The date the article reports as of (its publication date, else the end of the year it
    /// reports on).
    pub as_of: Option<NaiveDate>,
}

/// Why a mention is not evidence for a consolidated figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Skip {
    /// `metric` is `other`: nothing to consolidate it with.
    OtherMetric,
    /// No `period_end`: a figure without a time is not a fact one can compare.
    NoPeriod,
    /// A range (`150 - 180 triệu USD`): not one value.
    Range,
}

impl Skip {
    pub fn as_str(self) -> &'static str {
        match self {
            Skip::OtherMetric => "metric_other",
            Skip::NoPeriod => "no_period",
            Skip::Range => "range",
        }
    }
}

/// The fact a mention states, or why it states none that can be consolidated.
///
/// A `prior_level` (`cùng kỳ 95.746 tỷ đồng`) is the level of the earlier period it covers,
/// so it counts as a `level` of that period.
pub fn evidence(
    m: &Mention,
    doc: u32,
    published: Option<NaiveDate>,
    as_of: Option<NaiveDate>,
) -> Result<Evidence, Skip> {
    if m.metric == Metric::Other {
        return Err(Skip::OtherMetric);
    }
    if m.period_end.is_none() {
        return Err(Skip::NoPeriod);
    }
    if m.value_max.is_some() {
        return Err(Skip::Range);
    }
    let scope = match (&m.province_code, &m.region) {
        (Some(p), _) => Scope::Province(p.clone()),
        (None, Some(r)) => Scope::Region(r.clone()),
        (None, None) => Scope::Unplaced,
    };
    let measure = match m.measure {
        Measure::PriorLevel => Measure::Level,
        other => other,
    };
    Ok(Evidence {
        key: FactKey {
            scope,
            metric: m.metric,
            measure,
            investor: m.investor,
            period_start: m.period_start,
            period_end: m.period_end,
            cumulative: m.cumulative,
            unit: m.unit,
        },
        value: m.value,
        doc,
        published,
        as_of,
    })
}

/// One consolidated fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub key: FactKey,
    /// The value the sources support: the most precise of agreeing values; under a conflict,
    /// the value most articles give (ties: the latest published, then the smallest).
    pub value: f64,
    pub value_min: f64,
    pub value_max: f64,
    /// Sources disagree beyond rounding.
    pub conflict: bool,
    pub articles: usize,
    pub mentions: usize,
    /// Articles (the caller's indices), ascending, each once.
    pub docs: Vec<u32>,
    pub first_published: Option<NaiveDate>,
    pub last_published: Option<NaiveDate>,
    /// The latest date its sources report as of.
    pub as_of: Option<NaiveDate>,
}

/// The rounding step a value is written to: the place of its last significant digit
/// (`1.500 tỷ` → 100 tỷ, `1.494 tỷ` → 1 tỷ, `38,1` → 0,1).
pub fn rounding_step(v: f64) -> f64 {
    let a = v.abs();
    if a == 0.0 || !a.is_finite() {
        return 0.0;
    }
    let top = a.log10().floor() as i32;
    for k in (-6..=top).rev() {
        let p = 10f64.powi(k);
        let q = a / p;
        if (q - q.round()).abs() <= 1e-9 * q.max(1.0) {
            return p;
        }
    }
    1e-6
}

/// Whether two values of one fact agree: they differ by no more than half the rounding step of
/// the rounder one, and by no more than 5% (so `1.000` is not `1.494` rounded to thousands).
pub fn agree(a: f64, b: f64) -> bool {
    if a == b {
        return true;
    }
    let diff = (a - b).abs();
    let step = rounding_step(a).max(rounding_step(b));
    let scale = a.abs().max(b.abs());
    diff <= step / 2.0 + scale * 1e-12 && diff <= 0.05 * scale
}

/// Groups evidence into figures, in key order.
///
/// Values of one key that agree up to rounding are one figure. Values that do not agree are
/// either a conflict (different articles give different values: one figure, flagged, with its
/// range) or different facts the labels cannot tell apart (one article gives both, as in
/// `14 KCN ..., 8 KCN đã đi vào hoạt động`: a figure each).
pub fn consolidate(mut evidence: Vec<Evidence>) -> Vec<Figure> {
    evidence.sort_by(|a, b| {
        a.key
            .cmp(&b.key)
            .then(a.value.total_cmp(&b.value))
            .then(a.doc.cmp(&b.doc))
    });
    let mut out = Vec::new();
    let mut rest = evidence.as_slice();
    while let Some(first) = rest.first() {
        let n = rest.iter().take_while(|e| e.key == first.key).count();
        let (group, tail) = rest.split_at(n);
        // Clusters of agreeing values (the group is sorted by value).
        let mut clusters: Vec<&[Evidence]> = Vec::new();
        let mut start = 0;
        for i in 1..=group.len() {
            if i == group.len() || !agree(group[start].value, group[i].value) {
                clusters.push(&group[start..i]);
                start = i;
            }
        }
        let co_reported = clusters.len() > 1
            && group.iter().any(|a| {
                group
                    .iter()
                    .any(|b| a.doc == b.doc && !agree(a.value, b.value))
            });
        if co_reported {
            out.extend(clusters.iter().map(|c| figure(c, false)));
        } else {
            out.push(figure(group, clusters.len() > 1));
        }
        rest = tail;
    }
    out
}

fn figure(group: &[Evidence], conflict: bool) -> Figure {
    let min = group.iter().map(|e| e.value).fold(f64::INFINITY, f64::min);
    let max = group
        .iter()
        .map(|e| e.value)
        .fold(f64::NEG_INFINITY, f64::max);
    let mut docs: Vec<u32> = group.iter().map(|e| e.doc).collect();
    docs.sort_unstable();
    docs.dedup();
    // Per distinct value: the articles that give it, the latest publication among them.
    let mut values: BTreeMap<u64, (f64, Vec<u32>, Option<NaiveDate>)> = BTreeMap::new();
    for e in group {
        let v = values
            .entry(e.value.to_bits())
            .or_insert((e.value, Vec::new(), None));
        if !v.1.contains(&e.doc) {
            v.1.push(e.doc);
        }
        v.2 = v.2.max(e.published);
    }
    let chosen = values
        .values()
        .max_by(|a, b| {
            let precision = |v: f64| std::cmp::Reverse(rounding_step(v).to_bits());
            let common = a.1.len().cmp(&b.1.len()).then(a.2.cmp(&b.2));
            let order = if conflict {
                common
            } else {
                // Agreeing values: the finest wins; then the most common.
                precision(a.0).cmp(&precision(b.0)).then(common)
            };
            // Last: the smaller value (max_by keeps the last maximum, so reverse).
            order.then(b.0.total_cmp(&a.0))
        })
        .map(|v| v.0)
        .unwrap_or(min);
    Figure {
        key: group[0].key.clone(),
        value: chosen,
        value_min: min,
        value_max: max,
        conflict,
        articles: docs.len(),
        mentions: group.len(),
        docs,
        first_published: group.iter().filter_map(|e| e.published).min(),
        last_published: group.iter().filter_map(|e| e.published).max(),
        as_of: group.iter().filter_map(|e| e.as_of).max(),
    }
}

/// How a `province_year` column chooses among a year's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// A flow within the year: the full-year figure, else the year-to-date one that runs
    /// latest (`period_start` on 1 January, not cumulative).
    Flow,
    /// A stock, a running total or a rate: the latest figure of the year.
    Latest,
}

/// One metric column of `province_year`.
#[derive(Debug, Clone, Copy)]
pub struct YearColumn {
    pub name: &'static str,
    pub metric: Metric,
    /// `None`: figures without an investor label (totals).
    pub investor: Option<Investor>,
    pub unit: Unit,
    pub basis: Basis,
    /// Sums over provinces mean something (flows, counts, areas), so the 2025 view adds it up.
    pub additive: bool,
}

impl YearColumn {
    /// In đồng: the column that gets an `_in_usd` twin when rates are given.
    pub fn converts(&self) -> bool {
        self.unit == Unit::Vnd
    }
}

const fn col(
    name: &'static str,
    metric: Metric,
    investor: Option<Investor>,
    unit: Unit,
    basis: Basis,
    additive: bool,
) -> YearColumn {
    YearColumn {
        name,
        metric,
        investor,
        unit,
        basis,
        additive,
    }
}

/// The metric columns of `province_year`, in table order.
pub const YEAR_COLUMNS: &[YearColumn] = &[
    col(
        "new_projects",
        Metric::Projects,
        None,
        Unit::Count,
        Basis::Flow,
        true,
    ),
    col(
        "registered_capital_vnd",
        Metric::RegisteredCapital,
        None,
        Unit::Vnd,
        Basis::Flow,
        true,
    ),
    col(
        "registered_capital_usd",
        Metric::RegisteredCapital,
        None,
        Unit::Usd,
        Basis::Flow,
        true,
    ),
    col(
        "fdi_capital_usd",
        Metric::RegisteredCapital,
        Some(Investor::Fdi),
        Unit::Usd,
        Basis::Flow,
        true,
    ),
    col(
        "fdi_capital_vnd",
        Metric::RegisteredCapital,
        Some(Investor::Fdi),
        Unit::Vnd,
        Basis::Flow,
        true,
    ),
    col(
        "ddi_capital_vnd",
        Metric::RegisteredCapital,
        Some(Investor::Ddi),
        Unit::Vnd,
        Basis::Flow,
        true,
    ),
    col(
        "ddi_capital_usd",
        Metric::RegisteredCapital,
        Some(Investor::Ddi),
        Unit::Usd,
        Basis::Flow,
        true,
    ),
    col(
        "land_area_ha",
        Metric::LandArea,
        None,
        Unit::Ha,
        Basis::Latest,
        true,
    ),
    col(
        "occupancy_rate_pct",
        Metric::OccupancyRate,
        None,
        Unit::Percent,
        Basis::Latest,
        false,
    ),
    col(
        "revenue_vnd",
        Metric::Revenue,
        None,
        Unit::Vnd,
        Basis::Flow,
        true,
    ),
    col(
        "revenue_usd",
        Metric::Revenue,
        None,
        Unit::Usd,
        Basis::Flow,
        true,
    ),
    col(
        "exports_usd",
        Metric::ExportValue,
        None,
        Unit::Usd,
        Basis::Flow,
        true,
    ),
    col(
        "exports_vnd",
        Metric::ExportValue,
        None,
        Unit::Vnd,
        Basis::Flow,
        true,
    ),
    col(
        "budget_contribution_vnd",
        Metric::BudgetContribution,
        None,
        Unit::Vnd,
        Basis::Flow,
        true,
    ),
    col(
        "budget_contribution_usd",
        Metric::BudgetContribution,
        None,
        Unit::Usd,
        Basis::Flow,
        true,
    ),
    col(
        "workers",
        Metric::Workers,
        None,
        Unit::Count,
        Basis::Latest,
        true,
    ),
];

/// One column's value for a province and year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    pub value: f64,
    /// The end of the period the value covers (31 December for a full-year flow).
    pub through: NaiveDate,
    pub conflict: bool,
    /// In dollars, for đồng columns where the year's rate is known.
    pub in_usd: Option<f64>,
}

/// One row of `province_year`: a province (63-scheme) and a year.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvinceYear {
    pub province_code: String,
    pub year: i32,
    /// One per [`YEAR_COLUMNS`] entry.
    pub cells: Vec<Option<Cell>>,
}

impl ProvinceYear {
    /// How many of the row's values come from conflicting figures.
    pub fn conflicts(&self) -> usize {
        self.cells.iter().flatten().filter(|c| c.conflict).count()
    }
}

/// The wide table: for every province and year with a figure for any column, the figure
/// each column's [`Basis`] chooses. Only `level` figures whose period had ended by the date
/// their sources report as of count. Rows are in (province code, year) order.
pub fn province_year(figures: &[Figure], rates: Option<&UsdRates>) -> Vec<ProvinceYear> {
    // (province, year, column) → candidates, then pick per basis.
    let mut best: BTreeMap<(String, i32), Vec<Option<&Figure>>> = BTreeMap::new();
    for f in figures {
        let Scope::Province(code) = &f.key.scope else {
            continue;
        };
        let Some(end) = f.key.period_end else {
            continue;
        };
        // Results only: a period that ends after the date every source reports as of is a plan
        // or a forecast, whatever its label.
        if f.key.measure != Measure::Level || f.as_of.is_some_and(|a| end > a) {
            continue;
        }
        let year = end.year();
        for (c, column) in YEAR_COLUMNS.iter().enumerate() {
            if column.metric != f.key.metric
                || column.investor != f.key.investor
                || column.unit != f.key.unit
                || !fits(column.basis, f, year)
            {
                continue;
            }
            let row = best
                .entry((code.clone(), year))
                .or_insert_with(|| vec![None; YEAR_COLUMNS.len()]);
            if row[c].is_none_or(|b| better(column.basis, f, b)) {
                row[c] = Some(f);
            }
        }
    }
    best.into_iter()
        .map(|((province_code, year), picks)| ProvinceYear {
            province_code,
            year,
            cells: picks
                .iter()
                .zip(YEAR_COLUMNS)
                .map(|(f, column)| {
                    f.map(|f| Cell {
                        value: f.value,
                        through: f.key.period_end.expect("only figures with an end"),
                        conflict: f.conflict,
                        in_usd: column
                            .converts()
                            .then(|| rates.and_then(|r| r.to_usd(f.value, year)))
                            .flatten(),
                    })
                })
                .collect(),
        })
        .collect()
}

/// Whether a figure can fill a column of `year` under `basis`.
fn fits(basis: Basis, f: &Figure, year: i32) -> bool {
    match basis {
        Basis::Flow => {
            !f.key.cumulative && f.key.period_start == NaiveDate::from_ymd_opt(year, 1, 1)
        }
        Basis::Latest => true,
    }
}

/// Whether `a` is a better pick than `b` for the same column and year.
fn better(basis: Basis, a: &Figure, b: &Figure) -> bool {
    // Both fit: the later end wins (a full year ends last); then the better-supported figure;
    // then a running total over a level; then the earlier start; then, between facts of one
    // key that one article tells apart, the larger (a total is not smaller than its parts).
    let rank = |f: &Figure| {
        (
            f.key.period_end,
            f.articles,
            f.key.cumulative && basis == Basis::Latest,
            std::cmp::Reverse(f.key.period_start),
        )
    };
    rank(a)
        .cmp(&rank(b))
        .then(a.value.total_cmp(&b.value))
        .is_gt()
}

/// A column of the 2025 view: the sum over the old provinces that report it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sum {
    pub value: f64,
    /// How many of the old provinces contribute.
    pub provinces: usize,
    /// The common end of their periods; `None` when they differ (the sum mixes periods).
    pub through: Option<NaiveDate>,
    pub in_usd: Option<f64>,
}

/// One row of the 2025 view: a province of the 34 and a year.
#[derive(Debug, Clone, PartialEq)]
pub struct Province2025Year {
    pub province_code_2025: String,
    pub year: i32,
    /// How many provinces of the 63 it is made of.
    pub members: usize,
    /// One per [`YEAR_COLUMNS`] entry; always `None` for columns that do not add up.
    pub sums: Vec<Option<Sum>>,
}

/// `province_year` rolled up to the 34 provinces of 2025: additive columns summed over the
/// old provinces with a value, the others left empty.
pub fn rollup_2025(rows: &[ProvinceYear], gaz: &Gazetteer) -> Vec<Province2025Year> {
    let mut members: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &gaz.provinces {
        *members.entry(p.code_2025.as_str()).or_default() += 1;
    }
    let mut out: BTreeMap<(String, i32), Vec<Option<Sum>>> = BTreeMap::new();
    for r in rows {
        let Some(p) = gaz.province(&r.province_code) else {
            continue;
        };
        let sums = out
            .entry((p.code_2025.clone(), r.year))
            .or_insert_with(|| vec![None; YEAR_COLUMNS.len()]);
        for ((cell, column), sum) in r.cells.iter().zip(YEAR_COLUMNS).zip(sums.iter_mut()) {
            let Some(cell) = cell.filter(|_| column.additive) else {
                continue;
            };
            *sum = Some(match *sum {
                None => Sum {
                    value: cell.value,
                    provinces: 1,
                    through: Some(cell.through),
                    in_usd: cell.in_usd,
                },
                Some(s) => Sum {
                    value: s.value + cell.value,
                    provinces: s.provinces + 1,
                    through: s.through.filter(|t| *t == cell.through),
                    // A partial conversion would understate the sum: all or nothing.
                    in_usd: s.in_usd.zip(cell.in_usd).map(|(a, b)| a + b),
                },
            });
        }
    }
    out.into_iter()
        .map(|((code, year), sums)| Province2025Year {
            members: members.get(code.as_str()).copied().unwrap_or(0),
            province_code_2025: code,
            year,
            sums,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    fn key(
        scope: Scope,
        metric: Metric,
        unit: Unit,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
    ) -> FactKey {
        FactKey {
            scope,
            metric,
            measure: Measure::Level,
            investor: None,
            period_start: start,
            period_end: end,
            cumulative: false,
            unit,
        }
    }

    fn ev(key: &FactKey, value: f64, doc: u32, published: Option<NaiveDate>) -> Evidence {
        Evidence {
            key: key.clone(),
            value,
            doc,
            published,
            as_of: published,
        }
    }

    #[test]
    fn rounding_steps_follow_the_last_significant_digit() {
        assert_eq!(rounding_step(1.5e12), 1e11);
        assert_eq!(rounding_step(1.494e12), 1e9);
        assert_eq!(rounding_step(1.691018e13), 1e7);
        assert!((rounding_step(38.1) - 0.1).abs() < 1e-12);
        assert_eq!(rounding_step(100.0), 100.0);
        assert_eq!(rounding_step(0.0), 0.0);
    }

    #[test]
    fn rounding_agrees_and_real_differences_conflict() {
        // The guide's examples: 1.494 tỷ vs 1.500 tỷ is rounding, 1.494 vs 2.100 a conflict.
        assert!(agree(1.494e12, 1.5e12));
        assert!(!agree(1.494e12, 2.1e12));
        assert!(agree(1.691018e13, 1.691e13));
        assert!(agree(85.3, 85.0));
        // Rounded to thousands but a third off: not rounding.
        assert!(!agree(1494.0, 1000.0));
        assert!(!agree(1494.0, 1495.0));
        assert!(agree(-5.0, -5.0));
    }

    #[test]
    fn mentions_of_one_fact_collapse_and_periods_never_merge() {
        let y2023 = key(
            Scope::Province("27".into()),
            Metric::RegisteredCapital,
            Unit::Usd,
            d(2023, 1, 1),
            d(2023, 12, 31),
        );
        let h1 = key(
            Scope::Province("27".into()),
            Metric::RegisteredCapital,
            Unit::Usd,
            d(2023, 1, 1),
            d(2023, 6, 30),
        );
        let figs = consolidate(vec![
            ev(&y2023, 1.494e9, 3, d(2024, 1, 5)),
            ev(&y2023, 1.5e9, 1, d(2024, 1, 2)),
            ev(&y2023, 1.494e9, 3, d(2024, 1, 5)), // twice in one article
            ev(&h1, 7e8, 2, d(2023, 7, 3)),
        ]);
        assert_eq!(figs.len(), 2);
        let year = figs.iter().find(|f| f.key == y2023).unwrap();
        assert_eq!((year.articles, year.mentions), (2, 3));
        assert_eq!(year.docs, [1, 3]);
        assert!(!year.conflict);
        assert_eq!(year.value, 1.494e9, "the finer value wins when they agree");
        assert_eq!((year.value_min, year.value_max), (1.494e9, 1.5e9));
        assert_eq!(
            (year.first_published, year.last_published),
            (d(2024, 1, 2), d(2024, 1, 5))
        );
    }

    #[test]
    fn a_conflict_keeps_the_range_and_the_best_supported_value() {
        let k = key(
            Scope::Region("Đồng bằng sông Hồng".into()),
            Metric::Revenue,
            Unit::Vnd,
            d(2022, 1, 1),
            d(2022, 12, 31),
        );
        let figs = consolidate(vec![
            ev(&k, 1.494e12, 1, d(2023, 1, 1)),
            ev(&k, 2.1e12, 2, d(2023, 2, 1)),
            ev(&k, 1.494e12, 3, d(2023, 1, 15)),
        ]);
        assert_eq!(figs.len(), 1);
        let f = &figs[0];
        assert!(f.conflict);
        assert_eq!((f.value_min, f.value_max), (1.494e12, 2.1e12));
        assert_eq!(f.value, 1.494e12, "two articles against one");
        // A tie goes to the later publication.
        let figs = consolidate(vec![
            ev(&k, 1.494e12, 1, d(2023, 1, 1)),
            ev(&k, 2.1e12, 2, d(2023, 2, 1)),
        ]);
        assert_eq!(figs[0].value, 2.1e12);
    }

    #[test]
    fn different_values_in_one_article_are_different_facts() {
        // "14 KCN ..., 8 KCN đã đi vào hoạt động": the labels cannot tell them apart, the
        // article does; not a conflict.
        let k = key(
            Scope::Unplaced,
            Metric::Zones,
            Unit::Count,
            None,
            d(2021, 10, 20),
        );
        let figs = consolidate(vec![
            ev(&k, 14.0, 1, None),
            ev(&k, 8.0, 1, None),
            ev(&k, 14.0, 2, None),
        ]);
        assert_eq!(figs.len(), 2);
        assert!(figs.iter().all(|f| !f.conflict));
        assert_eq!((figs[0].value, figs[0].articles), (8.0, 1));
        assert_eq!((figs[1].value, figs[1].articles), (14.0, 2));
    }

    #[test]
    fn evidence_needs_a_metric_a_period_and_one_value() {
        let mut m = Mention {
            start: 0,
            end: 5,
            surface: "5 tỷ".into(),
            value: 5e9,
            value_max: None,
            unit: Unit::Vnd,
            metric: Metric::Revenue,
            measure: Measure::PriorLevel,
            entity: None,
            investor: None,
            approx: None,
            period_start: d(2022, 1, 1),
            period_end: d(2022, 12, 31),
            cumulative: false,
            province_code: None,
            region: None,
            sentence: String::new(),
        };
        let e = evidence(&m, 0, None, None).unwrap();
        assert_eq!(
            e.key.measure,
            Measure::Level,
            "a prior level is the level of its period"
        );
        assert_eq!(e.key.scope, Scope::Unplaced);
        m.value_max = Some(6e9);
        assert_eq!(evidence(&m, 0, None, None), Err(Skip::Range));
        m.period_end = None;
        assert_eq!(evidence(&m, 0, None, None), Err(Skip::NoPeriod));
        m.metric = Metric::Other;
        assert_eq!(evidence(&m, 0, None, None), Err(Skip::OtherMetric));
    }

    /// A figure of province `code` that one article reports.
    fn fig(
        code: &str,
        (metric, unit): (Metric, Unit),
        (start, end): (Option<NaiveDate>, Option<NaiveDate>),
        value: f64,
    ) -> Figure {
        Figure {
            key: key(Scope::Province(code.into()), metric, unit, start, end),
            value,
            value_min: value,
            value_max: value,
            conflict: false,
            articles: 1,
            mentions: 1,
            docs: vec![0],
            first_published: None,
            last_published: None,
            as_of: None,
        }
    }

    fn year(y: i32) -> (Option<NaiveDate>, Option<NaiveDate>) {
        (d(y, 1, 1), d(y, 12, 31))
    }

    fn column(name: &str) -> usize {
        YEAR_COLUMNS.iter().position(|c| c.name == name).unwrap()
    }

    const REVENUE: (Metric, Unit) = (Metric::Revenue, Unit::Vnd);

    #[test]
    fn province_year_prefers_full_year_flows_then_the_latest_year_to_date() {
        let full = fig("27", REVENUE, year(2023), 9e12);
        let mut h1 = fig("27", REVENUE, (d(2023, 1, 1), d(2023, 6, 30)), 4e12);
        h1.articles = 3; // better attested, but not the whole year
        let m9 = fig("27", REVENUE, (d(2024, 1, 1), d(2024, 9, 30)), 7e12);
        let h1_24 = fig("27", REVENUE, (d(2024, 1, 1), d(2024, 6, 30)), 5e12);
        // A quarter is not a year-to-date flow.
        let q2 = fig("27", REVENUE, (d(2025, 4, 1), d(2025, 6, 30)), 1e12);
        let rows = province_year(&[full, h1, m9, h1_24, q2], None);
        assert_eq!(rows.len(), 2);
        let c = column("revenue_vnd");
        let cell = |r: &ProvinceYear| r.cells[c].unwrap();
        assert_eq!((rows[0].year, cell(&rows[0]).value), (2023, 9e12));
        assert_eq!(cell(&rows[0]).through, d(2023, 12, 31).unwrap());
        assert_eq!((rows[1].year, cell(&rows[1]).value), (2024, 7e12));
        assert_eq!(cell(&rows[1]).through, d(2024, 9, 30).unwrap());
    }

    #[test]
    fn periods_ending_after_publication_are_not_results() {
        // "đến năm 2030 ... 21 tỷ USD" read in 2017: a plan, not the capital of 2030.
        let capital = (Metric::RegisteredCapital, Unit::Usd);
        let mut plan = fig("01", capital, year(2030), 2.1e10);
        plan.as_of = d(2017, 12, 31);
        let mut result = fig("01", capital, year(2016), 1e9);
        result.as_of = d(2017, 12, 31);
        let rows = province_year(&[plan, result], None);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].year, 2016);
    }

    #[test]
    fn stocks_and_rates_take_the_latest_figure_of_the_year() {
        let workers = (Metric::Workers, Unit::Count);
        let mut june = fig("27", workers, (None, d(2024, 6, 30)), 80_000.0);
        june.key.cumulative = true;
        let mut october = fig("27", workers, (None, d(2024, 10, 20)), 85_000.0);
        october.key.cumulative = true;
        let rate = (Metric::OccupancyRate, Unit::Percent);
        let occ = fig("27", rate, (None, d(2024, 3, 31)), 72.5);
        let rows = province_year(&[june, october, occ], None);
        assert_eq!(rows.len(), 1);
        let value = |c: &str| rows[0].cells[column(c)].unwrap().value;
        assert_eq!(value("workers"), 85_000.0);
        assert_eq!(value("occupancy_rate_pct"), 72.5);
    }

    #[test]
    fn dong_columns_convert_with_the_rate_of_their_year() {
        let rates = UsdRates::parse("year,vnd_per_usd,source\n2021,23000,test\n", "t").unwrap();
        let y21 = fig("27", REVENUE, year(2021), 23e12);
        let y22 = fig("27", REVENUE, year(2022), 23e12);
        let usd = fig("27", (Metric::Revenue, Unit::Usd), year(2021), 5e8);
        let rows = province_year(&[y21, y22, usd], Some(&rates));
        let c = column("revenue_vnd");
        assert_eq!(rows[0].cells[c].unwrap().in_usd, Some(1e9));
        let no_rate = rows[1].cells[c].unwrap().in_usd;
        assert_eq!(no_rate, None, "no rate for 2022: not guessed");
        assert_eq!(rows[0].cells[column("revenue_usd")].unwrap().in_usd, None);
    }

    #[test]
    fn the_2025_view_adds_up_flows_and_leaves_rates_empty() {
        let gaz = Gazetteer::from_data(&crate::geo::ReferenceData::bundled()).unwrap();
        // Two old provinces merged into one 2025 province.
        let merged: Vec<&crate::geo::Province> = {
            let mut by_new: BTreeMap<&str, Vec<&crate::geo::Province>> = BTreeMap::new();
            for p in &gaz.provinces {
                by_new.entry(&p.code_2025).or_default().push(p);
            }
            by_new.into_values().find(|v| v.len() >= 2).unwrap()
        };
        let (a, b) = (&merged[0].code_63, &merged[1].code_63);
        let projects = (Metric::Projects, Unit::Count);
        let rate = (Metric::OccupancyRate, Unit::Percent);
        let rows = province_year(
            &[
                fig(a, projects, year(2024), 10.0),
                fig(b, projects, year(2024), 5.0),
                fig(a, REVENUE, year(2024), 1e12),
                fig(b, REVENUE, (d(2024, 1, 1), d(2024, 6, 30)), 2e12),
                fig(a, rate, (None, d(2024, 12, 31)), 60.0),
            ],
            None,
        );
        let view = rollup_2025(&rows, &gaz);
        assert_eq!(view.len(), 1);
        let v = &view[0];
        assert_eq!(v.province_code_2025, merged[0].code_2025);
        assert_eq!(v.members, merged.len());
        let projects = v.sums[column("new_projects")].unwrap();
        assert_eq!((projects.value, projects.provinces), (15.0, 2));
        assert_eq!(projects.through, d(2024, 12, 31));
        let revenue = v.sums[column("revenue_vnd")].unwrap();
        assert_eq!(revenue.value, 3e12);
        assert_eq!(revenue.through, None, "periods differ: the sum says so");
        assert_eq!(v.sums[column("occupancy_rate_pct")], None);
    }
}
