//! Tests of the whole report, through [`check`] and [`check_with`].

use super::*;

/// The findings of `text` as (found, headword, kind), checking on the way that every range
/// slices the input back to `found`.
fn found(text: &str) -> Vec<(&str, &'static str, FindingKind)> {
    check(text)
        .findings
        .iter()
        .map(|f| {
            let slice = &text[f.range.clone()];
            assert_eq!(slice, f.found, "range {:?} of {text:?}", f.range);
            (slice, f.headword, f.kind)
        })
        .collect()
}

fn score(text: &str) -> f64 {
    check(text).gulpease.expect("text has words").score
}

#[test]
fn gulpease_of_a_plain_text_computed_by_hand() {
    // "Per rinnovare il permesso di soggiorno devi andare alla posta."
    //   10 words, letters 3+9+2+8+2+9+4+6+4+5 = 52
    // "Chiedi il kit e compila i moduli."
    //    7 words, letters 6+2+3+1+7+1+6 = 26
    // "Poi spedisci tutto e conserva la ricevuta."
    //    7 words, letters 3+8+5+1+8+2+8 = 35
    // 3 sentences, 24 words, 113 letters:
    // G = 89 + (300 × 3 − 10 × 113) / 24 = 89 + (900 − 1130) / 24 = 89 − 9.583 = 79.417
    let text = "Per rinnovare il permesso di soggiorno devi andare alla posta. \
                Chiedi il kit e compila i moduli. Poi spedisci tutto e conserva la ricevuta.";
    let report = check(text);
    assert_eq!(
        (report.sentences, report.words, report.letters),
        (3, 24, 113)
    );
    let g = report.gulpease.expect("words");
    assert!((g.score - 79.417).abs() < 0.001, "{}", g.score);
    assert_eq!(g.level, ReadingLevel::Middle);
    assert!(report.long_sentences.is_empty());
    assert!(!report.needs_override(MIN_GULPEASE));
}

#[test]
fn gulpease_of_a_bureaucratic_text_computed_by_hand() {
    // One sentence ("art." and "D.Lgs." do not end it), 32 words:
    // Qualora 7, l 1, istanza 7, non 3, venga 5, presentata 10, entro 5, e 1, non 3,
    // oltre 5, il 2, termine 7, previsto 8, l 1, amministrazione 15, procederà 9, all 3,
    // archiviazione 13, della 5, medesima 8, ai 2, sensi 5, dell 4, art 3, 5 0, del 3,
    // D 1, Lgs 3, 286/1998 0, e 1, successive 10, modificazioni 13 = 163 letters.
    // G = 89 + (300 × 1 − 10 × 163) / 32 = 89 − 1330 / 32 = 89 − 41.5625 = 47.4375
    let text = "Qualora l'istanza non venga presentata entro e non oltre il termine previsto, \
                l'amministrazione procederà all'archiviazione della medesima, ai sensi \
                dell'art. 5 del D.Lgs. 286/1998 e successive modificazioni.";
    let report = check(text);
    assert_eq!(
        (report.sentences, report.words, report.letters),
        (1, 32, 163)
    );
    let g = report.gulpease.expect("words");
    assert!((g.score - 47.4375).abs() < 1e-9, "{}", g.score);
    assert_eq!(g.level, ReadingLevel::HighSchool);
    assert_eq!(report.long_sentences.len(), 1);
    assert_eq!(report.long_sentences[0].words, 32);
    assert_eq!(report.long_sentences[0].range, 0..text.len());
    // Below the platform's bar although it has only jargon findings.
    assert!(report.needs_override(MIN_GULPEASE));
    let headwords: Vec<_> = report.findings.iter().map(|f| f.headword).collect();
    assert_eq!(
        headwords,
        [
            "qualora",
            "istanza",
            "entro e non oltre",
            "medesimo",
            "ai sensi di"
        ]
    );
}

#[test]
fn sentence_splitting_keeps_numbers_and_abbreviations_whole() {
    for text in [
        "Il contributo costa 30,46 € da pagare in posta.",
        "Il contributo costa 30.46 euro da pagare in posta.",
        "Lo prevede l'art. 5 della legge.",
        "Lo prevede il D.Lgs. 286/1998 sull'immigrazione.",
        "Lo prevede il D.P.R. 394/1999 sull'immigrazione.",
        "Porta passaporto, foto ecc. e la ricevuta.",
    ] {
        assert_eq!(check(text).sentences, 1, "{text:?}");
    }
    assert_eq!(check("Hai il passaporto? Portalo! Poi vieni.").sentences, 3);
}

