//! The glossary of legal and administrative terms (`kb/data/glossary.toml`): each Italian
//! term with the forms it takes in a text, a plain note, and its agreed rendering in the
//! project's languages. Editors see which terms their text uses, translators see the
//! agreed rendering beside the source, and search can use the renderings as synonyms.
//!
//! Terms are found as the word lists' entries are (whole words, without case or accents,
//! the longest phrase first: "permesso UE per soggiornanti di lungo periodo" is one term,
//! not also "permesso"), with the same `forms` syntax.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use super::{lexicon, terms, text};

const DATA: &str = include_str!("../data/glossary.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    term: Vec<Spec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Spec {
    key: String,
    it: String,
    forms: String,
    note: String,
    reviewed: bool,
    tr: BTreeMap<String, Vec<String>>,
}

/// One term.
#[derive(Debug, Clone)]
pub struct Term {
    /// Stable key (`permesso-di-soggiorno`).
    pub key: String,
    /// The Italian term as an editor writes it.
    pub it: String,
    /// What it is, in plain Italian, for editors.
    pub note: String,
    /// A legal translator has checked the renderings.
    pub reviewed: bool,
    /// Language tag → renderings, the preferred one first.
    pub translations: BTreeMap<String, Vec<String>>,
    phrases: Vec<Vec<HashSet<String>>>,
}

impl Term {
    /// The renderings in `lang` (a tag such as `ar`); empty when there is none.
    pub fn renderings(&self, lang: &str) -> &[String] {
        self.translations.get(lang).map_or(&[], Vec::as_slice)
    }

