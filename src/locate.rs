//! Locating mentions: the province (63-scheme code) or region each figure describes.
//!
//! The annotation guide's order: a province named in the sentence wins; else the province the
//! article is about, recognised from its name, districts, towns and industrial zones; else
//! nothing. A regional aggregate (`Khối thi đua ... Đồng bằng sông Hồng`) takes the region
//! instead. A list of provinces that merely stand out, or a commune that shares a province's
//! name (`xã Bình Dương`), locates nothing; a national figure (`trên cả nước`) has no province.

use crate::extract::Draft;
use crate::extract::label::WINDOW;
use crate::geo::{Gazetteer, PlaceHit, PlaceKind, district_inside_name, name_word, zone_noun};
use crate::lexicon::{Cue, Hit, Hits, Lexicon};
use crate::text::{Text, TokKind};

/// Where the article as a whole is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticlePlace {
    /// Index into the gazetteer's provinces.
    pub province: Option<u8>,
    /// A region name, for regional aggregates.
    pub region: Option<String>,
}

struct Place {
    hit: PlaceHit,
    /// Part of a bare list of three or more provinces.
    in_list: bool,
    /// A row's place in a table split by "|" ("| 2 | Đồng Nai | 47 | 17.900 |") or scraped one
    /// cell a line ("Đồng Nai", "47", "17.900"): it locates its row's figures, but one of a
    /// table's rows is no more the article's topic than the rest.
    in_table: bool,
    /// One of two provinces joined by "và" or "hoặc" ("tại Hà Nội và TP Hồ Chí Minh"): a
    /// figure they frame is both's, and neither's alone.
    joint: bool,
    /// The photo caption it stands in ("... tại KCN Mỹ Phước, tỉnh Bình Dương. Ảnh: TTXVN"), as
    /// a token range: where the picture was taken, which locates only the caption's own figures.
    caption: Option<(usize, usize)>,
    /// Ranked among others ("Hà Nội dẫn đầu", "Quảng Ninh bất ngờ dẫn đầu", "Bình Dương thứ
    /// ba"): a national roundup's leader, which is no more the article's topic than the rest.
    ranked: bool,
    /// Inside the name of an organisation ("CTCPCK Sài Gòn"), where it began: it says little
    /// of what the article is about, and a district so named locates no figure.
    in_name: bool,
    /// Inside a name that an organisation's word opens ("Công ty CP Phát triển đô thị Sài Gòn
    /// Tây Bắc"; not "Sở Tài nguyên và Môi trường tỉnh Yên Bái", a province's office).
    in_firm: bool,
    /// Part of a firm's or a zone's proper name ("Tập đoàn Hoàng Anh Gia Lai", "KCN Hòa Bình" of
    /// Kon Tum): a province named outright elsewhere in the clause wins over it.
    in_proper_name: bool,
    /// An aside: the venue of an event ("Hội nghị ... tổ chức tại TP.HCM"), the province a
    /// member of parliament speaks for ("đại biểu Trần Hoàng Ngân (TP.HCM)"), a firm's address
    /// in brackets, where someone comes from ("đến từ TP HCM", "gốc Nam Định", "quê Thanh Hóa")
    /// or an end of a route between
    /// provinces ("đoạn Hà Nội - TP.HCM"). It counts as a name inside an organisation's does,
    /// and locates no figure.
    aside: bool,
}

/// The places of Vietnam an article names, found once: extraction asks whether there are any
/// (an article that names none, nor the country, and names another is about abroad), and
/// [`locate`] places each figure among them.
pub struct Places(Vec<Place>);

impl Places {
    /// Whether the article names a province, district, town or zone of Vietnam.
    pub fn any(&self) -> bool {
        !self.0.is_empty()
    }
}

/// Finds the places an article names.
pub fn places(text: &Text, hits: &Hits, gaz: &Gazetteer) -> Places {
    Places(find_places(text, hits, gaz))
}

/// Locates every draft among the article's `places`, and returns the article's own place.
/// `published` matters for articles written after the 2025 merger, whose province names mean
/// the new provinces.
pub fn locate(
    published: Option<chrono::NaiveDate>,
    text: &Text,
    hits: &Hits,
    lex: &Lexicon,
    gaz: &Gazetteer,
    places: &Places,
    drafts: &mut [Draft],
) -> ArticlePlace {
    let places = &places.0;
    let article = article_place(published, text, hits, lex, gaz, places);
    let merged = after_merger(published);
    // The total a sentence opening "Trong đó" breaks down is the last figure of the sentence
    // before: kept as the figures go by, the last of the current sentence and of the one
    // before it.
    let mut current: Option<(usize, Located)> = None;
    let mut total: Option<Located> = None;
    // The provinces the rows of the table being read so far name.
    let mut rows_of: Vec<u8> = Vec::new();
    for d in drafts.iter_mut() {
        let si = text.sentence_of(d.first);
        if let Some((cs, last)) = current.take_if(|(cs, _)| *cs != si) {
            total = (cs + 1 == si).then_some(last);
        }
        let mut at = mention_place(text, hits, lex, places, &article, d, total.clone());
        // A table's cell is of the place its row names; a total row's ("Tổng cộng", "Toàn
        // vùng") under rows of several provinces is no one province's.
        match d.place.map(|r| (r, row_place(places, r))) {
            Some((_, Some(p))) => {
                at = (Some(p), None);
                if !rows_of.contains(&p) {
                    rows_of.push(p);
                }
            }
            Some(((a, b), None)) => {
                let sum = (a..b).any(|k| text.word_is(k, &["tổng", "cộng", "toàn", "cả"]));
                if sum && rows_of.len() >= 2 {
                    at.0 = None;
                }
            }
            None => rows_of.clear(),
        }
        if merged && let Some(p) = at.0 {
            let own = within_merged(text, gaz, places, d, p);
            let before = current
                .as_ref()
                .and_then(|&(cs, (prev, _))| prev.filter(|_| cs == si));
            at.0 = Some(if own == p {
                before
                    .and_then(|q| clause_goes_on(text, gaz, places, d, p, q))
                    .unwrap_or(own)
            } else {
                own
            });
        }
        d.mention.province_code = at.0.map(|p| gaz.provinces[p as usize].code_63.clone());
        d.mention.region = at.1.clone();
        current = Some((si, at));
    }
    respective(text, gaz, places, drafts);
    article
}

/// After the merger, the old province `before` of the figure before `d` in its sentence, where
/// `d`'s clause goes on with it: "KKT mở Chu Lai và các KCN ... (Quảng Nam cũ) cấp mới 9 dự án
/// ...; lũy kế đến nay có 527 dự án" is old Quảng Nam's. Only for a figure placed in the merged
/// province `p` by its name alone, whose clause (from the last ";" or ",") names no place and
/// no subject of its own: a name, "Ban", "Khu công nghệ cao" (not a unit or an abbreviation,
/// "USD", "KCN"), zones, a part or the whole, "các KCN phía Bắc", "tính chung cả hai khu vực",
/// "sau hợp nhất", "như vậy"; unless it points back to the one before, "các KCN này có 527 dự
/// án".
fn clause_goes_on(
    text: &Text,
    gaz: &Gazetteer,
    places: &[Place],
    d: &Draft,
    p: u8,
    before: u8,
) -> Option<u8> {
    let (own, old) = (&gaz.provinces[p as usize], &gaz.provinces[before as usize]);
    if own.name_63 != own.name_2025 || before == p || old.code_2025 != own.code_2025 {
        return None;
    }
    let sent = text.sentences[text.sentence_of(d.first)];
    let from = (sent.first.max(d.first.saturating_sub(WINDOW))..d.first)
        .rev()
        .find(|&k| matches!(text.tok(k), ";" | ","))?;
    let lo = places.partition_point(|q| q.hit.start < from);
    let subject = |k: usize| {
        text.word_is(
            k,
            &[
                "tỉnh", "toàn", "TP", "các", "khu", "phía", "chung", "cả", "vậy",
            ],
        ) || text.words_at(k, &["thành", "phố"])
            || text.words_at(k, &["hợp", "nhất"])
            || text.tokens[k].capitalized
                && text.tokens[k].kind == TokKind::Word
                && !text.in_capitals(k)
    };
    let bare = places.get(lo).is_none_or(|q| q.hit.start >= d.first)
        && ((from + 1..d.first).any(|k| text.word_is(k, &["này"]))
            || !(from + 1..d.first).any(subject));
    bare.then_some(before)
}

/// "Bắc Ninh, Hải Phòng và Hà Nội lần lượt thu hút 1,2 tỷ USD, 950 triệu USD và 800 triệu
/// USD": a list of places right before "lần lượt" (or "tương ứng"), and as many figures of one
/// kind after it in its part of the sentence, pair up in order. Figures of each unit, measure
/// and metric pair up on their own ("lần lượt đạt 1,2 tỷ USD và 800 triệu USD, tăng 10% và
/// 5%"); a kind with another count keeps the place it had, and so does a region's figure.
fn respective(text: &Text, gaz: &Gazetteer, places: &[Place], drafts: &mut [Draft]) {
    let mut i = 0;
    while i < drafts.len() {
        let sent = text.sentences[text.sentence_of(drafts[i].first)];
        let j = i + drafts[i..]
            .iter()
            .take_while(|d| d.first < sent.end)
            .count();
        // Each cue before the sentence's last figure, within the window of its first.
        let from = sent.first.max(drafts[i].first.saturating_sub(WINDOW));
        for cue in from..drafts[j - 1].first {
            if matches!(
                (text.tok(cue), text.tok_at(cue as isize + 1)),
                ("lan", "luot") | ("tuong", "ung")
            ) {
                respective_at(text, gaz, places, &mut drafts[i..j], sent.first, cue);
            }
        }
        i = j;
    }
}

