//! The repertory of materials: what each file or video link is, whose it is and where its
//! bytes are kept (the object store itself is the app's). Every write bumps
//! `meta.kb_version`, since sheet pages list their materials.

use chrono::{DateTime, Utc};

use super::articles::{bump_kb_version, hub_id, missing_hub};
use crate::{read, write, Result, Store};

/// A material as the repertory and its editors see it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MaterialRecord {
    pub id: String,
    pub hub_slug: String,
    pub hub_name: String,
    pub theme: String,
    pub article_id: Option<String>,
    pub title: String,
    pub description: String,
    pub language: String,
    pub format: String,
    pub media_type: Option<String>,
    pub object_key: Option<String>,
    pub byte_size: Option<i64>,
    pub video_url: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A material to add. A file has `media_type`, `object_key`, `byte_size` and `sha256`; a
/// video link has `video_url` (the database checks that it is one or the other).
#[derive(Debug, Clone, Default)]
pub struct NewMaterial<'a> {
    pub id: &'a str,
    pub hub_slug: &'a str,
    pub theme: &'a str,
    pub article_id: Option<&'a str>,
    pub title: &'a str,
    pub description: &'a str,
    pub language: &'a str,
    pub format: &'a str,
    pub media_type: Option<&'a str>,
    pub object_key: Option<&'a str>,
    pub byte_size: Option<i64>,
    pub sha256: Option<&'a str>,
    pub video_url: Option<&'a str>,
    pub created_by: Option<&'a str>,
}

/// Which materials a list holds: each `Some` narrows it.
#[derive(Debug, Clone, Copy, Default)]
pub struct MaterialFilter<'a> {
    pub theme: Option<&'a str>,
    pub language: Option<&'a str>,
    pub format: Option<&'a str>,
    pub hub_slug: Option<&'a str>,
    pub article_id: Option<&'a str>,
}

const SELECT: &str = "SELECT m.id, d.slug AS hub_slug, l.name AS hub_name, m.theme_slug AS theme, \
     m.article_id, m.title, m.description, m.language, m.format, m.media_type, m.object_key, \
     m.byte_size, m.video_url, m.created_at \
     FROM kb_materials m JOIN desks d ON d.id = m.hub_id JOIN locations l ON l.id = d.id";

impl Store {
    /// Adds a material to a hub's repertory.
    pub async fn insert_material(&self, new: &NewMaterial<'_>, now: DateTime<Utc>) -> Result<()> {
        write!(self, |tx| {
            let hub = hub_id!(tx, new.hub_slug).ok_or_else(|| missing_hub(new.hub_slug))?;
            sqlx::query(
                "INSERT INTO kb_materials (id, hub_id, theme_slug, article_id, title, description, \
                 language, format, media_type, object_key, byte_size, sha256, video_url, \
                 created_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
            )
            .bind(new.id)
            .bind(&hub)
            .bind(new.theme)
            .bind(new.article_id)
            .bind(new.title)
            .bind(new.description)
            .bind(new.language)
            .bind(new.format)
            .bind(new.media_type)
            .bind(new.object_key)
            .bind(new.byte_size)
            .bind(new.sha256)
            .bind(new.video_url)
            .bind(new.created_by)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            bump_kb_version!(tx);
        });
        Ok(())
    }

    pub async fn material(&self, id: &str) -> Result<Option<MaterialRecord>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(&format!("{SELECT} WHERE m.id = $1"))
                .bind(id)
                .fetch_optional(pool)
                .await?
        }))
    }

    /// The materials `filter` lets through, newest first: at most `limit` from `offset`.
    pub async fn materials(
        &self,
        filter: &MaterialFilter<'_>,
        limit: u32,
        offset: u32,
    ) -> Result<Vec<MaterialRecord>> {
        let sql = format!(
            "{SELECT} WHERE ($1 IS NULL OR m.theme_slug = $1) AND ($2 IS NULL OR m.language = $2) \
             AND ($3 IS NULL OR m.format = $3) AND ($4 IS NULL OR d.slug = $4) \
             AND ($5 IS NULL OR m.article_id = $5) \
             ORDER BY m.created_at DESC, m.id DESC LIMIT $6 OFFSET $7"
        );
        Ok(read!(self, |pool| {
            sqlx::query_as(&sql)
                .bind(filter.theme)
                .bind(filter.language)
                .bind(filter.format)
                .bind(filter.hub_slug)
                .bind(filter.article_id)
                .bind(i64::from(limit))
                .bind(i64::from(offset))
                .fetch_all(pool)
                .await?
        }))
    }

    /// Removes a material from the repertory; `false` when there was none with that id.
    pub async fn delete_material(&self, id: &str) -> Result<bool> {
        Ok(write!(self, |tx| {
            let gone = sqlx::query("DELETE FROM kb_materials WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if gone > 0 {
                bump_kb_version!(tx);
            }
            gone > 0
        }))
    }
}
