//! The knowledge base: articles, their versions and review comments, the register of
//! norms they cite, and the demo's bulk load.

pub mod articles;
pub mod links;
pub mod materials;
pub mod norms;
pub mod ratings;
pub mod translations;
