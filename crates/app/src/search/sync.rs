//! Keeping the node's index in step with the database. Every directory and knowledge-base
//! write adds an outbox row in its own transaction; the node reads the rows after the last
//! it applied, reloads what they name from the database and replaces those documents,
//! committing the index with the new watermark. A missing, corrupt, outdated or too-far-behind
//! index is rebuilt aside from the database and swapped in.
//!
//! On PostgreSQL a row with a smaller `seq` can commit after a larger one (two writers at
//! once). The watermark is therefore the highest `seq` below which every row was applied,
//! plus the rows applied above it; a hole is waited for (a writer still at work) and given
//! up after [`GAP_WAIT`] (a rolled-back transaction leaves one for ever).

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sportello_search::{Change, Document, ItemKey, Kind, Opened, Scope, SearchIndex};
use sportello_store::{Backend, OutboxEntry};

use super::documents;
use crate::{App, Result};

/// How long a hole in the outbox is waited for before it is taken as a rolled-back write.
pub const GAP_WAIT: Duration = Duration::from_secs(60);
/// Rows read per round.
const BATCH: i64 = 1000;
/// After a rebuild on PostgreSQL, rows this far back are applied again: a writer may have
/// taken a `seq` before the rebuild read the database and committed after.
const LOOKBACK: i64 = 64;
/// How often scheduled publications that came due are looked for.
const SCHEDULE_EVERY: Duration = Duration::from_secs(60);
/// The index's format as this code writes documents; a change rebuilds the index.
const FORMAT: u32 = 1;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Watermark {
    format: u32,
    seq: i64,
    above: Vec<i64>,
}

#[derive(Debug, Default)]
pub(super) struct SyncState {
    contiguous: i64,
    above: BTreeSet<i64>,
    gaps: HashMap<i64, Instant>,
    schedule_checked: Option<(Instant, DateTime<Utc>)>,
}

impl SyncState {
    fn watermark(&self) -> String {
        serde_json::to_string(&Watermark {
            format: FORMAT,
            seq: self.contiguous,
            above: self.above.iter().copied().collect(),
        })
        .unwrap_or_default()
    }

    /// Moves the contiguous mark over applied rows and holes old enough to give up on.
    fn advance(&mut self, now: Instant) {
        let mut next = self.contiguous + 1;
        while let Some(&first) = self.above.first() {
            if first == next {
                self.above.remove(&first);
                self.gaps.remove(&next);
                self.contiguous = next;
                next += 1;
                continue;
            }
            let seen = *self.gaps.entry(next).or_insert(now);
            if now.duration_since(seen) >= GAP_WAIT {
                tracing::warn!(
                    seq = next,
                    "search outbox: a hole given up as a rolled-back write"
                );
                self.gaps.remove(&next);
                self.contiguous = next;
                next += 1;
                continue;
            }
            break;
        }
    }
}

/// Applied and newest outbox positions, for `/metrics`.
#[derive(Debug, Default)]
pub struct Progress {
    pub applied: AtomicI64,
    pub head: AtomicI64,
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> sportello_search::Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| crate::Error::Search(e.to_string()))?
        .map_err(|e| crate::Error::Search(e.to_string()))
}

/// Every document the index should hold.
async fn everything(app: &App) -> Result<Vec<Document>> {
    let mut out = directory_documents(app).await?;
    out.extend(kb_documents(app).await?);
    Ok(out)
}

async fn directory_documents(app: &App) -> Result<Vec<Document>> {
    app.directory().invalidate();
    let snapshot = app.directory().snapshot().await?;
    let mut out: Vec<Document> = snapshot.desks.iter().map(documents::desk).collect();
    out.extend(
        app.store()
            .search_services()
            .await?
            .iter()
            .map(documents::service),
    );
    Ok(out)
}

async fn kb_documents(app: &App) -> Result<Vec<Document>> {
    let now = app.clock().now();
    let mut out = Vec::new();
    for record in app.store().all_articles(u32::MAX).await? {
        out.extend(documents::article(app, &record, now).await?);
    }
    Ok(out)
}

/// Rebuilds the index from the database, aside, and swaps it in.
pub(super) async fn rebuild(
    app: &App,
    index: &Arc<SearchIndex>,
    state: &mut SyncState,
) -> Result<u64> {
    let (head, _) = app.store().search_outbox_bounds().await?;
    let from = match app.store().backend() {
        Backend::Postgres => (head - LOOKBACK).max(0),
        Backend::Sqlite => head,
    };
    let docs = everything(app).await?;
    *state = SyncState {
        contiguous: from,
        ..SyncState::default()
    };
    let watermark = state.watermark();
    let index = index.clone();
    let count = blocking(move || index.rebuild(docs, &watermark)).await?;
    app.search().progress.applied.store(from, Ordering::Relaxed);
    Ok(count)
}

/// Opens the node's index, rebuilding it when it cannot be trusted.
pub(super) async fn open(app: &App, state: &mut SyncState) -> Result<Arc<SearchIndex>> {
    let dir = std::path::PathBuf::from(&app.settings().search.index_dir);
    let (index, opened) = blocking(move || SearchIndex::open(&dir)).await?;
    let index = Arc::new(index);
    let (_, oldest) = app.store().search_outbox_bounds().await?;
    let usable = match opened {
        Opened::Existing { watermark } => watermark
            .and_then(|w| serde_json::from_str::<Watermark>(&w).ok())
            .filter(|w| w.format == FORMAT && (oldest == 0 || w.seq + 1 >= oldest)),
        Opened::Fresh { .. } => None,
    };
    match usable {
        Some(w) => {
            *state = SyncState {
                contiguous: w.seq,
                above: w.above.into_iter().collect(),
                ..SyncState::default()
            };
        }
        None => {
            rebuild(app, &index, state).await?;
        }
    }
    Ok(index)
}