/// [`respective`] for the cue at token `cue`, among one sentence's drafts, the sentence
/// starting at token `first` (read within the window before the cue).
fn respective_at(
    text: &Text,
    gaz: &Gazetteer,
    places: &[Place],
    drafts: &mut [Draft],
    first: usize,
    cue: usize,
) {
    let first = first.max(cue.saturating_sub(WINDOW));
    let clause = (first..cue)
        .rev()
        .find(|&k| text.tok(k) == ";")
        .map_or(first, |k| k + 1);
    // The run of joined places that ends last before the cue, a few words before it at most.
    let lo = places.partition_point(|p| p.hit.start < clause);
    let hi = places.partition_point(|p| p.hit.start < cue);
    let before: Vec<&Place> = places[lo..hi.max(lo)]
        .iter()
        .filter(|p| p.hit.end <= cue && !p.aside)
        .collect();
    let Some(last) = before.last() else { return };
    if cue - last.hit.end > 6 || (last.hit.end..cue).any(|k| text.tok(k) == ",") {
        return;
    }
    let mut run = vec![*last];
    for p in before.iter().rev().skip(1) {
        let next = run.last().unwrap();
        if !joined(text, p.hit.end, with_kind_of_place(text, next.hit.start)) {
            break;
        }
        run.push(p);
    }
    run.reverse();
    let distinct: std::collections::BTreeSet<u8> = run.iter().map(|p| p.hit.province).collect();
    if run.len() < 2 || distinct.len() != run.len() {
        return;
    }
    // Its part of the sentence: up to a semicolon, or to a turn to something else ("trong
    // khi toàn vùng thu hút 9,5 tỷ USD", "còn ...").
    // (Within the window after the cue: run-on text stays linear.)
    let sent_end = text.sentences[text.sentence_of(cue)].end.min(cue + WINDOW);
    let part_end = (cue..sent_end)
        .find(|&k| {
            text.tok(k) == ";"
                || text.word_is(k, &["trong"]) && text.word_is(k + 1, &["khi", "đó"])
                || text.word_is(k, &["còn", "riêng", "nâng"])
        })
        .unwrap_or(sent_end);
    let lo = drafts.partition_point(|d| d.first <= cue);
    let hi = drafts.partition_point(|d| d.first < part_end);
    let after: Vec<usize> = (lo..hi.max(lo))
        .filter(|&i| drafts[i].last < part_end && drafts[i].mention.region.is_none())
        .collect();
    let kind = |d: &Draft| (d.mention.unit, d.mention.measure, d.mention.metric);
    let mut done = vec![false; after.len()];
    for a in 0..after.len() {
        if done[a] {
            continue;
        }
        let k = kind(&drafts[after[a]]);
        let of_kind: Vec<usize> = (a..after.len())
            .filter(|&b| kind(&drafts[after[b]]) == k)
            .collect();
        for &b in &of_kind {
            done[b] = true;
        }
        if of_kind.len() != run.len() {
            continue;
        }
        for (&b, p) in of_kind.iter().zip(&run) {
            let m = &mut drafts[after[b]].mention;
            m.province_code = Some(gaz.provinces[p.hit.province as usize].code_63.clone());
        }
    }
}

/// Whether an article published on `published` was written after the merger of 1 July 2025,
/// when province names came to mean the 34 provinces.
fn after_merger(published: Option<chrono::NaiveDate>) -> bool {
    published.is_some_and(|d| d >= chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap())
}

/// Since the 2025 merger a province's name may stand for several of the 63: the figure's
/// province `p` is the old one a zone, a district or an old province ("Bình Dương (cũ)")
/// names before the figure in its clause, up to a comma ("Ban Quản lý KKT tỉnh Gia Lai cấp ...
/// cho 3 dự án tại KKT Nhơn Hội với tổng vốn 4.150 tỷ đồng" is old Bình Định's), or right
/// after the figure ("120 triệu USD tại KCN Đồng Văn III"), where all those it names agree
/// and the merged province is not named between them and the figure. Codes stay those of the
/// 63.
fn within_merged(text: &Text, gaz: &Gazetteer, places: &[Place], d: &Draft, p: u8) -> u8 {
    let sent = text.sentences[text.sentence_of(d.first)];
    let clause_before = |end: usize| {
        (sent.first.max(d.first.saturating_sub(WINDOW))..end)
            .rev()
            .find(|&k| matches!(text.tok(k), ";" | ","))
            .map_or(sent.first, |k| k + 1)
    };
    let after_comma = clause_before(d.first);
    let group = &gaz.provinces[p as usize].code_2025;
    let old_named = |q: &Place| {
        text.tok_at(q.hit.end as isize) == "(" && text.tok_at(q.hit.end as isize + 1) == "cu"
    };
    let hi = places.partition_point(|q| q.hit.start < d.first);
    // A zone or district with the merged province after a comma, as its address ("KCN Quang
    // Châu, tỉnh Bắc Ninh đón dự án 300 triệu USD", "Dự án tại KCN Quang Châu, tỉnh Bắc Ninh
    // có vốn ..."): the clause goes on back past the comma, and the province says where the
    // place lies. (Not after an opening phrase, where the province is the subject: "Ngoài KCN
    // Quang Châu, tỉnh Bắc Ninh còn thu hút ...", "Sau buổi làm việc tại KCN Quang Châu, tỉnh
    // Bắc Ninh đặt mục tiêu ...".) Only the places at the comma are looked at.
    let at_comma = places.partition_point(|q| q.hit.start < after_comma);
    let zone_before = after_comma > 0
        && text.tok(after_comma - 1) == ","
        && places[at_comma.saturating_sub(2)..at_comma]
            .iter()
            .any(|z| {
                // (Or with "(cũ)" between: "huyện Việt Yên (cũ), tỉnh Bắc Ninh".)
                let end = if old_named(z) {
                    z.hit.end + 3
                } else {
                    z.hit.end
                };
                end + 1 == after_comma && (z.hit.kind != PlaceKind::Province || old_named(z))
            });
    let opening = || {
        let c = clause_before(after_comma - 1);
        text.word_is(
            c,
            &["ngoài", "sau", "trước", "tại", "khi", "từ", "với", "nhân"],
        ) || text.words_at(c, &["bên", "cạnh"])
            || text.words_at(c, &["cùng", "với"])
    };
    let address = |q: &Place| {
        zone_before
            && q.hit.kind == PlaceKind::Province
            && with_kind_of_place(text, q.hit.start) == after_comma
            && !text.word_is(q.hit.end, &["còn", "cũng"])
    };
    let addressed = places[at_comma..hi].iter().take(2).any(address) && !opening();
    let clause = if addressed {
        clause_before(after_comma - 1)
    } else {
        after_comma
    };
    let lo = places.partition_point(|q| q.hit.start < clause);
    // The merged province named outright, or "toàn tỉnh", speaks of all of it: only what
    // stands after it is nearer the figure ("Phát biểu tại KKT Nhơn Hội, ... tỉnh Gia Lai đặt
    // mục tiêu thu hút 150 dự án" is the whole province's). (Not where it says what a place
    // belongs to or where it lies: "KKT Phú Quốc thuộc tỉnh An Giang (mới)", "KKT Nhơn Hội của
    // tỉnh Gia Lai", "(tỉnh Gia Lai)".)
    let whole = places[lo..hi]
        .iter()
        .filter(|q| {
            q.hit.kind == PlaceKind::Province
                && q.hit.province == p
                && !old_named(q)
                && !(addressed && address(q))
                && ![1, 2].iter().any(|&b| {
                    matches!(
                        text.tok_at(q.hit.start as isize - b),
                        "thuoc" | "cua" | "o" | "tai" | "("
                    )
                })
                && text.tok_at(q.hit.end as isize + 1) != "moi"
        })
        .map(|q| q.hit.end)
        .chain(
            (clause..d.first)
                .filter(|&k| text.tok(k) == "toan" && text.tok(k + 1) == "tinh")
                .map(|k| k + 2),
        )
        .max()
        .unwrap_or(clause);
    let lo = places.partition_point(|q| q.hit.start < whole).min(hi);
    // (Or further on in the clause, right after "trong", "tại", "ở", "thuộc": "423,7 ha đất
    // trồng lúa ... để thực hiện 5 dự án hạ tầng KCN trong KKT mở Chu Lai".)
    let right_after = places.get(hi).filter(|q| {
        let near = q.hit.start <= d.last + 4
            && (d.last + 1..q.hit.start).any(|k| matches!(text.tok(k), "tai" | "o" | "thuoc"));
        let in_clause = q.hit.start <= d.last + WINDOW
            && (q.hit.start.saturating_sub(3).max(d.last + 1)..q.hit.start).any(|k| {
                matches!(text.tok(k), "tai" | "o" | "thuoc" | "trong")
                    && (k + 1..q.hit.start).all(|j| text.tokens[j].kind == TokKind::Word)
            })
            && (d.last + 1..q.hit.start).all(|k| {
                !matches!(text.tok(k), "," | ";" | "." | "(") && !text.tokens[k].newline_before
            })
            && !text.tokens[q.hit.start].newline_before;
        near || in_clause
    });
    // Zones, districts and old provinces of the group, the province's own old part included:
    // they must all name one other old province.
    let mut olds = places[lo..hi]
        .iter()
        .chain(right_after)
        .filter(|q| {
            gaz.provinces[q.hit.province as usize].code_2025 == *group
                && !(q.in_list || q.aside || q.in_name || q.caption.is_some())
                && (q.hit.kind != PlaceKind::Province || old_named(q))
        })
        .map(|q| q.hit.province);
    match olds.next() {
        Some(o) if o != p && olds.all(|x| x == o) => o,
        Some(_) => p,
        None if whole == clause => zone_referred_back(text, gaz, places, d, group).unwrap_or(p),
        None => p,
    }
}

