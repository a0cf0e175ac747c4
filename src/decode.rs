//! Decoding: a raw record's bytes into an [`Article`] (NFC text, title, date, encoding used),
//! or a [`Reject`] saying why not. Nothing after this stage sees bytes.
//!
//! Encodings, in order of trust: a byte-order mark; valid UTF-8; a charset named in an HTML
//! `<meta>`; the configured fallback; and only then a guess (chardetng, told the text is
//! Vietnamese), accepted only when it decodes without errors.

use chrono::NaiveDate;
use encoding_rs::Encoding;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::config::JsonFields;
use crate::html;
use crate::source::{DocKind, RawDoc, Reject, RejectReason};

/// One decoded article.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub doc_id: String,
    pub source: String,
    pub record: Option<String>,
    pub title: Option<String>,
    /// A publication date from metadata (HTML meta tags, a JSON field).
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    /// The article text in NFC; mention offsets are code points into it.
    pub text: String,
    /// The encoding the bytes were read in.
    pub encoding: &'static str,
}

#[derive(Debug, Clone, Default)]
pub struct DecodeOptions {
    pub fallback: Option<&'static Encoding>,
    pub json: JsonFields,
}

/// Decodes one record.
pub fn decode(raw: RawDoc, opts: &DecodeOptions) -> Result<Article, Reject> {
    let reject = |reason: RejectReason, detail: String| Reject {
        source: raw.source.clone(),
        record: raw.record.clone(),
        reason,
        detail,
    };
    if raw.bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(reject(RejectReason::Empty, "no content".into()));
    }
    let (text, encoding) = to_string(&raw.bytes, raw.kind == DocKind::Html, opts.fallback)
        .map_err(|(reason, detail)| reject(reason, detail))?;
    let text: String = if crate::text::is_nfc(&text) {
        text
    } else {
        text.nfc().collect()
    };
    let (title, date, url, body) = match raw.kind {
        DocKind::Text => {
            let title = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !crate::text::is_date_line(l))
                .map(str::to_owned);
            (title, None, None, text)
        }
        DocKind::Html => {
            let page = html::extract(&text);
            let date = page.date.as_deref().and_then(parse_date);
            (page.title, date, page.url, page.text)
        }
        DocKind::Json => {
            let v: Value = serde_json::from_str(&text)
                .map_err(|e| reject(RejectReason::InvalidJson, e.to_string()))?;
            if !v.is_object() {
                return Err(reject(
                    RejectReason::InvalidJson,
                    "a record must be a JSON object".into(),
                ));
            }
            let get = |names: &[String]| {
                names.iter().find_map(|n| match v.get(n)? {
                    Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
                    Value::Number(x) => Some(x.to_string()),
                    _ => None,
                })
            };
            let Some(body) = get(&opts.json.text) else {
                return Err(reject(
                    RejectReason::NoText,
                    format!("no text field (looked for {})", opts.json.text.join(", ")),
                ));
            };
            // A record's text may itself be HTML.
            let body = if looks_like_html(&body) {
                html::extract(&body).text
            } else {
                body
            };
            let title = get(&opts.json.title);
            let date = get(&opts.json.date).as_deref().and_then(parse_date);
            (title, date, get(&opts.json.url), body.nfc().collect())
        }
    };
    if !body.chars().any(char::is_alphanumeric) {
        return Err(reject(
            RejectReason::NoText,
            "no letters or digits in the text".into(),
        ));
    }
    Ok(Article {
        doc_id: raw.doc_id,
        source: raw.source,
        record: raw.record,
        title: title
            .map(|t| t.nfc().collect::<String>())
            .map(|t| t.trim().to_owned()),
        date,
        url,
        text: body,
        encoding,
    })
}

fn looks_like_html(s: &str) -> bool {
    let head = &s[..s.len().min(2000)];
    head.contains("</p>") || head.contains("<br") || head.contains("</div>")
}

/// Bytes to text, with the encoding used; or why not.
fn to_string(
    bytes: &[u8],
    html: bool,
    fallback: Option<&'static Encoding>,
) -> Result<(String, &'static str), (RejectReason, String)> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err((
                RejectReason::Undecodable,
                format!("invalid {} after its byte-order mark", enc.name()),
            ));
        }
        return Ok((text.into_owned(), enc.name()));
    }
    // Most inputs are UTF-8: validate with SIMD (std's check is several times slower on
    // Vietnamese, where a third of the bytes are multi-byte).
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        if looks_binary(bytes) {
            return Err((
                RejectReason::Binary,
                "control bytes: not a text file".into(),
            ));
        }
        return Ok((s.to_owned(), "UTF-8"));
    }
    if looks_binary(bytes) {
        return Err((
            RejectReason::Binary,
            "control bytes: not a text file".into(),
        ));
    }
    let declared = if html { meta_charset(bytes) } else { None };
    let mut candidates: Vec<&'static Encoding> = declared.into_iter().chain(fallback).collect();
    if candidates.is_empty() {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        // The top-level domain hint tells the detector to expect Vietnamese (windows-1258).
        candidates.push(det.guess(Some(b"vn"), chardetng::Utf8Detection::Deny));
    }
    for enc in candidates {
        let (text, _, had_errors) = enc.decode(bytes);
        if !had_errors {
            return Ok((text.into_owned(), enc.name()));
        }
    }
    Err((
        RejectReason::Undecodable,
        "not valid UTF-8, and no legacy encoding decodes it cleanly".into(),
    ))
}

