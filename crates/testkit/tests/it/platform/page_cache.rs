//! The rendered-page cache through the real server, on both backends. Whether a response
//! came from the cache is read from its `x-page-cache` header (`hit`, `miss`, `bypass`),
//! and from the `sportello_page_cache_*` metrics.

use std::io::Write as _;
use std::time::Duration;

use chrono::Timelike;
use reqwest::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, COOKIE, ETAG, IF_NONE_MATCH,
    SET_COOKIE, VARY,
};
use reqwest::StatusCode;
use sportello_core::{Role, Scope};
use sportello_testkit::{backend_test, Backend, TestApp};

const DESK: &str = "/it/sportelli/bologna-urp";
const EDIT: &str = "/it/workspace/sportelli/bologna-urp/modifica";

/// A stored page lasts until the end of its minute: start a sequence that expects hits with
/// at least 15 seconds of the minute left.
async fn early_in_a_minute() {
    let second = chrono::Utc::now().second();
    if second >= 45 {
        tokio::time::sleep(Duration::from_millis(u64::from(60 - second) * 1000 + 200)).await;
    }
}

fn outcome(res: &Got) -> String {
    res.headers
        .get("x-page-cache")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

/// Every response, from the cache or not, carries the request id and the security headers.
fn assert_shell(res: &reqwest::Response) {
    for h in [
        "x-request-id",
        "content-security-policy",
        "x-content-type-options",
        "referrer-policy",
        "x-frame-options",
    ] {
        assert!(res.headers().contains_key(h), "{} misses {h}", res.url());
    }
}

/// A response, read.
#[derive(Debug)]
struct Got {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
}

impl Got {
    fn status(&self) -> StatusCode {
        self.status
    }

    fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }
}

async fn fetch(
    app: &TestApp,
    path: &str,
    headers: &[(reqwest::header::HeaderName, &str)],
) -> (Got, Vec<u8>) {
    request(app, reqwest::Method::GET, path, headers).await
}

async fn request(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    headers: &[(reqwest::header::HeaderName, &str)],
) -> (Got, Vec<u8>) {
    let mut req = TestApp::client().request(method, app.url(path));
    for (name, value) in headers {
        req = req.header(name, *value);
    }
    let res = req.send().await.unwrap();
    assert_shell(&res);
    let got = Got {
        status: res.status(),
        headers: res.headers().clone(),
    };
    (got, res.bytes().await.unwrap().to_vec())
}

/// gzip is an essential package of every machine we build on; the cache's own unit tests
/// decode both encodings with the libraries (the test crate has no decoder of its own).
fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut child = std::process::Command::new("gzip")
        .arg("-dc")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("gzip runs");
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "gzip -dc failed");
    out.stdout
}

async fn metric(app: &TestApp, line_start: &str) -> u64 {
    let text = TestApp::client()
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(line_start))
        .map_or(0, |v| v.trim().parse().unwrap())
}

