//! Accounts, sessions, CSRF, throttling and the audit log, through the real server, on
//! both backends.

use reqwest::StatusCode;
use sportello_app::identity::accounts::{self, AddUser};
use sportello_app::SystemClock;
use sportello_core::{Locale, Role, Scope};
use sportello_store::{AuditFilter, AuditVerdict};
use sportello_testkit::http::Session;
use sportello_testkit::{backend_test, TestApp};

const PASSWORD: &str = "correct horse battery staple";

async fn add(app: &TestApp, email: &str, role: Role, scope: Scope) {
    accounts::add_user(
        &app.store,
        &SystemClock,
        AddUser {
            email,
            display_name: "Giulia Bianchi",
            locale: Locale::It,
            password: PASSWORD,
            role,
            scope,
        },
    )
    .await
    .unwrap();
}

/// Signs in through the form, as a person would; returns the page after the redirect.
async fn sign_in(s: &mut Session, email: &str, password: &str) -> sportello_testkit::http::Page {
    let form = s.get("/it/accesso").await;
    let csrf = form
        .input_value("csrf")
        .expect("login form has a csrf field");
    s.post_form(
        "/it/accesso",
        &[("csrf", &csrf), ("email", email), ("password", password)],
    )
    .await
}

async fn actions(app: &TestApp) -> Vec<String> {
    app.store
        .audit_entries(&AuditFilter::default(), 500, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

backend_test!(login_workspace_logout, |backend| async move {
    let Some(app) = TestApp::spawn(backend, "login").await else {
        return;
    };
    add(
        &app,
        "giulia@comune.example.it",
        Role::L2Operator,
        Scope::Desk("bologna-stranieri".into()),
    )
    .await;
    let mut s = Session::new(&app.url(""));

    // Not signed in: the workspace sends to the sign-in form in the same language.
    let page = s.get("/ar/workspace").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), Some("/ar/accesso"));

    let page = sign_in(&mut s, "Giulia@Comune.Example.it", PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.location(), Some("/it/workspace"));
    let cookie = page
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("sportello_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    let page = s.get("/it/workspace").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Giulia Bianchi"));
    assert!(page.body.contains("Operatore di sportello specialistico"));
    assert!(page.body.contains("sportello bologna-stranieri"));
    assert!(
        !page.body.contains("/it/workspace/audit"),
        "no audit link for an operator"
    );

    let csrf = page.input_value("csrf").unwrap();
    let page = s.post_form("/it/uscita", &[("csrf", &csrf)]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(
        !s.cookies.contains_key("sportello_session"),
        "the cookie is cleared"
    );
    assert_eq!(s.get("/it/workspace").await.location(), Some("/it/accesso"));

    let log = actions(&app).await;
    assert!(
        log.contains(&"auth.login_succeeded".to_owned()) && log.contains(&"auth.logout".to_owned()),
        "{log:?}"
    );
});

backend_test!(
    session_id_rotates_on_login_and_the_old_one_dies,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "rotation").await else {
            return;
        };
        add(&app, "r@example.org", Role::Viewer, Scope::Network).await;
        let mut s = Session::new(&app.url(""));
        sign_in(&mut s, "r@example.org", PASSWORD).await;
        let first = s.cookies["sportello_session"].clone();
        // Already signed in, the form is skipped...
        assert_eq!(s.get("/it/accesso").await.location(), Some("/it/workspace"));
        // ...but signing in again (say from a second tab) issues a new id and ends the old one.
        let csrf = s.get("/it/workspace").await.input_value("csrf").unwrap();
        let page = s
            .post_form(
                "/it/accesso",
                &[
                    ("csrf", &csrf),
                    ("email", "r@example.org"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
        let second = s.cookies["sportello_session"].clone();
        assert_ne!(first, second);
        assert_eq!(s.get("/it/workspace").await.status, StatusCode::OK);
        let mut stale = Session::new(&app.url(""));
        stale.cookies.insert("sportello_session".into(), first);
        assert_eq!(
            stale.get("/it/workspace").await.location(),
            Some("/it/accesso"),
            "the old id no longer works"
        );
    }
);

backend_test!(
    state_changes_without_the_csrf_token_are_refused,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "csrf").await else {
            return;
        };
        add(&app, "c@example.org", Role::Viewer, Scope::Network).await;
        let mut s = Session::new(&app.url(""));
        s.get("/it/accesso").await;
        for form in [
            vec![("email", "c@example.org"), ("password", PASSWORD)],
            vec![
                ("csrf", "0000"),
                ("email", "c@example.org"),
                ("password", PASSWORD),
            ],
        ] {
            let page = s.post_form("/it/accesso", &form).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN);
            assert!(
                page.body.contains("csrf.invalid") && page.body.contains("Il modulo è scaduto"),
                "{}",
                page.body
            );
        }
        sign_in(&mut s, "c@example.org", PASSWORD).await;
        let page = s.post_form("/it/uscita", &[("csrf", "wrong")]).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN);
        assert_eq!(
            s.get("/it/workspace").await.status,
            StatusCode::OK,
            "still signed in: nothing changed"
        );
        // JSON or other bodies need the header.
        let res = reqwest::Client::new()
            .post(app.url("/it/uscita"))
            .json(&serde_json::json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let log = actions(&app).await;
        assert!(
            log.iter()
                .filter(|a| *a == "security.csrf_rejected")
                .count()
                >= 3,
            "{log:?}"
        );
    }
);