/// NUL bytes or many other control bytes in the first 8 KiB: a binary file.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 20 > head.len()
}

/// The charset an HTML page declares in its first KiB.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let p = head.find("charset=")? + "charset=".len();
    let rest = head[p..].trim_start_matches(['"', '\'', ' ']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest.as_bytes()[..end])
}

/// Reads a date from metadata: ISO 8601 (`2024-01-09`, `2024-01-09T08:00:00+07:00`),
/// `09/01/2024`, `2024/01/09`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head: String = s.chars().take(10).collect();
    if let Ok(d) = NaiveDate::parse_from_str(&head, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(d) = NaiveDate::parse_from_str(&head, "%Y/%m/%d") {
        return Some(d);
    }
    let first = s.split_whitespace().next().unwrap_or("");
    NaiveDate::parse_from_str(first, "%d/%m/%Y")
        .or_else(|_| NaiveDate::parse_from_str(first, "%d-%m-%Y"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(kind: DocKind, bytes: &[u8]) -> RawDoc {
        RawDoc {
            doc_id: "x".into(),
            source: "x".into(),
            record: None,
            kind,
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Vốn 5 tỷ đồng".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let a = decode(raw(DocKind::Text, &bytes), &DecodeOptions::default()).unwrap();
        assert_eq!(a.text, "Vốn 5 tỷ đồng");
        assert_eq!(a.encoding, "UTF-16LE");
    }

    #[test]
    fn windows_1258_is_detected_and_normalised() {
        // Windows-1258 writes a letter with its vowel mark (ô, ư) and the tone as a combining mark.
        let cp1258: String = "Tổng vốn đầu tư đạt 1.494 tỷ đồng tại các khu công nghiệp của tỉnh"
            .chars()
            .flat_map(|c| {
                let tones = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
                let nfd: Vec<char> = c.to_string().nfd().collect();
                let tone = nfd.iter().find(|x| tones.contains(x)).copied();
                let base: String = nfd
                    .iter()
                    .filter(|x| !tones.contains(x))
                    .collect::<String>()
                    .nfc()
                    .collect();
                base.chars().chain(tone).collect::<Vec<char>>()
            })
            .collect();
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&cp1258);
        assert!(!unmappable);
        let a = decode(raw(DocKind::Text, &bytes), &DecodeOptions::default()).unwrap();
        assert_eq!(a.encoding, "windows-1258");
        assert_eq!(
            a.text,
            "Tổng vốn đầu tư đạt 1.494 tỷ đồng tại các khu công nghiệp của tỉnh"
        );
    }

    #[test]
    fn a_date_bar_is_not_the_title() {
        let text = "Thứ tư, 11/03/2026 04:17\n\n28/06/2020 - 01:04\ndate 2020-06-28\nKCN Gia \
                    Bình II hoàn thành hạ tầng\nNội dung";
        let a = decode(
            raw(DocKind::Text, text.as_bytes()),
            &DecodeOptions::default(),
        )
        .unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("KCN Gia Bình II hoàn thành hạ tầng")
        );
        let a = decode(
            raw(DocKind::Text, "Năm 2023: 5 KCN mới\nx".as_bytes()),
            &DecodeOptions::default(),
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("Năm 2023: 5 KCN mới"));
    }

    #[test]
    fn binary_and_empty_inputs_are_rejected() {
        let e = decode(
            raw(DocKind::Text, b"\x00\x01\x02PK"),
            &DecodeOptions::default(),
        )
        .unwrap_err();
        assert_eq!(e.reason, RejectReason::Binary);
        let e = decode(raw(DocKind::Text, b"  \n "), &DecodeOptions::default()).unwrap_err();
        assert_eq!(e.reason, RejectReason::Empty);
    }

    #[test]
    fn json_records_need_text() {
        let opts = DecodeOptions::default();
        let a = decode(
            raw(
                DocKind::Json,
                r#"{"id":"a","title":"T","content":"5 dự án","date":"2024-01-09"}"#.as_bytes(),
            ),
            &opts,
        )
        .unwrap();
        assert_eq!(a.text, "5 dự án");
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2024, 1, 9));
        let e = decode(raw(DocKind::Json, br#"{"id":"a","title":"T"}"#), &opts).unwrap_err();
        assert_eq!(e.reason, RejectReason::NoText);
        let e = decode(raw(DocKind::Json, br#"{"id":"a", "#), &opts).unwrap_err();
        assert_eq!(e.reason, RejectReason::InvalidJson);
    }

    #[test]
    fn dates_from_metadata() {
        assert_eq!(
            parse_date("2024-01-09T08:00:00+07:00"),
            NaiveDate::from_ymd_opt(2024, 1, 9)
        );
        assert_eq!(
            parse_date("09/01/2024 10:30"),
            NaiveDate::from_ymd_opt(2024, 1, 9)
        );
        assert_eq!(parse_date("hôm qua"), None);
    }
}
