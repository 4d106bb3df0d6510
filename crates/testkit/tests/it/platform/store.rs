//! Store tests, written once and run on SQLite and PostgreSQL.

use chrono::{TimeZone, Utc};
use sportello_core::{
    Channel, DeskLevel, Email, GeoPoint, LanguageCode, Locale, OpeningHours, OrganisationKind,
    ProvinceCode, Role, Scope, Slug, Theme,
};
use sportello_store::{DeskLanguage, NewDesk, NewOrganisation, NewUser, RoleGrant, StoreError};
use sportello_testkit::store_test;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn org(slug: &str, parent: Option<&str>) -> NewOrganisation {
    NewOrganisation {
        slug: Slug::parse(slug).unwrap(),
        name: format!("Org {slug}"),
        kind: OrganisationKind::Comune,
        parent: parent.map(|p| Slug::parse(p).unwrap()),
        region: "Emilia-Romagna".into(),
        website: None,
    }
}

fn desk(slug: &str, org: &str, level: DeskLevel, comune: &str, themes: &[Theme]) -> NewDesk {
    NewDesk {
        slug: Slug::parse(slug).unwrap(),
        organisation: Slug::parse(org).unwrap(),
        name: format!("Desk {slug}"),
        level,
        comune: comune.into(),
        province: ProvinceCode::parse("BO").unwrap(),
        address: "Piazza Maggiore 1".into(),
        postcode: "40124".into(),
        point: GeoPoint::new(44.49, 11.34).unwrap(),
        phone: None,
        email: Some(Email::parse("desk@example.invalid").unwrap()),
        themes: themes.to_vec(),
        opening_hours: Some(OpeningHours::parse("Mo-Fr 09:00-13:00; PH off").unwrap()),
        languages: vec![
            DeskLanguage {
                code: LanguageCode::parse("it").unwrap(),
                hours: None,
            },
            DeskLanguage {
                code: LanguageCode::parse("ar").unwrap(),
                hours: Some(OpeningHours::parse("Tu 09:00-11:00").unwrap()),
            },
        ],
        channels: vec![Channel::InPerson, Channel::Phone],
        by_appointment: false,
        sensitive: false,
        description: None,
        accessibility: Some("Ingresso senza gradini".into()),
        verified_on: None,
        invented: true,
    }
}

store_test!(desks_list_orders_hubs_first_and_pages, |store| async move {
    let orgs = [org("region", None), org("comune-a", Some("region"))];
    let desks = [
        desk("a-l1", "comune-a", DeskLevel::L1, "Bologna", &[Theme::Casa]),
        desk(
            "a-hub",
            "comune-a",
            DeskLevel::Hub,
            "Ravenna",
            &[Theme::Salute, Theme::Cittadinanza],
        ),
        desk("a-l2", "comune-a", DeskLevel::L2, "Ferrara", &[]),
        desk(
            "b-l2",
            "comune-a",
            DeskLevel::L2,
            "Bologna",
            &[Theme::Scuola],
        ),
    ];
    store.insert_network(&orgs, &desks, now()).await.unwrap();

    let all = store.public_desk_cards().await.unwrap();
    let slugs: Vec<_> = all.iter().map(|d| d.slug.as_str()).collect();
    assert_eq!(slugs, ["a-hub", "b-l2", "a-l2", "a-l1"]);
    assert_eq!(all[0].themes, vec![Theme::Cittadinanza, Theme::Salute]);
    assert_eq!(all[0].organisation_name, "Org comune-a");
    assert_eq!(all[0].comune, "Ravenna");
    assert_eq!(all[0].region, "Emilia-Romagna");
    assert_eq!(all[0].address.as_deref(), Some("Piazza Maggiore 1"));
    assert_eq!(all[0].email.as_deref(), Some("desk@example.invalid"));
    assert_eq!(
        all[0].accessibility.as_deref(),
        Some("Ingresso senza gradini")
    );
    assert_eq!(all[0].channels, vec![Channel::InPerson, Channel::Phone]);
    assert_eq!(
        all[0].opening_hours.as_deref(),
        Some("Mo-Fr 09:00-13:00; PH off")
    );
    let languages: Vec<_> = all[0]
        .languages
        .iter()
        .map(|(code, hours)| (code.as_str(), hours.as_deref()))
        .collect();
    assert_eq!(languages, [("ar", Some("Tu 09:00-11:00")), ("it", None)]);
    assert!(all[2].themes.is_empty());
    assert_eq!(all[3].themes, vec![Theme::Casa]);

    let one = store.public_desk_card("b-l2").await.unwrap().unwrap();
    assert_eq!(one, all[1]);
    assert!(store.public_desk_card("nope").await.unwrap().is_none());
    assert_eq!(store.count_desks().await.unwrap(), 4);
    assert_eq!(store.count_organisations().await.unwrap(), 2);
});

