//! Use cases of sportello, one folder per area (ADR 0004). Handlers call these; no HTTP in here.

pub mod audit;
pub mod catalogue;
pub mod demo;
pub mod directory;
pub mod editing;
pub mod hsds;
pub mod identity;
pub mod kb;
pub mod platform;
pub mod portal;
pub mod search;
pub mod translation;

pub use platform::clock::{Clock, SystemClock};
pub use platform::context::App;
pub use platform::error::Error;
pub use platform::settings::Settings;

pub type Result<T, E = Error> = std::result::Result<T, E>;
