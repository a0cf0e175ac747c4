//! The two forms of an article's text, and its tokens and sentences.
//!
//! Spans in every output are code points into the NFC text, so that a user can find a figure
//! in the article as decoded. Matching, though, has to survive what real text does to words:
//! upper case, old and new tone placement (`hoà`/`hòa`), lost accents (`ty dong`), zero-width
//! characters and no-break spaces inside numbers. So we keep the NFC original for output and
//! build a *folded* form for matching: ASCII only, lower case, without diacritics, with
//! invisible characters dropped and spaces unified. Every folded byte maps back to the code
//! point it came from, and tokens, sentences and clauses are all computed on the folded form.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

/// An article's text, analysed once and shared by every stage that reads it.
#[derive(Debug)]
pub struct Text {
    /// The NFC text, as decoded; spans index its code points.
    pub nfc: String,
    /// ASCII folded form used for matching (one byte per kept code point).
    pub folded: String,
    /// `orig[i]` is the byte offset in `nfc` of the code point folded byte `i` came from.
    orig: Vec<u32>,
    /// Byte offset in `nfc` of every [`CHECKPOINT`]-th code point, to turn byte offsets into
    /// code point offsets (for spans) without a table of every code point.
    checkpoints: Vec<u32>,
    chars: usize,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// The token ranges of photo captions (the text before an "Ảnh:" credit), found once for
    /// the place finder and the period carry alike.
    pub captions: Vec<(usize, usize)>,
}

const CHECKPOINT: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Digits, possibly with `.` or `,` between digit groups.
    Num,
    /// A run of ASCII letters in the folded form.
    Word,
    /// Any other single visible character.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub kind: TokKind,
    /// Folded byte offsets.
    pub start: u32,
    pub end: u32,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// A line break separates this token from the previous one.
    pub newline_before: bool,
    /// The first letter is upper case in the original text.
    pub capitalized: bool,
    /// The original word carries diacritics (so `hà` is not the unit `ha`).
    pub accented: bool,
    /// [`word_hash`] of the folded text, computed once for every phrase matcher.
    pub hash: u64,
}

/// The most tokens of a sentence kept in the `sentence` column.
pub const SENTENCE_MAX_TOKENS: usize = 160;

/// A sentence: a run of tokens ended by `.`, `!`, `?` before a capital, or a line break.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    /// Token index range.
    pub first: usize,
    pub end: usize,
    /// Index of the paragraph (block of lines without an empty line between them).
    pub paragraph: u32,
    /// Line index, counting every line break.
    pub line: u32,
}

impl Text {
    /// Normalises `raw` to NFC and analyses it.
    pub fn new(raw: &str) -> Text {
        Text::from_nfc(to_nfc(raw).into_owned())
    }

    /// Analyses text the caller has already normalised to NFC.
    pub fn from_nfc(nfc: String) -> Text {
        let mut folded = Vec::with_capacity(nfc.len());
        let mut orig = Vec::with_capacity(nfc.len() + 1);
        let mut checkpoints = Vec::with_capacity(nfc.len() / CHECKPOINT + 1);
        let mut chars = 0;
        let bytes = nfc.as_bytes();
        let fold: &[u8] = &FOLD;
        let mut b = 0;
        while b < bytes.len() {
            if chars % CHECKPOINT == 0 {
                checkpoints.push(b as u32);
            }
            chars += 1;
            let c0 = bytes[b];
            if c0 < 0x80 {
                // ASCII, most of any Vietnamese text: a table instead of the general fold.
                let f = ASCII_FOLD[c0 as usize];
                if f != 0 {
                    folded.push(f);
                    orig.push(b as u32);
                }
                b += 1;
                continue;
            }
            let c = nfc[b..].chars().next().expect("b is at a char boundary");
            if let Some(f) = fold_char_in(fold, c) {
                folded.push(f);
                orig.push(b as u32);
            }
            b += c.len_utf8();
        }
        let folded = String::from_utf8(folded).expect("folding gives ASCII");
        orig.push(nfc.len() as u32);
        let mut text = Text {
            nfc,
            folded,
            orig,
            checkpoints,
            chars,
            tokens: Vec::new(),
            sentences: Vec::new(),
            captions: Vec::new(),
        };
        text.tokens = tokenize(&text);
        text.sentences = split_sentences(&text);
        text.captions = find_captions(&text);
        text
    }

