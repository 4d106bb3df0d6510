//! The word lists and their small text format.
//!
//! The lists are text files in `kb/data/`, compiled in with `include_str!`, so that an
//! editor can propose a change without reading Rust. One entry a line, three fields
//! separated by `|` (blanks around fields are ignored; `#` starts a comment line):
//!
//! ```text
//! headword | forms | alternative
//! ottemperare | ottemper+are | rispettare
//! suddetto | suddett{o,a,i,e}, predett{o,a,i,e} | questo
//! entro e non oltre | entro e non oltre | entro
//! ```
//!
//! - `headword` is shown to the editor as the entry's name; free text.
//! - `forms` is a comma-separated list of phrases; a phrase is one or more words separated
//!   by spaces, and matches those words in sequence, whatever lies between them as long as
//!   it is only blanks (at most one line break), apostrophes or hyphens ("vu cumprà" matches
//!   "vu' cumprà" and "extra comunitario" matches "extra-comunitario"). A word is:
//!   - `parola`: that word only;
//!   - `stem{a,b,c}`: the stem followed by each ending; an ending may be empty
//!     (`extracomunitari{o,a,,e}`) and so may the stem (`{di,del,della}`);
//!   - `stem+are`, `stem+ere`, `stem+ire`, `stem+isc`: a regular verb of that conjugation
//!     (`+isc` for verbs like "fruire": "fruisce"), in all its simple forms: infinitive
//!     (also with "-si"), present, subjunctive, imperative, imperfect, future, conditional,
//!     passato remoto, past participle in four genders and gerund. Verbs in -care/-gare get
//!     their "h" ("eroghi") and in -ciare/-giare lose their "i" ("rilascerà"). Irregular
//!     forms are listed with braces beside it.
//!
//!   Forms are letters only (apostrophes split words, as in the text) and compare without
//!   case or accents, so "cumprà" also matches "cumpra" and "CUMPRA'".
//! - `alternative` is what to write instead; free text, shown as is.

use std::collections::HashSet;

use super::FindingKind;

/// One entry of a list, with its forms expanded and normalised.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub headword: &'static str,
    pub alternative: &'static str,
    pub kind: FindingKind,
    /// Each phrase is a sequence of words; each word a set of accepted normalised forms.
    pub phrases: Vec<Vec<HashSet<String>>>,
}

/// A line of a list that could not be read; the tests require there are none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LexiconError {
    /// 1-based line number in the file.
    pub line: usize,
    pub reason: String,
}

/// Reads a list. Lines that cannot be read are reported and skipped, so a mistake in a
/// list costs an entry, never a panic; the tests keep the shipped lists free of them.
pub(crate) fn parse(src: &'static str, kind: FindingKind) -> (Vec<Entry>, Vec<LexiconError>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match parse_entry(line, kind) {
            Ok(entry) => entries.push(entry),
            Err(reason) => errors.push(LexiconError {
                line: n + 1,
                reason,
            }),
        }
    }
    (entries, errors)
}

fn parse_entry(line: &'static str, kind: FindingKind) -> Result<Entry, String> {
    let fields: Vec<&'static str> = line.split('|').map(str::trim).collect();
    let [headword, forms, alternative] = fields[..] else {
        return Err(format!(
            "expected 3 fields separated by '|', found {}",
            fields.len()
        ));
    };
    if headword.is_empty() || forms.is_empty() || alternative.is_empty() {
        return Err("empty field".to_owned());
    }
    let phrases = phrases(forms)?;
    Ok(Entry {
        headword,
        alternative,
        kind,
        phrases,
    })
}

/// The phrases of a `forms` field, each a sequence of words, each word the set of its
/// normalised forms.
pub(crate) fn phrases(forms: &str) -> Result<Vec<Vec<HashSet<String>>>, String> {
    split_outside_braces(forms)
        .into_iter()
        .map(|phrase| {
            let words = phrase
                .split_whitespace()
                .map(expand_word)
                .collect::<Result<Vec<_>, _>>()?;
            if words.is_empty() {
                Err("empty phrase".to_owned())
            } else {
                Ok(words)
            }
        })
        .collect()
}

/// Splits at commas that are not inside `{…}`.
fn split_outside_braces(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(s[start..].trim());
    parts
}

/// The normalised forms one word of a phrase stands for.
fn expand_word(spec: &str) -> Result<HashSet<String>, String> {
    let raw: Vec<String> = if let Some((stem, class)) = spec.split_once('+') {
        let endings = match class {
            "are" => ARE,
            "ere" => ERE,
            "ire" => IRE,
            "isc" => ISC,
            _ => return Err(format!("unknown conjugation '+{class}' in {spec:?}")),
        };
        if stem.is_empty() {
            return Err(format!("a verb needs a stem: {spec:?}"));
        }
        let stem = normalise(stem);
        let first = class == "are";
        endings.iter().map(|e| join_verb(&stem, e, first)).collect()
    } else if let Some(open) = spec.find('{') {
        let inner = spec
            .strip_suffix('}')
            .and_then(|s| s.get(open + 1..))
            .ok_or_else(|| format!("'{{' must close with '}}' at the end of {spec:?}"))?;
        let stem = &spec[..open];
        inner
            .split(',')
            .map(|e| format!("{stem}{}", e.trim()))
            .collect()
    } else {
        vec![spec.to_owned()]
    };
    raw.iter()
        .map(|form| {
            let form = normalise(form);
            if !form.is_empty() && form.chars().all(char::is_alphanumeric) {
                Ok(form)
            } else {
                Err(format!(
                    "{spec:?} gives {form:?}: forms are letters only (write \"vu cumprà\", not \"vu' cumprà\")"
                ))
            }
        })
        .collect()
}

