//! Test harness: the real server on port 0 over a temporary SQLite file or a fresh
//! PostgreSQL schema, store tests written once for both backends, and browser helpers.
//!
//! PostgreSQL suites run when `SPORTELLO_TEST_DATABASE_URL` is set; browser suites when
//! `chromedriver` and `chromium` are found. When either is missing, the tests that need it
//! print a loud `SKIPPED` line and pass; `scripts/test` summarises what was skipped.

pub mod browser;
pub mod hsds_fixture;
pub mod http;
pub mod libretranslate;
pub mod smtp;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};

use sportello_app::platform::settings::DatabaseUrl;
use sportello_app::Settings;
use sportello_store::{ConnectOptions, Store};
use sportello_web::AppState;
use sqlx::Connection;
use tokio::sync::oneshot;

pub use sportello_store::Backend;

pub const PG_URL_VAR: &str = "SPORTELLO_TEST_DATABASE_URL";

/// Set (as CI does) to make a skipped suite fail instead.
pub const REQUIRE_ALL_VAR: &str = "SPORTELLO_REQUIRE_ALL_SUITES";

/// Prints a line that stands out in test output; fails instead when every suite is required.
pub fn skip(what: &str, why: &str) {
    assert!(
        std::env::var_os(REQUIRE_ALL_VAR).is_none(),
        "{what} cannot run ({why}) and {REQUIRE_ALL_VAR} is set"
    );
    eprintln!("\n*** SKIPPED {what}: {why} ***\n");
}

/// A database for one test: a temp SQLite file, or a schema of its own on PostgreSQL.
#[derive(Debug)]
pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
    /// The object store's folder (the repertory's files), whatever the backend.
    pub files: tempfile::TempDir,
    /// The node's search index folder.
    pub index: tempfile::TempDir,
}

impl TestDb {
    /// `None` (after a loud skip line) when the backend is not available here.
    pub async fn new(backend: Backend, test: &str) -> Option<Self> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("sportello.db").display());
                Some(Self {
                    url,
                    backend,
                    _dir: Some(dir),
                    pg: None,
                    files: tempfile::tempdir().expect("temp dir"),
                    index: tempfile::tempdir().expect("temp dir"),
                })
            }
            Backend::Postgres => {
                let Ok(admin) = std::env::var(PG_URL_VAR) else {
                    skip(
                        &format!("{test} on PostgreSQL"),
                        &format!("{PG_URL_VAR} is not set"),
                    );
                    return None;
                };
                let schema = unique_schema_name();
                let mut conn = sqlx::PgConnection::connect(&admin)
                    .await
                    .unwrap_or_else(|e| panic!("{PG_URL_VAR} is set but cannot connect: {e}"));
                drop_stale_schemas(&mut conn).await;
                ensure_extensions(&mut conn).await;
                sqlx::query(&format!("CREATE SCHEMA \"{schema}\""))
                    .execute(&mut conn)
                    .await
                    .expect("create test schema");
                let sep = if admin.contains('?') { '&' } else { '?' };
                let url = format!("{admin}{sep}options[search_path]={schema}");
                Some(Self {
                    url,
                    backend,
                    _dir: None,
                    pg: Some((admin, schema)),
                    files: tempfile::tempdir().expect("temp dir"),
                    index: tempfile::tempdir().expect("temp dir"),
                })
            }
        }
    }

    pub async fn store(&self) -> Store {
        let store = Store::connect(&self.url, &ConnectOptions::default())
            .await
            .expect("connect");
        store.migrate().await.expect("migrate");
        store
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((admin, schema)) = self.pg.take() else {
            return;
        };
        // Drop is synchronous: clean up on a thread with its own small runtime.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            rt.block_on(async {
                let mut conn = sqlx::PgConnection::connect(&admin).await.ok()?;
                // A test that panicked may leave a connection inside a transaction on this
                // schema: never wait for it; the stale-schema sweep removes it later.
                sqlx::query("SET lock_timeout = '5s'")
                    .execute(&mut conn)
                    .await
                    .ok()?;
                sqlx::query(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))
                    .execute(&mut conn)
                    .await
                    .ok()
            })
        })
        .join();
    }
}

