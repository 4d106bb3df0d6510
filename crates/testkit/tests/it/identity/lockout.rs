//! Issue #10, point 8: failed logins lock an account only from the address that failed, and
//! decay, so a stranger (or a few typos an hour) cannot keep an operator out.

use chrono::Duration;
use sportello_app::identity::{self, LoginOutcome};
use sportello_testkit::{backend_test, TestApp};

use super::support::{add, app_on, from, ManualClock, PASSWORD};

backend_test!(
    a_stranger_cannot_lock_a_colleague_out,
    |backend| async move {
        let Some(test) = TestApp::spawn(backend, "lockout_pair").await else {
            return;
        };
        add(&test, "colleague@example.org").await;
        let clock = ManualClock::new();
        let app = app_on(&test, &clock).await;
        let stranger = from("198.51.100.7");
        for _ in 0..10 {
            identity::login(&app, None, "colleague@example.org", "guess", &stranger)
                .await
                .unwrap();
        }
        let outcome = identity::login(&app, None, "colleague@example.org", PASSWORD, &stranger)
            .await
            .unwrap();
        assert!(
            matches!(outcome, LoginOutcome::Throttled { .. }),
            "the stranger waits: {outcome:?}"
        );
        let outcome = identity::login(
            &app,
            None,
            "colleague@example.org",
            PASSWORD,
            &from("192.0.2.10"),
        )
        .await
        .unwrap();
        assert!(
            matches!(outcome, LoginOutcome::SignedIn(_)),
            "the colleague, from their own desk, signs in: {outcome:?}"
        );
    }
);

backend_test!(
    failures_decay_so_a_few_an_hour_never_lock,
    |backend| async move {
        let Some(test) = TestApp::spawn(backend, "lockout_decay").await else {
            return;
        };
        add(&test, "slow@example.org").await;
        let clock = ManualClock::new();
        let app = app_on(&test, &clock).await;
        let office = from("192.0.2.30");
        // Almost four mistakes an hour, all afternoon, from the same office.
        for _ in 0..16 {
            let outcome = identity::login(&app, None, "slow@example.org", "typo", &office)
                .await
                .unwrap();
            assert!(matches!(outcome, LoginOutcome::Refused), "{outcome:?}");
            clock.advance(Duration::minutes(16));
        }
        clock.advance(Duration::minutes(-15));
        let outcome = identity::login(&app, None, "slow@example.org", PASSWORD, &office)
            .await
            .unwrap();
        assert!(
            matches!(outcome, LoginOutcome::SignedIn(_)),
            "old failures have decayed: {outcome:?}"
        );
    }
);
