//! The operators' workspace, one module per area.

pub mod audit;
pub mod catalogue;
pub mod directory;
pub mod identity;
pub mod kb;
pub mod search;
pub(crate) mod shell;
pub mod translation;
