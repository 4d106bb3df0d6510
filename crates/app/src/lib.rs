//! Use cases of sportello, one module per area. Handlers call these; no HTTP in here.

pub mod accounts;
pub mod auth;
pub mod cache;
pub mod catalogue;
pub mod clock;
pub mod demo;
pub mod desk_editing;
pub mod directory;
pub mod error;
pub mod housekeeping;
pub mod hsds_io;
pub mod mail;
pub mod portal;
pub mod service_editing;
pub mod settings;
pub mod totp;

pub use clock::{Clock, SystemClock};
pub use error::Error;
pub use settings::Settings;

pub type Result<T, E = Error> = std::result::Result<T, E>;
