//! The one integration test binary of the workspace's libraries: a module per area, so the
//! suites link once instead of once per file (ADR 0004).

#![allow(clippy::unwrap_used, clippy::case_sensitive_file_extension_comparisons)]

mod access;
mod catalogue;
mod directory;
mod hsds;
mod identity;
mod kb;
mod platform;
mod search;
mod translation;
