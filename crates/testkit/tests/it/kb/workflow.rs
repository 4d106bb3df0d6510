//! An editor of a hub writes a sheet, the hub editor of the theme reviews and publishes it;
//! who may do what, four-eyes, version history with diffs, and edit conflicts. Over real
//! HTTP, on both backends.

use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_store::AuditFilter;
use sportello_testkit::http::{Page, Session};
use sportello_testkit::{backend_test, operator_session, TestApp};

const XSS: &str = "Serve per curarsi. <script>alert(1)</script> <img src=x onerror=alert(2)> \
                   [clic](javascript:alert(3)) <svg onload=alert(4)></svg>";

fn sheet_fields<'a>(title: &'a str, what: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", "sheet"),
        ("theme", "salute"),
        ("hub", "hub-salute"),
        ("slug", "scelta-del-medico"),
        ("title", title),
        ("summary", "Come scegliere il medico di base."),
        ("section-what", what),
        (
            "section-who",
            "Chi è iscritto al Servizio sanitario nazionale.",
        ),
        ("step-1-title", "Vai all'ASL"),
        ("step-1-where", "Sportello dell'ASL"),
        ("step-1-text", "Porta la tessera sanitaria."),
        ("step-1-variant-1-area", "FE"),
        ("step-1-variant-1-label", "ASL di Ferrara"),
        (
            "step-1-variant-1-text",
            "A Ferrara si sceglie anche online.",
        ),
        ("prerequisite", "tessera-sanitaria"),
    ]
}

async fn csrf(s: &mut Session, path: &str) -> String {
    s.get(path).await.input_value("csrf").expect("a form")
}

async fn post(s: &mut Session, path: &str, fields: &[(&str, &str)]) -> Page {
    let token = csrf(s, "/it/workspace/schede").await;
    let mut form = vec![("csrf", token.as_str())];
    form.extend_from_slice(fields);
    s.post_form(path, &form).await
}

async fn act(s: &mut Session, id: &str, action: &str, seen: i64, comment: &str) -> Page {
    let seen = seen.to_string();
    post(
        s,
        &format!("/it/workspace/schede/{id}/stato"),
        &[
            ("action", action),
            ("seen_version", &seen),
            ("comment", comment),
        ],
    )
    .await
}

async fn public(app: &TestApp, path: &str) -> (StatusCode, String) {
    let r = TestApp::client().get(app.url(path)).send().await.unwrap();
    (r.status(), r.text().await.unwrap())
}

