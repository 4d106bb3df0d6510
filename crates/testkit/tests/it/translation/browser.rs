//! The translator's review in real headless Chromium, in Persian (right to left), with
//! axe-core checks on the queue and on a refused correction. The page has no script: the
//! same forms work without JavaScript (the HTTP test drives them with none).

use std::time::Duration;

use fantoccini::{Client, Locator};
use sportello_app::identity::accounts::{self, AddUser};
use sportello_app::SystemClock;
use sportello_core::{Locale, Role, Scope};
use sportello_testkit::browser::{assert_accessible, scrolls_sideways, session, submit_sign_in};
use sportello_testkit::{Backend, TestApp};

const PASSWORD: &str = "a long enough password";

/// Waits for the page a click leads to (the click returns before it loads).
async fn wait_for(client: &Client, css: &str) {
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
}

async fn first_item_id(client: &Client) -> String {
    client
        .find(Locator::Css("section.review-item h2 code"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn press(client: &Client, decision: &str) {
    client
        .find(Locator::Css(&format!(
            "section.review-item button[value={decision}]"
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_persian_translator_reviews_in_the_browser() {
    let Some(client) = session("translation_review", 360, true).await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite, "translation_browser")
        .await
        .expect("sqlite is always available");
    accounts::add_user(
        &app.store,
        &SystemClock,
        AddUser {
            email: "mina@example.org",
            display_name: "Mina Ahmadi",
            locale: Locale::Fa,
            password: PASSWORD,
            role: Role::Translator,
            scope: Scope::Language("fa".into()),
        },
    )
    .await
    .unwrap();
    submit_sign_in(
        &client,
        &app.url("/fa/accesso"),
        "mina@example.org",
        PASSWORD,
    )
    .await;
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(
            ".workspace-nav a[href='/fa/workspace/traduzioni']",
        ))
        .await
        .expect("the menu leads a translator to the review")
        .click()
        .await
        .unwrap();
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("a[href='/fa/workspace/traduzioni/fa']"))
        .await
        .expect("Persian is listed")
        .click()
        .await
        .unwrap();
    wait_for(&client, "section.review-item").await;
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert_accessible(&client, "/fa/workspace/traduzioni/fa").await;
    assert!(!scrolls_sideways(&client).await, "the queue fits 360 px");

    // Confirmed as it is: the next message comes first.
    let first = first_item_id(&client).await;
    press(&client, "confirm").await;
    wait_for(&client, "p.form-ok").await;
    let second = first_item_id(&client).await;
    assert_ne!(first, second, "{first} left the queue");

    // A broken correction is refused in the page's language, keeping the text.
    let area = client
        .find(Locator::Css("section.review-item textarea"))
        .await
        .unwrap();
    area.clear().await.unwrap();
    area.send_keys("{ $").await.unwrap();
    press(&client, "correct").await;
    wait_for(&client, "section.review-item p.form-error[role=alert]").await;
    let alert = client
        .find(Locator::Css("section.review-item p.form-error[role=alert]"))
        .await
        .unwrap();
    assert!(!alert.text().await.unwrap().is_empty());
    let kept = client
        .find(Locator::Css("section.review-item textarea"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("{ $"));
    assert_accessible(&client, "a refused correction").await;

    // Corrected: saved, and out of the queue.
    let area = client
        .find(Locator::Css("section.review-item textarea"))
        .await
        .unwrap();
    area.clear().await.unwrap();
    area.send_keys("متن بازبینی‌شده").await.unwrap();
    press(&client, "correct").await;
    wait_for(&client, "p.form-ok").await;
    assert_ne!(first_item_id(&client).await, second);
    client.close().await.unwrap();
}
