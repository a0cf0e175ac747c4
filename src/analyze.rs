//! One article through the per-article stages: text analysis, extraction, location.

use chrono::NaiveDate;

use crate::extract;
use crate::geo::Gazetteer;
use crate::lexicon::Lexicon;
use crate::locate;
use crate::model::Mention;
use crate::text::Text;

/// The compiled data every article is read with, built once per run.
pub struct Knowledge {
    pub lexicon: Lexicon,
    pub gazetteer: Gazetteer,
}

/// What the per-article stages learn about one article.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub mentions: Vec<Mention>,
    pub publication_date: Option<NaiveDate>,
    /// See [`extract::DocFacts::as_of`].
    pub as_of: Option<NaiveDate>,
    /// 63-scheme code of the province the article is about, if one.
    pub province_code: Option<String>,
    pub region: Option<String>,
    /// Code points in the NFC text.
    pub chars: usize,
}

/// Articles longer than this (in code points) are read in pieces of about this size, cut at a
/// line break or a space, so that memory stays bounded whatever the input (a 50 MB line).
pub const PIECE_CHARS: usize = 1 << 20;

/// Extracts and locates the mentions of one article's text.
pub fn analyze(raw: &str, known_date: Option<NaiveDate>, k: &Knowledge) -> Analysis {
    analyze_nfc(&crate::text::to_nfc(raw), known_date, k)
}

/// [`analyze`] for text already in NFC (as [`crate::decode`] gives it).
pub fn analyze_nfc(nfc: &str, known_date: Option<NaiveDate>, k: &Knowledge) -> Analysis {
    // No more code points than bytes: most texts need no count to know they fit.
    if nfc.len() <= PIECE_CHARS || nfc.chars().count() <= PIECE_CHARS {
        return analyze_piece(nfc, 0, known_date, k);
    }
    // Pathological length: pieces, each analysed alone; the article's own facts (date,
    // province) come from the first piece, where the header is.
    let mut first: Option<Analysis> = None;
    let mut offset = 0;
    for piece in pieces(nfc) {
        let a = analyze_piece(
            piece,
            offset,
            first
                .as_ref()
                .and_then(|f| f.publication_date)
                .or(known_date),
            k,
        );
        offset += piece.chars().count();
        match &mut first {
            None => first = Some(a),
            Some(f) => f.mentions.extend(a.mentions),
        }
    }
    let mut a = first.expect("a long text has pieces");
    // The pieces cover the text: their code points add up to its own.
    a.chars = offset;
    a
}

fn analyze_piece(
    text: &str,
    offset: usize,
    known_date: Option<NaiveDate>,
    k: &Knowledge,
) -> Analysis {
    let text = Text::from_nfc(text.to_owned());
    let hits = k.lexicon.scan(&text);
    let places = locate::places(&text, &hits, &k.gazetteer);
    let (mut drafts, facts) = extract::extract(&text, &hits, &k.lexicon, known_date, places.any());
    let place = locate::locate(
        facts.publication_date,
        &text,
        &hits,
        &k.lexicon,
        &k.gazetteer,
        &places,
        &mut drafts,
    );
    let mut mentions: Vec<Mention> = drafts
        .into_iter()
        .map(|d| {
            let mut m = d.mention;
            m.start += offset;
            m.end += offset;
            m
        })
        .collect();
    mentions.sort_by_key(|m| (m.start, m.end));
    Analysis {
        mentions,
        publication_date: facts.publication_date,
        as_of: facts.as_of,
        province_code: place
            .province
            .map(|p| k.gazetteer.provinces[p as usize].code_63.clone()),
        region: place.region,
        chars: text.char_len(),
    }
}

/// Cuts a long text into pieces of at most about [`PIECE_CHARS`] code points, at the last line
/// break (else space) before each limit.
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        // Byte index of the PIECE_CHARS-th code point, or the end.
        let limit = rest
            .char_indices()
            .nth(PIECE_CHARS)
            .map(|(b, _)| b)
            .unwrap_or(rest.len());
        if limit == rest.len() {
            out.push(rest);
            break;
        }
        let window = &rest[..limit];
        let floor = limit / 2;
        let cut = window
            .rfind('\n')
            .filter(|&c| c >= floor)
            .or_else(|| window.rfind(' ').filter(|&c| c >= floor))
            .map(|c| c + 1)
            .unwrap_or(limit);
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_cut_at_line_breaks_and_cover_the_text() {
        let line = "Vốn 5 tỷ đồng. ".repeat(PIECE_CHARS / 10);
        let text = format!("{line}\n{line}\n{line}");
        let ps = pieces(&text);
        assert!(ps.len() >= 3);
        assert_eq!(ps.concat(), text);
        assert!(ps.iter().all(|p| p.chars().count() <= PIECE_CHARS));
    }
}