    /// Number of code points in the NFC text.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Code point index of a byte offset (a code point boundary) in the NFC text.
    fn char_of_byte(&self, b: usize) -> usize {
        let k = self
            .checkpoints
            .partition_point(|&c| c as usize <= b)
            .saturating_sub(1);
        let from = self.checkpoints.get(k).copied().unwrap_or(0) as usize;
        k * CHECKPOINT + self.nfc[from..b].chars().count()
    }

    /// Byte offset of a code point index in the NFC text.
    fn byte_of_char(&self, c: usize) -> usize {
        if c >= self.chars {
            return self.nfc.len();
        }
        let from = self.checkpoints[c / CHECKPOINT] as usize;
        from + self.nfc[from..]
            .char_indices()
            .nth(c % CHECKPOINT)
            .map_or(0, |(b, _)| b)
    }

    /// Byte range in the NFC text of tokens `first..=last`.
    fn byte_span(&self, first: usize, last: usize) -> (usize, usize) {
        let s = self.orig[self.tokens[first].start as usize] as usize;
        // The end is past the code point the last folded byte came from.
        let e0 = self.orig[self.tokens[last].end as usize - 1] as usize;
        let e = e0 + self.nfc[e0..].chars().next().map_or(0, char::len_utf8);
        (s, e)
    }

    /// A test of whether a token starts within the first `chars` code points of the NFC text.
    /// The limit is turned into a byte offset once, so a loop over tokens compares offsets
    /// instead of counting code points at every token.
    pub fn starts_within(&self, chars: usize) -> impl Fn(usize) -> bool + '_ {
        let limit = self.byte_of_char(chars);
        move |i| (self.orig[self.tokens[i].start as usize] as usize) < limit
    }

    /// Code point span `[start, end)` in the NFC text of tokens `first..=last`.
    pub fn span(&self, first: usize, last: usize) -> (usize, usize) {
        let (s, e) = self.byte_span(first, last);
        (self.char_of_byte(s), self.char_of_byte(e))
    }

    /// The NFC text of a code point span.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let (s, e) = (self.byte_of_char(start), self.byte_of_char(end.max(start)));
        &self.nfc[s..e]
    }

    /// The folded text of a token.
    pub fn tok(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.folded[t.start as usize..t.end as usize]
    }

    /// The folded text of token `i`, or "" past either end.
    pub fn tok_at(&self, i: isize) -> &str {
        if i < 0 || i as usize >= self.tokens.len() {
            ""
        } else {
            self.tok(i as usize)
        }
    }

    /// The original (NFC) text of a token.
    pub fn tok_orig(&self, i: usize) -> &str {
        let (s, e) = self.byte_span(i, i);
        &self.nfc[s..e]
    }

    /// Whether token `i`, as written, has no lower-case letter: an abbreviation ("UBND",
    /// "USD") or a word in capitals.
    pub fn in_capitals(&self, i: usize) -> bool {
        !self.tok_orig(i).chars().any(char::is_lowercase)
    }

    /// Whether token `i` is one of `words` letter for letter (ignoring case and tone placement).
    /// The folded forms are compared first, so most tokens cost no more than that.
    pub fn word_is(&self, i: usize, words: &[&str]) -> bool {
        if i >= self.tokens.len() {
            return false;
        }
        let folded = self.tok(i);
        words
            .iter()
            .filter(|w| w.len() >= folded.len() && fold_word(w).eq(folded.bytes()))
            .any(|w| {
                if !self.tokens[i].accented || w.is_ascii() {
                    // Equal folded forms: the same word exactly when neither carries marks.
                    return !self.tokens[i].accented && w.is_ascii();
                }
                // Written as given (most often), else compared letter for letter.
                let orig = self.tok_orig(i);
                orig == *w || same_syllables(orig, w)
            })
    }

    /// Whether tokens `a..b` draw a rule, as under a table's header ("|---|:---:|", "+----+"):
    /// no text.
    pub fn rule_line(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| self.tok(k).chars().all(|c| "|-:+=–—".contains(c)))
    }

    /// Whether `words` stand one by one from token `k` on, each as [`Text::word_is`] reads it.
    pub fn words_at(&self, k: usize, words: &[&str]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(i, w)| self.word_is(k + i, &[w]))
    }

    /// The [`syllable_key`] of a token's original text.
    pub fn tok_key(&self, i: usize) -> String {
        let t = &self.tokens[i];
        if !t.accented {
            return self.tok(i).to_owned();
        }
        syllable_key(self.tok_orig(i))
    }

    /// Whether token `i`'s [`syllable_key`] is `key`, without building it.
    pub fn tok_key_is(&self, i: usize, key: &str) -> bool {
        if !self.tokens[i].accented {
            return self.tok(i) == key;
        }
        key_is(self.tok_orig(i), key)
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        match self.sentences.binary_search_by(|s| {
            if i < s.first {
                std::cmp::Ordering::Greater
            } else if i >= s.end {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Equal
            }
        }) {
            Ok(k) => k,
            Err(k) => k
                .saturating_sub(1)
                .min(self.sentences.len().saturating_sub(1)),
        }
    }

    /// Where the title ends: the end of the first sentence that is not a line only dating the
    /// page ([`is_date_line`]), which names no province or year of the news; as the decoder
    /// finds the title. (An article of date lines alone has its first as the title.)
    pub fn title_end(&self) -> usize {
        let dated = |s: &&Sentence| {
            s.first < s.end && {
                let (a, b) = self.byte_span(s.first, s.end - 1);
                is_date_line(&self.nfc[a..b])
            }
        };
        self.sentences
            .iter()
            .find(|s| !dated(s))
            .or(self.sentences.first())
            .map_or(0, |s| s.end)
    }

    /// The NFC text of the sentence holding tokens `first..=last`, trimmed; a run-on sentence
    /// is cut to [`SENTENCE_MAX_TOKENS`] around the tokens, with "…" where it was cut.
    pub fn sentence_text(&self, first: usize, last: usize) -> String {
        let s = &self.sentences[self.sentence_of(first)];
        if s.first >= s.end {
            return String::new();
        }
        let half = SENTENCE_MAX_TOKENS / 2;
        let a_tok = s.first.max(first.saturating_sub(half));
        let b_tok = (s.end - 1).min(last + half);
        let (a, b) = self.byte_span(a_tok, b_tok);
        let mut out = String::new();
        if a_tok > s.first {
            out.push('…');
        }
        out.push_str(self.nfc[a..b].trim());
        if b_tok < s.end - 1 {
            out.push('…');
        }
        out
    }
}

