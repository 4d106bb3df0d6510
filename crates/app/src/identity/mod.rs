//! Who is signed in: accounts and role grants, sign-in with throttling, sessions and their
//! stages, two-factor authentication (TOTP, recovery codes), password reset by e-mail.

pub mod accounts;
pub mod admin;
mod reset;
mod sign_in;
pub mod totp;
mod two_factor;

pub use reset::*;
pub use sign_in::*;
pub use two_factor::*;
