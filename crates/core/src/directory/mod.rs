//! The directory's vocabulary: desk levels, places, channels, languages, opening hours.

pub mod desk;
pub mod hours;
pub mod vocabulary;
