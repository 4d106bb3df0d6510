//! Cross-lingual synonyms: each glossary term is a group of phrases, the Italian forms and
//! the renderings in every language, each analysed by its own language's analyzer. A query
//! that contains any phrase of a group (in the reader's language, in Italian or in English,
//! which many readers type whatever page they are on) also looks for the group's Italian
//! phrases in Italian text and its renderings in the reader's language. Italian
//! administrative acronyms are phrases of their group (`pds`, `cf`, `isee`…); the two the
//! glossary does not have yet are added here.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use sportello_core::kb::writing::glossary;
use sportello_core::Locale;

use crate::analysis::{self, Analysed};

/// Acronyms of the reception system the glossary has no entry for yet, with their
/// Italian expansion.
const ACRONYMS: [(&str, &str, &str); 2] = [
    (
        "sai",
        "sai",
        "sistema di accoglienza e integrazione, sistema accoglienza integrazione",
    ),
    (
        "cas",
        "cas",
        "centro di accoglienza straordinaria, centri di accoglienza straordinaria",
    ),
];

/// One synonym group.
#[derive(Debug)]
pub struct Group {
    pub key: String,
    /// Language → phrases, each as its analysed terms with their positions (a stop word
    /// inside a phrase leaves a gap, as it does in the indexed text).
    pub phrases: BTreeMap<Locale, Vec<Vec<Analysed>>>,
}

impl Group {
    pub fn in_language(&self, locale: Locale) -> &[Vec<Analysed>] {
        self.phrases.get(&locale).map_or(&[], Vec::as_slice)
    }

    fn add(&mut self, locale: Locale, text: &str) {
        let terms = analysis::tokens(&mut analysis::analyzer(locale), text);
        if terms.is_empty() {
            return;
        }
        let list = self.phrases.entry(locale).or_default();
        if !list.contains(&terms) {
            list.push(terms);
        }
    }
}

/// A rendering may explain itself in brackets: `ISEE (household income and assets
/// indicator)` is two phrases.
fn pieces(rendering: &str) -> impl Iterator<Item = &str> {
    rendering
        .split(['(', ')', '（', '）'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

fn build() -> Vec<Group> {
    let mut groups = Vec::new();
    for term in glossary::terms() {
        let mut group = Group {
            key: term.key.clone(),
            phrases: BTreeMap::new(),
        };
        group.add(Locale::It, &term.it);
        for form in term.forms() {
            group.add(Locale::It, &form);
        }
        for locale in Locale::ALL {
            for rendering in term.renderings(locale.tag()) {
                for piece in pieces(rendering) {
                    group.add(locale, piece);
                }
            }
        }
        groups.push(group);
    }
    for (key, acronym, expansions) in ACRONYMS {
        let mut group = Group {
            key: key.to_owned(),
            phrases: BTreeMap::new(),
        };
        group.add(Locale::It, acronym);
        for e in expansions.split(',') {
            group.add(Locale::It, e.trim());
        }
        groups.push(group);
    }
    groups
}

static GROUPS: LazyLock<Vec<Group>> = LazyLock::new(build);

pub fn groups() -> &'static [Group] {
    &GROUPS
}

fn contains(haystack: &[String], needle: &[Analysed]) -> bool {
    !needle.is_empty()
        && haystack.len() >= needle.len()
        && haystack
            .windows(needle.len())
            .any(|w| w.iter().zip(needle).all(|(a, b)| *a == b.text))
}

/// A group a query names, and the languages it was named in.
#[derive(Debug)]
pub struct Named {
    pub group: &'static Group,
    pub by: Vec<Locale>,
}

/// The groups a query names: `analysed` holds the query's terms in each language it was
/// analysed in.
pub fn matching(analysed: &BTreeMap<Locale, Vec<String>>) -> Vec<Named> {
    groups()
        .iter()
        .filter_map(|group| {
            let by: Vec<Locale> = analysed
                .iter()
                .filter(|(locale, terms)| {
                    group
                        .in_language(**locale)
                        .iter()
                        .any(|p| contains(terms, p))
                })
                .map(|(locale, _)| *locale)
                .collect();
            (!by.is_empty()).then_some(Named { group, by })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(locale: Locale, query: &str) -> Vec<String> {
        let mut analysed = BTreeMap::new();
        analysed.insert(locale, analysis::terms(locale, query));
        matching(&analysed)
            .into_iter()
            .map(|n| n.group.key.clone())
            .collect()
    }

    #[test]
    fn renderings_in_each_language_name_the_italian_term() {
        assert!(names(Locale::En, "how do I renew my residence permit")
            .contains(&"permesso-di-soggiorno".to_owned()));
        assert!(names(Locale::Fr, "renouveler le titre de séjour")
            .contains(&"permesso-di-soggiorno".to_owned()));
        assert!(
            names(Locale::Ar, "تجديد تصريح الإقامة").contains(&"permesso-di-soggiorno".to_owned())
        );
        assert!(names(Locale::Zh, "居留许可").contains(&"permesso-di-soggiorno".to_owned()));
    }

    #[test]
    fn acronyms_name_their_term() {
        assert_eq!(
            names(Locale::It, "rinnovo PdS"),
            vec!["permesso-di-soggiorno"]
        );
        assert_eq!(names(Locale::It, "CF"), vec!["codice-fiscale"]);
        assert_eq!(names(Locale::It, "posto al SAI"), vec!["sai"]);
        assert!(names(Locale::It, "ISEE").contains(&"isee".to_owned()));
        assert!(names(Locale::It, "tessera del bus").is_empty());
    }

    #[test]
    fn every_group_has_italian_phrases() {
        assert!(groups().len() >= 30);
        for g in groups() {
            assert!(!g.in_language(Locale::It).is_empty(), "{}", g.key);
        }
    }
}
