//! Operators edit services and organisations in the workspace: scope checks (desks that
//! offer a service, the organisation tree), validation that keeps what was typed, history in
//! HSDS metadata, the audit log, the public page and the HSDS API, on both backends.

use reqwest::StatusCode;
use sportello_core::{DeskScope, Role, Scope};
use sportello_store::{AuditFilter, Login};
use sportello_testkit::http::Session;
use sportello_testkit::{backend_test, TestApp};

/// Offered at `arezzo-urp` and `arezzo-casa-delle-culture`, by `comune-arezzo` (Tuscany).
const SERVICE: &str = "cambio-di-residenza";
const EDIT: &str = "/it/workspace/servizi/cambio-di-residenza/modifica";
const ORG: &str = "comune-arezzo";
const ORG_EDIT: &str = "/it/workspace/organizzazioni/comune-arezzo/modifica";

async fn operator(app: &TestApp, email: &str, role: Role, scope: Scope) -> Session {
    sportello_testkit::operator_session(app, email, role, scope).await
}

async fn app(backend: sportello_testkit::Backend, test: &str) -> Option<TestApp> {
    TestApp::spawn_demo_for_editing(backend, test).await
}

/// Posts a whole form to `path` with the session's anti-CSRF token.
async fn post(
    s: &mut Session,
    path: &str,
    fields: &[(&str, &str)],
) -> sportello_testkit::http::Page {
    let csrf = s.get("/it/workspace").await.input_value("csrf").unwrap();
    let mut pairs = vec![("csrf", csrf.as_str())];
    pairs.extend_from_slice(fields);
    s.post_form(path, &pairs).await
}

/// A complete, valid service form.
const GOOD_SERVICE: &[(&str, &str)] = &[
    ("name", "Cambio di residenza"),
    ("description", "Dichiari al Comune dove abiti."),
    ("eligibility_description", "Chi abita ad Arezzo."),
    ("application_process", "Online o allo sportello."),
    ("outcome", "La residenza registrata, con una ricevuta."),
    ("wait_time", "Due giorni lavorativi."),
    ("fees_description", "Gratis."),
    ("url", "https://www.comune.arezzo.it"),
    ("plain_note", "Scrivi il tuo nome sul campanello."),
    ("in_person", "on"),
    ("online", "on"),
    ("login_spid", "on"),
    ("login_cie", "on"),
    (
        "required_documents",
        "Passaporto\r\nPermesso di soggiorno\r\n\r\nCodice fiscale",
    ),
    ("verified", "on"),
];

