use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use super::*;
use crate::{Change, Document, Opened, Scope};

fn doc(kind: Kind, id: &str, lang: Locale, title: &str, body: &str) -> Document {
    Document {
        item: ItemKey::new(kind, id),
        lang,
        title: title.into(),
        body: body.into(),
        original: None,
        translated_into: Vec::new(),
        path: format!("/x/{id}"),
        themes: vec!["permessi".into()],
        places: vec![("bologna".into(), "Bologna".into())],
        position: None,
        updated: Some(1_700_000_000),
    }
}

fn corpus() -> Vec<Document> {
    let mut permit = doc(
        Kind::Sheet,
        "permit",
        Locale::It,
        "Rinnovo del permesso di soggiorno per lavoro",
        "Il permesso di soggiorno si rinnova alla Questura con il kit postale. Serve la ricevuta.",
    );
    permit.translated_into = vec![Locale::Ar];
    let mut permit_ar = doc(
        Kind::Sheet,
        "permit",
        Locale::Ar,
        "تجديد تصريح الإقامة للعمل",
        "يتم تجديد تصريح الإقامة في مركز الشرطة باستخدام الطقم البريدي.",
    );
    permit_ar.original = Some((permit.title.clone(), permit.body.clone()));
    let mut cf = doc(
        Kind::Sheet,
        "cf",
        Locale::It,
        "Codice fiscale",
        "Il codice fiscale si chiede all'Agenzia delle entrate.",
    );
    cf.themes = vec!["fisco".into()];
    let mut desk = doc(
        Kind::Desk,
        "d1",
        Locale::It,
        "Sportello immigrazione di Modena",
        "Informazioni su permessi, cittadinanza, ricongiungimento familiare.",
    );
    desk.places = vec![("modena".into(), "Modena".into())];
    desk.position = Some((44.647, 10.925));
    let mut far = doc(
        Kind::Desk,
        "d2",
        Locale::It,
        "Sportello immigrazione di Piacenza",
        "Informazioni su permessi e lavoro.",
    );
    far.places = vec![("piacenza".into(), "Piacenza".into())];
    far.position = Some((45.052, 9.693));
    let service = doc(
        Kind::Service,
        "s1",
        Locale::It,
        "Corso di italiano A2",
        "Corso gratuito per il test di lingua italiana, livello A2, anno 2024.",
    );
    vec![permit, permit_ar, cf, desk, far, service]
}

fn index() -> (tempfile::TempDir, SearchIndex) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (index, opened) = SearchIndex::open(dir.path()).expect("open");
    assert!(matches!(opened, Opened::Fresh { .. }));
    index.rebuild(corpus(), "w1").expect("rebuild");
    (dir, index)
}

fn ids(index: &SearchIndex, text: &str, reader: Locale) -> Vec<(String, Locale)> {
    index
        .search(&Request::new(text, reader))
        .expect("search")
        .hits
        .into_iter()
        .map(|h| (h.item.id, h.lang))
        .collect()
}

#[test]
fn cross_lingual_synonyms_find_the_italian_sheet() {
    let (_d, index) = index();
    for (reader, query) in [
        (Locale::En, "residence permit"),
        (Locale::Fr, "titre de séjour"),
        (Locale::Es, "permiso de residencia"),
        (Locale::Zh, "居留许可"),
        (Locale::Uk, "посвідка на проживання"),
    ] {
        let found = ids(&index, query, reader);
        assert_eq!(
            found.first(),
            Some(&("permit".to_owned(), Locale::It)),
            "{reader:?} {query}: {found:?}"
        );
    }
}

#[test]
fn a_reader_sees_their_own_version_once_even_for_italian_words() {
    let (_d, index) = index();
    for query in ["تصريح الإقامة", "permesso di soggiorno", "questura"] {
        let found = ids(&index, query, Locale::Ar);
        let permit: Vec<_> = found.iter().filter(|(id, _)| id == "permit").collect();
        assert_eq!(
            permit,
            vec![&("permit".to_owned(), Locale::Ar)],
            "{query}: {found:?}"
        );
    }
    // An Italian reader gets the Italian version.
    assert_eq!(
        ids(&index, "permesso", Locale::It)[0],
        ("permit".to_owned(), Locale::It)
    );
}

#[test]
fn acronyms_find_what_they_stand_for() {
    let (_d, index) = index();
    assert_eq!(ids(&index, "rinnovo PdS", Locale::It)[0].0, "permit");
    assert_eq!(ids(&index, "CF", Locale::It)[0].0, "cf");
}

