//! The search outbox. `bump_directory_version!` and `bump_kb_version!` add a row in the
//! writer's transaction, so a change is in the outbox exactly when it is in the database;
//! each node's indexer reads the rows after the last it applied.

use crate::{read, write, Result, Store};

/// Inside a `write!` body: one row of the outbox.
macro_rules! search_changed {
    ($tx:ident, $area:expr, $kind:expr, $id:expr) => {
        sqlx::query("INSERT INTO search_outbox (area, item_kind, item_id) VALUES ($1, $2, $3)")
            .bind($area)
            .bind($kind)
            .bind($id)
            .execute(&mut *$tx)
            .await?
    };
}
pub(crate) use search_changed;

/// One change: an item of an area (`desk`, `service`, `article`, `material`…), or the whole
/// area when `item` is `None`.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutboxEntry {
    pub seq: i64,
    pub area: String,
    pub item_kind: Option<String>,
    pub item_id: Option<String>,
}

impl Store {
    /// The changes after `seq`, oldest first, at most `limit`.
    pub async fn search_outbox_after(&self, seq: i64, limit: i64) -> Result<Vec<OutboxEntry>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT seq, area, item_kind, item_id FROM search_outbox \
                 WHERE seq > $1 ORDER BY seq LIMIT $2",
            )
            .bind(seq)
            .bind(limit)
            .fetch_all(pool)
            .await?
        }))
    }

    /// The newest and the oldest row's `seq` (0 when the outbox is empty).
    pub async fn search_outbox_bounds(&self) -> Result<(i64, i64)> {
        let (head, oldest): (Option<i64>, Option<i64>) = read!(self, |pool| {
            sqlx::query_as("SELECT MAX(seq), MIN(seq) FROM search_outbox")
                .fetch_one(pool)
                .await?
        });
        Ok((head.unwrap_or(0), oldest.unwrap_or(0)))
    }

    /// Asks every node to rebuild its index from the database (`sportello reindex`).
    pub async fn request_search_rebuild(&self) -> Result<()> {
        write!(self, |tx| {
            search_changed!(tx, "index", None::<&str>, None::<&str>);
        });
        Ok(())
    }

    /// Keeps the newest `keep` rows; a node further behind rebuilds its index.
    pub async fn prune_search_outbox(&self, keep: i64) -> Result<u64> {
        let (head, _) = self.search_outbox_bounds().await?;
        let below = head - keep;
        if below <= 0 {
            return Ok(0);
        }
        Ok(write!(self, |tx| {
            sqlx::query("DELETE FROM search_outbox WHERE seq <= $1")
                .bind(below)
                .execute(&mut *tx)
                .await?
                .rows_affected()
        }))
    }
}
