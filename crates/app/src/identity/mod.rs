//! Who is signed in: accounts and role grants, sign-in with throttling, sessions and their
//! stages, two-factor authentication (TOTP, recovery codes), password reset by e-mail.

pub mod accounts;
mod sign_in;
pub mod totp;

pub use sign_in::*;