#[test]
fn typos_are_tolerated_by_length_but_never_in_numbers() {
    let (_d, index) = index();
    // One edit in a word of seven letters.
    assert_eq!(ids(&index, "permeso", Locale::It)[0].0, "permit");
    // Two edits in a word of nine or more.
    assert!(ids(&index, "cittadinanca", Locale::It)
        .iter()
        .any(|(id, _)| id == "d1"));
    assert!(ids(&index, "cittadinznca", Locale::It)
        .iter()
        .any(|(id, _)| id == "d1"));
    // Two edits in a seven-letter word are too many.
    assert!(ids(&index, "pezmeso", Locale::It).is_empty());
    // Numbers match exactly or not at all.
    assert!(ids(&index, "2024", Locale::It)
        .iter()
        .any(|(id, _)| id == "s1"));
    assert!(ids(&index, "2025", Locale::It).is_empty());
    assert_eq!(edits("ISEE"), 0);
    assert_eq!(edits("A2"), 0);
    assert_eq!(edits("casa"), 0);
    assert_eq!(edits("questura"), 1);
    assert_eq!(edits("cittadinanza"), 2);
}

#[test]
fn facets_count_and_filter() {
    let (_d, index) = index();
    let mut request = Request::new("immigrazione permessi", Locale::It);
    let all = index.search(&request).expect("search");
    assert!(
        all.facets.kinds.contains(&("desk".to_owned(), 2)),
        "{:?}",
        all.facets
    );
    assert!(
        all.facets.comuni.contains(&("modena".to_owned(), 1)),
        "{:?}",
        all.facets
    );
    request.kinds = vec![Kind::Sheet];
    let sheets = index.search(&request).expect("search");
    assert!(sheets.hits.iter().all(|h| h.item.kind == Kind::Sheet));
    assert_eq!(sheets.total, sheets.hits.len());
    request.kinds = Vec::new();
    request.comune = Some("piacenza".into());
    let piacenza = index.search(&request).expect("search");
    assert_eq!(piacenza.hits.len(), 1);
    assert_eq!(piacenza.hits[0].item.id, "d2");
    request.comune = Some("nowhere-at-all".into());
    assert_eq!(index.search(&request).expect("search").total, 0);
}

#[test]
fn nearest_first_and_only_some_items() {
    let (_d, index) = index();
    let mut request = Request::new("sportello", Locale::It);
    request.order = Order::Nearest(GeoPoint::new(44.80, 10.33).expect("parma"));
    let found = index.search(&request).expect("search");
    let order: Vec<_> = found.hits.iter().map(|h| h.item.id.as_str()).collect();
    assert_eq!(order, ["d1", "d2"]);
    request.order = Order::Relevance;
    request.only = Some(vec![ItemKey::new(Kind::Desk, "d2")]);
    let found = index.search(&request).expect("search");
    assert_eq!(found.hits.len(), 1);
    assert_eq!(found.hits[0].item.id, "d2");
}

#[test]
fn snippets_mark_the_words_found() {
    let (_d, index) = index();
    let found = index
        .search(&Request::new("ricevuta", Locale::It))
        .expect("search");
    let marked: Vec<_> = found.hits[0]
        .snippet
        .iter()
        .filter(|s| s.mark)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["ricevuta"]);
}

#[test]
fn bad_input_gets_a_clean_answer() {
    let (_d, index) = index();
    for text in [
        "",
        "   ",
        "AND OR NOT ( \" * : ~ ^",
        "\"unclosed (permesso",
        "permesso:* ~2 ^3",
        &"permesso ".repeat(1200),
        "\u{0}\u{1}\u{fffd}",
    ] {
        let results = index
            .search(&Request::new(text, Locale::It))
            .expect("no error");
        assert!(results.hits.len() <= 10);
    }
    assert!(ids(&index, "permesso:* ~2 ^3", Locale::It)
        .iter()
        .any(|(id, _)| id == "permit"));
    assert!(index
        .search(&Request::new("", Locale::It))
        .expect("search")
        .hits
        .is_empty());
}

#[test]
fn suggestions_complete_the_last_word() {
    let (_d, index) = index();
    let s = index
        .suggest("codice fisc", Locale::It, 5)
        .expect("suggest");
    assert_eq!(s.first().map(|s| s.title.as_str()), Some("Codice fiscale"));
    let s = index.suggest("rinn", Locale::It, 5).expect("suggest");
    assert_eq!(s.first().map(|s| s.item.id.as_str()), Some("permit"));
    assert!(index
        .suggest("", Locale::It, 5)
        .expect("suggest")
        .is_empty());
}