backend_test!(
    an_operator_of_a_desk_edits_its_service,
    |backend| async move {
        let Some(app) = app(backend, "service_edit").await else {
            return;
        };
        let mut own = operator(
            &app,
            "urp@example.org",
            Role::L1Operator,
            Scope::Desk("arezzo-urp".into()),
        )
        .await;
        let list = own.get("/it/workspace/servizi").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list
            .body
            .contains("/it/workspace/servizi/cambio-di-residenza"));
        assert!(
            !list.body.contains("aiuto-rinnovo-permesso-di-soggiorno"),
            "only the services of the operator's desk"
        );
        assert!(list.body.contains("Da verificare"), "never verified");
        let form = own.get(EDIT).await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.body);
        assert_eq!(
            form.input_value("name").as_deref(),
            Some("Cambio di residenza")
        );

        // Problems in several fields: 422, one message per field, everything kept.
        let page = post(
            &mut own,
            EDIT,
            &[
                ("name", "Residenza (nuovo nome)"),
                ("url", "www.comune.arezzo.it"),
                ("email", "non è un indirizzo"),
                ("outcome", "Un testo scritto a mano"),
                ("login_spid", "on"),
            ],
        )
        .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            page.input_value("name").as_deref(),
            Some("Residenza (nuovo nome)")
        );
        assert_eq!(
            page.input_value("url").as_deref(),
            Some("www.comune.arezzo.it")
        );
        assert!(
            page.body.contains("Un testo scritto a mano"),
            "textareas kept"
        );
        for (field, message) in [
            ("url", "deve iniziare con https://"),
            ("email", "email non è valido"),
            ("channels", "almeno un modo per usare il servizio"),
            ("login", "solo per i servizi online"),
        ] {
            assert!(page.body.contains(&format!("href=\"#{field}\"")), "{field}");
            assert!(page.body.contains(message), "{message}: {}", page.body);
        }
        let before = app.store.service_record(SERVICE).await.unwrap().unwrap();
        assert_eq!(before.name, "Cambio di residenza", "nothing saved");

        // The service is shared by two desks and speaks for the Comune: a desk's operator
        // may not rewrite its link and texts (each refused field named), only the desk-side
        // details.
        let page = post(&mut own, EDIT, GOOD_SERVICE).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page
            .body
            .contains("Questo campo lo cambia solo chi lavora per l&#39;ente"));
        for field in ["description", "outcome", "plain_note"] {
            assert!(page.body.contains(&format!("href=\"#{field}\"")), "{field}");
        }
        let unchanged = app.store.service_record(SERVICE).await.unwrap().unwrap();
        assert_eq!(unchanged.outcome, before.outcome, "nothing saved");

        // An editor of the Comune may: saved, redirected, shown in public and in the API,
        // recorded.
        let mut comune = operator(
            &app,
            "servizi@comune.example.org",
            Role::L2Operator,
            Scope::Organisation(ORG.into()),
        )
        .await;
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        let page = post(&mut comune, EDIT, GOOD_SERVICE).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        assert_eq!(
            page.location(),
            Some("/it/workspace/servizi/cambio-di-residenza?saved=1")
        );
        let after = app.store.service_record(SERVICE).await.unwrap().unwrap();
        assert_eq!(
            after.outcome.as_deref(),
            Some("La residenza registrata, con una ricevuta.")
        );
        let documents: Vec<_> = after
            .required_documents
            .iter()
            .map(|d| d.document.as_str())
            .collect();
        assert_eq!(
            documents,
            ["Passaporto", "Permesso di soggiorno", "Codice fiscale"]
        );
        assert_eq!(after.login, [Login::Spid, Login::Cie]);
        assert_eq!(after.verified_on, Some(chrono::Utc::now().date_naive()));

        let public = reqwest::get(app.url("/it/servizi/cambio-di-residenza"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            public.contains("La residenza registrata, con una ricevuta."),
            "public page updated"
        );

        let api: serde_json::Value =
            reqwest::get(app.url(&format!("/api/hsds/v3/services/{}", after.id)))
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
        let modified: chrono::DateTime<chrono::Utc> =
            api["last_modified"].as_str().unwrap().parse().unwrap();
        assert!(
            modified > before.updated_at,
            "last_modified {modified} moved past the load at {}",
            before.updated_at
        );
        assert!(chrono::Utc::now() - modified < chrono::TimeDelta::seconds(60));
        // The public API publishes the change history (HSDS metadata), never who made it by
        // e-mail: updated_by is the account's opaque id.
        let history = api["metadata"].as_array().unwrap();
        assert!(!history.is_empty(), "the change is in the API's metadata");
        assert!(
            !api.to_string().contains("servizi@comune.example.org"),
            "the editor's e-mail leaks into the public API"
        );

        let record = own
            .get("/it/workspace/servizi/cambio-di-residenza?saved=1")
            .await;
        assert_eq!(record.status, StatusCode::OK);
        assert!(record.body.contains("Modifiche salvate"));
        assert!(
            record
                .body
                .contains("La residenza registrata, con una ricevuta."),
            "history shows the new value"
        );
        assert!(
            record.body.contains("servizi@comune.example.org"),
            "history shows who"
        );
        assert!(record.body.contains("Cosa ottieni"), "field labels");

        let audit = app
            .store
            .audit_entries(
                &AuditFilter {
                    action_prefix: Some("service.updated".into()),
                    actor_label: None,
                },
                10,
                0,
            )
            .await
            .unwrap();
        assert_eq!(audit.len(), 1);
        assert_eq!(audit[0].object_id, SERVICE);
        assert!(
            audit[0].detail.contains("outcome")
                && audit[0].detail.contains("required_documents")
                && audit[0].detail.contains("verified_on"),
            "{}",
            audit[0].detail
        );
    }
);

