//! Journeys in real headless Chromium, with axe-core accessibility checks.
//! Skipped loudly when chromedriver or chromium is not installed.

use fantoccini::Locator;
use sportello_app::identity::accounts::{self, AddUser};
use sportello_app::SystemClock;
use sportello_core::{Locale, Role, Scope};
use sportello_testkit::browser::{axe_violations, session, submit_sign_in};
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
    for path in [
        "/ar/sportelli",
        "/it/sportelli",
        "/fr/nessuna-pagina",
        "/ar/accesso/recupero",
        "/it/accesso/recupero",
    ] {
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
    // Whether the brand (the first thing in the header) hugs the right edge of the screen.
    let brand_is_right_of_switcher = |client: &fantoccini::Client| {
        let client = client.clone();
        async move {
            let v = client
                .execute(
                    "const b = document.querySelector('.brand').getBoundingClientRect();
                     return window.innerWidth - b.right < b.left;",
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

// Operators: signing in and the workspace.

async fn sign_in(client: &fantoccini::Client, app: &TestApp) {
    submit_sign_in(
        client,
        &app.url("/it/accesso"),
        "amal@example.org",
        "a long enough password",
    )
    .await;
    client
        .wait()
        .at_most(std::time::Duration::from_secs(10))
        .for_url(&url::Url::parse(&app.url("/it/workspace")).unwrap())
        .await
        .expect("signing in lands on the workspace");
}

async fn app_with_admin() -> TestApp {
    // The 2FA journey is tested over HTTP (tests/auth.rs); here the workspace itself.
    let app = TestApp::spawn_with(Backend::Sqlite, "workspace_browser", |s| {
        s.auth.require_2fa_for_admins = false;
    })
    .await
    .unwrap();
    // The demo network, so that desk, service and organisation pages have something to show.
    sportello_app::demo::load(&app.store, &SystemClock, 0)
        .await
        .unwrap();
    accounts::add_user(
        &app.store,
        &SystemClock,
        AddUser {
            email: "amal@example.org",
            display_name: "Amal Haddad",
            locale: Locale::Ar,
            password: "a long enough password",
            role: Role::Admin,
            scope: Scope::Network,
        },
    )
    .await
    .unwrap();
    app
}

#[tokio::test]
async fn an_operator_signs_in_and_out_without_javascript() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("workspace_nojs", 360, false).await else {
        return;
    };
    let app = app_with_admin().await;
    sign_in(&client, &app).await;
    let text = client
        .find(Locator::Css("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.contains("Amal Haddad") && text.contains("Amministrazione"),
        "{text}"
    );
    client.goto(&app.url("/ar/workspace")).await.unwrap();
    client
        .find(Locator::Css(".workspace-nav form button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .at_most(std::time::Duration::from_secs(10))
        .for_url(&url::Url::parse(&app.url("/ar/")).unwrap())
        .await
        .expect("signing out lands on the Arabic home page");
    client.goto(&app.url("/it/workspace")).await.unwrap();
    assert_eq!(
        client.current_url().await.unwrap().path(),
        "/it/accesso",
        "signed out"
    );
    client.close().await.unwrap();
}

#[tokio::test]
async fn the_workspace_has_no_accessibility_violations_in_italian_and_arabic() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("workspace_axe", 360, true).await else {
        return;
    };
    let app = app_with_admin().await;
    client.goto(&app.url("/ar/accesso")).await.unwrap();
    let violations = axe_violations(&client).await;
    assert!(
        violations.is_empty(),
        "axe-core on the sign-in form:\n{}",
        violations.join("\n")
    );
    sign_in(&client, &app).await;
    for path in [
        "/it/workspace",
        "/ar/workspace",
        "/ar/workspace/profilo",
        "/it/workspace/audit",
        "/ar/workspace/utenti",
        "/ar/workspace/sportelli",
        "/ar/workspace/audit",
        "/it/workspace/sportelli/bologna-urp",
        "/ar/workspace/sportelli/bologna-urp/modifica",
        "/it/workspace/servizi",
        "/ar/workspace/servizi/cambio-di-residenza",
        "/it/workspace/servizi/cambio-di-residenza/modifica",
        "/ar/workspace/organizzazioni",
        "/it/workspace/organizzazioni/comune-arezzo/modifica",
        "/ar/workspace/ricerche",
    ] {
        client.goto(&app.url(path)).await.unwrap();
        assert!(
            client.find(Locator::Css("section.error")).await.is_err(),
            "{path} is the page itself, not an error page"
        );
        let html = client.find(Locator::Css("html")).await.unwrap();
        let expected = if path.starts_with("/ar/") {
            "rtl"
        } else {
            "ltr"
        };
        assert_eq!(
            html.attr("dir").await.unwrap().as_deref(),
            Some(expected),
            "{path}"
        );
        let violations = axe_violations(&client).await;
        assert!(
            violations.is_empty(),
            "axe-core on {path}:\n{}",
            violations.join("\n")
        );
    }
    // Setting up two-factor authentication: the QR code page meets the same bar.
    client.goto(&app.url("/ar/workspace/2fa")).await.unwrap();
    client
        .find(Locator::Css("main form button.button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .at_most(std::time::Duration::from_secs(10))
        .for_element(Locator::Css("figure.qr svg"))
        .await
        .expect("the set-up page shows a QR code");
    let violations = axe_violations(&client).await;
    assert!(
        violations.is_empty(),
        "axe-core on /ar/workspace/2fa:\n{}",
        violations.join("\n")
    );
    client.close().await.unwrap();
}

/// The scripts of Italy's largest communities (Persian, Gurmukhi, Tagalog's long words,
/// Chinese, Bengali) fit a cheap phone and pass axe on the pages a resident meets first.
#[tokio::test]
async fn new_scripts_fit_a_phone_and_pass_axe() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("scripts_360", 360, true).await else {
        return;
    };
    let app = TestApp::spawn_demo(Backend::Sqlite, "scripts_360")
        .await
        .expect("sqlite is always available");
    for (lang, dir) in [
        ("fa", "rtl"),
        ("ur", "rtl"),
        ("pa", "ltr"),
        ("tl", "ltr"),
        ("zh", "ltr"),
        ("bn", "ltr"),
    ] {
        for page in ["", "sportelli", "sportelli/bologna-urp"] {
            let path = format!("/{lang}/{page}");
            client.goto(&app.url(&path)).await.unwrap();
            let html = client.find(Locator::Css("html")).await.unwrap();
            assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some(lang));
            assert_eq!(
                html.attr("dir").await.unwrap().as_deref(),
                Some(dir),
                "{path}"
            );
            assert!(
                !sportello_testkit::browser::scrolls_sideways(&client).await,
                "{path} scrolls sideways at 360 px"
            );
            let violations = axe_violations(&client).await;
            assert!(
                violations.is_empty(),
                "axe-core violations on {path}:\n{}",
                violations.join("\n")
            );
        }
        // Right-to-left pages are mirrored: the header's brand sits at the right.
        if dir == "rtl" {
            let mirrored = client
                .execute(
                    "const b = document.querySelector('.brand').getBoundingClientRect();
                     return b.right > window.innerWidth / 2;",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(mirrored.as_bool(), Some(true), "/{lang}/ is mirrored");
        }
    }
    client.close().await.unwrap();
}
