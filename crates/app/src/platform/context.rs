//! The one handle the web layer holds: the store, settings, clock, mailer and the public
//! directory's snapshot. Use cases take `&App`; only this crate reaches the store through it.

use std::sync::Arc;
use std::time::Duration;

use sportello_store::Store;

use crate::directory::Directory;
use crate::kb::leaflet::Leaflets;
use crate::platform::mail::Mailer;
use crate::platform::objects::ObjectStore;
use crate::platform::rate_limit::RateLimiter;
use crate::{Clock, Result, Settings, SystemClock};

/// Everything a use case needs. Cheap to clone (one `Arc`).
#[derive(Debug, Clone)]
pub struct App(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    store: Store,
    settings: Settings,
    clock: Arc<dyn Clock>,
    mailer: Mailer,
    directory: Directory,
    demo: bool,
    /// Readers' answers on the public sheets (anonymous writes).
    ratings: RateLimiter,
    leaflets: Leaflets,
    /// The repertory's files.
    objects: ObjectStore,
    explained: crate::kb::public::Explained,
    search: crate::search::Search,
}

impl App {
    /// Wires the use cases over an opened, migrated store, on the system clock.
    pub async fn new(store: Store, settings: Settings) -> Result<Self> {
        Self::with_clock(store, settings, Arc::new(SystemClock)).await
    }

    /// Opens `settings.database.url` (see [`open_store`]), applies the migrations and wires
    /// the use cases: for callers that hold no store of their own.
    pub async fn open(settings: Settings) -> Result<Self> {
        let store = open_store(&settings).await?;
        store.migrate().await?;
        Self::new(store, settings).await
    }

    /// As [`App::new`], with the clock a test injects.
    pub async fn with_clock(
        store: Store,
        settings: Settings,
        clock: Arc<dyn Clock>,
    ) -> Result<Self> {
        let demo = store.meta(crate::demo::DEMO_META_KEY).await?.is_some();
        let mailer = Mailer::from_settings(&settings.mail)?;
        let directory = Directory::new(
            store.clone(),
            Duration::from_millis(settings.server.page_cache_ms),
        );
        let kb = &settings.kb;
        let ratings = RateLimiter::new(kb.ratings_per_ip_per_hour, 3600, kb.ratings_per_minute, 60);
        let leaflets = Leaflets::new(kb);
        let objects = ObjectStore::local(&kb.materials_dir);
        let search = crate::search::Search::new(&settings);
        Ok(Self(Arc::new(Inner {
            store,
            settings,
            clock,
            mailer,
            directory,
            demo,
            ratings,
            leaflets,
            objects,
            explained: crate::kb::public::Explained::default(),
            search,
        })))
    }

    pub fn settings(&self) -> &Settings {
        &self.0.settings
    }

    pub fn clock(&self) -> &dyn Clock {
        self.0.clock.as_ref()
    }

    /// The database holds demo data (pages say so).
    pub fn is_demo(&self) -> bool {
        self.0.demo
    }

    /// The public directory's in-memory snapshot (finder, home page, desk pages, service search).
    pub fn directory(&self) -> &Directory {
        &self.0.directory
    }

    pub(crate) fn store(&self) -> &Store {
        &self.0.store
    }

    pub(crate) fn rating_limiter(&self) -> &RateLimiter {
        &self.0.ratings
    }

    pub(crate) fn leaflets(&self) -> &Leaflets {
        &self.0.leaflets
    }

    pub(crate) fn explained(&self) -> &crate::kb::public::Explained {
        &self.0.explained
    }

    /// The node's search index and where it is in the outbox.
    pub fn search(&self) -> &crate::search::Search {
        &self.0.search
    }

    pub(crate) fn objects(&self) -> &ObjectStore {
        &self.0.objects
    }

    pub(crate) fn mailer(&self) -> &Mailer {
        &self.0.mailer
    }

    /// Readiness: the database answers within `timeout`.
    pub async fn ready(&self, timeout: Duration) -> Result<()> {
        Ok(self.store().ping(timeout).await?)
    }
}

/// Connects to `settings.database.url` with the pool settings of `[database]`, creating an
/// SQLite file when it does not exist. Does not migrate.
pub async fn open_store(settings: &Settings) -> Result<Store> {
    let options = sportello_store::ConnectOptions {
        max_connections: settings.database.max_connections,
        acquire_timeout: Duration::from_secs(settings.database.acquire_timeout_secs),
        create_if_missing: true,
    };
    Ok(Store::connect(settings.database.url.expose(), &options).await?)
}