backend_test!(service_edits_stay_within_scope, |backend| async move {
    let Some(app) = app(backend, "service_edit_scope").await else {
        return;
    };
    let before = app.store.service_record(SERVICE).await.unwrap().unwrap();
    // Another desk's operator and a viewer of a desk offering it get 404, like a missing one.
    let mut other = operator(
        &app,
        "other@example.org",
        Role::L2Operator,
        Scope::Desk("bologna-urp".into()),
    )
    .await;
    let mut viewer = operator(
        &app,
        "viewer@example.org",
        Role::Viewer,
        Scope::Desk("arezzo-urp".into()),
    )
    .await;
    let mut emilia = operator(
        &app,
        "emilia@example.org",
        Role::Coordinator,
        Scope::Organisation("regione-emilia-romagna".into()),
    )
    .await;
    for s in [&mut other, &mut viewer, &mut emilia] {
        assert_eq!(s.get(EDIT).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            s.get("/it/workspace/servizi/cambio-di-residenza")
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let page = post(s, EDIT, GOOD_SERVICE).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        let list = s.get("/it/workspace/servizi").await;
        assert!(!list.body.contains("cambio-di-residenza"));
    }
    let missing = other.get("/it/workspace/servizi/no-such-service").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.store.service_record(SERVICE).await.unwrap().unwrap(),
        before
    );

    // A coordinator of the region reaches the services of its comuni.
    let mut regional = operator(
        &app,
        "toscana@example.org",
        Role::Coordinator,
        Scope::Organisation("regione-toscana".into()),
    )
    .await;
    let list = regional.get("/it/workspace/servizi").await;
    assert!(list
        .body
        .contains("/it/workspace/servizi/cambio-di-residenza"));
    assert!(
        !list.body.contains("aiuto-rinnovo-permesso-di-soggiorno"),
        "not Emilia-Romagna's services"
    );
    let mut fields = GOOD_SERVICE.to_vec();
    fields.retain(|(n, _)| *n != "name");
    fields.push(("name", "Cambio di residenza ad Arezzo"));
    let page = post(&mut regional, EDIT, &fields).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(
        app.store
            .service_record(SERVICE)
            .await
            .unwrap()
            .unwrap()
            .name,
        "Cambio di residenza ad Arezzo"
    );
    let history = app
        .store
        .service_history(&DeskScope::All, SERVICE, 50)
        .await
        .unwrap()
        .unwrap();
    assert!(history
        .iter()
        .any(|c| c.field_name == "name" && c.updated_by == "toscana@example.org"));
});

