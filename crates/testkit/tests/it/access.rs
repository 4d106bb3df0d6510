//! Table-driven access checks over every workspace route: who may use it, and what everyone
//! else gets. A workspace route added to the router but not to this table fails
//! `every_workspace_route_is_in_the_table`, so no route ships without its check.

use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_testkit::http::Session;
use sportello_testkit::{backend_test, TestApp};

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Allowed {
    /// Any signed-in operator, whatever role and scope.
    AnyOperator,
    /// Admins and coordinators of the whole network.
    AuditReaders,
    /// Admins of the whole network.
    Admins,
    /// Operators whose grants cover the desk in the URL (here another desk than the L1
    /// operator's, who must get 404, exactly as for a desk that does not exist).
    DeskInScope,
    /// Operators whose desk-keeping roles (not viewers, translators, trainers) cover the desk
    /// in the URL; like `DeskInScope`, anyone else gets 404.
    DeskEditors,
    /// Operators whose desk-keeping roles cover the service in the URL: through a desk that
    /// offers it, or its organisation or an ancestor of it; anyone else gets 404.
    ServiceEditors,
    /// Admins and coordinators of the organisation in the URL or of an ancestor of it (or of
    /// the network); anyone else gets 404.
    OrganisationEditors,
}

/// (method, path as registered, who may use it)
const WORKSPACE_ROUTES: &[(&str, &str, Allowed)] = &[
    ("GET", "/{lang}/workspace", Allowed::AnyOperator),
    ("GET", "/{lang}/workspace/profilo", Allowed::AnyOperator),
    (
        "POST",
        "/{lang}/workspace/profilo/password",
        Allowed::AnyOperator,
    ),
    ("GET", "/{lang}/workspace/2fa", Allowed::AnyOperator),
    ("POST", "/{lang}/workspace/2fa", Allowed::AnyOperator),
    (
        "POST",
        "/{lang}/workspace/2fa/conferma",
        Allowed::AnyOperator,
    ),
    ("GET", "/{lang}/workspace/audit", Allowed::AuditReaders),
    ("GET", "/{lang}/workspace/sportelli", Allowed::AnyOperator),
    (
        "GET",
        "/{lang}/workspace/sportelli/{slug}",
        Allowed::DeskInScope,
    ),
    (
        "GET",
        "/{lang}/workspace/sportelli/{slug}/modifica",
        Allowed::DeskEditors,
    ),
    (
        "POST",
        "/{lang}/workspace/sportelli/{slug}/modifica",
        Allowed::DeskEditors,
    ),
    ("GET", "/{lang}/workspace/servizi", Allowed::AnyOperator),
    (
        "GET",
        "/{lang}/workspace/servizi/{service}",
        Allowed::ServiceEditors,
    ),
    (
        "GET",
        "/{lang}/workspace/servizi/{service}/modifica",
        Allowed::ServiceEditors,
    ),
    (
        "POST",
        "/{lang}/workspace/servizi/{service}/modifica",
        Allowed::ServiceEditors,
    ),
    (
        "GET",
        "/{lang}/workspace/organizzazioni",
        Allowed::AnyOperator,
    ),
    (
        "GET",
        "/{lang}/workspace/organizzazioni/{org}/modifica",
        Allowed::OrganisationEditors,
    ),
    (
        "POST",
        "/{lang}/workspace/organizzazioni/{org}/modifica",
        Allowed::OrganisationEditors,
    ),
    ("GET", "/{lang}/workspace/utenti", Allowed::Admins),
    ("POST", "/{lang}/workspace/utenti/{change}", Allowed::Admins),
    ("POST", "/{lang}/uscita", Allowed::AnyOperator),
];

#[test]
fn every_workspace_route_is_in_the_table() {
    let router = include_str!("../../../web/src/lib.rs");
    let registered: Vec<&str> = router
        .split('"')
        .filter(|s| s.starts_with("/{lang}/workspace") || *s == "/{lang}/uscita")
        .collect();
    assert!(!registered.is_empty());
    for path in &registered {
        assert!(
            WORKSPACE_ROUTES.iter().any(|(_, p, _)| p == path),
            "workspace route {path} has no row in WORKSPACE_ROUTES: add one saying who may use it"
        );
    }
    for (_, path, _) in WORKSPACE_ROUTES {
        assert!(
            registered.contains(path),
            "{path} is in the table but not in the router"
        );
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

backend_test!(workspace_routes_enforce_their_table, |backend| async move {
    let Some(app) =
        TestApp::spawn_with(backend, "access", |s| s.auth.require_2fa_for_admins = false).await
    else {
        return;
    };
    sportello_app::demo::load(&app.store, &SystemClock, 0)
        .await
        .unwrap();
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
    // Sign-out is last in the table so that it ends the sessions only after the others.
    for (method, template, allowed) in WORKSPACE_ROUTES {
        let path = template
            .replace("{lang}", "it")
            .replace("{change}", "grant")
            .replace("{slug}", "bologna-sportello-sociale")
            // Offered only at Arezzo's desks, by an organisation of Tuscany.
            .replace("{service}", "cambio-di-residenza")
            .replace("{org}", "comune-arezzo");

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

        for (who, session, may) in [
            (
                "l1 operator of one desk",
                &mut l1_desk_a,
                *allowed == Allowed::AnyOperator,
            ),
            ("network admin", &mut admin, true),
            (
                "network coordinator",
                &mut coordinator,
                *allowed != Allowed::Admins,
            ),
        ] {
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
