//! The gazetteer: Vietnam's provinces, their aliases, districts and industrial zones, built once
//! from `data/reference/` and used to find places in an article.
//!
//! Codes are always strings in the 63-province scheme in force before 1 July 2025
//! (`code_63`); each province also carries the code of the 34-scheme province it lies in
//! (`code_2025`). Seven codes mean a different province in the two schemes, so no code leaves
//! this module without its scheme in its name.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::lexicon::{Cue, Hits};
use crate::phrase::{PhraseMatcher, Strictness};
use crate::text::Text;

#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    #[error("reference file {path}: {message}")]
    File { path: String, message: String },
}

/// One of the 63 provinces, with the 2025 province it lies in.
#[derive(Debug, Clone)]
pub struct Province {
    pub code_63: String,
    pub name_63: String,
    pub region: String,
    pub region_code: String,
    pub code_2025: String,
    pub name_2025: String,
}

/// What kind of name located a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Province,
    /// An industrial or economic zone named after a zone noun (`KCN Lương Sơn`).
    Zone,
    /// A zone's name alone, capitalised (`Lương Sơn, Mông Hóa`).
    BareZone,
    District,
}

/// A place found in a text: tokens `start..end`, in province `province` (index).
#[derive(Debug, Clone, Copy)]
pub struct PlaceHit {
    pub start: usize,
    pub end: usize,
    pub province: u8,
    pub kind: PlaceKind,
}

#[derive(Clone, Copy, PartialEq)]
struct Name {
    province: u8,
    kind: NameKind,
}

#[derive(Clone, Copy, PartialEq)]
enum NameKind {
    Province,
    /// Zone core; `needs_prefix` when the core alone names something else too; `park_only`
    /// when only a park's noun (not a cluster's, "CCN") makes it the zone.
    Zone {
        needs_prefix: bool,
        park_only: bool,
    },
    District,
}

pub struct Gazetteer {
    pub provinces: Vec<Province>,
    by_code: HashMap<String, u8>,
    names: PhraseMatcher<Name>,
    /// The files read, for the run manifest and cache keys.
    pub files: Vec<PathBuf>,
}

#[derive(Deserialize)]
struct ProvinceRow {
    code: String,
    name: String,
    region: String,
    region_code: String,
    new_code_2025: String,
    new_name_2025: String,
}

#[derive(Deserialize)]
struct AliasRow {
    alias: String,
    scheme: String,
    code_63: String,
}

#[derive(Deserialize)]
struct DistrictRow {
    province_code: String,
    name: String,
    name_variants: String,
}

#[derive(Deserialize)]
struct ZoneRow {
    name: String,
    full_name: String,
    province_code: String,
    name_variants: String,
}

/// Prefixes of zone names in the reference table, longest first.
const ZONE_PREFIXES: &[&str] = &[
    "Khu kinh tế cửa khẩu ",
    "Khu kinh tế ven biển ",
    "Khu kinh tế mở ",
    "Khu công nghệ cao ",
    "Khu công nghiệp ",
    "Khu chế xuất ",
    "Khu kinh tế ",
    "Khu KTCK ",
    "KKT cửa khẩu ",
    "KKT ven biển ",
    "KKT mở ",
    "KKTCK ",
    "KCNC ",
    "KCN ",
    "KCX ",
    "KKT ",
    "CCN ",
];

/// The reference files, as text: read from a directory or bundled in the binary.
#[derive(Debug, Clone)]
pub struct ReferenceData {
    /// (file name, content) in a fixed order.
    pub files: Vec<(String, String)>,
}

/// The reference files the gazetteer reads; `zones_extra.csv` is optional.
pub const REFERENCE_FILES: [&str; 5] = [
    "provinces_2008_63.csv",
    "province_aliases.csv",
    "districts.csv",
    "industrial_zones.csv",
    "zones_extra.csv",
];

impl ReferenceData {
    /// Reads the reference files from `dir`.
    pub fn read_dir(dir: &Path) -> Result<ReferenceData, GeoError> {
        let mut files = Vec::new();
        for name in REFERENCE_FILES {
            let p = dir.join(name);
            if name == "zones_extra.csv" && !p.exists() {
                continue;
            }
            let text = std::fs::read_to_string(&p).map_err(|e| GeoError::File {
                path: p.display().to_string(),
                message: e.to_string(),
            })?;
            files.push((p.display().to_string(), text));
        }
        Ok(ReferenceData { files })
    }

