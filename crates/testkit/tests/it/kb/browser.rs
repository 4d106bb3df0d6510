//! A sheet's way through the network in real headless Chromium: an editor of the hub writes
//! it, the hub editor of the theme publishes it, a translator writes the Arabic version, the
//! Italian changes, and the translator sees the change and updates the Arabic. axe-core on
//! the new-sheet form, the editor, the theme page, the sheet, the translator's page and the
//! reader's answer form; the Arabic sheet is right to left, and its reader answers "was this
//! clear?". (The pages have no script; axe needs it enabled.)

use std::time::Duration;

use fantoccini::{Client, Locator};
use sportello_app::identity::accounts::{self, AddUser};
use sportello_app::SystemClock;
use sportello_core::{Locale, Role, Scope};
use sportello_testkit::browser::{assert_accessible, session, submit_sign_in};
use sportello_testkit::{Backend, TestApp};

const PASSWORD: &str = "a long enough password";

async fn wait_for(client: &Client, css: &str) {
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
}

async fn person(app: &TestApp, email: &str, locale: Locale, role: Role, scope: Scope) -> Client {
    accounts::add_user(
        &app.store,
        &SystemClock,
        AddUser {
            email,
            display_name: email,
            locale,
            password: PASSWORD,
            role,
            scope,
        },
    )
    .await
    .unwrap();
    let client = session("kb_browser", 1024, true)
        .await
        .expect("checked by the caller");
    let lang = locale.tag();
    submit_sign_in(
        &client,
        &app.url(&format!("/{lang}/accesso")),
        email,
        PASSWORD,
    )
    .await;
    wait_for(&client, ".workspace-nav").await;
    client
}

