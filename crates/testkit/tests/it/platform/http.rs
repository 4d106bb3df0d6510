//! The HTTP surface through the real server on port 0, on both backends.

use reqwest::header::{
    ACCEPT_ENCODING, ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, COOKIE,
    LOCATION, SET_COOKIE, VARY,
};
use reqwest::StatusCode;
use sportello_testkit::{backend_test, Backend, TestApp};

const SECURITY_HEADERS: [&str; 5] = [
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "permissions-policy",
    "x-frame-options",
];

fn assert_secure(res: &reqwest::Response) {
    for h in SECURITY_HEADERS {
        assert!(res.headers().contains_key(h), "{} misses {h}", res.url());
    }
    let csp = res.headers()["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(
        res.headers().contains_key("x-request-id"),
        "{} misses x-request-id",
        res.url()
    );
}

async fn text(
    app: &TestApp,
    path: &str,
    lang: Option<&str>,
) -> (StatusCode, reqwest::header::HeaderMap, String) {
    let mut req = TestApp::client().get(app.url(path));
    if let Some(lang) = lang {
        req = req.header(ACCEPT_LANGUAGE, lang);
    }
    let res = req.send().await.unwrap();
    assert_secure(&res);
    let status = res.status();
    let headers = res.headers().clone();
    (status, headers, res.text().await.unwrap())
}

backend_test!(
    root_redirects_by_cookie_then_accept_language,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "root_redirect").await else {
            return;
        };
        let client = TestApp::client();
        for (header, expected) in [
            ("ar-EG,ar;q=0.9", "/ar/"),
            ("de-DE, fr;q=0.4, en;q=0.6", "/en/"),
            ("xx;;;q=zz,,,", "/it/"),
            ("", "/it/"),
        ] {
            let res = client
                .get(app.url("/"))
                .header(ACCEPT_LANGUAGE, header)
                .send()
                .await
                .unwrap();
            assert!(
                res.status().is_redirection(),
                "{header:?}: {}",
                res.status()
            );
            assert_eq!(res.headers()[LOCATION], expected, "{header:?}");
            assert!(res.headers()[VARY]
                .to_str()
                .unwrap()
                .contains("Accept-Language"));
            assert_secure(&res);
        }
        let res = client
            .get(app.url("/"))
            .header(ACCEPT_LANGUAGE, "fr")
            .header(COOKIE, "other=1; lang=uk")
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.headers()[LOCATION],
            "/uk/",
            "the cookie overrides Accept-Language"
        );
        let res = client.get(app.url("/es")).send().await.unwrap();
        assert_eq!(res.headers()[LOCATION], "/es/");
    }
);

