//! Issue #10, point 6: reset tokens stay out of logs and the audit trail (both name the route
//! template), and a signed-in browser can submit the reset form.

use std::sync::{Arc, Mutex};

use reqwest::StatusCode;
use sportello_app::identity;
use sportello_app::App;
use sportello_store::AuditFilter;
use sportello_testkit::http::Session;
use sportello_testkit::{backend_test, Backend, TestApp};

use super::support::{add, from, PASSWORD};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// What the request middleware logs, from every test of this binary: a process-wide
/// subscriber (installed once) is the only kind every server task is sure to log through.
fn request_logs() -> &'static Captured {
    static CAPTURED: std::sync::OnceLock<Captured> = std::sync::OnceLock::new();
    CAPTURED.get_or_init(|| {
        let captured = Captured::default();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter("sportello_web::platform::middleware=debug")
            .with_writer(captured.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("no other subscriber");
        captured
    })
}

#[tokio::test]
async fn request_logs_carry_the_route_not_the_token() {
    let captured = request_logs();
    let Some(test) = TestApp::spawn(Backend::Sqlite, "token_logs").await else {
        return;
    };
    let token = "c0ffee".repeat(10) + "c0ff";
    let mut s = Session::new(&test.url(""));
    let path = format!("/it/accesso/recupero/{token}");
    assert_eq!(s.get(&path).await.status, StatusCode::GONE);
    let refused = s.post_form(&path, &[("new", "x")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("/{lang}/accesso/recupero/{token}"),
        "the route template is logged: {logs}"
    );
    assert!(!logs.contains(&token), "no token in the logs: {logs}");
}

backend_test!(
    a_refused_reset_form_is_audited_without_its_token,
    |backend| async move {
        let Some(test) = TestApp::spawn(backend, "token_audit").await else {
            return;
        };
        let token = "5eed".repeat(16);
        let mut s = Session::new(&test.url(""));
        let refused = s
            .post_form(&format!("/it/accesso/recupero/{token}"), &[("new", "x")])
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let entries = test
            .store
            .audit_entries(&AuditFilter::default(), 5, 0)
            .await
            .unwrap();
        let row = entries
            .iter()
            .find(|e| e.action == "security.csrf_rejected")
            .expect("the refusal is audited");
        assert_eq!(row.object_id, "POST /{lang}/accesso/recupero/{token}");
        assert!(entries.iter().all(|e| !format!("{e:?}").contains(&token)));
    }
);

backend_test!(
    a_signed_in_browser_can_submit_the_reset_form,
    |backend| async move {
        let Some(test) = TestApp::spawn(backend, "reset_signed_in").await else {
            return;
        };
        add(&test, "both@example.org").await;
        let mut s = Session::new(&test.url(""));
        let csrf = s.get("/it/accesso").await.input_value("csrf").unwrap();
        let page = s
            .post_form(
                "/it/accesso",
                &[
                    ("csrf", &csrf),
                    ("email", "both@example.org"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(page.location(), Some("/it/workspace"));
        let token = Arc::new(Mutex::new(String::new()));
        let keep = token.clone();
        identity::request_password_reset(
            &App::new(test.store.clone(), test.settings.clone())
                .await
                .unwrap(),
            "both@example.org",
            &from("127.0.0.1"),
            move |t, _| {
                *keep.lock().unwrap() = t.to_owned();
                ("s".into(), "b".into())
            },
        )
        .await
        .unwrap();
        let path = format!("/it/accesso/recupero/{}", token.lock().unwrap());
        let form = s.get(&path).await;
        assert_eq!(form.status, StatusCode::OK);
        let csrf = form.input_value("csrf").unwrap();
        let done = s
            .post_form(
                &path,
                &[
                    ("csrf", &csrf),
                    ("new", "a brand new password"),
                    ("confirm", "a brand new password"),
                ],
            )
            .await;
        assert_eq!(
            done.location(),
            Some("/it/accesso?reimpostata=1"),
            "{}",
            done.status
        );
    }
);
