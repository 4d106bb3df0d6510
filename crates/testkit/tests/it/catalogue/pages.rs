//! The online-services catalogue and the service pages, through the real server on both
//! backends, and the store's service queries on both backends.

use reqwest::StatusCode;
use sportello_core::{
    Channel, DeskLevel, GeoPoint, OpeningHours, OrganisationKind, ProvinceCode, Slug, Theme,
};
use sportello_store::{
    CatalogueCategory, CostOption, Login, NewDesk, NewOrganisation, NewService, RequiredDocument,
};
use sportello_testkit::{backend_test, store_test, TestApp};

async fn get(app: &TestApp, path: &str) -> (StatusCode, String) {
    let res = TestApp::client().get(app.url(path)).send().await.unwrap();
    let status = res.status();
    (status, res.text().await.unwrap())
}

/// Byte offset of `needle` in `body`, failing the test with a readable message.
fn at(body: &str, needle: &str) -> usize {
    body.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not on the page"))
}

/// Asserts that the `needles` appear in `body` in this order.
fn assert_in_order(body: &str, needles: &[&str]) {
    let positions: Vec<usize> = needles.iter().map(|n| at(body, n)).collect();
    for (pair, names) in positions.windows(2).zip(needles.windows(2)) {
        assert!(
            pair[0] < pair[1],
            "{:?} should come before {:?}",
            names[0],
            names[1]
        );
    }
}

const CATEGORY_HEADINGS: [&str; 5] = [
    "id=\"categoria-vita-del-cittadino-heading\"",
    "id=\"categoria-istruzione-heading\"",
    "id=\"categoria-cultura-heading\"",
    "id=\"categoria-lavoro-formazione-heading\"",
    "id=\"categoria-salute-heading\"",
];

backend_test!(catalogue_groups_the_serto_services, |backend| async move {
    let Some(app) = TestApp::spawn_demo(backend, "catalogue_groups").await else {
        return;
    };
    let (status, body) = get(&app, "/it/servizi-online").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<h1 id=\"catalogue-heading\">Servizi online</h1>"));
    assert_in_order(&body, &CATEGORY_HEADINGS);
    // Each SerTo service sits in its category.
    for (service, category, next) in [
        ("/it/servizi/certificazioni-anagrafiche\"", 0, 1),
        ("/it/servizi/cambio-di-residenza\"", 0, 1),
        ("/it/servizi/controllo-permesso-di-soggiorno\"", 0, 1),
        ("/it/servizi/ricongiungimento-familiare\"", 0, 1),
        ("/it/servizi/stato-richiesta-cittadinanza\"", 0, 1),
        ("/it/servizi/test-lingua-italiana\"", 0, 1),
        ("/it/servizi/iscrizione-scuola-statale\"", 1, 2),
        ("/it/servizi/iscrizione-servizi-scolastici-comunali\"", 1, 2),
        ("/it/servizi/riviste-online-biblioteca\"", 2, 3),
        ("/it/servizi/corsi-di-formazione\"", 3, 4),
        ("/it/servizi/offerte-di-lavoro\"", 3, 4),
    ] {
        let pos = at(&body, service);
        assert!(pos > at(&body, CATEGORY_HEADINGS[category]), "{service}");
        assert!(pos < at(&body, CATEGORY_HEADINGS[next]), "{service}");
    }
    assert!(
        at(&body, "/it/servizi/prenotazione-prestazioni-sanitarie\"")
            > at(&body, CATEGORY_HEADINGS[4])
    );
    // In-person services are not in the online catalogue.
    assert!(!body.contains("aiuto-rinnovo-permesso-di-soggiorno"));
    // Provider bodies, login labels, the plain note, external links marked as such.
    for text in [
        "Polizia di Stato",
        "Comune di Arezzo",
        "Ministero dell",
        "Azienda USL Toscana sud est",
        "SPID (Sistema pubblico di identità digitale)",
        "CIE (Carta d",
        "CNS (Tessera sanitaria con chip)",
        "Non serve un",
        "In parole semplici:",
        "(sito esterno)",
    ] {
        assert!(body.contains(text), "{text:?} missing");
    }
    assert!(body
        .contains("href=\"https://www.poliziadistato.it\" rel=\"noopener noreferrer external\""));
    // Every external link opens no window relation.
    for piece in body.split("href=\"https://").skip(1) {
        let tag_end = piece.find('>').unwrap();
        assert!(
            piece[..tag_end].contains("noopener"),
            "{}",
            &piece[..tag_end]
        );
    }
    // Service content is Italian data, marked so.
    assert!(body.contains("<h3 class=\"service-name\" lang=\"it\" dir=\"ltr\">"));
});

