//! The knowledge base the thematic hubs curate: the article form, the editorial workflow
//! (drafts, review, publication, history with diffs), the public sheets and their readers'
//! answers.

pub mod aids;
pub mod editing;
pub mod form;
pub mod glossary;
pub mod leaflet;
pub mod links;
pub mod machine;
pub mod markdown;
pub mod materials;
pub mod norms;
pub mod public;
pub mod ratings;
pub mod review;
pub mod translations;
pub mod xliff;

pub use aids::AidsReport;
pub use editing::{
    ArticleComment, ArticleRecord, ArticleVersion, Checked, EditorView, HistoryView, Move, Moved,
    NormRecord, Reached, Rights, Saved,
};
pub use form::{ArticleForm, StepForm, VariantForm};
pub use leaflet::{LeafletPage, Wording};
pub use public::{ArticleSummary, PublicArticle, SheetPage, StepView, VariantView};

/// Audits a knowledge-base write (`object` is `("article", id)` or `("norm", slug)`) and
/// makes this node's published pages catch up at once: every audited kb action follows one.
pub(crate) async fn audit_write(
    app: &crate::App,
    (user, origin): (&crate::identity::SignedIn, &crate::identity::RequestOrigin),
    (object_type, object_id): (&str, &str),
    action: &str,
    detail: String,
) -> crate::Result<()> {
    app.directory().invalidate();
    app.store()
        .append_audit(
            &sportello_store::AuditEvent {
                actor_id: Some(user.user_id.clone()),
                actor_label: user.email.clone(),
                action: action.into(),
                object_type: object_type.into(),
                object_id: object_id.to_owned(),
                ip: origin.ip.clone(),
                detail,
            },
            app.clock().now(),
        )
        .await?;
    Ok(())
}
