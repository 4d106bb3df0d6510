//! Words, letters and sentences of a plain Italian text, counted the way the Gulpease
//! index counts them.
//!
//! **Words** are maximal runs of letters and digits (`char::is_alphanumeric`), so an
//! apostrophe splits an elision ("l'acqua" is "l" and "acqua"), and so does a hyphen
//! ("socio-sanitario" is two words). Combining accents (U+0300–U+036F and the other
//! combining blocks) stay inside the word they decorate. A `.`, `,`, `/` or `:` between two
//! digits joins them, because a reader reads "30,46", "1.000", "286/1998" or "10:30" as one
//! word. Unicode's own word segmentation (UAX #29) is not used: it keeps "l'acqua" as one
//! word, which is not how Gulpease counts.
//!
//! **Letters** are the alphabetic characters of the words (`char::is_alphabetic`): not
//! digits, not punctuation.
//!
//! **Sentences** end at `!`, `?`, `…`, at `.` (with exceptions, below) and at a paragraph
//! break (a line break, optional blanks, another line break). A run of terminators
//! ("?!", "...") is one end, and closing quotes or brackets after it belong to the sentence.
//! A single line break does not end a sentence: Markdown wraps paragraphs. A `.` does
//! **not** end a sentence when:
//! - a letter or digit follows it directly: a decimal ("30.46"), a dotted acronym
//!   ("D.P.R.", "D.Lgs.", "c.a.p.", "p.es.") or an address ("www.comune.bo.it");
//! - it closes the last part of a dotted acronym: the word before it is letters preceded
//!   by a `.` (the final dot of "D.P.R." or "D.Lgs.");
//! - the word before it is a single ASCII letter: an initial or "n.", "l.", "p.";
//! - the word before it is a listed abbreviation ("art.", "pag.", "sig.", "dott.", "es.",
//!   "tel." and the others in [`ABBREVIATIONS`]);
//! - the word before it is "ecc." or "etc." and the next word does not start with a capital:
//!   these abbreviations often close a sentence too;
//! - the next word starts with a lower-case letter (an abbreviation not in the list).
//!
//! An abbreviation at the very end of a sentence therefore hides that end; counting one
//! sentence less lowers the score a little, which errs on the side of plainer writing.
//! An ellipsis followed by a lower-case word does not end a sentence either ("e poi… forse").

use std::ops::Range;

/// Abbreviations, lower case and without dots, after which a `.` is not a sentence end.
/// Sorted, so a reader can find an entry; single letters need no entry.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "all", "arch", "art", "artt", "avv", "ca", "cap", "cc", "cell", "cfr", "cod", "co", "cost",
    "dlgs", "dott", "dpr", "dr", "es", "fig", "fraz", "geom", "gg", "ing", "int", "lett", "loc",
    "mod", "nn", "nr", "num", "par", "pag", "pagg", "pp", "prof", "prot", "prov", "racc", "rag",
    "reg", "rif", "seg", "segg", "sez", "sig", "sigg", "ss", "tab", "tel", "tit", "vd", "vol",
];

/// Abbreviations that close a sentence when the next word starts with a capital letter.
const SOFT_ABBREVIATIONS: &[&str] = &["ecc", "etc"];

/// One word of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// Bytes of the input.
    pub range: Range<usize>,
    /// Alphabetic characters in the word.
    pub letters: usize,
}

/// One sentence: the bytes it spans and which words it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// Bytes of the input, trimmed of surrounding white space.
    pub range: Range<usize>,
    /// Indices into [`Segmented::words`].
    pub words: Range<usize>,
}

/// A text cut into words and sentences. Every sentence has at least one word.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Segmented {
    pub words: Vec<Word>,
    pub sentences: Vec<Sentence>,
}

/// Cuts `text` into words and sentences as described in the module documentation.
pub(crate) fn segment(text: &str) -> Segmented {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let words = words(&chars);
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut next_word = 0;
    for end in sentence_ends(&chars, text.len())
        .into_iter()
        .chain(std::iter::once(text.len()))
    {
        if end <= start {
            continue;
        }
        let first = next_word;
        while next_word < words.len() && words[next_word].range.start < end {
            next_word += 1;
        }
        if next_word > first {
            sentences.push(Sentence {
                range: trimmed(text, start..end),
                words: first..next_word,
            });
        }
        start = end;
    }
    Segmented { words, sentences }
}

