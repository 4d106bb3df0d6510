//! The page cache: its store, and the middleware over handlers of our own, in process.

use super::*;

fn accept(value: &str) -> Encoding {
    let mut headers = HeaderMap::new();
    headers.insert(
        header::ACCEPT_ENCODING,
        HeaderValue::from_str(value).unwrap(),
    );
    negotiate(&headers)
}

#[test]
fn negotiates_the_preferred_encoding() {
    assert_eq!(negotiate(&HeaderMap::new()), Encoding::Identity);
    assert_eq!(accept("gzip, deflate, br, zstd"), Encoding::Brotli);
    assert_eq!(accept("gzip"), Encoding::Gzip);
    assert_eq!(accept("br;q=0.5, gzip"), Encoding::Gzip);
    assert_eq!(accept("br;q=0, gzip;q=0"), Encoding::Identity);
    assert_eq!(accept("*"), Encoding::Brotli);
    assert_eq!(accept("identity"), Encoding::Identity);
    assert_eq!(accept("gzip;q=0.2, identity;q=0.8"), Encoding::Identity);
    assert_eq!(accept("deflate"), Encoding::Identity);
    assert_eq!(accept("gzip;q=abc"), Encoding::Identity);
}

#[test]
fn reads_q_values() {
    assert_eq!(parse_q("1"), 1000);
    assert_eq!(parse_q("1.000"), 1000);
    assert_eq!(parse_q("0.5"), 500);
    assert_eq!(parse_q("0.005"), 5);
    assert_eq!(parse_q("0"), 0);
    assert_eq!(parse_q("0.1234"), 0);
    assert_eq!(parse_q("2"), 0);
}

#[test]
fn matches_entity_tags() {
    assert!(etag_matches(b"\"abc\"", b"\"abc\""));
    assert!(etag_matches(b"\"x\", W/\"abc\"", b"\"abc\""));
    assert!(etag_matches(b"*", b"\"abc\""));
    assert!(!etag_matches(b"\"abc-gz\"", b"\"abc\""));
    assert!(!etag_matches(b"", b"\"abc\""));
}

#[test]
fn compressed_variants_decode_to_the_page() {
    let page = Bytes::from("<p>sportello</p>\n".repeat(200));
    let [plain, gz, br] = encode(page.clone()).unwrap();
    assert_eq!(plain.body, page);
    assert!(gz.body.len() < page.len() && br.body.len() < page.len());
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz.body[..]), &mut out).unwrap();
    assert_eq!(out, page);
    out.clear();
    brotli::BrotliDecompress(&mut &br.body[..], &mut out).unwrap();
    assert_eq!(out, page);
    let tags = [&plain.etag, &gz.etag, &br.etag];
    assert!(
        tags[0] != tags[1] && tags[1] != tags[2],
        "one tag per representation"
    );

    let tiny = Bytes::from_static(b"a");
    let [plain, gz, br] = encode(tiny).unwrap();
    assert!(Arc::ptr_eq(&plain, &gz) && Arc::ptr_eq(&plain, &br));
}

fn entry(bytes: usize) -> Arc<Entry> {
    let plain = Arc::new(Variant {
        body: Bytes::new(),
        etag: HeaderValue::from_static("\"e\""),
        encoding: None,
    });
    Arc::new(Entry {
        version: Arc::from("v"),
        expires: u64::MAX,
        headers: HeaderMap::new(),
        route: None,
        variants: [plain.clone(), plain.clone(), plain],
        bytes,
    })
}

#[test]
fn the_least_recently_used_pages_go_first() {
    let mut pages = Pages::new(300);
    assert_eq!(pages.insert("/a", entry(100)), 0);
    assert_eq!(pages.insert("/b", entry(100)), 0);
    assert_eq!(pages.insert("/c", entry(100)), 0);
    assert!(pages.get("/a").is_some(), "/a is now the most recent");
    assert_eq!(pages.insert("/d", entry(100)), 1);
    assert!(pages.get("/b").is_none(), "/b was the least recently used");
    assert_eq!(pages.bytes, 300);
    assert_eq!(
        pages.insert("/e", entry(250)),
        3,
        "room made for a large page"
    );
    assert_eq!((pages.bytes, pages.lru.len()), (250, 1));
    assert_eq!(
        pages.insert("/f", entry(301)),
        0,
        "larger than the cap: not stored"
    );
    assert!(pages.get("/f").is_none());
    assert_eq!(pages.insert("/e", entry(50)), 0, "replaced, counted once");
    assert_eq!(pages.bytes, 50);
    let newer = entry(60);
    pages.insert("/e", newer.clone());
    pages.remove("/e", &entry(50));
    assert!(
        pages.get("/e").is_some(),
        "a newer page is not dropped for an old one"
    );
    pages.remove("/e", &newer);
    assert_eq!((pages.bytes, pages.lru.len()), (0, 0));
}

