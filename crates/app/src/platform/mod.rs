//! What every area of the app shares: settings, the clock, outbound mail, the error type,
//! the `App` handle, retention housekeeping, the one gate argon2 work passes, and the
//! in-memory limit on anonymous writes.

pub mod clock;
pub mod context;
pub mod error;
pub mod housekeeping;
pub mod mail;
pub mod objects;
pub mod password_work;
pub mod rate_limit;
pub mod settings;