/// A line that only dates the page ("Thứ tư 11/03/2026 04:17", "28/06/2020 - 01:04", a
/// metadata line "date 2024-01-15"): crawled pages often start with one, and it is not the
/// title.
pub fn is_date_line(line: &str) -> bool {
    const WORDS: &[&str] = &[
        "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "cn", "ngày", "gmt", "am",
        "pm", "date",
    ];
    line.bytes().any(|b| b.is_ascii_digit())
        && line
            .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit())
            .filter(|w| !w.is_empty())
            .all(|w| WORDS.contains(&w.to_lowercase().as_str()))
}

/// [`fold_char`] of each ASCII byte, 0 where it is dropped.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\r' | b'\n' => b'\n',
            b'\t' | 0x0b | 0x0c => b' ',
            0x00..=0x1f | 0x7f => 0,
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t
};

/// Folds one code point for matching: `None` drops it (invisible characters, combining marks
/// left over after NFC), otherwise one ASCII byte.
pub fn fold_char(c: char) -> Option<u8> {
    fold_char_in(&FOLD, c)
}

/// [`fold_char`] with the table already at hand (a hot loop dereferences it once).
#[inline]
fn fold_char_in(table: &[u8], c: char) -> Option<u8> {
    let cp = c as usize;
    if cp < 0x80 {
        let f = ASCII_FOLD[cp];
        return (f != 0).then_some(f);
    }
    match table.get(cp - 0x80) {
        Some(&DROPPED) => None,
        Some(&f) => Some(f),
        None => fold_outside_table(c),
    }
}

/// Marks a dropped code point in [`FOLD`].
const DROPPED: u8 = 0xff;
/// Code points below this are folded by table lookup.
const FOLD_TABLE_END: u32 = 0x2100;

/// [`fold_char`] of U+0080..[`FOLD_TABLE_END`] (Latin, punctuation, currency signs), computed
/// once: one lookup instead of a chain of range tests for every letter of a Vietnamese text.
static FOLD: LazyLock<Vec<u8>> = LazyLock::new(|| {
    (0x80..FOLD_TABLE_END)
        .map(|cp| {
            char::from_u32(cp)
                .map_or(Some(0x1a), fold_outside_table)
                .unwrap_or(DROPPED)
        })
        .collect()
});

