//! Sign-in, sessions, two-factor, password reset, accounts.

mod auth;
