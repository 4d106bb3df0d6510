//! What the identity hardening tests share: accounts, and where a request comes from.

use sportello_app::identity::{accounts, RequestOrigin};
use sportello_app::SystemClock;
use sportello_core::{Locale, Role, Scope};
use sportello_testkit::TestApp;

pub(super) const PASSWORD: &str = "correct horse battery staple";
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