fn fold_outside_table(c: char) -> Option<u8> {
    let cp = c as u32;
    match c {
        '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Some(b' '),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Some(b'\n'),
        '\u{00ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' => None,
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Some(b'-'),
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => Some(b'\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' => Some(b'"'),
        '\u{2026}' => Some(b'.'),
        '\u{00b2}' => Some(b'2'),
        '\u{00b3}' => Some(b'3'),
        '\u{00b9}' => Some(b'1'),
        '\u{20ab}' => Some(b'd'), // ₫
        '\u{00d7}' => Some(b'x'),
        _ => {
            // Latin letters first: they are most of what is not ASCII.
            if (0x80..0x1f00).contains(&cp) {
                let b = LATIN_FOLD[cp as usize - 0x80];
                if b != 0 {
                    return Some(b);
                }
            }
            if unicode_normalization::char::is_combining_mark(c) {
                return None;
            }
            if c.is_whitespace() {
                Some(b' ')
            } else {
                // Outside Latin: keep a non-word, non-space placeholder so nothing joins across it.
                Some(0x1a)
            }
        }
    }
}

/// Base ASCII letter (lower case) for Latin code points U+0080..U+1F00, 0 where none.
static LATIN_FOLD: LazyLock<Vec<u8>> = LazyLock::new(|| {
    (0x80u32..0x1f00)
        .map(|cp| {
            let Some(c) = char::from_u32(cp) else {
                return 0;
            };
            match c {
                'đ' | 'Đ' | 'ð' | 'Ð' => return b'd',
                'ø' | 'Ø' => return b'o',
                'ß' => return b's',
                'ł' | 'Ł' => return b'l',
                _ => {}
            }
            let mut base = None;
            unicode_normalization::char::decompose_canonical(c, |d| {
                if base.is_none() {
                    base = Some(d);
                }
            });
            match base {
                Some(b) if b.is_ascii_alphabetic() => b.to_ascii_lowercase() as u8,
                _ => 0,
            }
        })
        .collect()
});

fn tokenize(text: &Text) -> Vec<Token> {
    let b = text.folded.as_bytes();
    let mut tokens = Vec::with_capacity(b.len() / 4);
    let mut i = 0;
    let mut space = false;
    let mut newline = false;
    while i < b.len() {
        let c = b[i];
        if c == b' ' {
            space = true;
            i += 1;
            continue;
        }
        if c == b'\n' {
            space = true;
            newline = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_digit() {
            i += 1;
            loop {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                // A separator joins digit groups only when a digit follows it.
                if i + 1 < b.len() && (b[i] == b'.' || b[i] == b',') && b[i + 1].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                break;
            }
            TokKind::Num
        } else if c.is_ascii_lowercase() {
            while i < b.len() && b[i].is_ascii_lowercase() {
                i += 1;
            }
            TokKind::Word
        } else {
            i += 1;
            TokKind::Punct
        };
        let (capitalized, accented) = if kind == TokKind::Word {
            let o0 = text.orig[start] as usize;
            let first = text.nfc.as_bytes()[o0];
            let cap = if first.is_ascii() {
                first.is_ascii_uppercase()
            } else {
                text.nfc[o0..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            };
            // As many original bytes as folded ones up to the next kept character: all ASCII.
            let accented = text.orig[i] as usize - o0 != i - start && {
                let o1 = text.orig[i - 1] as usize;
                let last = text.nfc[o1..].chars().next().map_or(0, char::len_utf8);
                !text.nfc[o0..o1 + last].is_ascii()
            };
            (cap, accented)
        } else {
            (false, false)
        };
        tokens.push(Token {
            kind,
            start: start as u32,
            end: i as u32,
            space_before: space,
            newline_before: newline,
            capitalized,
            accented,
            hash: word_hash(&text.folded[start..i]),
        });
        space = false;
        newline = false;
    }
    tokens
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "tp", "tx", "tt", "q", "p", "ths", "ts", "pgs", "gs", "bs", "ks", "co", "ltd", "mr", "ms",
    "dr", "st", "v", "vv", "no",
];

/// The token ranges of photo captions: the text before a credit ("Ảnh: TTXVN") back to
/// the start of its sentence, or the whole sentence before when the credit opens one.
/// Flattened pages run caption, credit and the next paragraph together. ("Ảnh minh họa"
/// labels a picture that has no caption: the text before it is the article's.)
fn find_captions(text: &Text) -> Vec<(usize, usize)> {
    // Most articles have no credit: one substring search instead of a look at every token.
    if !text.nfc.contains("Ảnh") {
        return Vec::new();
    }
    (0..text.tokens.len())
        .filter(|&k| {
            text.tok(k) == "anh" && text.tok_orig(k) == "Ảnh" && text.tok_at(k as isize + 1) == ":"
        })
        .filter_map(|k| {
            let sent = text.sentences[text.sentence_of(k)];
            if sent.first < k {
                Some((sent.first, k))
            } else {
                let prev = text.sentence_of(k).checked_sub(1)?;
                Some((text.sentences[prev].first, k))
            }
        })
        .collect()
}

fn split_sentences(text: &Text) -> Vec<Sentence> {
    let toks = &text.tokens;
    let mut out = Vec::new();
    let mut first = 0;
    let mut paragraph = 0u32;
    let mut line = 0u32;
    let mut para_of_first = 0u32;
    let mut line_of_first = 0u32;
    let b = text.folded.as_bytes();
    for i in 0..toks.len() {
        if toks[i].newline_before && i > 0 {
            // Count line breaks in the gap to find empty lines (paragraph breaks).
            let gap = &b[toks[i - 1].end as usize..toks[i].start as usize];
            let breaks = gap.iter().filter(|&&c| c == b'\n').count() as u32;
            line += breaks;
            if breaks >= 2 {
                paragraph += 1;
            }
            // A hard-wrapped line (PDF text, fixed-width dumps) continues its sentence: one line
            // break, no closing punctuation, and a lower-case word (or a number after one). The
            // first line is the title, which ends at its line break: "... thành lập mới" then
            // "5 tháng đầu năm, ..." are two sentences.
            let prev = &toks[i - 1];
            let continues = breaks == 1
                && first > 0
                && !matches!(text.tok(i - 1), "." | "!" | "?" | ":" | ";")
                && ((toks[i].kind == TokKind::Word && !toks[i].capitalized)
                    || (toks[i].kind == TokKind::Num
                        && prev.kind == TokKind::Word
                        && !prev.capitalized));
            if continues {
                continue;
            }
            if i > first {
                out.push(Sentence {
                    first,
                    end: i,
                    paragraph: para_of_first,
                    line: line_of_first,
                });
            }
            first = i;
            para_of_first = paragraph;
            line_of_first = line;
        }
        let t = text.tok(i);
        if matches!(t, "." | "!" | "?") {
            // Ends a sentence when followed by a space and a capital or a digit, and not after
            // an abbreviation or a single capital (initials).
            let next = toks.get(i + 1);
            let ends = match next {
                None => true,
                Some(n) => {
                    n.space_before
                        && (n.capitalized || n.kind != TokKind::Word)
                        && !n.newline_before
                }
            };
            // (Not a letter that numbers or grades something: "quý I.", "giai đoạn I.", "dự án
            // nhóm B.")
            // (Written in lower case, as words: "Lê Quý Đ." is a name.)
            let graded = i > 1
                && !toks[i - 2].capitalized
                && text.word_is(
                    i - 2,
                    &[
                        "quý", "đoạn", "nhóm", "loại", "hạng", "khóa", "khoá", "phần",
                    ],
                );
            let prev_abbrev = i > 0
                && toks[i - 1].kind == TokKind::Word
                && t == "."
                && (ABBREVIATIONS.contains(&text.tok(i - 1))
                    || (text.tok(i - 1).len() == 1 && toks[i - 1].capitalized && !graded));
            // (Nor a leader of four dots or more between a label and its value on one line:
            // "Tổng vốn đầu tư .......... 4.900 tỷ đồng".)
            let leader = t == "."
                && i >= 3
                && (i - 3..i).all(|k| text.tok(k) == "." && !toks[k + 1].space_before)
                && next.is_some_and(|n| n.kind == TokKind::Num);
            if ends && !prev_abbrev && !leader && next.is_some_and(|n| !n.newline_before) {
                out.push(Sentence {
                    first,
                    end: i + 1,
                    paragraph: para_of_first,
                    line: line_of_first,
                });
                first = i + 1;
                para_of_first = paragraph;
                line_of_first = line;
            }
        }
    }
    if first < toks.len() {
        out.push(Sentence {
            first,
            end: toks.len(),
            paragraph: para_of_first,
            line: line_of_first,
        });
    }
    out
}

/// The hash phrase matchers look a folded word up by.
pub fn word_hash(folded: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(folded.as_bytes());
    h.finish()
}

/// The folded bytes of a word (see [`fold_char`]).
fn fold_word(w: &str) -> impl Iterator<Item = u8> + '_ {
    w.chars().filter_map(fold_char)
}

/// `s` in NFC, borrowed when it is already.
pub fn to_nfc(s: &str) -> std::borrow::Cow<'_, str> {
    if is_nfc(s) {
        s.into()
    } else {
        s.nfc().collect::<String>().into()
    }
}

/// Whether text is already in NFC (the quick check, exact for the text we see).
pub fn is_nfc(s: &str) -> bool {
    // Vietnamese text is ASCII, Latin-1 to Latin Extended-B, Latin Extended Additional,
    // general punctuation and currency signs: code points that are NFC on their own and never
    // combine with what follows (quick check Yes, combining class 0). Read on the UTF-8 bytes;
    // only text with anything else pays for the full quick check.
    // Classify lead bytes only: continuation bytes (0x80..0xBF) belong to a lead byte already
    // judged, so a byte-by-byte table lookup needs no decoding.
    const FINE: u8 = 0;
    const E1: u8 = 1;
    const E2: u8 = 2;
    const OTHER: u8 = 3;
    const CLASS: [u8; 256] = {
        let mut t = [OTHER; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = match b as u8 {
                // ASCII, continuation bytes, U+0080..U+02FF
                0x00..=0xcb => FINE,
                0xe1 => E1,
                0xe2 => E2,
                _ => OTHER,
            };
            b += 1;
        }
        t
    };
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let fine = match CLASS[b[i] as usize] {
            FINE => true,
            // U+1E00..U+1EFF
            E1 => (0xb8..=0xbb).contains(&b[i + 1]),
            // U+2002..U+20CF
            E2 => {
                (b[i + 1] == 0x80 && b[i + 2] >= 0x82)
                    || b[i + 1] == 0x81
                    || b[i + 1] == 0x82
                    || (b[i + 1] == 0x83 && b[i + 2] < 0x90)
            }
            _ => false,
        };
        if !fine {
            return unicode_normalization::is_nfc_quick(s.chars())
                == unicode_normalization::IsNormalized::Yes;
        }
        i += 1;
    }
    true
}

