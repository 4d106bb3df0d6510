//! A translator of Arabic translates a published sheet; a minor edit of the Italian keeps
//! the translation current, a real change makes it outdated, the translator sees what
//! changed and updates it. The public Arabic page follows each step. Both backends.

use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_testkit::http::{Page, Session};
use sportello_testkit::{backend_test, operator_session, TestApp};

const SHEET: &str = "/ar/salute/scelta-medico-di-base";

async fn public(app: &TestApp, path: &str) -> String {
    TestApp::client()
        .get(app.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn post(s: &mut Session, path: &str, fields: &[(&str, &str)]) -> Page {
    let csrf = s.get("/it/workspace").await.input_value("csrf").unwrap();
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    s.post_form(path, &form).await
}

/// The hub saves a new Italian version (minor or not) and has it published.
async fn republish(
    hub: &mut Session,
    reviewer: &mut Session,
    id: &str,
    (base, what, minor): (i64, &str, bool),
) {
    let base_s = base.to_string();
    let mut fields = vec![
        ("title", "Scegliere il medico di base"),
        ("section-what", what),
        ("step-1-title", "Vai all'ASL"),
        ("base_version", base_s.as_str()),
    ];
    if minor {
        fields.push(("minor", "on"));
    }
    let saved = post(hub, &format!("/it/workspace/schede/{id}"), &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let next = (base + 1).to_string();
    let path = format!("/it/workspace/schede/{id}/stato");
    let submitted = post(hub, &path, &[("action", "submit"), ("seen_version", &next)]).await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    let published = post(
        reviewer,
        &path,
        &[("action", "publish"), ("seen_version", &next)],
    )
    .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
}

backend_test!(
    a_translation_follows_its_source_and_minor_edits_keep_it_current,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "kb_translation").await else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let mut arabic = operator_session(
            &app,
            "translator-ar@example.org",
            Role::Translator,
            Scope::Language("ar".into()),
        )
        .await;
        let mut hub = operator_session(
            &app,
            "hub-staff@example.org",
            Role::L2Operator,
            Scope::Desk("hub-salute".into()),
        )
        .await;
        let mut reviewer = operator_session(
            &app,
            "hub-editor@example.org",
            Role::HubEditor,
            Scope::Theme("salute".into()),
        )
        .await;
        let id = app
            .store
            .article_by_slug("salute", "scelta-medico-di-base")
            .await
            .unwrap()
            .expect("a demo sheet")
            .id;

        let queue = arabic.get("/it/workspace/schede-tradotte/ar").await;
        assert_eq!(queue.status, StatusCode::OK);
        // The demo's Arabic is a machine draft nobody has reviewed yet.
        assert!(queue.body.contains(&id));
        assert!(queue.body.contains("traduzione automatica da controllare"));
        assert_eq!(
            arabic.get("/it/workspace/schede-tradotte/fa").await.status,
            StatusCode::FORBIDDEN,
            "another language"
        );
        assert_eq!(
            hub.get("/it/workspace/schede-tradotte/ar").await.status,
            StatusCode::FORBIDDEN
        );
        let notice = |body: &str| {
            body.split("id=\"kb-translation-notice\">")
                .nth(1)
                .and_then(|s| s.split('<').next())
                .expect("a translation notice")
                .to_owned()
        };
        let machine = notice(&public(&app, SHEET).await);
        // Persian has no demo translation: its notice says so, in other words.
        let missing = notice(&public(&app, "/fa/salute/scelta-medico-di-base").await);
        assert_ne!(missing, machine);

        let page = format!("/it/workspace/schede/{id}/traduzioni/ar");
        let translator = arabic.get(&page).await;
        assert_eq!(translator.status, StatusCode::OK);
        // The glossary's agreed Arabic for the legal terms of the source, beside it.
        let glossary = translator
            .body
            .split("id=\"kb-glossary\"")
            .nth(1)
            .expect("the translator's glossary");
        assert!(glossary.contains("medico di base"), "{glossary}");
        assert!(glossary.contains("طبيب الأسرة"), "{glossary}");
        // No machine-translation provider is configured: nothing offers one.
        assert!(!translator.body.contains("id=\"kb-machine\""));
        assert_eq!(
            post(&mut arabic, &format!("{page}/automatica"), &[])
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        let source_version = translator.input_value("base_version").unwrap();
        let translated = post(
            &mut arabic,
            &page,
            &[
                ("title", "اختيار طبيب الأسرة"),
                ("section-what", "طبيب الأسرة يعالجك مجاناً."),
                ("step-1-title", "اذهب إلى الوحدة الصحية"),
                ("base_version", &source_version),
            ],
        )
        .await;
        assert_eq!(
            translated.status,
            StatusCode::SEE_OTHER,
            "{}",
            translated.body
        );
        let current = public(&app, SHEET).await;
        assert!(current
            .contains("<h1 id=\"kb-heading\" lang=\"ar\" dir=\"rtl\">اختيار طبيب الأسرة</h1>"));
        assert!(
            current.contains("href=\"/it/salute/scelta-medico-di-base\""),
            "the original"
        );
        let reviewed = notice(&current);
        assert_ne!(reviewed, machine);
        let status = |body: &str| {
            body.split("id=\"kb-tr-status\">")
                .nth(1)
                .and_then(|s| s.split('<').next())
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(status(&arabic.get(&page).await.body), "aggiornata");

        // A typo fix in Italian: the translation stays current.
        let v: i64 = source_version.parse().unwrap();
        republish(
            &mut hub,
            &mut reviewer,
            &id,
            (v, "Il medico di base ti cura gratis.", true),
        )
        .await;
        assert_eq!(status(&arabic.get(&page).await.body), "aggiornata");

        // A real change: outdated, the public page says so, the translator sees the diff.
        republish(
            &mut hub,
            &mut reviewer,
            &id,
            (
                v + 1,
                "Il medico di base ti cura gratis. Puoi cambiarlo una volta l'anno.",
                false,
            ),
        )
        .await;
        let outdated = arabic.get(&page).await;
        assert_eq!(status(&outdated.body), "da aggiornare");
        assert!(outdated.body.contains("id=\"kb-tr-diff\""));
        assert!(outdated.body.contains("<ins>"), "{}", outdated.body);
        let stale_notice = notice(&public(&app, SHEET).await);
        assert_ne!(stale_notice, reviewed);
        assert_ne!(stale_notice, machine);

        let updated = post(
            &mut arabic,
            &page,
            &[
                ("title", "اختيار طبيب الأسرة"),
                (
                    "section-what",
                    "طبيب الأسرة يعالجك مجاناً. يمكنك تغييره مرة في السنة.",
                ),
                ("step-1-title", "اذهب إلى الوحدة الصحية"),
                ("base_version", &(v + 2).to_string()),
            ],
        )
        .await;
        assert_eq!(updated.status, StatusCode::SEE_OTHER, "{}", updated.body);
        assert_eq!(status(&arabic.get(&page).await.body), "aggiornata");
        assert!(public(&app, SHEET)
            .await
            .contains("يمكنك تغييره مرة في السنة."));

        // Saving over an Italian version that is no longer the public one saves nothing.
        let stale = post(
            &mut arabic,
            &page,
            &[("title", "قديم"), ("base_version", &v.to_string())],
        )
        .await;
        assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!public(&app, SHEET).await.contains("قديم"));
    }
);
