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

/// Whether `user` may open the workspace at all: an account whose grants were all revoked
/// (or that never had one) is signed in but has nothing to do there.
pub fn enter_workspace(user: &SignedIn) -> crate::Result<()> {
    use sportello_core::{Action, Policy, Resource};
    if Policy::can(&user.actor, Action::EnterWorkspace, &Resource::Network) {
        Ok(())
    } else {
        Err(crate::Error::Forbidden)
    }
}
