//! Issue #10, point 2: reset routes are rate-limited per address, and argon2 work is bounded,
//! so a flood of logins and resets leaves the server responsive.

use std::time::{Duration as StdDuration, Instant};

use reqwest::StatusCode;
use sportello_testkit::http::Session;
use sportello_testkit::{backend_test, Backend, TestApp};

use super::support::add;

backend_test!(
    reset_routes_are_rate_limited_per_address,
    |backend| async move {
        let Some(test) = TestApp::spawn(backend, "reset_rate").await else {
            return;
        };
        let mut s = Session::new(&test.url(""));
        let csrf = s
            .get("/it/accesso/recupero")
            .await
            .input_value("csrf")
            .unwrap();
        let mut statuses = Vec::new();
        for n in 0..12 {
            let email = format!("someone{n}@example.org");
            let page = s
                .post_form(
                    "/it/accesso/recupero",
                    &[("csrf", &csrf), ("email", &email)],
                )
                .await;
            statuses.push(page.status);
        }
        assert!(
            statuses[..10].iter().all(|s| *s == StatusCode::OK),
            "{statuses:?}"
        );
        assert_eq!(statuses[10], StatusCode::TOO_MANY_REQUESTS, "{statuses:?}");
        // Setting a password through a link counts too (and checks the link before hashing).
        let bogus = format!("/it/accesso/recupero/{}", "ab".repeat(32));
        let page = s
            .post_form(
                &bogus,
                &[
                    ("csrf", &csrf),
                    ("new", "a long enough password"),
                    ("confirm", "a long enough password"),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(page.body.contains("Troppi tentativi"), "{}", page.body);
    }
);

/// 40 sign-ins and 40 resets at once, each from its own address (so that per-address
/// throttling does not hide the argon2 work): `/healthz` keeps answering within a second.
async fn flood_keeps_healthz_responsive(backend: Backend) {
    let Some(test) = TestApp::spawn_with(backend, "argon_flood", |s| {
        s.server.trust_forwarded_for = true;
    })
    .await
    else {
        return;
    };
    add(&test, "busy@example.org").await;
    let client = TestApp::client();
    let mut flood = tokio::task::JoinSet::new();
    for n in 0..40u8 {
        for reset in [false, true] {
            let client = client.clone();
            let (path, form) = if reset {
                (
                    format!("/it/accesso/recupero/{n:064x}"),
                    vec![
                        ("csrf", "f".repeat(64)),
                        ("new", "a long enough password".to_owned()),
                        ("confirm", "a long enough password".to_owned()),
                    ],
                )
            } else {
                (
                    "/it/accesso".to_owned(),
                    vec![
                        ("csrf", "f".repeat(64)),
                        ("email", "busy@example.org".to_owned()),
                        ("password", format!("wrong password {n}")),
                    ],
                )
            };
            let url = test.url(&path);
            flood.spawn(async move {
                client
                    .post(url)
                    .header("cookie", format!("sportello_csrf={}", "f".repeat(64)))
                    .header("x-forwarded-for", format!("10.{}.0.{n}", u8::from(reset)))
                    .form(&form)
                    .send()
                    .await
                    .map(|r| r.status())
            });
        }
    }
    tokio::time::sleep(StdDuration::from_millis(50)).await;
    let mut slowest = StdDuration::ZERO;
    while !flood.is_empty() {
        let started = Instant::now();
        let res = client.get(test.url("/healthz")).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        slowest = slowest.max(started.elapsed());
        tokio::time::sleep(StdDuration::from_millis(100)).await;
        while let Some(done) = flood.try_join_next() {
            let status = done.unwrap().expect("flood request answered");
            assert_ne!(status, StatusCode::FORBIDDEN, "csrf token accepted");
        }
    }
    eprintln!("slowest /healthz under the flood: {slowest:?}");
    assert!(
        slowest < StdDuration::from_secs(1),
        "/healthz took {slowest:?} under the flood"
    );
}

mod a_flood_of_logins_and_resets_keeps_healthz_responsive {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        flood_keeps_healthz_responsive(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        flood_keeps_healthz_responsive(Backend::Postgres).await;
    }
}
