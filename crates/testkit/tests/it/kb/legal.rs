//! A coordinator marks a norm changed: every article citing it needs a legal review, the
//! public page says it is being updated, the owning hub gets an e-mail over real SMTP and a
//! notice in the workspace, and publishing the checked sheet again clears it.

use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_testkit::{backend_test, operator_session, TestApp};

const SHEET: &str = "/it/permesso-di-soggiorno/rinnovo-permesso-di-soggiorno";
const NOTICE: &str = "in aggiornamento dopo un cambiamento della legge";

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

backend_test!(
    a_changed_norm_flags_its_articles_and_tells_the_hubs,
    |backend| async move {
        let sink = sportello_testkit::smtp::SmtpSink::start().await;
        let Some(app) = TestApp::spawn_with(backend, "kb_legal", |s| {
            s.auth.require_2fa_for_admins = false;
            s.mail.transport = "smtp".into();
            s.mail.smtp_host = "127.0.0.1".into();
            s.mail.smtp_port = sink.port;
            s.mail.smtp_security = "none".into();
        })
        .await
        else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let mut coordinator =
            operator_session(&app, "coord@example.org", Role::Coordinator, Scope::Network).await;
        let mut hub = operator_session(
            &app,
            "hub@example.org",
            Role::HubEditor,
            Scope::Desk("hub-titoli-di-soggiorno".into()),
        )
        .await;
        assert!(!public(&app, SHEET).await.contains(NOTICE));
        let mut translator = operator_session(
            &app,
            "tr-ar@example.org",
            Role::Translator,
            Scope::Language("ar".into()),
        )
        .await;
        let queue_status = |body: &str| {
            // The status cell of the sheet's row in the Arabic queue.
            body.split("Rinnovare il permesso di soggiorno</a>")
                .nth(1)
                .and_then(|row| row.split("<td class=\"kb-tr-").nth(1))
                .and_then(|cell| cell.split('"').next())
                .map(str::to_owned)
        };
        let queue = translator.get("/ar/workspace/schede-tradotte/ar").await;
        assert_eq!(queue_status(&queue.body).as_deref(), Some("machine"));

        let register = coordinator.get("/it/workspace/norme").await;
        assert_eq!(register.status, StatusCode::OK);
        let csrf = register.input_value("csrf").unwrap();
        let marked = coordinator
            .post_form(
                "/it/workspace/norme/dlgs-286-1998/modificata",
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(marked.status, StatusCode::SEE_OTHER);
        let flagged: usize = marked
            .location()
            .and_then(|l| l.split("segnalate=").nth(1))
            .and_then(|n| n.parse().ok())
            .unwrap();
        assert!(flagged >= 3, "the Testo unico is cited widely: {flagged}");
        let unknown = coordinator
            .post_form(
                "/it/workspace/norme/no-such-norm/modificata",
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);

        assert!(public(&app, SHEET).await.contains(NOTICE));
        // Its translations need the legal review too: a state of their own, in the queue
        // and on the translated page.
        let queue = translator.get("/ar/workspace/schede-tradotte/ar").await;
        assert_eq!(queue_status(&queue.body).as_deref(), Some("legal"));
        let arabic = public(&app, &SHEET.replacen("/it/", "/ar/", 1)).await;
        assert!(
            arabic.contains("تغيّر قانون تذكره هذه البطاقة"),
            "the Arabic notice"
        );
        let list = hub.get("/it/workspace/schede").await;
        assert!(
            list.body.contains("id=\"kb-legal-pending\""),
            "a workspace notice"
        );

        let mails = sink.wait_for(1).await;
        let to_hub = mails
            .iter()
            .find(|m| {
                m.rcpt_to
                    .iter()
                    .any(|r| r.contains("hub.titolisoggiorno@example.invalid"))
            })
            .expect("the owning hub is told");
        assert!(to_hub.data.contains("Norma cambiata"), "{}", to_hub.data);
        assert!(to_hub.data.contains("Rinnovare il permesso di soggiorno"));

        // The hub checks the sheet and it is published again: the notice goes.
        let id = app
            .store
            .article_by_slug("permesso-di-soggiorno", "rinnovo-permesso-di-soggiorno")
            .await
            .unwrap()
            .unwrap()
            .id;
        let editor = hub.get(&format!("/it/workspace/schede/{id}")).await;
        assert!(editor.body.contains(NOTICE));
        let csrf = editor.input_value("csrf").unwrap();
        let page = hub.get(&format!("/it/workspace/schede/{id}")).await;
        let mut form: Vec<(String, String)> = Vec::new();
        for name in ["title", "summary", "base_version"] {
            if let Some(v) = page.input_value(name) {
                form.push((name.to_owned(), v));
            }
        }
        assert!(form.iter().any(|(k, _)| k == "base_version"));
        form.push((
            "section-what".into(),
            "Il permesso si rinnova prima che scada.".into(),
        ));
        form.push(("step-1-title".into(), "Ritira il kit".into()));
        form.push(("csrf".into(), csrf.clone()));
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let saved = hub
            .post_form(&format!("/it/workspace/schede/{id}"), &pairs)
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let submit = hub
            .post_form(
                &format!("/it/workspace/schede/{id}/stato"),
                &[("csrf", &csrf), ("action", "submit"), ("seen_version", "2")],
            )
            .await;
        assert_eq!(submit.status, StatusCode::SEE_OTHER);
        let coord_csrf = coordinator
            .get("/it/workspace")
            .await
            .input_value("csrf")
            .unwrap();
        let published = coordinator
            .post_form(
                &format!("/it/workspace/schede/{id}/stato"),
                &[
                    ("csrf", &coord_csrf),
                    ("action", "publish"),
                    ("seen_version", "2"),
                ],
            )
            .await;
        assert_eq!(
            published.status,
            StatusCode::SEE_OTHER,
            "{}",
            published.body
        );
        let after = public(&app, SHEET).await;
        assert!(!after.contains(NOTICE));
        assert!(after.contains("Il permesso si rinnova prima che scada."));
        // Published again with a real change: the Arabic translation is now outdated.
        let queue = translator.get("/ar/workspace/schede-tradotte/ar").await;
        assert_eq!(queue_status(&queue.body).as_deref(), Some("outdated"));
    }
);
