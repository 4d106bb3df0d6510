//! The pieces the analyzers are built from that tantivy does not have: a word tokenizer
//! on Unicode word boundaries, a filter that rewrites each token's text, and a filter that
//! turns each word into its trigrams.

use std::collections::VecDeque;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use unicode_segmentation::UnicodeSegmentation;

/// Words by UAX #29 boundaries: a Bengali word keeps its vowel signs and virama, an
/// Italian `l'impiego` stays one word (the elision filter splits it), numbers with a
/// decimal point stay whole.
#[derive(Clone, Default, Debug)]
pub struct WordTokenizer;

#[allow(missing_debug_implementations)]
pub struct WordStream<'a> {
    words: unicode_segmentation::UWordBoundIndices<'a>,
    token: Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        WordStream {
            words: text.split_word_bound_indices(),
            token: Token::default(),
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        for (start, word) in self.words.by_ref() {
            if !word.chars().any(char::is_alphanumeric) {
                continue;
            }
            self.token.text.clear();
            self.token.text.push_str(word);
            self.token.offset_from = start;
            self.token.offset_to = start + word.len();
            self.token.position = self.token.position.wrapping_add(1);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Rewrites each token's text in place; a token left empty is dropped.
#[derive(Clone, Copy)]
pub struct TextMap(pub fn(&mut String));

impl std::fmt::Debug for TextMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TextMap")
    }
}

impl TokenFilter for TextMap {
    type Tokenizer<T: Tokenizer> = TextMapTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> TextMapTokenizer<T> {
        TextMapTokenizer {
            inner: tokenizer,
            map: self.0,
        }
    }
}

#[derive(Clone)]
pub struct TextMapTokenizer<T> {
    inner: T,
    map: fn(&mut String),
}

impl<T: Tokenizer> Tokenizer for TextMapTokenizer<T> {
    type TokenStream<'a> = TextMapStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        TextMapStream {
            tail: self.inner.token_stream(text),
            map: self.map,
        }
    }
}

pub struct TextMapStream<S> {
    tail: S,
    map: fn(&mut String),
}

impl<S: TokenStream> TokenStream for TextMapStream<S> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            (self.map)(&mut self.tail.token_mut().text);
            if !self.tail.token().text.is_empty() {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Italian and French elisions: `l'impiego`, `dell'Interno`, `d'identità`, `qu'il` keep
/// the word after the apostrophe when what comes before is a short particle.
pub fn split_elision(text: &mut String) {
    let Some((at, mark)) = text.char_indices().rfind(|(_, c)| matches!(c, '\'' | '’')) else {
        return;
    };
    let before = text[..at].chars().count();
    if (1..=5).contains(&before) {
        text.replace_range(..at + mark.len_utf8(), "");
    }
}

/// Each word of three letters or more becomes its trigrams, all at the word's position;
/// shorter words stay whole.
#[derive(Clone, Default, Debug)]
pub struct TrigramFilter;

impl TokenFilter for TrigramFilter {
    type Tokenizer<T: Tokenizer> = TrigramTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> TrigramTokenizer<T> {
        TrigramTokenizer { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct TrigramTokenizer<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for TrigramTokenizer<T> {
    type TokenStream<'a> = TrigramStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        TrigramStream {
            tail: self.inner.token_stream(text),
            pending: VecDeque::new(),
            token: Token::default(),
        }
    }
}

pub struct TrigramStream<S> {
    tail: S,
    pending: VecDeque<String>,
    token: Token,
}

impl<S: TokenStream> TokenStream for TrigramStream<S> {
    fn advance(&mut self) -> bool {
        loop {
            if let Some(gram) = self.pending.pop_front() {
                self.token.text = gram;
                return true;
            }
            if !self.tail.advance() {
                return false;
            }
            let word = self.tail.token();
            self.token.offset_from = word.offset_from;
            self.token.offset_to = word.offset_to;
            self.token.position = word.position;
            let chars: Vec<char> = word.text.chars().collect();
            if chars.len() < 3 {
                self.pending.push_back(word.text.clone());
            } else {
                self.pending
                    .extend(chars.windows(3).map(|w| w.iter().collect::<String>()));
            }
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
