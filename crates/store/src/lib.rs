//! The repository layer: one API over SQLite (embedded default) and PostgreSQL (scale-out).
//!
//! Every query is written once, with `$N` placeholders that both dialects accept, and
//! expanded for each backend by the [`read!`] and [`write!`] macros. Where the dialects
//! really differ (DDL, upserts, aggregation) each keeps its own SQL, in its own migrations
//! folder or beside the query.

mod audit;
mod catalogue;
mod db;
mod directory;
mod editing;
pub mod hsds;
mod identity;
mod kb;
mod search;
mod translation;

use std::time::Duration;

pub use audit::{AuditEntry, AuditEvent, AuditFilter, AuditVerdict};
pub use catalogue::editing::{
    OrganisationEdit, OrganisationEditable, ServiceEdit, ServiceEditable, ServiceLine,
};
pub use catalogue::search::{ServiceSearchData, ServiceSearchRow};
pub use catalogue::services::{
    CatalogueCategory, CatalogueEntry, CostOption, DeskService, Login, NewService,
    RequiredDocument, ServiceDesk, ServiceRecord,
};
pub use db::connect::{redact_url, ConnectOptions};
pub use db::error::StoreError;
pub use directory::desks::{
    DeskCard, DeskLanguage, DeskRecord, NewDesk, NewOrganisation, OrganisationKind,
    DIRECTORY_VERSION_KEY,
};
pub use directory::editing::{DeskEdit, DeskEditable, FieldChange};
pub use directory::theme_hubs::ThemeHub;
pub use hsds::io::{
    resources, Cell, CellKind, DumpScope, HsdsWriteError, Resource, RowCounts, RowSource,
};
pub use hsds::read::{
    HsdsNested, HsdsObject, HsdsPage, HsdsValue, Nesting, Paging, ServiceAtLocationFilter,
    ServiceFilter, TaxonomyTermFilter,
};
pub use identity::sessions::{NewSession, SessionRecord, ThrottleState};
pub use identity::users::{Credentials, NewUser, RoleGrant, TotpState, UserSummary};
pub use kb::articles::{
    ArticleComment, ArticleRecord, ArticleVersion, NewArticle, NewVersion, StatusChange,
    KB_VERSION_KEY,
};
pub use kb::links::LinkCheck;
pub use kb::materials::{MaterialFilter, MaterialRecord, NewMaterial};
pub use kb::norms::{FlaggedArticle, NormRecord};
pub use kb::ratings::RatingComment;
pub use kb::translations::ArticleTranslation;
pub use search::analytics::{ClickCount, FollowedResult, QuestionCount, SearchGap};
pub use search::documents::SearchService;
pub use search::outbox::OutboxEntry;
pub use translation::TranslationReview;

use sqlx::{PgPool, SqlitePool};

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Which database a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[derive(Debug, Clone)]
enum Db {
    /// SQLite allows one writer at a time: one connection for writes (so writers queue in
    /// the pool instead of failing with SQLITE_BUSY), a pool of read-only connections for
    /// reads, which WAL lets run beside the writer.
    Sqlite {
        writer: SqlitePool,
        reader: SqlitePool,
    },
    Postgres(PgPool),
}

/// The handle every part of the app reads and writes through. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    db: Db,
}

/// Runs `$body` with `$conn` bound to a reading pool of whichever backend the store has.
macro_rules! read {
    ($store:expr, |$conn:ident| $body:expr) => {
        match &$store.db {
            $crate::Db::Sqlite { reader, .. } => {
                let $conn = reader;
                $body
            }
            $crate::Db::Postgres(pool) => {
                let $conn = pool;
                $body
            }
        }
    };
}

