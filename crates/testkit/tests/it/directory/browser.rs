//! The desk finder in real headless Chromium: the Arabic journey to the nearest open desk
//! that speaks Arabic, with JavaScript off and on, and axe-core on finder and desk pages.

use chrono::Utc;
use fantoccini::{Client, Locator};
use sportello_core::{
    Channel, DeskLevel, GeoPoint, LanguageCode, OpeningHours, OrganisationKind, ProvinceCode, Slug,
    Theme,
};
use sportello_store::{DeskLanguage, NewDesk, NewOrganisation};
use sportello_testkit::browser::{assert_accessible, scrolls_sideways, session};
use sportello_testkit::{Backend, TestApp};

static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn desk(slug: &str, comune: &str, point: (f64, f64), hours: &str, languages: &[&str]) -> NewDesk {
    NewDesk {
        slug: Slug::parse(slug).unwrap(),
        organisation: Slug::parse("regione").unwrap(),
        name: format!("Sportello {slug}"),
        level: DeskLevel::L2,
        comune: comune.into(),
        province: ProvinceCode::parse("BO").unwrap(),
        address: format!("Via {slug} 1"),
        postcode: "40100".into(),
        point: GeoPoint::new(point.0, point.1).unwrap(),
        phone: Some("051 000 0000".into()),
        email: None,
        themes: vec![Theme::PermessoDiSoggiorno],
        opening_hours: Some(OpeningHours::parse(hours).unwrap()),
        languages: languages
            .iter()
            .map(|code| DeskLanguage {
                code: LanguageCode::parse(code).unwrap(),
                hours: None,
            })
            .collect(),
        channels: vec![Channel::InPerson],
        by_appointment: false,
        sensitive: false,
        description: None,
        accessibility: Some("Ingresso senza gradini".into()),
        verified_on: None,
        invented: true,
    }
}

/// Three desks around Bologna: the nearest speaks Arabic but is closed; the next is open and
/// speaks Arabic (the answer); a third is open but speaks no Arabic.
async fn app() -> TestApp {
    let app = TestApp::spawn_with(Backend::Sqlite, "browser_finder", |s| {
        s.server.page_cache_ms = 0;
    })
    .await
    .expect("sqlite is always available");
    let org = NewOrganisation {
        slug: Slug::parse("regione").unwrap(),
        name: "Regione".into(),
        kind: OrganisationKind::Region,
        parent: None,
        region: "Emilia-Romagna".into(),
        website: None,
    };
    let desks = [
        desk(
            "chiuso-vicino",
            "Bologna",
            (44.4940, 11.3430),
            "off",
            &["it", "ar"],
        ),
        desk(
            "aperto-arabo",
            "Casalecchio di Reno",
            (44.4760, 11.2760),
            "24/7",
            &["it", "ar"],
        ),
        desk(
            "aperto-senza-arabo",
            "Bologna",
            (44.4950, 11.3440),
            "24/7",
            &["it", "en"],
        ),
        desk(
            "lontano",
            "Rimini",
            (44.0600, 12.5700),
            "24/7",
            &["it", "ar"],
        ),
    ];
    app.store
        .insert_network(&[org], &desks, Utc::now())
        .await
        .unwrap();
    app
}

async fn first_result(client: &Client) -> String {
    client
        .wait()
        .for_element(Locator::Css("ol.finder-results li h3 a"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// From the Arabic home page: (1) follow "open desks that speak Arabic", (2) type the comune,
/// (3) submit. The first result is the nearest open desk that speaks Arabic.
async fn arabic_journey(client: &Client, app: &TestApp) {
    client.goto(&app.url("/ar/")).await.unwrap();
    client
        .find(Locator::Css("a[href='/ar/sportelli?language=ar&open=1']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let near = client.find(Locator::Id("near")).await.unwrap();
    near.send_keys("Bologna").await.unwrap();
    client
        .find(Locator::Css("form.finder button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The results page of this search, not the page the form was on.
    for _ in 0..100 {
        if client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .contains("near=Bologna")
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(first_result(client).await, "Sportello aperto-arabo");
    let url = client.current_url().await.unwrap();
    assert!(
        url.as_str().contains("language=ar") && url.as_str().contains("open=1"),
        "{url}"
    );
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
}

#[tokio::test]
async fn nearest_open_arabic_desk_in_three_steps_without_javascript() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("finder_no_js", 360, false).await else {
        return;
    };
    let app = app().await;
    arabic_journey(&client, &app).await;
    // Without JavaScript the map stays hidden and the list is all there is.
    let map = client.find(Locator::Id("finder-map")).await.unwrap();
    assert!(!map.is_displayed().await.unwrap());
    client.close().await.unwrap();
}

#[tokio::test]
async fn nearest_open_arabic_desk_in_three_steps_with_javascript_and_the_map() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("finder_js", 1024, true).await else {
        return;
    };
    let app = app().await;
    arabic_journey(&client, &app).await;
    // The map shows one marker per desk of the search that has a public position.
    let markers = client
        .wait()
        .for_element(Locator::Css("#finder-map path.leaflet-interactive"))
        .await;
    assert!(markers.is_ok(), "the map draws markers");
    let count = client
        .find_all(Locator::Css("#finder-map path.leaflet-interactive"))
        .await
        .unwrap()
        .len();
    assert_eq!(count, 2, "open desks speaking Arabic: two");
    assert_accessible(&client, "the finder with the map").await;
    client.close().await.unwrap();
}

#[tokio::test]
async fn finder_and_desk_pages_have_no_accessibility_violations() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(client) = session("finder_axe", 360, true).await else {
        return;
    };
    let app = app().await;
    for path in [
        "/it/sportelli",
        "/ar/sportelli?language=ar&open=1&near=Bologna",
        "/it/sportelli?near=Atlantide&theme=nessuno",
        "/it/sportelli/aperto-arabo",
        "/ar/sportelli/aperto-arabo",
        "/en/sportelli/chiuso-vicino",
    ] {
        client.goto(&app.url(path)).await.unwrap();
        assert_accessible(&client, path).await;
        assert!(
            !scrolls_sideways(&client).await,
            "{path} scrolls sideways at 360 px"
        );
    }
    client.close().await.unwrap();
}
