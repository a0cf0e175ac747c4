//! HTML to article text: the text a reader sees, without menus, scripts, styles and page
//! furniture; the title from `og:title`, `<h1>` or `<title>`; the date from common meta tags.
//!
//! A single forward pass with an explicit stack and no recursion, so pathological nesting costs
//! linear time and bounded memory. It does not build a DOM: news pages are tag soup, and all we
//! need is which text runs sit inside boilerplate and which inside the article.

/// What a page yields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "menu",
    "iframe", "svg", "button", "select", "option", "head", "object", "canvas", "textarea",
];

/// Elements that end a line of text.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "figcaption",
    "figure",
    "dd",
    "dt",
    "hr",
    "address",
    "tbody",
    "thead",
    "caption",
];

/// Class or id words that mark boilerplate blocks.
const BOILERPLATE: &[&str] = &[
    "menu",
    "nav",
    "navbar",
    "footer",
    "header",
    "sidebar",
    "breadcrumb",
    "comment",
    "comments",
    "share",
    "social",
    "related",
    "banner",
    "advert",
    "ads",
    "advertisement",
    "widget",
    "cookie",
    "popup",
    "subscribe",
    "newsletter",
    "tags",
    "login",
    "search",
    "pagination",
    "toolbar",
];

/// Void elements have no closing tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Ids of the text runs, kept with the depth of `<article>`/`<main>` they sit in.
struct Run {
    text: String,
    in_article: bool,
}