/// The old province of the economic zone a bare "KKT" before figure `d` in its sentence
/// refers back to ("Hiện KKT có diện tích 27.040 ha", "doanh nghiệp trong KKT"): the economic
/// zone named in the three sentences before, in the merged group; none where two of other
/// provinces were named. (Not "các KKT", many; nor a "KKT" that names its own.)
fn zone_referred_back(
    text: &Text,
    gaz: &Gazetteer,
    places: &[Place],
    d: &Draft,
    group: &str,
) -> Option<u8> {
    let si = text.sentence_of(d.first);
    let s0 = text.sentences[si].first;
    let economic_zone =
        |k: usize| text.word_is(k, &["KKT"]) || text.words_at(k, &["khu", "kinh", "tế"]);
    // (Within a window before the figure, and the places near it, to keep run-on text linear.)
    let lo = s0.max(d.first.saturating_sub(WINDOW));
    let near = &places[places.partition_point(|q| q.hit.start + WINDOW < lo)
        ..places.partition_point(|q| q.hit.start <= d.first + 4)];
    let refers_back = (lo..d.first).any(|k| {
        let end = k + if text.word_is(k, &["KKT"]) { 1 } else { 3 };
        economic_zone(k)
            // (Nor one of a list of kinds, "các KCN, KKT trên địa bàn tỉnh", "KCN và KKT", nor a
            // board's name, "Ban Quản lý KKT tỉnh".)
            && !text.word_is(k.wrapping_sub(1), &["các", "những", "hai", "ba", "và", "lý"])
            && text.tok_at(k as isize - 1) != ","
            && !text.word_is(end, &["tỉnh", "trên", "thành", "của", "và"])
            && !(k > 0 && text.tokens[k - 1].kind == TokKind::Num)
            && end < text.tokens.len()
            && !text.tokens[end].capitalized
            // (Nor one a name follows: "KKT mở Chu Lai", "KKT cửa khẩu quốc tế Nam Giang".)
            && !near.iter().any(|q| q.hit.start <= end + 4 && k < q.hit.end)
    });
    if !refers_back {
        return None;
    }
    // The economic zones named in the three sentences before (at most three windows back):
    // all one zone's province, or none is referred to.
    let from = text.sentences[si.saturating_sub(3)]
        .first
        .max(s0.saturating_sub(3 * WINDOW));
    let mut zones = places[places.partition_point(|q| q.hit.start < from)
        ..places.partition_point(|q| q.hit.start < s0)]
        .iter()
        .filter(|q| {
            matches!(q.hit.kind, PlaceKind::Zone | PlaceKind::BareZone)
                && (q.hit.start.saturating_sub(3)..=q.hit.start).any(economic_zone)
        });
    let last = zones.next_back()?;
    (!(last.in_list || last.aside || last.in_name)
        && zones.all(|q| q.hit.province == last.hit.province)
        && gaz.provinces[last.hit.province as usize].code_2025 == *group)
        .then_some(last.hit.province)
}

fn find_places(text: &Text, hits: &Hits, gaz: &Gazetteer) -> Vec<Place> {
    let raw = gaz.places(text, hits);
    let ends = |cue: Cue| -> Vec<usize> {
        hits.list
            .iter()
            .filter(|h| h.cue == cue)
            .map(|h| h.end())
            .collect()
    };
    let districts = ends(Cue::DistrictWord);
    let organisations = ends(Cue::Organisation);
    // Organisation words that open a name, not end one ("đền Thiên Trường" is no school).
    let firms: Vec<usize> = hits
        .list
        .iter()
        .filter(|h| {
            h.cue == Cue::Organisation && (h.start == 0 || !name_word(text, h.start as usize - 1))
        })
        .map(|h| h.end())
        .collect();
    let events = ends(Cue::Event);
    let delegates = ends(Cue::Delegate);
    // "xã" inside "thị xã" is the district word, not a commune.
    let communes: Vec<usize> =
        hits.list
            .iter()
            .filter(|h| {
                h.cue == Cue::Commune
                    && !hits.list.iter().any(|d| {
                        d.cue == Cue::DistrictWord && d.start < h.start && d.end() == h.end()
                    })
            })
            .map(|h| h.end())
            .collect();
    let raw_starts: Vec<usize> = raw.iter().map(|p| p.start).collect();
    // Provinces and districts that name a commune or district instead ("xã Bình Dương").
    let sub_place: Vec<bool> = raw
        .iter()
        .map(|p| {
            matches!(p.kind, PlaceKind::Province | PlaceKind::District)
                && is_sub_place(text, p, &communes, &districts)
        })
        .collect();
    // The provinces the text names as such.
    let named: Vec<u8> = raw
        .iter()
        .zip(&sub_place)
        .filter(|(p, sub)| p.kind == PlaceKind::Province && !**sub)
        .map(|(p, _)| p.province)
        .collect();
    let mut kept: Vec<PlaceHit> = Vec::new();
    for (p, sub) in raw.into_iter().zip(sub_place) {
        // The name right after a photo credit ("Ảnh: Thống Nhất/TTXVN") is the photographer's,
        // and one that ends the text after a full stop, the author's ("... tháng 1/2017. Thái
        // Bình").
        let byline = p.end == text.tokens.len()
            && p.start > 0
            && (text.tok(p.start - 1) == "." || text.tokens[p.start].newline_before);
        if byline
            || text
                .captions
                .iter()
                .any(|&(_, credit)| p.start == credit + 2)
        {
            continue;
        }
        if sub {
            continue;
        }
        // A commune named like a zone ("xã Minh Đức" of Thái Nguyên, KCN Minh Đức of Hưng
        // Yên) is that zone's ward only where the text names the zone's province too
        // ("phường Tân Tạo, quận Bình Tân, TP Hồ Chí Minh"). (A district named like one,
        // "huyện Đăk Tô", is where the zone lies.)
        if p.kind == PlaceKind::BareZone
            && !named.contains(&p.province)
            && is_sub_place(text, &p, &communes, &[])
        {
            continue;
        }
        // A district's name inside a person's or a country's name, or opening a longer one
        // ("sân bay Tân Sơn Nhất" is no Tân Sơn of Phú Thọ), names no place at all: however
        // often it is repeated, it must not make the article the district's.
        if p.kind == PlaceKind::District && district_inside_name(text, p.start, p.end, &raw_starts)
        {
            continue;
        }
        kept.push(p);
    }
    // Bare lists: three or more places joined only by commas and "và".
    let mut out: Vec<Place> = kept
        .iter()
        .map(|&hit| Place {
            hit,
            in_list: false,
            in_table: in_table_row(text, hit.start, hit.end)
                || stacked_row(text, hit.start, hit.end),
            joint: false,
            ranked: ranked(text, hit.end),
            caption: None,
            in_name: organisation_name_before(text, hit.start, &organisations),
            in_firm: organisation_name_before(text, hit.start, &firms),
            in_proper_name: inside_a_proper_name(text, hit.start, &organisations),
            aside: is_aside(text, &hit, &events, &delegates, &firms),
        })
        .collect();
    for &(from, to) in &text.captions {
        for p in out
            .iter_mut()
            .filter(|p| from <= p.hit.start && p.hit.end <= to)
        {
            p.caption = Some((from, to));
        }
    }
    for run in runs(&out, |a, b| joined(text, a.end, b.start)) {
        let distinct: std::collections::BTreeSet<u8> =
            out[run.clone()].iter().map(|p| p.hit.province).collect();
        if run.len() > 1 && distinct.len() >= 3 {
            for p in &mut out[run] {
                p.in_list = true;
            }
        } else if run.len() == 2
            && distinct.len() == 2
            && (out[run.start].hit.end..out[run.start + 1].hit.start)
                .any(|k| matches!(text.tok(k), "va" | "hoac"))
        {
            for p in &mut out[run] {
                p.joint = true;
            }
        }
    }
    // Routes: places joined by dashes ("cao tốc TP.HCM - Long Thành - Dầu Giây"), or by "từ
    // ... đến" (or "lên", "về", "ra", "tới"), that cross from one province into another. Their
    // ends are asides; a chain within one province ("Hàm Tân – La Gi") is no route out of it.
    let linked = |a: &PlaceHit, b: &PlaceHit| {
        with_kind_of_place(text, b.start) == a.end + 1
            && match text.tok(a.end) {
                "-" => true,
                "den" | "len" | "ve" | "ra" | "toi" => {
                    text.tok_at(with_kind_of_place(text, a.start) as isize - 1) == "tu"
                }
                _ => false,
            }
    };
    for run in runs(&out, linked) {
        let first = out[run.start].hit.province;
        if out[run.clone()].iter().any(|p| p.hit.province != first) {
            for p in &mut out[run] {
                p.aside = true;
            }
        }
    }
    out
}

/// The province of the place a table row's label (tokens `a..b`) names, if it names one.
fn row_place(places: &[Place], (a, b): (usize, usize)) -> Option<u8> {
    let lo = places.partition_point(|p| p.hit.start < a);
    places[lo..]
        .iter()
        .take_while(|p| p.hit.end <= b)
        .find(|p| !p.aside)
        .map(|p| p.hit.province)
}

/// Whether tokens `a..b` stand in a cell of a table row: "|" on both sides within their line
/// (a bounded look, to keep a run-on line linear).
fn in_table_row(text: &Text, a: usize, b: usize) -> bool {
    let before = (a.saturating_sub(12)..a)
        .rev()
        .take_while(|&k| !text.tokens[k + 1].newline_before)
        .any(|k| text.tok(k) == "|");
    let after = (b..(b + 12).min(text.tokens.len()))
        .take_while(|&k| k == b || !text.tokens[k].newline_before)
        .any(|k| text.tok(k) == "|");
    before && after
}

/// Whether tokens `a..b` are the label of a table's row scraped one cell a line: alone on their
/// line (with the kind of place before them, "Tỉnh Bắc Ninh"), and a lone number on the next
/// ("Bắc Ninh", "16", "7.000").
fn stacked_row(text: &Text, a: usize, b: usize) -> bool {
    let line_start = |k: usize| text.tokens.get(k).is_none_or(|t| t.newline_before);
    let number = text.tokens.get(b).is_some_and(|t| t.kind == TokKind::Num);
    let alone = |k: usize| line_start(k) || text.tok(k) == "%" && line_start(k + 1);
    line_start(with_kind_of_place(text, a)) && line_start(b) && number && alone(b + 1)
}

/// Whether "thuộc" at token `k` says what something is part of now: "nay thuộc", not "đến nay
/// thuộc" or "tới nay thuộc".
fn now_part_of(text: &Text, k: usize) -> bool {
    text.word_is(k.wrapping_sub(1), &["nay"]) && !text.word_is(k.wrapping_sub(2), &["đến", "tới"])
}

