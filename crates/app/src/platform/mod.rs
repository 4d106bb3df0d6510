//! What every area of the app shares: settings, the clock, outbound mail, the error type,
//! the `App` handle, and retention housekeeping.

pub mod clock;
pub mod context;
pub mod error;
pub mod housekeeping;
pub mod mail;
pub mod settings;
