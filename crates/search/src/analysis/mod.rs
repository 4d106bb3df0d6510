//! How text becomes terms, per language. The same analyzer runs when a document is indexed
//! and when a query is read, so a reader's words meet an editor's words in the same form.
//!
//! - Latin-script languages with a Snowball stemmer (it, en, fr, es, ro): words, lower case,
//!   elisions split (`l'impiego` → `impiego`), stop words where tantivy has a list, the
//!   stemmer, then ASCII folding (`città` and `citta` meet).
//! - Arabic: letters normalised (alef forms, taa marbuta, alef maqsura, tatweel, diacritics,
//!   Arabic-Indic digits) and the Light10 stemmer (prefixes `و`, `ال` and its compounds;
//!   the common suffixes).
//! - Persian and Urdu: their own letter forms unified (yeh, kaf, heh), diacritics, tatweel
//!   and the zero-width non-joiner removed; no stemmer, so they also get n-grams.
//! - Chinese: jieba's search-mode segmentation (words and their sub-words).
//! - Ukrainian, Albanian, Bengali, Punjabi, Tagalog: words, lower case (and folding for the
//!   Latin scripts); no stemmer exists for them, so a trigram field adds recall.

mod arabic;
mod chinese;
mod filters;

use sportello_core::Locale;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, Stemmer, StopWordFilter,
    TextAnalyzer, TokenizerManager,
};

pub use arabic::{light10, normalise_arabic, normalise_perso_arabic};
use chinese::JiebaTokenizer;
pub use filters::WordTokenizer;
use filters::{TextMap, TrigramFilter};

/// Longer tokens are dropped: base64 blobs, URLs run together, keyboard mashing.
const LONGEST_TOKEN: usize = 48;

/// The name an analyzer is registered under in the index.
pub fn name(locale: Locale) -> String {
    format!("text_{}", locale.tag())
}

/// The trigram analyzer's name.
pub const GRAMS: &str = "grams";
/// The name of the analyzer of whole words, for typo tolerance.
pub const WORDS: &str = "words";

/// Stop words tantivy has no list for: the commonest function words, which would
/// otherwise make every Romanian or Arabic query match every text.
const ROMANIAN_STOP: [&str; 24] = [
    "a", "al", "ale", "ai", "cu", "de", "din", "după", "e", "este", "în", "la", "lui", "o", "pe",
    "pentru", "prin", "sau", "să", "se", "și", "un", "unei", "unui",
];
const ARABIC_STOP: [&str; 14] = [
    "في", "من", "على", "الى", "إلى", "عن", "مع", "او", "أو", "ثم", "هل", "ما", "هذا", "هذه",
];

/// Whether a language has no stemmer here and so gets trigrams for recall.
pub fn has_grams(locale: Locale) -> bool {
    matches!(
        locale,
        Locale::Uk | Locale::Sq | Locale::Bn | Locale::Pa | Locale::Tl | Locale::Fa | Locale::Ur
    )
}

fn stemmer_language(locale: Locale) -> Option<Language> {
    match locale {
        Locale::It => Some(Language::Italian),
        Locale::En => Some(Language::English),
        Locale::Fr => Some(Language::French),
        Locale::Es => Some(Language::Spanish),
        Locale::Ro => Some(Language::Romanian),
        _ => None,
    }
}

/// The analyzer of a language.
pub fn analyzer(locale: Locale) -> TextAnalyzer {
    match locale {
        Locale::Zh => TextAnalyzer::builder(JiebaTokenizer)
            .filter(LowerCaser)
            .build(),
        Locale::Ar => TextAnalyzer::builder(WordTokenizer)
            .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
            .filter(StopWordFilter::remove(ARABIC_STOP.map(str::to_owned)))
            .filter(TextMap(normalise_arabic))
            .filter(TextMap(light10))
            .build(),
        Locale::Fa | Locale::Ur => TextAnalyzer::builder(WordTokenizer)
            .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
            .filter(TextMap(normalise_perso_arabic))
            .build(),
        _ => latin_or_plain(locale),
    }
}

fn latin_or_plain(locale: Locale) -> TextAnalyzer {
    let mut builder = TextAnalyzer::builder(WordTokenizer)
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .dynamic();
    if matches!(locale, Locale::It | Locale::Fr) {
        builder = builder.filter_dynamic(TextMap(filters::split_elision));
    }
    if let Some(language) = stemmer_language(locale) {
        if let Some(stop) = StopWordFilter::new(language) {
            builder = builder.filter_dynamic(stop);
        } else if locale == Locale::Ro {
            builder =
                builder.filter_dynamic(StopWordFilter::remove(ROMANIAN_STOP.map(str::to_owned)));
        }
        builder = builder.filter_dynamic(Stemmer::new(language));
    }
    if matches!(
        locale,
        Locale::It | Locale::En | Locale::Fr | Locale::Es | Locale::Ro | Locale::Sq | Locale::Tl
    ) {
        builder = builder.filter_dynamic(AsciiFoldingFilter);
    }
    builder.build()
}

/// Trigrams of each word, for the languages without a stemmer: `посвідка` and `посвідки`
/// share most of theirs.
pub fn grams() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .filter(TextMap(normalise_perso_arabic))
        .filter(TrigramFilter)
        .build()
}

/// Whole words, lower case, letters in one form and folded, not stemmed: what typo
/// tolerance compares a typed word with (a stemmer would cut `cittadinanza` to
/// `cittadin` and leave the typo `cittadinanca` three edits away).
pub fn words() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .filter(TextMap(normalise_arabic))
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers every analyzer under its name.
pub fn register(manager: &TokenizerManager) {
    for locale in Locale::ALL {
        manager.register(&name(locale), analyzer(locale));
    }
    manager.register(GRAMS, grams());
    manager.register(WORDS, words());
}

/// A token as a query needs it: the analysed text and its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysed {
    pub text: String,
    pub position: usize,
}

/// The tokens `text` gives in `analyzer`.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Analysed> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let t = stream.token();
        out.push(Analysed {
            text: t.text.clone(),
            position: t.position,
        });
    }
    out
}

/// The analysed terms only (tests, synonyms).
pub fn terms(locale: Locale, text: &str) -> Vec<String> {
    tokens(&mut analyzer(locale), text)
        .into_iter()
        .map(|t| t.text)
        .collect()
}

#[cfg(test)]
mod tests;
