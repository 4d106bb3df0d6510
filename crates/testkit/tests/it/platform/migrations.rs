//! Migrations carry existing data forward: a database at 0004 (desks with their address on the
//! desk row) becomes the HSDS model of 0005 without losing a desk, a phone or a theme.

use std::path::Path;

use sportello_store::{ConnectOptions, Store};
use sportello_testkit::{backend_test, Backend, TestDb};
use sqlx::migrate::Migrator;

const ORG: &str = "INSERT INTO organisations (id, slug, name, kind, region, created_at, updated_at) \
     VALUES ('018f0000-0000-7000-8000-000000000001', 'comune-x', 'Comune X', 'comune', 'Toscana', $1, $1)";
const DESK: &str = "INSERT INTO desks (id, slug, organisation_id, name, level, comune, province, address, postcode, \
     latitude, longitude, phone, email, invented, created_at, updated_at) VALUES \
     ('018f0000-0000-7000-8000-000000000002', 'sportello-x', '018f0000-0000-7000-8000-000000000001', 'Sportello X', \
      'l2', 'Arezzo', 'AR', 'Piazza Grande 1', '52100', 43.46, 11.88, '0575 000', 'x@example.invalid', $2, $1, $1)";
const THEME: &str = "INSERT INTO desk_themes (desk_id, theme_slug) VALUES ('018f0000-0000-7000-8000-000000000002', 'salute')";

async fn migrate_to_0004(db: &TestDb) {
    let dir = match db.backend {
        Backend::Sqlite => "migrations/sqlite",
        Backend::Postgres => "migrations/postgres",
    };
    let all = Migrator::new(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../store")
            .join(dir),
    )
    .await
    .unwrap();
    let mut upto = Migrator::new(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../store")
            .join(dir),
    )
    .await
    .unwrap();
    upto.migrations = all
        .migrations
        .iter()
        .filter(|m| m.version <= 4)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    match db.backend {
        Backend::Sqlite => {
            let pool = sqlx::SqlitePool::connect(&format!("{}?mode=rwc", db.url))
                .await
                .unwrap();
            upto.run(&pool).await.unwrap();
            let now = "2026-01-01T00:00:00Z";
            sqlx::query(ORG).bind(now).execute(&pool).await.unwrap();
            sqlx::query(DESK)
                .bind(now)
                .bind(1_i64)
                .execute(&pool)
                .await
                .unwrap();
            sqlx::query(THEME).execute(&pool).await.unwrap();
            pool.close().await;
        }
        Backend::Postgres => {
            let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
            upto.run(&pool).await.unwrap();
            let now = chrono::Utc::now();
            sqlx::query(ORG).bind(now).execute(&pool).await.unwrap();
            sqlx::query(DESK)
                .bind(now)
                .bind(true)
                .execute(&pool)
                .await
                .unwrap();
            sqlx::query(THEME).execute(&pool).await.unwrap();
            pool.close().await;
        }
    }
}

backend_test!(
    directory_migration_keeps_existing_desks,
    |backend| async move {
        let Some(db) = TestDb::new(backend, "migration_0005").await else {
            return;
        };
        migrate_to_0004(&db).await;
        let store = Store::connect(&db.url, &ConnectOptions::default())
            .await
            .unwrap();
        store.migrate().await.unwrap();

        let card = store
            .public_desk_card("sportello-x")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(card.name, "Sportello X");
        assert_eq!(card.organisation_slug, "comune-x");
        assert_eq!(card.comune, "Arezzo");
        assert_eq!(card.province, "AR");
        assert_eq!(card.region, "Toscana");
        assert_eq!(card.address.as_deref(), Some("Piazza Grande 1"));
        assert_eq!(card.postcode.as_deref(), Some("52100"));
        assert_eq!(card.phone.as_deref(), Some("0575 000"));
        assert_eq!(card.email.as_deref(), Some("x@example.invalid"));
        assert_eq!(card.themes, vec![sportello_core::Theme::Salute]);
        assert!(card.invented);
        let point = card.point.unwrap();
        assert!((point.latitude - 43.46).abs() < 1e-9 && (point.longitude - 11.88).abs() < 1e-9);
        assert_eq!(store.count_organisations().await.unwrap(), 1);
        assert_eq!(store.count_desks().await.unwrap(), 1);
    }
);
