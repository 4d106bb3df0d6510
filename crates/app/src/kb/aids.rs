//! The writing aids as the editor and `sportello kb check` show them: the article's Markdown
//! turned into the text a reader reads, measured as a whole (Gulpease) and part by part
//! (long sentences, jargon, the Carta di Roma terms), each finding named by the part it is in.

use sportello_core::kb::writing::{self, FindingKind, Gulpease, MIN_GULPEASE};
use sportello_core::kb::ArticleContent;

use super::markdown::to_text;

/// A long sentence, quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongSentence {
    pub part: String,
    pub text: String,
    pub words: usize,
}

/// A word or phrase with a better alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub part: String,
    pub found: String,
    pub alternative: &'static str,
    /// The Carta di Roma's (weighs on publishing) rather than plain-language advice.
    pub respectful: bool,
}

/// What the aids say about a text.
#[derive(Debug, Clone, PartialEq)]
pub struct AidsReport {
    pub gulpease: Option<Gulpease>,
    pub words: usize,
    pub long_sentences: Vec<LongSentence>,
    pub findings: Vec<Finding>,
    /// Publishing needs an explicit, recorded override (Gulpease below the bar, or a term
    /// the Carta di Roma asks to avoid).
    pub needs_override: bool,
}

/// The report of named parts of Markdown (`(key, markdown)`), in page order.
pub fn check_parts<'a>(parts: impl IntoIterator<Item = (String, &'a str)>) -> AidsReport {
    let mut whole = String::new();
    let mut long_sentences = Vec::new();
    let mut findings = Vec::new();
    for (key, markdown) in parts {
        let text = to_text(markdown);
        if text.is_empty() {
            continue;
        }
        let report = writing::check(&text);
        for s in report.long_sentences {
            long_sentences.push(LongSentence {
                part: key.clone(),
                text: text[s.range].to_owned(),
                words: s.words,
            });
        }
        for f in report.findings {
            findings.push(Finding {
                part: key.clone(),
                found: f.found,
                alternative: f.alternative,
                respectful: f.kind == FindingKind::Respectful,
            });
        }
        if !whole.is_empty() {
            whole.push_str("\n\n");
        }
        whole.push_str(&text);
    }
    let report = writing::check(&whole);
    AidsReport {
        needs_override: report.needs_override(MIN_GULPEASE),
        gulpease: report.gulpease,
        words: report.words,
        long_sentences,
        findings,
    }
}

/// The report of an article version (titles, sections, steps, body).
pub fn check_content(content: &ArticleContent) -> AidsReport {
    let parts = content.parts();
    check_parts(
        parts
            .iter()
            .filter(|p| p.key != "online_url")
            .map(|p| (p.key.clone(), p.text.as_str())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_core::kb::Sections;

    #[test]
    fn markdown_is_measured_as_text_and_findings_name_their_part() {
        let content = ArticleContent {
            title: "Il permesso".into(),
            sections: Sections {
                what: "## Cos'è\n\nUn documento. Serve per **restare**.".into(),
                who: "Per i cittadini extracomunitari.".into(),
                ..Sections::default()
            },
            ..ArticleContent::default()
        };
        let report = check_content(&content);
        assert!(report.gulpease.is_some());
        let carta: Vec<_> = report.findings.iter().filter(|f| f.respectful).collect();
        assert_eq!(carta.len(), 1);
        assert_eq!(carta[0].part, "who");
        assert_eq!(carta[0].found, "extracomunitari");
        assert!(
            report.needs_override,
            "a Carta di Roma term needs an override"
        );

        let plain = ArticleContent {
            title: "Il medico".into(),
            sections: Sections {
                what: "Il medico di base ti cura. Non costa nulla. Lo scegli alla ASL.".into(),
                ..Sections::default()
            },
            ..ArticleContent::default()
        };
        let report = check_content(&plain);
        assert!(!report.needs_override, "{report:?}");
        assert!(report.long_sentences.is_empty());
    }
}