backend_test!(
    failures_are_throttled_and_never_reveal_accounts,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "throttle").await else {
            return;
        };
        add(&app, "t@example.org", Role::Viewer, Scope::Network).await;
        let mut s = Session::new(&app.url(""));
        let unknown = sign_in(&mut s, "nobody@example.org", "whatever-password").await;
        let wrong = sign_in(&mut s, "t@example.org", "whatever-password").await;
        assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        let strip = |b: &str| {
            b.replace("nobody@example.org", "X")
                .replace("t@example.org", "X")
        };
        assert_eq!(
            strip(&unknown.body).len(),
            strip(&wrong.body).len(),
            "same answer for unknown and wrong"
        );
        assert!(
            wrong.body.contains("value=\"t@example.org\""),
            "the typed e-mail is kept"
        );
        // Four more: the count is per account and address (the unknown account's failure
        // above counts only for the address, whose own limit is higher).
        for _ in 0..4 {
            assert_eq!(
                sign_in(&mut s, "t@example.org", "whatever-password")
                    .await
                    .status,
                StatusCode::UNAUTHORIZED
            );
        }
        // The fifth failure locks: even the right password must wait.
        let page = sign_in(&mut s, "t@example.org", PASSWORD).await;
        assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS, "{}", page.body);
        assert!(page.headers.contains_key("retry-after"));
        assert!(page.body.contains("Troppi tentativi"));
        let log = actions(&app).await;
        assert!(log.contains(&"auth.login_throttled".to_owned()));
        assert_eq!(log.iter().filter(|a| *a == "auth.login_failed").count(), 6);
    }
);

backend_test!(disabled_accounts_and_audit_access, |backend| async move {
    let Some(app) = TestApp::spawn_with(backend, "disabled", |s| {
        s.auth.require_2fa_for_admins = false;
    })
    .await
    else {
        return;
    };
    add(&app, "admin@example.org", Role::Admin, Scope::Network).await;
    add(
        &app,
        "op@example.org",
        Role::L1Operator,
        Scope::Desk("bologna-urp".into()),
    )
    .await;

    let mut op = Session::new(&app.url(""));
    sign_in(&mut op, "op@example.org", PASSWORD).await;
    assert_eq!(
        op.get("/it/workspace/audit").await.status,
        StatusCode::FORBIDDEN,
        "operators cannot read the audit log"
    );

    let mut admin = Session::new(&app.url(""));
    sign_in(&mut admin, "admin@example.org", PASSWORD).await;
    let page = admin.get("/it/workspace/audit?action=auth.login").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("auth.login_succeeded") && page.body.contains("op@example.org"));

    accounts::disable_user(&app.store, &SystemClock, "op@example.org")
        .await
        .unwrap();
    assert_eq!(
        op.get("/it/workspace").await.location(),
        Some("/it/accesso"),
        "disabling ends sessions"
    );
    let mut again = Session::new(&app.url(""));
    let page = sign_in(&mut again, "op@example.org", PASSWORD).await;
    assert_eq!(
        page.status,
        StatusCode::UNAUTHORIZED,
        "a disabled account is refused like a wrong password"
    );
    assert_eq!(
        app.store.verify_audit().await.unwrap(),
        AuditVerdict::Intact {
            rows: u64::try_from(actions(&app).await.len()).unwrap()
        }
    );
});

