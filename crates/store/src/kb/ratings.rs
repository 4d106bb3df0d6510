//! Readers' answers to "was this page clear?": scores with an optional comment, no reader
//! identified. Counted per article for its editors; comments erased after their retention.

use chrono::{DateTime, Utc};

use crate::{read, write, Result, Store};

/// A reader's comment, as editors see it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RatingComment {
    pub locale: String,
    pub score: i32,
    pub comment: String,
    pub created_at: DateTime<Utc>,
}

impl Store {
    /// Records one answer (`score` 1 to 5, checked by the database too).
    pub async fn add_article_rating(
        &self,
        article_id: &str,
        locale: &str,
        score: i32,
        comment: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        write!(self, |tx| {
            sqlx::query(
                "INSERT INTO kb_ratings (article_id, locale, score, comment, created_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(article_id)
            .bind(locale)
            .bind(score)
            .bind(comment)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        });
        Ok(())
    }

    /// How many answers gave each score, 1 to 5 (index 0 is score 1).
    pub async fn article_rating_counts(&self, article_id: &str) -> Result<[i64; 5]> {
        let rows: Vec<(i32, i64)> = read!(self, |pool| {
            sqlx::query_as(
                "SELECT score, COUNT(*) FROM kb_ratings WHERE article_id = $1 GROUP BY score",
            )
            .bind(article_id)
            .fetch_all(pool)
            .await?
        });
        let mut counts = [0; 5];
        for (score, n) in rows {
            if let Some(slot) = usize::try_from(score - 1)
                .ok()
                .and_then(|i| counts.get_mut(i))
            {
                *slot = n;
            }
        }
        Ok(counts)
    }

    /// The newest `limit` comments on an article.
    pub async fn article_rating_comments(
        &self,
        article_id: &str,
        limit: u32,
    ) -> Result<Vec<RatingComment>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT locale, score, comment, created_at FROM kb_ratings \
                 WHERE article_id = $1 AND comment IS NOT NULL \
                 ORDER BY created_at DESC, id DESC LIMIT $2",
            )
            .bind(article_id)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await?
        }))
    }

    /// Erases the comments sent before `before` (the scores stay); returns how many.
    pub async fn erase_rating_comments(&self, before: DateTime<Utc>) -> Result<u64> {
        let n = write!(self, |tx| {
            sqlx::query(
                "UPDATE kb_ratings SET comment = NULL \
                 WHERE comment IS NOT NULL AND created_at < $1",
            )
            .bind(before)
            .execute(&mut *tx)
            .await?
            .rows_affected()
        });
        Ok(n)
    }
}
