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
        }
    }
}
