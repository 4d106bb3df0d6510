//! The node's live copy of the public directory: the snapshot, reloaded when the directory's
//! version in the database changes (checked at most every `server.page_cache_ms`, or at once
//! after an edit on this node), so that every app node stays in step.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use sportello_store::Store;

use super::{ServiceIndex, Snapshot};
use crate::Result;

/// The shared, self-refreshing snapshot.
#[derive(Debug)]
pub struct Directory {
    store: Store,
    /// How long a node trusts its snapshot before asking the database for the version.
    check_every: Duration,
    state: RwLock<Loaded>,
    reload: tokio::sync::Mutex<()>,
    /// Bumped by [`Directory::invalidate`].
    invalidations: AtomicU64,
}

#[derive(Debug)]
struct Loaded {
    /// The published-content version: the directory's and the knowledge base's together,
    /// what rendered public pages are stamped with.
    version: Option<Arc<str>>,
    /// The directory's own version, which the snapshot was loaded at.
    directory: Option<String>,
    checked: Option<Instant>,
    /// `invalidations` as it was before the last check asked the database: an invalidation
    /// since then makes the state stale at once, even one made while that check was running.
    seen: u64,
    snapshot: Arc<Snapshot>,
}

impl Directory {
    pub fn new(store: Store, check_every: Duration) -> Self {
        Self {
            store,
            check_every,
            state: RwLock::new(Loaded {
                version: None,
                directory: None,
                checked: None,
                seen: 0,
                snapshot: Arc::new(Snapshot::default()),
            }),
            reload: tokio::sync::Mutex::new(()),
            invalidations: AtomicU64::new(0),
        }
    }

    /// The current snapshot, reloaded first if the directory changed.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>> {
        if let Some(fresh) = self.fresh(|s| s.snapshot.clone()) {
            return Ok(fresh);
        }
        Ok(self.check().await?.0)
    }

    /// The directory's version in the database that the current snapshot was loaded at, with
    /// the same freshness rule as [`Directory::snapshot`] (the database is asked at most every
    /// `check_every`, or at once after an invalidation). Cheap when fresh: no copy of the
    /// version text, which anything rendered from the directory can be stamped with.
    pub async fn version(&self) -> Result<Arc<str>> {
        if let Some(Some(version)) = self.fresh(|s| s.version.clone()) {
            return Ok(version);
        }
        Ok(self.check().await?.1)
    }

    /// Makes the next read ask the database at once: the editing workflow calls it after a
    /// directory write on this node. Other nodes catch up within `check_every`.
    pub fn invalidate(&self) {
        self.invalidations.fetch_add(1, Ordering::SeqCst);
    }

    fn marks(&self) -> u64 {
        self.invalidations.load(Ordering::SeqCst)
    }

    /// Asks the database for the version and reloads the snapshot if it changed. One check
    /// at a time; the others wait and then find it fresh.
    async fn check(&self) -> Result<(Arc<Snapshot>, Arc<str>)> {
        let _guard = self.reload.lock().await;
        if self.fresh(|_| ()).is_none() {
            // Read before asking, so that a write committed after this point is not
            // mistaken for one this check has seen.
            let seen = self.marks();
            let version = self.store.directory_version().await?;
            let kb = self
                .store
                .meta(sportello_store::KB_VERSION_KEY)
                .await?
                .unwrap_or_default();
            let current = self.read_state(|s| s.directory.clone());
            if current.as_deref() != Some(version.as_str()) {
                let snapshot = Arc::new(Snapshot::with_services(
                    self.store.public_desk_cards().await?,
                    ServiceIndex::new(self.store.service_search_data().await?),
                ));
                let mut state = self
                    .state
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                state.snapshot = snapshot;
                state.directory = Some(version.clone());
            }
            let mut state = self
                .state
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            state.version = Some(Arc::from(format!("{version}/{kb}")));
            state.checked = Some(Instant::now());
            state.seen = seen;
        }
        Ok(self.read_state(|s| {
            (
                s.snapshot.clone(),
                s.version.clone().unwrap_or_else(|| Arc::from("")),
            )
        }))
    }

    fn fresh<T>(&self, f: impl FnOnce(&Loaded) -> T) -> Option<T> {
        let marks = self.marks();
        self.read_state(|s| match s.checked {
            Some(at) if s.seen == marks && at.elapsed() < self.check_every => Some(f(s)),
            _ => None,
        })
    }

    fn read_state<T>(&self, f: impl FnOnce(&Loaded) -> T) -> T {
        f(&self
            .state
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_core::{DeskLevel, Theme};

    /// The version is trusted for `check_every`, unless invalidated (this node wrote).
    #[tokio::test]
    async fn version_is_rechecked_at_once_after_an_invalidation() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("d.db").display());
        let store = Store::connect(&url, &sportello_store::ConnectOptions::default())
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let directory = Directory::new(store.clone(), Duration::from_secs(3600));
        let empty = directory.version().await.unwrap();
        assert!(directory.snapshot().await.unwrap().desks.is_empty());

        crate::demo::load(&store, &crate::SystemClock, 0)
            .await
            .unwrap();
        assert_eq!(directory.version().await.unwrap(), empty, "trusted");
        assert!(directory.snapshot().await.unwrap().desks.is_empty());
        directory.invalidate();
        let loaded = directory.version().await.unwrap();
        let stamp = |dir: String| format!("{dir}/");
        assert!(loaded.starts_with(&stamp(store.directory_version().await.unwrap())));
        assert_ne!(loaded, empty);
        let snapshot = directory.snapshot().await.unwrap();
        assert!(!snapshot.desks.is_empty(), "reloaded with the version");

        let hub = snapshot
            .desks
            .iter()
            .find(|d| d.card.level == DeskLevel::Hub)
            .unwrap();
        store
            .set_theme_hub(Theme::Salute, &hub.card.region, "", &hub.card.slug)
            .await
            .unwrap();
        assert_eq!(directory.version().await.unwrap(), loaded, "trusted");
        directory.invalidate();
        assert!(directory
            .version()
            .await
            .unwrap()
            .starts_with(&stamp(store.directory_version().await.unwrap())));
        // A knowledge-base write changes the published version, not the directory's.
        let before = directory.version().await.unwrap();
        store
            .set_article_desks("no-such-article", &[])
            .await
            .unwrap();
        directory.invalidate();
        let after = directory.version().await.unwrap();
        assert_ne!(after, before);
        assert!(after.starts_with(&stamp(store.directory_version().await.unwrap())));
        store.close().await;
    }
}
