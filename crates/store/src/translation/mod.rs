//! Translators' reviews of interface messages: stored beside the Fluent files, which stay
//! the shipped source, and layered over them at run time (see `web`'s i18n).

use chrono::{DateTime, Utc};

use crate::{read, write, Result, Store};

/// One message of one locale as a fluent reviewer left it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TranslationReview {
    pub locale: String,
    /// `id` or `id.attribute`.
    pub message_id: String,
    /// The corrected text; `None` when the file's text was confirmed as it is.
    pub text: Option<String>,
    /// The file's text the reviewer saw.
    pub file_text: String,
    /// The Italian source text the reviewer saw.
    pub source_text: String,
    pub reviewed_by: Option<String>,
    pub reviewed_at: DateTime<Utc>,
}

impl Store {
    /// Every review, of every locale (a few thousand rows at most: fourteen locales of some
    /// hundred messages each).
    pub async fn translation_reviews(&self) -> Result<Vec<TranslationReview>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT locale, message_id, text, file_text, source_text, reviewed_by, reviewed_at \
                 FROM translation_reviews ORDER BY locale, message_id",
            )
            .fetch_all(pool)
            .await?
        }))
    }

    /// Records a review, replacing an earlier one of the same message.
    pub async fn save_translation_review(&self, review: &TranslationReview) -> Result<()> {
        write!(self, |tx| {
            sqlx::query("DELETE FROM translation_reviews WHERE locale = $1 AND message_id = $2")
                .bind(&review.locale)
                .bind(&review.message_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO translation_reviews \
                 (locale, message_id, text, file_text, source_text, reviewed_by, reviewed_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(&review.locale)
            .bind(&review.message_id)
            .bind(&review.text)
            .bind(&review.file_text)
            .bind(&review.source_text)
            .bind(&review.reviewed_by)
            .bind(review.reviewed_at)
            .execute(&mut *tx)
            .await?;
        });
        Ok(())
    }
}