    /// The copy of `data/reference/` compiled into the binary.
    pub fn bundled() -> ReferenceData {
        let f = |n: &str, t: &str| (format!("<bundled>/{n}"), t.to_owned());
        ReferenceData {
            files: vec![
                f(
                    "provinces_2008_63.csv",
                    include_str!("../data/reference/provinces_2008_63.csv"),
                ),
                f(
                    "province_aliases.csv",
                    include_str!("../data/reference/province_aliases.csv"),
                ),
                f(
                    "districts.csv",
                    include_str!("../data/reference/districts.csv"),
                ),
                f(
                    "industrial_zones.csv",
                    include_str!("../data/reference/industrial_zones.csv"),
                ),
                f(
                    "zones_extra.csv",
                    include_str!("../data/reference/zones_extra.csv"),
                ),
            ],
        }
    }

    fn get(&self, name: &str) -> Option<(&str, &str)> {
        self.files
            .iter()
            .find(|(p, _)| p.ends_with(name))
            .map(|(p, t)| (p.as_str(), t.as_str()))
    }

    /// A fingerprint of the content, for caches and the manifest.
    pub fn fingerprint(&self) -> u64 {
        let mut h: u64 = 0xcbf29ce484222325;
        for (_, t) in &self.files {
            for b in t.as_bytes() {
                h ^= *b as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
        }
        h
    }
}

fn read_csv<T: for<'de> Deserialize<'de>>(
    data: &ReferenceData,
    name: &str,
) -> Result<(Vec<T>, String), GeoError> {
    let Some((path, text)) = data.get(name) else {
        return Err(GeoError::File {
            path: name.to_owned(),
            message: "missing".into(),
        });
    };
    let err = |message: String| GeoError::File {
        path: path.to_owned(),
        message,
    };
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, row) in rdr.deserialize().enumerate() {
        out.push(row.map_err(|e| err(format!("row {}: {e}", i + 2)))?);
    }
    Ok((out, path.to_owned()))
}

impl Gazetteer {
    /// Loads the reference tables from `dir` (`provinces_2008_63.csv`, `province_aliases.csv`,
    /// `districts.csv`, `industrial_zones.csv`, and `zones_extra.csv` where present).
    pub fn load(dir: &Path) -> Result<Gazetteer, GeoError> {
        Gazetteer::from_data(&ReferenceData::read_dir(dir)?)
    }

