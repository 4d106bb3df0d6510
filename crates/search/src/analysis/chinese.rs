//! Chinese words by jieba in search mode: `居留许可` gives `居留`, `许可` and `居留许可`, so
//! a query for either the compound or its parts finds the text. The dictionary is loaded
//! once per process, the first time Chinese text is analysed.

use std::sync::LazyLock;

use jieba_rs::Jieba;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

#[derive(Clone, Default, Debug)]
pub struct JiebaTokenizer;

pub struct JiebaStream {
    tokens: std::vec::IntoIter<Token>,
    token: Token,
}

impl Tokenizer for JiebaTokenizer {
    type TokenStream<'a> = JiebaStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> JiebaStream {
        let mut found: Vec<(usize, usize, &str)> = JIEBA
            .cut_for_search(text, true)
            .into_iter()
            .filter(|t| t.word.chars().any(char::is_alphanumeric))
            .map(|t| (t.byte_start, t.byte_end, t.word))
            .collect();
        // Sub-words come before the word they are part of: in text order, offsets never go
        // back (snippets need it).
        found.sort_by_key(|(start, end, _)| (*start, *end));
        let tokens: Vec<Token> = found
            .into_iter()
            .enumerate()
            .map(|(position, (offset_from, offset_to, word))| Token {
                offset_from,
                offset_to,
                position,
                text: word.to_owned(),
                position_length: 1,
            })
            .collect();
        JiebaStream {
            tokens: tokens.into_iter(),
            token: Token::default(),
        }
    }
}

impl TokenStream for JiebaStream {
    fn advance(&mut self) -> bool {
        match self.tokens.next() {
            Some(t) => {
                self.token = t;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
