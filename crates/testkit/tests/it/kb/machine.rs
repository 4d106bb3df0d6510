//! Machine translation through a provider speaking LibreTranslate's API over real HTTP
//! (`testkit::libretranslate`), on both backends: a translator asks for a draft, which is
//! saved and shown to readers as machine-translated; a person's translation is never
//! overwritten; a provider that fails saves nothing and says so.

use reqwest::StatusCode;
use sportello_app::platform::settings::Secret;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_testkit::http::{Page, Session};
use sportello_testkit::libretranslate::LibreTranslate;
use sportello_testkit::{backend_test, operator_session, TestApp};

const SHEET: &str = "salute/scelta-medico-di-base";

async fn post(s: &mut Session, path: &str, fields: &[(&str, &str)]) -> Page {
    let csrf = s.get("/it/workspace").await.input_value("csrf").unwrap();
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    s.post_form(path, &form).await
}

backend_test!(
    a_translator_gets_a_machine_draft_from_the_provider,
    |backend| async move {
        let provider = LibreTranslate::start().await;
        let url = provider.url.clone();
        let Some(app) = TestApp::spawn_with(backend, "kb_machine", move |s| {
            s.kb.mt_url = url;
            s.kb.mt_api_key = Secret::new("key-123");
        })
        .await
        else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let id = app
            .store
            .article_by_slug("salute", "scelta-medico-di-base")
            .await
            .unwrap()
            .unwrap()
            .id;
        let mut romanian = operator_session(
            &app,
            "translator-ro@example.org",
            Role::Translator,
            Scope::Language("ro".into()),
        )
        .await;
        let page = format!("/it/workspace/schede/{id}/traduzioni/ro");
        let translator = romanian.get(&page).await;
        assert!(
            translator.body.contains("id=\"kb-machine\""),
            "{}",
            translator.body
        );

        let drafted = post(&mut romanian, &format!("{page}/automatica"), &[]).await;
        assert_eq!(drafted.status, StatusCode::SEE_OTHER, "{}", drafted.body);
        let sent = provider.requests();
        let last = sent.last().expect("the provider was asked");
        assert_eq!(last["source"], "it");
        assert_eq!(last["target"], "ro");
        assert_eq!(last["format"], "text");
        assert_eq!(last["api_key"], "key-123");
        assert!(
            last["q"].as_array().unwrap().len() > 5,
            "every part of the sheet"
        );

        let public = TestApp::client()
            .get(app.url(&format!("/ro/{SHEET}")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            public.contains("lang=\"ro\" dir=\"ltr\">[ro] "),
            "the draft is public"
        );
        let saved = app
            .store
            .article_translation(&id, "ro")
            .await
            .unwrap()
            .unwrap();
        assert!(saved.machine, "marked machine-translated");
        // Readers are told: the notice differs from that of a sheet not translated at all.
        let notice = |body: &str| {
            body.split("id=\"kb-translation-notice\">")
                .nth(1)
                .and_then(|s| s.split('<').next())
                .unwrap()
                .to_owned()
        };
        let untranslated = TestApp::client()
            .get(app.url("/ro/permesso-di-soggiorno/rinnovo-permesso-di-soggiorno"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_ne!(notice(&public), notice(&untranslated));

        // A person saves the language: a machine draft no longer replaces it.
        let form = romanian.get(&page).await;
        let base = form.input_value("base_version").unwrap();
        let by_hand = post(
            &mut romanian,
            &page,
            &[
                ("title", "Alegerea medicului de familie"),
                ("base_version", &base),
            ],
        )
        .await;
        assert_eq!(by_hand.status, StatusCode::SEE_OTHER, "{}", by_hand.body);
        let asked = provider.requests().len();
        let refused = post(&mut romanian, &format!("{page}/automatica"), &[]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.body.contains("fatta da una persona"),
            "{}",
            refused.body
        );
        assert_eq!(
            provider.requests().len(),
            asked,
            "the provider was not asked"
        );

        // The provider fails: nothing is saved, the translator is told.
        let mut spanish = operator_session(
            &app,
            "translator-es@example.org",
            Role::Translator,
            Scope::Language("es".into()),
        )
        .await;
        provider.fail();
        let down = post(
            &mut spanish,
            &format!("/it/workspace/schede/{id}/traduzioni/es/automatica"),
            &[],
        )
        .await;
        assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(down.body.contains("id=\"kb-machine-problem\""));
        assert!(app
            .store
            .article_translation(&id, "es")
            .await
            .unwrap()
            .is_none());
        // Another language's translator may not ask.
        assert_eq!(
            post(&mut spanish, &format!("{page}/automatica"), &[])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
);
