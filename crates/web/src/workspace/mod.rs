//! The operators' workspace, one module per area.

pub mod catalogue;
pub mod directory;
pub mod identity;
