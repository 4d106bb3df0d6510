//! The append-only audit log. Each row carries the SHA-256 of its content chained to the
//! previous row's hash, and the newest hash is kept in `meta`, so that a changed, removed
//! or truncated row is detected by [`Store::verify_audit`].

use chrono::{DateTime, SubsecRound, Utc};
use sha2::{Digest, Sha256};

use crate::{read, write, Backend, Result, Store};

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
const HEAD_KEY: &str = "audit_head";
/// Serialises appends on PostgreSQL (SQLite's single writer does it there).
const PG_AUDIT_LOCK: i64 = 0x5350_4f52_5441_4c31;

/// What happened, by whom, to what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    pub actor_id: Option<String>,
    /// E-mail or `system`; kept so the log reads on its own.
    pub actor_label: String,
    /// Stable name, e.g. `auth.login_succeeded`, `user.role_changed`.
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub ip: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub actor_id: Option<String>,
    pub actor_label: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub ip: String,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

/// Which rows an audit listing shows.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub action_prefix: Option<String>,
    pub actor_label: Option<String>,
}

/// The outcome of checking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditVerdict {
    Intact {
        rows: u64,
    },
    /// The first row (by sequence) where the chain breaks, and why.
    Broken {
        seq: i64,
        reason: String,
    },
}

fn row_hash(prev_hash: &str, seq: i64, at: DateTime<Utc>, e: &AuditEvent) -> String {
    let mut h = Sha256::new();
    for part in [
        prev_hash,
        &seq.to_string(),
        &at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        e.actor_id.as_deref().unwrap_or(""),
        &e.actor_label,
        &e.action,
        &e.object_type,
        &e.object_id,
        &e.ip,
        &e.detail,
    ] {
        // Length-prefixed, so that moving text between fields changes the hash.
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    format!("{:x}", h.finalize())
}

impl Store {
    /// Appends one event; returns its sequence number.
    pub async fn append_audit(&self, event: &AuditEvent, now: DateTime<Utc>) -> Result<i64> {
        // PostgreSQL keeps microseconds: hash what will be read back.
        let at = now.trunc_subsecs(6);
        let is_pg = self.backend() == Backend::Postgres;
        let seq = write!(self, |tx| {
            if is_pg {
                sqlx::query("SELECT pg_advisory_xact_lock($1)")
                    .bind(PG_AUDIT_LOCK)
                    .execute(&mut *tx)
                    .await?;
            }
            let last: Option<(i64, String)> =
                sqlx::query_as("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                    .fetch_optional(&mut *tx)
                    .await?;
            let (seq, prev_hash) = match last {
                Some((seq, hash)) => (seq + 1, hash),
                None => (1, GENESIS.to_owned()),
            };
            let hash = row_hash(&prev_hash, seq, at, event);
            sqlx::query(
                "INSERT INTO audit_log (seq, at, actor_id, actor_label, action, object_type, object_id, ip, detail, prev_hash, hash) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            )
            .bind(seq)
            .bind(at)
            .bind(&event.actor_id)
            .bind(&event.actor_label)
            .bind(&event.action)
            .bind(&event.object_type)
            .bind(&event.object_id)
            .bind(&event.ip)
            .bind(&event.detail)
            .bind(&prev_hash)
            .bind(&hash)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM meta WHERE key = $1")
                .bind(HEAD_KEY)
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO meta (key, value) VALUES ($1, $2)")
                .bind(HEAD_KEY)
                .bind(format!("{seq}:{hash}"))
                .execute(&mut *tx)
                .await?;
            seq
        });
        Ok(seq)
    }

    /// Deletes rows older than `before` (retention). The chain stays verifiable: it then
    /// starts at the oldest kept row, whose link to the removed past is taken as given.
    pub async fn purge_audit_before(&self, before: DateTime<Utc>) -> Result<u64> {
        let n = write!(self, |tx| {
            sqlx::query("DELETE FROM audit_log WHERE at < $1")
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected()
        });
        Ok(n)
    }

    /// Newest first.
    pub async fn audit_entries(
        &self,
        filter: &AuditFilter,
        limit: u32,
        offset: u32,
    ) -> Result<Vec<AuditEntry>> {
        let action = filter
            .action_prefix
            .as_ref()
            .map(|p| format!("{}%", p.replace(['%', '_'], "")));
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT seq, at, actor_id, actor_label, action, object_type, object_id, ip, detail, prev_hash, hash \
                 FROM audit_log WHERE ($1 IS NULL OR action LIKE $1) AND ($2 IS NULL OR actor_label = $2) \
                 ORDER BY seq DESC LIMIT $3 OFFSET $4",
            )
            .bind(&action)
            .bind(&filter.actor_label)
            .bind(i64::from(limit))
            .bind(i64::from(offset))
            .fetch_all(pool)
            .await?
        }))
    }

    /// Recomputes every hash in order and checks the links, the sequence and the head.
    pub async fn verify_audit(&self) -> Result<AuditVerdict> {
        let rows: Vec<AuditEntry> = read!(self, |pool| {
            sqlx::query_as(
                "SELECT seq, at, actor_id, actor_label, action, object_type, object_id, ip, detail, prev_hash, hash \
                 FROM audit_log ORDER BY seq",
            )
            .fetch_all(pool)
            .await?
        });
        let head = self.meta(HEAD_KEY).await?;
        let mut expected_prev = rows.first().map(|r| r.prev_hash.clone());
        let mut expected_seq = rows.first().map(|r| r.seq);
        if let Some(first) = rows.first() {
            if first.seq == 1 && first.prev_hash != GENESIS {
                return Ok(AuditVerdict::Broken {
                    seq: 1,
                    reason: "first row does not start the chain".into(),
                });
            }
        }
        for row in &rows {
            if Some(row.seq) != expected_seq {
                return Ok(AuditVerdict::Broken {
                    seq: row.seq,
                    reason: "rows missing before this one".into(),
                });
            }
            if Some(&row.prev_hash) != expected_prev.as_ref() {
                return Ok(AuditVerdict::Broken {
                    seq: row.seq,
                    reason: "does not link to the previous row".into(),
                });
            }
            let event = AuditEvent {
                actor_id: row.actor_id.clone(),
                actor_label: row.actor_label.clone(),
                action: row.action.clone(),
                object_type: row.object_type.clone(),
                object_id: row.object_id.clone(),
                ip: row.ip.clone(),
                detail: row.detail.clone(),
            };
            if row_hash(&row.prev_hash, row.seq, row.at, &event) != row.hash {
                return Ok(AuditVerdict::Broken {
                    seq: row.seq,
                    reason: "content changed".into(),
                });
            }
            expected_prev = Some(row.hash.clone());
            expected_seq = Some(row.seq + 1);
        }
        let last = rows.last().map(|r| format!("{}:{}", r.seq, r.hash));
        if head != last {
            let seq = rows.last().map_or(0, |r| r.seq);
            return Ok(AuditVerdict::Broken {
                seq,
                reason: "newest rows removed (head does not match)".into(),
            });
        }
        Ok(AuditVerdict::Intact {
            rows: rows.len() as u64,
        })
    }
}
