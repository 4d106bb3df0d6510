//! The online-services catalogue and the service pages in real headless Chromium, with
//! axe-core accessibility checks. Skipped loudly when chromedriver or chromium is missing.

use fantoccini::Locator;
use sportello_testkit::browser::{assert_accessible, scrolls_sideways, session};
use sportello_testkit::{Backend, TestApp};

/// Browser sessions are heavy on a 2-core machine: run the journeys one at a time.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const PAGES: [&str; 3] = [
    "servizi-online",
    "servizi/cambio-di-residenza",
    "servizi/aiuto-rinnovo-permesso-di-soggiorno",
];

#[tokio::test]
async fn catalogue_and_service_pages_have_no_accessibility_violations() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("axe_catalogue", 360, true).await else {
        return;
    };
    let app = TestApp::spawn_demo(Backend::Sqlite, "axe_catalogue")
        .await
        .expect("sqlite is always available");
    for (lang, dir) in [("it", "ltr"), ("ar", "rtl")] {
        for page in PAGES {
            let path = format!("/{lang}/{page}");
            client.goto(&app.url(&path)).await.unwrap();
            let html = client.find(Locator::Css("html")).await.unwrap();
            assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some(lang));
            assert_eq!(
                html.attr("dir").await.unwrap().as_deref(),
                Some(dir),
                "{path}"
            );
            assert_accessible(&client, &path).await;
        }
    }
    client.close().await.unwrap();
}

#[tokio::test]
async fn catalogue_pages_fit_a_phone_screen_in_both_directions() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("catalogue_360", 360, true).await else {
        return;
    };
    let app = TestApp::spawn_demo(Backend::Sqlite, "catalogue_360")
        .await
        .unwrap();
    for lang in ["it", "ar", "en"] {
        for page in PAGES {
            let path = format!("/{lang}/{page}");
            client.goto(&app.url(&path)).await.unwrap();
            assert!(
                !scrolls_sideways(&client).await,
                "horizontal scrolling at 360 px on {path}"
            );
        }
    }
    client.close().await.unwrap();
}

#[tokio::test]
async fn a_person_reaches_a_service_page_from_the_catalogue_without_javascript() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("catalogue_nojs", 360, false).await else {
        return;
    };
    let app = TestApp::spawn_demo(Backend::Sqlite, "catalogue_nojs")
        .await
        .unwrap();
    client.goto(&app.url("/ar/servizi-online")).await.unwrap();
    client
        .find(Locator::Css(
            "a[href='/ar/servizi/controllo-permesso-di-soggiorno']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let url = client.current_url().await.unwrap();
    assert_eq!(url.path(), "/ar/servizi/controllo-permesso-di-soggiorno");
    let heading = client.find(Locator::Css("h1")).await.unwrap();
    assert_eq!(heading.attr("lang").await.unwrap().as_deref(), Some("it"));
    assert_eq!(
        heading.text().await.unwrap(),
        "Controllo online del permesso di soggiorno"
    );
    // The online link leaves the site without giving it a handle on ours.
    let link = client
        .find(Locator::Css("#accedi-al-servizio a.external"))
        .await
        .unwrap();
    assert_eq!(
        link.attr("href").await.unwrap().as_deref(),
        Some("https://www.poliziadistato.it")
    );
    assert!(link
        .attr("rel")
        .await
        .unwrap()
        .unwrap()
        .split(' ')
        .any(|r| r == "noopener"));
    client.close().await.unwrap();
}
