//! Roles, scopes and the one Policy that decides what an operator may do.

pub mod policy;
pub mod role;