/// A word's identity for letter-for-letter comparison: lower case and decomposed, with the
/// tone mark taken out and appended, so that old and new tone placement (`hoà`/`hòa`,
/// `thuỷ`/`thủy`) compare equal while `tăng`/`tầng` and `đặt`/`đất` stay apart.
pub fn syllable_key(word: &str) -> String {
    let mut key = String::with_capacity(word.len() + 4);
    key_chars(word, |c| {
        key.push(c);
        true
    });
    key
}

/// Feeds the code points of `word`'s [`syllable_key`] to `f` in order, stopping when `f`
/// returns false; returns whether `f` accepted them all. No allocation, so that comparing a
/// token against a key costs no more than reading both.
fn key_chars(word: &str, mut f: impl FnMut(char) -> bool) -> bool {
    let mut tone = None;
    let mut go = true;
    for c in word.chars() {
        // Most letters of a Vietnamese word are ASCII: their key is their lower case, with no
        // Unicode case table or decomposition to look up.
        if c.is_ascii() {
            if !f(c.to_ascii_lowercase()) {
                return false;
            }
            continue;
        }
        for l in c.to_lowercase() {
            unicode_normalization::char::decompose_canonical(l, |d| {
                if !go {
                    return;
                }
                if is_tone_mark(d) {
                    tone = Some(d);
                } else {
                    go = f(d);
                }
            });
            if !go {
                return false;
            }
        }
    }
    tone.is_none_or(f)
}

