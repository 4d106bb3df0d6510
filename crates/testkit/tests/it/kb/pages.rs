//! The demo's published sheets on the public pages: a theme page lists them, a sheet shows
//! its sections, steps and prerequisites, and the reader's area variant comes first.

use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_testkit::{backend_test, TestApp};

async fn get(app: &TestApp, path: &str) -> (StatusCode, String) {
    let r = TestApp::client().get(app.url(path)).send().await.unwrap();
    (r.status(), r.text().await.unwrap())
}

backend_test!(demo_sheets_are_public_by_theme, |backend| async move {
    let Some(app) = TestApp::spawn(backend, "kb_pages").await else {
        return;
    };
    sportello_app::demo::load(&app.store, &SystemClock, 0)
        .await
        .unwrap();
    let (status, theme) = get(&app, "/it/permesso-di-soggiorno").await;
    assert_eq!(status, StatusCode::OK);
    let link = "/it/permesso-di-soggiorno/rinnovo-permesso-di-soggiorno";
    assert!(theme.contains(link), "{theme}");
    let (status, sheet) = get(&app, link).await;
    assert_eq!(status, StatusCode::OK);
    assert!(sheet.contains("Riferimenti normativi"));
    assert!(sheet.contains("normattiva.it"));
    assert!(sheet.contains("Codice fiscale"), "a prerequisite chip");
    let (_, bologna) = get(&app, &format!("{link}?provincia=BO")).await;
    assert!(bologna.contains("Nella tua zona:"));
    assert!(
        !sheet.contains("Nella tua zona:"),
        "no area, no own variant"
    );
    assert_eq!(get(&app, "/it/non-un-tema").await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        get(&app, "/it/salute/nessuna-scheda").await.0,
        StatusCode::NOT_FOUND
    );
    // Static routes of other areas still win over `/{lang}/{theme}`.
    assert_eq!(get(&app, "/it/sportelli").await.0, StatusCode::OK);
});
