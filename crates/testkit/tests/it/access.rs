//! Table-driven access checks over every route that needs a session: who may use it, and
//! what everyone else gets. The table is the router's own (`sportello_web::access_table`):
//! a route is registered only together with its access rule, whatever area it lives in, so
//! no route ships without a row here.

use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_testkit::http::Session;
use sportello_testkit::{backend_test, TestApp};
use sportello_web::{access_table, Allowed, RouteAccess};

/// The rows that need a session, sign-out last (it ends the sessions the others use).
fn session_routes() -> Vec<RouteAccess> {
    let mut rows: Vec<RouteAccess> = access_table()
        .into_iter()
        .filter(|r| r.allowed != Allowed::Public)
        .collect();
    rows.sort_by_key(|r| r.path == "/{lang}/uscita");
    rows
}

#[test]
fn the_workspace_is_never_public() {
    let table = access_table();
    assert!(table.len() > 30, "every area's routes are in the table");
    for row in &table {
        if row.path.starts_with("/{lang}/workspace") || row.path == "/{lang}/uscita" {
            assert_ne!(row.allowed, Allowed::Public, "{} {}", row.method, row.path);
        }
        let twins = table
            .iter()
            .filter(|r| r.method == row.method && r.path == row.path)
            .count();
        assert_eq!(twins, 1, "{} {} has one row", row.method, row.path);
    }
}

async fn operator(app: &TestApp, email: &str, role: Role, scope: Scope) -> Session {
    sportello_testkit::operator_session(app, email, role, scope).await
}

/// A request as the session would make it, with its anti-CSRF token for POSTs.
async fn call(s: &mut Session, method: &str, path: &str) -> sportello_testkit::http::Page {
    if method == "GET" {
        return s.get(path).await;
    }
    let csrf = match s.get("/it/workspace").await.input_value("csrf") {
        Some(token) => token,
        // Not signed in: the pre-session token of the sign-in form.
        None => s.get("/it/accesso").await.input_value("csrf").unwrap(),
    };
    s.post_form(path, &[("csrf", &csrf)]).await
}

