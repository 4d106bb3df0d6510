//! Sign-in, sessions, two-factor, password reset, accounts.

mod argon2_limits;
mod auth;
mod lockout;
mod reset_tokens;
mod second_factor_limits;
mod support;
