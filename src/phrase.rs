//! A phrase matcher over folded tokens: the one way solieu finds keywords and place names.
//!
//! Phrases are stored as folded token sequences keyed by their first token, so one pass over an
//! article costs one hash lookup per token, whatever the number of phrases. A phrase may require
//! the original words to match letter for letter (`exact`), or to be capitalised.

use rustc_hash::FxHashMap as HashMap;

use crate::text::{Text, fold_phrase};

struct Entry<V> {
    rest: Vec<String>,
    exact: Option<Vec<String>>,
    capitalized: bool,
    value: V,
}

/// A set of phrases, each with a value.
pub struct PhraseMatcher<V> {
    by_first: HashMap<String, Vec<Entry<V>>>,
    /// Also match multi-word phrases whose first word is glued to the word before it
    /// (`ổn địnhdoanh thu`): typing slips that real articles carry.
    pub split_glued: bool,
}

/// A phrase found in a text: tokens `start..start+len`.
#[derive(Debug, Clone, Copy)]
pub struct Found<V> {
    pub start: u32,
    pub len: u16,
    pub value: V,
}

impl<V> Found<V> {
    pub fn end(&self) -> usize {
        self.start as usize + self.len as usize
    }
}

/// How a phrase must match beyond its folded tokens.
#[derive(Debug, Clone, Copy, Default)]
pub struct Strictness {
    /// The original words equal the phrase letter for letter, ignoring case.
    pub exact: bool,
    /// Every word of the original starts with a capital letter, or is the phrase as written.
    pub capitalized: bool,
}

impl<V: Copy + PartialEq> Default for PhraseMatcher<V> {
    fn default() -> Self {
        PhraseMatcher {
            by_first: HashMap::default(),
            split_glued: false,
        }
    }
}

impl<V: Copy + PartialEq> PhraseMatcher<V> {
    /// Adds a phrase; returns false when it has no words. Duplicates are kept once.
    pub fn add(&mut self, phrase: &str, strict: Strictness, value: V) -> bool {
        let toks = fold_phrase(phrase);
        if toks.is_empty() {
            return false;
        }
        let exact = strict.exact.then(|| crate::text::phrase_keys(phrase));
        let entries = self.by_first.entry(toks[0].clone()).or_default();
        let rest = toks[1..].to_vec();
        if !entries.iter().any(|e| {
            e.rest == rest
                && e.value == value
                && e.exact == exact
                && e.capitalized == strict.capitalized
        }) {
            entries.push(Entry {
                rest,
                exact,
                capitalized: strict.capitalized,
                value,
            });
        }
        true
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Every phrase found in `text`, sorted by start token (all overlapping matches).
    pub fn scan(&self, text: &Text) -> Vec<Found<V>> {
        let n = text.tokens.len();
        let mut out = Vec::new();
        for i in 0..n {
            let tok = text.tok(i);
            if let Some(entries) = self.by_first.get(tok) {
                for e in entries {
                    if let Some(len) = self.match_rest(text, i, e) {
                        out.push(Found {
                            start: i as u32,
                            len: len as u16,
                            value: e.value,
                        });
                    }
                }
            } else if self.split_glued
                && tok.len() >= 7
                && text.tokens[i].kind == crate::text::TokKind::Word
            {
                // The longest known word ending this token, if a phrase starts with it.
                for cut in 2..tok.len() - 3 {
                    let Some(entries) = self.by_first.get(&tok[cut..]) else {
                        continue;
                    };
                    for e in entries
                        .iter()
                        .filter(|e| !e.rest.is_empty() && e.exact.is_none())
                    {
                        if let Some(len) = self.match_rest(text, i, e) {
                            out.push(Found {
                                start: i as u32,
                                len: len as u16,
                                value: e.value,
                            });
                        }
                    }
                    break;
                }
            }
        }
        out
    }

    /// The phrase's length in tokens if `e` matches at token `i` (its first word already did).
    fn match_rest(&self, text: &Text, i: usize, e: &Entry<V>) -> Option<usize> {
        let n = text.tokens.len();
        let len = 1 + e.rest.len();
        if i + len > n {
            return None;
        }
        let words_match = e.rest.iter().enumerate().all(|(k, w)| {
            let j = i + 1 + k;
            !text.tokens[j].newline_before && text.tok(j) == w
        });
        if !words_match {
            return None;
        }
        if let Some(exact) = &e.exact
            && !exact
                .iter()
                .enumerate()
                .all(|(k, w)| text.tok_key(i + k) == *w)
        {
            return None;
        }
        if e.capitalized
            && !(i..i + len).all(|j| {
                let t = &text.tokens[j];
                t.kind != crate::text::TokKind::Word || t.capitalized || text.tok(j).len() <= 1
            })
        {
            return None;
        }
        Some(len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_overlapping_phrases() {
        let mut m = PhraseMatcher::default();
        m.add("vốn", Strictness::default(), 1);
        m.add("vốn đầu tư", Strictness::default(), 2);
        let t = Text::new("tổng vốn đầu tư");
        let found: Vec<(u32, u16, i32)> = m
            .scan(&t)
            .iter()
            .map(|f| (f.start, f.len, f.value))
            .collect();
        assert_eq!(found, [(1, 1, 1), (1, 3, 2)]);
    }

    #[test]
    fn glued_first_words_match_when_asked() {
        // Regression: "khá ổn địnhdoanh thu" lost its revenue cue.
        let mut m = PhraseMatcher::default();
        m.add("doanh thu", Strictness::default(), 1);
        let t = Text::new("ổn địnhdoanh thu");
        assert!(m.scan(&t).is_empty());
        m.split_glued = true;
        let found = m.scan(&t);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].len), (1, 2));
    }

    #[test]
    fn capitalized_phrases_need_capitals() {
        let mut m = PhraseMatcher::default();
        m.add(
            "Thống Nhất",
            Strictness {
                capitalized: true,
                exact: false,
            },
            1,
        );
        assert!(m.scan(&Text::new("thống nhất ý kiến")).is_empty());
        assert_eq!(m.scan(&Text::new("huyện Thống Nhất")).len(), 1);
    }
}