    /// Builds the gazetteer from reference files' text.
    pub fn from_data(data: &ReferenceData) -> Result<Gazetteer, GeoError> {
        let mut files = Vec::new();
        let (rows, p): (Vec<ProvinceRow>, String) = read_csv(data, "provinces_2008_63.csv")?;
        files.push(PathBuf::from(&p));
        if rows.len() != 63 {
            return Err(GeoError::File {
                path: p,
                message: format!("expected 63 provinces, found {}", rows.len()),
            });
        }
        let provinces: Vec<Province> = rows
            .into_iter()
            .map(|r| Province {
                code_63: r.code,
                name_63: r.name,
                region: r.region,
                region_code: r.region_code,
                code_2025: r.new_code_2025,
                name_2025: r.new_name_2025,
            })
            .collect();
        let by_code: HashMap<String, u8> = provinces
            .iter()
            .enumerate()
            .map(|(i, p)| (p.code_63.clone(), i as u8))
            .collect();
        let idx = |code: &str, path: &str| {
            by_code.get(code).copied().ok_or_else(|| GeoError::File {
                path: path.to_owned(),
                message: format!("unknown province code {code:?}"),
            })
        };

        let mut names = PhraseMatcher::default();
        // Names match letter for letter ("Nam Đình" is not "Nam Định"); the alias table lists
        // unaccented forms ("Ha Noi") where they are used.
        let caps = Strictness {
            exact: true,
            capitalized: true,
            marks: false,
        };
        // Province aliases (63-scheme; every 2025 name is also an old name).
        let (aliases, p): (Vec<AliasRow>, String) = read_csv(data, "province_aliases.csv")?;
        files.push(PathBuf::from(&p));
        let mut alias_keys: HashMap<Vec<String>, BTreeSet<u8>> = HashMap::new();
        for a in &aliases {
            if a.scheme != "pre_2025_07" || a.code_63.is_empty() {
                continue;
            }
            let prov = idx(&a.code_63, &p)?;
            names.add(
                &a.alias,
                caps,
                Name {
                    province: prov,
                    kind: NameKind::Province,
                },
            );
            alias_keys
                .entry(crate::text::phrase_keys(&a.alias))
                .or_default()
                .insert(prov);
        }
        for (i, pr) in provinces.iter().enumerate() {
            names.add(
                &pr.name_63,
                caps,
                Name {
                    province: i as u8,
                    kind: NameKind::Province,
                },
            );
            alias_keys
                .entry(crate::text::phrase_keys(&pr.name_63))
                .or_default()
                .insert(i as u8);
        }

        // Districts whose name identifies one province.
        let (districts, p): (Vec<DistrictRow>, String) = read_csv(data, "districts.csv")?;
        files.push(PathBuf::from(&p));
        let mut district_names: BTreeMap<Vec<String>, BTreeSet<u8>> = BTreeMap::new();
        let mut district_display: BTreeMap<Vec<String>, String> = BTreeMap::new();
        for d in &districts {
            let prov = idx(&d.province_code, &p)?;
            for n in std::iter::once(d.name.as_str()).chain(split_list(&d.name_variants)) {
                // A few rows keep their kind in the name ("Thành Phố Đồng Hới").
                let n = strip_district_kind(n);
                let key = crate::text::phrase_keys(n);
                district_names.entry(key.clone()).or_default().insert(prov);
                district_display.entry(key).or_insert_with(|| n.to_owned());
            }
        }
        for (key, provs) in &district_names {
            if provs.len() != 1 || key.iter().all(|t| t.chars().all(|c| c.is_ascii_digit())) {
                continue;
            }
            let prov = *provs.iter().next().unwrap();
            // A district named like another province is that province's name, not a district.
            if alias_keys.get(key).is_some_and(|s| !s.contains(&prov)) {
                continue;
            }
            // A numbered district keeps its kind word ("Quận 9"), which makes it one in lower
            // case too ("giá đất tại quận 9").
            let numbered = key
                .last()
                .is_some_and(|t| t.chars().all(|c| c.is_ascii_digit()));
            names.add(
                &district_display[key],
                Strictness {
                    exact: true,
                    capitalized: !numbered,
                    marks: false,
                },
                Name {
                    province: prov,
                    kind: NameKind::District,
                },
            );
        }

        // Zones: their cores, after the KCN/KKT prefix.
        let mut zone_rows: Vec<ZoneRow> = Vec::new();
        for file in ["industrial_zones.csv", "zones_extra.csv"] {
            if file == "zones_extra.csv" && data.get(file).is_none() {
                continue;
            }
            let (rows, p): (Vec<ZoneRow>, String) = read_csv(data, file)?;
            for r in &rows {
                idx(&r.province_code, &p)?;
            }
            zone_rows.extend(rows);
            files.push(PathBuf::from(p));
        }
        let mut cores: BTreeMap<Vec<String>, (String, BTreeSet<u8>)> = BTreeMap::new();
        for z in &zone_rows {
            let prov = by_code[&z.province_code];
            for n in [z.name.as_str(), z.full_name.as_str()]
                .into_iter()
                .chain(split_list(&z.name_variants))
            {
                let core = strip_zone_prefix(n);
                let key = crate::text::phrase_keys(core);
                if key.is_empty() {
                    continue;
                }
                cores
                    .entry(key)
                    .or_insert_with(|| (core.to_owned(), BTreeSet::new()))
                    .1
                    .insert(prov);
            }
        }
        for (key, (display, provs)) in &cores {
            if provs.len() != 1 {
                continue;
            }
            let prov = *provs.iter().next().unwrap();
            // A zone named like a district of its own province is that zone after a zone noun
            // ("KCN Phong Điền"). Named like one other province's district, it is that zone after
            // a park's noun ("KCN Yên Bình" of Thái Nguyên; "huyện Yên Bình" is Yên Bái's), not
            // after a cluster's: "CCN Thanh Bình" is the district's own cluster. Named like
            // districts of several other provinces, it is ambiguous.
            let districts = district_names.get(key);
            let own = districts.is_some_and(|s| s.contains(&prov));
            if !own && districts.is_some_and(|s| s.len() > 1) {
                continue;
            }
            let park_only = districts.is_some() && !own;
            let needs_prefix =
                key.len() < 2 || alias_keys.contains_key(key) || district_names.contains_key(key);
            names.add(
                display,
                Strictness {
                    exact: true,
                    capitalized: false,
                    marks: false,
                },
                Name {
                    province: prov,
                    kind: NameKind::Zone {
                        needs_prefix,
                        park_only,
                    },
                },
            );
        }

        Ok(Gazetteer {
            provinces,
            by_code,
            names,
            files,
        })
    }

