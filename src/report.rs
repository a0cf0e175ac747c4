//! What a run found, for people: the headline figures printed at the end of `solieu run`, and
//! `report.html`, one self-contained page (inline CSS and SVG, no script, nothing fetched) with
//! what was read, mentions per metric and per province, the top provinces per metric for the
//! latest year, the conflicts to review and the rejects.
//!
//! Numbers are written the Vietnamese way, as the articles write them (`1.494 tỷ đồng`,
//! `85,3%`). The page has no timestamps, so the same run gives the same bytes.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::figures::{Figure, ProvinceYear, Scope, YEAR_COLUMNS};
use crate::geo::Gazetteer;
use crate::model::{Metric, Unit};

/// One headline: a `province_year` column in the latest year any province reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Headline {
    pub column: &'static str,
    pub label: &'static str,
    pub year: i32,
    /// Provinces with a value that year.
    pub provinces: usize,
    /// Their sum, where the column adds up.
    pub total: Option<f64>,
    pub unit: &'static str,
    pub top_province: String,
    pub top_value: f64,
}

/// A readable name for a `province_year` column.
pub fn label(column: &str) -> &'static str {
    match column {
        "new_projects" => "New projects",
        "registered_capital_vnd" => "Registered capital (VND)",
        "registered_capital_usd" => "Registered capital (USD)",
        "fdi_capital_usd" => "FDI capital (USD)",
        "fdi_capital_vnd" => "FDI capital (VND)",
        "ddi_capital_vnd" => "DDI capital (VND)",
        "ddi_capital_usd" => "DDI capital (USD)",
        "land_area_ha" => "Land area",
        "occupancy_rate_pct" => "Occupancy rate",
        "revenue_vnd" => "Revenue (VND)",
        "revenue_usd" => "Revenue (USD)",
        "exports_usd" => "Exports (USD)",
        "exports_vnd" => "Exports (VND)",
        "budget_contribution_vnd" => "Budget contribution (VND)",
        "budget_contribution_usd" => "Budget contribution (USD)",
        "workers" => "Workers",
        _ => "Other",
    }
}

/// Per column with any value: the latest year, how many provinces report it, the total and
/// the top province.
pub fn headlines(rows: &[ProvinceYear], gaz: &Gazetteer) -> Vec<Headline> {
    YEAR_COLUMNS
        .iter()
        .enumerate()
        .filter_map(|(c, column)| {
            let year = rows
                .iter()
                .filter(|r| r.cells[c].is_some())
                .map(|r| r.year)
                .max()?;
            let top = top_provinces(rows, c, year, gaz);
            let (name, value) = top.first()?.clone();
            Some(Headline {
                column: column.name,
                label: label(column.name),
                year,
                provinces: top.len(),
                total: column.additive.then(|| top.iter().map(|(_, v)| v).sum()),
                unit: column.unit.as_str(),
                top_province: name,
                top_value: value,
            })
        })
        .collect()
}

/// Provinces with a value in column `c` and `year`, largest first (ties by name).
fn top_provinces(
    rows: &[ProvinceYear],
    c: usize,
    year: i32,
    gaz: &Gazetteer,
) -> Vec<(String, f64)> {
    let mut v: Vec<(String, f64)> = rows
        .iter()
        .filter(|r| r.year == year)
        .filter_map(|r| {
            let name = gaz
                .province(&r.province_code)
                .map_or(r.province_code.clone(), |p| p.name_63.clone());
            r.cells[c].map(|cell| (name, cell.value))
        })
        .collect();
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// The headlines as a small text table for the terminal.
pub fn headline_table(h: &[Headline]) -> String {
    if h.is_empty() {
        return "No province figures with a period were found for the headline table.\n".into();
    }
    let mut rows = vec![[
        "metric".to_owned(),
        "year".into(),
        "provinces".into(),
        "total".into(),
        "top province".into(),
    ]];
    for x in h {
        let unit = Unit::parse(x.unit).unwrap_or(Unit::Count);
        rows.push([
            x.label.to_owned(),
            x.year.to_string(),
            x.provinces.to_string(),
            x.total.map_or("–".into(), |t| amount(t, unit)),
            format!("{} {}", x.top_province, amount(x.top_value, unit)),
        ]);
    }
    let widths: Vec<usize> = (0..5)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for (i, r) in rows.iter().enumerate() {
        let cells: Vec<String> = r
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (s, w))| {
                let pad = w - s.chars().count();
                if (1..=3).contains(&c) && i > 0 {
                    format!("{}{s}", " ".repeat(pad))
                } else {
                    format!("{s}{}", " ".repeat(pad))
                }
            })
            .collect();
        let _ = writeln!(out, "  {}", cells.join("  ").trim_end());
    }
    out
}