/// What a batch of rows names.
#[derive(Debug, Default)]
struct Named {
    directory: bool,
    kb: bool,
    desks: BTreeSet<String>,
    services: BTreeSet<String>,
    articles: BTreeSet<String>,
}

impl Named {
    fn add(&mut self, row: &OutboxEntry) {
        match (
            row.area.as_str(),
            row.item_kind.as_deref(),
            row.item_id.clone(),
        ) {
            ("directory", None, _) => self.directory = true,
            ("kb", None, _) => self.kb = true,
            ("directory", Some("desk"), Some(id)) => {
                self.desks.insert(id);
            }
            ("directory", Some("service"), Some(id)) => {
                self.services.insert(id);
            }
            ("kb", Some("article"), Some(id)) => {
                self.articles.insert(id);
            }
            // Materials and the like are not searched (yet).
            _ => {}
        }
    }
}

fn item_change(key: ItemKey, docs: &[Document]) -> Change {
    Change {
        documents: docs.iter().filter(|d| d.item == key).cloned().collect(),
        scope: Scope::Item(key),
    }
}

async fn changes(app: &App, named: &Named) -> Result<Vec<Change>> {
    let mut out = Vec::new();
    let store = app.store();
    if named.directory {
        out.push(Change {
            scope: Scope::Kinds(vec![Kind::Desk, Kind::Service, Kind::OnlineService]),
            documents: directory_documents(app).await?,
        });
    } else {
        let mut services = named.services.clone();
        if !named.desks.is_empty() {
            app.directory().invalidate();
            let snapshot = app.directory().snapshot().await?;
            for id in &named.desks {
                let docs: Vec<Document> = snapshot
                    .desks
                    .iter()
                    .filter(|d| &d.card.id == id)
                    .map(documents::desk)
                    .collect();
                out.push(item_change(ItemKey::new(Kind::Desk, id), &docs));
                services.extend(store.service_ids_at_desk(id).await?);
            }
        }
        for id in &services {
            let docs: Vec<Document> = store
                .search_service(id)
                .await?
                .iter()
                .map(documents::service)
                .collect();
            for key in documents::service_keys(id) {
                out.push(item_change(key, &docs));
            }
        }
    }
    if named.kb {
        out.push(Change {
            scope: Scope::Kinds(vec![Kind::Sheet, Kind::Faq, Kind::Guide, Kind::News]),
            documents: kb_documents(app).await?,
        });
    } else {
        let now = app.clock().now();
        for id in &named.articles {
            let docs = match store.article(id).await? {
                Some(record) => documents::article(app, &record, now).await?,
                None => Vec::new(),
            };
            for key in documents::article_keys(id) {
                out.push(item_change(key, &docs));
            }
        }
    }
    Ok(out)
}

/// Articles whose scheduled publication came due since the last look: no write marks
/// that moment, so the clock does.
async fn due_publications(app: &App, state: &mut SyncState, named: &mut Named) -> Result<()> {
    let now = app.clock().now();
    let since = match state.schedule_checked {
        Some((at, _)) if at.elapsed() < SCHEDULE_EVERY => return Ok(()),
        Some((_, since)) => since,
        None => now,
    };
    state.schedule_checked = Some((Instant::now(), now));
    for record in app.store().all_articles(u32::MAX).await? {
        if record.publish_at.is_some_and(|at| at > since && at <= now) {
            named.articles.insert(record.id);
        }
    }
    Ok(())
}

/// Applies the outbox rows this node has not applied yet; returns how many it applied.
pub(super) async fn catch_up(
    app: &App,
    index: &Arc<SearchIndex>,
    state: &mut SyncState,
) -> Result<usize> {
    let (head, oldest) = app.store().search_outbox_bounds().await?;
    app.search().progress.head.store(head, Ordering::Relaxed);
    if oldest > state.contiguous + 1 {
        tracing::warn!(
            applied = state.contiguous,
            oldest,
            "search index too far behind the outbox: rebuilding"
        );
        rebuild(app, index, state).await?;
    }
    let mut applied = 0;
    loop {
        let rows = app
            .store()
            .search_outbox_after(state.contiguous, BATCH)
            .await?;
        let fresh: Vec<&OutboxEntry> = rows
            .iter()
            .filter(|r| !state.above.contains(&r.seq))
            .collect();
        if fresh.iter().any(|r| r.area == "index") {
            tracing::info!("search outbox asks for a rebuild");
            rebuild(app, index, state).await?;
            // The lookback would read the request again: it is done.
            state.above.extend(
                fresh
                    .iter()
                    .filter(|r| r.area == "index" && r.seq > state.contiguous)
                    .map(|r| r.seq),
            );
            continue;
        }
        let mut named = Named::default();
        for row in &fresh {
            named.add(row);
        }
        if applied == 0 {
            due_publications(app, state, &mut named).await?;
        }
        let changes = changes(app, &named).await?;
        for row in &fresh {
            state.above.insert(row.seq);
        }
        state.advance(Instant::now());
        if !changes.is_empty() || !fresh.is_empty() {
            let watermark = state.watermark();
            let index = index.clone();
            blocking(move || index.apply(&changes, &watermark)).await?;
        }
        applied += fresh.len();
        app.search()
            .progress
            .applied
            .store(state.contiguous, Ordering::Relaxed);
        if fresh.is_empty() || i64::try_from(rows.len()).unwrap_or(BATCH) < BATCH {
            return Ok(applied);
        }
    }
}