    /// The province with a 63-scheme code.
    pub fn province(&self, code_63: &str) -> Option<&Province> {
        self.by_code
            .get(code_63)
            .map(|&i| &self.provinces[i as usize])
    }

    /// Places named in `text`: provinces, zones and districts, sorted by start token.
    pub fn places(&self, text: &Text, hits: &Hits) -> Vec<PlaceHit> {
        let mut out = Vec::new();
        for f in self.names.scan(text) {
            let start = f.start as usize;
            let end = f.end();
            let kind = match f.value.kind {
                // "đường Hồ Chí Minh", "phố Hà Nội", "đường Cộng Hòa": a road or a street, not
                // the province or district.
                NameKind::Province | NameKind::District if street_before(text, start) => {
                    continue;
                }
                NameKind::Province | NameKind::District if not_a_place_after(text, start) => {
                    continue;
                }
                NameKind::Province if the_person_ho_chi_minh(text, start, end) => continue,
                NameKind::Province => PlaceKind::Province,
                NameKind::District => PlaceKind::District,
                NameKind::Zone {
                    needs_prefix,
                    park_only,
                } => {
                    let prefixed = hits.within(start.saturating_sub(6), start).iter().any(|h| {
                        let (a, b) = (h.start as usize, h.end());
                        b == start
                            && matches!(h.cue, Cue::Entity(_))
                            && zone_noun(text, a, b)
                            && !(park_only && matches!(text.tok(a), "ccn" | "cum"))
                    });
                    let capitalized = (start..end).all(|j| {
                        let t = &text.tokens[j];
                        t.kind != crate::text::TokKind::Word || t.capitalized
                    });
                    if prefixed {
                        PlaceKind::Zone
                    } else if !needs_prefix && capitalized && !inside_longer_name(text, start, end)
                    {
                        PlaceKind::BareZone
                    } else {
                        continue;
                    }
                }
            };
            out.push(PlaceHit {
                start,
                end,
                province: f.value.province,
                kind,
            });
        }
        // Keep the longest of overlapping names (`Bà Rịa - Vũng Tàu` over `Vũng Tàu`); for the
        // same words, a named zone (`KCN Hòa Bình`, in Long An) over a province or district.
        let rank = |k: PlaceKind| match k {
            PlaceKind::Zone => 0,
            PlaceKind::Province => 1,
            PlaceKind::District => 2,
            PlaceKind::BareZone => 3,
        };
        out.sort_by_key(|p| (p.start, std::cmp::Reverse(p.end), rank(p.kind)));
        let mut kept: Vec<PlaceHit> = Vec::with_capacity(out.len());
        let mut crossed_end = 0;
        for p in out {
            if let Some(last) = kept.last()
                && p.start < last.end
            {
                // Two provinces that share a word name neither: "Thái Bình Dương" is the
                // Pacific, not Thái Bình or Bình Dương; but "tỉnh Thái Bình" is the province.
                let after_tinh = last.start > 0 && text.word_is(last.start - 1, &["tỉnh"]);
                if p.end > last.end
                    && p.kind == PlaceKind::Province
                    && last.kind == PlaceKind::Province
                    && p.province != last.province
                    && !after_tinh
                {
                    crossed_end = p.end;
                    kept.pop();
                }
                // Prefer a zone over a province alias inside it only when the zone is longer.
                continue;
            }
            if p.start < crossed_end {
                continue;
            }
            kept.push(p);
        }
        kept
    }
}