    /// The Italian phrases the term stands for, spelled out (`permess{o,i} di soggiorno`
    /// gives `permesso di soggiorno` and `permessi di soggiorno`), in lower case without
    /// accents, at most 32 of them: what search matches a query against.
    pub fn forms(&self) -> Vec<String> {
        const MOST: usize = 32;
        let mut out: Vec<String> = Vec::new();
        for phrase in &self.phrases {
            let mut spelled = vec![String::new()];
            for word in phrase {
                let mut forms: Vec<&String> = word.iter().collect();
                forms.sort();
                spelled = spelled
                    .iter()
                    .flat_map(|head| {
                        forms.iter().map(move |f| {
                            if head.is_empty() {
                                (*f).clone()
                            } else {
                                format!("{head} {f}")
                            }
                        })
                    })
                    .take(MOST)
                    .collect();
            }
            for s in spelled {
                if out.len() < MOST && !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    }
}

/// A term found in a text.
#[derive(Debug, Clone)]
pub struct TermUse {
    pub term: &'static Term,
    /// Bytes of the text.
    pub range: Range<usize>,
    /// The words as written.
    pub found: String,
}

/// The glossary, or why a term of its file could not be read (the tests keep it empty).
fn load() -> (Vec<Term>, Vec<String>) {
    let file: File = match toml::from_str(DATA) {
        Ok(f) => f,
        Err(e) => return (Vec::new(), vec![format!("glossary.toml: {e}")]),
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for spec in file.term {
        match lexicon::phrases(&spec.forms) {
            Ok(phrases) => out.push(Term {
                key: spec.key,
                it: spec.it,
                note: spec.note,
                reviewed: spec.reviewed,
                translations: spec.tr,
                phrases,
            }),
            Err(e) => errors.push(format!("{}: {e}", spec.key)),
        }
    }
    (out, errors)
}

static GLOSSARY: LazyLock<(Vec<Term>, Vec<String>)> = LazyLock::new(load);

/// Every term, in the file's order.
pub fn terms() -> &'static [Term] {
    &GLOSSARY.0
}

/// The terms `text` uses, in order of position; overlapping phrases give one use (the
/// longest starting first).
pub fn find(text: &str) -> Vec<TermUse> {
    let words = text::segment(text).words;
    let forms: Vec<String> = words
        .iter()
        .map(|w| lexicon::normalise(text.get(w.range.clone()).unwrap_or_default()))
        .collect();
    let mut uses = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let best = terms()
            .iter()
            .filter_map(|term| {
                let len = term
                    .phrases
                    .iter()
                    .filter_map(|p| terms::matches_at(text, &words, &forms, i, p))
                    .max()?;
                Some((len, term))
            })
            .max_by_key(|(len, _)| *len);
        match best {
            Some((len, term)) => {
                let range = words[i].range.start..words[i + len - 1].range.end;
                uses.push(TermUse {
                    term,
                    found: text.get(range.clone()).unwrap_or_default().to_owned(),
                    range,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    uses
}

/// The distinct terms `text` uses, in order of first use, with how often.
pub fn used(text: &str) -> Vec<(&'static Term, usize)> {
    let mut out: Vec<(&'static Term, usize)> = Vec::new();
    for u in find(text) {
        match out.iter_mut().find(|(t, _)| t.key == u.term.key) {
            Some((_, n)) => *n += 1,
            None => out.push((u.term, 1)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The languages the glossary must cover: the interface's, Italian aside.
    const LANGUAGES: [&str; 13] = [
        "en", "fr", "es", "ar", "zh", "sq", "ro", "uk", "ur", "bn", "fa", "pa", "tl",
    ];

    #[test]
    fn forms_are_spelled_out() {
        let term = terms()
            .iter()
            .find(|t| t.key == "permesso-di-soggiorno")
            .expect("the term");
        let forms = term.forms();
        for f in ["permesso di soggiorno", "permessi di soggiorno", "pds"] {
            assert!(forms.iter().any(|x| x == f), "{f} in {forms:?}");
        }
    }

    #[test]
    fn the_glossary_reads_and_covers_every_language() {
        assert!(GLOSSARY.1.is_empty(), "{:?}", GLOSSARY.1);
        assert!(terms().len() >= 30, "{}", terms().len());
        let mut keys = HashSet::new();
        for term in terms() {
            assert!(keys.insert(&term.key), "{} twice", term.key);
            assert!(!term.note.is_empty(), "{}", term.key);
            for lang in LANGUAGES {
                let r = term.renderings(lang);
                assert!(
                    !r.is_empty() && r.iter().all(|s| !s.trim().is_empty()),
                    "{} has no {lang} rendering",
                    term.key
                );
            }
            // Each term finds itself.
            assert_eq!(
                find(&term.it).first().map(|u| u.term.key.as_str()),
                Some(term.key.as_str()),
                "{}",
                term.it
            );
        }
    }

    #[test]
    fn inflected_forms_are_found_and_the_longest_phrase_wins() {
        let text = "Chi ha due Permessi di soggiorno scaduti, o un permesso UE per \
                    soggiornanti di lungo periodo, chiede l'ISEE al CAF e va in Questura; \
                    il codice fiscale serve sempre. Non i sui documenti.";
        let uses = find(text);
        let found: Vec<(&str, &str)> = uses
            .iter()
            .map(|u| (u.term.key.as_str(), u.found.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("permesso-di-soggiorno", "Permessi di soggiorno"),
                (
                    "permesso-ue-lungo-periodo",
                    "permesso UE per soggiornanti di lungo periodo"
                ),
                ("isee", "ISEE"),
                ("caf", "CAF"),
                ("questura", "Questura"),
                ("codice-fiscale", "codice fiscale"),
            ]
        );
        let used = used("Il kit postale, poi il kit: due volte.");
        assert_eq!(used.len(), 1);
        assert_eq!((used[0].0.key.as_str(), used[0].1), ("kit-postale", 2));
        assert_eq!(
            terms()
                .iter()
                .find(|t| t.key == "permesso-di-soggiorno")
                .unwrap()
                .renderings("ar")[0],
            "تصريح الإقامة"
        );
    }
}
