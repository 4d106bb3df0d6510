//! The operators' workspace, one module per area.

pub mod audit;
pub mod catalogue;
pub mod directory;
pub mod identity;
pub mod kb;
pub(crate) mod shell;
pub mod translation;
