//! The knowledge base's printed matter.

pub mod leaflet;

pub use leaflet::{Block, Leaflet, LeafletSection, LeafletStep, LocalVariant};