store_test!(insert_network_is_all_or_nothing, |store| async move {
    let orgs = [org("region", None)];
    // The second desk names an organisation that does not exist: nothing may be kept.
    let desks = [
        desk("ok", "region", DeskLevel::L1, "Bologna", &[Theme::Casa]),
        desk("orphan", "nowhere", DeskLevel::L1, "Bologna", &[]),
    ];
    let err = store
        .insert_network(&orgs, &desks, now())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "store.missing_reference", "{err}");
    assert_eq!(store.count_organisations().await.unwrap(), 0);
    assert_eq!(store.count_desks().await.unwrap(), 0);

    // A duplicate slug is a conflict, and again nothing is half-written.
    store.insert_network(&orgs, &[], now()).await.unwrap();
    let dup = [
        desk("same", "region", DeskLevel::L1, "X", &[]),
        desk("same", "region", DeskLevel::L2, "Y", &[]),
    ];
    let err = store.insert_network(&[], &dup, now()).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    assert_eq!(store.count_desks().await.unwrap(), 0);
});

store_test!(
    sensitive_desks_never_give_their_address_to_public_reads,
    |store| async move {
        let mut hidden = desk(
            "shelter",
            "region",
            DeskLevel::L2,
            "Bologna",
            &[Theme::Casa],
        );
        hidden.sensitive = true;
        hidden.address = "Via Segreta 7".into();
        let before = store.directory_version().await.unwrap();
        store
            .insert_network(&[org("region", None)], &[hidden], now())
            .await
            .unwrap();
        assert_ne!(store.directory_version().await.unwrap(), before);
        for card in [
            store.public_desk_card("shelter").await.unwrap().unwrap(),
            store.public_desk_cards().await.unwrap().remove(0),
        ] {
            assert!(card.sensitive);
            assert_eq!(card.address, None);
            assert_eq!(card.postcode, None);
            assert_eq!(card.point, None);
            // The comune stays: "a desk in Bologna, contact it".
            assert_eq!(card.comune, "Bologna");
        }
    }
);

store_test!(users_and_role_grants, |store| async move {
    let user = NewUser {
        email: Email::parse("Anna@Comune.Bologna.it").unwrap(),
        display_name: "Anna".into(),
        locale: Locale::Ar,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
    };
    let grants = [
        RoleGrant {
            role: Role::L2Operator,
            scope: Scope::Desk("bologna-stranieri".into()),
        },
        RoleGrant {
            role: Role::Translator,
            scope: Scope::Language("ar".into()),
        },
    ];
    store.insert_user(&user, &grants, now()).await.unwrap();
    let err = store.insert_user(&user, &[], now()).await.unwrap_err();
    assert_eq!(err.code(), "store.duplicate");

    let users = store.list_users().await.unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].email, "anna@comune.bologna.it");
    assert_eq!(users[0].locale, "ar");
    assert_eq!(users[0].grants.len(), 2);
    assert!(users[0].grants.contains(&grants[0]));

    let admin = [RoleGrant {
        role: Role::Admin,
        scope: Scope::Network,
    }];
    let user_id = store.list_users().await.unwrap()[0].id.clone();
    store
        .create_session(&sportello_store::NewSession {
            stage: "full",
            token_hash: "before-change".into(),
            user_id,
            csrf_token: "c".into(),
            created_at: now(),
            expires_at: now() + chrono::Duration::hours(1),
        })
        .await
        .unwrap();
    store
        .set_user_roles(&user.email, &admin, now())
        .await
        .unwrap();
    assert_eq!(store.list_users().await.unwrap()[0].grants, admin);
    assert!(
        store.session("before-change").await.unwrap().is_none(),
        "a role change ends the account's sessions"
    );

    let nobody = Email::parse("nobody@example.invalid").unwrap();
    let err = store
        .set_user_roles(&nobody, &admin, now())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "store.not_found");
});