backend_test!(
    an_editor_writes_and_the_hub_editor_publishes,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "kb_workflow").await else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let mut writer = operator_session(
            &app,
            "writer@example.org",
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
        let mut outsider = operator_session(
            &app,
            "elsewhere@example.org",
            Role::L2Operator,
            Scope::Desk("bologna-urp".into()),
        )
        .await;

        // A refused form keeps what was typed and names the field.
        let mut bad = sheet_fields("", XSS);
        bad.push(("online_url", "javascript:alert(1)"));
        let refused = post(&mut writer, "/it/workspace/schede/nuova", &bad).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Scrivi il titolo."));
        assert!(refused.body.contains("Il servizio online deve essere"));
        assert!(refused.body.contains("Porta la tessera sanitaria."), "kept");

        let created = post(
            &mut writer,
            "/it/workspace/schede/nuova",
            &sheet_fields("Scegliere il medico di base", XSS),
        )
        .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let id = created
            .location()
            .and_then(|l| l.strip_prefix("/it/workspace/schede/"))
            .and_then(|l| l.split('?').next())
            .expect("the new article's page")
            .to_owned();
        let sheet = "/it/salute/scelta-del-medico";
        assert_eq!(
            public(&app, sheet).await.0,
            StatusCode::NOT_FOUND,
            "a draft"
        );

        // Nobody outside the hub and theme learns that it exists.
        let theirs = outsider.get(&format!("/it/workspace/schede/{id}")).await;
        let missing = outsider.get("/it/workspace/schede/no-such-article").await;
        assert_eq!(theirs.status, StatusCode::NOT_FOUND);
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        let list = outsider.get("/it/workspace/schede").await;
        assert!(!list.body.contains(&id));
        assert_eq!(
            outsider.get("/it/workspace/schede/nuova").await.status,
            StatusCode::FORBIDDEN
        );

        assert_eq!(
            act(&mut writer, &id, "submit", 1, "").await.status,
            StatusCode::SEE_OTHER
        );
        let own = act(&mut writer, &id, "publish", 1, "").await;
        assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(own.body.contains("Solo chi rivede le schede"));
        let silent = act(&mut reviewer, &id, "return", 1, "").await;
        assert!(silent.body.contains("Scrivi un commento"));
        let back = act(&mut reviewer, &id, "return", 1, "Aggiungi i tempi.").await;
        assert_eq!(back.status, StatusCode::SEE_OTHER);

        // The author saves version 2 over version 1; the review comment is on the page.
        let page = writer.get(&format!("/it/workspace/schede/{id}")).await;
        assert!(page.body.contains("Aggiungi i tempi."));
        assert_eq!(page.input_value("base_version").as_deref(), Some("1"));
        let mut v2 = sheet_fields(
            "Scegliere il medico di base",
            "Serve per curarsi vicino a casa.",
        );
        v2.push(("section-time", "Subito."));
        v2.push(("base_version", "1"));
        let saved = post(&mut writer, &format!("/it/workspace/schede/{id}"), &v2).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        assert_eq!(
            act(&mut writer, &id, "submit", 2, "").await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            act(&mut reviewer, &id, "publish", 1, "").await.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a move on an old version is stale"
        );
        let published = act(&mut reviewer, &id, "publish", 2, "").await;
        assert_eq!(
            published.status,
            StatusCode::SEE_OTHER,
            "{}",
            published.body
        );

        let (status, body) = public(&app, sheet).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("Serve per curarsi vicino a casa."));
        assert!(body.contains("Tempi e scadenze"));
        let what = body.find("id=\"cosa-e\"").unwrap();
        let time = body.find("id=\"tempi-e-scadenze\"").unwrap();
        assert!(what < time, "Designers Italia order");
        let (_, ferrara) = public(&app, &format!("{sheet}?provincia=FE")).await;
        assert!(ferrara.contains("Nella tua zona:"));
        assert!(ferrara.contains("A Ferrara si sceglie anche online."));
        let (_, arabic) = public(&app, "/ar/salute/scelta-del-medico").await;
        assert!(arabic.contains("dir=\"rtl\""));

        // History: both versions, and the words that changed between them.
        let history = writer
            .get(&format!("/it/workspace/schede/{id}/versioni?da=1&a=2"))
            .await;
        assert_eq!(history.status, StatusCode::OK);
        assert!(history.body.contains("<ins>"), "{}", history.body);
        assert!(history.body.contains("<del>"));
        assert!(history.body.contains("vicino"));

        // Four eyes: the hub editor edits, and may not publish their own version.
        let mut v3 = v2.clone();
        v3.retain(|(k, _)| *k != "base_version");
        v3.push(("base_version", "2"));
        v3.push(("section-cost", "Gratis."));
        assert_eq!(
            post(&mut reviewer, &format!("/it/workspace/schede/{id}"), &v3)
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            act(&mut reviewer, &id, "submit", 3, "").await.status,
            StatusCode::SEE_OTHER
        );
        let mine = act(&mut reviewer, &id, "publish", 3, "").await;
        assert!(mine
            .body
            .contains("Non puoi pubblicare una versione che hai scritto tu"));
        assert!(
            !public(&app, sheet).await.1.contains("Gratis."),
            "v2 stays public"
        );

        let audit = app
            .store
            .audit_entries(&AuditFilter::default(), 500, 0)
            .await
            .unwrap();
        for action in [
            "kb.article_created",
            "kb.article_saved",
            "kb.article_submit",
            "kb.article_return",
            "kb.article_publish",
        ] {
            assert!(
                audit
                    .iter()
                    .any(|e| e.action == action && e.object_id == id),
                "{action} audited"
            );
        }
    }
);

