//! The public portal's pages, one module per area.

pub mod catalogue;
pub mod directory;
pub mod kb;
pub mod portal;
pub mod search;
