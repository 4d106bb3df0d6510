//! What the identity hardening tests share: accounts, and where a request comes from.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use sportello_app::identity::{accounts, RequestOrigin};
use sportello_app::{App, Clock, SystemClock};
use sportello_core::{Locale, Role, Scope};
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

/// The use cases over the test's database, on `clock`.
pub(super) async fn app_on(test: &TestApp, clock: &Arc<ManualClock>) -> App {
    App::with_clock(test.store.clone(), test.settings.clone(), clock.clone())
        .await
        .unwrap()
}