store_test!(meta_values_replace, |store| async move {
    assert_eq!(store.meta("demo_data").await.unwrap(), None);
    store.set_meta("demo_data", "true").await.unwrap();
    store.set_meta("demo_data", "yes").await.unwrap();
    assert_eq!(
        store.meta("demo_data").await.unwrap().as_deref(),
        Some("yes")
    );
});

store_test!(
    migrations_are_idempotent_and_ping_works,
    |store| async move {
        store.migrate().await.unwrap();
        store.ping(std::time::Duration::from_secs(2)).await.unwrap();
        assert!(store.public_desk_cards().await.unwrap().is_empty());
    }
);

store_test!(demo_seed_loads_on_both_backends, |store| async move {
    let loaded = sportello_app::demo::load(&store, &sportello_app::SystemClock, 25)
        .await
        .unwrap();
    let seed = sportello_app::demo::seed_network();
    assert_eq!(loaded.desks, seed.desks.len() + 25);
    // Generated articles for volume: published, numbered copies of the seed's.
    assert_eq!(
        loaded.generated_articles,
        25 * sportello_app::demo::kb::GENERATED_ARTICLES_PER_DESK
    );
    let copy = store
        .article_by_slug(
            "permesso-di-soggiorno",
            "rinnovo-permesso-di-soggiorno-copia-1",
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(copy.status, "published");
    assert_eq!(copy.public_version(chrono::Utc::now()), Some(1));
    assert!(copy.title.ends_with("(copia 1)"), "{}", copy.title);
    assert_eq!(
        usize::try_from(store.count_desks().await.unwrap()).unwrap(),
        loaded.desks
    );
    let cards = store.public_desk_cards().await.unwrap();
    let hubs: Vec<_> = cards.iter().filter(|d| d.level == DeskLevel::Hub).collect();
    assert_eq!(hubs.len(), 3);
    assert!(hubs
        .iter()
        .any(|h| h.comune == "Ravenna" && h.themes.contains(&Theme::PrestazioniSociali)));
    // Every seeded desk's hours parse, and the sensitive one shows no address.
    for card in &cards {
        if let Some(hours) = &card.opening_hours {
            OpeningHours::parse(hours).unwrap();
        }
    }
    let shelter = cards.iter().find(|d| d.sensitive).unwrap();
    assert!(shelter.address.is_none() && shelter.point.is_none());
    assert_eq!(
        store
            .meta(sportello_app::demo::DEMO_META_KEY)
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    let users = store.list_users().await.unwrap();
    assert_eq!(users[0].grants[0].role, Role::Admin);
});

#[tokio::test]
async fn unreachable_database_gives_one_readable_error() {
    let opts = sportello_store::ConnectOptions {
        acquire_timeout: std::time::Duration::from_secs(2),
        ..Default::default()
    };
    let err = sportello_store::Store::connect("postgres://nobody:secret@127.0.0.1:1/none", &opts)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("cannot open database postgres://nobody:***@127.0.0.1:1/none"),
        "{err}"
    );
    assert!(!err.contains("secret") && !err.contains('\n'), "{err}");
    let err = sportello_store::Store::connect("mysql://x", &opts)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("unsupported database URL"), "{err}");
    let err = sportello_store::Store::connect("sqlite::memory:", &opts)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("in-memory"), "{err}");
}

fn event(action: &str) -> sportello_store::AuditEvent {
    sportello_store::AuditEvent {
        actor_id: Some("u1".into()),
        actor_label: "anna@example.org".into(),
        action: action.into(),
        object_type: "user".into(),
        object_id: "u2".into(),
        ip: "192.0.2.7".into(),
        detail: String::new(),
    }
}

