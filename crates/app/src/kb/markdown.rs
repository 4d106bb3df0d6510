//! Markdown as the hubs write it, rendered to HTML that can only be text and links: parsed
//! with pulldown-cmark, then cleaned by ammonia with a short list of tags and attributes.
//! No raw HTML survives that could run: no scripts, no event handlers, no `style`, no SVG,
//! no `javascript:` or `data:` links. External links open as plain links with
//! `rel="noopener noreferrer nofollow"`.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};
use sportello_print::kb::Block;

/// The HTML the pages may show from an editor's Markdown.
static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
        "p",
        "br",
        "strong",
        "em",
        "ul",
        "ol",
        "li",
        "a",
        "h3",
        "h4",
        "blockquote",
        "code",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
        "del",
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .add_tag_attributes("a", ["href"])
        .add_tag_attributes("ol", ["start"])
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .strip_comments(true);
    builder
});

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Texts already rendered, by their Markdown. Rendering is a pure function of the text, so
/// a text renders once per node however many pages show it (a sheet page has a dozen texts,
/// each parsed and cleaned anew otherwise); nothing ever needs invalidating. Bounded by
/// [`MEMO_BYTES`] (texts and their HTML), emptied when full.
static RENDERED: LazyLock<Mutex<Memo>> = LazyLock::new(Mutex::default);

/// What the rendered-texts memo may hold.
const MEMO_BYTES: usize = 4 << 20;

#[derive(Default)]
struct Memo {
    html: HashMap<Box<str>, Arc<str>>,
    bytes: usize,
}

/// Markdown to safe HTML. Headings are shifted to `h3`/`h4`: the page owns `h1` and `h2`.
pub fn to_html(markdown: &str) -> String {
    if markdown.is_empty() {
        return String::new();
    }
    let found = RENDERED
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .html
        .get(markdown)
        .cloned();
    if let Some(html) = found {
        return html.to_string();
    }
    let html = render(markdown);
    let size = markdown.len() + html.len();
    if size <= MEMO_BYTES / 64 {
        let kept: Arc<str> = Arc::from(html.as_str());
        let mut memo = RENDERED.lock().unwrap_or_else(PoisonError::into_inner);
        if memo.bytes + size > MEMO_BYTES {
            memo.html.clear();
            memo.bytes = 0;
        }
        if memo.html.insert(markdown.into(), kept).is_none() {
            memo.bytes += size;
        }
    }
    html
}

fn render(markdown: &str) -> String {
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Start(Tag::Heading { level, .. }) => {
            let level = if level <= pulldown_cmark::HeadingLevel::H3 {
                pulldown_cmark::HeadingLevel::H3
            } else {
                pulldown_cmark::HeadingLevel::H4
            };
            Event::Start(Tag::Heading {
                level,
                id: None,
                classes: Vec::new(),
                attrs: Vec::new(),
            })
        }
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(
            if level <= pulldown_cmark::HeadingLevel::H3 {
                pulldown_cmark::HeadingLevel::H3
            } else {
                pulldown_cmark::HeadingLevel::H4
            },
        )),
        other => other,
    });
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, events);
    CLEANER.clean(&raw).to_string()
}

