//! The readers' questions as counts for the editors: per day, language, normalised words
//! and theme filter, how often they were asked and how often they found nothing or almost
//! nothing, and which results they followed. Written in batches by the app from its memory;
//! nothing identifies who asked.

use chrono::NaiveDate;

use crate::{read, write, Result, Store};

/// A day's counts of one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionCount {
    pub day: NaiveDate,
    pub lang: String,
    pub query: String,
    pub theme: String,
    pub asked: i64,
    pub empty: i64,
    pub few: i64,
}

/// A day's clicks from one question on one result (`kind:id`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClickCount {
    pub day: NaiveDate,
    pub lang: String,
    pub query: String,
    pub item: String,
    pub clicks: i64,
}

/// A question that finds too little, summed over the days asked.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SearchGap {
    pub lang: String,
    pub query: String,
    pub theme: String,
    pub asked: i64,
    pub empty: i64,
    pub few: i64,
}

/// A result readers followed, with the question they followed it from.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FollowedResult {
    pub lang: String,
    pub query: String,
    pub item: String,
    pub clicks: i64,
}

impl Store {
    /// Adds the counts to the stored ones, all in one transaction.
    pub async fn add_search_counts(
        &self,
        questions: &[QuestionCount],
        clicks: &[ClickCount],
    ) -> Result<()> {
        if questions.is_empty() && clicks.is_empty() {
            return Ok(());
        }
        write!(self, |tx| {
            for q in questions {
                sqlx::query(
                    "INSERT INTO search_queries (day, lang, query, theme, asked, empty, few) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) \
                     ON CONFLICT (day, lang, query, theme) DO UPDATE SET \
                     asked = search_queries.asked + excluded.asked, \
                     empty = search_queries.empty + excluded.empty, \
                     few = search_queries.few + excluded.few",
                )
                .bind(q.day)
                .bind(&q.lang)
                .bind(&q.query)
                .bind(&q.theme)
                .bind(q.asked)
                .bind(q.empty)
                .bind(q.few)
                .execute(&mut *tx)
                .await?;
            }
            for c in clicks {
                sqlx::query(
                    "INSERT INTO search_clicks (day, lang, query, item, clicks) \
                     VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (day, lang, query, item) DO UPDATE SET \
                     clicks = search_clicks.clicks + excluded.clicks",
                )
                .bind(c.day)
                .bind(&c.lang)
                .bind(&c.query)
                .bind(&c.item)
                .bind(c.clicks)
                .execute(&mut *tx)
                .await?;
            }
        });
        Ok(())
    }

    /// Questions since `since` asked at least `min_asked` times that found nothing or
    /// almost nothing, those finding nothing first; only those filtered by one of `themes`
    /// (`''`: no filter) when given.
    pub async fn search_gaps(
        &self,
        since: NaiveDate,
        min_asked: i64,
        themes: Option<&[String]>,
        limit: i64,
    ) -> Result<Vec<SearchGap>> {
        let rows: Vec<SearchGap> = read!(self, |pool| {
            sqlx::query_as(
                "SELECT lang, query, theme, CAST(SUM(asked) AS BIGINT) AS asked, \
                 CAST(SUM(empty) AS BIGINT) AS empty, CAST(SUM(few) AS BIGINT) AS few \
                 FROM search_queries WHERE day >= $1 GROUP BY lang, query, theme \
                 HAVING SUM(asked) >= $2 AND SUM(empty) + SUM(few) > 0 \
                 ORDER BY SUM(empty) DESC, SUM(asked) DESC, lang, query LIMIT $3",
            )
            .bind(since)
            .bind(min_asked)
            .bind(limit.saturating_mul(4))
            .fetch_all(pool)
            .await?
        });
        let mut rows: Vec<SearchGap> = rows
            .into_iter()
            .filter(|g| themes.is_none_or(|t| t.contains(&g.theme)))
            .collect();
        rows.truncate(usize::try_from(limit).unwrap_or(0));
        Ok(rows)
    }

    /// The results most followed since `since`, from questions asked at least `min_asked`
    /// times.
    pub async fn followed_results(
        &self,
        since: NaiveDate,
        min_asked: i64,
        limit: i64,
    ) -> Result<Vec<FollowedResult>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT c.lang, c.query, c.item, CAST(SUM(c.clicks) AS BIGINT) AS clicks FROM search_clicks c \
                 WHERE c.day >= $1 AND (SELECT COALESCE(SUM(q.asked), 0) FROM search_queries q \
                 WHERE q.lang = c.lang AND q.query = c.query AND q.day >= $1) >= $2 \
                 GROUP BY c.lang, c.query, c.item ORDER BY SUM(c.clicks) DESC, c.lang, c.query LIMIT $3",
            )
            .bind(since)
            .bind(min_asked)
            .bind(limit)
            .fetch_all(pool)
            .await?
        }))
    }

    /// Forgets the counts of days before `before`, and those of days before `rare_before`
    /// whose question was asked fewer than `min_asked` times in all (a rare question may be
    /// a name someone typed).
    pub async fn purge_search_counts(
        &self,
        before: NaiveDate,
        rare_before: NaiveDate,
        min_asked: i64,
    ) -> Result<u64> {
        Ok(write!(self, |tx| {
            let old = sqlx::query("DELETE FROM search_queries WHERE day < $1")
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            let old_clicks = sqlx::query("DELETE FROM search_clicks WHERE day < $1")
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            let rare = sqlx::query(
                "DELETE FROM search_queries WHERE day < $1 AND (lang, query) IN \
                 (SELECT lang, query FROM search_queries GROUP BY lang, query HAVING SUM(asked) < $2)",
            )
            .bind(rare_before)
            .bind(min_asked)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let rare_clicks = sqlx::query(
                "DELETE FROM search_clicks WHERE day < $1 AND (lang, query) NOT IN \
                 (SELECT lang, query FROM search_queries)",
            )
            .bind(rare_before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            old + old_clicks + rare + rare_clicks
        }))
    }
}