backend_test!(
    organisations_are_edited_by_their_admins_and_coordinators,
    |backend| async move {
        let Some(app) = app(backend, "org_edit").await else {
            return;
        };
        let stored = |app: &TestApp| {
            let store = app.store.clone();
            async move {
                store
                    .organisation_editable(&DeskScope::All, ORG)
                    .await
                    .unwrap()
                    .unwrap()
            }
        };
        let before = stored(&app).await;

        // Desk-keeping roles below coordinator, a desk operator and another region: 404.
        let mut org_operator = operator(
            &app,
            "l2@example.org",
            Role::L2Operator,
            Scope::Organisation(ORG.into()),
        )
        .await;
        let mut desk_operator = operator(
            &app,
            "urp@example.org",
            Role::L1Operator,
            Scope::Desk("arezzo-urp".into()),
        )
        .await;
        let mut emilia = operator(
            &app,
            "emilia@example.org",
            Role::Coordinator,
            Scope::Organisation("regione-emilia-romagna".into()),
        )
        .await;
        for s in [&mut org_operator, &mut desk_operator, &mut emilia] {
            assert_eq!(s.get(ORG_EDIT).await.status, StatusCode::NOT_FOUND);
            let page = post(s, ORG_EDIT, &[("name", "Preso!")]).await;
            assert_eq!(page.status, StatusCode::NOT_FOUND);
            let list = s.get("/it/workspace/organizzazioni").await;
            assert_eq!(list.status, StatusCode::OK);
            assert!(!list.body.contains(ORG_EDIT));
        }
        assert_eq!(stored(&app).await, before);

        // The comune's own admin: not its parent region.
        let mut own_admin = operator(
            &app,
            "admin-arezzo@example.org",
            Role::Admin,
            Scope::Organisation(ORG.into()),
        )
        .await;
        assert_eq!(own_admin.get(ORG_EDIT).await.status, StatusCode::OK);
        assert_eq!(
            own_admin
                .get("/it/workspace/organizzazioni/regione-toscana/modifica")
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let list = own_admin.get("/it/workspace/organizzazioni").await;
        assert!(list.body.contains(ORG_EDIT));
        assert!(
            list.body
                .contains("/it/workspace/organizzazioni/casa-delle-culture-arezzo/modifica"),
            "and the bodies within it"
        );

        // A regional coordinator: a refused form keeps what was typed, then a good one saves.
        let mut regional = operator(
            &app,
            "toscana@example.org",
            Role::Coordinator,
            Scope::Organisation("regione-toscana".into()),
        )
        .await;
        let page = post(
            &mut regional,
            ORG_EDIT,
            &[
                ("name", " "),
                ("alternate_name", "AR"),
                ("website", "comune.arezzo.it"),
                ("email", "urp@"),
            ],
        )
        .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(page.input_value("alternate_name").as_deref(), Some("AR"));
        assert_eq!(
            page.input_value("website").as_deref(),
            Some("comune.arezzo.it")
        );
        for field in ["name", "website", "email"] {
            assert!(page.body.contains(&format!("href=\"#{field}\"")), "{field}");
        }
        assert!(page.body.contains("Scrivi il nome dell"));
        assert_eq!(stored(&app).await, before, "nothing saved");

        let page = post(
            &mut regional,
            ORG_EDIT,
            &[
                ("name", "Comune di Arezzo"),
                ("alternate_name", "AR"),
                ("description", "Il Comune capoluogo."),
                ("email", "urp@comune.arezzo.it"),
                ("website", "https://www.comune.arezzo.it"),
                ("verified", "on"),
            ],
        )
        .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        assert_eq!(
            page.location(),
            Some("/it/workspace/organizzazioni?saved=1")
        );
        let after = stored(&app).await;
        assert_eq!(after.alternate_name.as_deref(), Some("AR"));
        assert_eq!(after.email.as_deref(), Some("urp@comune.arezzo.it"));
        assert_eq!(after.verified_on, Some(chrono::Utc::now().date_naive()));

        let form = regional.get(ORG_EDIT).await;
        assert!(
            form.body.contains("toscana@example.org"),
            "history shows who"
        );
        assert!(form.body.contains("Altro nome"), "and the field");
        let audit = app
            .store
            .audit_entries(
                &AuditFilter {
                    action_prefix: Some("organization.updated".into()),
                    actor_label: None,
                },
                10,
                0,
            )
            .await
            .unwrap();
        assert_eq!(audit.len(), 1);
        assert_eq!(audit[0].object_id, ORG);
        assert!(
            audit[0].detail.contains("alternate_name") && audit[0].detail.contains("email"),
            "{}",
            audit[0].detail
        );
    }
);