/// The words a reader reads, without Markdown syntax: what the writing aids measure.
/// Blocks are separated by blank lines, so that a list item or heading ends a sentence.
pub fn to_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => out.push_str("\n\n"),
            // Raw HTML is not text a reader sees.
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// Markdown as paper needs it: paragraphs, headings and lists of plain text, a link as its
/// text followed by its address (a reader cannot click paper), raw HTML dropped. Nested
/// lists are flattened into their parent's items; a table becomes a paragraph per row.
pub fn to_blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut text = String::new();
    // The open lists: numbered or not, and the items collected so far.
    let mut lists: Vec<(bool, Vec<String>)> = Vec::new();
    let mut link: Option<String> = None;
    let take = |text: &mut String| std::mem::take(text).trim().to_owned();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.into_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.take() {
                    let bare = url.trim_start_matches("mailto:").trim_start_matches("tel:");
                    if !text.ends_with(bare) {
                        text.push_str(" (");
                        text.push_str(bare);
                        text.push(')');
                    }
                }
            }
            Event::Start(Tag::List(start)) => {
                // A list inside an item: what the item said so far is its own entry.
                if let Some((_, items)) = lists.last_mut() {
                    let t = take(&mut text);
                    if !t.is_empty() {
                        items.push(t);
                    }
                }
                lists.push((start.is_some(), Vec::new()));
            }
            Event::End(TagEnd::Item) => {
                let t = take(&mut text);
                if let (Some((_, items)), false) = (lists.last_mut(), t.is_empty()) {
                    items.push(t);
                }
            }
            Event::End(TagEnd::List(_)) => {
                if let Some((numbered, items)) = lists.pop() {
                    if let Some((_, parent)) = lists.last_mut() {
                        parent.extend(items.into_iter().map(|i| format!("– {i}")));
                    } else if numbered {
                        blocks.push(Block::Numbered { items });
                    } else {
                        blocks.push(Block::Bullets { items });
                    }
                }
            }
            Event::End(TagEnd::TableCell) => text.push_str(" · "),
            // The end of a paragraph of a loose list item: the item goes on.
            Event::End(TagEnd::Paragraph | TagEnd::TableRow | TagEnd::TableHead)
                if !lists.is_empty() =>
            {
                text.push(' ');
            }
            Event::End(TagEnd::Paragraph | TagEnd::TableRow | TagEnd::TableHead) => {
                let t = take(&mut text);
                let t = t
                    .trim_end_matches(" ·")
                    .trim_end_matches('·')
                    .trim()
                    .to_owned();
                if !t.is_empty() {
                    blocks.push(Block::Paragraph { text: t });
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let t = take(&mut text);
                if !t.is_empty() {
                    blocks.push(Block::Heading { text: t });
                }
            }
            // Raw HTML is not text a reader sees.
            _ => {}
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_memo_gives_what_rendering_gives_and_stays_bounded() {
        let text = "Vai in [Questura](https://example.org) <script>alert(1)</script>";
        assert_eq!(to_html(text), render(text));
        assert_eq!(
            to_html(text),
            render(text),
            "the second time, from the memo"
        );
        for i in 0..3_000 {
            let other = format!("{i} {}", "parola ".repeat(300));
            assert_eq!(to_html(&other), render(&other));
        }
        let memo = RENDERED.lock().unwrap();
        assert!(memo.bytes <= MEMO_BYTES, "{}", memo.bytes);
    }

    use super::*;

    #[test]
    fn markdown_renders_lists_links_and_shifted_headings() {
        let html =
            to_html("# Cosa serve\n\n- passaporto\n- [modulo](https://www.poliziadistato.it)\n");
        assert!(html.contains("<h3>Cosa serve</h3>"), "{html}");
        assert!(html.contains("<li>passaporto</li>"), "{html}");
        assert!(
            html.contains(r#"<a href="https://www.poliziadistato.it" rel="noopener noreferrer nofollow">modulo</a>"#),
            "{html}"
        );
    }

    #[test]
    fn blocks_keep_what_paper_needs() {
        let blocks = to_blocks(
            "## Cosa serve\n\nIl [modulo](https://example.org/m) e la \
             [mail](mailto:urp@example.org).\n\n1. uno\n2. due\n   - a\n\n- x\n\n<script>no()</script>",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Heading {
                    text: "Cosa serve".into()
                },
                Block::Paragraph {
                    text: "Il modulo (https://example.org/m) e la mail (urp@example.org).".into()
                },
                Block::Numbered {
                    items: vec!["uno".into(), "due".into(), "– a".into()]
                },
                Block::Bullets {
                    items: vec!["x".into()]
                },
            ]
        );
        assert_eq!(
            to_blocks("[https://a.example](https://a.example)"),
            vec![Block::Paragraph {
                text: "https://a.example".into()
            }]
        );
    }

    #[test]
    fn text_drops_the_markup() {
        assert_eq!(
            to_text("## Tempi\n\nServono **60 giorni**.\n\n- uno\n- due"),
            "Tempi\n\nServono 60 giorni.\n\nuno\n\ndue"
        );
        assert_eq!(to_text("<script>alert(1)</script>\n\nTesto"), "Testo");
    }

    /// Markup meant to run, in the ways editors' Markdown could carry it: none of it may
    /// reach the page as anything but text.
    #[test]
    fn an_xss_corpus_is_never_executable() {
        let corpus = [
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)><circle r=1/></svg>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "![x](javascript:alert(1))",
            "<iframe src=https://evil.example></iframe>",
            "<object data=x></object><embed src=x>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<form action=https://evil.example><input name=p></form>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
            "<base href=https://evil.example/>",
            "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
            "[x](&#106;avascript:alert(1))",
            "<div onmouseover=alert(1)>hover</div>",
            "`<script>alert(1)</script>`",
        ];
        for input in corpus {
            let html = to_html(input).to_ascii_lowercase();
            for bad in [
                "<script",
                "<img",
                "<svg",
                "<iframe",
                "<object",
                "<embed",
                "<style",
                "<form",
                "<input",
                "<base",
                "<meta",
                "<math",
                "<details",
                "javascript:",
                "vbscript:",
                "data:",
                " on",
                "style=",
            ] {
                assert!(!html.contains(bad), "{input:?} became {html:?} ({bad})");
            }
        }
        let html = to_html("<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>");
        assert!(html.contains("href=\"https://ok.example\""), "{html}");
        assert_eq!(to_html("`<b>`"), "<p><code>&lt;b&gt;</code></p>\n");
    }
}