#[test]
fn changes_replace_an_item_in_every_language() {
    let (_d, index) = index();
    let mut renamed = doc(
        Kind::Sheet,
        "cf",
        Locale::It,
        "Tessera del codice fiscale",
        "Nuovo testo.",
    );
    renamed.themes = vec!["fisco".into()];
    index
        .apply(
            &[Change {
                scope: Scope::Item(ItemKey::new(Kind::Sheet, "cf")),
                documents: vec![renamed],
            }],
            "w2",
        )
        .expect("apply");
    assert_eq!(index.watermark().expect("watermark").as_deref(), Some("w2"));
    let found = index
        .search(&Request::new("tessera", Locale::It))
        .expect("search");
    assert_eq!(found.hits[0].title, "Tessera del codice fiscale");
    index
        .apply(
            &[Change {
                scope: Scope::Item(ItemKey::new(Kind::Sheet, "permit")),
                documents: Vec::new(),
            }],
            "w3",
        )
        .expect("apply");
    assert!(ids(&index, "permesso", Locale::It)
        .iter()
        .all(|(id, _)| id != "permit"));
    assert!(ids(&index, "تصريح", Locale::Ar)
        .iter()
        .all(|(id, _)| id != "permit"));
    index
        .apply(
            &[Change {
                scope: Scope::Kinds(vec![Kind::Desk]),
                documents: Vec::new(),
            }],
            "w4",
        )
        .expect("apply");
    assert!(ids(&index, "sportello", Locale::It).is_empty());
}

#[test]
fn a_missing_or_corrupt_index_opens_empty_and_an_existing_one_keeps_its_watermark() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let (index, opened) = SearchIndex::open(dir.path()).expect("open");
        assert!(matches!(opened, Opened::Fresh { .. }));
        index.rebuild(corpus(), "seen-42").expect("rebuild");
    }
    {
        let (index, opened) = SearchIndex::open(dir.path()).expect("open");
        assert_eq!(
            opened,
            Opened::Existing {
                watermark: Some("seen-42".into())
            }
        );
        assert_eq!(index.documents(), 6);
    }
    let generation = std::fs::read_to_string(dir.path().join("CURRENT")).expect("current");
    std::fs::write(
        dir.path().join(generation.trim()).join("meta.json"),
        b"{ not json",
    )
    .expect("corrupt");
    let (index, opened) = SearchIndex::open(dir.path()).expect("open a corrupt index");
    assert!(matches!(opened, Opened::Fresh { .. }), "{opened:?}");
    assert_eq!(index.documents(), 0);
    // The corrupt generation was cleared away.
    let dirs = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.path().is_dir())
        .count();
    assert_eq!(dirs, 1);
}

#[test]
fn a_rebuild_swaps_under_running_queries() {
    let (_d, index) = index();
    let index = Arc::new(index);
    let stop = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let (index, stop, answered) = (index.clone(), stop.clone(), answered.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let found = index
                        .search(&Request::new("codice fiscale", Locale::It))
                        .expect("query during rebuild");
                    assert!(
                        !found.hits.is_empty(),
                        "a query found nothing during the swap"
                    );
                    answered.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for round in 0..3 {
        let mut docs = corpus();
        docs.push(doc(
            Kind::Faq,
            &format!("new{round}"),
            Locale::It,
            "Codice fiscale provvisorio",
            "Domanda.",
        ));
        index.rebuild(docs, &format!("r{round}")).expect("rebuild");
    }
    stop.store(true, Ordering::Relaxed);
    for w in workers {
        w.join().expect("worker");
    }
    assert!(answered.load(Ordering::Relaxed) > 0);
    assert!(ids(&index, "provvisorio", Locale::It)
        .iter()
        .any(|(id, _)| id == "new2"));
    assert!(ids(&index, "provvisorio", Locale::It)
        .iter()
        .all(|(id, _)| id != "new0"));
}

#[test]
fn chinese_snippets_with_overlapping_sub_words_are_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (index, _) = SearchIndex::open(dir.path()).expect("open");
    let body = "意大利语课程。融入协议的学分：意大利语和在意大利生活的规则。".repeat(8);
    index
        .rebuild(
            vec![doc(Kind::Sheet, "zh", Locale::Zh, "意大利语课程", &body)],
            "w",
        )
        .expect("rebuild");
    for q in ["意大利语", "意大利 生活", "学分 规则", "大利"] {
        let found = index.search(&Request::new(q, Locale::Zh)).expect("search");
        let hit = &found.hits[0];
        let text: String = hit.snippet.iter().map(|s| s.text.as_str()).collect();
        assert!(body.contains(text.trim_end_matches('…')), "{q}: {text}");
        assert!(
            hit.snippet.iter().any(|s| s.mark),
            "{q}: something is marked"
        );
    }
}
