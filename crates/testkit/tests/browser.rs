//! Journeys in real headless Chromium, with axe-core accessibility checks.
//! Skipped loudly when chromedriver or chromium is not installed.

#![allow(clippy::unwrap_used, clippy::case_sensitive_file_extension_comparisons)]

use fantoccini::Locator;
use sportello_testkit::browser::{axe_violations, session};
use sportello_testkit::{Backend, TestApp};

/// Browser sessions are heavy on a 2-core machine: run the journeys one at a time.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test]
async fn home_page_has_no_accessibility_violations_in_italian_and_arabic() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("axe_home", 360, true).await else {
        return;
    };
    let app = TestApp::spawn_demo(Backend::Sqlite, "axe_home")
        .await
        .expect("sqlite is always available");
    for (lang, dir) in [("it", "ltr"), ("ar", "rtl")] {
        client.goto(&app.url(&format!("/{lang}/"))).await.unwrap();
        let html = client.find(Locator::Css("html")).await.unwrap();
        assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some(lang));
        assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some(dir));
        let violations = axe_violations(&client).await;
        assert!(
            violations.is_empty(),
            "axe-core violations on /{lang}/:\n{}",
            violations.join("\n")
        );
    }
    // The desk list and an error page meet the same bar.
    for path in ["/ar/sportelli", "/it/sportelli", "/fr/nessuna-pagina"] {
        client.goto(&app.url(path)).await.unwrap();
        let violations = axe_violations(&client).await;
        assert!(
            violations.is_empty(),
            "axe-core violations on {path}:\n{}",
            violations.join("\n")
        );
    }
    client.close().await.unwrap();
}

#[tokio::test]
async fn arabic_layout_is_mirrored() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("rtl_layout", 360, true).await else {
        return;
    };
    let app = TestApp::spawn_demo(Backend::Sqlite, "rtl_layout")
        .await
        .unwrap();
    let brand_is_right_of_switcher = |client: &fantoccini::Client| {
        let client = client.clone();
        async move {
            let v = client
                .execute(
                    "const b = document.querySelector('.brand').getBoundingClientRect();
                     const s = document.querySelector('.language-switcher').getBoundingClientRect();
                     return b.left > s.left;",
                    vec![],
                )
                .await
                .unwrap();
            v.as_bool().unwrap()
        }
    };
    client.goto(&app.url("/it/")).await.unwrap();
    assert!(
        !brand_is_right_of_switcher(&client).await,
        "in Italian the brand is on the left"
    );
    client.goto(&app.url("/ar/")).await.unwrap();
    assert!(
        brand_is_right_of_switcher(&client).await,
        "in Arabic the brand is on the right"
    );
    // Nothing overflows a 360 px screen.
    let overflow = client
        .execute(
            "return document.documentElement.scrollWidth > window.innerWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        overflow.as_bool(),
        Some(false),
        "horizontal scrolling at 360 px"
    );
    client.close().await.unwrap();
}

#[tokio::test]
async fn language_switcher_works_without_javascript_and_keeps_the_page() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("switcher_nojs", 360, false).await else {
        return;
    };
    let app = TestApp::spawn_demo(Backend::Sqlite, "switcher_nojs")
        .await
        .unwrap();
    client.goto(&app.url("/it/sportelli")).await.unwrap();
    client
        .find(Locator::Css(".language-switcher summary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .find(Locator::Css(".language-switcher a[hreflang='ar']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let url = client.current_url().await.unwrap();
    assert_eq!(url.path(), "/ar/sportelli", "the same page, in Arabic");
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    // The choice is remembered: the bare address now opens in Arabic.
    client.goto(&app.url("/")).await.unwrap();
    assert_eq!(client.current_url().await.unwrap().path(), "/ar/");
    client.close().await.unwrap();
}
