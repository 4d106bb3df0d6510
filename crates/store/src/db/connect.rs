use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::{Db, Result, Store, StoreError};

/// Pool sizes and timeouts. Defaults suit the 2-core machines the project targets.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// Read connections for SQLite, total connections for PostgreSQL.
    pub max_connections: u32,
    pub acquire_timeout: Duration,
    /// Create the SQLite file when it does not exist (true for `serve`, `migrate`, `demo`).
    pub create_if_missing: bool,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        Self {
            max_connections: 8,
            acquire_timeout: Duration::from_secs(5),
            create_if_missing: true,
        }
    }
}

/// Hides the password of a database URL so it can be logged or shown.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or("");
            if userinfo.contains(':') {
                format!("{scheme}://{user}:***@{host}")
            } else {
                format!("{scheme}://{user}@{host}")
            }
        }
        None => url.to_owned(),
    }
}

pub(crate) async fn connect(url: &str, options: &ConnectOptions) -> Result<Store> {
    let connect_error = |e: sqlx::Error| StoreError::Connect {
        url: redact_url(url),
        reason: reason(&e),
    };
    if url.starts_with("sqlite:") {
        if url.contains(":memory:") || url.contains("mode=memory") {
            return Err(StoreError::Connect {
                url: url.to_owned(),
                reason: "in-memory SQLite is not supported (each connection would see its own database); use a file".into(),
            });
        }
        let base = SqliteConnectOptions::from_str(url)
            .map_err(connect_error)?
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: an acknowledged write survives power loss, not only a process crash.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(options.acquire_timeout);
        // An embedded database's connection cannot drop away like a server's: no ping before
        // each use (which costs a round trip to the connection's thread per query).
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .test_before_acquire(false)
            .acquire_timeout(options.acquire_timeout)
            .connect_with(base.clone().create_if_missing(options.create_if_missing))
            .await
            .map_err(connect_error)?;
        let reader = SqlitePoolOptions::new()
            .max_connections(options.max_connections.max(1))
            .test_before_acquire(false)
            .acquire_timeout(options.acquire_timeout)
            .connect_with(base.read_only(true))
            .await
            .map_err(connect_error)?;
        Ok(Store {
            db: Db::Sqlite { writer, reader },
        })
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        let opts = PgConnectOptions::from_str(url).map_err(connect_error)?;
        let pool = PgPoolOptions::new()
            .max_connections(options.max_connections.max(2))
            .acquire_timeout(options.acquire_timeout)
            .connect_with(opts)
            .await
            .map_err(connect_error)?;
        Ok(Store {
            db: Db::Postgres(pool),
        })
    } else {
        Err(StoreError::UnsupportedUrl(redact_url(url)))
    }
}

/// One line that tells an operator what is wrong, without sqlx's debug noise.
fn reason(e: &sqlx::Error) -> String {
    match e {
        sqlx::Error::Io(io) => io.to_string(),
        sqlx::Error::Database(db) => db.message().to_owned(),
        sqlx::Error::Configuration(c) => c.to_string(),
        sqlx::Error::PoolTimedOut => "timed out while connecting".to_owned(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords_only() {
        assert_eq!(
            redact_url("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(redact_url("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(redact_url("sqlite://./x.db"), "sqlite://./x.db");
    }
}
