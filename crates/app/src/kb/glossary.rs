//! The glossary of legal terms (`sportello_core::kb::writing::glossary`) as the workspace
//! shows it: the terms an article uses, with the editors' note and, for a translator, the
//! agreed rendering in their language.

use sportello_core::kb::writing::glossary;
use sportello_core::kb::ArticleContent;
use sportello_core::Locale;

use super::markdown::to_text;

/// A term an article uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermInUse {
    pub key: String,
    pub it: String,
    pub note: String,
    /// How many times the article's texts use it.
    pub count: usize,
    /// The renderings in the language asked for, the preferred first (empty for Italian).
    pub renderings: Vec<String>,
    /// A legal translator has checked the renderings.
    pub reviewed: bool,
}

/// The glossary's terms `content` uses, in order of first use, with the renderings in
/// `locale`.
pub fn terms_in(content: &ArticleContent, locale: Locale) -> Vec<TermInUse> {
    // Each part on its own, so that no term spans two of them.
    let text = content
        .parts()
        .iter()
        .map(|p| to_text(&p.text))
        .collect::<Vec<_>>()
        .join("\n\n.\n\n");
    glossary::used(&text)
        .into_iter()
        .map(|(term, count)| TermInUse {
            key: term.key.clone(),
            it: term.it.clone(),
            note: term.note.clone(),
            count,
            renderings: if locale == Locale::FALLBACK {
                Vec::new()
            } else {
                term.renderings(locale.tag()).to_vec()
            },
            reviewed: term.reviewed,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_articles_terms_come_with_their_renderings() {
        let content = ArticleContent {
            title: "Rinnovare il permesso di soggiorno".into(),
            summary: "Con il **kit postale** e la ricevuta.".into(),
            ..ArticleContent::default()
        };
        let terms = terms_in(&content, Locale::Ar);
        let keys: Vec<&str> = terms.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["permesso-di-soggiorno", "kit-postale", "ricevuta"]);
        assert_eq!(terms[0].renderings[0], "تصريح الإقامة");
        assert!(terms_in(&content, Locale::It)[0].renderings.is_empty());
    }
}
