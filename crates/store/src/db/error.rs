use std::fmt;

/// What can go wrong in the store. `code()` is stable and feeds the web error codes.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened; the message is meant for an operator's terminal.
    #[error("cannot open database {url}: {reason}")]
    Connect { url: String, reason: String },
    #[error("unsupported database URL {0:?}: use sqlite://PATH or postgres://…")]
    UnsupportedUrl(String),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{entity} not found")]
    NotFound { entity: &'static str },
    /// A uniqueness or reference rule was broken, e.g. a slug that exists already.
    #[error("conflict: {0}")]
    Conflict(Conflict),
    #[error("the database did not answer in time")]
    Timeout,
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
}

/// Which rule an insert or update broke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    Duplicate(String),
    MissingReference(String),
    /// Someone else changed the record since the caller read it (an optimistic check failed).
    Stale(String),
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Conflict::Duplicate(what) => write!(f, "{what} exists already"),
            Conflict::MissingReference(what) => write!(f, "{what} does not exist"),
            Conflict::Stale(what) => write!(f, "{what} was changed by someone else"),
        }
    }
}

impl StoreError {
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Connect { .. } | StoreError::UnsupportedUrl(_) => "store.unavailable",
            StoreError::Migrate(_) => "store.migration_failed",
            StoreError::NotFound { .. } => "store.not_found",
            StoreError::Conflict(Conflict::Duplicate(_)) => "store.duplicate",
            StoreError::Conflict(Conflict::MissingReference(_)) => "store.missing_reference",
            StoreError::Conflict(Conflict::Stale(_)) => "store.stale",
            StoreError::Timeout => "store.timeout",
            StoreError::Database(_) => "store.error",
        }
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e {
            match db.kind() {
                sqlx::error::ErrorKind::UniqueViolation => {
                    return StoreError::Conflict(Conflict::Duplicate(db.message().to_owned()));
                }
                sqlx::error::ErrorKind::ForeignKeyViolation => {
                    return StoreError::Conflict(Conflict::MissingReference(
                        db.message().to_owned(),
                    ));
                }
                _ => {}
            }
        }
        if matches!(e, sqlx::Error::PoolTimedOut) {
            return StoreError::Timeout;
        }
        StoreError::Database(e)
    }
}