/// Waits until the page is the one a workflow action redirects to (`?stato=<status>`): the
/// page before it may already show a confirmation.
async fn wait_moved(client: &Client, status: &str) {
    let needle = format!("stato={status}");
    for _ in 0..100 {
        if client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .contains(&needle)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the page never reached {needle}");
}

async fn type_into(client: &Client, css: &str, text: &str) {
    let field = client.find(Locator::Css(css)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

async fn click(client: &Client, css: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap();
}

async fn text_of(client: &Client, css: &str) -> String {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_sheet_goes_from_the_hub_to_an_arabic_reader_in_the_browser() {
    let Some(probe) = session("kb_browser", 360, true).await else {
        return;
    };
    probe.close().await.unwrap();
    let app = TestApp::spawn(Backend::Sqlite, "kb_browser")
        .await
        .expect("sqlite is always available");
    sportello_app::demo::load(&app.store, &SystemClock, 0)
        .await
        .unwrap();
    let writer = person(
        &app,
        "writer@example.org",
        Locale::It,
        Role::L2Operator,
        Scope::Desk("hub-salute".into()),
    )
    .await;
    let hub = person(
        &app,
        "hub-editor@example.org",
        Locale::It,
        Role::HubEditor,
        Scope::Theme("salute".into()),
    )
    .await;
    let translator = person(
        &app,
        "tr-ar@example.org",
        Locale::Ar,
        Role::Translator,
        Scope::Language("ar".into()),
    )
    .await;

    // The editor writes a draft and sends it to review.
    writer
        .goto(&app.url("/it/workspace/schede/nuova"))
        .await
        .unwrap();
    assert_accessible(&writer, "the new-sheet form").await;
    writer
        .find(Locator::Css("#theme"))
        .await
        .unwrap()
        .select_by_value("salute")
        .await
        .unwrap();
    type_into(&writer, "#slug", "vaccini-bambini").await;
    type_into(&writer, "#title", "Vaccinare i bambini").await;
    type_into(
        &writer,
        "#section-what",
        "I vaccini proteggono i bambini. Sono gratis.",
    )
    .await;
    type_into(&writer, "#step-1-title", "Prenota alla ASL").await;
    click(&writer, "form.desk-edit button[type=submit]").await;
    wait_for(&writer, "p.form-ok").await;
    let editor_url = writer.current_url().await.unwrap();
    let editor_path = editor_url.path().to_owned();
    assert_accessible(&writer, "the editor").await;
    click(&writer, "button[value=submit]").await;
    wait_moved(&writer, "in_review").await;

    // The hub editor publishes it.
    hub.goto(&app.url(&editor_path)).await.unwrap();
    click(&hub, "button[value=publish]").await;
    wait_moved(&hub, "published").await;
    assert_eq!(text_of(&hub, "#kb-status").await, "Pubblicata");

    let reader = session("kb_browser", 360, true).await.unwrap();
    reader.goto(&app.url("/it/salute")).await.unwrap();
    wait_for(&reader, "a[href='/it/salute/vaccini-bambini']").await;
    assert_accessible(&reader, "the theme page").await;
    reader
        .goto(&app.url("/it/salute/vaccini-bambini"))
        .await
        .unwrap();
    assert_accessible(&reader, "the sheet").await;

    // The translator writes the Arabic version.
    let id = editor_path.rsplit('/').next().unwrap().to_owned();
    let page = format!("/ar/workspace/schede/{id}/traduzioni/ar");
    translator.goto(&app.url(&page)).await.unwrap();
    assert_accessible(&translator, "the translator's page").await;
    type_into(&translator, "#title", "تطعيم الأطفال").await;
    type_into(
        &translator,
        "#section-what",
        "اللقاحات تحمي الأطفال. وهي مجانية.",
    )
    .await;
    type_into(&translator, "#step-1-title", "احجز في الوحدة الصحية").await;
    click(&translator, "form.desk-edit button[type=submit]").await;
    wait_for(&translator, "p.form-ok").await;

    // The Italian changes and is published again; the translator sees what changed.
    writer.goto(&app.url(&editor_path)).await.unwrap();
    type_into(
        &writer,
        "#section-what",
        "I vaccini proteggono i bambini. Sono gratis. Il pediatra ti dice quando farli.",
    )
    .await;
    click(&writer, "form.desk-edit button[type=submit]").await;
    wait_for(&writer, "p.form-ok").await;
    click(&writer, "button[value=submit]").await;
    wait_moved(&writer, "in_review").await;
    hub.goto(&app.url(&editor_path)).await.unwrap();
    click(&hub, "button[value=publish]").await;
    wait_moved(&hub, "published").await;

    translator.goto(&app.url(&page)).await.unwrap();
    wait_for(&translator, "#kb-tr-diff ins").await;
    assert!(text_of(&translator, "#kb-tr-diff")
        .await
        .contains("pediatra"));
    assert_accessible(&translator, "the translator's page with a diff").await;
    type_into(
        &translator,
        "#section-what",
        "اللقاحات تحمي الأطفال. وهي مجانية. طبيب الأطفال يخبرك متى.",
    )
    .await;
    click(&translator, "form.desk-edit button[type=submit]").await;
    wait_for(&translator, "p.form-ok").await;
    assert!(
        translator.find(Locator::Css("#kb-tr-diff")).await.is_err(),
        "current again: no diff left"
    );

    // The Arabic reader gets the updated Arabic text, right to left.
    reader
        .goto(&app.url("/ar/salute/vaccini-bambini"))
        .await
        .unwrap();
    let html = reader.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    let h1 = reader.find(Locator::Css("#kb-heading")).await.unwrap();
    assert_eq!(h1.attr("lang").await.unwrap().as_deref(), Some("ar"));
    assert!(text_of(&reader, "#cosa-e")
        .await
        .contains("طبيب الأطفال يخبرك متى"));
    assert_accessible(&reader, "the Arabic sheet").await;

    // The reader answers "was this clear?": a choice on the sheet, a comment on the next
    // page (which carries the token), thanks.
    click(&reader, "#kb-rating label[for=voto-4]").await;
    click(&reader, "#kb-rating button[type=submit]").await;
    wait_for(&reader, "textarea#commento").await;
    let chosen = reader.find(Locator::Css("#voto-4")).await.unwrap();
    assert!(chosen.is_selected().await.unwrap());
    assert_accessible(&reader, "the Arabic answer form").await;
    type_into(&reader, "#commento", "واضحة").await;
    click(&reader, "form.kb-rating button[type=submit]").await;
    wait_for(&reader, "#kb-rating-thanks").await;

    // The hub editor adds an Arabic leaflet to the repertory with the form (a real file
    // chosen in the file field); the Arabic reader finds it there, right to left.
    hub.goto(&app.url("/it/workspace/materiali")).await.unwrap();
    assert_accessible(&hub, "the workspace's materials").await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dottore.pdf");
    std::fs::write(
        &file,
        b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n",
    )
    .unwrap();
    type_into(&hub, "#material-title", "كيف تختار طبيب العائلة").await;
    for (select, value) in [
        ("#material-language", "ar"),
        ("#material-theme", "salute"),
        ("#material-hub", "hub-salute"),
    ] {
        let field = hub.find(Locator::Css(select)).await.unwrap();
        field.select_by_value(value).await.unwrap();
    }
    hub.find(Locator::Css("#material-file"))
        .await
        .unwrap()
        .send_keys(&file.display().to_string())
        .await
        .unwrap();
    click(&hub, "form[enctype] button[type=submit]").await;
    wait_for(&hub, "p.form-ok").await;
    reader
        .goto(&app.url("/ar/materiali?lingua=ar"))
        .await
        .unwrap();
    let html = reader.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert!(text_of(&reader, ".kb-materials")
        .await
        .contains("كيف تختار طبيب العائلة"));
    assert_accessible(&reader, "the Arabic repertory").await;
    for client in [writer, hub, translator, reader] {
        client.close().await.unwrap();
    }
}
