//! The lexicon: keywords as data (`data/lexicon.toml`), compiled once into one phrase matcher.
//!
//! The file is parsed raw first (`RawLexicon`, unknown keys rejected), then compiled into a
//! [`Lexicon`] whose matcher finds every phrase of every category in one pass over an
//! article's tokens. Each phrase carries one or more [`Cue`]s; the extractor asks for cues by
//! position, never for strings.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::extract::number::Decimal;
use crate::model::{Approx, Metric, Unit};
use crate::phrase::{PhraseMatcher, Strictness};
use crate::text::{Text, fold_phrase};

/// An error in a lexicon file, naming the file and the key.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read lexicon {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("lexicon {path}: {message}")]
    Parse { path: String, message: String },
    #[error("lexicon {path}: key `{key}`: {message}")]
    Value {
        path: String,
        key: String,
        message: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    scales: BTreeMap<String, i32>,
    number_words: BTreeMap<String, u32>,
    scale_only_number_words: BTreeMap<String, f64>,
    units: RawUnits,
    areas: BTreeMap<String, i32>,
    entities: Vec<RawEntity>,
    people: RawPeople,
    metrics: BTreeMap<String, Vec<String>>,
    metric_scope: RawMetricScope,
    measures: RawMeasures,
    investors: RawInvestors,
    approx: RawApprox,
    periods: RawPeriods,
    places: RawPlaces,
    regions: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnits {
    #[serde(rename = "VND")]
    vnd: Vec<String>,
    #[serde(rename = "USD")]
    usd: Vec<String>,
    #[serde(rename = "VND_not_followed_by")]
    vnd_not_followed_by: Vec<String>,
    #[serde(rename = "USD_not_followed_by")]
    usd_not_followed_by: Vec<String>,
    #[serde(rename = "USD_before")]
    usd_before: Vec<String>,
    bare_scale_counts: Vec<String>,
    percent: Vec<String>,
    percent_points: Vec<String>,
    times: Vec<String>,
    times_before: Vec<String>,
    exact: RawExact,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExact {
    words: Vec<String>,
    /// Abbreviations that count only when written with a capital ("50 cn" is a typo for cm).
    #[serde(default)]
    capitalized: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    entity: String,
    metric: String,
    phrases: Vec<String>,
    #[serde(default)]
    not_followed_by: Vec<String>,
    #[serde(default)]
    span_words: Option<usize>,
    #[serde(default)]
    needs_context: Vec<String>,
    #[serde(default)]
    context_before: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeople {
    phrases: Vec<String>,
    requires: Vec<String>,
    staff: Vec<String>,
    staff_preceded_by: Vec<String>,
    #[serde(default)]
    staff_not_preceded_by: Vec<String>,
    roles: Vec<String>,
    #[serde(default)]
    harmed: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMetricScope {
    money_only: Vec<String>,
    percent_excluded: Vec<String>,
    capital_context: Vec<String>,
    public_works: Vec<String>,
    stakes: Vec<String>,
    topic: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasures {
    rise: Vec<String>,
    fall: Vec<String>,
    added: Vec<String>,
    adjusted: Vec<String>,
    new: Vec<String>,
    to_level: Vec<String>,
    ratio: Vec<String>,
    compare: Vec<String>,
    prior: Vec<String>,
    share: Vec<String>,
    hold: Vec<String>,
    plan: Vec<String>,
    exceed: Vec<String>,
    growth_rate: Vec<String>,
    neutral: Vec<String>,
    count_other: Vec<String>,
    respectively: Vec<String>,
    target: Vec<String>,
    #[serde(default)]
    hiring: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInvestors {
    fdi: Vec<String>,
    ddi: Vec<String>,
    both: Vec<String>,
    foreign_origin: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApprox {
    about: Vec<String>,
    over: Vec<String>,
    under: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriods {
    cumulative: Vec<String>,
    running_total: Vec<String>,
    milestone: Vec<String>,
    year_to_date: Vec<String>,
    until: Vec<String>,
    date_words: Vec<String>,
    label_words: Vec<String>,
    #[serde(default)]
    name_words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaces {
    national: Vec<String>,
    world: Vec<String>,
    national_source: Vec<String>,
    commune: Vec<String>,
    district_words: Vec<String>,
    organisation: Vec<String>,
    event: Vec<String>,
    delegate: Vec<String>,
    foreign: Vec<String>,
    #[serde(default)]
    vietnam: Vec<String>,
    region_group: Vec<String>,
    subregions: Vec<String>,
}

/// Word classes that decide how a number relates to its metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeasureCue {
    Rise,
    Fall,
    Added,
    Adjusted,
    New,
    ToLevel,
    Ratio,
    Compare,
    Prior,
    Share,
    /// A stake held ("nắm 67%"): a share, right before a rate only.
    Hold,
    Plan,
    Exceed,
    GrowthRate,
    Neutral,
    CountOther,
    Respectively,
    Target,
    /// Workers still to hire ("cần tuyển", "nhu cầu tuyển"): a goal for a count after it.
    Hiring,
}

/// Foreign, domestic, or explicitly both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvestorCue {
    Fdi,
    Ddi,
    Both,
    /// A foreign country named in a figure's own noun phrase ("vốn đầu tư của Mỹ").
    ForeignOrigin,
}

/// What a matched phrase means to the extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// Multiplies by 10^k.
    Scale(i8),
    NumberWord(u32),
    /// A number word counted only before a scale word (`một tỷ`, `nửa tỷ`).
    ScaleOnlyNumberWord(Decimal),
    Currency(Unit),
    CurrencyBefore(Unit),
    /// What a bare scale word counts when it is the subject (see `units.bare_scale_counts`).
    BareScaleCount,
    /// Area unit, converting to hectares by 10^k.
    Area(i8),
    Percent,
    PercentPoints,
    Times,
    TimesBefore,
    /// Counted noun: index into [`Lexicon::entities`].
    Entity(u16),
    /// `người`, a worker count only in a labour context.
    People,
    LabourContext,
    /// Harm that befalls people ("bị thương", "nhập viện"): those it names right after their
    /// count are victims, not a workforce (see `people.harmed`).
    Harmed,
    Metric {
        metric: Metric,
        for_percent: bool,
        for_money: bool,
    },
    Measure(MeasureCue),
    Investor(InvestorCue),
    Approx(Approx),
    Cumulative,
    /// A project word: makes an amount of money with no cue of its own capital.
    CapitalContext,
    /// Public works or public money ("cao tốc", "vốn ngân sách"): what is spent on them is no
    /// investor's registered capital.
    PublicWorks,
    /// What a stake is a share of ("vốn điều lệ", "cổ phần"): a percent right before it is
    /// someone's holding, no metric's share.
    Stake,
    /// A word of the economy (see `metric_scope.topic`): an article with none has figures
    /// of no metric.
    Topic,
    /// "lũy kế": a running total, even of a flow.
    RunningTotal,
    /// A founding or launch ("ra đời", "ra mắt"): its date is an event's (see
    /// `periods.milestone`).
    Milestone,
    YearToDate,
    Until,
    /// Makes a number beside it a date or duration.
    DateWord,
    /// Makes the number after it a label unless a unit follows (see `periods.label_words`);
    /// with `name`, even then, short of an amount with a scale word (`Quốc lộ 1 dự án` is a
    /// road).
    LabelWord {
        name: bool,
    },
    National,
    /// The whole world, after a figure or opening its sentence (see `places.world`).
    World,
    /// A national office reporting (see `places.national_source`).
    NationalSource,
    Commune,
    DistrictWord,
    /// Opens the name of a company, school or the like (see `places.organisation`).
    Organisation,
    /// An event or its hall, whose place is only the venue (see `places.event`).
    Event,
    /// A member of parliament, whose province in brackets is whom he speaks for.
    Delegate,
    /// A foreign country: a figure "tại Lào" lies abroad (see `places.foreign`).
    Foreign,
    /// The country itself ("Việt Nam", "nước ta", "HOSE"; see `places.vietnam`).
    Vietnam,
    RegionGroup,
    /// Index into [`Lexicon::regions`].
    Region(u8),
    /// A region joined to another area ("miền Trung - Tây Nguyên", "Đông Nam Bộ và Tây
    /// Nguyên"): an aggregate over more than one region, so neither's. Also a part of a region
    /// or an area across regions ("Bắc Trung Bộ", "vùng kinh tế trọng điểm phía Nam"): an
    /// aggregate over provinces, none of the six regions.
    Regions,
}

/// A counted noun and how to label its counts.
#[derive(Debug, Clone)]
pub struct EntityDef {
    pub entity: crate::model::Entity,
    pub metric: Metric,
    /// Word sequences ([`crate::text::syllable_key`]s) that, right after the phrase, make it
    /// another noun.
    pub not_followed_by: Vec<Vec<String>>,
    /// The span covers this many phrase tokens (all when `None`).
    pub span_words: Option<usize>,
    /// Phrases (as word sequences) that count only in an article where another of the
    /// entity's phrases appears: "9 khu" is nine zones beside "27 KCN", and nothing in
    /// "hai khu tâm linh".
    pub needs_context: Vec<Vec<String>>,
    /// Words that, before such a phrase in its sentence, are context enough: "tiếp nhận 120
    /// hồ sơ" counts procedures in any article.
    pub context_before: Vec<Vec<String>>,
}

/// An organisation's staff: word sequences ([`crate::text::syllable_key`]s) of the people
/// words that count its workforce right after a word of having or hiring ("VNG có 2.000 nhân
/// viên", "sa thải 325 nhân viên"), unless a role follows them ("nhân viên an ninh").
#[derive(Debug, Clone)]
pub struct StaffDef {
    pub phrases: Vec<Vec<String>>,
    /// The words of having or hiring that stand right before the number.
    pub preceded_by: Vec<Vec<String>>,
    /// Longer words ending in one of those that say nothing of a workforce ("so với").
    pub not_preceded_by: Vec<Vec<String>>,
    pub roles: Vec<Vec<String>>,
}

/// A compiled lexicon.
pub struct Lexicon {
    matcher: PhraseMatcher<Cue>,
    pub entities: Vec<EntityDef>,
    /// Word sequences ([`crate::text::syllable_key`]s) that, right after a bare `đồng`, make
    /// it part of another noun (`đồng chí`) rather than the currency.
    pub vnd_not_followed_by: Vec<Vec<String>>,
    /// The same after a bare `đô` (`đô thị`, `đô vật`).
    pub usd_not_followed_by: Vec<Vec<String>>,
    /// When a people word (`people.phrases`) counts workers without a labour context.
    pub staff: StaffDef,
    /// Region names, as in the reference's `region` column.
    pub regions: Vec<String>,
    /// A fingerprint of the lexicon's content, for caches.
    pub fingerprint: u64,
}

/// A phrase found in an article: tokens `start..start+len`.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: u32,
    pub len: u16,
    pub cue: Cue,
}

impl Hit {
    pub fn end(&self) -> usize {
        self.start as usize + self.len as usize
    }
}

/// All phrases of the lexicon found in one article, sorted by start token.
pub struct Hits {
    pub list: Vec<Hit>,
    /// `first[i]`: index in `list` of the first hit starting at or after token `i`.
    first: Vec<u32>,
}

impl Hits {
    /// No hits, for texts scanned without a lexicon.
    pub fn empty() -> Hits {
        Hits {
            list: Vec::new(),
            first: vec![0],
        }
    }

    /// Hits starting at token `i`.
    pub fn at(&self, i: usize) -> &[Hit] {
        if i >= self.first.len() - 1 {
            return &[];
        }
        &self.list[self.first[i] as usize..self.first[i + 1] as usize]
    }

    /// Hits starting in tokens `a..b`.
    pub fn within(&self, a: usize, b: usize) -> &[Hit] {
        let n = self.first.len() - 1;
        let a = a.min(n);
        let b = b.clamp(a, n);
        &self.list[self.first[a] as usize..self.first[b] as usize]
    }

    /// The longest hit at token `i` whose cue satisfies `f`.
    pub fn longest_at(&self, i: usize, f: impl Fn(&Cue) -> bool) -> Option<Hit> {
        self.at(i)
            .iter()
            .filter(|h| f(&h.cue))
            .max_by_key(|h| h.len)
            .copied()
    }
}

impl Lexicon {
    /// Reads and compiles a lexicon file.
    pub fn load(path: &Path) -> Result<Lexicon, LexiconError> {
        let p = path.display().to_string();
        let src = std::fs::read_to_string(path).map_err(|source| LexiconError::Read {
            path: p.clone(),
            source,
        })?;
        Lexicon::parse(&src, &p)
    }

    /// The lexicon compiled into the binary (the repository's `data/lexicon.toml`).
    pub fn bundled() -> Result<Lexicon, LexiconError> {
        Lexicon::parse(
            include_str!("../data/lexicon.toml"),
            "<bundled>/lexicon.toml",
        )
    }

    /// Parses and compiles lexicon source; `origin` names it in errors.
    pub fn parse(src: &str, origin: &str) -> Result<Lexicon, LexiconError> {
        let raw: RawLexicon = toml::from_str(src).map_err(|e| LexiconError::Parse {
            path: origin.to_owned(),
            message: e.to_string(),
        })?;
        let mut lex = compile(raw, origin)?;
        lex.fingerprint = fingerprint(src);
        Ok(lex)
    }

    /// Finds every phrase in `text`.
    pub fn scan(&self, text: &Text) -> Hits {
        let n = text.tokens.len();
        // "hiện" (now) is also the second syllable of "thực hiện" (carry out), "xuất hiện"
        // (appear), "phát hiện" (find) and "thể hiện" (show): "thực hiện tại KCN" is no "hiện
        // tại".
        let in_compound = |start: usize| {
            text.tok(start) == "hien"
                && start > 0
                && matches!(
                    text.tok(start - 1),
                    "thuc" | "xuat" | "phat" | "the" | "bieu"
                )
        };
        // "ngoại" (foreign) is also the first syllable of "ngoại ngữ" (foreign language),
        // "ngoại tệ" (foreign currency), "ngoại giao" (diplomacy): "có vốn ngoại ngữ khá" is
        // language skill, no foreign capital.
        let foreign_compound = |end: usize| {
            end > 0
                && text.tok(end - 1) == "ngoai"
                && text.word_is(end, &["ngữ", "tệ", "giao", "thành", "hình"])
        };
        let found = self.matcher.scan(text);
        // A region joined to the area before or after it ("miền Trung - Tây Nguyên", "Đông Nam
        // Bộ và Tây Nguyên") is half of a wider one: an aggregate over both is neither region's.
        // (Sorted, as `found` is: looked up by binary search.)
        let region_spans: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| matches!(f.value, Cue::Region(_)))
            .map(|f| (f.start as usize, f.start as usize + f.len as usize))
            .collect();
        // A part of a region inside the region's name ("Bắc Trung Bộ" in "Bắc Trung Bộ và
        // Duyên hải miền Trung") is the region.
        let in_region = |start: usize, end: usize| {
            let i = region_spans.partition_point(|&(r, _)| r <= start);
            i > 0 && region_spans[i - 1].1 >= end
        };
        let joined_region = |start: usize, end: usize| {
            start >= 2
                && matches!(text.tok(start - 1), "-" | "va")
                && matches!(text.tok(start - 2), "trung" | "bo")
                || matches!(text.tok_at(end as isize), "-" | "va")
                    && region_spans
                        .binary_search_by_key(&(end + 1), |&(r, _)| r)
                        .is_ok()
        };
        let list: Vec<Hit> = found
            .into_iter()
            .filter(|f| !(f.value == Cue::Cumulative && in_compound(f.start as usize)))
            .filter(|f| {
                !(f.value == Cue::Regions
                    && in_region(f.start as usize, f.start as usize + f.len as usize))
            })
            .filter(|f| {
                !(matches!(f.value, Cue::Investor(_))
                    && foreign_compound(f.start as usize + f.len as usize))
            })
            .map(|f| {
                let end = f.start as usize + f.len as usize;
                let joined =
                    matches!(f.value, Cue::Region(_)) && joined_region(f.start as usize, end);
                Hit {
                    start: f.start,
                    len: f.len,
                    cue: if joined { Cue::Regions } else { f.value },
                }
            })
            .collect();
        let mut first = Vec::with_capacity(n + 1);
        let mut k = 0;
        for i in 0..=n {
            while k < list.len() && (list[k].start as usize) < i {
                k += 1;
            }
            first.push(k as u32);
        }
        Hits { list, first }
    }
}

fn fingerprint(src: &str) -> u64 {
    // FNV-1a: stable across runs and platforms, enough to tell lexicons apart.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in src.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

struct Builder<'a> {
    origin: &'a str,
    matcher: PhraseMatcher<Cue>,
    exact_words: Vec<String>,
    capitalized_words: Vec<String>,
}

impl Builder<'_> {
    fn add(&mut self, key: &str, phrase: &str, cue: Cue) -> Result<(), LexiconError> {
        // A single accented word must match letter for letter: folding would make "tăng"
        // (rise) of "tầng" (floor) and "đạt" (reach) of "đất" (land). Longer phrases and ASCII
        // words match folded, so that lost accents and tone placement still match, but a word
        // the text writes with marks must be the phrase's (`marks`): "đó là" is no "đô la".
        let single_accented = !phrase.is_ascii() && fold_phrase(phrase).len() == 1;
        let strict = Strictness {
            exact: single_accented || self.exact_words.contains(&phrase.to_lowercase()),
            capitalized: self.capitalized_words.iter().any(|w| w == phrase),
            marks: true,
        };
        if !self.matcher.add(phrase, strict, cue) {
            return Err(LexiconError::Value {
                path: self.origin.to_owned(),
                key: key.to_owned(),
                message: format!("phrase {phrase:?} has no words"),
            });
        }
        Ok(())
    }

    fn add_all(&mut self, key: &str, phrases: &[String], cue: Cue) -> Result<(), LexiconError> {
        for p in phrases {
            self.add(key, p, cue)?;
        }
        Ok(())
    }
}

/// Phrases as the word sequences ([`crate::text::phrase_keys`]) that a `not_followed_by` list
/// compares with the tokens after a unit word.
fn word_sequences(phrases: &[String]) -> Vec<Vec<String>> {
    phrases
        .iter()
        .map(|p| crate::text::phrase_keys(p))
        .collect()
}

fn compile(raw: RawLexicon, origin: &str) -> Result<Lexicon, LexiconError> {
    let bad = |key: &str, message: String| LexiconError::Value {
        path: origin.to_owned(),
        key: key.to_owned(),
        message,
    };
    let mut b = Builder {
        origin,
        matcher: PhraseMatcher::default(),
        exact_words: raw
            .units
            .exact
            .words
            .iter()
            .map(|w| w.to_lowercase())
            .collect(),
        capitalized_words: raw.units.exact.capitalized.clone(),
    };
    for (p, k) in &raw.scales {
        if !(0..=18).contains(k) {
            return Err(bad(
                "scales",
                format!("power {k} for {p:?} is outside 0..=18"),
            ));
        }
        b.add("scales", p, Cue::Scale(*k as i8))?;
    }
    for (p, v) in &raw.number_words {
        b.add("number_words", p, Cue::NumberWord(*v))?;
    }
    for (p, v) in &raw.scale_only_number_words {
        // A whole number or a few decimals ("nửa" = 0.5), exact as a decimal.
        let exact = (0..=3).find_map(|k| {
            let scaled = v * 10f64.powi(k);
            (scaled > 0.0 && scaled.fract() == 0.0 && scaled < 1e15).then(|| Decimal {
                mant: scaled as u128,
                exp: -k,
            })
        });
        let Some(d) = exact else {
            return Err(bad(
                "scale_only_number_words",
                format!("{v} for {p:?} is not a positive number of at most three decimals"),
            ));
        };
        b.add("scale_only_number_words", p, Cue::ScaleOnlyNumberWord(d))?;
    }
    b.add_all("units.VND", &raw.units.vnd, Cue::Currency(Unit::Vnd))?;
    let vnd_not_followed_by = word_sequences(&raw.units.vnd_not_followed_by);
    let usd_not_followed_by = word_sequences(&raw.units.usd_not_followed_by);
    b.add_all("units.USD", &raw.units.usd, Cue::Currency(Unit::Usd))?;
    b.add_all(
        "units.USD_before",
        &raw.units.usd_before,
        Cue::CurrencyBefore(Unit::Usd),
    )?;
    b.add_all(
        "units.bare_scale_counts",
        &raw.units.bare_scale_counts,
        Cue::BareScaleCount,
    )?;
    b.add_all("units.percent", &raw.units.percent, Cue::Percent)?;
    b.add_all(
        "units.percent_points",
        &raw.units.percent_points,
        Cue::PercentPoints,
    )?;
    b.add_all("units.times", &raw.units.times, Cue::Times)?;
    b.add_all(
        "units.times_before",
        &raw.units.times_before,
        Cue::TimesBefore,
    )?;
    for (p, k) in &raw.areas {
        if !(-8..=8).contains(k) {
            return Err(bad(
                "areas",
                format!("power {k} for {p:?} is outside -8..=8"),
            ));
        }
        b.add("areas", p, Cue::Area(*k as i8))?;
    }
    let mut entities = Vec::new();
    for (n, e) in raw.entities.iter().enumerate() {
        let key = format!("entities[{n}]");
        let entity = crate::model::Entity::parse(&e.entity)
            .ok_or_else(|| bad(&key, format!("unknown entity {:?}", e.entity)))?;
        let metric = Metric::parse(&e.metric)
            .ok_or_else(|| bad(&key, format!("unknown metric {:?}", e.metric)))?;
        let id = entities.len() as u16;
        entities.push(EntityDef {
            entity,
            metric,
            not_followed_by: word_sequences(&e.not_followed_by),
            span_words: e.span_words,
            needs_context: word_sequences(&e.needs_context),
            context_before: word_sequences(&e.context_before),
        });
        b.add_all(&key, &e.phrases, Cue::Entity(id))?;
    }
    b.add_all("people.phrases", &raw.people.phrases, Cue::People)?;
    b.add_all("people.requires", &raw.people.requires, Cue::LabourContext)?;
    b.add_all("people.harmed", &raw.people.harmed, Cue::Harmed)?;
    for (name, phrases) in &raw.metrics {
        let metric = Metric::parse(name).ok_or_else(|| {
            bad(
                &format!("metrics.{name}"),
                format!("unknown metric {name:?}"),
            )
        })?;
        for p in phrases {
            let for_percent = !raw.metric_scope.money_only.contains(p)
                && !raw.metric_scope.percent_excluded.contains(p);
            // Count metrics name what a percent or a count is about, never an amount of money;
            // land words name hectares (which are land anyway), never money.
            let for_money = !matches!(
                metric,
                Metric::Projects
                    | Metric::Zones
                    | Metric::Enterprises
                    | Metric::Workers
                    | Metric::AdminProcedures
                    | Metric::LandArea
            );
            b.add(
                &format!("metrics.{name}"),
                p,
                Cue::Metric {
                    metric,
                    for_percent,
                    for_money,
                },
            )?;
        }
    }
    b.add_all(
        "metric_scope.capital_context",
        &raw.metric_scope.capital_context,
        Cue::CapitalContext,
    )?;
    b.add_all(
        "metric_scope.public_works",
        &raw.metric_scope.public_works,
        Cue::PublicWorks,
    )?;
    b.add_all("metric_scope.stakes", &raw.metric_scope.stakes, Cue::Stake)?;
    b.add_all("metric_scope.topic", &raw.metric_scope.topic, Cue::Topic)?;
    let m = &raw.measures;
    for (key, list, cue) in [
        ("rise", &m.rise, MeasureCue::Rise),
        ("fall", &m.fall, MeasureCue::Fall),
        ("added", &m.added, MeasureCue::Added),
        ("adjusted", &m.adjusted, MeasureCue::Adjusted),
        ("new", &m.new, MeasureCue::New),
        ("to_level", &m.to_level, MeasureCue::ToLevel),
        ("ratio", &m.ratio, MeasureCue::Ratio),
        ("compare", &m.compare, MeasureCue::Compare),
        ("prior", &m.prior, MeasureCue::Prior),
        ("share", &m.share, MeasureCue::Share),
        ("hold", &m.hold, MeasureCue::Hold),
        ("plan", &m.plan, MeasureCue::Plan),
        ("exceed", &m.exceed, MeasureCue::Exceed),
        ("growth_rate", &m.growth_rate, MeasureCue::GrowthRate),
        ("neutral", &m.neutral, MeasureCue::Neutral),
        ("count_other", &m.count_other, MeasureCue::CountOther),
        ("respectively", &m.respectively, MeasureCue::Respectively),
        ("target", &m.target, MeasureCue::Target),
        ("hiring", &m.hiring, MeasureCue::Hiring),
    ] {
        b.add_all(&format!("measures.{key}"), list, Cue::Measure(cue))?;
    }
    b.add_all(
        "investors.fdi",
        &raw.investors.fdi,
        Cue::Investor(InvestorCue::Fdi),
    )?;
    b.add_all(
        "investors.ddi",
        &raw.investors.ddi,
        Cue::Investor(InvestorCue::Ddi),
    )?;
    b.add_all(
        "investors.foreign_origin",
        &raw.investors.foreign_origin,
        Cue::Investor(InvestorCue::ForeignOrigin),
    )?;
    b.add_all(
        "investors.both",
        &raw.investors.both,
        Cue::Investor(InvestorCue::Both),
    )?;
    b.add_all(
        "approx.about",
        &raw.approx.about,
        Cue::Approx(Approx::About),
    )?;
    b.add_all("approx.over", &raw.approx.over, Cue::Approx(Approx::Over))?;
    b.add_all(
        "approx.under",
        &raw.approx.under,
        Cue::Approx(Approx::Under),
    )?;
    b.add_all(
        "periods.cumulative",
        &raw.periods.cumulative,
        Cue::Cumulative,
    )?;
    b.add_all(
        "periods.running_total",
        &raw.periods.running_total,
        Cue::RunningTotal,
    )?;
    b.add_all("periods.milestone", &raw.periods.milestone, Cue::Milestone)?;
    b.add_all(
        "periods.year_to_date",
        &raw.periods.year_to_date,
        Cue::YearToDate,
    )?;
    b.add_all("periods.until", &raw.periods.until, Cue::Until)?;
    b.add_all("periods.date_words", &raw.periods.date_words, Cue::DateWord)?;
    b.add_all(
        "periods.label_words",
        &raw.periods.label_words,
        Cue::LabelWord { name: false },
    )?;
    b.add_all(
        "periods.name_words",
        &raw.periods.name_words,
        Cue::LabelWord { name: true },
    )?;
    b.add_all("places.national", &raw.places.national, Cue::National)?;
    b.add_all("places.world", &raw.places.world, Cue::World)?;
    b.add_all(
        "places.national_source",
        &raw.places.national_source,
        Cue::NationalSource,
    )?;
    b.add_all("places.commune", &raw.places.commune, Cue::Commune)?;
    b.add_all(
        "places.district_words",
        &raw.places.district_words,
        Cue::DistrictWord,
    )?;
    b.add_all(
        "places.organisation",
        &raw.places.organisation,
        Cue::Organisation,
    )?;
    b.add_all("places.event", &raw.places.event, Cue::Event)?;
    b.add_all("places.delegate", &raw.places.delegate, Cue::Delegate)?;
    b.add_all("places.foreign", &raw.places.foreign, Cue::Foreign)?;
    b.add_all("places.vietnam", &raw.places.vietnam, Cue::Vietnam)?;
    b.add_all(
        "places.region_group",
        &raw.places.region_group,
        Cue::RegionGroup,
    )?;
    b.add_all("places.subregions", &raw.places.subregions, Cue::Regions)?;
    let mut regions = Vec::new();
    for (name, phrases) in &raw.regions {
        let id = regions.len() as u8;
        regions.push(name.clone());
        b.add_all(&format!("regions.{name}"), phrases, Cue::Region(id))?;
    }
    let mut matcher = b.matcher;
    matcher.split_glued = true;
    Ok(Lexicon {
        matcher,
        entities,
        vnd_not_followed_by,
        usd_not_followed_by,
        staff: StaffDef {
            phrases: word_sequences(&raw.people.staff),
            preceded_by: word_sequences(&raw.people.staff_preceded_by),
            not_preceded_by: word_sequences(&raw.people.staff_not_preceded_by),
            roles: word_sequences(&raw.people.roles),
        },
        regions,
        fingerprint: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::bundled().unwrap()
    }

    #[test]
    fn bundled_lexicon_compiles() {
        let lex = lexicon();
        assert!(lex.entities.len() >= 6);
        assert_eq!(lex.regions.len(), 6);
    }

    #[test]
    fn matches_across_tone_placement_and_lost_accents() {
        let lex = lexicon();
        for s in ["luỹ kế", "lũy kế", "luy ke"] {
            let t = Text::new(s);
            let hits = lex.scan(&t);
            assert!(hits.list.iter().any(|h| h.cue == Cue::Cumulative), "{s}");
        }
    }

    #[test]
    fn exact_words_do_not_match_accented_lookalikes() {
        let lex = lexicon();
        let t = Text::new("5 Hà");
        let hits = lex.scan(&t);
        assert!(!hits.list.iter().any(|h| matches!(h.cue, Cue::Area(_))));
        let t = Text::new("5 ha");
        let hits = lex.scan(&t);
        assert!(hits.list.iter().any(|h| matches!(h.cue, Cue::Area(0))));
    }

    #[test]
    fn a_number_word_that_is_no_exact_decimal_is_an_error_naming_it() {
        let bundled = include_str!("../data/lexicon.toml");
        for bad in ["-1", "0.12345"] {
            let text = bundled.replace("\"nửa\" = 0.5", &format!("\"nửa\" = {bad}"));
            let err = Lexicon::parse(&text, "x.toml").err().unwrap().to_string();
            assert!(
                err.contains("scale_only_number_words") && err.contains("nửa"),
                "{err}"
            );
        }
    }

    #[test]
    fn unknown_keys_are_errors_naming_the_key() {
        let err = Lexicon::parse("bogus = 1", "x.toml")
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("bogus"), "{err}");
    }
}