/// The middleware over handlers of our own on cached route templates, in process.
mod middleware {
    use std::sync::atomic::{AtomicU32, Ordering};

    use axum::routing::get;
    use axum::Router;

    use super::*;

    async fn state(path: &std::path::Path) -> AppState {
        let mut settings = sportello_app::Settings::defaults();
        settings.database.url = sportello_app::platform::settings::DatabaseUrl::new(format!(
            "sqlite://{}",
            path.display()
        ));
        let app = sportello_app::App::open(settings).await.unwrap();
        AppState::new(app).unwrap()
    }

    async fn get_page(router: &Router, path: &str, encoding: &str) -> Response {
        let req = Request::get(path)
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap();
        router.clone().oneshot(req).await.unwrap()
    }

    fn outcome(response: &Response) -> &str {
        response.headers()[&X_PAGE_CACHE].to_str().unwrap()
    }

    #[tokio::test]
    async fn stores_only_pages_for_everybody() {
        let dir = std::env::temp_dir().join(format!("sportello-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let state = state(&dir.join("page-cache.db")).await;
        let renders = Arc::new(AtomicU32::new(0));
        let counted = |body: &'static str, headers: &'static [(&'static str, &'static str)]| {
            let renders = renders.clone();
            move || {
                renders.fetch_add(1, Ordering::SeqCst);
                let mut response = Response::new(Body::from(body.repeat(50)));
                for (name, value) in headers {
                    response
                        .headers_mut()
                        .insert(*name, HeaderValue::from_static(value));
                }
                std::future::ready(response)
            }
        };
        let router = Router::new()
            .route(
                "/{lang}/",
                get(counted("<p>cookie</p>", &[("set-cookie", "a=1")])),
            )
            .route(
                "/{lang}/servizi-online",
                get(counted("<p>private</p>", &[("cache-control", "private")])),
            )
            .route(
                "/{lang}/sportelli",
                get(counted("<p>desks</p>", &[("content-type", "text/html")])),
            )
            .route("/{lang}/other", get(counted("<p>other</p>", &[])))
            .layer(axum::middleware::from_fn_with_state(
                PageCache::new(&state),
                serve,
            ));

        for path in ["/it/", "/it/servizi-online"] {
            let before = renders.load(Ordering::SeqCst);
            for _ in 0..2 {
                let response = get_page(&router, path, "gzip").await;
                assert_eq!(outcome(&response), "miss", "{path}");
                assert_eq!(
                    response.headers()[header::CONTENT_ENCODING],
                    "gzip",
                    "{path}: compressed as the stack would"
                );
                assert!(!response.headers().contains_key(header::ETAG));
            }
            assert_eq!(
                renders.load(Ordering::SeqCst),
                before + 2,
                "{path}: not stored"
            );
        }

        let first = get_page(&router, "/it/sportelli", "br").await;
        assert_eq!(outcome(&first), "miss");
        let again = get_page(&router, "/it/sportelli", "br").await;
        assert_eq!(outcome(&again), "hit");
        assert_eq!(again.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(again.headers()[header::CONTENT_TYPE], "text/html");
        assert_eq!(again.headers()[header::CACHE_CONTROL], "public, no-cache");
        assert_eq!(again.headers()[header::VARY], "accept-encoding");
        assert_eq!(first.headers()[header::ETAG], again.headers()[header::ETAG]);
        let renders_now = renders.load(Ordering::SeqCst);
        let other = get_page(&router, "/it/sportelli?page=2", "").await;
        assert_eq!(outcome(&other), "miss", "the query is part of the key");
        assert!(other.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(renders.load(Ordering::SeqCst), renders_now + 1);

        let response = get_page(&router, "/it/other", "gzip").await;
        assert!(
            !response.headers().contains_key(&X_PAGE_CACHE),
            "not a cached route"
        );

        let _ = std::fs::remove_dir_all(&dir);
    }
}
