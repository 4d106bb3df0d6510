//! Plumbing every area shares: connecting, the error type, the `meta` key-value table.

pub(crate) mod connect;
pub(crate) mod error;
pub(crate) mod meta;