const SCHEMA_PREFIX: &str = "sportello_test_";

/// Extensions live in `public`, shared by every test schema; creating them once, under an
/// advisory lock, spares parallel migrations a race on `CREATE EXTENSION IF NOT EXISTS`.
async fn ensure_extensions(conn: &mut sqlx::PgConnection) {
    sqlx::query("SELECT pg_advisory_lock(7100512)")
        .execute(&mut *conn)
        .await
        .expect("advisory lock");
    sqlx::query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
        .execute(&mut *conn)
        .await
        .expect("pg_trgm (PostgreSQL contrib) is available");
    sqlx::query("SELECT pg_advisory_unlock(7100512)")
        .execute(&mut *conn)
        .await
        .expect("advisory unlock");
}

fn unique_schema_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    format!(
        "{SCHEMA_PREFIX}{}_{}_{}",
        chrono::Utc::now().timestamp(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Schemas left behind by a crashed run older than an hour are dropped, so the shared
/// test database does not grow without bound.
async fn drop_stale_schemas(conn: &mut sqlx::PgConnection) {
    let cutoff = chrono::Utc::now().timestamp() - 3600;
    let names: Vec<String> =
        sqlx::query_scalar("SELECT nspname::text FROM pg_namespace WHERE nspname LIKE $1")
            .bind(format!("{SCHEMA_PREFIX}%"))
            .fetch_all(&mut *conn)
            .await
            .unwrap_or_default();
    for name in names {
        let stamp = name[SCHEMA_PREFIX.len()..]
            .split('_')
            .next()
            .and_then(|s| s.parse::<i64>().ok());
        if stamp.is_some_and(|t| t < cutoff) {
            let _ = sqlx::query("SET lock_timeout = '5s'")
                .execute(&mut *conn)
                .await;
            let _ = sqlx::query(&format!("DROP SCHEMA IF EXISTS \"{name}\" CASCADE"))
                .execute(&mut *conn)
                .await;
        }
    }
}

/// Runs a store test body once per backend: `store_test!(name, |store| async move { ... })`
/// expands to `mod name { fn sqlite(); fn postgres(); }`.
#[macro_export]
macro_rules! store_test {
    ($name:ident, |$store:ident| $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run(backend: $crate::Backend) {
                let Some(db) = $crate::TestDb::new(backend, stringify!($name)).await else {
                    return;
                };
                let $store = db.store().await;
                let closer = $store.clone();
                $body.await;
                closer.close().await;
            }

            #[tokio::test]
            async fn sqlite() {
                run($crate::Backend::Sqlite).await;
            }

            #[tokio::test]
            async fn postgres() {
                run($crate::Backend::Postgres).await;
            }
        }
    };
}

/// The real server, listening on an ephemeral port.
#[derive(Debug)]
pub struct TestApp {
    pub addr: SocketAddr,
    pub store: Store,
    pub db: TestDb,
    pub settings: Settings,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl TestApp {
    /// An empty, migrated instance. `None` when the backend is not available.
    pub async fn spawn(backend: Backend, test: &str) -> Option<Self> {
        Self::spawn_with(backend, test, |_| {}).await
    }

    /// An instance loaded with the demo seed.
    pub async fn spawn_demo(backend: Backend, test: &str) -> Option<Self> {
        let app = Self::spawn_with(backend, test, |_| {}).await?;
        sportello_app::demo::load(&app.store, &sportello_app::SystemClock, 0)
            .await
            .expect("demo loads");
        // The demo flag is read at start-up: restart over the same database.
        Some(app.restart().await)
    }

    /// An instance with the demo network for workspace editing tests: no page-data cache
    /// (an edit shows at once) and no forced 2FA for admins and coordinators.
    pub async fn spawn_demo_for_editing(backend: Backend, test: &str) -> Option<Self> {
        let app = Self::spawn_with(backend, test, |s| {
            s.server.page_cache_ms = 0;
            s.auth.require_2fa_for_admins = false;
        })
        .await?;
        sportello_app::demo::load(&app.store, &sportello_app::SystemClock, 0)
            .await
            .expect("demo loads");
        Some(app)
    }

    /// Like [`TestApp::spawn`], with settings adjusted by `configure`.
    pub async fn spawn_with(
        backend: Backend,
        test: &str,
        configure: impl FnOnce(&mut Settings),
    ) -> Option<Self> {
        let db = TestDb::new(backend, test).await?;
        let mut settings = Settings::defaults();
        settings.database.url = DatabaseUrl::new(db.url.clone());
        settings.server.bind = "127.0.0.1:0".into();
        settings.kb.materials_dir = db.files.path().display().to_string();
        settings.search.index_dir = db.index.path().display().to_string();
        configure(&mut settings);
        Some(Self::start(db, settings).await)
    }

    async fn start(db: TestDb, settings: Settings) -> Self {
        let store = db.store().await;
        let app = sportello_app::App::new(store.clone(), settings.clone())
            .await
            .expect("app");
        let state = AppState::new(app).expect("state");
        let listener = tokio::net::TcpListener::bind(&settings.server.bind)
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (tx, rx) = oneshot::channel();
        let server = tokio::spawn(sportello_web::server::serve(listener, state, async {
            let _ = rx.await;
        }));
        Self {
            addr,
            store,
            db,
            settings,
            shutdown: Some(tx),
            server: Some(server),
        }
    }

    /// Stops the server and starts a new one over the same database.
    pub async fn restart(mut self) -> Self {
        self.stop().await;
        let db = std::mem::replace(
            &mut self.db,
            TestDb {
                url: String::new(),
                backend: Backend::Sqlite,
                _dir: None,
                pg: None,
                files: tempfile::tempdir().expect("temp dir"),
                index: tempfile::tempdir().expect("temp dir"),
            },
        );
        let settings = self.settings.clone();
        Self::start(db, settings).await
    }

    /// Stops accepting connections and waits for the server task to end.
    pub async fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
        self.store.close().await;
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A client that does not follow redirects, so tests see them.
    pub fn client() -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Runs a test body once per backend with `$backend` bound to it:
/// `backend_test!(name, |backend| async move { ... })`.
#[macro_export]
macro_rules! backend_test {
    ($name:ident, |$backend:ident| $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let $backend = $crate::Backend::Sqlite;
                $body.await;
            }

            #[tokio::test]
            async fn postgres() {
                let $backend = $crate::Backend::Postgres;
                $body.await;
            }
        }
    };
}

/// Creates an operator with one role grant and signs them in through the real form:
/// the returned session carries their cookies (2FA must be off for admins/coordinators).
pub async fn operator_session(
    app: &TestApp,
    email: &str,
    role: sportello_core::Role,
    scope: sportello_core::Scope,
) -> http::Session {
    sportello_app::identity::accounts::add_user(
        &app.store,
        &sportello_app::SystemClock,
        sportello_app::identity::accounts::AddUser {
            email,
            display_name: "Tester",
            locale: sportello_core::Locale::It,
            password: OPERATOR_PASSWORD,
            role,
            scope,
        },
    )
    .await
    .expect("operator created");
    let mut s = http::Session::new(&app.url(""));
    let csrf = s
        .get("/it/accesso")
        .await
        .input_value("csrf")
        .expect("sign-in form has a token");
    let page = s
        .post_form(
            "/it/accesso",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("password", OPERATOR_PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.location(), Some("/it/workspace"), "{email} signs in");
    s
}

/// The password `operator_session` gives its operators.
pub const OPERATOR_PASSWORD: &str = "a password for tests";
