//! The register of norms (D.Lgs. 286/1998 art. 5, DPR 394/1999…) that articles cite, and
//! the articles' links to desks and services of the directory.

use chrono::{DateTime, Utc};

use super::articles::bump_kb_version;
use crate::{new_id, read, write, Result, Store};

/// A norm of the register.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NormRecord {
    pub slug: String,
    pub title: String,
    pub url: String,
    pub changed_at: Option<DateTime<Utc>>,
}

impl Store {
    /// Adds a norm, or updates its title and link when the slug exists.
    pub async fn upsert_norm(&self, norm: &NormRecord, now: DateTime<Utc>) -> Result<()> {
        write!(self, |tx| {
            sqlx::query(
                "INSERT INTO kb_norms (id, slug, title, url, created_at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (slug) DO UPDATE SET title = excluded.title, url = excluded.url",
            )
            .bind(new_id())
            .bind(&norm.slug)
            .bind(&norm.title)
            .bind(&norm.url)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            bump_kb_version!(tx);
        });
        Ok(())
    }

    /// Every norm, by title.
    pub async fn norms(&self) -> Result<Vec<NormRecord>> {
        Ok(read!(self, |pool| {
            sqlx::query_as("SELECT slug, title, url, changed_at FROM kb_norms ORDER BY title, slug")
                .fetch_all(pool)
                .await?
        }))
    }

    /// Replaces the norms an article cites (unknown slugs are `store.missing_reference`).
    pub async fn set_article_citations(&self, article_id: &str, norms: &[String]) -> Result<()> {
        write!(self, |tx| {
            sqlx::query("DELETE FROM kb_citations WHERE article_id = $1")
                .bind(article_id)
                .execute(&mut *tx)
                .await?;
            for slug in norms {
                let id: Option<String> =
                    sqlx::query_scalar("SELECT id FROM kb_norms WHERE slug = $1")
                        .bind(slug)
                        .fetch_optional(&mut *tx)
                        .await?;
                let id = id.ok_or_else(|| {
                    crate::StoreError::Conflict(crate::db::error::Conflict::MissingReference(
                        format!("norm {slug}"),
                    ))
                })?;
                sqlx::query("INSERT INTO kb_citations (article_id, norm_id) VALUES ($1, $2)")
                    .bind(article_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            bump_kb_version!(tx);
        });
        Ok(())
    }

    /// The norms an article cites, by title.
    pub async fn article_citations(&self, article_id: &str) -> Result<Vec<NormRecord>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT n.slug, n.title, n.url, n.changed_at FROM kb_norms n \
                 JOIN kb_citations c ON c.norm_id = n.id WHERE c.article_id = $1 ORDER BY n.title, n.slug",
            )
            .bind(article_id)
            .fetch_all(pool)
            .await?
        }))
    }

    /// Replaces the desks (by slug) an article is about; unknown slugs are
    /// `store.missing_reference`.
    pub async fn set_article_desks(&self, article_id: &str, desks: &[String]) -> Result<()> {
        write!(self, |tx| {
            sqlx::query("DELETE FROM kb_links WHERE article_id = $1 AND target_kind = 'desk'")
                .bind(article_id)
                .execute(&mut *tx)
                .await?;
            for slug in desks {
                let id: Option<String> = sqlx::query_scalar("SELECT id FROM desks WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&mut *tx)
                    .await?;
                let id = id.ok_or_else(|| {
                    crate::StoreError::Conflict(crate::db::error::Conflict::MissingReference(
                        format!("desk {slug}"),
                    ))
                })?;
                sqlx::query(
                    "INSERT INTO kb_links (article_id, target_kind, target_id) VALUES ($1, 'desk', $2)",
                )
                .bind(article_id)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
            bump_kb_version!(tx);
        });
        Ok(())
    }

    /// The desks an article is about, as `(slug, name)`, by name.
    pub async fn article_desks(&self, article_id: &str) -> Result<Vec<(String, String)>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT d.slug, l.name FROM kb_links k JOIN desks d ON d.id = k.target_id \
                 JOIN locations l ON l.id = d.id \
                 WHERE k.article_id = $1 AND k.target_kind = 'desk' ORDER BY l.name, d.slug",
            )
            .bind(article_id)
            .fetch_all(pool)
            .await?
        }))
    }
}