/// Extracts a page's article text and metadata.
pub fn extract(html: &str) -> Page {
    let b = html.as_bytes();
    let mut page = Page::default();
    let mut runs: Vec<Run> = Vec::new();
    let mut cur = String::new();
    // Open elements: (name, skips content, is article container).
    let mut stack: Vec<(String, bool, bool)> = Vec::new();
    let mut skip_depth = 0usize;
    let mut article_depth = 0usize;
    let mut title_tag = String::new();
    let mut in_title = false;
    let mut h1 = String::new();
    let mut in_h1 = false;
    let mut i = 0;
    let flush = |cur: &mut String, runs: &mut Vec<Run>, in_article: bool| {
        if !cur.is_empty() {
            runs.push(Run {
                text: std::mem::take(cur),
                in_article,
            });
        }
    };
    while i < b.len() {
        if b[i] != b'<' {
            let next = memchr(b'<', &b[i..]).map(|k| i + k).unwrap_or(b.len());
            let raw = &html[i..next];
            if in_title {
                title_tag.push_str(raw);
            }
            if in_h1 {
                h1.push_str(raw);
            }
            if skip_depth == 0 {
                cur.push_str(&decode_entities(raw));
            }
            i = next;
            continue;
        }
        // Comments, doctype, CDATA.
        if html[i..].starts_with("<!--") {
            i = html[i + 4..]
                .find("-->")
                .map(|k| i + 4 + k + 3)
                .unwrap_or(b.len());
            continue;
        }
        if html[i..].starts_with("<!") || html[i..].starts_with("<?") {
            i = memchr(b'>', &b[i..]).map(|k| i + k + 1).unwrap_or(b.len());
            continue;
        }
        let Some((tag, end)) = parse_tag(html, i) else {
            // A lone '<' is text.
            if skip_depth == 0 {
                cur.push('<');
            }
            i += 1;
            continue;
        };
        i = end;
        let name = tag.name.as_str();
        if tag.closing {
            // Only the innermost elements are searched: a stray closing tag deep in tag soup
            // must not cost a walk down the whole stack.
            let floor = stack.len().saturating_sub(256);
            if let Some(pos) = stack[floor..]
                .iter()
                .rposition(|(n, _, _)| n == name)
                .map(|p| p + floor)
            {
                for (n, skips, art) in stack.drain(pos..).rev() {
                    if skips {
                        skip_depth -= 1;
                    }
                    if art {
                        flush(&mut cur, &mut runs, article_depth > 0);
                        article_depth -= 1;
                    }
                    if n == "title" {
                        in_title = false;
                    }
                    if n == "h1" {
                        in_h1 = false;
                    }
                }
            }
            if BLOCK.contains(&name) && skip_depth == 0 {
                cur.push('\n');
            }
            continue;
        }
        match name {
            "meta" => read_meta(&tag, &mut page),
            "title" => in_title = true,
            "h1" if h1.is_empty() => in_h1 = true,
            "time" if page.date.is_none() => page.date = tag.attr("datetime").map(str::to_owned),
            "link" if tag.attr("rel") == Some("canonical") => {
                page.url = tag.attr("href").map(str::to_owned)
            }
            _ => {}
        }
        if name == "script" || name == "style" {
            // Raw text elements: jump to the closing tag.
            let close = format!("</{name}");
            i = find_ci(html, i, &close)
                .map(|k| html[k..].find('>').map(|e| k + e + 1).unwrap_or(b.len()))
                .unwrap_or(b.len());
            continue;
        }
        if BLOCK.contains(&name) && skip_depth == 0 {
            cur.push('\n');
        }
        if matches!(name, "td" | "th") && skip_depth == 0 {
            cur.push(' ');
        }
        if VOID.contains(&name) || tag.self_closing {
            continue;
        }
        let boiler = tag
            .attr("class")
            .into_iter()
            .chain(tag.attr("id"))
            .any(is_boilerplate)
            || tag.attr("role").is_some_and(|r| {
                matches!(r, "navigation" | "banner" | "contentinfo" | "complementary")
            });
        let skips = SKIP.contains(&name) || boiler;
        let art = matches!(name, "article" | "main") || tag.attr("itemprop") == Some("articleBody");
        if skips {
            skip_depth += 1;
        }
        if art {
            flush(&mut cur, &mut runs, article_depth > 0);
            article_depth += 1;
        }
        stack.push((name.to_owned(), skips, art));
    }
    flush(&mut cur, &mut runs, article_depth > 0);

    // The article container's text if the page marks one, else all visible text.
    let any_article = runs
        .iter()
        .any(|r| r.in_article && r.text.trim().len() > 40);
    let mut text = String::new();
    for r in runs.iter().filter(|r| !any_article || r.in_article) {
        text.push_str(&r.text);
    }
    page.text = tidy(&text);
    let clean = |s: &str| {
        let t = decode_entities(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        (!t.is_empty()).then_some(t)
    };
    page.title = page
        .title
        .take()
        .and_then(|t| clean(&t))
        .or_else(|| clean(&h1))
        .or_else(|| clean(&title_tag));
    page
}

fn is_boilerplate(v: &str) -> bool {
    v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .any(|w| BOILERPLATE.contains(&w.to_ascii_lowercase().as_str()))
}

fn read_meta(tag: &Tag, page: &mut Page) {
    let key = tag
        .attr("property")
        .or_else(|| tag.attr("name"))
        .or_else(|| tag.attr("itemprop"))
        .unwrap_or("")
        .to_ascii_lowercase();
    let Some(content) = tag.attr("content") else {
        return;
    };
    match key.as_str() {
        "og:title" | "twitter:title" if page.title.is_none() => {
            page.title = Some(content.to_owned())
        }
        "article:published_time"
        | "og:published_time"
        | "datepublished"
        | "pubdate"
        | "publishdate"
        | "date"
        | "dc.date"
        | "dc.date.issued"
        | "dcterms.created"
        | "article.published"
        | "sailthru.date"
            if page.date.is_none() =>
        {
            page.date = Some(content.to_owned())
        }
        "og:url" if page.url.is_none() => page.url = Some(content.to_owned()),
        _ => {}
    }
}

/// Collapses spaces, keeps paragraph breaks (at most one empty line).
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_lines = 0;
    for line in s.split('\n') {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank_lines += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(&line);
        blank_lines = 0;
    }
    out
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, k: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses the tag starting at `html[i] == '<'`; returns it and the index after `>`.
fn parse_tag(html: &str, i: usize) -> Option<(Tag, usize)> {
    let b = html.as_bytes();
    let mut j = i + 1;
    let closing = b.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let start = j;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b':') {
        j += 1;
    }
    if j == start || !b[start].is_ascii_alphabetic() {
        return None;
    }
    let name = html[start..j].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    // An unclosed tag runs to the end of the text.
    let end = loop {
        j = skip_whitespace(b, j);
        if j >= b.len() {
            break b.len();
        }
        match b[j] {
            b'>' => break j + 1,
            b'/' => {
                self_closing = true;
                j += 1;
            }
            _ => {
                let ks = j;
                while j < b.len()
                    && !b[j].is_ascii_whitespace()
                    && !matches!(b[j], b'=' | b'>' | b'/')
                {
                    j += 1;
                }
                let key = html[ks..j].to_ascii_lowercase();
                j = skip_whitespace(b, j);
                let mut value = String::new();
                if j < b.len() && b[j] == b'=' {
                    j = skip_whitespace(b, j + 1);
                    if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                        let q = b[j];
                        let vs = j + 1;
                        let ve = memchr(q, &b[vs..]).map(|k| vs + k).unwrap_or(b.len());
                        value = decode_entities(&html[vs..ve]);
                        j = (ve + 1).min(b.len());
                    } else {
                        let vs = j;
                        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                            j += 1;
                        }
                        value = decode_entities(&html[vs..j]);
                    }
                }
                if ks == j {
                    j += 1;
                }
                attrs.push((key, value));
            }
        }
    };
    Some((
        Tag {
            name,
            closing,
            self_closing,
            attrs,
        },
        end,
    ))
}

