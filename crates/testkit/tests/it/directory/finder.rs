//! The desk finder, desk pages and GeoJSON through the real server, on both backends.
//!
//! Hours are "24/7" (always open) or "off" (never open), so "open now" does not depend on
//! when the test runs.

use chrono::Utc;
use reqwest::StatusCode;
use sportello_core::{
    Channel, DeskLevel, Email, GeoPoint, LanguageCode, OpeningHours, OrganisationKind,
    ProvinceCode, Slug, Theme,
};
use sportello_store::{DeskLanguage, NewDesk, NewOrganisation};
use sportello_testkit::{backend_test, TestApp};

fn language(code: &str) -> DeskLanguage {
    DeskLanguage {
        code: LanguageCode::parse(code).unwrap(),
        hours: None,
    }
}

#[allow(clippy::too_many_arguments)]
fn desk(
    slug: &str,
    level: DeskLevel,
    comune: &str,
    province: &str,
    point: (f64, f64),
    hours: &str,
    languages: &[&str],
    themes: &[Theme],
) -> NewDesk {
    NewDesk {
        slug: Slug::parse(slug).unwrap(),
        organisation: Slug::parse("regione").unwrap(),
        name: format!("Sportello {slug}"),
        level,
        comune: comune.into(),
        province: ProvinceCode::parse(province).unwrap(),
        address: format!("Via {slug} 1"),
        postcode: "40100".into(),
        point: GeoPoint::new(point.0, point.1).unwrap(),
        phone: Some("051 000 0000".into()),
        email: Some(Email::parse("sportello@example.invalid").unwrap()),
        themes: themes.to_vec(),
        opening_hours: Some(OpeningHours::parse(hours).unwrap()),
        languages: languages.iter().map(|c| language(c)).collect(),
        channels: vec![Channel::InPerson, Channel::Phone],
        by_appointment: false,
        sensitive: false,
        description: None,
        accessibility: None,
        verified_on: None,
        invented: true,
    }
}

fn network() -> (Vec<NewOrganisation>, Vec<NewDesk>) {
    let org = NewOrganisation {
        slug: Slug::parse("regione").unwrap(),
        name: "Regione".into(),
        kind: OrganisationKind::Region,
        parent: None,
        region: "Emilia-Romagna".into(),
        website: None,
    };
    let mut hidden = desk(
        "rifugio",
        DeskLevel::L2,
        "Bologna",
        "BO",
        (44.50, 11.35),
        "24/7",
        &["it", "ar"],
        &[Theme::Casa],
    );
    hidden.sensitive = true;
    hidden.address = "Via Nascosta 9".into();
    let desks = vec![
        desk(
            "aperto-arabo",
            DeskLevel::L2,
            "Bologna",
            "BO",
            (44.49, 11.34),
            "24/7",
            &["it", "ar"],
            &[Theme::Salute],
        ),
        desk(
            "chiuso-modena",
            DeskLevel::L1,
            "Modena",
            "MO",
            (44.65, 10.93),
            "off",
            &["it"],
            &[Theme::Scuola],
        ),
        hidden,
    ];
    (vec![org], desks)
}

async fn app(backend: sportello_testkit::Backend, test: &str) -> Option<TestApp> {
    let app = TestApp::spawn_with(backend, test, |s| s.server.page_cache_ms = 0).await?;
    let (orgs, desks) = network();
    app.store
        .insert_network(&orgs, &desks, Utc::now())
        .await
        .unwrap();
    Some(app)
}

async fn get(app: &TestApp, path: &str) -> (StatusCode, String) {
    let res = TestApp::client().get(app.url(path)).send().await.unwrap();
    let status = res.status();
    (status, res.text().await.unwrap())
}