/// A verb form. In the first conjugation the stem keeps its sound: "erog" + "i" is
/// "eroghi", "rilasci" + "erà" is "rilascerà"; the other conjugations just concatenate
/// ("vinc" + "i" is "vinci").
fn join_verb(stem: &str, ending: &str, first_conjugation: bool) -> String {
    let front_vowel = first_conjugation && ending.starts_with(['e', 'i']);
    if front_vowel && (stem.ends_with("ci") || stem.ends_with("gi")) {
        format!("{}{ending}", &stem[..stem.len() - 1])
    } else if front_vowel && (stem.ends_with('c') || stem.ends_with('g')) {
        format!("{stem}h{ending}")
    } else {
        format!("{stem}{ending}")
    }
}

/// Lower case, accents folded to the base letter, combining marks dropped: how forms and
/// words are compared.
pub(crate) fn normalise(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|&c| !matches!(c, '\u{0300}'..='\u{036F}'))
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// First conjugation ("ottemperare"). Present participles ("-ante") are left out: they are
/// mostly adjectives or nouns of their own.
const ARE: &[&str] = &[
    "are", "arsi", "o", "i", "a", "iamo", "ate", "ano", "ino", "iate", "avo", "avi", "ava",
    "avamo", "avate", "avano", "erò", "erai", "erà", "eremo", "erete", "eranno", "erei", "eresti",
    "erebbe", "eremmo", "ereste", "erebbero", "ai", "asti", "ò", "ammo", "aste", "arono", "assi",
    "asse", "assimo", "assero", "ato", "ata", "ati", "ando", "andosi",
];

/// Second conjugation ("corrispondere"); irregular participles are listed in the entry.
const ERE: &[&str] = &[
    "ere", "ersi", "o", "i", "e", "iamo", "ete", "ono", "a", "ano", "iate", "evo", "evi", "eva",
    "evamo", "evate", "evano", "erò", "erai", "erà", "eremo", "erete", "eranno", "erei", "eresti",
    "erebbe", "eremmo", "ereste", "erebbero", "uto", "uta", "uti", "ute", "endo", "endosi", "essi",
    "esse", "essimo", "este", "essero",
];

/// Third conjugation without "-isc-" ("conseguire").
const IRE: &[&str] = &[
    "ire", "irsi", "o", "i", "e", "iamo", "ite", "ono", "a", "ano", "iate", "ivo", "ivi", "iva",
    "ivamo", "ivate", "ivano", "irò", "irai", "irà", "iremo", "irete", "iranno", "irei", "iresti",
    "irebbe", "iremmo", "ireste", "irebbero", "ii", "isti", "ì", "immo", "iste", "irono", "issi",
    "isse", "issimo", "issero", "ito", "ita", "iti", "endo", "endosi",
];

/// Third conjugation with "-isc-" ("fruire": "fruisco", "fruiscono").
const ISC: &[&str] = &[
    "ire", "irsi", "isco", "isci", "isce", "iamo", "ite", "iscono", "isca", "iscano", "iate",
    "ivo", "ivi", "iva", "ivamo", "ivate", "ivano", "irò", "irai", "irà", "iremo", "irete",
    "iranno", "irei", "iresti", "irebbe", "iremmo", "ireste", "irebbero", "ii", "isti", "ì",
    "immo", "iste", "irono", "issi", "isse", "issimo", "issero", "ito", "ita", "iti", "endo",
    "endosi",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(spec: &str) -> HashSet<String> {
        expand_word(spec).expect("valid spec")
    }

    #[test]
    fn braces_and_literals_expand_and_normalise() {
        let f = forms("extracomunitari{o,a,,e}");
        let mut v: Vec<_> = f.into_iter().collect();
        v.sort();
        assert_eq!(
            v,
            [
                "extracomunitari",
                "extracomunitaria",
                "extracomunitarie",
                "extracomunitario"
            ]
        );
        assert_eq!(forms("Cumprà"), HashSet::from(["cumpra".to_owned()]));
        assert!(forms("{di,del}").contains("del"));
    }

    #[test]
    fn verbs_conjugate_with_spelling_rules() {
        let ottemperare = forms("ottemper+are");
        for f in [
            "ottemperare",
            "ottemperano",
            "ottemperato",
            "ottemperi",
            "ottemperò",
        ] {
            assert!(ottemperare.contains(&normalise(f)), "{f}");
        }
        let erogare = forms("erog+are");
        for f in ["eroghi", "eroghiamo", "erogherà", "erogato", "eroga"] {
            assert!(erogare.contains(&normalise(f)), "{f}");
        }
        assert!(!erogare.contains("erogi"));
        let rilasciare = forms("rilasci+are");
        for f in [
            "rilascerà",
            "rilasci",
            "rilasciamo",
            "rilasciato",
            "rilascino",
        ] {
            assert!(rilasciare.contains(&normalise(f)), "{f}");
        }
        let fruire = forms("fru+isc");
        for f in ["fruire", "fruisce", "fruiscono", "fruito", "fruendo"] {
            assert!(fruire.contains(f), "{f}");
        }
        // "inoltre" (moreover) is not a form of "inoltrare".
        assert!(!forms("inoltr+are").contains("inoltre"));
    }

    #[test]
    fn bad_lines_are_reported_not_panicked_on() {
        let src = "# comment\n\
                   ok | ok | fine\n\
                   two | fields\n\
                   x | vu' cumprà | y\n\
                   x | stem+xyz | y\n\
                   x | open{a,b | y\n\
                   x | a, , b | y\n";
        let (entries, errors) = parse(src, FindingKind::Jargon);
        assert_eq!(entries.len(), 1);
        let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7]);
    }
}
