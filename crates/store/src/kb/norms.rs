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

#[derive(sqlx::FromRow)]
struct NormCount {
    slug: String,
    title: String,
    url: String,
    changed_at: Option<DateTime<Utc>>,
    citing: i64,
}

/// An article a changed norm flags, with its hub's public e-mail (where the hub is told).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FlaggedArticle {
    pub id: String,
    pub title: String,
    pub hub_slug: String,
    pub hub_email: Option<String>,
}

impl Store {
    /// Every norm with how many articles cite it, by title.
    pub async fn norms_with_citations(&self) -> Result<Vec<(NormRecord, i64)>> {
        let rows: Vec<NormCount> = read!(self, |pool| {
            sqlx::query_as(
                "SELECT n.slug, n.title, n.url, n.changed_at, \
                 (SELECT COUNT(*) FROM kb_citations c WHERE c.norm_id = n.id) AS citing \
                 FROM kb_norms n ORDER BY n.title, n.slug",
            )
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|r| {
                (
                    NormRecord {
                        slug: r.slug,
                        title: r.title,
                        url: r.url,
                        changed_at: r.changed_at,
                    },
                    r.citing,
                )
            })
            .collect())
    }

    /// Records that a norm changed: every article citing it needs a legal review (until
    /// its hub publishes it again). The flagged articles, or `None` for an unknown norm.
    pub async fn mark_norm_changed(
        &self,
        slug: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Vec<FlaggedArticle>>> {
        let flagged = write!(self, |tx| {
            let id: Option<String> = sqlx::query_scalar("SELECT id FROM kb_norms WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&mut *tx)
                .await?;
            match id {
                None => None,
                Some(id) => {
                    sqlx::query("UPDATE kb_norms SET changed_at = $1 WHERE id = $2")
                        .bind(now)
                        .bind(&id)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query(
                        "UPDATE kb_articles SET legal_review = TRUE, updated_at = $1 \
                         WHERE id IN (SELECT article_id FROM kb_citations WHERE norm_id = $2)",
                    )
                    .bind(now)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                    let rows: Vec<FlaggedArticle> = sqlx::query_as(
                        "SELECT a.id, v.title, d.slug AS hub_slug, \
                         (SELECT c.email FROM contacts c WHERE c.location_id = d.id AND c.email IS NOT NULL ORDER BY c.id LIMIT 1) AS hub_email \
                         FROM kb_articles a JOIN kb_citations k ON k.article_id = a.id \
                         JOIN desks d ON d.id = a.hub_id \
                         JOIN kb_versions v ON v.article_id = a.id AND v.version = a.head_version \
                         WHERE k.norm_id = $1 ORDER BY d.slug, v.title",
                    )
                    .bind(&id)
                    .fetch_all(&mut *tx)
                    .await?;
                    bump_kb_version!(tx);
                    Some(rows)
                }
            }
        });
        Ok(flagged)
    }
}
