//! Scoring mentions against a gold file in the format of `../shared/gold/`.
//!
//! A predicted mention detects a gold one when it is in the same document, their spans
//! overlap, and unit and value agree. Labels are then compared on the matched pairs only, so a
//! label score never counts a detection miss twice. A figure found at the right place and unit
//! but off by a power of ten is counted apart: that is the error users fear most.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use serde::Deserialize;

use crate::model::Mention;

/// One gold mention, as annotated.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldMention {
    pub doc: String,
    #[serde(default)]
    pub text: Option<String>,
    pub value: f64,
    #[serde(default)]
    pub value_max: Option<f64>,
    pub unit: String,
    pub metric: String,
    pub measure: String,
    #[serde(default)]
    pub entity: Option<String>,
    #[serde(default)]
    pub investor: Option<String>,
    #[serde(default)]
    pub approx: Option<String>,
    #[serde(default)]
    pub period_start: Option<String>,
    #[serde(default)]
    pub period_end: Option<String>,
    #[serde(default)]
    pub cumulative: Option<bool>,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub province: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub province_2025: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read gold file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("gold file {path}, line {line}: {message}")]
    Parse {
        path: String,
        line: usize,
        message: String,
    },
}

/// Reads a gold JSON Lines file.
pub fn read_gold(path: &Path) -> Result<Vec<GoldMention>, EvalError> {
    let p = path.display().to_string();
    let f = std::fs::File::open(path).map_err(|source| EvalError::Read {
        path: p.clone(),
        source,
    })?;
    let mut out = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|source| EvalError::Read {
            path: p.clone(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldMention = serde_json::from_str(&line).map_err(|e| EvalError::Parse {
            path: p.clone(),
            line: i + 1,
            message: e.to_string(),
        })?;
        out.push(g);
    }
    Ok(out)
}

/// Accuracy of one label over the pairs where it is scored.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Accuracy {
    pub correct: usize,
    pub total: usize,
}

impl Accuracy {
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }

    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.correct += ok as usize;
    }
}

/// A gold mention and the prediction that matched it.
#[derive(Debug, Clone)]
pub struct Pair {
    pub gold: GoldMention,
    pub pred: Mention,
}

/// Scores of one evaluation.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub metric: Accuracy,
    pub metric_measure: Accuracy,
    pub investor: Accuracy,
    pub approx: Accuracy,
    pub period_end: Accuracy,
    pub cumulative: Accuracy,
    pub province_code: Accuracy,
    pub region: Accuracy,
    pub power_of_ten: usize,
    pub missed: Vec<GoldMention>,
    pub spurious: Vec<(String, Mention)>,
    pub pairs: Vec<Pair>,
    pub power_of_ten_pairs: Vec<Pair>,
}

impl Report {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Matched pairs whose labels disagree, with the disagreeing labels as
    /// `(label, gold, predicted)`.
    pub fn mislabelled(
        &self,
    ) -> impl Iterator<Item = (&Pair, Vec<(&'static str, String, String)>)> {
        self.pairs.iter().filter_map(|p| {
            let d = disagreements(&p.gold, &p.pred);
            (!d.is_empty()).then_some((p, d))
        })
    }
}

fn disagreements(g: &GoldMention, p: &Mention) -> Vec<(&'static str, String, String)> {
    let opt = |x: Option<&str>| x.unwrap_or("-").to_owned();
    let mut out = Vec::new();
    let mut check = |label: &'static str, gold: String, got: String| {
        if gold != got {
            out.push((label, gold, got));
        }
    };
    check("metric", g.metric.clone(), p.metric.as_str().to_owned());
    check("measure", g.measure.clone(), p.measure.as_str().to_owned());
    if g.province.is_some() {
        check(
            "province",
            opt(g.province.as_deref()),
            opt(p.province_code.as_deref()),
        );
    }
    check("region", opt(g.region.as_deref()), opt(p.region.as_deref()));
    check(
        "investor",
        opt(g.investor.as_deref()),
        opt(p.investor.map(|x| x.as_str())),
    );
    check(
        "approx",
        opt(g.approx.as_deref()),
        opt(p.approx.map(|x| x.as_str())),
    );
    check(
        "period_end",
        opt(g.period_end.as_deref()),
        p.period_end.map(|d| d.to_string()).unwrap_or("-".into()),
    );
    check(
        "cumulative",
        g.cumulative.unwrap_or(false).to_string(),
        p.cumulative.to_string(),
    );
    out
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        if a == 0 { 1.0 } else { 0.0 }
    } else {
        a as f64 / b as f64
    }
}

fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn power_of_ten_apart(a: f64, b: f64) -> bool {
    if a == 0.0 || b == 0.0 || a.signum() != b.signum() {
        return false;
    }
    let k = (a / b).abs().log10();
    let r = k.round();
    r != 0.0 && (k - r).abs() < 1e-6
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Scores predictions (mentions by document id) against gold mentions.
pub fn score(gold: &[GoldMention], predicted: &BTreeMap<String, Vec<Mention>>) -> Report {
    let mut r = Report {
        gold: gold.len(),
        predicted: predicted.values().map(Vec::len).sum(),
        ..Report::default()
    };
    let mut by_doc: BTreeMap<&str, Vec<&GoldMention>> = BTreeMap::new();
    for g in gold {
        by_doc.entry(g.doc.as_str()).or_default().push(g);
    }
    let empty = Vec::new();
    let docs: std::collections::BTreeSet<&str> = by_doc
        .keys()
        .copied()
        .chain(predicted.keys().map(String::as_str))
        .collect();
    for doc in docs {
        let golds = by_doc.get(doc).cloned().unwrap_or_default();
        let preds = predicted.get(doc).unwrap_or(&empty);
        let mut used = vec![false; preds.len()];
        for g in &golds {
            let best = preds
                .iter()
                .enumerate()
                .filter(|(i, p)| {
                    !used[*i]
                        && overlap((g.start, g.end), (p.start, p.end)) > 0
                        && p.unit.as_str() == g.unit
                        && same_value(p.value, g.value)
                })
                .max_by_key(|(_, p)| overlap((g.start, g.end), (p.start, p.end)));
            match best {
                Some((i, p)) => {
                    used[i] = true;
                    r.matched += 1;
                    score_pair(&mut r, g, p);
                    r.pairs.push(Pair {
                        gold: (*g).clone(),
                        pred: p.clone(),
                    });
                }
                None => {
                    if let Some(p) = preds.iter().find(|p| {
                        overlap((g.start, g.end), (p.start, p.end)) > 0
                            && p.unit.as_str() == g.unit
                            && power_of_ten_apart(p.value, g.value)
                    }) {
                        r.power_of_ten += 1;
                        r.power_of_ten_pairs.push(Pair {
                            gold: (*g).clone(),
                            pred: p.clone(),
                        });
                    }
                    r.missed.push((*g).clone());
                }
            }
        }
        for (i, p) in preds.iter().enumerate() {
            if !used[i] {
                r.spurious.push((doc.to_owned(), p.clone()));
            }
        }
    }
    r
}

fn score_pair(r: &mut Report, g: &GoldMention, p: &Mention) {
    let metric_ok = g.metric == p.metric.as_str();
    r.metric.add(metric_ok);
    r.metric_measure
        .add(metric_ok && g.measure == p.measure.as_str());
    r.investor
        .add(g.investor.as_deref() == p.investor.map(|x| x.as_str()));
    r.approx
        .add(g.approx.as_deref() == p.approx.map(|x| x.as_str()));
    r.period_end
        .add(g.period_end.as_deref() == p.period_end.map(|d| d.to_string()).as_deref());
    r.cumulative
        .add(g.cumulative.unwrap_or(false) == p.cumulative);
    if g.province.is_some() {
        r.province_code.add(g.province == p.province_code);
    }
    r.region.add(g.region == p.region);
}

/// Minimum scores a run must reach; `None` leaves a score ungated.
#[derive(Debug, Clone, Default)]
pub struct Thresholds {
    pub f1: Option<f64>,
    pub metric: Option<f64>,
    pub metric_measure: Option<f64>,
    pub investor: Option<f64>,
    pub approx: Option<f64>,
    pub period_end: Option<f64>,
    pub cumulative: Option<f64>,
    pub province: Option<f64>,
    pub region: Option<f64>,
    pub max_power_of_ten: Option<usize>,
}

impl Thresholds {
    /// The gates a report fails, as readable lines.
    pub fn failures(&self, r: &Report) -> Vec<String> {
        let mut out = Vec::new();
        let mut check = |name: &str, got: f64, min: Option<f64>| {
            if let Some(min) = min
                && got + 1e-12 < min
            {
                out.push(format!("{name} {got:.4} is below the threshold {min:.4}"));
            }
        };
        check("detection F1", r.f1(), self.f1);
        check("metric accuracy", r.metric.value(), self.metric);
        check(
            "metric+measure accuracy",
            r.metric_measure.value(),
            self.metric_measure,
        );
        check("investor accuracy", r.investor.value(), self.investor);
        check("approx accuracy", r.approx.value(), self.approx);
        check("period_end accuracy", r.period_end.value(), self.period_end);
        check("cumulative accuracy", r.cumulative.value(), self.cumulative);
        check(
            "province_code accuracy",
            r.province_code.value(),
            self.province,
        );
        check("region accuracy", r.region.value(), self.region);
        if let Some(max) = self.max_power_of_ten
            && r.power_of_ten > max
        {
            out.push(format!(
                "{} values off by a power of ten (at most {max} allowed)",
                r.power_of_ten
            ));
        }
        out
    }
}

/// A readable summary of a report.
pub fn summary(r: &Report) -> String {
    let acc = |a: &Accuracy| format!("{:.4}  ({}/{})", a.value(), a.correct, a.total);
    format!(
        "gold mentions      {}\n\
         predicted          {}\n\
         matched            {}\n\
         precision          {:.4}\n\
         recall             {:.4}\n\
         detection F1       {:.4}\n\
         metric             {}\n\
         metric+measure     {}\n\
         investor           {}\n\
         approx             {}\n\
         period_end         {}\n\
         cumulative         {}\n\
         province_code      {}\n\
         region             {}\n\
         power-of-ten errors {}\n",
        r.gold,
        r.predicted,
        r.matched,
        r.precision(),
        r.recall(),
        r.f1(),
        acc(&r.metric),
        acc(&r.metric_measure),
        acc(&r.investor),
        acc(&r.approx),
        acc(&r.period_end),
        acc(&r.cumulative),
        acc(&r.province_code),
        acc(&r.region),
        r.power_of_ten,
    )
}

/// The missed, spurious and mislabelled mentions, one per line.
pub fn misses(r: &Report) -> String {
    let mut s = String::new();
    for g in &r.missed {
        s.push_str(&format!(
            "MISSED    {}:{}-{} {:?} {} {} {}/{}\n",
            g.doc,
            g.start,
            g.end,
            g.text.as_deref().unwrap_or(""),
            g.value,
            g.unit,
            g.metric,
            g.measure
        ));
    }
    for (doc, p) in &r.spurious {
        s.push_str(&format!(
            "SPURIOUS  {}:{}-{} {:?} {} {} {}/{}\n",
            doc, p.start, p.end, p.surface, p.value, p.unit, p.metric, p.measure
        ));
    }
    for (pair, diffs) in r.mislabelled() {
        let (g, p) = (&pair.gold, &pair.pred);
        let d: Vec<String> = diffs
            .iter()
            .map(|(l, gold, got)| format!("{l}: gold {gold}, got {got}"))
            .collect();
        s.push_str(&format!(
            "LABEL     {}:{}-{} {:?} {}\n",
            g.doc,
            g.start,
            g.end,
            p.surface,
            d.join("; ")
        ));
    }
    s
}

/// The scores as JSON, for scripts (`.ci/run` reads these).
pub fn scores_json(r: &Report) -> serde_json::Value {
    serde_json::json!({
        "gold": r.gold,
        "predicted": r.predicted,
        "matched": r.matched,
        "precision": r.precision(),
        "recall": r.recall(),
        "f1": r.f1(),
        "metric": r.metric.value(),
        "metric_measure": r.metric_measure.value(),
        "investor": r.investor.value(),
        "approx": r.approx.value(),
        "period_end": r.period_end.value(),
        "cumulative": r.cumulative.value(),
        "province_code": r.province_code.value(),
        "region": r.region.value(),
        "power_of_ten": r.power_of_ten,
    })
}
