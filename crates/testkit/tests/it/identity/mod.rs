//! Sign-in, sessions, two-factor, password reset, accounts.

mod auth;
mod reset_tokens;
mod support;
