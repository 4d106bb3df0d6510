//! From the reader's words to a tantivy query. There is no query syntax: `AND`, quotes,
//! brackets and the like are words or punctuation, so no input can be a syntax error.
//!
//! The words are analysed twice, in the reader's language (against that language's
//! fields) and in Italian (against the Italian originals), and each analysed term is a
//! `Should` clause: more matching words rank higher, the title weighs three times the
//! body, the words together as a phrase weigh more again. A word of five letters or more
//! also matches one edit away, nine or more two edits, except numbers and codes (a word
//! with a digit, or written in capitals like `ISEE`). Glossary groups the query names add
//! their Italian phrases and the reader's renderings.

use std::collections::BTreeMap;

use sportello_core::Locale;
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Term;

use super::synonyms;
use crate::analysis::{self, Analysed};
use crate::index::Fields;

/// The longest query read, in characters; the rest is ignored (a 10 KB paste is not a
/// question).
pub const LONGEST_QUERY: usize = 200;
/// At most this many words are read.
const MOST_WORDS: usize = 16;

const TITLE: f32 = 3.0;
const BODY: f32 = 1.0;
const PHRASE: f32 = 2.0;
const FUZZY: f32 = 0.3;
const SYNONYM: f32 = 1.5;
/// Italian text, when the reader's language is another: below their own.
const ORIGINAL: f32 = 0.8;
const GRAM: f32 = 0.15;

fn ideographic(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// The reader's words as typed, trimmed to what is read. Word boundaries split Chinese
/// into single characters; a run of them stays one piece here, for jieba to segment.
pub fn words(text: &str) -> Vec<String> {
    let text: String = text.chars().take(LONGEST_QUERY).collect();
    let mut tokenizer = TextAnalyzer::builder(crate::analysis::WordTokenizer).build();
    let mut stream = tokenizer.token_stream(&text);
    let mut out: Vec<String> = Vec::new();
    let mut last_end = usize::MAX;
    while stream.advance() {
        let t = stream.token();
        let joins = t.offset_from == last_end
            && t.text.chars().all(ideographic)
            && out.last().is_some_and(|w| w.chars().all(ideographic));
        match out.last_mut() {
            Some(w) if joins => w.push_str(&t.text),
            _ => out.push(t.text.clone()),
        }
        last_end = t.offset_to;
    }
    out.truncate(MOST_WORDS);
    out
}

/// How many edits a typed word may be away: none for numbers, codes and short words.
pub fn edits(word: &str) -> u8 {
    let letters = word.chars().count();
    let capitals = word.chars().all(|c| !c.is_lowercase()) && word.chars().any(char::is_uppercase);
    let code = word.chars().any(|c| c.is_ascii_digit()) || (capitals && letters <= 6);
    match letters {
        _ if code => 0,
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// A set of fields analysed alike, with their weights.
struct FieldSet {
    locale: Locale,
    fields: Vec<(Field, f32)>,
}

fn term_query(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    let q = TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    );
    Box::new(BoostQuery::new(Box::new(q), boost))
}

fn phrase_query(field: Field, tokens: &[Analysed], boost: f32) -> Option<Box<dyn Query>> {
    if tokens.len() < 2 {
        return None;
    }
    let first = tokens[0].position;
    let terms = tokens
        .iter()
        .map(|t| (t.position - first, Term::from_field_text(field, &t.text)))
        .collect();
    Some(Box::new(BoostQuery::new(
        Box::new(PhraseQuery::new_with_offset(terms)),
        boost,
    )))
}

fn clauses_for(set: &FieldSet, words: &[String], out: &mut Vec<(Occur, Box<dyn Query>)>) {
    let mut analyzer = analysis::analyzer(set.locale);
    let joined = words.join(" ");
    let tokens = analysis::tokens(&mut analyzer, &joined);
    for t in &tokens {
        for (field, weight) in &set.fields {
            out.push((Occur::Should, term_query(*field, &t.text, *weight)));
        }
    }
    for (field, weight) in &set.fields {
        if let Some(q) = phrase_query(*field, &tokens, PHRASE * weight) {
            out.push((Occur::Should, q));
        }
    }
}

/// Typed words one or two edits away from a word of a text (compared whole, unstemmed).
fn fuzzy_clauses(fields: &Fields, words: &[String], out: &mut Vec<(Occur, Box<dyn Query>)>) {
    let mut analyzer = analysis::words();
    for word in words {
        let distance = edits(word);
        if distance == 0 {
            continue;
        }
        for t in analysis::tokens(&mut analyzer, word) {
            let q =
                FuzzyTermQuery::new(Term::from_field_text(fields.words, &t.text), distance, true);
            out.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), FUZZY))));
        }
    }
}