/// Runs `$body` inside a write transaction bound to `$tx`, committed when `$body` succeeds
/// and rolled back when it returns early with `?`. On SQLite the transaction starts with
/// `BEGIN IMMEDIATE`, so a read-modify-write takes the write lock before it reads.
macro_rules! write {
    ($store:expr, |$tx:ident| $body:expr) => {
        match &$store.db {
            $crate::Db::Sqlite { writer, .. } => {
                let mut $tx = writer.begin_with("BEGIN IMMEDIATE").await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
            $crate::Db::Postgres(pool) => {
                let mut $tx = pool.begin().await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
        }
    };
}
/// Inside a `write!` body: ends every session of an account (a privilege or credential
/// changed), in the caller's transaction.
macro_rules! end_sessions {
    ($tx:ident, $user_id:expr) => {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind($user_id)
            .execute(&mut *$tx)
            .await?
    };
}

/// Inside a `write!` body: records one role grant, in the caller's transaction.
macro_rules! insert_grant {
    ($tx:ident, $user_id:expr, $grant:expr, $now:expr) => {{
        let (kind, target) = $grant.scope.parts();
        sqlx::query(
            "INSERT INTO role_grants (id, user_id, role, scope_kind, scope_target, granted_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind($crate::new_id())
        .bind($user_id)
        .bind($grant.role.as_str())
        .bind(kind)
        .bind(target)
        .bind($now)
        .execute(&mut *$tx)
        .await?
    }};
}
/// Inside a `write!` body: marks the directory as changed, in the caller's transaction, so
/// that every node's in-memory snapshot reloads (see `DIRECTORY_VERSION_KEY`), and tells
/// the search indexes what changed: one item (`desk`/`service` and its id) or, without
/// one, the whole directory.
macro_rules! bump_directory_version {
    ($tx:ident) => {
        $crate::bump_directory_version!(@meta $tx);
        $crate::search::outbox::search_changed!($tx, "directory", None::<&str>, None::<&str>);
    };
    ($tx:ident, $kind:expr, $id:expr) => {
        $crate::bump_directory_version!(@meta $tx);
        $crate::search::outbox::search_changed!($tx, "directory", Some($kind), Some($id));
    };
    (@meta $tx:ident) => {
        sqlx::query(
            "INSERT INTO meta (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind($crate::directory::desks::DIRECTORY_VERSION_KEY)
        .bind($crate::new_id())
        .execute(&mut *$tx)
        .await?
    };
}
/// Inside a `write!` body: mirrors a desk's OSM opening hours into the one HSDS `schedules`
/// row the desk owns (id: UUIDv5 of the desk id), so that HSDS consumers of the API and the
/// export see the hours: the OSM text goes into `description`, which HSDS leaves free. No
/// hours: no row.
macro_rules! sync_desk_schedule {
    ($tx:ident, $desk_id:expr, $hours:expr) => {{
        let schedule_id = $crate::directory::desks::desk_schedule_id($desk_id);
        sqlx::query("DELETE FROM schedules WHERE id = $1")
            .bind(&schedule_id)
            .execute(&mut *$tx)
            .await?;
        if let Some(hours) = $hours {
            sqlx::query(
                "INSERT INTO schedules (id, location_id, description, notes, attending_type) \
                 VALUES ($1, $2, $3, 'OpenStreetMap opening_hours syntax; Italian public holidays (PH), Europe/Rome time.', 'in_person')",
            )
            .bind(&schedule_id)
            .bind($desk_id)
            .bind(hours)
            .execute(&mut *$tx)
            .await?;
        }
    }};
}
pub(crate) use {
    bump_directory_version, end_sessions, insert_grant, read, sync_desk_schedule, write,
};

impl Store {
    /// Opens the database named by `url` (`sqlite://path` or `postgres://…`).
    /// Does not migrate: call [`Store::migrate`].
    pub async fn connect(url: &str, options: &ConnectOptions) -> Result<Self> {
        db::connect::connect(url, options).await
    }

    pub fn backend(&self) -> Backend {
        match self.db {
            Db::Sqlite { .. } => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies the embedded migrations of this backend's dialect that are not applied yet.
    pub async fn migrate(&self) -> Result<()> {
        match &self.db {
            Db::Sqlite { writer, .. } => sqlx::migrate!("migrations/sqlite").run(writer).await?,
            Db::Postgres(pool) => sqlx::migrate!("migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// Answers whether the database can serve a query right now (for `/readyz`).
    pub async fn ping(&self, timeout: Duration) -> Result<()> {
        let probe = async {
            read!(self, |pool| sqlx::query("SELECT 1")
                .execute(pool)
                .await
                .map(|_| ()))?;
            Ok::<_, StoreError>(())
        };
        tokio_timeout(timeout, probe).await
    }

    /// Closes every connection, waiting for queries under way.
    pub async fn close(&self) {
        match &self.db {
            Db::Sqlite { writer, reader } => {
                reader.close().await;
                writer.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

async fn tokio_timeout<T>(
    timeout: Duration,
    fut: impl std::future::Future<Output = Result<T>>,
) -> Result<T> {
    match tokio::time::timeout(timeout, fut).await {
        Ok(out) => out,
        Err(_) => Err(StoreError::Timeout),
    }
}

/// A new identifier: UUIDv7, so that ids sort by creation time and index well.
pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
