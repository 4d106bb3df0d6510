//! The knowledge base the thematic hubs curate: articles and their workflow, procedures
//! as data, and version diffs.

pub mod article;
pub mod diff;
pub mod material;
pub mod procedure;
pub mod translation;
pub mod writing;
pub mod xliff;

pub use article::{
    ArticleContent, ArticleKind, ArticleStatus, Part, Section, Sections, Transition,
};
pub use diff::{PartDiff, Piece};
pub use material::{MaterialFormat, Sniffed};
pub use procedure::{LocalStep, Prerequisite, ReaderArea, Step, Variant, VariantArea};
pub use translation::TranslationStatus;