backend_test!(anonymous_pages_come_from_the_cache, |backend| async move {
    let Some(app) = TestApp::spawn_demo(backend, "page_cache_hits").await else {
        return;
    };
    // A service card's URL, from the catalogue in another language (another cache key).
    let (_, catalogue) = fetch(&app, "/en/servizi-online", &[]).await;
    let catalogue = String::from_utf8(catalogue).unwrap();
    let at = catalogue.find("href=\"/en/servizi/").unwrap() + "href=\"/en".len();
    let service = format!(
        "/it{}",
        &catalogue[at..at + catalogue[at..].find('"').unwrap()]
    );

    early_in_a_minute().await;
    for path in [
        "/ar/sportelli",
        DESK,
        "/it/",
        "/it/servizi-online",
        &service,
    ] {
        let (first, body) = fetch(&app, path, &[]).await;
        assert_eq!(first.status(), StatusCode::OK, "{path}");
        assert_ne!(outcome(&first), "hit", "{path}: first request");
        let (again, same) = fetch(&app, path, &[]).await;
        assert_eq!(outcome(&again), "hit", "{path}: second request");
        assert_eq!(same, body, "{path}: same page");
        assert_eq!(again.headers()[CACHE_CONTROL], "public, no-cache");
        assert_eq!(again.headers()[VARY], "accept-encoding");
        assert!(again.headers().get(CONTENT_ENCODING).is_none());
        let etag = again.headers()[ETAG].to_str().unwrap().to_owned();
        assert!(etag.starts_with('"') && etag.len() > 20, "{etag}");

        let (gz, gz_body) = fetch(&app, path, &[(ACCEPT_ENCODING, "gzip")]).await;
        assert_eq!(outcome(&gz), "hit");
        assert_eq!(gz.headers()[CONTENT_ENCODING], "gzip");
        assert!(gz_body.len() < body.len());
        assert_eq!(gunzip(&gz_body), body, "{path}: gzip decodes to the page");
        let gz_etag = gz.headers()[ETAG].to_str().unwrap().to_owned();

        let (br, br_body) = fetch(&app, path, &[(ACCEPT_ENCODING, "gzip, deflate, br")]).await;
        assert_eq!(outcome(&br), "hit");
        assert_eq!(br.headers()[CONTENT_ENCODING], "br");
        assert!(
            br_body.len() < gz_body.len(),
            "{path}: brotli is the smaller"
        );
        let br_etag = br.headers()[ETAG].to_str().unwrap().to_owned();
        assert!(
            etag != gz_etag && gz_etag != br_etag,
            "one ETag per encoding"
        );

        let (not_modified, empty) = fetch(&app, path, &[(IF_NONE_MATCH, &etag)]).await;
        assert_eq!(not_modified.status(), StatusCode::NOT_MODIFIED, "{path}");
        assert!(empty.is_empty());
        assert_eq!(not_modified.headers()[ETAG], etag.as_str());
        let (br_304, _) = fetch(
            &app,
            path,
            &[(ACCEPT_ENCODING, "br"), (IF_NONE_MATCH, &br_etag)],
        )
        .await;
        assert_eq!(br_304.status(), StatusCode::NOT_MODIFIED);
        let (other_tag, full) = fetch(&app, path, &[(IF_NONE_MATCH, &gz_etag)]).await;
        assert_eq!(
            other_tag.status(),
            StatusCode::OK,
            "the gzip tag does not validate the identity body"
        );
        assert_eq!(full, body);

        let (head, nothing) = request(&app, reqwest::Method::HEAD, path, &[]).await;
        assert_eq!(outcome(&head), "hit");
        assert_eq!(
            head.headers()[CONTENT_LENGTH],
            body.len().to_string().as_str()
        );
        assert!(nothing.is_empty());
    }

    assert!(
        metric(
            &app,
            "sportello_page_cache_requests_total{outcome=\"hit\"} "
        )
        .await
            >= 35
    );
    assert!(
        metric(
            &app,
            "sportello_page_cache_requests_total{outcome=\"miss\"} "
        )
        .await
            >= 5
    );
    // Hits keep their route in the request metrics (only a hit answers 304).
    assert!(
        metric(
            &app,
            "sportello_http_requests_total{method=\"GET\",route=\"/{lang}/sportelli/{slug}\",status=\"304\"} "
        )
        .await
            >= 1
    );

    // A finder query that cannot be used (422) is rendered every time, and still compressed.
    for _ in 0..2 {
        let (bad, _) = fetch(&app, "/it/sportelli?lat=abc", &[(ACCEPT_ENCODING, "gzip")]).await;
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(outcome(&bad), "miss");
        assert_eq!(bad.headers()[CONTENT_ENCODING], "gzip");
    }
    // Pages outside the list are not cached at all.
    let (login, _) = fetch(&app, "/it/accesso", &[]).await;
    assert_eq!(outcome(&login), "");
});

/// The demo network with the default snapshot check interval (not 0: the edit must show
/// because it invalidates, not because nothing is kept) and no forced 2FA.
async fn editing_app(backend: Backend, test: &str) -> Option<TestApp> {
    let app = TestApp::spawn_with(backend, test, |s| s.auth.require_2fa_for_admins = false).await?;
    assert!(app.settings.server.page_cache_ms >= 1000);
    sportello_app::demo::load(&app.store, &sportello_app::SystemClock, 0)
        .await
        .expect("demo loads");
    Some(app)
}