/// Whether the place ending at token `end` is ranked: "dẫn đầu", "đứng đầu", "đứng thứ hai",
/// "xếp thứ ba", "thứ ba", "lọt top" after it, past a few adverbs ("bất ngờ", "tiếp tục").
fn ranked(text: &Text, end: usize) -> bool {
    let mut k = end;
    let adverbs = [
        "bất", "ngờ", "tiếp", "tục", "vẫn", "cũng", "tạm", "vươn", "lên",
    ];
    while k < end + 3 && text.word_is(k, &adverbs) {
        k += 1;
    }
    text.words_at(k, &["dẫn", "đầu"])
        || text.words_at(k, &["đứng", "đầu"])
        || text.words_at(k, &["lọt", "top"])
        || text.word_is(k, &["đứng", "xếp"]) && text.word_is(k + 1, &["thứ"])
        || text.word_is(k, &["thứ"]) && text.word_is(k + 1, &["hai", "ba", "tư", "năm", "nhì"])
}

/// The runs of consecutive places that `linked` joins pairwise, as index ranges (a place
/// joined to none is a run of its own).
fn runs(
    places: &[Place],
    linked: impl Fn(&PlaceHit, &PlaceHit) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < places.len() {
        let mut j = i + 1;
        while j < places.len() && linked(&places[j - 1].hit, &places[j].hit) {
            j += 1;
        }
        out.push(i..j);
        i = j;
    }
    out
}

/// Where a place's name starts with the kind of place written before it ("tại TP. Hồ Chí
/// Minh", "từ thành phố Cần Thơ"): token `start`, or up to three tokens back.
fn with_kind_of_place(text: &Text, start: usize) -> usize {
    let mut k = start;
    while k > 0 && start - k < 3 && kind_of_place(text.tok(k - 1)) {
        k -= 1;
    }
    k
}

/// Whether a name is a commune's or district's, not the province, district or zone of that
/// name: right after a commune or district word ("xã Bình Dương", "huyện Thái Bình"), or inside a
/// list that starts with a commune word ("4 xã Nhân Thắng, Bình Dương, Thái Bảo và Vạn Ninh").
fn is_sub_place(text: &Text, p: &PlaceHit, communes: &[usize], districts: &[usize]) -> bool {
    if communes.contains(&p.start)
        || (p.kind == PlaceKind::Province && districts.contains(&p.start))
    {
        return true;
    }
    // Inside a list: another item follows, or "và" precedes.
    let n = text.tokens.len();
    let item_follows = p.end + 1 < n
        && matches!(text.tok(p.end), "," | "va")
        && text.tokens[p.end + 1].capitalized;
    let after_and = p.start > 0 && text.tok(p.start - 1) == "va";
    if !(item_follows || after_and) {
        return false;
    }
    let mut k = p.start;
    for _ in 0..14 {
        if k == 0 {
            return false;
        }
        if communes.contains(&k) {
            return true;
        }
        let t = &text.tokens[k - 1];
        let joins = matches!(text.tok(k - 1), "," | "va" | "-")
            || (t.kind == TokKind::Word && t.capitalized);
        if !joins {
            return false;
        }
        k -= 1;
    }
    false
}

/// Whether a place is a venue, a delegate's province, a firm's address or an origin (see
/// `Place::aside`): after "tại" or "ở" with an event word at most twelve words before in its
/// sentence; after a delegate's name, in brackets or after a comma; right after a delegate
/// word ("Đoàn ĐBQH tỉnh Bình Dương"); in brackets after a firm's name; or after "đến từ",
/// "gốc" or "quê".
fn is_aside(
    text: &Text,
    p: &PlaceHit,
    events: &[usize],
    delegates: &[usize],
    firms: &[usize],
) -> bool {
    let k = with_kind_of_place(text, p.start);
    if delegates.contains(&k) {
        return true;
    }
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    let within = |ends: &[usize], n: usize| {
        ends.iter().any(|&e| {
            e <= before && before - e <= n && text.sentence_of(e) == text.sentence_of(before)
        })
    };
    // "quê" at token `k` says where someone is from, not where something is or goes.
    let origin = |k: usize| {
        !text.word_is(
            k.wrapping_sub(1),
            &[
                "tại", "ở", "về", "cho", "vào", "lại", "chính", "đến", "tới", "hộ", "sản", "vị",
                "giúp",
            ],
        )
    };
    match text.tok(before) {
        // Where someone was born or comes from: "mỹ nhân gốc Nam Định", "quê Thanh Hóa",
        // "quê ở Hà Tĩnh".
        // (Not where a product comes from, "có nguồn gốc Bình Thuận", nor a home town where
        // something is or goes: "mua nhà cho mẹ tại quê Kiên Giang", "ủng hộ quê Quảng Bình",
        // "đặc sản quê Quảng Ngãi".)
        "goc" => {
            text.word_is(before, &["gốc"]) && !text.word_is(before.wrapping_sub(1), &["nguồn"])
        }
        "que" => text.word_is(before, &["quê"]) && origin(before),
        "o" if text.word_is(before, &["ở"]) && text.word_is(before.wrapping_sub(1), &["quê"]) => {
            origin(before - 1)
        }
        "tai" | "o" => within(events, 12),
        // Where someone or something comes from: "Terra Wood đến từ TP HCM".
        "tu" if text.tok_at(before as isize - 1) == "den" => true,
        // A neighbour: "đến giáp ranh tỉnh Tây Ninh", "giáp Campuchia".
        "giap" => true,
        "ranh" if text.tok_at(before as isize - 1) == "giap" => true,
        // What a merged province took in ("Tỉnh Tây Ninh (mới) sau khi hợp nhất với tỉnh Long
        // An hiện có 52 KCN"), and what an old area is part of now ("KKT Thái Bình, nay thuộc
        // địa bàn tỉnh Hưng Yên, thu hút 19 dự án"): the figure is of the other.
        "voi" => {
            text.word_is(before.wrapping_sub(1), &["nhất", "nhập"])
                && text.word_is(before.wrapping_sub(2), &["hợp", "sáp"])
        }
        // (Not "Tính đến nay thuộc địa bàn tỉnh Thái Bình đã có 10 KCN", up to now.)
        "thuoc" => now_part_of(text, before),
        "ban" if text.tok_at(before as isize - 1) == "dia" => {
            text.word_is(before.wrapping_sub(2), &["thuộc"])
                && now_part_of(text, before.wrapping_sub(2))
        }
        // A firm's address in brackets: "Công ty TNHH Hoàng Gia (Hà Nội)".
        "(" if organisation_name_before(text, before, firms) => true,
        // A delegation in brackets: "ĐB Đỗ Văn Sinh (đoàn Quảng Trị)".
        "doan" => text.tok_at(before as isize - 1) == "(",
        // "đại biểu Trần Hoàng Ngân (TP.HCM)", "đại biểu Phạm Đình Cúc, Bà Rịa-Vũng Tàu": only
        // the delegate's name between.
        "(" | "," | "-" => delegates
            .iter()
            .any(|&e| e <= before && before - e <= 8 && (e..before).all(|j| name_word(text, j))),
        _ => false,
    }
}

/// Whether a folded token is (part of) the kind of place written before a province's name:
/// "tỉnh", "TP.", "thành phố".
fn kind_of_place(t: &str) -> bool {
    matches!(t, "tp" | "." | "thanh" | "pho" | "tinh")
}

/// Whether an organisation's name runs up to token `at` (a place, or a bracket after it): an
/// organisation word ends at most eight words before, with only words between ("Công ty TNHH
/// MTV khai thác đá An Giang"), none of them a preposition or "chi nhánh" that would make the
/// place its location ("Công ty X tại Bình Dương", "chi nhánh tỉnh Bắc Ninh").
fn organisation_name_before(text: &Text, at: usize, organisations: &[usize]) -> bool {
    let from = at.saturating_sub(8);
    let Some(&e) = organisations
        .iter()
        .filter(|&&e| from <= e && e <= at)
        .max()
    else {
        return false;
    };
    (e..at).all(|k| {
        text.tokens[k].kind == TokKind::Word
            && !text.tokens[k].newline_before
            && !matches!(
                text.tok(k),
                "tai" | "o" | "thuoc" | "tren" | "cua" | "nhanh" | "dia" | "vung"
            )
    })
}

/// Whether the name starting at token `at` is part of a proper name: a firm's, its words
/// capitalised from the firm's word on ("Tập đoàn Hoàng Anh Gia Lai"; not "Công ty Pou Chen
/// tiếp tục đầu tư vào Đồng Nai"), or a zone's, right after the zone's word ("KCN Hòa Bình"
/// lies in Kon Tum and Long An, not Hòa Bình). Not the zones of a province or its office:
/// "các KCN Bắc Giang", "12 KCN Đồng Nai", "KCN, KCX Hà Nội", "Ban Quản lý KKT Quảng Ninh".
fn inside_a_proper_name(text: &Text, at: usize, organisations: &[usize]) -> bool {
    let firm = organisations
        .iter()
        .filter(|&&e| at.saturating_sub(8) <= e && e <= at)
        .max()
        .is_some_and(|&e| {
            (e..at).all(|k| text.tokens[k].kind == TokKind::Word && text.tokens[k].capitalized)
        });
    let Some(word) = (1..=5)
        .filter(|&n| n <= at)
        .find(|&n| zone_noun(text, at - n, at))
        .map(|n| at - n)
    else {
        return firm;
    };
    // (After another zone's word, "KCN, KCX Hà Nội" names the kinds of a province's zones.)
    let kinds_listed = word >= 2
        && matches!(text.tok(word - 1), "," | "va" | "-")
        && (1..=5)
            .filter(|&n| n < word)
            .any(|n| zone_noun(text, word - 1 - n, word - 1));
    let of_a_province = kinds_listed
        || word > 0
            && (text.word_is(word - 1, &["các", "những", "nhiều", "mọi", "lý", "BQL"])
                || text.tokens[word - 1].kind == TokKind::Num);
    firm || !of_a_province
}

/// Whether tokens `a..b` only join two list items (commas, "và", "(cũ)").
fn joined(text: &Text, a: usize, b: usize) -> bool {
    b >= a
        && b - a <= 4
        && (a..b).all(|k| matches!(text.tok(k), "," | "va" | "(" | ")" | "cu" | "-" | "hoac"))
}

