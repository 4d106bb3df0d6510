//! Writing aids for the knowledge base: how readable an Italian text is, which sentences
//! are too long, which bureaucratic words have a plain alternative, and which words the
//! Carta di Roma asks journalists (and us) not to use about migrants, Rom and Sinti.
//!
//! The input is plain text (the caller strips Markdown first, and should leave a blank line
//! between blocks such as headings, list items and paragraphs, or end them with a full stop:
//! a single line break does not end a sentence, because Markdown wraps paragraphs).
//! Every position in the report is a byte range into that same text, so an editor can
//! highlight it.
//!
//! Nothing here decides for the editor: the report is advice, and
//! [`WritingReport::needs_override`] says when publishing should ask for an explicit
//! "yes, publish anyway".

pub mod glossary;
mod gulpease;
mod lexicon;
mod terms;
mod text;

use std::ops::Range;

pub use gulpease::{Gulpease, ReadingLevel};

/// The platform's readability bar: below this Gulpease score publishing asks for an
/// override. 50 is the middle of the "middle school" band, where most of our readers are
/// comfortable with Italian as a second language.
pub const MIN_GULPEASE: f64 = 50.0;

/// Sentences longer than this many words are reported unless the options say otherwise.
/// 25 words is the usual limit of Italian plain-language guides (e.g. the "Codice di stile"
/// of the Dipartimento della Funzione Pubblica).
pub const DEFAULT_LONG_SENTENCE_WORDS: usize = 25;

/// What [`check_with`] can be tuned with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckOptions {
    /// A sentence with more words than this is reported as long.
    pub long_sentence_words: usize,
}

impl Default for CheckOptions {
    fn default() -> Self {
        Self {
            long_sentence_words: DEFAULT_LONG_SENTENCE_WORDS,
        }
    }
}

/// A sentence with more words than [`CheckOptions::long_sentence_words`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongSentence {
    /// Bytes of the input, from the sentence's first character to its final punctuation.
    pub range: Range<usize>,
    /// Words in the sentence, counted as the Gulpease index counts them.
    pub words: usize,
}

/// Which list a finding comes from; the two weigh differently when publishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingKind {
    /// Bureaucratic Italian with a plainer alternative: a hint, never blocking.
    Jargon,
    /// A word the Carta di Roma asks not to use about people: publishing asks for an override.
    Respectful,
}

impl FindingKind {
    /// Stable identifier, used as a Fluent message suffix and in the API.
    pub fn code(self) -> &'static str {
        match self {
            FindingKind::Jargon => "jargon",
            FindingKind::Respectful => "respectful",
        }
    }
}

/// One word or phrase of the text that has a better alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Bytes of the input: `&text[range]` is exactly `found`.
    pub range: Range<usize>,
    /// The text as written (with its case and accents).
    pub found: String,
    /// The entry of the list that matched, in its base form ("clandestino" for "Clandestine").
    pub headword: &'static str,
    /// What to write instead, in Italian, as the list states it.
    pub alternative: &'static str,
    pub kind: FindingKind,
}

/// Everything the writing aids found in one text.
#[derive(Debug, Clone, PartialEq)]
pub struct WritingReport {
    pub words: usize,
    pub sentences: usize,
    pub letters: usize,
    /// `None` when the text has no words: an empty page has no readability.
    pub gulpease: Option<Gulpease>,
    pub long_sentences: Vec<LongSentence>,
    /// Sorted by position; ranges never overlap.
    pub findings: Vec<Finding>,
}

impl WritingReport {
    /// Whether publishing this text should ask for an explicit override: it is harder to
    /// read than `min_gulpease` (the platform uses [`MIN_GULPEASE`]), or it uses a word the
    /// Carta di Roma asks not to use. Jargon alone never requires one.
    pub fn needs_override(&self, min_gulpease: f64) -> bool {
        let hard = self.gulpease.is_some_and(|g| g.score < min_gulpease);
        hard || self
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::Respectful)
    }
}

/// [`check_with`] with the default options.
pub fn check(text: &str) -> WritingReport {
    check_with(text, &CheckOptions::default())
}

/// Counts, scores and searches `text` in one pass over its words.
pub fn check_with(text: &str, options: &CheckOptions) -> WritingReport {
    let segmented = text::segment(text);
    let words = segmented.words.len();
    let letters = segmented.words.iter().map(|w| w.letters).sum();
    let sentences = segmented.sentences.len();
    let long_sentences = segmented
        .sentences
        .iter()
        .filter(|s| s.words.len() > options.long_sentence_words)
        .map(|s| LongSentence {
            range: s.range.clone(),
            words: s.words.len(),
        })
        .collect();
    WritingReport {
        words,
        sentences,
        letters,
        gulpease: Gulpease::from_counts(words, sentences, letters),
        long_sentences,
        findings: terms::find(text, &segmented.words),
    }
}

#[cfg(test)]
mod tests;
