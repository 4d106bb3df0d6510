//! Search from the public page in real headless Chromium, in Arabic and in Chinese: without
//! JavaScript (the form is a plain GET) and with it (results come as one types, without
//! submitting). axe-core finds no violation on the results; Arabic is right to left.

use std::time::Duration;

use fantoccini::{Client, Locator};
use sportello_testkit::browser::{assert_accessible, scrolls_sideways, session};
use sportello_testkit::{Backend, TestApp};

static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const SHEET: &str = "permesso-di-soggiorno/rinnovo-permesso-di-soggiorno";

async fn app() -> TestApp {
    let app = TestApp::spawn_demo(Backend::Sqlite, "search_browser")
        .await
        .expect("SQLite is always there");
    crate::search::eventually(&app, "/it/cerca?q=permesso", Duration::from_secs(20), |b| {
        b.contains(SHEET)
    })
    .await;
    app
}

async fn hits(client: &Client) -> Vec<String> {
    let mut out = Vec::new();
    for a in client
        .find_all(Locator::Css(".search-hits h3 a"))
        .await
        .unwrap()
    {
        out.push(a.attr("href").await.unwrap().unwrap_or_default());
    }
    out
}

/// Types `words` into the page's box; submits the form when `submit`.
async fn ask(client: &Client, app: &TestApp, lang: &str, words: &str, submit: bool) {
    client
        .goto(&app.url(&format!("/{lang}/cerca")))
        .await
        .unwrap();
    let field = client.find(Locator::Id("q")).await.unwrap();
    field.send_keys(words).await.unwrap();
    if submit {
        client
            .find(Locator::Css("form.search-form button[type=submit]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    for _ in 0..100 {
        if !hits(client).await.is_empty() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no results for {words} in {lang}");
}

async fn journeys(javascript: bool) {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session(
        if javascript {
            "search_js"
        } else {
            "search_no_js"
        },
        360,
        javascript,
    )
    .await
    else {
        return;
    };
    let app = app().await;
    // Arabic: "renewing the residence permit", submitted or typed.
    ask(&client, &app, "ar", "تجديد تصريح الإقامة", !javascript).await;
    let found = hits(&client).await;
    assert!(
        found.iter().any(|h| h == &format!("/ar/{SHEET}")),
        "{found:?}"
    );
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    if javascript {
        // Typed, not submitted: the address bar follows the results.
        let url = client.current_url().await.unwrap();
        assert!(url.as_str().contains("q="), "{url}");
        assert_accessible(&client, "Arabic search results").await;
    }
    assert!(
        !scrolls_sideways(&client).await,
        "Arabic results scroll sideways at 360 px"
    );
    // Chinese: "residence permit", segmented by jieba.
    ask(&client, &app, "zh", "居留许可", !javascript).await;
    let found = hits(&client).await;
    assert!(
        found.iter().any(|h| h == &format!("/zh/{SHEET}")),
        "{found:?}"
    );
    if javascript {
        assert_accessible(&client, "Chinese search results").await;
    }
    client.close().await.unwrap();
}

#[tokio::test]
async fn arabic_and_chinese_searches_without_javascript() {
    journeys(false).await;
}

#[tokio::test]
async fn arabic_and_chinese_searches_as_one_types_with_axe() {
    journeys(true).await;
}
