//! The knowledge base the thematic hubs curate: the article form, the editorial workflow
//! (drafts, review, publication, history with diffs), and the public sheets.

pub mod aids;
pub mod editing;
pub mod form;
pub mod markdown;
pub mod norms;
pub mod public;
pub mod translations;

pub use aids::AidsReport;
pub use editing::{
    ArticleComment, ArticleRecord, ArticleVersion, Checked, EditorView, HistoryView, Move, Moved,
    NormRecord, Reached, Rights, Saved,
};
pub use form::{ArticleForm, StepForm, VariantForm};
pub use public::{ArticleSummary, PublicArticle, SheetPage, StepView, VariantView};