/// The index of the first byte at or after `j` that is not ASCII whitespace.
fn skip_whitespace(b: &[u8], mut j: usize) -> usize {
    while j < b.len() && b[j].is_ascii_whitespace() {
        j += 1;
    }
    j
}

fn memchr(c: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&x| x == c)
}

fn find_ci(html: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = html.as_bytes();
    let n = needle.as_bytes();
    (from..hay.len().saturating_sub(n.len() - 1))
        .find(|&k| hay[k..k + n.len()].eq_ignore_ascii_case(n))
}

/// Decodes character references (`&amp;`, `&#7889;`, `&#x1EA1;`, `&agrave;`...).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[1..]
            .find(|c: char| c == ';' || c == '&' || c.is_whitespace())
            .map(|k| k + 1);
        let decoded = end
            .filter(|&e| rest.as_bytes().get(e) == Some(&b';'))
            .and_then(|e| {
                let name = &rest[1..e];
                entity(name).map(|c| (c, e + 1))
            });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse().ok()?
        };
        return char::from_u32(v);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "shy" => '\u{ad}',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "copy" => '©',
        "deg" => '°',
        "sup2" => '²',
        "times" => '×',
        _ => return latin_entity(name),
    })
}

/// Named references for Latin letters with accents (`&agrave;`, `&Ocirc;`).
fn latin_entity(name: &str) -> Option<char> {
    let mut chars = name.chars();
    let base = chars.next().filter(char::is_ascii_alphabetic)?;
    let mark = chars.as_str();
    let combining = match mark {
        "grave" => '\u{300}',
        "acute" => '\u{301}',
        "circ" => '\u{302}',
        "tilde" => '\u{303}',
        "uml" => '\u{308}',
        _ => return None,
    };
    use unicode_normalization::UnicodeNormalization;
    let s: String = [base, combining].iter().collect::<String>().nfc().collect();
    let mut cs = s.chars();
    let c = cs.next()?;
    cs.next().is_none().then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_without_menus_scripts_and_styles() {
        let html = r#"<html><head><title>Trang | Báo</title>
            <meta property="og:title" content="Bắc Ninh thu hút 3,2 tỷ USD">
            <meta property="article:published_time" content="2024-09-05T08:00:00+07:00">
            <style>.a{color:red}</style><script>var x = "1.000 ha";</script></head>
            <body><nav><a>Trang chủ</a><a>Kinh tế</a></nav>
            <div class="main-menu">Tin nóng</div>
            <article><h1>Bắc Ninh thu hút 3,2 tỷ USD</h1>
            <p>Tỉnh đã cấp mới <b>51 dự án</b> với tổng vốn 52,395 triệu&nbsp;USD.</p>
            <p>Diện tích 6.397,68 ha &amp; 16 KCN.</p></article>
            <footer>Bản quyền</footer></body></html>"#;
        let p = extract(html);
        assert_eq!(p.title.as_deref(), Some("Bắc Ninh thu hút 3,2 tỷ USD"));
        assert_eq!(p.date.as_deref(), Some("2024-09-05T08:00:00+07:00"));
        assert!(
            p.text.contains("51 dự án với tổng vốn 52,395 triệu USD."),
            "{}",
            p.text
        );
        assert!(p.text.contains("6.397,68 ha & 16 KCN"));
        for junk in ["Trang chủ", "Tin nóng", "Bản quyền", "color", "1.000 ha"] {
            assert!(!p.text.contains(junk), "{junk} in {}", p.text);
        }
    }

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("H&agrave; N&#7897;i &amp; &#x110;&agrave; N&#7861;ng"),
            "Hà Nội & Đà Nẵng"
        );
        assert_eq!(decode_entities("a & b &unknown; c"), "a & b &unknown; c");
    }

    #[test]
    fn entity_names_starting_with_a_non_ascii_letter() {
        // Found by the fuzzer: "&ù...;" was split inside the letter and panicked.
        assert_eq!(decode_entities("&ùgrave; &ù;"), "&ùgrave; &ù;");
    }

    #[test]
    fn deep_nesting_is_linear() {
        let depth = 200_000;
        let html = format!(
            "{}<p>10 dự án</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let p = extract(&html);
        assert_eq!(p.text, "10 dự án");
    }
}
