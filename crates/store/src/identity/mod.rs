//! Accounts, role grants, sessions, login throttling, two-factor state, password resets.

pub(crate) mod sessions;
pub(crate) mod users;