#[test]
fn carta_di_roma_flags_every_inflected_form_with_its_range() {
    let text = "Clandestini in arrivo: un clandestino, una clandestina, due clandestine. \
                Sono EXTRACOMUNITARI o extracomunitarie?";
    let flagged = found(text);
    let words: Vec<_> = flagged.iter().map(|&(w, _, _)| w).collect();
    assert_eq!(
        words,
        [
            "Clandestini",
            "clandestino",
            "clandestina",
            "clandestine",
            "EXTRACOMUNITARI",
            "extracomunitarie"
        ]
    );
    assert!(flagged
        .iter()
        .all(|&(_, _, k)| k == FindingKind::Respectful));
    assert_eq!(flagged[0].1, "clandestino");
    assert_eq!(flagged[4].1, "extracomunitario");
    // Ranges are bytes of the input, not characters: check one against `find`.
    let report = check(text);
    let at = text.find("EXTRACOMUNITARI").expect("in text");
    assert_eq!(report.findings[4].range, at..at + "EXTRACOMUNITARI".len());
    assert_eq!(
        report.findings[0].alternative,
        "migrante irregolare, persona senza permesso di soggiorno"
    );
    assert!(report.needs_override(MIN_GULPEASE));
}

#[test]
fn carta_di_roma_other_headwords() {
    let cases = [
        ("Il campo nomadi è chiuso.", "campo nomadi"),
        ("Vivono come nomadi.", "nomade"),
        ("Gli zingari del quartiere.", "zingaro"),
        ("Arrivano i profughi.", "profugo"),
        ("Un immigrato irregolare.", "immigrato irregolare"),
        ("Migranti illegali.", "immigrato illegale"),
        ("Vivere nella clandestinità.", "clandestinità"),
        ("È entrato clandestinamente.", "clandestinamente"),
        ("Una persona di colore.", "di colore"),
        ("Un'ondata di migranti.", "invasione di migranti"),
        (
            "Gli immigrati di seconda generazione.",
            "immigrato di seconda generazione",
        ),
        ("La parola negro offende.", "negro"),
    ];
    for (text, headword) in cases {
        let flagged = found(text);
        assert_eq!(flagged.len(), 1, "{text:?}: {flagged:?}");
        assert_eq!(flagged[0].1, headword, "{text:?}");
    }
}

#[test]
fn vu_cumpra_is_flagged_in_every_spelling() {
    for written in [
        "vu' cumprà",
        "vu’ cumprà",
        "vu cumprà",
        "vucumprà",
        "VU CUMPRA'",
        "Vu-cumprà",
        "vu cumpra\u{300}",
    ] {
        let text = format!("C'era un {written} al mercato.");
        let report = check(&text);
        assert_eq!(report.findings.len(), 1, "{text:?}");
        let f = &report.findings[0];
        // The range covers the words: a trailing apostrophe used as an accent is not a letter.
        assert_eq!(
            &text[f.range.clone()],
            written.trim_end_matches('\''),
            "{text:?}"
        );
        assert_eq!(f.headword, "vu' cumprà");
        assert_eq!(f.alternative, "venditore ambulante");
        assert_eq!(f.kind, FindingKind::Respectful);
    }
}

#[test]
fn neutral_text_has_no_respectful_findings() {
    let text = "La badante è una cittadina straniera, richiedente asilo. Suo fratello è un \
                rifugiato; un amico, migrante irregolare, è stato espulso. Il modulo di colore \
                verde è per i cittadini di paesi terzi. Inoltre serve la foto.";
    let report = check(text);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert!(!report.needs_override(MIN_GULPEASE));
}

#[test]
fn longest_phrase_wins_and_findings_never_overlap() {
    // "lavoro clandestino" is jargon about work, not a word about a person.
    let flagged = found("Il lavoro clandestino è un reato.");
    assert_eq!(
        flagged,
        [(
            "lavoro clandestino",
            "lavoro clandestino",
            FindingKind::Jargon
        )]
    );
    let report = check("Entro e non oltre il 5 maggio. Entro e non oltre il 6.");
    assert_eq!(report.findings.len(), 2);
    for pair in report.findings.windows(2) {
        assert!(pair[0].range.end <= pair[1].range.start);
    }
}