/// Runs raw SQL as an attacker with database access would, bypassing the store.
async fn tamper(url: &str, statements: &[&str]) {
    use sqlx::Connection;
    if url.starts_with("sqlite:") {
        let mut conn = sqlx::SqliteConnection::connect(url).await.unwrap();
        for s in statements {
            sqlx::query(s).execute(&mut conn).await.unwrap();
        }
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        for s in statements {
            sqlx::query(s).execute(&mut conn).await.unwrap();
        }
    }
}

mod audit_chain {
    use super::*;
    use sportello_store::AuditVerdict;
    use sportello_testkit::{Backend, TestDb};

    async fn run(backend: Backend) {
        let Some(db) = TestDb::new(backend, "audit_chain").await else {
            return;
        };
        let store = db.store().await;
        assert_eq!(
            store.verify_audit().await.unwrap(),
            AuditVerdict::Intact { rows: 0 }
        );
        for (i, action) in (0i64..).zip([
            "auth.login_succeeded",
            "user.role_changed",
            "auth.logout",
            "audit.viewed",
        ]) {
            let seq = store
                .append_audit(
                    &event(action),
                    now() + chrono::Duration::microseconds(i * 1234 + 7),
                )
                .await
                .unwrap();
            assert_eq!(seq, i + 1);
        }
        assert_eq!(
            store.verify_audit().await.unwrap(),
            AuditVerdict::Intact { rows: 4 }
        );
        let newest = store
            .audit_entries(&sportello_store::AuditFilter::default(), 10, 0)
            .await
            .unwrap();
        assert_eq!(newest[0].action, "audit.viewed");
        let only = sportello_store::AuditFilter {
            action_prefix: Some("auth.".into()),
            actor_label: None,
        };
        assert_eq!(store.audit_entries(&only, 10, 0).await.unwrap().len(), 2);

        // The table refuses updates outright.
        store.close().await;
        let update_refused = {
            use sqlx::Connection;
            if db.url.starts_with("sqlite:") {
                let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
                sqlx::query("UPDATE audit_log SET detail = 'x' WHERE seq = 2")
                    .execute(&mut c)
                    .await
                    .is_err()
            } else {
                let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
                sqlx::query("UPDATE audit_log SET detail = 'x' WHERE seq = 2")
                    .execute(&mut c)
                    .await
                    .is_err()
            }
        };
        assert!(update_refused, "audit_log is append-only");

        // An attacker who disables the guard and edits a row is caught.
        let (drop_guard, restore_guard) = if backend == Backend::Sqlite {
            ("DROP TRIGGER audit_log_no_update", "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
        } else {
            (
                "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update",
                "ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update",
            )
        };
        tamper(
            &db.url,
            &[
                drop_guard,
                "UPDATE audit_log SET actor_label = 'someone@else.org' WHERE seq = 2",
                restore_guard,
            ],
        )
        .await;
        let store = db.store().await;
        assert_eq!(
            store.verify_audit().await.unwrap(),
            AuditVerdict::Broken {
                seq: 2,
                reason: "content changed".into()
            }
        );
        store.close().await;

        // Removing the changed row breaks the sequence instead.
        tamper(&db.url, &["DELETE FROM audit_log WHERE seq = 2"]).await;
        let store = db.store().await;
        assert!(matches!(
            store.verify_audit().await.unwrap(),
            AuditVerdict::Broken { seq: 3, .. }
        ));
        store.close().await;

        // Removing the newest rows is caught by the head.
        let Some(db2) = TestDb::new(backend, "audit_tail").await else {
            return;
        };
        let store = db2.store().await;
        for action in ["a.one", "a.two"] {
            store.append_audit(&event(action), now()).await.unwrap();
        }
        store.close().await;
        tamper(&db2.url, &["DELETE FROM audit_log WHERE seq = 2"]).await;
        let store = db2.store().await;
        assert!(matches!(
            store.verify_audit().await.unwrap(),
            AuditVerdict::Broken { seq: 1, .. }
        ));
        store.close().await;
    }

    #[tokio::test]
    async fn sqlite() {
        run(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn postgres() {
        run(Backend::Postgres).await;
    }
}

store_test!(sessions_expire_and_throttle_counts, |store| async move {
    let user = NewUser {
        email: Email::parse("s@example.org").unwrap(),
        display_name: "S".into(),
        locale: Locale::It,
        password_hash: "x".into(),
    };
    let id = store.insert_user(&user, &[], now()).await.unwrap();
    let session = sportello_store::NewSession {
        stage: "full",
        token_hash: "h1".into(),
        user_id: id.clone(),
        csrf_token: "c1".into(),
        created_at: now(),
        expires_at: now() + chrono::Duration::hours(1),
    };
    store.create_session(&session).await.unwrap();
    let found = store.session("h1").await.unwrap().unwrap();
    assert_eq!(
        (found.email.as_str(), found.csrf_token.as_str()),
        ("s@example.org", "c1")
    );
    store
        .touch_session("h1", now() + chrono::Duration::minutes(5))
        .await
        .unwrap();
    assert_eq!(
        store.session("h1").await.unwrap().unwrap().last_seen_at,
        now() + chrono::Duration::minutes(5)
    );
    assert_eq!(
        store
            .delete_expired_sessions(now() + chrono::Duration::minutes(59))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store
            .delete_expired_sessions(now() + chrono::Duration::hours(2))
            .await
            .unwrap(),
        1
    );
    assert!(store.session("h1").await.unwrap().is_none());

    let lock = |n: u32| (n >= 3).then(|| chrono::Duration::seconds(10));
    let decay = chrono::Duration::minutes(10);
    for expected in 1..=3 {
        let state = store
            .record_login_failure("ip:192.0.2.1", now(), decay, lock)
            .await
            .unwrap();
        assert_eq!(state.failures, expected);
    }
    let state = store.throttle_state("ip:192.0.2.1").await.unwrap().unwrap();
    assert_eq!(
        state.locked_until,
        Some(now() + chrono::Duration::seconds(10))
    );
    store.clear_login_failures("ip:192.0.2.1").await.unwrap();
    assert!(store
        .throttle_state("ip:192.0.2.1")
        .await
        .unwrap()
        .is_none());
});

store_test!(failures_decay_one_per_interval, |store| async move {
    // One failure is forgotten per `decay` since the last one (a leaky bucket).
    let decay = chrono::Duration::minutes(10);
    let never = |_: u32| None;
    for _ in 0..4 {
        store
            .record_login_failure("account-ip:a|192.0.2.2", now(), decay, never)
            .await
            .unwrap();
    }
    let later = now() + chrono::Duration::minutes(25);
    let state = store
        .record_login_failure("account-ip:a|192.0.2.2", later, decay, never)
        .await
        .unwrap();
    assert_eq!(state.failures, 3, "two of four forgotten, one more counted");
    let much_later = later + chrono::Duration::days(1);
    let state = store
        .record_login_failure("account-ip:a|192.0.2.2", much_later, decay, never)
        .await
        .unwrap();
    assert_eq!(state.failures, 1, "never below zero");
});

store_test!(half_open_sessions_count_wrong_codes, |store| async move {
    let id = store
        .insert_user(
            &NewUser {
                email: Email::parse("codes@example.org").unwrap(),
                display_name: "C".into(),
                locale: Locale::It,
                password_hash: "x".into(),
            },
            &[],
            now(),
        )
        .await
        .unwrap();
    store
        .create_session(&sportello_store::NewSession {
            stage: "second_factor",
            token_hash: "half-open".into(),
            user_id: id,
            csrf_token: "c".into(),
            created_at: now(),
            expires_at: now() + chrono::Duration::hours(1),
        })
        .await
        .unwrap();
    for expected in 1..=3 {
        assert_eq!(
            store
                .record_session_code_failure("half-open")
                .await
                .unwrap(),
            expected
        );
    }
    assert_eq!(store.record_session_code_failure("gone").await.unwrap(), 0);
});

store_test!(
    housekeeping_applies_retention_and_keeps_the_chain_verifiable,
    |store| async move {
        use sportello_app::platform::clock::FixedClock;
        use sportello_store::AuditVerdict;
        let settings = sportello_app::Settings::defaults();
        let long_ago = now() - chrono::Duration::days(400);
        store
            .append_audit(&event("old.one"), long_ago)
            .await
            .unwrap();
        store
            .append_audit(&event("old.two"), long_ago)
            .await
            .unwrap();
        store
            .append_audit(&event("recent"), now() - chrono::Duration::days(3))
            .await
            .unwrap();
        let id = store
            .insert_user(
                &NewUser {
                    email: Email::parse("h@example.org").unwrap(),
                    display_name: "H".into(),
                    locale: Locale::It,
                    password_hash: "x".into(),
                },
                &[],
                now(),
            )
            .await
            .unwrap();
        store
            .create_session(&sportello_store::NewSession {
                stage: "full",
                token_hash: "expired".into(),
                user_id: id,
                csrf_token: "c".into(),
                created_at: long_ago,
                expires_at: long_ago + chrono::Duration::hours(12),
            })
            .await
            .unwrap();
        store
            .record_login_failure(
                "ip:198.51.100.1",
                long_ago,
                chrono::Duration::zero(),
                |_| None,
            )
            .await
            .unwrap();

        let report =
            sportello_app::platform::housekeeping::run_once(&store, &FixedClock(now()), &settings)
                .await
                .unwrap();
        assert_eq!(
            report,
            sportello_app::platform::housekeeping::Report {
                sessions: 1,
                throttles: 1,
                audit_rows: 2,
                rating_comments: 0,
                outbox_rows: 0,
                search_counts: 0,
            }
        );
        let left: Vec<_> = store
            .audit_entries(&sportello_store::AuditFilter::default(), 10, 0)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert_eq!(left, ["audit.purged", "recent"]);
        assert_eq!(
            store.verify_audit().await.unwrap(),
            AuditVerdict::Intact { rows: 2 }
        );
    }
);

store_test!(
    theme_hubs_prefer_the_province_then_the_region,
    |store| async move {
        let desks = [
            desk(
                "hub-regione",
                "region",
                DeskLevel::Hub,
                "Bologna",
                &[Theme::Salute],
            ),
            desk(
                "hub-modena",
                "region",
                DeskLevel::Hub,
                "Modena",
                &[Theme::Salute],
            ),
            desk(
                "sportello",
                "region",
                DeskLevel::L2,
                "Modena",
                &[Theme::Salute],
            ),
        ];
        store
            .insert_network(&[org("region", None)], &desks, now())
            .await
            .unwrap();
        let region = "Emilia-Romagna";
        store
            .set_theme_hub(Theme::Salute, region, "", "hub-regione")
            .await
            .unwrap();
        store
            .set_theme_hub(Theme::Salute, region, "MO", "hub-modena")
            .await
            .unwrap();
        let err = store
            .set_theme_hub(Theme::Casa, region, "", "sportello")
            .await
            .unwrap_err();
        assert_eq!(
            err.code(),
            "store.missing_reference",
            "only hubs answer for a theme"
        );

        let themes = [Theme::Salute, Theme::Casa];
        let in_modena = store.theme_hubs(&themes, region, "MO").await.unwrap();
        assert_eq!(in_modena.len(), 1, "no hub for casa");
        assert_eq!(in_modena[0].hub_slug, "hub-modena");
        let in_bologna = store.theme_hubs(&themes, region, "BO").await.unwrap();
        assert_eq!(in_bologna[0].hub_slug, "hub-regione");
        assert!(store
            .theme_hubs(&themes, "Toscana", "AR")
            .await
            .unwrap()
            .is_empty());
        // Replacing the region's hub keeps one row per area.
        store
            .set_theme_hub(Theme::Salute, region, "", "hub-modena")
            .await
            .unwrap();
        assert_eq!(
            store.theme_hubs(&themes, region, "BO").await.unwrap()[0].hub_slug,
            "hub-modena"
        );
    }
);
