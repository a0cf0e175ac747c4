//! Yearly VND/USD rates, for the optional `_in_usd` columns of the consolidated tables.
//!
//! A figure reported in đồng is converted with the average rate of the year its period ends in
//! (the official yearly average, one row per year in `data/usd_rates.csv`, each with its
//! source). A year without a row is not converted: the column stays empty rather than guessed.
//! The original currency is never replaced.

use std::collections::BTreeMap;

use crate::config::DataSource;

const BUNDLED: &str = include_str!("../data/usd_rates.csv");

#[derive(Debug, thiserror::Error)]
#[error("USD rates {path}: {message}")]
pub struct RatesError {
    pub path: String,
    pub message: String,
}

/// Đồng per US dollar, by year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UsdRates {
    by_year: BTreeMap<i32, f64>,
}

impl UsdRates {
    /// Loads the bundled table or a user's file.
    pub fn load(source: &DataSource) -> Result<UsdRates, RatesError> {
        match source {
            DataSource::Bundled => UsdRates::parse(BUNDLED, "data/usd_rates.csv (bundled)"),
            DataSource::Path(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| RatesError {
                    path: p.display().to_string(),
                    message: e.to_string(),
                })?;
                UsdRates::parse(&text, &p.display().to_string())
            }
        }
    }

    /// Parses `year,vnd_per_usd,source` rows; every row must name its source.
    pub fn parse(text: &str, origin: &str) -> Result<UsdRates, RatesError> {
        let err = |message: String| RatesError {
            path: origin.to_owned(),
            message,
        };
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().map_err(|e| err(e.to_string()))?.clone();
        if headers.iter().collect::<Vec<_>>() != ["year", "vnd_per_usd", "source"] {
            return Err(err(format!(
                "the header must be `year,vnd_per_usd,source`, not `{}`",
                headers.iter().collect::<Vec<_>>().join(",")
            )));
        }
        let mut by_year = BTreeMap::new();
        for row in reader.records() {
            let row = row.map_err(|e| err(e.to_string()))?;
            let line = row.position().map_or(0, |p| p.line());
            let at = |m: String| err(format!("line {line}: {m}"));
            let year: i32 = row[0]
                .trim()
                .parse()
                .map_err(|_| at(format!("year {:?} is not a year", &row[0])))?;
            let rate: f64 = row[1]
                .trim()
                .parse()
                .ok()
                .filter(|r: &f64| r.is_finite() && *r > 0.0)
                .ok_or_else(|| at(format!("rate {:?} is not a positive number", &row[1])))?;
            if row[2].trim().is_empty() {
                return Err(at("every rate needs its source".into()));
            }
            if by_year.insert(year, rate).is_some() {
                return Err(at(format!("{year} is given twice")));
            }
        }
        Ok(UsdRates { by_year })
    }

    /// Đồng per dollar in `year`, if the table has it.
    pub fn vnd_per_usd(&self, year: i32) -> Option<f64> {
        self.by_year.get(&year).copied()
    }

    /// `vnd` đồng in dollars at `year`'s rate.
    pub fn to_usd(&self, vnd: f64, year: i32) -> Option<f64> {
        self.vnd_per_usd(year).map(|r| vnd / r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_table_loads_and_converts() {
        let r = UsdRates::load(&DataSource::Bundled).unwrap();
        let usd = r.to_usd(23_159.78e6, 2021).unwrap();
        assert!((usd - 1e6).abs() < 1e-6, "{usd}");
        assert_eq!(r.to_usd(1.0, 1900), None);
    }

    #[test]
    fn bad_rows_name_the_line_and_reason() {
        let e = UsdRates::parse("year,vnd_per_usd,source\n2020,abc,x\n", "r.csv").unwrap_err();
        assert!(
            e.to_string().contains("r.csv") && e.to_string().contains("line 2"),
            "{e}"
        );
        let e = UsdRates::parse("year,vnd_per_usd,source\n2020,23000,\n", "r.csv").unwrap_err();
        assert!(e.to_string().contains("source"), "{e}");
        let e = UsdRates::parse("year,rate\n2020,23000\n", "r.csv").unwrap_err();
        assert!(e.to_string().contains("header"), "{e}");
        let dup = "year,vnd_per_usd,source\n2020,1,a\n2020,2,b\n";
        assert!(UsdRates::parse(dup, "r.csv").is_err());
    }
}