/// A new video link in hub-salute's repertory: its id.
async fn fresh_material(app: &TestApp) -> String {
    let id = uuid::Uuid::now_v7().to_string();
    app.store
        .insert_material(
            &sportello_store::NewMaterial {
                id: &id,
                hub_slug: "hub-salute",
                theme: "salute",
                title: "Un video",
                language: "it",
                format: "video",
                video_url: Some("https://video.example.org/v"),
                ..sportello_store::NewMaterial::default()
            },
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    id
}

backend_test!(workspace_routes_enforce_their_table, |backend| async move {
    let Some(app) =
        TestApp::spawn_with(backend, "access", |s| s.auth.require_2fa_for_admins = false).await
    else {
        return;
    };
    sportello_app::demo::load(&app.store, &SystemClock, 0)
        .await
        .unwrap();
    let article = app
        .store
        .article_by_slug("permesso-di-soggiorno", "rinnovo-permesso-di-soggiorno")
        .await
        .unwrap()
        .expect("a demo article")
        .id;
    let mut l1_desk_a = operator(
        &app,
        "l1@example.org",
        Role::L1Operator,
        Scope::Desk("bologna-urp".into()),
    )
    .await;
    let mut admin = operator(&app, "admin@example.org", Role::Admin, Scope::Network).await;
    let mut coordinator =
        operator(&app, "coord@example.org", Role::Coordinator, Scope::Network).await;
    for RouteAccess {
        method,
        path: template,
        allowed,
    } in session_routes()
    {
        let path = template
            .replace("{lang}", "it")
            .replace("{change}", "grant")
            .replace("{slug}", "bologna-sportello-sociale")
            // Offered only at Arezzo's desks, by an organisation of Tuscany.
            .replace("{service}", "cambio-di-residenza")
            .replace("{org}", "comune-arezzo")
            .replace("{locale}", "ar")
            .replace("{article}", &article)
            .replace("{norm}", "dlgs-286-1998");

        let mut anonymous = Session::new(&app.url(""));
        let page = call(&mut anonymous, method, &path).await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "anonymous {method} {path}"
        );
        assert_eq!(
            page.location(),
            Some("/it/accesso"),
            "anonymous {method} {path}"
        );
        if allowed == Allowed::AwaitingCode {
            // Only a session between password and code may; a full one goes to its page.
            let page = call(&mut admin, method, &path).await;
            assert!(page.status.is_redirection(), "admin {method} {path}");
            assert_ne!(
                page.location(),
                Some("/it/accesso"),
                "admin {method} {path}"
            );
            continue;
        }

        for (who, session, may) in [
            (
                "l1 operator of one desk",
                &mut l1_desk_a,
                allowed == Allowed::AnyOperator,
            ),
            ("network admin", &mut admin, true),
            (
                "network coordinator",
                &mut coordinator,
                allowed != Allowed::Admins,
            ),
        ] {
            // Removing a material is for good: each session acts on a fresh one.
            let path = if template.contains("{material}") {
                path.replace("{material}", &fresh_material(&app).await)
            } else {
                path.clone()
            };
            let page = call(session, method, &path).await;
            if may {
                assert!(
                    page.status.is_success()
                        || page.status.is_redirection()
                        || page.status == StatusCode::UNPROCESSABLE_ENTITY,
                    "{who} {method} {path}: {}",
                    page.status
                );
                assert_ne!(
                    page.location(),
                    Some("/it/accesso"),
                    "{who} {method} {path} was sent to sign in"
                );
                if page.status == StatusCode::OK {
                    assert_eq!(
                        page.headers
                            .get("cache-control")
                            .and_then(|v| v.to_str().ok()),
                        Some("no-store"),
                        "{who} {method} {path}: workspace pages are never cached"
                    );
                }
            } else {
                assert!(
                    page.status == StatusCode::FORBIDDEN || page.status == StatusCode::NOT_FOUND,
                    "{who} {method} {path}: {}",
                    page.status
                );
            }
        }
    }
});

backend_test!(
    an_operator_sees_own_desk_and_nothing_of_others,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "desk_scope").await else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let mut l1 = operator(
            &app,
            "urp@example.org",
            Role::L1Operator,
            Scope::Desk("bologna-urp".into()),
        )
        .await;
        let list = l1.get("/it/workspace/sportelli").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.body.contains("/it/workspace/sportelli/bologna-urp"));
        assert_eq!(
            list.body.matches("/it/workspace/sportelli/").count(),
            1,
            "only the operator's own desk"
        );
        assert_eq!(
            l1.get("/it/workspace/sportelli/bologna-urp").await.status,
            StatusCode::OK
        );
        let other = l1
            .get("/it/workspace/sportelli/bologna-sportello-sociale")
            .await;
        let missing = l1.get("/it/workspace/sportelli/no-such-desk").await;
        assert_eq!(other.status, StatusCode::NOT_FOUND);
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        let strip = |b: &str| {
            b.replace("bologna-sportello-sociale", "X")
                .replace("no-such-desk", "X")
        };
        let (a, b) = (strip(&other.body), strip(&missing.body));
        // Same page apart from the request id: nothing tells that the desk exists.
        assert_eq!(a.len(), b.len(), "out of scope and missing look alike");

        let mut org = operator(
            &app,
            "org@example.org",
            Role::L2Operator,
            Scope::Organisation("comune-bologna".into()),
        )
        .await;
        let list = org.get("/it/workspace/sportelli").await;
        assert!(
            list.body.matches("/it/workspace/sportelli/").count() >= 3,
            "an organisation's grant covers its desks"
        );
        assert!(!list.body.contains("arezzo"), "and no other body's desks");
    }
);