/// `range` without the white space at either end.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = text.get(range.clone()).unwrap_or_default();
    let lead = slice.len() - slice.trim_start().len();
    let end = range.start + slice.trim_end().len();
    (range.start + lead).min(end)..end
}

/// Combining marks that continue the word they follow (decomposed accents).
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Characters that join two digits into one number ("30,46", "286/1998").
fn joins_digits(c: char) -> bool {
    matches!(c, '.' | ',' | '/' | ':')
}

fn words(chars: &[(usize, char)]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, first) = chars[i];
        if !first.is_alphanumeric() {
            i += 1;
            continue;
        }
        let mut letters = 0;
        let mut end = start;
        let mut j = i;
        while let Some(&(at, c)) = chars.get(j) {
            let inside_number = joins_digits(c)
                && chars[j - 1].1.is_numeric()
                && chars.get(j + 1).is_some_and(|&(_, n)| n.is_numeric());
            if !(c.is_alphanumeric() || is_combining_mark(c) || inside_number) {
                break;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
            end = at + c.len_utf8();
            j += 1;
        }
        out.push(Word {
            range: start..end,
            letters,
        });
        i = j;
    }
    out
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Quotes and brackets that, after a terminator, still belong to the sentence.
fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ']' | '}')
}

/// The first character after `from` that is neither white space nor a closing mark.
fn next_visible(chars: &[(usize, char)], from: usize) -> Option<char> {
    chars
        .get(from..)
        .unwrap_or_default()
        .iter()
        .map(|&(_, c)| c)
        .find(|&c| !c.is_whitespace() && !is_closing(c))
}

/// Byte offsets where a sentence ends (exclusive); the next one starts there.
fn sentence_ends(chars: &[(usize, char)], len: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut i = 0;
    while let Some(&(at, c)) = chars.get(i) {
        if c == '\n' {
            if is_paragraph_break(chars, i) {
                ends.push(at);
            }
            i += 1;
            continue;
        }
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        let mut k = i;
        while chars.get(k).is_some_and(|&(_, t)| is_terminator(t)) {
            k += 1;
        }
        let run = &chars[i..k];
        let ends_here = if run.iter().any(|&(_, t)| t == '!' || t == '?') {
            true
        } else if run.len() == 1 && c == '.' {
            period_ends_sentence(chars, i)
        } else {
            !next_visible(chars, k).is_some_and(char::is_lowercase)
        };
        if ends_here {
            while chars.get(k).is_some_and(|&(_, t)| is_closing(t)) {
                k += 1;
            }
            ends.push(chars.get(k).map_or(len, |&(a, _)| a));
        }
        i = k;
    }
    ends
}

/// Whether the line break at `i` is followed, after blanks, by another one.
fn is_paragraph_break(chars: &[(usize, char)], i: usize) -> bool {
    chars
        .get(i + 1..)
        .unwrap_or_default()
        .iter()
        .map(|&(_, c)| c)
        .find(|&c| c == '\n' || !c.is_whitespace())
        == Some('\n')
}

