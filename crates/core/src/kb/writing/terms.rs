//! Finding the words of the two lists in a text.
//!
//! Matching is on whole words only, the words of [`super::text`]: "clandestinamente" is a
//! word of its own, not a form of "clandestino" (it has its own entry), and "inoltre" is not
//! "inoltrare". Case and accents are ignored ("Clandestini", "EXTRACOMUNITARI", "vu cumpra'").
//! Where phrases overlap, the longest one starting first wins and the findings never overlap:
//! "entro e non oltre" is one finding, and "lavoro clandestino" (jargon: say "lavoro in nero")
//! is not also "clandestino" (a word about people).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::lexicon::{self, Entry};
use super::text::Word;
use super::{Finding, FindingKind};

/// Bureaucratic Italian and its plain alternatives.
const JARGON: &str = include_str!("../data/jargon_it.txt");
/// The Carta di Roma's words to avoid.
const CARTA_DI_ROMA: &str = include_str!("../data/carta_di_roma.txt");

/// The lists in order of precedence.
const LISTS: [(&str, FindingKind); 2] = [
    (CARTA_DI_ROMA, FindingKind::Respectful),
    (JARGON, FindingKind::Jargon),
];

/// Both lists, read once, with an index from a phrase's first word to the phrases.
#[derive(Debug)]
struct Lexicon {
    entries: Vec<Entry>,
    /// First word form → (entry, phrase) that start with it.
    by_first_word: HashMap<String, Vec<(usize, usize)>>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut entries = Vec::new();
    // Respectful first: on a tie between the lists, the Carta di Roma entry is reported.
    // Unreadable lines are skipped here; `shipped_lists_parse_without_errors` keeps them out.
    for (src, kind) in LISTS {
        entries.extend(lexicon::parse(src, kind).0);
    }
    let mut by_first_word: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (e, entry) in entries.iter().enumerate() {
        for (p, phrase) in entry.phrases.iter().enumerate() {
            for form in phrase.first().into_iter().flatten() {
                by_first_word.entry(form.clone()).or_default().push((e, p));
            }
        }
    }
    Lexicon {
        entries,
        by_first_word,
    }
});

/// The findings of both lists in `text`, whose words are `words`, in order of position.
pub(crate) fn find(text: &str, words: &[Word]) -> Vec<Finding> {
    let lexicon = &*LEXICON;
    let forms: Vec<String> = words
        .iter()
        .map(|w| lexicon::normalise(text.get(w.range.clone()).unwrap_or_default()))
        .collect();
    let mut findings = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let best = lexicon
            .by_first_word
            .get(&forms[i])
            .into_iter()
            .flatten()
            .filter_map(|&(e, p)| {
                let entry = &lexicon.entries[e];
                let len = matches_at(text, words, &forms, i, &entry.phrases[p])?;
                Some((len, e))
            })
            // Longest phrase; on equal length the earlier entry (Respectful first).
            .min_by_key(|&(len, e)| (std::cmp::Reverse(len), e));
        let Some((len, e)) = best else {
            i += 1;
            continue;
        };
        let entry = &lexicon.entries[e];
        let range = words[i].range.start..words[i + len - 1].range.end;
        findings.push(Finding {
            found: text.get(range.clone()).unwrap_or_default().to_owned(),
            range,
            headword: entry.headword,
            alternative: entry.alternative,
            kind: entry.kind,
        });
        i += len;
    }
    findings
}

/// The number of words `phrase` covers when it matches at word `i`, if it does.
pub(crate) fn matches_at(
    text: &str,
    words: &[Word],
    forms: &[String],
    i: usize,
    phrase: &[std::collections::HashSet<String>],
) -> Option<usize> {
    let len = phrase.len();
    let end = i.checked_add(len).filter(|&end| end <= words.len())?;
    let all = (i..end).zip(phrase).all(|(k, accepted)| {
        accepted.contains(&forms[k]) && (k == i || joinable(text, &words[k - 1], &words[k]))
    });
    all.then_some(len)
}

/// Whether two words are close enough to be one phrase: only blanks (at most one line
/// break), apostrophes and hyphens between them, never a comma or a full stop.
fn joinable(text: &str, left: &Word, right: &Word) -> bool {
    let between = text
        .get(left.range.end..right.range.start)
        .unwrap_or_default();
    between.chars().filter(|&c| c == '\n').count() <= 1
        && between.chars().all(|c| {
            c.is_whitespace() || matches!(c, '\'' | '’' | 'ʼ' | '`' | '´' | '-' | '‐' | '‑')
        })
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::kb::writing::text;

    fn findings(input: &str) -> Vec<Finding> {
        find(input, &text::segment(input).words)
    }

    #[test]
    fn shipped_lists_parse_without_errors() {
        for (src, kind) in LISTS {
            let errors = lexicon::parse(src, kind).1;
            assert!(errors.is_empty(), "{kind:?}: {errors:?}");
        }
        let count = |kind| {
            LEXICON
                .entries
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| e.headword)
                .collect::<HashSet<_>>()
        };
        let jargon = count(FindingKind::Jargon);
        let respectful = count(FindingKind::Respectful);
        assert!(jargon.len() >= 40, "{} jargon headwords", jargon.len());
        assert!(
            respectful.len() >= 12,
            "{} respectful headwords",
            respectful.len()
        );
        // Headwords are unique within a list, so the editor never sees two "istanza".
        let entries = |kind| LEXICON.entries.iter().filter(|e| e.kind == kind).count();
        assert_eq!(jargon.len(), entries(FindingKind::Jargon));
        assert_eq!(respectful.len(), entries(FindingKind::Respectful));
    }

    #[test]
    fn separators_inside_a_phrase() {
        // A comma or a full stop breaks a phrase; an apostrophe, a hyphen or a line break do not.
        assert!(findings("ai sensi, di").is_empty());
        assert_eq!(findings("nelle\nmore").len(), 1);
        assert!(findings("nelle\n\nmore").is_empty());
        let f = findings("un extra-comunitario");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].headword, "extracomunitario");
        assert_eq!(f[0].found, "extra-comunitario");
    }
}