fn article_place(
    published: Option<chrono::NaiveDate>,
    text: &Text,
    hits: &Hits,
    lex: &Lexicon,
    gaz: &Gazetteer,
    places: &[Place],
) -> ArticlePlace {
    // A regional aggregate: a group of provinces ("Khối thi đua", "các tỉnh") and a region.
    let title_end = text.title_end();
    for h in &hits.list {
        if !matches!(h.cue, Cue::Region(_) | Cue::Regions) {
            continue;
        }
        let at = h.start as usize;
        let sent = text.sentences[text.sentence_of(at)];
        let s = crate::text::Sentence {
            first: sent.first.max(at.saturating_sub(WINDOW)),
            end: sent.end.min(at + WINDOW),
            ..sent
        };
        // (A bloc: "Khối", "khối thi đua", "toàn khối", "trong khối"; not "khối lượng", a
        // volume, "khối mây", a cloud, nor "khối doanh nghiệp", a sector.)
        let khoi = |g: &Hit| {
            let k = g.start as usize;
            let bloc = text.tok(k) == "khoi"
                && (g.len > 1
                    || !text.word_is(k + 1, &["lượng", "mây", "doanh", "cảng", "ngoại", "nhà"])
                        && (text.tokens[k].capitalized
                            || text.word_is(k.wrapping_sub(1), &["trong", "toàn", "cả", "của"])));
            g.cue == Cue::RegionGroup && (bloc || g.len > 1 && text.tok(k + 1) == "khoi")
        };
        let group = hits
            .within(s.first, h.start as usize)
            .iter()
            .any(|g| g.cue == Cue::RegionGroup && (g.end() + 2 >= h.start as usize || khoi(g)));
        let khoi = hits.within(s.first, s.end).iter().any(khoi);
        // (Or a title that speaks of the region's zones and names no place of its own: "Các
        // KCN vùng Đồng bằng sông Hồng: Tỷ lệ lấp đầy trên 70%", over a body that speaks of the
        // region too, "toàn vùng", "các tỉnh": not one on a single province's zones.)
        let titled = at < title_end
            && places.iter().all(|p| p.hit.start >= title_end)
            && hits
                .within(title_end, text.tokens.len())
                .iter()
                .any(|g| matches!(g.cue, Cue::RegionGroup | Cue::Region(_) | Cue::Regions));
        if group && (khoi || titled) {
            // (A part of a region, or two: an aggregate over provinces, of no region of ours.)
            return ArticlePlace {
                province: None,
                region: region_name(lex, h),
            };
        }
    }
    // `score` for the province an article is about; `rival`, against which it must stand out,
    // counts a name inside an organisation's name, a venue or a delegate's province in full:
    // "Công ty CP Hoàng Anh Gia Lai" says little for Gia Lai, but an article that names it is
    // not about another province named as often. One name in passing is no topic ("giá
    // thuê văn phòng ở TP.HCM", "ngày 5/6 tại Hà Nội"): the province must be in the title,
    // or named twice outside names, asides, lists and captions (`backed`).
    let mut score = vec![0.0f64; gaz.provinces.len()];
    let mut rival = vec![0.0f64; gaz.provinces.len()];
    let mut plain = vec![0u32; gaz.provinces.len()];
    let mut titled = vec![false; gaz.provinces.len()];
    // A title that speaks of several provinces ("Bức tranh KCN tại các tỉnh phía Bắc", "10 địa
    // phương dẫn đầu thu hút FDI") is a roundup's: the article is a province's only where the
    // title names it in its own right, not as the leader.
    // ("Các địa phương" of a province are its districts and communes.)
    let roundup = (1..title_end).any(|k| {
        let counted = text.tokens[k - 1].kind == TokKind::Num
            && text.tok(k - 1).parse::<u32>().is_ok_and(|n| n >= 2);
        text.word_is(k, &["tỉnh"]) && (counted || text.word_is(k - 1, MANY))
            || text.words_at(k, &["địa", "phương"]) && (counted || text.word_is(k - 1, &MANY[2..]))
    });
    for p in places {
        let mut w = match p.hit.kind {
            PlaceKind::Province | PlaceKind::Zone => 1.0,
            PlaceKind::BareZone | PlaceKind::District => 0.5,
        };
        // (A leader ranked after the roundup's figure in its title is the roundup's, not its
        // topic: "Vốn FDI 6 tháng đạt 13,43 tỷ USD, Quảng Ninh dẫn đầu" must name it twice in
        // plain words as well; "Hà Nội đứng thứ 3 cả nước về ...", "9 tháng năm 2024, Bắc
        // Giang dẫn đầu về thu hút FDI" are the leader's. A leader ranked in the body is not
        // named plainly.)
        let after_a_figure = p.hit.start < title_end && {
            let line = (0..p.hit.start)
                .rfind(|&k| k == 0 || text.tokens[k].newline_before)
                .unwrap_or(0);
            // (A number, then its scale word at most, then money or "%".)
            hits.within(line, p.hit.start).iter().any(|h| {
                let at = h.start as usize;
                matches!(h.cue, Cue::Currency(_) | Cue::Percent)
                    && (at.saturating_sub(2)..at).any(|k| text.tokens[k].kind == TokKind::Num)
            })
        };
        // (A province that opens a roundup's title is its subject: "Nghệ An lọt top 10 tỉnh thu
        // hút FDI nhiều nhất cả nước"; not the one that leads it: "Bắc Ninh dẫn đầu 10 tỉnh".)
        let opens_title = p.hit.start < title_end
            && (p.hit.start == 0 || text.tokens[p.hit.start].newline_before)
            && !text.words_at(p.hit.end, &["dẫn", "đầu"])
            && !text.words_at(p.hit.end, &["đứng", "đầu"]);
        let ranked =
            p.ranked && (p.hit.start >= title_end || after_a_figure || roundup && !opens_title);
        if p.hit.start < title_end {
            w *= 2.0;
            titled[p.hit.province as usize] |= !ranked;
        }
        if !(p.in_list || p.in_table || p.caption.is_some() || p.in_name || p.aside || ranked) {
            plain[p.hit.province as usize] += 1;
        }
        if p.in_list || p.in_table || p.caption.is_some() {
            w *= 0.25;
        }
        rival[p.hit.province as usize] += w;
        if p.in_name || p.aside {
            w *= 0.25;
        }
        score[p.hit.province as usize] += w;
    }
    let backed = |provinces: &[usize]| {
        provinces.iter().any(|&i| titled[i])
            || !roundup && provinces.iter().map(|&i| plain[i]).sum::<u32>() >= 2
    };
    // After the 2025 merger an article about the new Hưng Yên names old Thái Bình as often as
    // old Hưng Yên: count per 2025 province, and take the old province that gave it its name.
    if after_merger(published) {
        let mut by_new: std::collections::BTreeMap<&str, f64> = std::collections::BTreeMap::new();
        for (i, sc) in score.iter().enumerate() {
            *by_new
                .entry(gaz.provinces[i].code_2025.as_str())
                .or_default() += sc;
        }
        let mut groups: Vec<(&str, f64)> = by_new.into_iter().collect();
        groups.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        let (best, second) = (groups[0].1, groups.get(1).map_or(0.0, |g| g.1));
        let members: Vec<usize> = (0..score.len())
            .filter(|&i| gaz.provinces[i].code_2025 == groups[0].0)
            .collect();
        if best >= 1.0 && best >= 1.5 * second + 0.01 && backed(&members) {
            // (Only one the article names, and in its own right: an article on KKT Thái Bình
            // alone is old Thái Bình's, though the new province it lies in took Hưng Yên's
            // name; so is one on "Các KCN Bình Dương (nay thuộc TP Hồ Chí Minh)".)
            let namesake = gaz
                .provinces
                .iter()
                .position(|p| p.code_2025 == groups[0].0 && p.name_63 == p.name_2025)
                .filter(|&i| titled[i] || plain[i] > 0);
            let top = members
                .iter()
                .copied()
                .max_by(|&a, &b| score[a].total_cmp(&score[b]));
            return ArticlePlace {
                province: namesake.or(top).map(|i| i as u8),
                region: None,
            };
        }
        return ArticlePlace {
            province: None,
            region: None,
        };
    }
    let mut order: Vec<usize> = (0..score.len()).collect();
    order.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    let best = score[order[0]];
    let second = (0..rival.len())
        .filter(|&i| i != order[0])
        .map(|i| rival[i])
        .fold(0.0, f64::max);
    let province = (best >= 1.0 && best >= 1.5 * second + 0.01 && backed(&[order[0]]))
        .then_some(order[0] as u8);
    ArticlePlace {
        province,
        region: None,
    }
}

/// Words that count several things: "các tỉnh", "sáu địa phương".
const MANY: &[&str] = &[
    "các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
];

/// The region a region hit names.
fn region_name(lex: &Lexicon, h: &Hit) -> Option<String> {
    match h.cue {
        Cue::Region(id) => Some(lex.regions[id as usize].clone()),
        _ => None,
    }
}

/// A figure's province (its index) and region.
type Located = (Option<u8>, Option<String>);