backend_test!(
    a_desk_edit_shows_at_once_on_cached_pages,
    |backend| async move {
        let Some(app) = editing_app(backend, "page_cache_edit").await else {
            return;
        };
        let mut operator = sportello_testkit::operator_session(
            &app,
            "urp@example.org",
            Role::L1Operator,
            Scope::Desk("bologna-urp".into()),
        )
        .await;
        let form = operator.get(EDIT).await;
        assert_eq!(form.status, StatusCode::OK);

        early_in_a_minute().await;
        for path in [DESK, "/it/sportelli"] {
            fetch(&app, path, &[]).await;
            let (cached, body) = fetch(&app, path, &[]).await;
            assert_eq!(outcome(&cached), "hit", "{path} is cached before the edit");
            assert!(!String::from_utf8(body).unwrap().contains("URP rinnovato"));
        }

        let mut fields: Vec<(String, String)> = [
            "csrf",
            "opening_hours",
            "languages",
            "phone",
            "email",
            "address",
            "postcode",
            "comune",
            "province",
            "latitude",
            "longitude",
        ]
        .iter()
        .map(|name| {
            (
                (*name).to_owned(),
                form.input_value(name).unwrap_or_default(),
            )
        })
        .collect();
        fields.push((
            "language_hours".into(),
            form.textarea_value("language_hours").unwrap_or_default(),
        ));
        fields.push(("in_person".into(), "on".into()));
        fields.push(("name".into(), "URP rinnovato".into()));
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let saved = operator.post_form(EDIT, &pairs).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

        for path in [DESK, "/it/sportelli"] {
            let (page, body) = fetch(&app, path, &[]).await;
            assert_eq!(
                outcome(&page),
                "miss",
                "{path}: the stored page is no longer valid"
            );
            assert!(
                String::from_utf8(body).unwrap().contains("URP rinnovato"),
                "{path} shows the edit at once"
            );
            let (page, _) = fetch(&app, path, &[]).await;
            assert_eq!(outcome(&page), "hit", "{path} is cached again");
        }
    }
);

backend_test!(
    a_signed_in_request_never_gets_a_cached_page,
    |backend| async move {
        let Some(app) = editing_app(backend, "page_cache_session").await else {
            return;
        };
        let mut operator = sportello_testkit::operator_session(
            &app,
            "urp@example.org",
            Role::L1Operator,
            Scope::Desk("bologna-urp".into()),
        )
        .await;
        assert!(operator.cookies.contains_key("sportello_session"));

        early_in_a_minute().await;
        fetch(&app, DESK, &[]).await;
        let (warm, _) = fetch(&app, DESK, &[]).await;
        assert_eq!(outcome(&warm), "hit");
        let etag = warm.headers()[ETAG].to_str().unwrap().to_owned();

        for _ in 0..2 {
            let page = operator.get(DESK).await;
            assert_eq!(page.status, StatusCode::OK);
            assert_eq!(
                page.headers["x-page-cache"], "bypass",
                "never from the cache"
            );
            assert!(page.headers.get(ETAG).is_none() && page.headers.get(CACHE_CONTROL).is_none());
        }
        // Either cookie name counts, whatever the server's TLS setting; an unknown session gets
        // its cookie cleared, and that response is not stored either.
        for cookie in [
            "__Host-sportello_session=whatever",
            "lang=ar; sportello_session=unknown",
        ] {
            let (page, _) = fetch(&app, DESK, &[(COOKIE, cookie), (IF_NONE_MATCH, &etag)]).await;
            assert_eq!(page.status(), StatusCode::OK, "{cookie}: no 304 either");
            assert_eq!(outcome(&page), "bypass", "{cookie}");
        }
        let (stale, _) = fetch(&app, DESK, &[(COOKIE, "sportello_session=unknown")]).await;
        assert!(stale.headers().contains_key(SET_COOKIE));
        let (anonymous, _) = fetch(&app, DESK, &[]).await;
        assert_eq!(outcome(&anonymous), "hit");
        assert_eq!(
            anonymous.headers()[ETAG],
            etag.as_str(),
            "the stored page is the same"
        );
        assert!(
            metric(
                &app,
                "sportello_page_cache_requests_total{outcome=\"bypass\"} "
            )
            .await
                >= 5
        );
        // A cookie that is not a session's (the language choice) does not matter to these pages.
        let (with_lang, _) = fetch(&app, DESK, &[(COOKIE, "lang=ar")]).await;
        assert_eq!(outcome(&with_lang), "hit");
    }
);