/// Whether the words before token `i` name a road or a street: "đường", "đại lộ", or "phố"
/// (not the "phố" of "thành phố").
fn street_before(text: &Text, i: usize) -> bool {
    if text.tokens[i].newline_before {
        return false;
    }
    let before = |k: usize| text.tok_at(i as isize - k as isize);
    i > 0 && text.word_is(i - 1, &["đường"])
        || before(2) == "dai" && before(1) == "lo"
        || i > 0 && text.word_is(i - 1, &["phố"]) && before(2) != "thanh"
}

/// Family names and middle names: a place name right after one is a person's given name
/// ("ông Phạm Thái Bình", "Nguyễn Văn Phú Quốc"). Family names that also start place names
/// (Cao, Lâm, Hà, Mai) are left out.
const NAME_WORDS: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Đoàn", "Trịnh", "Đào", "Lương", "Tạ", "Tô",
    "Văn", "Thị",
];

/// Whether the words before token `i` make the place name after them something else: a
/// person's name (`NAME_WORDS`), a time zone ("giờ Hà Nội"), or a national institution named
/// after its city ("Sở Giao dịch Chứng khoán Hà Nội", "Đại học Quốc gia Hà Nội").
fn not_a_place_after(text: &Text, i: usize) -> bool {
    if i == 0 || text.tokens[i].newline_before {
        return false;
    }
    let p = &text.tokens[i - 1];
    let person = p.kind == crate::text::TokKind::Word
        && p.capitalized
        && NAME_WORDS.contains(&text.tok_orig(i - 1));
    let before = |k: usize| text.tok_at(i as isize - k as isize);
    // The city's title between: "Chứng khoán Tp. HCM", "Chứng khoán TP.HCM".
    let title = match (before(2), before(1)) {
        ("tp", ".") | ("thanh", "pho") => 2,
        (_, "tp") => 1,
        _ => 0,
    };
    person
        || before(1) == "gio"
        || matches!(
            (before(title + 2), before(title + 1)),
            ("quoc", "gia") | ("chung", "khoan")
        )
}

/// Whether "Hồ Chí Minh" at tokens `a..b` is the person ("Chủ tịch Hồ Chí Minh", "tư tưởng
/// Hồ Chí Minh", "Giải thưởng Hồ Chí Minh"): the city is written after "thành phố" or "TP".
fn the_person_ho_chi_minh(text: &Text, a: usize, b: usize) -> bool {
    if b - a != 3 || (a..b).map(|i| text.tok(i)).ne(["ho", "chi", "minh"]) {
        return false;
    }
    let mut p = a as isize - 1;
    if text.tok_at(p) == "." {
        p -= 1;
    }
    !matches!(text.tok_at(p), "pho" | "tp")
}

/// Whether tokens `a..b` sit inside a longer proper name: a capitalised word right before them
/// that does not open its sentence, or one right after them ("kính Nam Việt Hưng" is a
/// company, not KCN Việt Hưng).
fn inside_longer_name(text: &Text, a: usize, b: usize) -> bool {
    name_word_before(text, a) || name_word(text, b) && same_sentence(text, b - 1, b)
}

/// Whether token `j` is a capitalised word on the line of the token before it.
pub fn name_word(text: &Text, j: usize) -> bool {
    text.tokens
        .get(j)
        .is_some_and(|t| t.kind == crate::text::TokKind::Word && t.capitalized && !t.newline_before)
}

fn same_sentence(text: &Text, i: usize, j: usize) -> bool {
    text.sentence_of(i) == text.sentence_of(j)
}

/// Whether a capitalised word that does not open its sentence stands right before token `a`.
fn name_word_before(text: &Text, a: usize) -> bool {
    a > 0
        && name_word(text, a - 1)
        && same_sentence(text, a - 1, a)
        && text.sentences[text.sentence_of(a - 1)].first != a - 1
}