backend_test!(catalogue_labels_follow_the_language, |backend| async move {
    let Some(app) = TestApp::spawn_demo(backend, "catalogue_labels").await else {
        return;
    };
    let (status, en) = get(&app, "/en/servizi-online").await;
    assert_eq!(status, StatusCode::OK);
    assert!(en.contains("<html lang=\"en\" dir=\"ltr\">"));
    for text in [
        "Online services",
        "SPID (Italian public digital identity)",
        "No digital identity needed",
        "Work and training",
        "(external site)",
        "href=\"/en/servizi/cambio-di-residenza\"",
    ] {
        assert!(en.contains(text), "{text:?} missing in English");
    }
    // The service data stays Italian, and says so.
    assert!(en.contains(
        "lang=\"it\" dir=\"ltr\"><a href=\"/en/servizi/cambio-di-residenza\">Cambio di residenza</a>"
    ));
    let (status, ar) = get(&app, "/ar/servizi-online").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("الخدمات الإلكترونية"));
    assert!(ar.contains("لا حاجة إلى هوية رقمية"));
    let (status, _) = get(&app, "/xx/servizi-online").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});

const SECTIONS: [&str; 11] = [
    "id=\"cosa-e\"",
    "id=\"a-chi-si-rivolge\"",
    "id=\"come-fare\"",
    "id=\"cosa-serve\"",
    "id=\"cosa-si-ottiene\"",
    "id=\"tempi-e-scadenze\"",
    "id=\"costi\"",
    "id=\"accedi-al-servizio\"",
    "id=\"ulteriori-informazioni\"",
    "id=\"contatti\"",
    "id=\"ultimo-aggiornamento\"",
];

const ITALIAN_MONTHS: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

backend_test!(
    service_page_follows_the_designers_italia_order,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "service_page_order").await else {
            return;
        };
        let (status, body) = get(&app, "/it/servizi/cambio-di-residenza").await;
        assert_eq!(status, StatusCode::OK);
        assert_in_order(&body, &SECTIONS);
        // Each section holds its HSDS field, in order.
        assert_in_order(
            &body,
            &[
                "Dichiari al Comune che vieni ad abitare", // description
                "Chi abita stabilmente ad Arezzo",         // eligibility_description
                "Compila la dichiarazione online",         // application_process
                "Codice fiscale",                          // required_documents
                "La nuova residenza, registrata in anagrafe.", // outcome
                "entro 2 giorni lavorativi",               // wait_time
                "<h2 id=\"costi-heading\">Quanto costa</h2>", // fees
                "href=\"https://www.comune.arezzo.it\"",   // url
                "href=\"/it/sportelli/arezzo-urp\"",       // service_at_location
                "Scrivi il tuo nome sul campanello",       // plain_note
                "<h2 id=\"contatti-heading\">Contatti</h2>", // contacts
                "<time datetime=\"",                       // last_modified
            ],
        );
        assert!(body.contains(
            "<h1 id=\"service-heading\" lang=\"it\" dir=\"ltr\">Cambio di residenza</h1>"
        ));
        assert!(body.contains("SPID (Sistema pubblico di identità digitale)"));
        assert!(body.contains("href=\"/it/servizi-online#categoria-vita-del-cittadino\""));
        // The last update is today's date in Rome, written the Italian way.
        let iso = &body[at(&body, "<time datetime=\"") + 16..][..10];
        let month: usize = iso[5..7].parse().unwrap();
        let day: u32 = iso[8..10].parse().unwrap();
        let expected = format!("{day} {} {}", ITALIAN_MONTHS[month - 1], &iso[..4]);
        assert!(body.contains(&format!(">{expected}</time>")), "{expected}");
        // The same page in English: translated headings and an English date.
        let (status, en) = get(&app, "/en/servizi/cambio-di-residenza").await;
        assert_eq!(status, StatusCode::OK);
        assert_in_order(
            &en,
            &[
                "What it is",
                "Who can ask",
                "How to do it",
                "What you need",
                "What you get",
                "Time and deadlines",
                "Costs",
                "Access the service",
                "More information",
                "Contacts",
                "Last update",
            ],
        );
        assert!(en.contains("href=\"/en/sportelli/arezzo-urp\""));
        assert!(en.contains(&format!(", {}</time>", &iso[..4])));
    }
);

