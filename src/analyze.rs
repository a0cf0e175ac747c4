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
    /// 63-scheme code of the province the article is about, if one.
    pub province_code: Option<String>,
    pub region: Option<String>,
    /// Code points in the NFC text.
    pub chars: usize,
}

/// Extracts and locates the mentions of one article's text.
pub fn analyze(raw: &str, known_date: Option<NaiveDate>, k: &Knowledge) -> Analysis {
    let text = Text::new(raw);
    let hits = k.lexicon.scan(&text);
    let (mut drafts, facts) = extract::extract(&text, &hits, &k.lexicon, known_date);
    let place = locate::locate(
        facts.publication_date,
        &text,
        &hits,
        &k.lexicon,
        &k.gazetteer,
        &mut drafts,
    );
    let mut mentions: Vec<Mention> = drafts.into_iter().map(|d| d.mention).collect();
    mentions.sort_by_key(|m| (m.start, m.end));
    Analysis {
        mentions,
        publication_date: facts.publication_date,
        province_code: place
            .province
            .map(|p| k.gazetteer.provinces[p as usize].code_63.clone()),
        region: place.region,
        chars: text.char_len(),
    }
}