/// Whether `c` is one of the five combining tone marks (grave, acute, tilde, hook, dot below).
fn is_tone_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}'
    )
}

/// A [`syllable_key`] without its tone mark, which the key keeps last: the key of the word
/// with its tone lost ("đên" for "đến").
pub fn toneless_key(key: &str) -> &str {
    key.strip_suffix(is_tone_mark).unwrap_or(key)
}

/// Whether `word`'s [`syllable_key`] is `key`.
fn key_is(word: &str, key: &str) -> bool {
    let mut k = key.chars();
    key_chars(word, |c| k.next() == Some(c)) && k.next().is_none()
}

/// Whether two words have the same [`syllable_key`].
pub fn same_syllables(a: &str, b: &str) -> bool {
    // Keys of real words are short: build `b`'s on the stack, fall back to the heap past that.
    let mut buf = ['\0'; 32];
    let mut n = 0;
    let fits = key_chars(b, |c| {
        if n == buf.len() {
            return false;
        }
        buf[n] = c;
        n += 1;
        true
    });
    if !fits {
        return key_is(a, &syllable_key(b));
    }
    let mut k = buf[..n].iter();
    key_chars(a, |c| k.next() == Some(&c)) && k.next().is_none()
}

/// The [`syllable_key`]s of a phrase's words, for letter-for-letter comparison.
pub fn phrase_keys(phrase: &str) -> Vec<String> {
    let t = Text::new(phrase);
    (0..t.tokens.len()).map(|i| t.tok_key(i)).collect()
}

