//! Translations of articles, one per article and language.

use chrono::{DateTime, Utc};

use super::articles::bump_kb_version;
use crate::{read, write, Result, Store};

/// One article's translation into one language.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ArticleTranslation {
    pub article_id: String,
    pub locale: String,
    pub title: String,
    /// JSON of the core's `ArticleContent`, in that language.
    pub content: String,
    /// The Italian version it translates.
    pub source_version: i64,
    /// Made by a machine and not yet approved by a person.
    pub machine: bool,
    pub translator_id: Option<String>,
    pub updated_at: DateTime<Utc>,
}

impl Store {
    /// Saves a translation, replacing the earlier one of that article and language.
    pub async fn save_article_translation(&self, t: &ArticleTranslation) -> Result<()> {
        self.save_article_translations(std::slice::from_ref(t))
            .await
    }

    /// Saves translations in one transaction: all of them, or none.
    pub async fn save_article_translations(&self, all: &[ArticleTranslation]) -> Result<()> {
        write!(self, |tx| {
            for t in all {
                sqlx::query("DELETE FROM kb_translations WHERE article_id = $1 AND locale = $2")
                    .bind(&t.article_id)
                    .bind(&t.locale)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO kb_translations (article_id, locale, title, content, \
                     source_version, machine, translator_id, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(&t.article_id)
                .bind(&t.locale)
                .bind(&t.title)
                .bind(&t.content)
                .bind(t.source_version)
                .bind(t.machine)
                .bind(&t.translator_id)
                .bind(t.updated_at)
                .execute(&mut *tx)
                .await?;
                bump_kb_version!(tx, "article", &t.article_id);
            }
        });
        Ok(())
    }

    /// Every translation of an article, by language tag.
    pub async fn article_translations(&self, article_id: &str) -> Result<Vec<ArticleTranslation>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT article_id, locale, title, content, source_version, machine, translator_id, \
                 updated_at FROM kb_translations WHERE article_id = $1 ORDER BY locale",
            )
            .bind(article_id)
            .fetch_all(pool)
            .await?
        }))
    }

    pub async fn article_translation(
        &self,
        article_id: &str,
        locale: &str,
    ) -> Result<Option<ArticleTranslation>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT article_id, locale, title, content, source_version, machine, translator_id, \
                 updated_at FROM kb_translations WHERE article_id = $1 AND locale = $2",
            )
            .bind(article_id)
            .bind(locale)
            .fetch_optional(pool)
            .await?
        }))
    }

    /// Every translation into `locale`, as `(article id, source version, machine)`.
    pub async fn translations_into(&self, locale: &str) -> Result<Vec<(String, i64, bool)>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT article_id, source_version, machine FROM kb_translations WHERE locale = $1",
            )
            .bind(locale)
            .fetch_all(pool)
            .await?
        }))
    }

    /// Every article's versions as `(article id, version, minor)`: what translation
    /// statuses are computed from (a few per article).
    /// One article's versions as `(number, minor)`, oldest first: what a translation's
    /// status is computed from (the texts are not read).
    pub async fn version_marks_of(&self, article_id: &str) -> Result<Vec<(i64, bool)>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT version, minor FROM kb_versions WHERE article_id = $1 ORDER BY version",
            )
            .bind(article_id)
            .fetch_all(pool)
            .await?
        }))
    }

    pub async fn article_version_marks(&self) -> Result<Vec<(String, i64, bool)>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT article_id, version, minor FROM kb_versions ORDER BY article_id, version",
            )
            .fetch_all(pool)
            .await?
        }))
    }
}