fn mention_place(
    text: &Text,
    hits: &Hits,
    lex: &Lexicon,
    places: &[Place],
    article: &ArticlePlace,
    d: &Draft,
    total: Option<Located>,
) -> Located {
    // The sentence, within a window of the figure: run-on text stays linear.
    let sent = text.sentences[text.sentence_of(d.first)];
    let s = crate::text::Sentence {
        first: sent.first.max(d.first.saturating_sub(WINDOW)),
        end: sent.end.min(d.last + WINDOW),
        ..sent
    };
    let clause_start = (s.first..d.first)
        .rev()
        .find(|&k| text.tok(k) == ";")
        .map(|k| k + 1)
        .unwrap_or(s.first);
    let clause_end = (d.last..s.end)
        .find(|&k| text.tok(k) == ";")
        .unwrap_or(s.end);
    let all_places = places;
    // Only the places within the window (places are in text order).
    let lo = places.partition_point(|p| p.hit.start < s.first);
    let hi = places.partition_point(|p| p.hit.start < s.end);
    let places = &places[lo..hi.max(lo)];
    // A place inside a parenthesis that closes before the figure speaks of something else
    // ("Gemadept (trụ sở TP.HCM) ... 6,7 tỷ USD"); not one that is all the bracket holds, right
    // after a name: that says where the named thing is ("tại Dự án Tân Rai (Lâm Đồng), giá trị
    // thực hiện là 15.218 tỷ đồng"). (A firm's address so written is an aside.)
    let hidden = |p: &Place| {
        let open = (s.first..p.hit.start)
            .rev()
            .find(|&k| matches!(text.tok(k), "(" | ")"));
        let inside = open.is_some_and(|k| text.tok(k) == "(");
        // (Not where a person is from, "anh Vũ Thành Phương (TP HCM)", "Tác giả: Bùi Thị Hiền
        // (Hà Nội)", "ĐB Trần Sỹ Thanh (Lạng Sơn)", nor a ticker read as a province's
        // initials, "Tiến Thành (TTH)".)
        let where_named = open.is_some_and(|o| {
            let k = with_kind_of_place(text, p.hit.start);
            let initials = k == p.hit.start
                && p.hit.end == p.hit.start + 1
                && text.tok_orig(k).chars().all(|c| c.is_uppercase());
            // (Abbreviations anywhere; words in lower case, or opening the sentence: "Cửa Ông",
            // "Bà Rịa" are names.)
            let title = |j: usize| {
                text.word_is(j, &["HLV", "ĐB", "ĐBQH"])
                    || (!text.tokens[j].capitalized
                        || text.sentences[text.sentence_of(j)].first == j)
                        && text.word_is(
                            j,
                            &[
                                "anh", "chị", "ông", "bà", "thầy", "cô", "em", "cháu", "bạn", "cụ",
                                "chú", "giả", "thủ", "môn", "biểu", "sĩ", "viên",
                            ],
                        )
            };
            let name_from = (o.saturating_sub(6)..o)
                .rev()
                .take_while(|&j| name_word(text, j) && !title(j))
                .last();
            let person = name_from
                .is_none_or(|f| f == 0 || matches!(text.tok(f - 1), ":" | ")") || title(f - 1));
            // (Or the area it was before the merger: "KCN Sao Mai (khu vực Kon Tum cũ)".)
            let opens = o + 1 == k
                || o + 3 == k && text.word_is(o + 1, &["khu"]) && text.word_is(o + 2, &["vực"]);
            let old =
                text.word_is(p.hit.end, &["cũ"]) && text.tok_at(p.hit.end as isize + 1) == ")";
            // (An old province so named says where the part it follows lies, named or not, the
            // figure soon after it: "phía Đông tỉnh (tỉnh Bình Định cũ) chiếm khoảng 63%", "Tại
            // phía Đông tỉnh (tỉnh Bình Định cũ), các KCN cho thuê 120 ha"; a name before it may
            // be a person's, "Ông Nguyễn Văn An (Bình Định cũ)", and a speaker's is no part,
            // "Sở Tài chính (tỉnh Bình Định cũ) cho biết ...".)
            let part = old
                && name_from.is_none()
                && d.first <= p.hit.end + 16
                && (p.hit.end..d.first).all(|k| {
                    text.tok(k) != ";"
                        && !(text.word_is(k, &["cho"]) && text.word_is(k + 1, &["biết", "hay"]))
                });
            opens
                && (text.tok_at(p.hit.end as isize) == ")" || old)
                && !initials
                && (!person || part)
        });
        inside && !where_named && (p.hit.end..d.first).any(|k| text.tok(k) == ")")
    };
    let in_caption = |p: &Place| p.caption.is_some_and(|(a, b)| !(a..b).contains(&d.first));
    let usable = |p: &&Place| {
        !p.in_list
            && !p.aside
            && !in_caption(p)
            && !hidden(p)
            && (!p.in_name || p.hit.kind != PlaceKind::District)
    };
    // The nearest place before the figure in its clause, then in its sentence.
    let nearest_before = |from: usize| {
        places
            .iter()
            .filter(usable)
            .filter(|p| p.hit.start >= from && p.hit.end <= d.first)
            .max_by_key(|p| p.hit.end)
    };
    // A province named outright wins over one inferred from a zone or district; one inside the
    // name of a firm or a zone does not ("Tập đoàn Hoàng Anh Gia Lai đăng ký dự án tại KCN Hòa
    // Hiệp 1", "Khu vực Kon Tum (cũ) có ... KCN Hòa Bình").
    // One in an organisation's name wins only over places before it: "Công ty CP Phát triển
    // đô thị Sài Gòn Tây Bắc – chủ đầu tư hạ tầng KCN Phước Đông (huyện Gò Dầu) – ký hợp đồng"
    // is where the zone is; "Chủ tịch Hiệp hội Bất động sản TP.HCM, cho rằng thành phố ..." the
    // association's city.
    let named_before = |from: usize| {
        let named = places
            .iter()
            .filter(usable)
            .filter(|p| {
                p.hit.kind == PlaceKind::Province
                    && !p.in_proper_name
                    && p.hit.start >= from
                    && p.hit.end <= d.first
            })
            .max_by_key(|p| p.hit.end)?;
        match nearest_before(from) {
            Some(later) if named.in_firm && later.hit.start >= named.hit.end => Some(later),
            _ => Some(named),
        }
    };
    let in_clause = named_before(clause_start).or_else(|| nearest_before(clause_start));
    // A region named before it (a table row "Đông Nam Bộ 53,13").
    let region_before = hits
        .within(s.first, d.first)
        .iter()
        .filter(|h| matches!(h.cue, Cue::Region(_) | Cue::Regions) && h.end() <= d.first)
        .max_by_key(|h| h.end());
    // A rank against the country ("dẫn đầu trong cả nước", "cao nhất trên toàn quốc", "đứng
    // thứ 3 cả nước") compares the province with the rest, and leaves the figure its own; a
    // national prize ("giải nhất toàn quốc") does not.
    // "dẫn đầu", "đứng đầu", "đứng thứ" end at token `k`.
    let leads = |k: usize| {
        let prev = text.tok_at(k as isize - 1);
        text.tok(k) == "dau" && matches!(prev, "dan" | "dung")
            || text.tok(k) == "thu" && prev == "dung"
    };
    // Also a place in the order ("xếp thứ 2 cả nước", "lớn thứ ba cả nước", "top 5 cả nước",
    // "nhóm dẫn đầu").
    let placed = |k: usize| {
        text.word_is(k, &["thứ"])
            && (text
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Num)
                || text.word_is(k + 1, &["hai", "ba", "tư", "năm", "nhì"]))
            || text.word_is(k, &["top", "tốp", "nhóm"])
    };
    let ranked = |h: &Hit| {
        (h.start.saturating_sub(4) as usize..h.start as usize).any(|k| {
            text.tok(k) == "nhat" && text.tok_at(k as isize - 1) != "giai" || leads(k) || placed(k)
        })
    };
    // "cả nước" alone (not "cả nước có", "trên cả nước") names the country before a figure
    // with no province word between ("Tính chung cả nước, năm 2023 vốn FDI đạt ...", "Vốn FDI
    // cả nước năm 2023 đạt ..."; not "trong bối cảnh kinh tế cả nước gặp khó khăn, các KCN
    // của tỉnh thu hút"); after a figure, not as the whole a share is of ("chiếm 12% vốn FDI
    // cả nước").
    let bare = |h: &Hit| h.len == 2 && text.tok(h.start as usize) == "ca";
    let background = |h: &Hit| {
        bare(h)
            && (h.end()..d.first).any(|k| {
                text.word_is(k, &["tỉnh", "TP", "huyện"]) || text.words_at(k, &["thành", "phố"])
            })
    };
    let share_of = |h: &Hit| {
        bare(h) && (d.first.saturating_sub(3)..d.first).any(|k| text.word_is(k, &["chiếm"]))
    };
    // The country as a yardstick ("80%, cao hơn bình quân chung cả nước", "so với cả nước",
    // "gấp đôi mức trung bình của cả nước") leaves a figure its own.
    let measured_against = |h: &Hit| {
        let mut k = h.start as usize;
        while k > 0 && text.word_is(k - 1, &["của", "chung"]) {
            k -= 1;
        }
        text.word_is(
            k.wrapping_sub(1),
            &["hơn", "với", "mức", "bằng", "lần", "đôi"],
        ) || k >= 2
            && text.word_is(k - 1, &["quân", "bình"])
            && text.word_is(k - 2, &["bình", "trung"])
    };
    // The country in brackets closed before the figure ("chiếm 59,5% GDP (cả nước 49%), vốn
    // đầu tư tư nhân chiếm 65%") speaks only for what the brackets hold.
    let aside_closed = |h: &Hit| {
        (h.end()..d.first).any(|k| text.tok(k) == ")")
            && (s.first..h.start as usize)
                .rev()
                .take_while(|&k| text.tok(k) != ")")
                .any(|k| text.tok(k) == "(")
    };
    // A sentence opening "Trong đó" breaks down the one before ("Năm 2016, cả nước có 110.100
    // doanh nghiệp thành lập mới ... Trong đó, ... tăng 73%"): a national total there leaves
    // its parts national too, unless that sentence names a place or a region after the
    // national word ("các tỉnh, thành phố khu vực đồng bằng sông Hồng có 236 KCN"), or before
    // it outside lists and asides.
    let breakdown = text.word_is(sent.first, &["Trong"]) && text.tok(sent.first + 1) == "do";
    let breaks_down_national = {
        let si = text.sentence_of(d.first);
        (si > 0 && breakdown)
            .then(|| text.sentences[si - 1])
            .is_some_and(|prev| {
                let national = hits
                    .within(prev.first, prev.end)
                    .iter()
                    .filter(|h| h.cue == Cue::National && h.end() <= prev.end && !ranked(h))
                    .map(|h| h.end())
                    .max();
                national.is_some_and(|n| {
                    !all_places
                        .iter()
                        .any(|p| p.hit.start >= n && p.hit.end <= prev.end)
                        && !hits.within(n, prev.end).iter().any(|h| {
                            matches!(h.cue, Cue::Region(_) | Cue::Regions) && h.end() <= prev.end
                        })
                        && !all_places.iter().any(|p| {
                            p.hit.start >= prev.first && p.hit.end <= n && !p.in_list && !p.aside
                        })
                })
            })
    };
    // "Việt Nam đã xuất khẩu ... 3,1 tỷ USD", "Năm 2016, nước ta thu hút ...": the country as
    // the subject of its clause, past a time phrase before a comma. (Inside a name, "Công ty
    // TNHH Samsung Display Việt Nam", it is no subject.)
    let subject = {
        let intro = (clause_start..(clause_start + 10).min(d.first))
            .find(|&k| text.tok(k) == ",")
            .map_or(clause_start, |k| k + 1);
        [clause_start, intro].into_iter().find_map(|k| {
            let n = match (text.tok(k), text.tok_at(k as isize + 1)) {
                ("viet", "nam") | ("nuoc", "ta") => 2,
                ("vn", _) => 1,
                _ => return None,
            };
            (k + n <= d.first).then_some(k + n)
        })
    };
    // "11 tỉnh, thành phố trong Khối", "13 tỉnh vùng Đồng bằng sông Cửu Long", "13 tỉnh,
    // thành trong vùng, ...": the provinces of a group or a region, whose aggregate it is.
    // (Not "vùng sâu, vùng xa", "vùng phủ sóng".)
    let region_at = |j: usize| hits.at(j).iter().any(|h| matches!(h.cue, Cue::Region(_)));
    let of_a_region = |k: usize| {
        (k..(k + 5).min(d.first)).any(|j| {
            text.word_is(j, &["Khối"])
                || region_at(j)
                || text.word_is(j, &["vùng"])
                    && (region_at(j + 1)
                        || text.word_is(j.wrapping_sub(1), &["trong"])
                            && text
                                .tokens
                                .get(j + 1)
                                .is_some_and(|t| t.kind != crate::text::TokKind::Word))
        })
    };
    // "các nhà đầu tư nước ngoài đã rót vốn vào 37 tỉnh thành phố với tổng vốn ... 1,58 tỷ
    // USD": a figure over many provinces is no one province's. (Not a rank among them, "đứng
    // đầu trong 63 tỉnh, thành", "Bình Dương dẫn đầu ở 5 tỉnh miền Đông", nor provinces named, "quy hoạch của 3 tỉnh Phú Thọ, Hòa
    // Bình, Vĩnh Phúc", which may be one since the merger.)
    let many_provinces = (clause_start..d.first).find_map(|k| {
        let count = text.tokens[k].kind == crate::text::TokKind::Num
            && !(clause_start..k).any(leads)
            && text.tok(k).parse::<u32>().is_ok_and(|n| n >= 2)
            && text.word_is(k + 1, &["tỉnh"])
            && !text.tokens.get(k + 2).is_some_and(|t| t.capitalized)
            && (k.saturating_sub(2)..k).any(|j| text.word_is(j, &["vào", "tại", "ở", "của"]))
            && !of_a_region(k + 2);
        count.then_some(k + 2)
    });
    // "Sáu địa phương trên chiếm khoảng 55%", "Tổng vốn FDI của 5 tỉnh trên đạt 2,2 tỷ USD",
    // "các tỉnh, thành phố này": the provinces just listed, together.
    let those_listed = (clause_start..d.first).find_map(|k| {
        let mut e = if text.word_is(k, &["tỉnh"]) {
            k + 1
        } else if text.words_at(k, &["địa", "phương"]) {
            k + 2
        } else {
            return None;
        };
        if text.tok(e) == "," && text.word_is(e + 1, &["thành"]) {
            e += 2 + usize::from(text.word_is(e + 2, &["phố"]));
        }
        let many = k > 0
            && (text.tokens[k - 1].kind == TokKind::Num
                && text.tok(k - 1).parse::<u32>().is_ok_and(|n| n >= 2)
                || text.word_is(k - 1, MANY));
        (many && text.word_is(e, &["trên", "này"]) && e < d.first).then_some(e + 1)
    });
    // The country named in a clause before the figure's, past a semicolon, goes on for it
    // where its own clause names no place, province word or local authority: "Riêng trong 4
    // tháng đầu năm 2017 cả nước có 734 dự án mới ...; có 345 lượt dự án đăng ký tăng vốn"
    // (not "...; tỉnh thu hút 120 triệu USD", "...; Ban Quản lý các KCN đã cấp mới 120 dự
    // án").
    let local_word = |k: usize| {
        text.word_is(k, &["tỉnh", "TP", "huyện", "tại", "ở", "UBND", "Sở"])
            || text.words_at(k, &["thành", "phố"])
            || text.word_is(k, &["địa"]) && text.word_is(k + 1, &["bàn", "phương"])
            || text.words_at(k, &["Ban", "quản"])
    };
    let from = if (clause_start..d.first).any(local_word) {
        clause_start
    } else {
        s.first
    };
    // (The whole world opening its sentence, "Trên toàn cầu, Tập đoàn có 328.000 nhân viên",
    // is no place either.)
    let national = hits
        .within(from, d.first)
        .iter()
        .filter(|h| {
            (h.cue == Cue::National || h.cue == Cue::World && h.start as usize == sent.first)
                && h.end() <= d.first
                && !ranked(h)
                && !measured_against(h)
                && !aside_closed(h)
                && !background(h)
        })
        .map(|h| h.end())
        .chain(subject)
        .chain(many_provinces)
        .chain(those_listed)
        .max();
    // Or one right after it, introduced by "tại", "ở", "thuộc", "trên địa bàn", "nằm trong":
    // "2,5 tỷ USD tại KCN Yên Phong", "hai doanh nghiệp ... đóng trên địa bàn tỉnh Cà Mau". Or
    // in brackets right after it: "501 tỷ đồng (tỉnh Bắc Kạn)".
    let bracketed = |p: &Place| {
        text.tok(d.last + 1) == "(" && (d.last + 2..p.hit.start).all(|k| kind_of_place(text.tok(k)))
    };
    let after = places.iter().filter(usable).find(|p| {
        p.hit.start > d.last
            && p.hit.end <= clause_end
            && ((p.hit.start.saturating_sub(4)..p.hit.start).any(|k| {
                matches!(text.tok(k), "tai" | "o" | "thuoc" | "vao" | "cua")
                    || text.tok(k) == "ban" && text.tok_at(k as isize - 1) == "dia"
                    || text.tok(k) == "trong" && k > 0 && text.word_is(k - 1, &["nằm"])
            }) || bracketed(p))
            && (d.last + 1..p.hit.start)
                .all(|k| text.tok(k) != "," || k + 1 >= p.hit.start.saturating_sub(3))
    });
    // One right after it, a few words on, is its own even where the clause named another
    // before: "12,3ha nằm trên địa bàn quận 9, TP.HCM, phần còn lại 3,7ha thuộc huyện Dĩ An,
    // Bình Dương".
    // (Not past a word that turns to another clause: "160 triệu đồng/căn 30 m2 thì ở TP.HCM".)
    let own_after = after.is_some_and(|p| {
        p.hit.start <= d.last + 4
            && (d.last + 1..p.hit.start)
                .all(|k| !text.word_is(k, &["thì", "còn", "nhưng", "mà", "để"]))
    });
    let before = if own_after {
        None
    } else {
        in_clause.or(if after.is_some() {
            None
        } else {
            named_before(s.first).or_else(|| nearest_before(s.first))
        })
    };
    let before_end = before.map(|p| p.hit.end).unwrap_or(0);
    // In an article on a Khối thi đua, the group as the subject after the place and before the
    // figure ("ông A, Trưởng ban ... tỉnh Hưng Yên cho biết, các KCN trong Khối đã thu hút 320
    // dự án", "toàn Khối có 85 KCN") makes the figure the group's, not the speaker's
    // province's. (Not the province's place in it: "Trưởng Khối thi đua", "thành viên của
    // Khối", "dẫn đầu toàn Khối"; nor "khối lượng", "khối doanh nghiệp FDI".)
    let group_after_place = article.region.is_some()
        && (before_end.max(s.first)..d.first).any(|k| {
            if text.tok(k) != "khoi" || !text.tokens[k].capitalized {
                return false;
            }
            let members = text.word_is(k.wrapping_sub(1), &["trong", "thuộc", "của"])
                && (k.saturating_sub(5)..k - 1).any(|j| text.word_is(j, &["các"]));
            let whole = text.word_is(k.wrapping_sub(1), &["toàn", "cả"])
                && text.word_is(k + 1, &["có", "đã", "thu", "đạt", "hiện"]);
            members || whole
        });
    if group_after_place {
        return (None, article.region.clone());
    }
    // (Not the region a place named before lies in: "lớn nhất khu vực Bắc Trung Bộ", "thuộc
    // vùng Đông Nam Bộ". "của vùng" is the region's own: "Theo Sở ... Bình Dương, tổng vốn FDI
    // của vùng Đông Nam Bộ đạt 5 tỷ USD".)
    let lies_in = |r: &Hit| {
        let k = r.start as usize;
        (k.saturating_sub(3)..k).any(|j| text.word_is(j, &["thuộc", "nhất"]))
            && before.is_some_and(|p| p.hit.kind == PlaceKind::Province)
    };
    if let Some(r) = region_before
        && r.end() > before_end
        && !lies_in(r)
    {
        return (None, region_name(lex, r));
    }
    if before.or(after).is_some_and(|p| p.joint) {
        return (None, None);
    }
    // "diện tích rừng ngập mặn toàn vùng đã giảm gần 10%" in an article on the Mekong Delta:
    // the whole region named before, not the province the article is about. Where no region is
    // named, "toàn vùng" may be the province's whole area ("toàn vùng sẽ có 58 khu công
    // nghiệp" of a merged province), read as usual; "toàn vùng Nam bộ", an area no province or
    // region of ours names, is neither; "toàn vùng ven biển Bình Định" is the province's own.
    // ("toàn vùng" alone, before what is said of it: not "toàn vùng nguyên liệu", "toàn vùng
    // dự án", a province's own area.)
    // So is the region's own, "của vùng", and its provinces', "các tỉnh trong vùng", in an
    // article about no one province, with no place before them in the sentence, close before
    // the figure with no bracket, ";" or ":" between (not "Long An ... là đầu tàu của vùng với
    // 685 triệu USD", nor "lớn nhất của vùng"; in a province's article, "tỉnh đứng thứ hai của
    // vùng với 3 tỷ USD" is the province's, and "của vùng" may be its own area).
    let of_the_region = |k: usize| {
        article.province.is_none()
            && (text.word_is(k - 1, &["của"])
                && !(k.saturating_sub(4)..k).any(|j| text.word_is(j, &["nhất"]))
                || text.word_is(k - 1, &["trong"])
                    && text.word_is(k.wrapping_sub(2), &["tỉnh", "phương", "thành"]))
            && k + 40 >= d.first
            && (k..d.first).all(|j| !matches!(text.tok(j), "(" | ";" | ")" | ":"))
            && places.partition_point(|p| p.hit.start < s.first)
                == places.partition_point(|p| p.hit.start < k)
    };
    let whole_region = (s.first.max(1)..d.first).rev().find(|&k| {
        text.word_is(k, &["vùng"])
            && (text.word_is(k - 1, &["toàn"]) || of_the_region(k))
            && (text
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind != TokKind::Word)
                || name_word(text, k + 1)
                || text.word_is(
                    k + 1,
                    &[
                        "có", "đã", "hiện", "sẽ", "đang", "giảm", "tăng", "đạt", "mất", "là",
                        "được", "còn", "chỉ", "với", "trong", "vẫn", "cũng",
                    ],
                ))
    });
    if let Some(v) = whole_region
        && v > before_end
        && !places
            .iter()
            .any(|p| p.hit.start > v && p.hit.start <= v + 4)
    {
        if v + 1 < d.first && name_word(text, v + 1) {
            return (None, None);
        }
        // ("của vùng" is the region the article is about: the one its title names, else the
        // only one named before; not one it was compared with, "... gấp 6 lần Đồng bằng sông
        // Cửu Long. Tổng diện tích KCN của vùng ...".)
        if !text.word_is(v - 1, &["toàn"]) {
            let named = |a: usize, b: usize| -> Vec<Option<String>> {
                let mut names: Vec<Option<String>> = hits
                    .within(a, b)
                    .iter()
                    .filter(|h| matches!(h.cue, Cue::Region(_)))
                    .map(|h| region_name(lex, h))
                    .collect();
                names.dedup();
                names
            };
            let title = named(0, text.title_end());
            let before = named(d.first.saturating_sub(100 * WINDOW), d.first);
            let region = match (title.as_slice(), before.as_slice()) {
                ([r], _) | ([], [r]) => r.clone(),
                _ => None,
            };
            return (None, region);
        }
        // (Looking back a bounded way keeps run-on text linear.)
        if let Some(h) = hits
            .within(d.first.saturating_sub(100 * WINDOW), d.first)
            .iter()
            .rev()
            .find(|h| matches!(h.cue, Cue::Region(_) | Cue::Regions) && h.end() <= d.first)
        {
            return (None, region_name(lex, h));
        }
    }
    // (A place right after the figure is its own: "dự án ... tại Việt Nam với tổng mức đầu tư
    // 1,201 tỷ USD tại KCN Cái Mép".)
    if let Some(n) = national
        && n > before_end
        && after.is_none()
    {
        return (None, None);
    }
    // "50 khu công nghiệp, khu chế xuất trong cả nước": national close after it, with no
    // place in the clause, no comparison or rank ("tăng 20,6%, cao nhất trong cả nước" is the
    // province's own) and no whole between: "chiếm 5% tổng vốn FDI trong cả nước" and "chiếm
    // 23% GDP của cả nước" are the province's shares.
    let national_after = || {
        let end = clause_end.min(d.last + 9);
        hits.within(d.last + 1, end).iter().any(|h| {
            matches!(h.cue, Cue::National | Cue::World)
                && h.end() <= end
                && text.tok(h.start as usize) != "cua"
                && !ranked(h)
                && !measured_against(h)
                && !share_of(h)
                && (d.last + 1..h.start as usize)
                    .all(|k| !matches!(text.tok(k), "(" | "so" | "tong" | "gdp" | "grdp"))
        })
    };
    if in_clause.is_none() && after.is_none() && national_after() {
        return (None, None);
    }
    if breaks_down_national && before.is_none() && after.is_none() {
        return (None, None);
    }
    // And the total's place is its parts' place, where their sentence names none: "các doanh
    // nghiệp tại TP.HCM cần tuyển dụng 20.000 lao động. Trong đó, lao động phổ thông chiếm
    // 37%".
    if before.is_none()
        && after.is_none()
        && breakdown
        && let Some(at) = total
    {
        return at;
    }
    // "Theo Tổng cục Thống kê, 10 tháng xuất khẩu đạt 200 tỷ USD": what a national office
    // reports ("theo", "của" before it; "cho biết", "cho hay", "công bố", "thống kê", "báo
    // cáo" after it) is the country's figure, unless its sentence names a place or speaks of
    // one ("tỉnh", "xã", "địa phương", "địa bàn"; not "ước tính", "cơ quan", "xã hội") or of
    // one project ("thanh tra dự án ... 12.000 tỷ đồng", where it is not "các dự án" or "60
    // dự án"), which lies where it lies. An office acting ("Bộ Tài chính chuyển 1.700 tỷ
    // đồng") reports nothing. (Read within the window, as all else here.)
    let local_word = |k: usize| {
        text.word_is(k, &["tỉnh", "huyện", "quận", "phường"])
            || text.word_is(k, &["xã"]) && !text.word_is(k + 1, &["hội"])
            || text.word_is(k, &["TP"]) && text.tokens[k].capitalized
            || text.words_at(k, &["thành", "phố"])
            || text.word_is(k, &["địa"]) && text.word_is(k + 1, &["phương", "bàn"])
    };
    let one_project = |k: usize| {
        text.word_is(k, &["dự"])
            && text.word_is(k + 1, &["án"])
            && (k == 0
                || text.tokens[k - 1].kind != TokKind::Num
                    && !matches!(text.tok(k - 1), "cac" | "nhung" | "nhieu" | "so"))
    };
    let national_source = hits.within(s.first, d.first).iter().any(|h| {
        let (a, e) = (h.start as usize, h.end());
        e <= d.first
            && h.cue == Cue::NationalSource
            && (matches!(text.tok_at(a as isize - 1), "theo" | "cua")
                || matches!(
                    (text.tok(e), text.tok_at(e as isize + 1)),
                    ("cho", "biet" | "hay") | ("cong", "bo") | ("thong", "ke") | ("bao", "cao")
                ))
    }) && places.is_empty()
        && !(s.first..s.end).any(|k| local_word(k) || one_project(k));
    if national_source {
        return (None, None);
    }
    // "22.177 ha tại Lào", "dự án ở Myanmar 1.000 tỷ": abroad, right after the figure.
    let abroad = hits
        .within(d.last + 1, clause_end.min(d.last + 5))
        .iter()
        .any(|h| {
            h.cue == Cue::Foreign
            && h.start as usize > d.last + 1
            && matches!(text.tok(h.start as usize - 1), "tai" | "o")
            && (d.last + 1..h.start as usize - 1).all(|k| text.tokens[k].kind == TokKind::Word)
            // Not the start of a longer name ("tại Mỹ Đình, Hà Nội").
            && !name_word(text, h.end())
        });
    if abroad && in_clause.is_none() {
        return (None, None);
    }
    if let Some(p) = before.or(after) {
        return (Some(p.hit.province), None);
    }
    if let Some(p) = paragraph_topic(text, all_places, text.sentence_of(d.first)) {
        return (Some(p), None);
    }
    if article.region.is_some() {
        return (None, article.region.clone());
    }
    (article.province, None)
}