#[test]
fn jargon_verb_forms_and_phrases_are_flagged() {
    let text = "Chi non ha ottemperato deve espletare la pratica. Si avvalga del modulo. \
                L'ente eroga il contributo e rilascerà la ricevuta entro e non oltre il 30 \
                giugno, ai sensi della legge.";
    let flagged = found(text);
    let pairs: Vec<_> = flagged.iter().map(|&(w, h, _)| (w, h)).collect();
    assert_eq!(
        pairs,
        [
            ("ottemperato", "ottemperare"),
            ("espletare", "espletare"),
            ("avvalga", "avvalersi"),
            ("eroga", "erogare"),
            ("rilascerà", "rilasciare"),
            ("entro e non oltre", "entro e non oltre"),
            ("ai sensi della", "ai sensi di"),
        ]
    );
    assert!(flagged.iter().all(|&(_, _, k)| k == FindingKind::Jargon));
    let report = check(text);
    assert_eq!(report.findings[0].alternative, "rispettare");
    // Jargon alone is a hint: a readable text with jargon needs no override.
    let mild = check("Porta la documentazione. Poi vai a casa.");
    assert_eq!(mild.findings.len(), 1);
    assert!(!mild.needs_override(MIN_GULPEASE));
}

#[test]
fn long_sentences_are_reported_with_their_word_counts() {
    let short = "Vai in questura.";
    // 28 words: Per chiedere il permesso di soggiorno per motivi di famiglia (10) devi
    // portare il passaporto quattro foto la marca da bollo (20) e il certificato di
    // matrimonio tradotto in italiano (28).
    let long = "Per chiedere il permesso di soggiorno per motivi di famiglia devi portare \
                il passaporto, quattro foto, la marca da bollo e il certificato di matrimonio \
                tradotto in italiano.";
    let text = format!("{short} {long} {short}");
    let report = check(&text);
    assert_eq!(report.sentences, 3);
    assert_eq!(report.long_sentences.len(), 1);
    assert_eq!(report.long_sentences[0].words, 28);
    assert_eq!(&text[report.long_sentences[0].range.clone()], long);
    let at_limit = CheckOptions {
        long_sentence_words: 28,
    };
    assert!(check_with(&text, &at_limit).long_sentences.is_empty());
    let report = check_with(
        &text,
        &CheckOptions {
            long_sentence_words: 2,
        },
    );
    let counts: Vec<_> = report.long_sentences.iter().map(|s| s.words).collect();
    assert_eq!(counts, [3, 28, 3]);
}

#[test]
fn needs_override_follows_the_bar() {
    let plain = "Vai in questura. Porta il passaporto.";
    assert!(score(plain) > MIN_GULPEASE);
    assert!(!check(plain).needs_override(MIN_GULPEASE));
    assert!(check(plain).needs_override(100.1));
    assert!(check("Un clandestino.").needs_override(MIN_GULPEASE));
    // No words: nothing to read, nothing to override.
    assert!(!check("").needs_override(MIN_GULPEASE));
}

#[test]
fn text_without_words_has_no_score_and_nothing_panics() {
    for text in ["", "   \n\n ", "🙂🎉", "… ?! —", "€ 🙂."] {
        let report = check(text);
        assert_eq!(report.words, 0, "{text:?}");
        assert_eq!(report.gulpease, None, "{text:?}");
        assert!(report.findings.is_empty());
        assert!(report.long_sentences.is_empty());
    }
    // Arabic has words (and a meaningless score); only no panic and valid ranges matter.
    let arabic = "مرحبا بكم في مكتب المعلومات. كيف يمكننا مساعدتك؟";
    let report = check(arabic);
    assert_eq!(report.words, 8);
    assert_eq!(report.sentences, 2);
    assert!(report.gulpease.is_some());
    // Mixed scripts and emoji next to a flagged word keep byte ranges right.
    assert_eq!(
        found("🙂clandestini🙂"),
        [("clandestini", "clandestino", FindingKind::Respectful)]
    );
}