/// A phrase already analysed (a synonym's), as clauses on `fields`.
fn analysed_phrase(
    fields: &[(Field, f32)],
    tokens: &[Analysed],
    out: &mut Vec<(Occur, Box<dyn Query>)>,
) {
    for (field, weight) in fields {
        match phrase_query(*field, tokens, SYNONYM * weight) {
            Some(q) => out.push((Occur::Should, q)),
            None => {
                if let Some(t) = tokens.first() {
                    out.push((Occur::Should, term_query(*field, &t.text, SYNONYM * weight)));
                }
            }
        }
    }
}

/// The glossary groups the words name, read in the reader's language, Italian and English.
fn named_groups(reader: Locale, words: &[String]) -> Vec<synonyms::Named> {
    let joined = words.join(" ");
    let mut analysed = BTreeMap::new();
    for locale in [reader, Locale::It, Locale::En] {
        analysed
            .entry(locale)
            .or_insert_with(|| analysis::terms(locale, &joined));
    }
    synonyms::matching(&analysed)
}

/// The terms to highlight in a text in `lang`: the reader's words as that language reads
/// them, and the phrases of glossary groups the reader named in another language (an
/// English reader's "residence permit" marks "permesso di soggiorno" in Italian text).
pub fn highlights(reader: Locale, text: &str, lang: Locale) -> BTreeMap<String, f32> {
    let words = words(text);
    let mut out: BTreeMap<String, f32> = analysis::terms(lang, &words.join(" "))
        .into_iter()
        .map(|t| (t, 1.0))
        .collect();
    for named in named_groups(reader, &words) {
        if named.by.iter().all(|l| *l != lang) {
            for phrase in named.group.in_language(lang) {
                out.extend(phrase.iter().map(|t| (t.text.clone(), 1.0)));
            }
        }
    }
    out
}

/// The scoring part of a query: what the words match. `None` when no word is left.
pub fn text_query(fields: &Fields, reader: Locale, text: &str) -> Option<Box<dyn Query>> {
    let words = words(text);
    if words.is_empty() {
        return None;
    }
    let own = FieldSet {
        locale: reader,
        fields: vec![(fields.title(reader), TITLE), (fields.body(reader), BODY)],
    };
    let mut sets = vec![own];
    if reader != Locale::It {
        sets.push(FieldSet {
            locale: Locale::It,
            fields: vec![
                (fields.title(Locale::It), TITLE * ORIGINAL),
                (fields.body(Locale::It), BODY * ORIGINAL),
                (fields.orig_title, TITLE * ORIGINAL * ORIGINAL),
                (fields.orig_body, BODY * ORIGINAL * ORIGINAL),
            ],
        });
    }
    let mut clauses = Vec::new();
    for set in &sets {
        clauses_for(set, &words, &mut clauses);
    }
    fuzzy_clauses(fields, &words, &mut clauses);
    if analysis::has_grams(reader) {
        let mut grams = analysis::grams();
        for t in analysis::tokens(&mut grams, &words.join(" ")) {
            clauses.push((Occur::Should, term_query(fields.grams, &t.text, GRAM)));
        }
    }
    for named in named_groups(reader, &words) {
        let group = named.group;
        for phrase in group.in_language(Locale::It) {
            let italian = [
                (fields.title(Locale::It), TITLE),
                (fields.body(Locale::It), BODY),
                (fields.orig_title, TITLE * ORIGINAL),
                (fields.orig_body, BODY * ORIGINAL),
            ];
            analysed_phrase(&italian, phrase, &mut clauses);
        }
        if reader != Locale::It {
            for phrase in group.in_language(reader) {
                let own = [(fields.title(reader), TITLE), (fields.body(reader), BODY)];
                analysed_phrase(&own, phrase, &mut clauses);
            }
        }
    }
    if clauses.is_empty() {
        return None;
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}
