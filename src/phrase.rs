//! A phrase matcher over folded tokens: the one way solieu finds keywords and place names.
//!
//! Phrases are stored as folded token sequences keyed by their first token, so one pass over an
//! article costs one hash lookup per token, whatever the number of phrases. A phrase may require
//! the original words to match letter for letter (`exact`), or to be capitalised.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::{Text, fold_phrase, toneless_key, word_hash};

/// Keys are already hashes ([`word_hash`]): the map uses them as they are.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, h: u64) {
        self.0 = h;
    }
}

/// A node of the phrase trie: the folded word that leads to it from its parent, and the
/// phrases that end here.
struct Node<V> {
    word: Box<str>,
    parent: u32,
    /// The next node whose edge has the same key (a hash collision), or [`NONE`].
    next: u32,
    ends: Vec<End<V>>,
}

const NONE: u32 = u32::MAX;

/// The key of the edge from `node` by a word of hash `hash`: one table holds the edges of
/// every node but the root, so a lookup is one probe, with no per-node map to reach first.
fn edge_key(node: u32, hash: u64) -> u64 {
    hash ^ (node as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A word an `exact` phrase requires.
struct ExactWord {
    /// Its [`crate::text::syllable_key`].
    key: String,
    /// The word as the phrase writes it, in lower case and capitalised: a token written
    /// either way has the same key, which spares building the token's.
    written: [String; 2],
    /// Its key without the tone mark: the word with its tone lost ("đên" for "đến").
    toneless: String,
}

/// Words are the same when their keys are: `hoà` and `hòa` make one phrase, not two.
impl PartialEq for ExactWord {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl ExactWord {
    fn is(&self, text: &Text, i: usize) -> bool {
        let orig = text.tok_orig(i);
        self.written.iter().any(|w| w == orig) || text.tok_key_is(i, &self.key)
    }
}

/// A phrase ending at a node.
struct End<V> {
    /// Order of addition: matches at one token come out in this order.
    seq: u32,
    exact: Option<Vec<ExactWord>>,
    /// For a phrase matched folded whose words must keep their marks where the text writes any.
    marks: Option<Vec<ExactWord>>,
    capitalized: bool,
    value: V,
}

/// A set of phrases, each with a value.
pub struct PhraseMatcher<V> {
    /// A trie over folded words; node 0 is the root.
    nodes: Vec<Node<V>>,
    /// The root's edges, looked up at every token: word hash to the first node with it.
    roots: HashMap<u64, u32, BuildHasherDefault<Prehashed>>,
    /// The other edges, looked up only inside a match: [`edge_key`] to the first node.
    edges: HashMap<u64, u32, BuildHasherDefault<Prehashed>>,
    added: u32,
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
    /// A word the text writes with marks is the phrase's word (tone placement aside) or that
    /// word with its tone lost ("đên nay"); a word written bare matches by its folded form, for
    /// lost accents. "đó là" is no "đô la", nor "cơ thể" "có thể".
    pub marks: bool,
}

impl<V: Copy + PartialEq> Default for PhraseMatcher<V> {
    fn default() -> Self {
        PhraseMatcher {
            nodes: vec![Node {
                word: "".into(),
                parent: NONE,
                next: NONE,
                ends: Vec::new(),
            }],
            roots: HashMap::default(),
            edges: HashMap::default(),
            added: 0,
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
        let mut node = 0;
        for t in &toks {
            let hash = word_hash(t);
            node = match self.child(node, hash, t) {
                Some(c) => c,
                None => self.insert_child(node, hash, t),
            };
        }
        let words = || {
            let t = Text::new(phrase);
            (0..t.tokens.len())
                .map(|i| {
                    let lower = t.tok_orig(i).to_lowercase();
                    let mut chars = lower.chars();
                    let capitalized = chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default();
                    let key = t.tok_key(i);
                    let toneless = toneless_key(&key).to_owned();
                    ExactWord {
                        key,
                        written: [lower, capitalized],
                        toneless,
                    }
                })
                .collect::<Vec<_>>()
        };
        let exact = strict.exact.then(words);
        let marks = (strict.marks && !strict.exact && !phrase.is_ascii()).then(words);
        let ends = &mut self.nodes[node as usize].ends;
        if !ends.iter().any(|e| {
            e.value == value
                && e.exact == exact
                && e.marks == marks
                && e.capitalized == strict.capitalized
        }) {
            ends.push(End {
                seq: self.added,
                exact,
                marks,
                capitalized: strict.capitalized,
                value,
            });
            self.added += 1;
        }
        true
    }

    pub fn is_empty(&self) -> bool {
        self.roots.is_empty()
    }

    /// Adds a child of `node` for a folded word of hash `hash` (known not to be there yet).
    fn insert_child(&mut self, node: u32, hash: u64, word: &str) -> u32 {
        let c = self.nodes.len() as u32;
        let head = if node == 0 {
            self.roots.insert(hash, c)
        } else {
            self.edges.insert(edge_key(node, hash), c)
        };
        self.nodes.push(Node {
            word: word.into(),
            parent: node,
            next: head.unwrap_or(NONE),
            ends: Vec::new(),
        });
        c
    }

    /// The child of `node` for a folded word of hash `hash`.
    fn child(&self, node: u32, hash: u64, word: &str) -> Option<u32> {
        let mut c = *if node == 0 {
            self.roots.get(&hash)
        } else {
            self.edges.get(&edge_key(node, hash))
        }?;
        loop {
            let n = &self.nodes[c as usize];
            if n.parent == node && *n.word == *word {
                return Some(c);
            }
            if n.next == NONE {
                return None;
            }
            c = n.next;
        }
    }

    /// Every phrase found in `text`, sorted by start token (all overlapping matches).
    pub fn scan(&self, text: &Text) -> Vec<Found<V>> {
        let n = text.tokens.len();
        let mut out = Vec::new();
        let mut here: Vec<(u32, Found<V>)> = Vec::new();
        for i in 0..n {
            let (first, glued) = match self.child(0, text.tokens[i].hash, text.tok(i)) {
                Some(c) => (c, false),
                None => match self.glued_first(text, i) {
                    Some(c) => (c, true),
                    None => continue,
                },
            };
            // Walk the trie along the tokens from i, collecting the phrases that end on the way.
            let mut node = first;
            let mut j = i;
            loop {
                let len = j + 1 - i;
                for e in &self.nodes[node as usize].ends {
                    // A glued first word only starts phrases of several words, matched folded.
                    let allowed = !glued || (len > 1 && e.exact.is_none());
                    if allowed && self.strict_ok(text, i, len, e, glued) {
                        here.push((
                            e.seq,
                            Found {
                                start: i as u32,
                                len: len as u16,
                                value: e.value,
                            },
                        ));
                    }
                }
                j += 1;
                if j >= n || text.tokens[j].newline_before {
                    break;
                }
                match self.child(node, text.tokens[j].hash, text.tok(j)) {
                    Some(c) => node = c,
                    None => break,
                }
            }
            here.sort_by_key(|&(seq, _)| seq);
            out.extend(here.drain(..).map(|(_, f)| f));
        }
        out
    }

    /// For a long word that starts no phrase: the longest known first word ending it, when
    /// glued words are split.
    fn glued_first(&self, text: &Text, i: usize) -> Option<u32> {
        let tok = text.tok(i);
        if !self.split_glued || tok.len() < 7 || text.tokens[i].kind != crate::text::TokKind::Word {
            return None;
        }
        (2..tok.len() - 3).find_map(|cut| {
            let end = &tok[cut..];
            self.child(0, word_hash(end), end)
        })
    }

    /// Whether the tokens `i..i+len`, whose folded words match, meet the phrase's strictness;
    /// `glued`: the first token only ends with the phrase's first word, whose marks go unread.
    fn strict_ok(&self, text: &Text, i: usize, len: usize, e: &End<V>, glued: bool) -> bool {
        if let Some(exact) = &e.exact
            && !exact.iter().enumerate().all(|(k, w)| w.is(text, i + k))
        {
            return false;
        }
        if let Some(marks) = &e.marks
            && !marks
                .iter()
                .enumerate()
                .skip(usize::from(glued))
                .all(|(k, w)| {
                    !text.tokens[i + k].accented
                        || w.is(text, i + k)
                        || text.tok_key_is(i + k, &w.toneless)
                })
        {
            return false;
        }
        !e.capitalized
            || (i..i + len).all(|j| {
                let t = &text.tokens[j];
                t.kind != crate::text::TokKind::Word || t.capitalized || text.tok(j).len() <= 1
            })
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
    fn edges_with_the_same_key_are_told_apart_by_word_and_parent() {
        // Regression guard for the flat edge tables: two words with one hash under the root,
        // and two edges of different parents whose keys collide.
        let mut m = PhraseMatcher::<i32>::default();
        let a = m.insert_child(0, 7, "a");
        let b = m.insert_child(0, 7, "b");
        assert_eq!((m.child(0, 7, "a"), m.child(0, 7, "b")), (Some(a), Some(b)));
        assert_eq!(m.child(0, 7, "c"), None);
        let hash_b = 5 ^ edge_key(a, 0) ^ edge_key(b, 0);
        assert_eq!(edge_key(a, 5), edge_key(b, hash_b));
        let under_a = m.insert_child(a, 5, "x");
        let under_b = m.insert_child(b, hash_b, "x");
        assert_eq!(m.child(a, 5, "x"), Some(under_a));
        assert_eq!(m.child(b, hash_b, "x"), Some(under_b));
        assert_ne!(under_a, under_b);
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
    fn tone_placement_spellings_of_an_exact_phrase_are_one_phrase() {
        // Regression: keeping each word as written made `Hoà Bình` and `Hòa Bình` two phrases
        // with one value, and every match came out twice.
        let exact = Strictness {
            exact: true,
            ..Strictness::default()
        };
        let mut m = PhraseMatcher::default();
        m.add("Hoà Bình", exact, 1);
        m.add("Hòa Bình", exact, 1);
        for text in ["tỉnh Hoà Bình", "tỉnh Hòa Bình", "tỉnh HÒA BÌNH"] {
            let found = m.scan(&Text::new(text));
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!((found[0].start, found[0].len), (1, 2));
        }
        assert!(m.scan(&Text::new("tỉnh Hoá Bình")).is_empty());
    }

    #[test]
    fn capitalized_phrases_need_capitals() {
        let mut m = PhraseMatcher::default();
        m.add(
            "Thống Nhất",
            Strictness {
                capitalized: true,
                ..Strictness::default()
            },
            1,
        );
        assert!(m.scan(&Text::new("thống nhất ý kiến")).is_empty());
        assert_eq!(m.scan(&Text::new("huyện Thống Nhất")).len(), 1);
    }

    #[test]
    fn words_written_with_other_marks_are_other_words() {
        let marks = Strictness {
            marks: true,
            ..Strictness::default()
        };
        let mut m = PhraseMatcher {
            split_glued: true,
            ..PhraseMatcher::default()
        };
        m.add("đô la", marks, 1);
        m.add("đến nay", marks, 2);
        m.add("doanh số", marks, 3);
        m.add("mức gia tăng", marks, 4);
        let found =
            |text: &str| -> Vec<i32> { m.scan(&Text::new(text)).iter().map(|f| f.value).collect() };
        // As written, with tone placement or accents lost, or with only the tone lost.
        for text in ["5 đô la", "5 ĐÔ LA", "5 do la"] {
            assert_eq!(found(text), [1], "{text}");
        }
        assert_eq!(found("tính đên nay"), [2]);
        // A first word glued to the word before keeps matching: "ổn địnhdoanh số".
        assert_eq!(found("ổn địnhdoanh số"), [3]);
        // Another mark is another word, also on a word the phrase writes bare: "mức giá tăng"
        // is no "mức gia tăng".
        for text in ["năm đó là", "45 độ là", "đỏ la", "mức giá tăng"] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
