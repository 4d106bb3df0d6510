//! Issue #10, point 1: wrong authenticator codes count per account (a right password does
//! not clear them) and per address, lock like failed logins, and end the half-open session.

use chrono::{Duration, Utc};
use sportello_app::identity::{self, LoginOutcome};
use sportello_app::Clock;
use sportello_testkit::http::Session;
use sportello_testkit::{backend_test, TestApp};

use super::support::{
    actions, add_with_totp, app_on, from, password_step, right_code, wrong_code, ManualClock,
    PASSWORD,
};

backend_test!(
    a_correct_password_does_not_reset_wrong_codes,
    |backend| async move {
        let Some(test) = TestApp::spawn(backend, "code_counter").await else {
            return;
        };
        let secret = add_with_totp(&test, "mfa@example.org").await;
        let clock = ManualClock::new();
        let app = app_on(&test, &clock).await;
        let origin = from("198.51.100.20");
        // Four wrong codes, then the password again (which used to clear the count)...
        let token = password_step(&app, "mfa@example.org", &origin).await;
        let user = identity::signed_in(&app, &token).await.unwrap().unwrap();
        for _ in 0..4 {
            let code = wrong_code(&secret, clock.now());
            let outcome = identity::verify_second_factor(&app, &user, &code, &origin)
                .await
                .unwrap();
            assert!(matches!(outcome, LoginOutcome::Refused), "{outcome:?}");
        }
        let token = password_step(&app, "mfa@example.org", &origin).await;
        let user = identity::signed_in(&app, &token).await.unwrap().unwrap();
        // ...and a fifth wrong code locks codes for the account: even the right one waits.
        let code = wrong_code(&secret, clock.now());
        identity::verify_second_factor(&app, &user, &code, &origin)
            .await
            .unwrap();
        let code = right_code(&secret, clock.now());
        let outcome = identity::verify_second_factor(&app, &user, &code, &origin)
            .await
            .unwrap();
        assert!(
            matches!(outcome, LoginOutcome::Throttled { .. }),
            "the count survived the password: {outcome:?}"
        );
        // Once the wait is over, only the right code clears the count.
        clock.advance(Duration::hours(1));
        let token = password_step(&app, "mfa@example.org", &origin).await;
        let user = identity::signed_in(&app, &token).await.unwrap().unwrap();
        let code = right_code(&secret, clock.now());
        let outcome = identity::verify_second_factor(&app, &user, &code, &origin)
            .await
            .unwrap();
        assert!(matches!(outcome, LoginOutcome::SignedIn(_)), "{outcome:?}");
    }
);

backend_test!(
    too_many_wrong_codes_end_the_half_open_session,
    |backend| async move {
        let Some(test) = TestApp::spawn(backend, "code_session").await else {
            return;
        };
        let secret = add_with_totp(&test, "half@example.org").await;
        let mut s = Session::new(&test.url(""));
        let csrf = s.get("/it/accesso").await.input_value("csrf").unwrap();
        let page = s
            .post_form(
                "/it/accesso",
                &[
                    ("csrf", &csrf),
                    ("email", "half@example.org"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(page.location(), Some("/it/accesso/codice"));
        let csrf = s
            .get("/it/accesso/codice")
            .await
            .input_value("csrf")
            .unwrap();
        let mut last = None;
        for _ in 0..5 {
            let code = wrong_code(&secret, Utc::now());
            last = Some(
                s.post_form("/it/accesso/codice", &[("csrf", &csrf), ("code", &code)])
                    .await,
            );
        }
        let last = last.unwrap();
        assert_eq!(
            last.location(),
            Some("/it/accesso?codici=1"),
            "the fifth wrong code sends back to the password: {}",
            last.status
        );
        let page = s.get("/it/accesso/codice").await;
        assert_eq!(
            page.location(),
            Some("/it/accesso"),
            "the half-open session is gone"
        );
        let log = actions(&test).await;
        assert!(
            log.contains(&"auth.second_factor_locked".to_owned())
                && log.contains(&"auth.second_factor_session_ended".to_owned()),
            "repeated failures are audited: {log:?}"
        );
    }
);

backend_test!(wrong_codes_also_count_per_address, |backend| async move {
    let Some(test) = TestApp::spawn(backend, "code_ip").await else {
        return;
    };
    let clock = ManualClock::new();
    let app = app_on(&test, &clock).await;
    let origin = from("203.0.113.44");
    // Four wrong codes on each of five accounts from one address: no account reaches its
    // own limit, the address does.
    let mut refused = 0;
    let mut throttled = 0;
    for n in 0..6 {
        let email = format!("many{n}@example.org");
        let secret = add_with_totp(&test, &email).await;
        let token = password_step(&app, &email, &origin).await;
        let user = identity::signed_in(&app, &token).await.unwrap().unwrap();
        for _ in 0..4 {
            let code = wrong_code(&secret, clock.now());
            match identity::verify_second_factor(&app, &user, &code, &origin)
                .await
                .unwrap()
            {
                LoginOutcome::Refused => refused += 1,
                LoginOutcome::Throttled { .. } => throttled += 1,
                other => panic!("four codes per session, never accepted: {other:?}"),
            }
        }
    }
    assert_eq!(refused, 20, "the address may fail 20 codes");
    assert_eq!(throttled, 4, "then it waits, whichever account it tries");
});
