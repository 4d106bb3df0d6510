//! What the identity hardening tests share: a clock they move by hand, accounts with and
//! without an authenticator, the use cases over a test's database.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use sportello_app::identity::{self, accounts, LoginOutcome, RequestOrigin};
use sportello_app::{App, Clock, SystemClock};
use sportello_core::{Locale, Role, Scope};
use sportello_store::AuditFilter;
use sportello_testkit::TestApp;

pub(super) const PASSWORD: &str = "correct horse battery staple";

/// A clock the test moves by hand.
#[derive(Debug)]
pub(super) struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    pub(super) fn new() -> Arc<Self> {
        Arc::new(Self(Mutex::new(Utc::now())))
    }

    pub(super) fn advance(&self, by: Duration) {
        *self.0.lock().unwrap() += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

pub(super) fn from(ip: &str) -> RequestOrigin {
    RequestOrigin { ip: ip.into() }
}

pub(super) async fn add(app: &TestApp, email: &str) -> String {
    accounts::add_user(
        &app.store,
        &SystemClock,
        accounts::AddUser {
            email,
            display_name: "Operatrice",
            locale: Locale::It,
            password: PASSWORD,
            role: Role::Viewer,
            scope: Scope::Network,
        },
    )
    .await
    .unwrap()
}

/// An account with an authenticator app set up; returns its secret.
pub(super) async fn add_with_totp(app: &TestApp, email: &str) -> Vec<u8> {
    let id = add(app, email).await;
    let secret = identity::totp::generate_secret();
    let b32 = identity::totp::encode_secret(&secret);
    app.store
        .enable_totp(&id, &b32, 0, &[], Utc::now())
        .await
        .unwrap();
    secret
}

/// The use cases over the test's database, on `clock`.
pub(super) async fn app_on(test: &TestApp, clock: &Arc<ManualClock>) -> App {
    App::with_clock(test.store.clone(), test.settings.clone(), clock.clone())
        .await
        .unwrap()
}

/// A six-digit code that is none of the codes valid around `now`.
pub(super) fn wrong_code(secret: &[u8], now: DateTime<Utc>) -> String {
    let step = identity::totp::step_of(now.timestamp());
    let valid: Vec<String> = (step - 2..=step + 2)
        .map(|s| identity::totp::code_at(secret, u64::try_from(s).unwrap()))
        .collect();
    (0..10u32)
        .map(|n| format!("{:06}", 123_456 + n))
        .find(|c| !valid.contains(c))
        .unwrap()
}

pub(super) fn right_code(secret: &[u8], now: DateTime<Utc>) -> String {
    let step = identity::totp::step_of(now.timestamp());
    identity::totp::code_at(secret, u64::try_from(step).unwrap())
}

/// Signs in with the password; returns the half-open session's token.
pub(super) async fn password_step(app: &App, email: &str, origin: &RequestOrigin) -> String {
    match identity::login(app, None, email, PASSWORD, origin)
        .await
        .unwrap()
    {
        LoginOutcome::SignedIn(issued) => issued.token,
        other => panic!("the password is accepted: {other:?}"),
    }
}

pub(super) async fn actions(app: &TestApp) -> Vec<String> {
    app.store
        .audit_entries(&AuditFilter::default(), 500, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}