backend_test!(desks_offering_a_service_are_linked, |backend| async move {
    let Some(app) = TestApp::spawn_demo(backend, "service_desks").await else {
        return;
    };
    let (status, body) = get(&app, "/it/servizi/aiuto-rinnovo-permesso-di-soggiorno").await;
    assert_eq!(status, StatusCode::OK);
    assert_in_order(&body, &SECTIONS);
    // Hubs first, then level 2 desks.
    assert_in_order(
        &body,
        &[
            "href=\"/it/sportelli/hub-titoli-di-soggiorno\"",
            "href=\"/it/sportelli/bologna-sportello-stranieri\"",
            "href=\"/it/sportelli/modena-centro-stranieri\"",
        ],
    );
    assert!(body.contains("sportello specialistico"));
    // By appointment: the "book" part of "access the service"; no online link.
    assert!(body.contains("id=\"access-book\""));
    assert!(!body.contains("id=\"access-online\""));
    assert!(body.contains("Permesso di soggiorno"), "theme label");
    // Costs: the cost options with amounts written the Italian way.
    assert!(body.contains("<strong>16,00 euro</strong>"));
    assert!(body.contains("<strong>gratis</strong>"));
    // The Casa delle culture's service carries its real phone and e-mail as contacts.
    let (status, casa) = get(&app, "/ar/servizi/accompagnamento-servizi-online").await;
    assert_eq!(status, StatusCode::OK);
    assert!(casa.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(casa.contains("href=\"tel:05751820242\""));
    assert!(casa.contains("href=\"mailto:casadelleculture@comune.arezzo.it\""));
    assert!(casa.contains("href=\"/ar/sportelli/arezzo-casa-delle-culture\""));
});

backend_test!(
    unknown_service_is_the_translated_404,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "service_404").await else {
            return;
        };
        for path in ["/fr/servizi/nessun-servizio", "/fr/servizi/Not_A_Slug"] {
            let (status, body) = get(&app, path).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
            assert!(body.contains("Page introuvable"), "{path}: {body}");
            assert!(body.contains("<html lang=\"fr\""), "{path}");
        }
        let (status, _) = get(&app, "/xx/servizi/cambio-di-residenza").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
);

fn slug(s: &str) -> Slug {
    Slug::parse(s).unwrap()
}

fn organisation(s: &str) -> NewOrganisation {
    NewOrganisation {
        slug: slug(s),
        name: format!("Ente {s}"),
        kind: OrganisationKind::Comune,
        parent: None,
        region: "Toscana".into(),
        website: Some("https://www.example.org".into()),
    }
}

fn desk(s: &str, level: DeskLevel) -> NewDesk {
    NewDesk {
        slug: slug(s),
        organisation: slug("ente"),
        name: format!("Sportello {s}"),
        level,
        comune: "Arezzo".into(),
        province: ProvinceCode::parse("AR").unwrap(),
        address: "Piazza della Libertà 1".into(),
        postcode: "52100".into(),
        point: GeoPoint::new(43.46, 11.88).unwrap(),
        phone: None,
        email: None,
        themes: vec![Theme::Salute],
        opening_hours: Some(OpeningHours::parse("Mo-Fr 09:00-13:00").unwrap()),
        languages: vec![],
        channels: vec![Channel::InPerson],
        by_appointment: false,
        sensitive: false,
        description: None,
        accessibility: None,
        verified_on: None,
        invented: true,
    }
}

