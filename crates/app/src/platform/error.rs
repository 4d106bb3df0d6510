use sportello_core::ParseError;
use sportello_store::StoreError;

/// Errors of the use cases. Each has a stable `code()` that the web layer maps to a status
/// and a Fluent message, and the CLI prints.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Invalid(#[from] ParseError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Seed(String),
    #[error("password hashing failed: {0}")]
    Password(String),
    #[error("configuration error: {0}")]
    Settings(String),
    #[error("mail could not be sent: {0}")]
    Mail(String),
    /// A document to print could not be made (no font for the language, a layout bug).
    #[error("document could not be made: {0}")]
    Print(String),
    /// The object store (uploaded files) could not read or write.
    #[error("file store failed: {0}")]
    Files(String),
    /// The search index could not be opened, written or read.
    #[error("search index failed: {0}")]
    Search(String),
    /// The Policy refused the action (the actor is signed in, but may not do this).
    #[error("not allowed")]
    Forbidden,
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(e) => e.code,
            Error::Store(e) => e.code(),
            Error::Seed(_) => "demo.seed_invalid",
            Error::Password(_) => "account.password_hash_failed",
            Error::Settings(_) => "settings.invalid",
            Error::Mail(_) => "mail.failed",
            Error::Print(_) => "print.failed",
            Error::Files(_) => "files.failed",
            Error::Search(_) => "search.failed",
            Error::Forbidden => "access.forbidden",
        }
    }

    /// The record does not exist (or is outside the actor's scope, which looks the same).
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::Store(StoreError::NotFound { .. }))
    }

    /// A mistake the person can fix on the form (bad value, unknown target), as opposed to
    /// a failure of ours.
    pub fn is_correctable(&self) -> bool {
        matches!(self, Error::Invalid(_)) || self.is_not_found()
    }
}