/// Whether the single `.` at `i` ends a sentence; see the module documentation.
fn period_ends_sentence(chars: &[(usize, char)], i: usize) -> bool {
    if chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric()) {
        return false;
    }
    let mut s = i;
    while s > 0 && chars[s - 1].1.is_alphanumeric() {
        s -= 1;
    }
    let before = &chars[s..i];
    if !before.is_empty() {
        let all_letters = before.iter().all(|&(_, c)| c.is_alphabetic());
        if all_letters && s > 0 && chars[s - 1].1 == '.' {
            return false;
        }
        if before.len() == 1 && before[0].1.is_ascii_alphabetic() {
            return false;
        }
        let word: String = before.iter().flat_map(|&(_, c)| c.to_lowercase()).collect();
        if ABBREVIATIONS.contains(&word.as_str()) {
            return false;
        }
        if SOFT_ABBREVIATIONS.contains(&word.as_str()) {
            return next_visible(chars, i + 1).is_none_or(char::is_uppercase);
        }
    }
    !next_visible(chars, i + 1).is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `text` as strings.
    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| &text[s.range.clone()])
            .collect()
    }

    fn words_of(text: &str) -> Vec<&str> {
        segment(text)
            .words
            .iter()
            .map(|w| &text[w.range.clone()])
            .collect()
    }

    #[test]
    fn apostrophes_and_hyphens_split_words_numbers_stay_whole() {
        assert_eq!(words_of("l'acqua"), ["l", "acqua"]);
        assert_eq!(words_of("dell’ufficio"), ["dell", "ufficio"]);
        assert_eq!(words_of("socio-sanitario"), ["socio", "sanitario"]);
        assert_eq!(
            words_of("Costa 30,46 € (1.000 in tutto), D.Lgs. 286/1998, alle 10:30."),
            ["Costa", "30,46", "1.000", "in", "tutto", "D", "Lgs", "286/1998", "alle", "10:30"]
        );
        // A decomposed accent stays in its word and is not a letter of its own.
        let seg = segment("cumpra\u{300} si");
        assert_eq!(seg.words.len(), 2);
        assert_eq!(seg.words[0].letters, 6);
    }

    #[test]
    fn letters_are_alphabetic_only() {
        let seg = segment("Art. 5: c'è 1 città!");
        let letters: usize = seg.words.iter().map(|w| w.letters).sum();
        // A r t + c + è + c i t t à = 3 + 1 + 1 + 5
        assert_eq!(letters, 10);
    }

    #[test]
    fn numbers_and_abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Il contributo è di 30,46 € oppure 30.46 euro. Lo dice l'art. 5 del D.Lgs. 286/1998 e il D.P.R. 394/1999."),
            [
                "Il contributo è di 30,46 € oppure 30.46 euro.",
                "Lo dice l'art. 5 del D.Lgs. 286/1998 e il D.P.R. 394/1999.",
            ]
        );
        assert_eq!(
            sentences("Porta foto, passaporto ecc. e la ricevuta. Chiedi al sig. Rossi, tel. 051 123, es. al mattino."),
            [
                "Porta foto, passaporto ecc. e la ricevuta.",
                "Chiedi al sig. Rossi, tel. 051 123, es. al mattino.",
            ]
        );
        assert_eq!(
            sentences("Vedi la L. 91/1992, p.es. l'art. 9, n. 2, pag. 4 e il c.a.p. 40100. Fine."),
            [
                "Vedi la L. 91/1992, p.es. l'art. 9, n. 2, pag. 4 e il c.a.p. 40100.",
                "Fine."
            ]
        );
    }

    #[test]
    fn question_marks_exclamations_and_paragraphs_end_sentences() {
        assert_eq!(
            sentences("Chi può chiederlo? Tutti! Anche tu?! «Sì.» Poi… vedremo"),
            [
                "Chi può chiederlo?",
                "Tutti!",
                "Anche tu?!",
                "«Sì.»",
                "Poi… vedremo"
            ]
        );
        assert_eq!(
            sentences("Documenti\n\nPorta il passaporto\ne la foto"),
            ["Documenti", "Porta il passaporto\ne la foto"]
        );
        assert_eq!(
            sentences("Foto ecc. Poi vai in questura. ecco"),
            ["Foto ecc.", "Poi vai in questura. ecco"]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            " ",
            "\n\n\n",
            ".",
            "...?!",
            "🙂🙂",
            "مرحبا بكم في المكتب.",
            "a.",
            ".a",
            "ŞİŞLİ.",
        ] {
            let seg = segment(text);
            for s in &seg.sentences {
                assert!(text.get(s.range.clone()).is_some());
                assert!(!s.words.is_empty());
            }
        }
        assert!(segment("🙂 — !!").words.is_empty());
        assert_eq!(segment("مرحبا بكم في المكتب.").words.len(), 4);
    }
}
