//! Search: the public page and API over the demo data, the outbox keeping two nodes' indexes
//! in step, and an unusable index rebuilt from the database at start.

mod browser;
mod gaps;
mod pages;
mod relevance;
mod sync;

use std::time::{Duration, Instant};

use sportello_testkit::TestApp;

/// GETs `path` until `done` holds for the body (the index catches up in the background),
/// at most `within`; returns the last status and body.
pub(super) async fn eventually(
    app: &TestApp,
    path: &str,
    within: Duration,
    done: impl Fn(&str) -> bool,
) -> (reqwest::StatusCode, String) {
    let start = Instant::now();
    loop {
        let r = TestApp::client().get(app.url(path)).send().await.unwrap();
        let status = r.status();
        let body = r.text().await.unwrap();
        if done(&body) || start.elapsed() > within {
            return (status, body);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(super) async fn get(app: &TestApp, path: &str) -> (reqwest::StatusCode, String) {
    let r = TestApp::client().get(app.url(path)).send().await.unwrap();
    (r.status(), r.text().await.unwrap())
}
