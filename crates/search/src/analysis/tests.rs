use super::*;

fn same(locale: Locale, a: &str, b: &str) {
    assert_eq!(
        terms(locale, a),
        terms(locale, b),
        "{a} / {b} in {locale:?}"
    );
}

#[test]
fn italian_stems_folds_splits_elisions_and_drops_stop_words() {
    same(Locale::It, "permessi di soggiorno", "permesso soggiorno");
    same(Locale::It, "città", "citta");
    assert_eq!(
        terms(Locale::It, "Centro per l'impiego"),
        terms(Locale::It, "centro impiego")
    );
    assert_eq!(terms(Locale::It, "di per la con"), Vec::<String>::new());
    assert_ne!(
        terms(Locale::It, "permesso"),
        terms(Locale::It, "residenza")
    );
}

#[test]
fn french_english_spanish_and_romanian_stem() {
    same(Locale::Fr, "titres de séjour", "titre séjour");
    same(Locale::Fr, "l'école", "ecole");
    same(Locale::En, "residence permits", "residence permit");
    same(Locale::Es, "permisos de residencia", "permiso residencia");
    same(Locale::Ro, "permisul de ședere", "permis sedere");
    same(Locale::Ar, "في المستشفى", "مستشفي");
}

#[test]
fn arabic_letters_are_normalised_and_light_stemmed() {
    // Alef with hamza, taa marbuta and the article: one term.
    same(Locale::Ar, "الإقامة", "اقامه");
    // Diacritics and tatweel.
    same(Locale::Ar, "تَصْرِيح", "تصـريح");
    // Conjunction plus article, and a plural suffix.
    same(Locale::Ar, "والمستشفيات", "مستشفي");
    // Alef maqsura.
    same(Locale::Ar, "مستشفى", "مستشفي");
    // Arabic-Indic digits.
    assert_eq!(terms(Locale::Ar, "٢٠٢٤"), vec!["2024".to_owned()]);
    // Short words keep their letters.
    assert_eq!(terms(Locale::Ar, "ال"), vec!["ال".to_owned()]);
}

#[test]
fn persian_and_urdu_letter_forms_meet() {
    same(Locale::Fa, "می‌خواهم", "میخواهم");
    same(Locale::Fa, "اقامت كار", "اقامت کار");
    same(
        Locale::Ur,
        "اجازت نامه",
        "اجازت نامہ".replace('ہ', "ه").as_str(),
    );
}

#[test]
fn chinese_is_segmented_into_words_and_their_parts() {
    let t = terms(Locale::Zh, "我需要居留许可。");
    for word in ["居留", "许可", "需要"] {
        assert!(t.iter().any(|x| x == word), "{word} in {t:?}");
    }
    assert!(!t.iter().any(|x| x == "。"), "{t:?}");
}

#[test]
fn words_keep_their_marks_in_indic_scripts() {
    // One word with vowel signs and a virama.
    assert_eq!(terms(Locale::Bn, "অনুমতিপত্র"), vec!["অনুমতিপত্র".to_owned()]);
    assert_eq!(terms(Locale::Pa, "ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ").len(), 2);
}

#[test]
fn the_fuzzy_field_keeps_words_whole_and_folded() {
    let mut words = words();
    let got: Vec<String> = tokens(&mut words, "Cittadinanza, città; الإقامة")
        .into_iter()
        .map(|t| t.text)
        .collect();
    assert_eq!(got, ["cittadinanza", "citta", "الاقامه"]);
}

#[test]
fn trigrams_give_inflected_forms_shared_terms() {
    let mut grams = grams();
    let a: Vec<String> = tokens(&mut grams, "посвідка")
        .into_iter()
        .map(|t| t.text)
        .collect();
    let b: Vec<String> = tokens(&mut grams, "посвідки")
        .into_iter()
        .map(|t| t.text)
        .collect();
    let shared = a.iter().filter(|g| b.contains(g)).count();
    assert_eq!(a.len(), 6);
    assert_eq!(shared, 5, "{a:?} {b:?}");
    // Short words stay whole.
    assert_eq!(
        tokens(&mut grams, "на")
            .into_iter()
            .map(|t| t.text)
            .collect::<Vec<_>>(),
        vec!["на".to_owned()]
    );
}

#[test]
fn punctuation_and_operators_give_no_terms_and_long_tokens_are_dropped() {
    assert!(terms(Locale::It, "AND OR NOT ( \" * : ~ ^")
        .iter()
        .all(|t| t != "("));
    assert!(terms(Locale::It, "( \" * : ~ ^ )").is_empty());
    assert!(terms(Locale::It, &"a".repeat(200)).is_empty());
}