backend_test!(
    home_page_speaks_the_language_and_direction,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "home").await else {
            return;
        };
        let (status, headers, it) = text(&app, "/it/", None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[CONTENT_TYPE], "text/html; charset=utf-8");
        assert!(it.contains(r#"<html lang="it" dir="ltr">"#));
        for theme in [
            "Permesso di soggiorno",
            "Cittadinanza",
            "Ricongiungimento familiare",
            "Residenza e anagrafe",
            "Salute",
            "Scuola",
            "Lavoro e formazione",
            "Casa",
            "Prestazioni sociali",
            "Lingua italiana",
        ] {
            assert!(it.contains(theme), "home misses theme {theme}");
        }
        assert!(
            it.contains("Hub prestazioni sociali e anagrafe"),
            "the hubs are listed"
        );
        assert!(
            it.contains("Dati dimostrativi"),
            "the footer marks demo data"
        );
        assert!(
            !it.contains("non sono ancora tradotte"),
            "Italian is complete"
        );

        let (_, _, ar) = text(&app, "/ar/", None).await;
        assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(
            !ar.contains("Permesso di soggiorno"),
            "Arabic translates the themes"
        );

        // Every language is complete, and says honestly that its texts are drafts until a
        // fluent reviewer has checked them; Italian, the source, does not.
        for (tag, dir) in [
            ("bn", "ltr"),
            ("fa", "rtl"),
            ("ur", "rtl"),
            ("pa", "ltr"),
            ("tl", "ltr"),
        ] {
            let (_, _, page) = text(&app, &format!("/{tag}/"), None).await;
            assert!(
                page.contains(&format!(r#"<html lang="{tag}" dir="{dir}">"#)),
                "{tag}"
            );
            assert!(
                !page.contains("Permesso di soggiorno</"),
                "{tag} translates the themes"
            );
            assert!(
                !page.contains(r#"class="wrap notice""#),
                "{tag} is complete"
            );
            assert!(page.contains(r#"class="draft-note""#), "{tag} is a draft");
        }
        assert!(!it.contains(r#"class="draft-note""#));

        // The switcher links keep the page.
        assert!(
            it.contains(r#"href="/lang/ar?from=%2Fit%2F""#),
            "switcher link to Arabic"
        );
    }
);

backend_test!(
    switching_language_keeps_the_page_and_remembers,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "switch").await else {
            return;
        };
        let client = TestApp::client();
        let res = client
            .get(app.url("/lang/ar?from=%2Fit%2Fsportelli%3Fpage%3D2"))
            .send()
            .await
            .unwrap();
        assert!(res.status().is_redirection());
        assert_eq!(res.headers()[LOCATION], "/ar/sportelli?page=2");
        let cookie = res.headers()[SET_COOKIE].to_str().unwrap().to_owned();
        assert!(
            cookie.starts_with("lang=ar;")
                && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        // An attempt to bounce elsewhere stays on our site.
        let res = client
            .get(app.url("/lang/fr?from=%2F%2Fevil.example%2F"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()[LOCATION], "/fr/");
        let res = client
            .get(app.url("/lang/xx?from=%2Fit%2F"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
    }
);

backend_test!(
    unknown_language_gets_a_translated_404_with_language_links,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "unknown_lang").await else {
            return;
        };
        let (status, headers, body) = text(&app, "/xx/", Some("fr-FR,fr;q=0.9")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(
            body.contains(r#"<html lang="fr""#),
            "404 in the best-matching language"
        );
        assert!(
            body.contains("Page introuvable")
                || body.contains("introuvable")
                || body.contains("trouv"),
            "French text"
        );
        let id = headers["x-request-id"].to_str().unwrap();
        assert!(body.contains(id), "the page shows the request id {id}");
        for tag in ["it", "en", "ar", "zh", "bn"] {
            assert!(
                body.contains(&format!(r#"href="/{tag}/""#)),
                "link to /{tag}/"
            );
        }
        let (status, _, body) = text(&app, "/it/nessuna-pagina", None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(body.contains("Pagina non trovata"));
        assert!(body.contains("page.not_found"));
    }
);

backend_test!(bad_input_gets_clear_4xx_never_500, |backend| async move {
    let Some(app) = TestApp::spawn(backend, "bad_input").await else {
        return;
    };
    let client = TestApp::client();
    // Bad UTF-8 in the path.
    let (status, _, body) = text(&app, "/%FF%FE/", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("Richiesta non valida"));
    // A query string that cannot be read (a field twice).
    let (status, _, body) = text(&app, "/en/sportelli?page=1&page=2", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains(r#"lang="en""#) && body.contains("request.query_invalid"));
    // A bad value in a form: the form comes back with the message.
    let (status, _, body) = text(&app, "/en/sportelli?page=abc", None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("The page number is not valid"));
    // An oversized body.
    let res = client
        .post(app.url("/it/"))
        .body(vec![b'x'; app.settings.server.max_body_bytes + 1])
        .send()
        .await
        .unwrap();
    assert!(
        res.status() == StatusCode::PAYLOAD_TOO_LARGE
            || res.status() == StatusCode::METHOD_NOT_ALLOWED,
        "{}",
        res.status()
    );
    assert_secure(&res);
    // A state change without an anti-CSRF token is refused before anything else...
    let res = client.delete(app.url("/it/")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    // ...and with one, a wrong method gets 405 and its Allow header.
    let token = "a".repeat(64);
    let res = client
        .delete(app.url("/it/"))
        .header(COOKIE, format!("sportello_csrf={token}"))
        .header("x-csrf-token", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        res.headers().contains_key("allow"),
        "the Allow header survives rendering"
    );
    // Oversized headers: a translated 431, not a dropped connection.
    let res = client
        .get(app.url("/it/"))
        .header("x-big", "a".repeat(40_000))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    assert_secure(&res);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("request.headers_too_large"));
    // Under /api/ errors are JSON with a stable code.
    let res = client.get(app.url("/api/nothing")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(json["error"]["code"], "page.not_found");
    assert!(json["error"]["request_id"]
        .as_str()
        .is_some_and(|s| s.len() == 16));
});

backend_test!(
    database_failure_shows_translated_500_with_request_id,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "db_failure").await else {
            return;
        };
        app.store.close().await;
        let (status, headers, body) = text(&app, "/es/", None).await;
        assert!(status.is_server_error(), "{status}");
        assert!(body.contains(r#"lang="es""#));
        assert!(body.contains(headers["x-request-id"].to_str().unwrap()));
        let res = TestApp::client()
            .get(app.url("/readyz"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
        let res = TestApp::client()
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            StatusCode::OK,
            "liveness does not depend on the database"
        );
    }
);

backend_test!(
    static_assets_are_hashed_cached_and_compressed,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "assets").await else {
            return;
        };
        let (_, _, home) = text(&app, "/it/", None).await;
        let css = home
            .split(r#"<link rel="stylesheet" href=""#)
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("stylesheet link")
            .to_owned();
        assert!(
            css.starts_with("/static/style.")
                && css.ends_with(".css")
                && css.len() > "/static/style..css".len() + 8,
            "{css}"
        );
        let res = TestApp::client().get(app.url(&css)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_secure(&res);
        assert_eq!(
            res.headers()[CACHE_CONTROL],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(res.headers()[CONTENT_TYPE], "text/css; charset=utf-8");
        let res = TestApp::client()
            .get(app.url("/static/style.000000000000.css"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let res = TestApp::client()
            .get(app.url("/it/"))
            .header(ACCEPT_ENCODING, "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()[CONTENT_ENCODING], "gzip");
    }
);

backend_test!(health_readiness_and_metrics, |backend| async move {
    let Some(app) = TestApp::spawn(backend, "ops").await else {
        return;
    };
    let client = TestApp::client();
    assert_eq!(
        client
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    let ready = client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), StatusCode::OK);
    assert_secure(&ready);
    client.get(app.url("/it/")).send().await.unwrap();
    client
        .get(app.url("/it/nothing-here"))
        .send()
        .await
        .unwrap();
    let metrics = client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains(
            r#"sportello_http_requests_total{method="GET",route="/{lang}/",status="200"} 1"#
        ),
        "{metrics}"
    );
    assert!(
        metrics.contains(r#"route="unmatched",status="404""#),
        "{metrics}"
    );
    assert!(metrics.contains("sportello_http_request_duration_seconds_bucket"));
});

backend_test!(desk_list_pages_and_clamps, |backend| async move {
    let Some(app) = TestApp::spawn_demo(backend, "desk_pages").await else {
        return;
    };
    let (status, _, page1) = text(&app, "/it/sportelli", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page1.contains("Casa delle culture"),
        "seed desks are listed"
    );
    assert!(page1.contains("Piazza Amintore Fanfani 5"));
    let (status, _, far) = text(&app, "/it/sportelli?page=999", None).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a page past the end shows the last page"
    );
    assert!(far.contains("Pagina 2 di 2"), "{far}");
    assert!(far.contains("rel=\"prev\" href=\"/it/sportelli?page=1\""));
});

#[tokio::test]
async fn hsts_only_when_people_reach_us_over_tls() {
    let app = TestApp::spawn(sportello_testkit::Backend::Sqlite, "hsts")
        .await
        .unwrap();
    let res = TestApp::client()
        .get(app.url("/healthz"))
        .send()
        .await
        .unwrap();
    assert!(!res.headers().contains_key("strict-transport-security"));
    let tls = TestApp::spawn_with(sportello_testkit::Backend::Sqlite, "hsts_tls", |s| {
        s.server.public_url = "https://sportelli.regione.example".into();
    })
    .await
    .unwrap();
    let res = TestApp::client().get(tls.url("/it/")).send().await.unwrap();
    assert_eq!(
        res.headers()["strict-transport-security"],
        "max-age=63072000; includeSubDomains"
    );
    let res = TestApp::client()
        .get(tls.url("/lang/ar?from=%2Fit%2F"))
        .send()
        .await
        .unwrap();
    assert!(
        res.headers()[SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Secure"),
        "cookies are Secure behind TLS"
    );
}

/// `/metrics` is for the scraper: a client on loopback when no token is set, otherwise the
/// bearer token and nothing else.
#[tokio::test]
async fn metrics_need_loopback_or_the_token() {
    let behind_proxy = TestApp::spawn_with(Backend::Sqlite, "metrics_proxy", |s| {
        s.server.trust_forwarded_for = true;
    })
    .await
    .expect("sqlite is always available");
    let client = TestApp::client();
    let status = |r: reqwest::Response| r.status();
    let from = |ip: &str| {
        client
            .get(behind_proxy.url("/metrics"))
            .header("x-forwarded-for", ip)
    };
    assert_eq!(
        status(from("127.0.0.1").send().await.unwrap()),
        StatusCode::OK
    );
    assert_eq!(
        status(from("203.0.113.7").send().await.unwrap()),
        StatusCode::FORBIDDEN,
        "a visitor from outside reads no metrics"
    );

    let token = "a-long-random-scraper-token-for-tests";
    let with_token = TestApp::spawn_with(Backend::Sqlite, "metrics_token", |s| {
        s.server.metrics_token = sportello_app::platform::settings::Secret::new(token);
    })
    .await
    .unwrap();
    let get = |auth: Option<&str>| {
        let request = client.get(with_token.url("/metrics"));
        match auth {
            Some(a) => request.header("authorization", a),
            None => request,
        }
    };
    assert_eq!(
        status(get(None).send().await.unwrap()),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(get(Some("Bearer wrong")).send().await.unwrap()),
        StatusCode::FORBIDDEN
    );
    let ok = get(Some(&format!("Bearer {token}"))).send().await.unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(ok.text().await.unwrap().contains("# EOF"));
}