backend_test!(
    the_cap_evicts_the_least_recently_used_pages,
    |backend| async move {
        let Some(mut app) = TestApp::spawn_demo(backend, "page_cache_cap").await else {
            return;
        };
        let other = "/it/sportelli/ferrara-sportello-stranieri";
        early_in_a_minute().await;
        fetch(&app, DESK, &[]).await;
        let one = metric(&app, "sportello_page_cache_bytes ").await;
        fetch(&app, other, &[]).await;
        let both = metric(&app, "sportello_page_cache_bytes ").await;
        let (a, b) = (one, both - one);
        assert!(a > 1000 && b > 1000, "{a} {b}");

        // Room for either page, not for both.
        let cap = a.max(b) + a.min(b) / 2;
        app.settings.server.page_cache_bytes = cap;
        let app = app.restart().await;
        early_in_a_minute().await;
        let seq = [
            (DESK, "miss"),
            (DESK, "hit"),
            (other, "miss"),
            (other, "hit"),
            (DESK, "miss"),
            (other, "miss"),
        ];
        for (path, expected) in seq {
            let (res, _) = fetch(&app, path, &[]).await;
            assert_eq!(outcome(&res), expected, "{path}");
            assert!(metric(&app, "sportello_page_cache_bytes ").await <= cap);
        }
        assert_eq!(
            metric(&app, "sportello_page_cache_evictions_total ").await,
            3
        );

        // Nothing fits: nothing is stored, every request renders.
        let mut app = app;
        app.settings.server.page_cache_bytes = 1;
        let app = app.restart().await;
        for _ in 0..2 {
            let (res, _) = fetch(&app, DESK, &[]).await;
            assert_eq!(outcome(&res), "miss");
        }
        // And 0 turns the cache off.
        let mut app = app;
        app.settings.server.page_cache_bytes = 0;
        let app = app.restart().await;
        let (res, _) = fetch(&app, DESK, &[]).await;
        assert_eq!(outcome(&res), "");
        assert!(res.headers().get(ETAG).is_none());
    }
);

backend_test!(
    knowledge_base_pages_are_cached_until_the_knowledge_base_changes,
    |backend| async move {
        let Some(app) = editing_app(backend, "page_cache_kb").await else {
            return;
        };
        let theme = "/it/permesso-di-soggiorno";
        let sheet = "/it/permesso-di-soggiorno/rinnovo-permesso-di-soggiorno";
        let notice = "in aggiornamento dopo un cambiamento della legge";
        let mut coordinator = sportello_testkit::operator_session(
            &app,
            "coord@example.org",
            Role::Coordinator,
            Scope::Network,
        )
        .await;
        let csrf = coordinator
            .get("/it/workspace/norme")
            .await
            .input_value("csrf")
            .unwrap();

        early_in_a_minute().await;
        for path in [
            theme,
            sheet,
            "/ar/permesso-di-soggiorno/rinnovo-permesso-di-soggiorno",
        ] {
            let (first, _) = fetch(&app, path, &[]).await;
            assert_eq!(first.status(), StatusCode::OK, "{path}");
            let (again, body) = fetch(&app, path, &[]).await;
            assert_eq!(outcome(&again), "hit", "{path}");
            assert!(!String::from_utf8(body).unwrap().contains(notice));
        }
        // A sheet's query (the reader's province) is its own page.
        let (bologna, _) = fetch(&app, &format!("{sheet}?provincia=BO"), &[]).await;
        assert_eq!(outcome(&bologna), "miss");

        // A knowledge-base write (the law changed) drops the stored sheets at once.
        let marked = coordinator
            .post_form(
                "/it/workspace/norme/dlgs-286-1998/modificata",
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(marked.status, StatusCode::SEE_OTHER);
        let (page, body) = fetch(&app, sheet, &[]).await;
        assert_eq!(
            outcome(&page),
            "miss",
            "the stored sheet is no longer valid"
        );
        assert!(String::from_utf8(body).unwrap().contains(notice));
        let (page, _) = fetch(&app, sheet, &[]).await;
        assert_eq!(outcome(&page), "hit", "and is cached again");

        // Pages that are not 200 are never stored: a withdrawn or unknown sheet.
        for _ in 0..2 {
            let (missing, _) = fetch(&app, "/it/salute/nessuna-scheda", &[]).await;
            assert_eq!(missing.status(), StatusCode::NOT_FOUND);
            assert_eq!(outcome(&missing), "miss");
        }
    }
);
