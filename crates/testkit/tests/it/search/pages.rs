//! The public search over the demo: cross-lingual and Arabic queries, facets, the JSON API
//! and its stable errors, input that must never break it, and a sensitive desk's address
//! that must never be found.

use std::time::Duration;

use reqwest::StatusCode;
use sportello_testkit::{backend_test, TestApp};

use super::{eventually, get};

const SHEET: &str = "/rinnovo-permesso-di-soggiorno";

backend_test!(
    the_demo_is_searchable_in_every_language,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "search_pages").await else {
            return;
        };
        // Italian words, once the index has caught up with the demo load.
        let (status, page) = eventually(
            &app,
            "/it/cerca?q=rinnovo+permesso+di+soggiorno",
            Duration::from_secs(20),
            |b| b.contains(SHEET),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(SHEET), "{page}");
        assert!(page.contains("<mark>"), "words found are marked");
        // The reader's language: an Arabic query on the Arabic page finds the Arabic version.
        let (_, ar) = get(&app, "/ar/cerca?q=%D8%AA%D8%AC%D8%AF%D9%8A%D8%AF+%D8%AA%D8%B5%D8%B1%D9%8A%D8%AD+%D8%A7%D9%84%D8%A5%D9%82%D8%A7%D9%85%D8%A9").await;
        assert!(
            ar.contains(&format!("/ar/permesso-di-soggiorno{SHEET}")),
            "{ar}"
        );
        // English words on the English page find it through the glossary, whatever is translated.
        let (_, en) = get(&app, "/en/cerca?q=residence+permit").await;
        assert!(en.contains(SHEET), "{en}");
        // An acronym.
        let (_, pds) = get(&app, "/it/cerca?q=PdS").await;
        assert!(pds.contains(SHEET), "{pds}");
        // A typo.
        let (_, typo) = get(&app, "/it/cerca?q=permeso+di+sogiorno").await;
        assert!(typo.contains(SHEET), "{typo}");
        // The header's box is on every public page.
        let (_, home) = get(&app, "/it/").await;
        assert!(home.contains("action=\"/it/cerca\""));
    }
);

backend_test!(facets_and_the_api, |backend| async move {
    let Some(app) = TestApp::spawn_demo(backend, "search_api").await else {
        return;
    };
    let (status, body) = eventually(
        &app,
        "/api/v1/search?q=sportello&lang=it",
        Duration::from_secs(20),
        |b| b.contains("\"desk\""),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let total = json["total"].as_u64().unwrap();
    assert!(total > 0);
    let desks = json["facets"]["kind"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["value"] == "desk")
        .unwrap()["count"]
        .as_u64()
        .unwrap();
    // Filtering by the kind gives exactly the count the facet promised.
    let (_, only) = get(&app, "/api/v1/search?q=sportello&lang=it&kind=desk").await;
    let only: serde_json::Value = serde_json::from_str(&only).unwrap();
    assert_eq!(only["total"].as_u64().unwrap(), desks);
    assert!(only["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["kind"] == "desk"));
    // A comune facet narrows to its desks.
    let comune = only["facets"]["comune"][0]["value"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, there) = get(
        &app,
        &format!("/api/v1/search?q=sportello&lang=it&kind=desk&comune={comune}"),
    )
    .await;
    let there: serde_json::Value = serde_json::from_str(&there).unwrap();
    assert_eq!(there["total"], only["facets"]["comune"][0]["count"]);
    // Unknown values are named errors with stable codes.
    for (path, parameter) in [
        ("/api/v1/search?q=x&kind=spaceship", "kind"),
        ("/api/v1/search?q=x&theme=nothing", "theme"),
        ("/api/v1/search?q=x&lang=xx", "lang"),
    ] {
        let (status, body) = get(&app, path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        let e: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(e["error"]["code"], "api.parameter_invalid");
        assert_eq!(e["error"]["parameter"], parameter);
    }
    // The page ignores them instead.
    assert_eq!(
        get(&app, "/it/cerca?q=x&tipo=spaceship&tema=nothing")
            .await
            .0,
        StatusCode::OK
    );
    // Both are in the OpenAPI document.
    let (_, doc) = get(&app, "/api/openapi.json").await;
    assert!(doc.contains("/api/v1/search") && doc.contains("/api/v1/search/suggest"));
    // Suggestions complete the last word.
    let (_, s) = get(&app, "/api/v1/search/suggest?q=rinnovo+perm&lang=it").await;
    let s: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert!(
        s["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["url"].as_str().unwrap().ends_with(SHEET)),
        "{s}"
    );
});

backend_test!(
    no_input_breaks_it_and_sensitive_places_are_not_found,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "search_input").await else {
            return;
        };
        eventually(
            &app,
            "/it/cerca?q=sportello",
            Duration::from_secs(20),
            |b| b.contains("/it/sportelli/"),
        )
        .await;
        let long = "permesso%20".repeat(1000);
        for q in [
            "",
            "%20%20",
            "AND+OR+NOT+%28+%22+*+%3A+~+%5E",
            "%22permesso",
            "%FF%FE%FD",
            long.as_str(),
            "permesso&tipo=&tema=&comune=&pagina=abc",
            "permesso&pagina=99999999999999999999",
            "permesso&lat=abc&lon=999",
        ] {
            let (status, _) = get(&app, &format!("/it/cerca?q={q}")).await;
            assert_eq!(status, StatusCode::OK, "{q}");
            let (status, _) = get(&app, &format!("/api/v1/search?q={q}")).await;
            assert_eq!(status, StatusCode::OK, "{q}");
        }
        // The demo's shelter desk: its name is public, its street address is not indexed.
        let (_, named) = get(
            &app,
            "/api/v1/search?q=donne+in+protezione&lang=it&kind=desk",
        )
        .await;
        assert!(named.contains("bologna-orientamento-protetto"), "{named}");
        let (_, address) = get(&app, "/api/v1/search?q=Indirizzo+riservato&lang=it").await;
        assert!(
            !address.contains("bologna-orientamento-protetto"),
            "{address}"
        );
        assert!(!address.contains("riservato 1"), "{address}");
        // Near Bologna's centre: the shelter has no position, so it is never "near".
        let (_, near) = get(
            &app,
            "/api/v1/search?q=sportello&lang=it&lat=44.4949&lon=11.3426",
        )
        .await;
        let near: serde_json::Value = serde_json::from_str(&near).unwrap();
        assert!(near["total"].as_u64().unwrap() > 0, "{near}");
        assert!(!near.to_string().contains("bologna-orientamento-protetto"));
    }
);

backend_test!(questions_are_limited_per_address, |backend| async move {
    let Some(app) = TestApp::spawn_with(backend, "search_limit", |s| {
        s.search.queries_per_ip_per_minute = 3;
    })
    .await
    else {
        return;
    };
    for _ in 0..3 {
        let (status, page) = get(&app, "/it/cerca?q=permesso").await;
        assert_eq!(status, StatusCode::OK);
        assert!(!page.contains("Troppe ricerche"));
    }
    // The fourth in the minute: the page says so, the API answers 429 with its code.
    let (status, page) = get(&app, "/it/cerca?q=permesso").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Troppe ricerche"), "{page}");
    let (status, body) = get(&app, "/api/v1/search?q=permesso").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let e: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(e["error"]["code"], "api.rate_limited");
});
