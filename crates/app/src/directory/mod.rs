//! The public directory of desks (the finder's in-memory snapshot, desk pages) and the
//! editing of desks and organisations.

pub mod editing;
mod finder;
mod live;
pub mod organisations;
pub mod public;
pub mod workspace;

pub use finder::*;
pub use live::Directory;