/// The desk slugs a finder page lists, in order.
fn listed(body: &str) -> Vec<String> {
    body.split("/sportelli/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

backend_test!(
    finder_filters_by_language_open_now_and_level,
    |backend| async move {
        let Some(app) = app(backend, "finder_filters").await else {
            return;
        };
        let (status, body) = get(&app, "/it/sportelli").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(listed(&body).len(), 3, "{body}");

        let (_, body) = get(&app, "/it/sportelli?language=ar&open=1").await;
        let slugs = listed(&body);
        assert!(
            slugs.contains(&"aperto-arabo".to_owned()) && slugs.contains(&"rifugio".to_owned())
        );
        assert!(!slugs.contains(&"chiuso-modena".to_owned()), "{slugs:?}");
        assert!(body.contains("Aperto ora"), "open state shown");

        let (_, body) = get(&app, "/it/sportelli?level=l1").await;
        assert_eq!(listed(&body), ["chiuso-modena"]);
        let (_, body) = get(&app, "/it/sportelli?theme=salute&province=BO").await;
        assert_eq!(listed(&body), ["aperto-arabo"]);
        let (_, body) = get(&app, "/it/sportelli?comune=modena").await;
        assert_eq!(listed(&body), ["chiuso-modena"]);
        let (_, body) = get(&app, "/it/sportelli?channel=video").await;
        assert!(listed(&body).is_empty());
    }
);

backend_test!(
    finder_sorts_by_distance_from_a_comune_or_a_position,
    |backend| async move {
        let Some(app) = app(backend, "finder_nearest").await else {
            return;
        };
        let (_, body) = get(&app, "/it/sportelli?near=Modena").await;
        let slugs = listed(&body);
        assert_eq!(slugs[0], "chiuso-modena", "{slugs:?}");
        // The sensitive desk has no public position: it comes last.
        assert_eq!(slugs[2], "rifugio");
        assert!(body.contains(" km"), "distances shown");

        let (_, body) = get(&app, "/it/sportelli?lat=44.49&lon=11.34").await;
        assert_eq!(listed(&body)[0], "aperto-arabo");
    }
);

backend_test!(
    finder_keeps_bad_input_and_explains_it,
    |backend| async move {
        let Some(app) = app(backend, "finder_bad_input").await else {
            return;
        };
        let (status, body) = get(
            &app,
            "/it/sportelli?near=Atlantide&language=ar&theme=nessuno",
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body.contains("value=\"Atlantide\""), "what was typed stays");
        assert!(
            body.contains("Non troviamo il comune «Atlantide»"),
            "{body}"
        );
        assert!(body.contains("Questo tema non esiste"));
        assert!(
            body.contains("<option value=\"ar\" selected>"),
            "other filters stay"
        );
        assert!(body.contains("aria-invalid=\"true\""));

        let (status, body) = get(&app, "/en/sportelli?lat=95&lon=11").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body.contains("The location is not valid"));
    }
);

backend_test!(
    sensitive_desks_hide_their_address_everywhere,
    |backend| async move {
        let Some(app) = app(backend, "finder_sensitive").await else {
            return;
        };
        for path in [
            "/it/sportelli",
            "/it/sportelli/rifugio",
            "/api/desks.geojson",
        ] {
            let (status, body) = get(&app, path).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert!(!body.contains("Via Nascosta"), "{path} leaks the address");
            assert!(
                !body.contains("44.5,") && !body.contains("11.35"),
                "{path} leaks the position"
            );
        }
        let (_, body) = get(&app, "/it/sportelli/rifugio").await;
        assert!(body.contains("Indirizzo riservato (a Bologna)"));
    }
);

backend_test!(
    desk_page_shows_the_week_and_languages,
    |backend| async move {
        let Some(app) = app(backend, "desk_page").await else {
            return;
        };
        let (status, body) = get(&app, "/it/sportelli/aperto-arabo").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body.matches("<th scope=\"row\">").count(), 7, "a week");
        assert_eq!(
            body.matches("aria-current=\"date\"").count(),
            1,
            "today marked once"
        );
        assert!(body.contains("00:00–23:59"), "24/7 shown as whole days");
        assert!(body.contains("arabo"));
        assert!(body.contains("href=\"tel:0510000000\""));
        assert!(body.contains("Via aperto-arabo 1"));

        let (_, body) = get(&app, "/ar/sportelli/chiuso-modena").await;
        assert!(body.contains("dir=\"rtl\""));
        assert!(body.contains("مغلق"), "closed, in Arabic");

        let (status, _) = get(&app, "/it/sportelli/non-esiste").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
);

backend_test!(
    geojson_lists_public_positions_with_the_same_filters,
    |backend| async move {
        let Some(app) = app(backend, "desk_geojson").await else {
            return;
        };
        let res = TestApp::client()
            .get(app.url("/api/desks.geojson?language=ar"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()["content-type"], "application/geo+json");
        let json: serde_json::Value = res.json().await.unwrap();
        assert_eq!(json["type"], "FeatureCollection");
        let features = json["features"].as_array().unwrap();
        // Arabic is spoken at two desks, one of them sensitive: only the other has a point.
        assert_eq!(features.len(), 1);
        assert_eq!(features[0]["properties"]["slug"], "aperto-arabo");
        assert_eq!(
            features[0]["geometry"]["coordinates"],
            serde_json::json!([11.34, 44.49])
        );
    }
);

backend_test!(
    finder_sees_new_desks_without_a_restart,
    |backend| async move {
        let Some(app) = app(backend, "finder_refresh").await else {
            return;
        };
        assert_eq!(listed(&get(&app, "/it/sportelli").await.1).len(), 3);
        let extra = desk(
            "nuovo",
            DeskLevel::Hub,
            "Parma",
            "PR",
            (44.80, 10.33),
            "24/7",
            &["it"],
            &[],
        );
        app.store
            .insert_network(&[], &[extra], Utc::now())
            .await
            .unwrap();
        let slugs = listed(&get(&app, "/it/sportelli").await.1);
        assert_eq!(slugs[0], "nuovo", "hubs first: {slugs:?}");
    }
);

backend_test!(
    arabic_home_links_to_open_desks_speaking_arabic,
    |backend| async move {
        let Some(app) = app(backend, "home_arabic_link").await else {
            return;
        };
        let (_, body) = get(&app, "/ar/").await;
        assert!(
            body.contains("href=\"/ar/sportelli?language=ar&amp;open=1\""),
            "{body}"
        );
        assert!(body.contains("مكاتب مفتوحة الآن تتحدث العربية"));
    }
);

backend_test!(
    desk_page_lists_services_and_reference_hubs,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "desk_services_hubs").await else {
            return;
        };
        let (status, body) = get(&app, "/it/sportelli/bologna-sportello-stranieri").await;
        assert_eq!(status, StatusCode::OK);
        // The seeded permit-renewal help is offered here, with its note for this desk.
        assert!(
            body.contains("href=\"/it/servizi/"),
            "services listed: {body}"
        );
        assert!(body.contains("anche in arabo"));
        // Permits are the Reggio Emilia hub's theme across Emilia-Romagna; social benefits and
        // registry are Ravenna's.
        assert!(body.contains("href=\"/it/sportelli/hub-titoli-di-soggiorno\""));
        assert!(body.contains("href=\"/it/sportelli/hub-prestazioni-sociali-anagrafe\""));
        // A hub does not refer to itself.
        let (_, hub) = get(&app, "/it/sportelli/hub-salute").await;
        assert!(!hub.contains("href=\"/it/sportelli/hub-salute\""));
    }
);

backend_test!(
    desk_hours_reach_hsds_consumers_as_schedules,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "desk_schedules").await else {
            return;
        };
        let cards = app.store.public_desk_cards().await.unwrap();
        let body: serde_json::Value = TestApp::client()
            .get(app.url("/api/hsds/v3/service_at_locations?full=true&per_page=20"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut seen = 0;
        for item in body["contents"].as_array().unwrap() {
            let location = &item["location"];
            let Some(card) = cards.iter().find(|c| location["id"] == c.id.as_str()) else {
                continue;
            };
            let schedules = location["schedules"].as_array().unwrap();
            assert_eq!(
                schedules.len(),
                1,
                "one schedule mirrors {}'s hours",
                card.slug
            );
            assert_eq!(
                schedules[0]["description"].as_str(),
                card.opening_hours.as_deref(),
                "{}",
                card.slug
            );
            seen += 1;
        }
        assert!(seen > 0, "some seeded desks offer services");
    }
);