/// Folds a phrase from the lexicon the way article text is folded, as its token texts.
pub fn fold_phrase(phrase: &str) -> Vec<String> {
    let t = Text::new(phrase);
    (0..t.tokens.len()).map(|i| t.tok(i).to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_within_agrees_with_code_point_spans() {
        // Multi-byte letters, a dropped zero-width space and an emoji: byte and code point
        // offsets part ways early, and every limit up to past the end is checked.
        let t = Text::new("Tổng vốn\u{200b} đầu tư 😀 đạt 1.494 tỷ đồng, tăng 38,1%.");
        for limit in 0..=t.char_len() + 2 {
            let within = t.starts_within(limit);
            for i in 0..t.tokens.len() {
                assert_eq!(
                    within(i),
                    t.span(i, i).0 < limit,
                    "token {i}, limit {limit}"
                );
            }
        }
    }

    #[test]
    fn folds_tone_placement_and_accents_alike() {
        assert_eq!(Text::new("Hoà Bình").folded, Text::new("Hòa Bình").folded);
        assert_eq!(Text::new("Luỹ kế").folded, "luy ke");
        assert_eq!(Text::new("Đồng Nai").folded, "dong nai");
    }

    #[test]
    fn syllable_keys_ignore_tone_placement_only() {
        assert_eq!(syllable_key("hoà"), syllable_key("hòa"));
        assert_eq!(syllable_key("Thuỷ"), syllable_key("thủy"));
        assert_ne!(syllable_key("tăng"), syllable_key("tầng"));
        assert_ne!(syllable_key("đặt"), syllable_key("đất"));
    }

    #[test]
    fn greek_extended_letters_fold_without_panicking() {
        // Found by the fuzzer: U+1F00..U+1FFF indexed past the end of the Latin fold table.
        let t = Text::new("ἀ 5 ha ῼ");
        assert_eq!(t.folded, "\u{1a} 5 ha \u{1a}");
    }

    #[test]
    fn nfd_input_gives_nfc_offsets() {
        let nfd: String = "Vốn 1.494 tỷ đồng".nfd().collect();
        let t = Text::new(&nfd);
        assert_eq!(t.nfc, "Vốn 1.494 tỷ đồng");
        let i = (0..t.tokens.len()).find(|&i| t.tok(i) == "1.494").unwrap();
        assert_eq!(t.span(i, i), (4, 9));
    }

    #[test]
    fn zero_width_and_nbsp_do_not_split_numbers() {
        let t = Text::new("đạt 1.\u{200b}494\u{00a0}tỷ");
        let toks: Vec<&str> = (0..t.tokens.len()).map(|i| t.tok(i)).collect();
        assert_eq!(toks, ["dat", "1.494", "ty"]);
        // The span of the number covers the invisible character in the original.
        let (s, e) = t.span(1, 1);
        assert_eq!(t.slice(s, e), "1.\u{200b}494");
    }

    #[test]
    fn sentences_split_on_full_stop_but_not_after_tp() {
        let t = Text::new("TP. Hồ Chí Minh có 5 KCN. Hà Nội có 10 KCN.\nDòng mới");
        assert_eq!(t.sentences.len(), 3);
        assert_eq!(t.sentence_text(0, 0), "TP. Hồ Chí Minh có 5 KCN.");
    }

    #[test]
    fn a_letter_that_grades_ends_a_sentence_but_an_initial_does_not() {
        let t = Text::new(
            "Thất nghiệp giảm trong quý I. Trong đó, 5 dự án nhóm B. Ông Nguyễn Văn A. Phạm nói. \
             Ông Lê Quý Đ. Minh nói.",
        );
        let firsts: Vec<&str> = (0..t.sentences.len())
            .map(|i| t.tok(t.sentences[i].first))
            .collect();
        assert_eq!(firsts, vec!["that", "trong", "ong", "ong"], "{firsts:?}");
    }

    #[test]
    fn a_wrapped_line_continues_its_sentence_but_the_title_ends_at_its_line() {
        // Regression: a title ending in a lower-case word ran on into a first line starting with
        // a number, so the body's "cùng kỳ năm 2016" counted as a year in the title.
        let t = Text::new(
            "Doanh nghiệp thành lập mới\n5 tháng đầu năm, cả nước có 50.534\ndoanh nghiệp \
             thành lập\nmới.",
        );
        assert_eq!(t.sentences.len(), 2);
        assert_eq!(t.sentence_text(0, 0), "Doanh nghiệp thành lập mới");
    }

    #[test]
    fn line_breaks_separate_numbers() {
        // Regression: line breaks were dropped in folding, gluing "53,13\n2" into "53,132".
        let t = Text::new("Bộ 53,13\n2 Đồng");
        let toks: Vec<&str> = (0..t.tokens.len()).map(|i| t.tok(i)).collect();
        assert_eq!(toks, ["bo", "53,13", "2", "dong"]);
        assert!(t.tokens[2].newline_before);
        assert_eq!(t.sentences.len(), 2);
    }

    #[test]
    fn decimal_separators_stay_inside_number_tokens() {
        let t = Text::new("16.910,18 tỷ; 3,383.96 ha; năm 2023.");
        let toks: Vec<&str> = (0..t.tokens.len()).map(|i| t.tok(i)).collect();
        assert_eq!(
            toks,
            [
                "16.910,18",
                "ty",
                ";",
                "3,383.96",
                "ha",
                ";",
                "nam",
                "2023",
                "."
            ]
        );
    }

    /// Vietnamese letters, both tone placements, NBSP, general punctuation, and things that
    /// are not NFC or combine (a bare combining mark, U+2000, Hangul jamo, Ω as U+2126).
    const PIECES: &[&str] = &[
        "a",
        "Đ",
        "ộ",
        "hoà",
        "hòa",
        "Thuỷ",
        "thủy",
        "tăng",
        "tầng",
        "đặt",
        "đất",
        "\u{a0}",
        "\u{2013}",
        "₫",
        "1.494",
        " ",
        "\u{301}",
        "\u{2000}",
        "\u{1100}\u{1161}",
        "\u{2126}",
        "e\u{302}",
        "\u{1f00}",
        "Ὕ",
        "İ",
        "\u{200b}",
        "x\u{1}y",
    ];

    fn pieces() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop::collection::vec(prop::sample::select(PIECES), 0..12).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #[test]
        fn is_nfc_agrees_with_the_quick_check(s in pieces()) {
            // The byte-level fast path answers as the full quick check would.
            let quick = unicode_normalization::is_nfc_quick(s.chars())
                == unicode_normalization::IsNormalized::Yes;
            proptest::prop_assert_eq!(is_nfc(&s), quick);
        }

        #[test]
        fn is_nfc_agrees_on_any_text(s in proptest::prelude::any::<String>()) {
            // The fast path may only say yes where the full check does.
            if is_nfc(&s) {
                proptest::prop_assert_eq!(s.nfc().collect::<String>(), s);
            }
        }

        #[test]
        fn key_comparisons_agree_with_built_keys(a in pieces(), b in pieces()) {
            proptest::prop_assert_eq!(same_syllables(&a, &b), syllable_key(&a) == syllable_key(&b));
            proptest::prop_assert_eq!(key_is(&a, &syllable_key(&b)), syllable_key(&a) == syllable_key(&b));
        }

        #[test]
        fn token_flags_agree_with_the_original_words(s in pieces()) {
            let t = Text::new(&s);
            for (i, tok) in t.tokens.iter().enumerate().filter(|(_, k)| k.kind == TokKind::Word) {
                let word = t.tok_orig(i);
                proptest::prop_assert_eq!(tok.accented, !word.is_ascii(), "{:?}", word);
                proptest::prop_assert_eq!(
                    tok.capitalized,
                    word.chars().next().is_some_and(char::is_uppercase)
                );
                proptest::prop_assert_eq!(tok.hash, word_hash(t.tok(i)));
            }
        }
    }
}
