//! Translators' review of the interface messages: the queue of a language's unreviewed
//! drafts beside their Italian source, marking a message reviewed as it is, or correcting
//! it. Reviews are stored in the database and layered over the Fluent files; the files
//! stay what a release ships, and `sportello i18n-export` writes the reviews back into
//! them.
//!
//! The Fluent catalogue itself lives with the pages (`web`); it reaches these use cases as
//! a [`Catalogue`], so that the check of the Policy, the write and the audit row stay here.

use sportello_core::{Action, Locale, ParseError, Policy, Resource};
use sportello_store::AuditEvent;

pub use sportello_store::TranslationReview;

use crate::identity::{RequestOrigin, SignedIn};
use crate::{App, Error, Result};

/// A message waiting for review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueItem {
    /// `id` or `id.attribute`.
    pub id: String,
    /// The Italian source, in Fluent syntax.
    pub source_text: String,
    /// The translation the files ship, in Fluent syntax.
    pub text: String,
    /// A correction made before the file or the Italian source changed: a hint, no longer
    /// in force.
    pub stale_correction: Option<String>,
}

/// One page of a language's queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queue {
    pub items: Vec<QueueItem>,
    /// Unreviewed messages in all.
    pub total: usize,
}

/// What a review records, as the catalogue checked it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewTexts {
    /// The correction in canonical Fluent syntax; `None` to confirm the file's text.
    pub text: Option<String>,
    pub file_text: String,
    pub source_text: String,
}

/// The interface messages, as the pages format them.
pub trait Catalogue: Send + Sync {
    /// Unreviewed messages of `locale` (`page` from 1, `per_page` each).
    fn queue(&self, locale: Locale, page: usize, per_page: usize) -> Queue;
    /// Unreviewed messages of `locale`, counted.
    fn unreviewed_count(&self, locale: Locale) -> usize;
    /// One message of `locale`, reviewed or not, as the queue shows it.
    fn item(&self, locale: Locale, id: &str) -> Option<QueueItem>;
    /// The texts a review of `id` in `locale` records. A correction must parse as Fluent,
    /// use exactly the Italian source's variables and only the language's plural
    /// categories; otherwise a `translation.*` error says what is wrong.
    fn prepare(
        &self,
        locale: Locale,
        id: &str,
        correction: Option<&str>,
    ) -> std::result::Result<ReviewTexts, ParseError>;
    /// Lays the reviews in force over the files (the rest are kept as stale hints).
    fn apply(&self, reviews: &[TranslationReview]);
}

/// How many messages per page the queue shows.
pub const PER_PAGE: usize = 20;

fn may_review(user: &SignedIn, locale: Locale) -> Result<()> {
    let resource = Resource::Language(locale.tag().to_owned());
    if locale != Locale::FALLBACK && Policy::can(&user.actor, Action::ReviewTranslations, &resource)
    {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// The languages `user` may review, with their unreviewed counts (Italian, the source,
/// is never reviewed).
pub fn reviewable_languages(user: &SignedIn, catalogue: &dyn Catalogue) -> Vec<(Locale, usize)> {
    Locale::ALL
        .into_iter()
        .filter(|l| may_review(user, *l).is_ok())
        .map(|l| (l, catalogue.unreviewed_count(l)))
        .collect()
}

/// One page of `locale`'s queue, for a translator of that language. `keep` names a message
/// that must be on it, first if it is not already there: the one whose correction was just
/// refused, so that what was typed is never lost, wherever the queue has moved it.
pub fn review_queue(
    user: &SignedIn,
    catalogue: &dyn Catalogue,
    locale: Locale,
    page: usize,
    keep: Option<&str>,
) -> Result<Queue> {
    may_review(user, locale)?;
    let mut queue = catalogue.queue(locale, page.max(1), PER_PAGE);
    if let Some(id) = keep.filter(|id| !queue.items.iter().any(|i| i.id == *id)) {
        if let Some(item) = catalogue.item(locale, id) {
            queue.items.insert(0, item);
        }
    }
    Ok(queue)
}

/// A translator's decision on one message.
#[derive(Debug, Clone, Copy)]
pub struct Decision<'a> {
    pub locale: Locale,
    pub message_id: &'a str,
    /// `None` confirms the file's text; `Some` corrects it.
    pub correction: Option<&'a str>,
}

/// Records a decision, audits it and lays the reviews over the files at once (other nodes
/// pick them up with [`reviews`] on their next refresh).
pub async fn review_message(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    catalogue: &dyn Catalogue,
    decision: Decision<'_>,
) -> Result<()> {
    may_review(user, decision.locale)?;
    let texts = catalogue.prepare(decision.locale, decision.message_id, decision.correction)?;
    let (store, now) = (app.store(), app.clock().now());
    let action = if texts.text.is_some() {
        "translation.corrected"
    } else {
        "translation.reviewed"
    };
    store
        .save_translation_review(&TranslationReview {
            locale: decision.locale.tag().to_owned(),
            message_id: decision.message_id.to_owned(),
            text: texts.text,
            file_text: texts.file_text,
            source_text: texts.source_text,
            reviewed_by: Some(user.user_id.clone()),
            reviewed_at: now,
        })
        .await?;
    store
        .append_audit(
            &AuditEvent {
                actor_id: Some(user.user_id.clone()),
                actor_label: user.email.clone(),
                action: action.into(),
                object_type: "message".into(),
                object_id: format!("{}:{}", decision.locale.tag(), decision.message_id),
                ip: origin.ip.clone(),
                detail: String::new(),
            },
            now,
        )
        .await?;
    catalogue.apply(&store.translation_reviews().await?);
    Ok(())
}

/// Every stored review: what a node lays over its files at start and on each refresh.
pub async fn reviews(app: &App) -> Result<Vec<TranslationReview>> {
    Ok(app.store().translation_reviews().await?)
}