/// The province a paragraph opens on ("Tại Hải Phòng, 6 tháng thành phố thu hút ...", "Đối
/// với tỉnh Quảng Ninh, ..."), for a later sentence of it that names no place: an article
/// comparing provinces gives each its paragraph, and "Các KCN của thành phố hiện thu hút
/// 240.000 lao động" there is the paragraph's city, not the article's province. Only a
/// province the headline names, and not past a sentence between that names another province
/// ("Trong khi đó, Quảng Ninh thu hút ...").
fn paragraph_topic(text: &Text, places: &[Place], si: usize) -> Option<u8> {
    // (A paragraph as scraped: a line. Looking back a bounded way keeps run-on text linear.)
    let line = text.sentences[si].line;
    let opener = (si.saturating_sub(12)..si)
        .rev()
        .find(|&i| i == 0 || text.sentences[i - 1].line != line)
        .filter(|&i| text.sentences[i].line == line)?;
    let first = text.sentences[opener].first;
    // (Near enough to be read back over: a run-on paragraph stays linear.)
    if first + 8 * WINDOW < text.sentences[si].first {
        return None;
    }
    let mut k = first + usize::from(text.word_is(first, &["Còn", "Riêng"]));
    if text.word_is(k, &["Tại", "Ở"]) {
        k += 1;
    } else if text.word_is(k, &["Đối"]) && text.word_is(k + 1, &["với"]) {
        k += 2;
    } else {
        return None;
    }
    let usable = |p: &&Place| !p.in_list && !p.aside && !p.in_name && p.caption.is_none();
    let lo = places.partition_point(|p| p.hit.start < k);
    let topic = places[lo..]
        .iter()
        .take_while(|p| p.hit.start <= k + 2)
        .find(usable)
        .filter(|p| with_kind_of_place(text, p.hit.start) == k && text.tok(p.hit.end) == ",")?;
    // (A place the headline names: one the article sets beside another, not where an event
    // was held, "Tại Hà Nội, ngày 12/6, lãnh đạo tỉnh đã gặp gỡ ...", nor one it compares
    // with, "Tại Hà Nội, ... Trong khi đó, các KCN của tỉnh thu hút 40 dự án".)
    let title_end = text.title_end();
    if !places
        .iter()
        .take_while(|p| p.hit.start < title_end)
        .any(|p| p.hit.province == topic.hit.province && usable(&p))
    {
        return None;
    }
    let end = text.sentences[si].first;
    let other = places[lo..places.partition_point(|p| p.hit.start < end)]
        .iter()
        .filter(usable)
        .any(|p| p.hit.kind == PlaceKind::Province && p.hit.province != topic.hit.province);
    (!other).then_some(topic.hit.province)
}