/// A number the Vietnamese way: `.` between thousands, `,` before at most `decimals` decimals
/// (trailing zeros dropped).
pub fn number(v: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    let frac = frac.trim_end_matches('0');
    let sign = if v < 0.0 && (grouped != "0" || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// An amount with its unit and a scale word, as an article would write it.
pub fn amount(v: f64, unit: Unit) -> String {
    let scaled = |v: f64, word: &str| {
        let a = v.abs();
        if a >= 1e9 {
            format!("{} tỷ {word}", number(v / 1e9, 2))
        } else if a >= 1e6 {
            format!("{} triệu {word}", number(v / 1e6, 2))
        } else {
            format!("{} {word}", number(v, 0))
        }
    };
    match unit {
        Unit::Vnd => scaled(v, "đồng"),
        Unit::Usd => scaled(v, "USD"),
        Unit::Ha => format!("{} ha", number(v, 2)),
        Unit::Percent => format!("{}%", number(v, 2)),
        Unit::Count => number(v, 0),
        Unit::Times => format!("{} lần", number(v, 2)),
    }
}

/// A byte count in kB, MB or GB.
fn size(bytes: u64) -> String {
    let b = bytes as f64;
    if b >= 1e9 {
        format!("{} GB", number(b / 1e9, 1))
    } else if b >= 1e6 {
        format!("{} MB", number(b / 1e6, 1))
    } else {
        format!("{} kB", number(b / 1e3, 1))
    }
}

/// What the report is made from.
pub struct ReportData<'a> {
    pub version: &'a str,
    pub inputs: usize,
    pub input_bytes: u64,
    pub articles: usize,
    pub mentions: usize,
    pub rejects_by_reason: &'a BTreeMap<String, usize>,
    pub mentions_by_metric: &'a BTreeMap<Metric, usize>,
    /// Mentions per 63-scheme province code.
    pub mentions_by_province: &'a BTreeMap<String, usize>,
    pub figures: &'a [Figure],
    pub province_year: &'a [ProvinceYear],
    pub gaz: &'a Gazetteer,
    /// Names an article by the index figures carry.
    pub doc_id: &'a dyn Fn(u32) -> &'a str,
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A horizontal bar chart: one bar per (label, value, value as shown), in the given order.
fn bar_chart(title: &str, bars: &[(String, f64, String)]) -> String {
    const WIDTH: f64 = 760.0;
    const LABEL: f64 = 210.0;
    const AREA: f64 = 400.0;
    const ROW: f64 = 22.0;
    let max = bars.iter().map(|b| b.1).fold(0.0, f64::max);
    let height = bars.len() as f64 * ROW + 8.0;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{}">"#,
        esc(title)
    );
    for (i, (label, value, shown)) in bars.iter().enumerate() {
        let y = i as f64 * ROW + 4.0;
        let w = if max > 0.0 {
            (value.max(0.0) / max * AREA).max(1.0)
        } else {
            1.0
        };
        let _ = write!(
            s,
            r##"<text x="{}" y="{}" class="label" text-anchor="end">{}</text><rect class="bar" x="{LABEL}" y="{y}" width="{w:.1}" height="{}" fill="#2b6cb0"><title>{}: {}</title></rect><text x="{}" y="{}" class="value">{}</text>"##,
            LABEL - 6.0,
            y + 15.0,
            esc(label),
            ROW - 6.0,
            esc(label),
            esc(shown),
            LABEL + w + 6.0,
            y + 15.0,
            esc(shown),
        );
    }
    s.push_str("</svg>");
    s
}

fn province_name(gaz: &Gazetteer, code: &str) -> String {
    gaz.province(code)
        .map_or(code.to_owned(), |p| p.name_63.clone())
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:60rem;color:#1a202c;line-height:1.45;padding:0 1rem}\
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #cbd5e0;padding-bottom:.3rem}h3{font-size:1rem;margin:1.4rem 0 .3rem}\
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}td,th{border:1px solid #e2e8f0;padding:.25rem .5rem;text-align:left;vertical-align:top}\
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f7fafc}\
svg.chart text{font-size:12px;fill:#2d3748}svg.chart text.value{fill:#4a5568}\
p.note{color:#4a5568;font-size:.9rem}";

/// The report page.
pub fn html(d: &ReportData) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><meta name="viewport" content="width=device-width, initial-scale=1"><title>solieu report</title><style>{STYLE}</style></head><body><h1>solieu report</h1><p class="note">Figures from Vietnamese news on industrial parks (KCN), export processing zones (KCX) and economic zones (KKT). Numbers are written the Vietnamese way: <code>.</code> groups thousands, <code>,</code> marks decimals.</p>"#
    );

    // What was read.
    let conflicts = d.figures.iter().filter(|f| f.conflict).count();
    let rejects: usize = d.rejects_by_reason.values().sum();
    let _ = write!(h, r#"<h2 id="read">What was read</h2><table>"#);
    for (k, v) in [
        ("Inputs", number(d.inputs as f64, 0)),
        ("Input size", size(d.input_bytes)),
        ("Articles read", number(d.articles as f64, 0)),
        ("Rejected inputs", number(rejects as f64, 0)),
        ("Mentions", number(d.mentions as f64, 0)),
        ("Consolidated figures", number(d.figures.len() as f64, 0)),
        (
            "Figures with conflicting sources",
            number(conflicts as f64, 0),
        ),
        ("Province-years", number(d.province_year.len() as f64, 0)),
    ] {
        let _ = write!(h, r#"<tr><th>{k}</th><td class="n">{v}</td></tr>"#);
    }
    h.push_str("</table>");

    // Mentions per metric.
    let _ = write!(h, r#"<h2 id="metrics">Mentions per metric</h2>"#);
    let mut by_metric: Vec<(String, f64, String)> = d
        .mentions_by_metric
        .iter()
        .map(|(m, n)| (m.as_str().to_owned(), *n as f64, number(*n as f64, 0)))
        .collect();
    by_metric.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    if by_metric.is_empty() {
        h.push_str("<p>No mentions.</p>");
    } else {
        h.push_str(&bar_chart("Mentions per metric", &by_metric));
    }

    // Mentions per province.
    let _ = write!(h, r#"<h2 id="provinces">Mentions per province</h2>"#);
    let mut by_province: Vec<(String, f64, String)> = d
        .mentions_by_province
        .iter()
        .map(|(c, n)| (province_name(d.gaz, c), *n as f64, number(*n as f64, 0)))
        .collect();
    by_province.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    if by_province.is_empty() {
        h.push_str("<p>No mention was placed in a province.</p>");
    } else {
        let shown = by_province.len().min(25);
        let _ = write!(
            h,
            r#"<p class="note">{} provinces; the {shown} with most mentions.</p>"#,
            by_province.len()
        );
        h.push_str(&bar_chart("Mentions per province", &by_province[..shown]));
    }

    // Top provinces per metric, latest year.
    let _ = write!(
        h,
        r#"<h2 id="top">Top provinces per metric, latest year</h2><p class="note">From the <code>province_year</code> table: flows are full-year figures where one was reported, else the year-to-date figure that runs latest; stocks and rates are the latest figure of the year.</p>"#
    );
    let mut any = false;
    for (c, column) in YEAR_COLUMNS.iter().enumerate() {
        let Some(year) = d
            .province_year
            .iter()
            .filter(|r| r.cells[c].is_some())
            .map(|r| r.year)
            .max()
        else {
            continue;
        };
        any = true;
        let top = top_provinces(d.province_year, c, year, d.gaz);
        let bars: Vec<(String, f64, String)> = top
            .iter()
            .take(10)
            .map(|(n, v)| (n.clone(), *v, amount(*v, column.unit)))
            .collect();
        let title = format!("{}, {year}", label(column.name));
        let _ = write!(
            h,
            r#"<h3>{}</h3><p class="note">{} province(s) report it for {year}.</p>"#,
            esc(&title),
            top.len()
        );
        h.push_str(&bar_chart(&title, &bars));
    }
    if !any {
        h.push_str("<p>No province figure with a period was found.</p>");
    }

    // Conflicts.
    conflicts_section(&mut h, d);

    // Rejects.
    let _ = write!(h, r#"<h2 id="rejects">Rejected inputs by reason</h2>"#);
    if d.rejects_by_reason.is_empty() {
        h.push_str("<p>None: every input was read.</p>");
    } else {
        h.push_str(r#"<table><tr><th>reason</th><th class="n">inputs</th></tr>"#);
        for (reason, n) in d.rejects_by_reason {
            let _ = write!(
                h,
                r#"<tr><td>{}</td><td class="n">{}</td></tr>"#,
                esc(reason),
                number(*n as f64, 0)
            );
        }
        h.push_str(r#"</table><p class="note">Each one is a row of the <code>rejects</code> table, with its source and the detail.</p>"#);
    }
    let _ = write!(
        h,
        r#"<p class="note">Made by solieu {}. The tables hold everything shown here: <code>mentions</code>, <code>figures</code>, <code>province_year</code>, <code>province_year_2025</code>, <code>articles</code>, <code>rejects</code>.</p></body></html>"#,
        esc(d.version)
    );
    h
}

/// How many conflicts the page lists; the `figures` table has them all.
const MAX_CONFLICTS: usize = 200;

fn conflicts_section(h: &mut String, d: &ReportData) {
    let _ = write!(h, r#"<h2 id="conflicts">Conflicts to review</h2>"#);
    let mut conflicts: Vec<&Figure> = d.figures.iter().filter(|f| f.conflict).collect();
    if conflicts.is_empty() {
        h.push_str("<p>None: where several sources give a figure, they agree up to rounding.</p>");
        return;
    }
    // Placed figures first, then the best-attested.
    conflicts.sort_by_key(|f| {
        (
            matches!(f.key.scope, Scope::Unplaced),
            std::cmp::Reverse(f.articles),
        )
    });
    let _ = write!(
        h,
        r#"<p class="note">{} figure(s) whose sources disagree beyond rounding{}. <code>figures.conflict</code> marks them all.</p><table><tr><th>where</th><th>metric</th><th>period</th><th class="n">value</th><th class="n">min</th><th class="n">max</th><th class="n">articles</th><th>articles</th></tr>"#,
        conflicts.len(),
        if conflicts.len() > MAX_CONFLICTS {
            format!("; the first {MAX_CONFLICTS}")
        } else {
            String::new()
        }
    );
    for f in conflicts.iter().take(MAX_CONFLICTS) {
        let place = match &f.key.scope {
            Scope::Province(c) => province_name(d.gaz, c),
            Scope::Region(r) => r.clone(),
            Scope::Unplaced => "(no province)".into(),
        };
        let mut metric = format!("{} · {}", f.key.metric.as_str(), f.key.measure.as_str());
        if let Some(i) = f.key.investor {
            let _ = write!(metric, " · {}", i.as_str());
        }
        if f.key.cumulative {
            metric.push_str(" · cumulative");
        }
        let period = match (f.key.period_start, f.key.period_end) {
            (Some(s), Some(e)) => format!("{s} – {e}"),
            (None, Some(e)) => format!("to {e}"),
            _ => String::new(),
        };
        let docs: Vec<String> = f.docs.iter().take(5).map(|&i| esc((d.doc_id)(i))).collect();
        let more = if f.docs.len() > 5 {
            format!(" and {} more", f.docs.len() - 5)
        } else {
            String::new()
        };
        let _ = write!(
            h,
            r#"<tr><td>{}</td><td>{}</td><td>{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td>{}{more}</td></tr>"#,
            esc(&place),
            esc(&metric),
            period,
            amount(f.value, f.key.unit),
            amount(f.value_min, f.key.unit),
            amount(f.value_max, f.key.unit),
            f.articles,
            docs.join("<br>"),
        );
    }
    h.push_str("</table>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_the_vietnamese_way() {
        assert_eq!(number(1494.0, 0), "1.494");
        assert_eq!(number(16910.18, 2), "16.910,18");
        assert_eq!(number(85.30, 2), "85,3");
        assert_eq!(number(-5.0, 0), "-5");
        assert_eq!(number(0.0, 2), "0");
        assert_eq!(amount(1.494e12, Unit::Vnd), "1.494 tỷ đồng");
        assert_eq!(amount(2.3304e8, Unit::Usd), "233,04 triệu USD");
        assert_eq!(amount(38.1, Unit::Percent), "38,1%");
    }

    #[test]
    fn labels_and_values_are_escaped_in_charts() {
        let svg = bar_chart("a<b", &[("<x>".into(), 1.0, "1 & 2".into())]);
        assert!(svg.contains("&lt;x&gt;") && svg.contains("1 &amp; 2") && !svg.contains("<x>"));
        assert_eq!(svg.matches("class=\"bar\"").count(), 1);
    }
}