backend_test!(password_change_rotates_the_session, |backend| async move {
    let Some(app) = TestApp::spawn(backend, "password").await else {
        return;
    };
    add(&app, "p@example.org", Role::Viewer, Scope::Network).await;
    let mut s = Session::new(&app.url(""));
    sign_in(&mut s, "p@example.org", PASSWORD).await;
    let old = s.cookies["sportello_session"].clone();
    let page = s.get("/it/workspace/profilo").await;
    let csrf = page.input_value("csrf").unwrap();
    let mismatch = s
        .post_form(
            "/it/workspace/profilo/password",
            &[
                ("csrf", &csrf),
                ("current", PASSWORD),
                ("new", "a new long password"),
                ("confirm", "another one entirely"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(mismatch.body.contains("non coincidono"));
    let wrong = s
        .post_form(
            "/it/workspace/profilo/password",
            &[
                ("csrf", &csrf),
                ("current", "not my password"),
                ("new", "a new long password"),
                ("confirm", "a new long password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ok = s
        .post_form(
            "/it/workspace/profilo/password",
            &[
                ("csrf", &csrf),
                ("current", PASSWORD),
                ("new", "a new long password"),
                ("confirm", "a new long password"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    assert_ne!(s.cookies["sportello_session"], old, "a new session id");
    assert!(s
        .get("/it/workspace/profilo?changed=1")
        .await
        .body
        .contains("Password cambiata"));
    let mut stale = Session::new(&app.url(""));
    stale.cookies.insert("sportello_session".into(), old);
    assert_eq!(
        stale.get("/it/workspace").await.location(),
        Some("/it/accesso")
    );
    let mut fresh = Session::new(&app.url(""));
    assert_eq!(
        sign_in(&mut fresh, "p@example.org", "a new long password")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
});

fn code_in(page: &str, after: &str) -> String {
    let start = page.find(after).expect("marker") + after.len();
    page[start..].split('<').next().unwrap().trim().to_owned()
}

backend_test!(
    admins_must_set_up_two_factor_and_then_use_it,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "two_factor").await else {
            return;
        };
        add(&app, "boss@example.org", Role::Admin, Scope::Network).await;
        let mut s = Session::new(&app.url(""));
        let page = sign_in(&mut s, "boss@example.org", PASSWORD).await;
        assert_eq!(
            page.location(),
            Some("/it/workspace/2fa"),
            "set-up required first"
        );
        assert_eq!(
            s.get("/it/workspace/audit").await.location(),
            Some("/it/workspace/2fa"),
            "nothing else is open"
        );

        let page = s.get("/it/workspace/2fa").await;
        let csrf = page.input_value("csrf").unwrap();
        assert_eq!(
            s.post_form("/it/workspace/2fa", &[("csrf", &csrf)])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let page = s.get("/it/workspace/2fa").await;
        assert!(page.body.contains("<svg"), "a QR code is shown");
        let secret_b32 = code_in(&page.body, r#"<code class="secret" dir="ltr">"#);
        let secret = sportello_app::identity::totp::decode_secret(&secret_b32).unwrap();
        let now = chrono::Utc::now().timestamp();
        let step = sportello_app::identity::totp::step_of(now);

        let bad = s
            .post_form(
                "/it/workspace/2fa/conferma",
                &[("csrf", &csrf), ("code", "000000")],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        let code = sportello_app::identity::totp::code_at(&secret, u64::try_from(step).unwrap());
        let done = s
            .post_form(
                "/it/workspace/2fa/conferma",
                &[("csrf", &csrf), ("code", &code)],
            )
            .await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        let recovery = code_in(
            &done.body,
            r#"<ul class="recovery-codes" dir="ltr">
  <li><code>"#,
        );
        assert_eq!(recovery.len(), 11, "{recovery}");
        assert_eq!(
            s.get("/it/workspace/audit").await.status,
            StatusCode::OK,
            "the session is now full"
        );

        // Next sign-in: password, then code. The code just used cannot be replayed.
        let mut t = Session::new(&app.url(""));
        let page = sign_in(&mut t, "boss@example.org", PASSWORD).await;
        assert_eq!(page.location(), Some("/it/accesso/codice"));
        assert_eq!(
            t.get("/it/workspace").await.location(),
            Some("/it/accesso/codice")
        );
        let form = t.get("/it/accesso/codice").await;
        let csrf = form.input_value("csrf").unwrap();
        let replay = t
            .post_form("/it/accesso/codice", &[("csrf", &csrf), ("code", &code)])
            .await;
        assert_eq!(
            replay.status,
            StatusCode::UNAUTHORIZED,
            "replayed code refused"
        );
        let pending = t.cookies["sportello_session"].clone();
        let next =
            sportello_app::identity::totp::code_at(&secret, u64::try_from(step + 1).unwrap());
        let ok = t
            .post_form("/it/accesso/codice", &[("csrf", &csrf), ("code", &next)])
            .await;
        assert_eq!(ok.location(), Some("/it/workspace"), "{}", ok.body);
        assert_ne!(
            t.cookies["sportello_session"], pending,
            "the id rotates after the second factor"
        );
        assert_eq!(t.get("/it/workspace").await.status, StatusCode::OK);

        // A recovery code works once.
        for expected in [StatusCode::SEE_OTHER, StatusCode::UNAUTHORIZED] {
            let mut r = Session::new(&app.url(""));
            sign_in(&mut r, "boss@example.org", PASSWORD).await;
            let csrf = r
                .get("/it/accesso/codice")
                .await
                .input_value("csrf")
                .unwrap();
            let page = r
                .post_form(
                    "/it/accesso/codice",
                    &[("csrf", &csrf), ("code", &recovery.to_uppercase())],
                )
                .await;
            assert_eq!(page.status, expected);
        }
        let log = actions(&app).await;
        assert!(
            log.contains(&"auth.totp_enabled".to_owned())
                && log.contains(&"auth.second_factor_failed".to_owned()),
            "{log:?}"
        );
    }
);

/// The link in a delivered reset mail (quoted-printable soft breaks undone).
fn reset_link_in(data: &str) -> String {
    let text = data.replace("=\n", "").replace("=3D", "=");
    let start = text.find("http://").expect("a link in the mail");
    text[start..].split_whitespace().next().unwrap().to_owned()
}

backend_test!(
    password_reset_by_mail_over_real_smtp,
    |backend| async move {
        let sink = sportello_testkit::smtp::SmtpSink::start().await;
        let Some(app) = TestApp::spawn_with(backend, "reset", |s| {
            s.mail.transport = "smtp".into();
            s.mail.smtp_host = "127.0.0.1".into();
            s.mail.smtp_port = sink.port;
            s.mail.smtp_security = "none".into();
        })
        .await
        else {
            return;
        };
        add(&app, "forgot@example.org", Role::Viewer, Scope::Network).await;
        let mut s = Session::new(&app.url(""));
        let form = s.get("/it/accesso/recupero").await;
        let csrf = form.input_value("csrf").unwrap();

        // Unknown and known addresses get the same answer; only the known one gets mail.
        let unknown = s
            .post_form(
                "/it/accesso/recupero",
                &[("csrf", &csrf), ("email", "ghost@example.org")],
            )
            .await;
        let known = s
            .post_form(
                "/it/accesso/recupero",
                &[("csrf", &csrf), ("email", "forgot@example.org")],
            )
            .await;
        assert_eq!(unknown.status, StatusCode::OK);
        assert_eq!(unknown.body, known.body, "no account enumeration");
        let mails = sink.wait_for(1).await;
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].rcpt_to, ["forgot@example.org"]);
        assert!(
            mails[0].data.contains("Subject: Reimposta la password"),
            "{}",
            mails[0].data
        );
        let link = reset_link_in(&mails[0].data);
        assert!(
            link.starts_with(&app.settings.server.public_url),
            "links use the public address: {link}"
        );
        let path = link[link.find("/it/").unwrap()..].to_owned();
        assert!(path.starts_with("/it/accesso/recupero/"), "{path}");

        let page = s.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.headers["referrer-policy"], "no-referrer");
        let csrf = page.input_value("csrf").unwrap();
        let short = s
            .post_form(
                &path,
                &[("csrf", &csrf), ("new", "short"), ("confirm", "short")],
            )
            .await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
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
        assert_eq!(done.location(), Some("/it/accesso?reimpostata=1"));
        assert!(s
            .get("/it/accesso?reimpostata=1")
            .await
            .body
            .contains("Password cambiata"));

        // The link works once.
        let again = s
            .post_form(
                &path,
                &[
                    ("csrf", &csrf),
                    ("new", "another new password"),
                    ("confirm", "another new password"),
                ],
            )
            .await;
        assert_eq!(again.status, StatusCode::GONE);
        assert_eq!(s.get(&path).await.status, StatusCode::GONE);
        let mut t = Session::new(&app.url(""));
        assert_eq!(
            sign_in(&mut t, "forgot@example.org", PASSWORD).await.status,
            StatusCode::UNAUTHORIZED
        );
        let mut u = Session::new(&app.url(""));
        assert_eq!(
            sign_in(&mut u, "forgot@example.org", "a brand new password")
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let log = actions(&app).await;
        assert!(
            log.contains(&"auth.password_reset".to_owned())
                && log.contains(&"auth.reset_requested".to_owned())
        );
        assert!(
            log.contains(&"auth.reset_link_refused".to_owned()),
            "a reused link is audited"
        );
    }
);

#[tokio::test]
async fn reset_links_expire_after_thirty_minutes() {
    use sportello_app::platform::clock::FixedClock;
    let Some(app) = TestApp::spawn(sportello_testkit::Backend::Sqlite, "reset_expiry").await else {
        return;
    };
    add(&app, "late@example.org", Role::Viewer, Scope::Network).await;
    let origin = sportello_app::identity::RequestOrigin {
        ip: "192.0.2.9".into(),
    };
    let start = chrono::Utc::now();
    // The use cases read the time from the App's clock: one App per moment.
    let at = |mins| {
        sportello_app::App::with_clock(
            app.store.clone(),
            app.settings.clone(),
            std::sync::Arc::new(FixedClock(start + chrono::Duration::minutes(mins))),
        )
    };
    let token = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let keep = token.clone();
    sportello_app::identity::request_password_reset(
        &at(0).await.unwrap(),
        "late@example.org",
        &origin,
        move |t, _| {
            *keep.lock().unwrap() = t.to_owned();
            ("s".into(), "b".into())
        },
    )
    .await
    .unwrap();
    let token = token.lock().unwrap().clone();
    assert!(
        sportello_app::identity::reset_link_is_valid(&at(29).await.unwrap(), &token)
            .await
            .unwrap()
    );
    assert!(
        !sportello_app::identity::reset_link_is_valid(&at(31).await.unwrap(), &token)
            .await
            .unwrap()
    );
    let late = sportello_app::identity::NewPassword {
        new: "too late a password",
        confirm: "too late a password",
    };
    assert_eq!(
        sportello_app::identity::reset_password(&at(31).await.unwrap(), &token, late, &origin)
            .await
            .unwrap(),
        Err(sportello_app::identity::PasswordProblem::LinkInvalid)
    );
}

#[tokio::test]
async fn dev_mail_shows_folder_messages_only_in_dev_mode() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("outbox").display().to_string();
    for dev in [true, false] {
        let f = folder.clone();
        let app = TestApp::spawn_with(sportello_testkit::Backend::Sqlite, "dev_mail", move |s| {
            s.mail.transport = "folder".into();
            s.mail.folder = f;
            s.server.dev = dev;
        })
        .await
        .unwrap();
        add(
            &app,
            format!("dev{dev}@example.org").as_str(),
            Role::Viewer,
            Scope::Network,
        )
        .await;
        let mut s = Session::new(&app.url(""));
        let csrf = s
            .get("/en/accesso/recupero")
            .await
            .input_value("csrf")
            .unwrap();
        let email = format!("dev{dev}@example.org");
        s.post_form(
            "/en/accesso/recupero",
            &[("csrf", &csrf), ("email", &email)],
        )
        .await;
        let mut page = s.get("/dev/mail").await;
        for _ in 0..50 {
            if !dev || page.body.contains(&email) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            page = s.get("/dev/mail").await;
        }
        if dev {
            assert_eq!(page.status, StatusCode::OK);
            assert!(page.body.contains(&email), "{}", page.body);
        } else {
            assert_eq!(page.status, StatusCode::NOT_FOUND, "never outside dev mode");
        }
    }
}

backend_test!(
    admins_grant_and_revoke_roles_with_checked_scopes,
    |backend| async move {
        let Some(app) = TestApp::spawn_with(backend, "users_admin", |s| {
            s.auth.require_2fa_for_admins = false;
        })
        .await
        else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        add(&app, "boss@example.org", Role::Admin, Scope::Network).await;
        add(&app, "op@example.org", Role::Viewer, Scope::Network).await;
        let op_id = app
            .store
            .list_users()
            .await
            .unwrap()
            .into_iter()
            .find(|u| u.email == "op@example.org")
            .unwrap()
            .id;
        let boss_id = app
            .store
            .list_users()
            .await
            .unwrap()
            .into_iter()
            .find(|u| u.email == "boss@example.org")
            .unwrap()
            .id;
        let mut op = Session::new(&app.url(""));
        sign_in(&mut op, "op@example.org", PASSWORD).await;
        let mut boss = Session::new(&app.url(""));
        sign_in(&mut boss, "boss@example.org", PASSWORD).await;
        let page = boss.get("/it/workspace/utenti").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("op@example.org") && page.body.contains("<datalist"));
        let csrf = page.input_value("csrf").unwrap();

        let grant = |target: &'static str| {
            vec![
                ("csrf", csrf.clone()),
                ("user_id", op_id.clone()),
                ("role", "l2_operator".to_owned()),
                ("scope_kind", "desk".to_owned()),
                ("scope_target", target.to_owned()),
            ]
        };
        let form = grant("no-such-desk");
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let bad = boss.post_form("/it/workspace/utenti/grant", &refs).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            bad.body.contains("desk:no-such-desk does not exist"),
            "{}",
            bad.body
        );

        let form = grant("arezzo-casa-delle-culture");
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let ok = boss.post_form("/it/workspace/utenti/grant", &refs).await;
        assert_eq!(
            ok.location(),
            Some("/it/workspace/utenti?ok=1"),
            "{}",
            ok.body
        );
        let grants = app.store.user_grants(&op_id).await.unwrap();
        assert!(grants.iter().any(|g| g.role == Role::L2Operator
            && g.scope == Scope::Desk("arezzo-casa-delle-culture".into())));
        assert_eq!(
            op.get("/it/workspace").await.location(),
            Some("/it/accesso"),
            "privilege change ends sessions"
        );

        let revoke = boss.post_form("/it/workspace/utenti/revoke", &refs).await;
        assert_eq!(revoke.status, StatusCode::SEE_OTHER);
        assert!(!app
            .store
            .user_grants(&op_id)
            .await
            .unwrap()
            .iter()
            .any(|g| g.role == Role::L2Operator));

        let own = boss
            .post_form(
                "/it/workspace/utenti/disable",
                &[("csrf", &csrf), ("user_id", &boss_id)],
            )
            .await;
        assert_eq!(
            own.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "an admin cannot disable themself"
        );
        let other = boss
            .post_form(
                "/it/workspace/utenti/disable",
                &[("csrf", &csrf), ("user_id", &op_id)],
            )
            .await;
        assert_eq!(other.status, StatusCode::SEE_OTHER);
        let log = actions(&app).await;
        for action in [
            "user.role_granted",
            "user.role_revoked",
            "user.disabled",
            "users.viewed",
        ] {
            assert!(
                log.contains(&action.to_owned()),
                "{action} audited: {log:?}"
            );
        }
    }
);

#[tokio::test]
async fn client_address_comes_from_the_proxy_only_when_trusted() {
    for (trust, expected) in [(false, "127.0.0.1"), (true, "203.0.113.9")] {
        let app = TestApp::spawn_with(sportello_testkit::Backend::Sqlite, "forwarded", move |s| {
            s.server.trust_forwarded_for = trust;
        })
        .await
        .unwrap();
        let res = reqwest::Client::new()
            .post(app.url("/it/accesso"))
            .header("x-forwarded-for", "198.51.100.66, 203.0.113.9")
            .form(&[("email", "x@example.org")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "no CSRF token");
        let entries = app
            .store
            .audit_entries(&sportello_store::AuditFilter::default(), 5, 0)
            .await
            .unwrap();
        assert_eq!(entries[0].action, "security.csrf_rejected");
        assert_eq!(entries[0].ip, expected, "trust_forwarded_for = {trust}");
    }
}

backend_test!(
    accounts_without_grants_stay_out_of_the_workspace,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "no_grants").await else {
            return;
        };
        add(
            &app,
            "former@comune.example.it",
            Role::Viewer,
            Scope::Desk("any-desk".into()),
        )
        .await;
        let user_id = app
            .store
            .list_users()
            .await
            .unwrap()
            .into_iter()
            .find(|u| u.email == "former@comune.example.it")
            .unwrap()
            .id;
        app.store
            .revoke_role(
                &user_id,
                &sportello_store::RoleGrant {
                    role: Role::Viewer,
                    scope: Scope::Desk("any-desk".into()),
                },
            )
            .await
            .unwrap();
        let mut s = Session::new(&app.url(""));
        sign_in(&mut s, "former@comune.example.it", PASSWORD).await;
        for path in [
            "/it/workspace",
            "/it/workspace/profilo",
            "/it/workspace/sportelli",
        ] {
            let page = s.get(path).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}");
        }
    }
);