/// Whether a district's name at tokens `a..b` ends a longer proper name ("Tiểu Vương quốc Ả
/// Rập Thống Nhất", "ca sĩ Đàm Vĩnh Hưng"), short of an abbreviation naming a kind of place
/// ("TP Biên Hòa", "KCN Thủ Thừa", "UBND Vĩnh Hưng"), or opens one ("sân bay Tân Sơn Nhất"),
/// short of a province's name after it ("huyện Tân Sơn Phú Thọ").
pub fn district_inside_name(text: &Text, a: usize, b: usize, gaz_starts: &[usize]) -> bool {
    name_word_before(text, a) && !text.tok_orig(a - 1).chars().all(|c| c.is_uppercase())
        || name_word(text, b) && same_sentence(text, b - 1, b) && !gaz_starts.contains(&b)
}

/// Whether tokens `a..b` are a zone noun (KCN, khu công nghiệp, ...), judged by their text.
pub fn zone_noun(text: &Text, a: usize, b: usize) -> bool {
    let words: Vec<&str> = (a..b).map(|i| text.tok(i)).collect();
    matches!(
        words.as_slice(),
        ["kcn"]
            | ["kkt"]
            | ["kcx"]
            | ["ccn"]
            | ["kcnc"]
            | ["kktck"]
            | ["khu", "cong", "nghiep"]
            | ["khu", "kinh", "te"]
            | ["khu", "che", "xuat"]
            | ["khu", "cong", "nghe", "cao"]
            | ["cum", "cong", "nghiep"]
            | ["khu", "kinh", "te", "cua", "khau"]
            | ["khu", "kinh", "te", "ven", "bien"]
    )
}

fn strip_zone_prefix(name: &str) -> &str {
    let lower = name.to_lowercase();
    for p in ZONE_PREFIXES {
        // Vietnamese lower-casing keeps byte lengths for these letters, so offsets carry over.
        if lower.starts_with(&p.to_lowercase())
            && name.len() > p.len()
            && name.is_char_boundary(p.len())
        {
            return name[p.len()..].trim();
        }
    }
    name.trim()
}

/// "Thành Phố Đồng Hới" → "Đồng Hới"; numbered districts ("Quận 1") keep their prefix.
fn strip_district_kind(name: &str) -> &str {
    for p in ["Thành phố ", "Thị xã ", "Huyện ", "Quận "] {
        if name.len() > p.len()
            && name.is_char_boundary(p.len())
            && name[..p.len()].to_lowercase() == p.to_lowercase()
            && !name[p.len()..].starts_with(|c: char| c.is_ascii_digit())
        {
            return &name[p.len()..];
        }
    }
    name
}

fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn load() -> (Gazetteer, Lexicon) {
        (
            Gazetteer::from_data(&ReferenceData::bundled()).unwrap(),
            Lexicon::bundled().unwrap(),
        )
    }

    fn codes(g: &Gazetteer, lex: &Lexicon, s: &str) -> Vec<(String, PlaceKind)> {
        let t = Text::new(s);
        let hits = lex.scan(&t);
        g.places(&t, &hits)
            .iter()
            .map(|p| (g.provinces[p.province as usize].code_63.clone(), p.kind))
            .collect()
    }

    #[test]
    fn provinces_carry_both_schemes() {
        let (g, _) = load();
        let bn = g.province("27").unwrap();
        assert_eq!(bn.name_63, "Bắc Ninh");
        assert_eq!(bn.code_2025, "24");
        assert_eq!(g.province("24").unwrap().name_63, "Bắc Giang");
    }

    #[test]
    fn zones_and_districts_locate_their_province() {
        let (g, lex) = load();
        assert_eq!(
            codes(&g, &lex, "tại KCN Hàm Kiệm 1"),
            [("60".to_owned(), PlaceKind::Zone)]
        );
        assert_eq!(
            codes(&g, &lex, "Khu công nghiệp Lương Sơn"),
            [("17".to_owned(), PlaceKind::Zone)]
        );
        assert!(
            codes(&g, &lex, "Tỉnh BRVT và TP.HCM")
                .iter()
                .map(|c| c.0.as_str())
                .eq(["77", "79"])
        );
    }

    #[test]
    fn district_names_lose_a_kind_prefix() {
        assert_eq!(strip_district_kind("Thành Phố Đồng Hới"), "Đồng Hới");
        assert_eq!(strip_district_kind("Quận 1"), "Quận 1");
        assert_eq!(strip_district_kind("Ba Đình"), "Ba Đình");
    }

    #[test]
    fn two_provinces_sharing_a_word_name_neither() {
        // Regression: "Thái Bình Dương" (the Pacific) located articles in Thái Bình.
        let (g, lex) = load();
        assert!(codes(&g, &lex, "Hạm đội Thái Bình Dương của Mỹ").is_empty());
        assert_eq!(
            codes(&g, &lex, "Thái Bình Dương và tỉnh Bình Dương"),
            [("74".to_owned(), PlaceKind::Province)]
        );
        assert_eq!(
            codes(&g, &lex, "Tỉnh Thái Bình thu hút"),
            [("34".to_owned(), PlaceKind::Province)]
        );
    }

    #[test]
    fn names_of_people_time_zones_and_national_institutions_are_not_places() {
        // Regression: "ông Phạm Thái Bình" located an article in Thái Bình, "Phó Thủ tướng
        // Trương Hòa Bình" in Hòa Bình, "(giờ Hà Nội)" and "Sở Giao dịch Chứng khoán Hà Nội"
        // in Hà Nội, "Chủ tịch Hồ Chí Minh" in the city.
        let (g, lex) = load();
        for s in [
            "ông Phạm Thái Bình cho biết",
            "Phó Thủ tướng Trương Hòa Bình",
            "ông Phạm Phú Quốc",
            "lúc 14h (giờ Hà Nội)",
            "Sở Giao dịch Chứng khoán Hà Nội",
            // Regression: with the city's title between, the exchange located an article.
            "Sở Giao dịch Chứng khoán Tp. HCM",
            "Sở Giao dịch Chứng khoán TP.HCM",
            "Đại học Quốc gia TP. Hồ Chí Minh",
            "Đại học Quốc gia Hà Nội",
            "Chủ tịch Hồ Chí Minh",
            "học tập tư tưởng Hồ Chí Minh",
        ] {
            assert!(
                codes(&g, &lex, s).is_empty(),
                "{s}: {:?}",
                codes(&g, &lex, s)
            );
        }
        // The places themselves still are.
        for (s, code) in [
            ("tỉnh Thái Bình", "34"),
            ("Hà Nội thu hút", "01"),
            ("Thành phố Hồ Chí Minh", "79"),
            ("TP. Hồ Chí Minh", "79"),
            ("huyện Phú Quốc", "91"),
        ] {
            let got = codes(&g, &lex, s);
            assert_eq!(
                got.first().map(|c| c.0.as_str()),
                Some(code),
                "{s}: {got:?}"
            );
        }
    }

    #[test]
    fn a_province_after_tinh_is_the_province_even_before_another_name() {
        let (g, lex) = load();
        assert_eq!(
            codes(&g, &lex, "tỉnh Thái Bình Dương Văn An"),
            [("34".to_owned(), PlaceKind::Province)]
        );
    }

    #[test]
    fn a_road_word_ends_at_the_line() {
        // A title ending in "tuyến đường" does not make the next line's province a street.
        let (g, lex) = load();
        assert_eq!(
            codes(
                &g,
                &lex,
                "Khánh thành tuyến đường
Bình Dương thu hút"
            ),
            [("74".to_owned(), PlaceKind::Province)]
        );
        assert!(codes(&g, &lex, "dọc đường Hồ Chí Minh").is_empty());
    }

    #[test]
    fn a_zone_name_inside_a_longer_proper_name_is_not_the_zone() {
        // Regression: the company "Kính Nam Việt Hưng" was KCN Việt Hưng, in Quảng Ninh.
        let (g, lex) = load();
        assert!(codes(&g, &lex, "Công ty kính Nam Việt Hưng đầu tư").is_empty());
        assert!(codes(&g, &lex, "vàng Rồng Thăng Long tăng giá").is_empty());
        // Alone, or in a list, the name still is the zone.
        assert_eq!(
            codes(&g, &lex, "dự án ở Việt Hưng, Cái Lân"),
            [
                ("22".to_owned(), PlaceKind::BareZone),
                ("22".to_owned(), PlaceKind::BareZone)
            ]
        );
    }

    #[test]
    fn lower_case_words_are_not_places() {
        let (g, lex) = load();
        assert!(codes(&g, &lex, "vì hòa bình và long an").is_empty());
    }
}
