//! Periodic clean-up that keeps personal data no longer than its retention rule says.

use chrono::{Duration, Months};
use sportello_store::{AuditEvent, Store};

use crate::platform::settings::Settings;
use crate::{Clock, Result};

/// How often `serve` runs [`run_once`].
pub const INTERVAL: std::time::Duration = std::time::Duration::from_secs(600);

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub sessions: u64,
    pub throttles: u64,
    pub audit_rows: u64,
    /// Readers' comments on the sheets erased (their scores stay).
    pub rating_comments: u64,
    /// Search outbox rows past `search.outbox_keep`.
    pub outbox_rows: u64,
    /// Day counts of readers' questions past their keeping.
    pub search_counts: u64,
}

/// Deletes expired sessions, failure counts idle for a day, audit rows past
/// `audit.retention_months` (the purge is itself audited), and erases readers' comments
/// older than `kb.rating_comment_days`.
pub async fn run_once(store: &Store, clock: &dyn Clock, settings: &Settings) -> Result<Report> {
    let now = clock.now();
    let sessions = store.delete_expired_sessions(now).await?;
    let throttles = store
        .delete_stale_throttles(now - Duration::days(1))
        .await?;
    let cutoff = now
        .checked_sub_months(Months::new(settings.audit.retention_months))
        .unwrap_or(now);
    let audit_rows = store.purge_audit_before(cutoff).await?;
    let rating_comments =
        crate::kb::ratings::erase_old_comments(store, now, settings.kb.rating_comment_days).await?;
    let outbox_rows = store
        .prune_search_outbox(settings.search.outbox_keep)
        .await?;
    let search_counts = crate::search::analytics::purge(store, clock).await?;
    if audit_rows > 0 {
        store
            .append_audit(
                &AuditEvent {
                    actor_id: None,
                    actor_label: "system".into(),
                    action: "audit.purged".into(),
                    object_type: "audit_log".into(),
                    object_id: String::new(),
                    ip: "local".into(),
                    detail: format!(
                        "{audit_rows} rows older than {} months",
                        settings.audit.retention_months
                    ),
                },
                now,
            )
            .await?;
    }
    Ok(Report {
        sessions,
        throttles,
        audit_rows,
        rating_comments,
        outbox_rows,
        search_counts,
    })
}
