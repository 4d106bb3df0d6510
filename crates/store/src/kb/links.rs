//! What the link checker found, per external address.

use chrono::{DateTime, Utc};

use crate::{read, write, Result, Store};

/// The last check of one address.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct LinkCheck {
    pub url: String,
    /// `ok`, `broken` (the server answered an error), `refused` (not checked: not http(s),
    /// or a private address) or `unreachable` (no answer in time).
    pub outcome: String,
    pub status: Option<i32>,
    pub checked_at: DateTime<Utc>,
}

impl Store {
    /// Records checks, replacing earlier ones of the same addresses, in one transaction.
    pub async fn record_link_checks(&self, checks: &[LinkCheck]) -> Result<()> {
        write!(self, |tx| {
            for c in checks {
                sqlx::query(
                    "INSERT INTO kb_link_checks (url, outcome, status, checked_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (url) DO UPDATE SET \
                     outcome = excluded.outcome, status = excluded.status, \
                     checked_at = excluded.checked_at",
                )
                .bind(&c.url)
                .bind(&c.outcome)
                .bind(c.status)
                .bind(c.checked_at)
                .execute(&mut *tx)
                .await?;
            }
        });
        Ok(())
    }

    /// Every recorded check.
    pub async fn link_checks(&self) -> Result<Vec<LinkCheck>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT url, outcome, status, checked_at FROM kb_link_checks ORDER BY url",
            )
            .fetch_all(pool)
            .await?
        }))
    }

    /// The public links of the service cards: `(slug, url)`.
    pub async fn service_links(&self) -> Result<Vec<(String, String)>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT sd.slug, s.url FROM services s JOIN service_details sd ON sd.service_id = s.id \
                 WHERE s.url IS NOT NULL AND s.url <> '' ORDER BY sd.slug",
            )
            .fetch_all(pool)
            .await?
        }))
    }
}