fn service(s: &str, category: Option<CatalogueCategory>, desks: &[&str]) -> NewService {
    NewService {
        slug: slug(s),
        organisation: slug("ente"),
        name: format!("Servizio {s}"),
        description: "Cosa è".into(),
        eligibility_description: Some("Tutti".into()),
        application_process: Some("Online".into()),
        url: Some("https://www.example.org".into()),
        email: Some("servizi@example.invalid".into()),
        phone: Some("0575 000 000".into()),
        fees_description: Some("Gratis".into()),
        wait_time: Some("Subito".into()),
        category,
        login: vec![Login::None, Login::Spid],
        channels: if category.is_some() {
            vec![Channel::Online, Channel::InPerson]
        } else {
            vec![Channel::InPerson]
        },
        by_appointment: true,
        outcome: Some("Un certificato".into()),
        plain_note: Some("Nota".into()),
        required_documents: vec![
            RequiredDocument {
                document: "Passaporto".into(),
                uri: None,
            },
            RequiredDocument {
                document: "Codice fiscale".into(),
                uri: Some("https://www.example.org/cf".into()),
            },
        ],
        costs: vec![CostOption {
            option: "Marca da bollo".into(),
            amount: Some(16.0),
            currency: Some("EUR".into()),
            amount_description: None,
        }],
        themes: vec![Theme::Salute, Theme::Cittadinanza],
        desks: desks
            .iter()
            .map(|d| (slug(d), Some(format!("nota {d}"))))
            .collect(),
        verified_on: None,
    }
}

store_test!(services_insert_and_read_back, |store| async move {
    let now = chrono::Utc::now();
    store
        .insert_network(
            &[organisation("ente")],
            &[desk("uno", DeskLevel::L1), desk("hub", DeskLevel::Hub)],
            now,
        )
        .await
        .unwrap();
    let before = store.directory_version().await.unwrap();
    store
        .insert_services(
            &[
                service("salute-online", Some(CatalogueCategory::Salute), &["uno"]),
                service(
                    "anagrafe-online",
                    Some(CatalogueCategory::VitaDelCittadino),
                    &[],
                ),
                service("allo-sportello", None, &["uno", "hub"]),
            ],
            now,
        )
        .await
        .unwrap();
    assert_ne!(store.directory_version().await.unwrap(), before);

    // The catalogue: only online services with a category, in category order.
    let catalogue = store.online_catalogue().await.unwrap();
    let slugs: Vec<_> = catalogue.iter().map(|e| e.slug.as_str()).collect();
    assert_eq!(slugs, ["anagrafe-online", "salute-online"]);
    assert_eq!(catalogue[1].category, CatalogueCategory::Salute);
    assert_eq!(catalogue[1].login, vec![Login::Spid, Login::None]);
    assert_eq!(catalogue[1].organisation_name, "Ente ente");
    assert_eq!(catalogue[1].url.as_deref(), Some("https://www.example.org"));

    // One service with everything its page shows.
    let record = store
        .service_record("allo-sportello")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.name, "Servizio allo-sportello");
    assert_eq!(record.category, None);
    assert_eq!(record.channels, vec![Channel::InPerson]);
    assert!(record.by_appointment);
    assert_eq!(record.outcome.as_deref(), Some("Un certificato"));
    assert_eq!(record.wait_time.as_deref(), Some("Subito"));
    assert_eq!(record.themes, vec![Theme::Cittadinanza, Theme::Salute]);
    assert_eq!(record.phones, vec!["0575 000 000".to_owned()]);
    assert_eq!(record.email.as_deref(), Some("servizi@example.invalid"));
    assert_eq!(record.organisation_slug, "ente");
    let documents: Vec<_> = record
        .required_documents
        .iter()
        .map(|d| d.document.as_str())
        .collect();
    assert_eq!(documents.len(), 2);
    assert!(documents.contains(&"Passaporto") && documents.contains(&"Codice fiscale"));
    assert_eq!(record.costs.len(), 1);
    assert_eq!(record.costs[0].amount, Some(16.0));
    // Desks: the hub first, each with its note.
    let desks: Vec<_> = record.desks.iter().map(|d| d.slug.as_str()).collect();
    assert_eq!(desks, ["hub", "uno"]);
    assert_eq!(record.desks[0].level, DeskLevel::Hub);
    assert_eq!(record.desks[1].comune, "Arezzo");
    assert_eq!(record.desks[1].note.as_deref(), Some("nota uno"));
    assert!(store.service_record("nessuno").await.unwrap().is_none());

    // A batch naming a desk that does not exist is refused whole.
    let err = store
        .insert_services(
            &[
                service("nuovo", Some(CatalogueCategory::Cultura), &[]),
                service("sbagliato", None, &["nessuno"]),
            ],
            now,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), "store.missing_reference");
    assert!(store.service_record("nuovo").await.unwrap().is_none());
    // And a duplicate slug is a duplicate.
    let err = store
        .insert_services(&[service("salute-online", None, &[])], now)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "store.duplicate");
});