backend_test!(
    two_editors_saving_the_same_version_get_a_conflict,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "kb_conflict").await else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let mut first = operator_session(
            &app,
            "first@example.org",
            Role::HubEditor,
            Scope::Desk("hub-salute".into()),
        )
        .await;
        let mut second = operator_session(
            &app,
            "second@example.org",
            Role::HubEditor,
            Scope::Organisation("comune-ferrara".into()),
        )
        .await;
        let created = post(
            &mut first,
            "/it/workspace/schede/nuova",
            &sheet_fields("Medico di base", "Versione uno."),
        )
        .await;
        let id = created
            .location()
            .and_then(|l| l.strip_prefix("/it/workspace/schede/"))
            .and_then(|l| l.split('?').next())
            .unwrap()
            .to_owned();
        let mut mine = sheet_fields("Medico di base", "Il testo del primo.");
        mine.push(("base_version", "1"));
        let mut theirs = sheet_fields("Medico di base", "Il testo del secondo.");
        theirs.push(("base_version", "1"));
        let path = format!("/it/workspace/schede/{id}");
        assert_eq!(
            post(&mut first, &path, &mine).await.status,
            StatusCode::SEE_OTHER
        );
        let conflict = post(&mut second, &path, &theirs).await;
        assert_eq!(conflict.status, StatusCode::CONFLICT);
        assert!(
            conflict.body.contains("Il testo del primo."),
            "theirs shown"
        );
        assert!(conflict.body.contains("Il testo del secondo."), "mine kept");
        assert_eq!(
            conflict.input_value("base_version").as_deref(),
            Some("2"),
            "saving again is a knowing choice over version 2"
        );
        let record = app.store.article(&id).await.unwrap().unwrap();
        assert_eq!(record.head_version, 2, "nothing overwritten");
        let v2 = app.store.article_version(&id, 2).await.unwrap().unwrap();
        assert!(v2.content.contains("Il testo del primo."));
    }
);

backend_test!(
    publishing_a_flagged_sheet_needs_a_recorded_override,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "kb_override").await else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let mut writer = operator_session(
            &app,
            "writer@example.org",
            Role::L2Operator,
            Scope::Desk("hub-salute".into()),
        )
        .await;
        let mut reviewer = operator_session(
            &app,
            "hub-editor@example.org",
            Role::HubEditor,
            Scope::Desk("hub-salute".into()),
        )
        .await;
        let flagged = "Il servizio è aperto anche ai cittadini extracomunitari.";
        let created = post(
            &mut writer,
            "/it/workspace/schede/nuova",
            &sheet_fields("Medico di base", flagged),
        )
        .await;
        let id = created
            .location()
            .and_then(|l| l.strip_prefix("/it/workspace/schede/"))
            .and_then(|l| l.split('?').next())
            .unwrap()
            .to_owned();

        // The check button measures what was typed, saves nothing.
        let mut typed = sheet_fields("Medico di base", "Testo nuovo, qualora serva.");
        typed.push(("base_version", "1"));
        typed.push(("check", "1"));
        let checked = post(&mut writer, &format!("/it/workspace/schede/{id}"), &typed).await;
        assert_eq!(checked.status, StatusCode::OK);
        assert!(checked.body.contains("Indice Gulpease"));
        assert!(checked
            .body
            .contains("<mark lang=\"it\" dir=\"ltr\">qualora</mark>"));
        assert!(checked.body.contains("Testo nuovo, qualora serva."), "kept");
        assert_eq!(
            app.store.article(&id).await.unwrap().unwrap().head_version,
            1
        );

        let editor = writer.get(&format!("/it/workspace/schede/{id}")).await;
        assert!(editor.body.contains("extracomunitari</mark>"));
        assert!(editor.body.contains("Carta di Roma"));
        assert_eq!(
            act(&mut writer, &id, "submit", 1, "").await.status,
            StatusCode::SEE_OTHER
        );
        let refused = act(&mut reviewer, &id, "publish", 1, "").await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("scrivi perché va pubblicata così"));
        assert!(refused.body.contains("name=\"override_reason\""));
        let reason = "Citazione testuale del bando regionale.";
        let published = post(
            &mut reviewer,
            &format!("/it/workspace/schede/{id}/stato"),
            &[
                ("action", "publish"),
                ("seen_version", "1"),
                ("override_reason", reason),
            ],
        )
        .await;
        assert_eq!(
            published.status,
            StatusCode::SEE_OTHER,
            "{}",
            published.body
        );
        let comments = app.store.article_comments(&id).await.unwrap();
        assert!(comments
            .iter()
            .any(|c| c.body == format!("[override] {reason}")));
        let audit = app
            .store
            .audit_entries(&AuditFilter::default(), 100, 0)
            .await
            .unwrap();
        assert!(audit.iter().any(|e| e.action == "kb.article_publish"
            && e.object_id == id
            && e.detail.contains("writing-aids override")));
    }
);
