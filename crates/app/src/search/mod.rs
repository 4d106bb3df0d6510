//! Search across desks, services, online services and the knowledge base: the node's index
//! (`sportello-search`), kept in step with the database through the outbox (`sync`), and
//! the public question: one box, filters by kind, theme and comune, "open now" and "near
//! me" for desks, results in the reader's language or marked as the Italian original.

pub mod analytics;
mod documents;
mod sync;

use std::sync::Arc;

use sportello_core::{GeoPoint, Locale, Theme};
use sportello_search::{Kind, Order, Request, SearchIndex};
use tokio::sync::Mutex;

pub use sportello_search::query::Segment;
pub use sportello_search::{Facets, Hit, Kind as ResultKind, Suggestion};
pub use sync::{Progress, GAP_WAIT};

use crate::directory::{local_time, OpenState};
use crate::platform::rate_limit::RateLimiter;
use crate::{App, Result};

/// Results per page.
pub const PER_PAGE: usize = 10;
/// Pages a reader can go through.
pub const MOST_PAGES: usize = 20;
/// Radius of "near me", in kilometres.
pub const NEAR_KM: f64 = 30.0;

/// The node's search: its index (opened on first use), where it is in the outbox, and the
/// per-address allowance of questions.
#[derive(Debug)]
pub struct Search {
    index: tokio::sync::OnceCell<Arc<SearchIndex>>,
    state: Mutex<sync::SyncState>,
    pub progress: Progress,
    limiter: RateLimiter,
    analytics: analytics::Analytics,
}

impl Search {
    pub fn new(settings: &crate::Settings) -> Search {
        Search {
            index: tokio::sync::OnceCell::new(),
            state: Mutex::new(sync::SyncState::default()),
            progress: Progress::default(),
            // Per address as set; for the whole node, about what one core answers.
            limiter: RateLimiter::new(settings.search.queries_per_ip_per_minute, 60, 60_000, 60),
            analytics: analytics::Analytics::default(),
        }
    }
}

async fn index(app: &App) -> Result<Arc<SearchIndex>> {
    let search = app.search();
    search
        .index
        .get_or_try_init(|| async {
            let mut state = search.state.lock().await;
            let index = sync::open(app, &mut state).await?;
            sync::catch_up(app, &index, &mut state).await?;
            Ok(index)
        })
        .await
        .cloned()
}

/// Applies what changed since the last call (opening the index first if need be); the
/// serving loop calls it every `search.poll_ms`.
pub async fn sync(app: &App) -> Result<usize> {
    let index = index(app).await?;
    let mut state = app.search().state.lock().await;
    sync::catch_up(app, &index, &mut state).await
}

/// Follows the outbox for as long as the server runs, every `search.poll_ms`.
pub async fn follow(app: App) {
    let every = std::time::Duration::from_millis(app.settings().search.poll_ms);
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = analytics::flush(&app, false).await {
            tracing::warn!(error = %e, "search counts could not be written; kept for the next try");
        }
        if let Err(e) = sync(&app).await {
            tracing::warn!(error = %e, "search index could not catch up; trying again");
            tokio::time::sleep(every * 20).await;
        }
    }
}

/// Rebuilds this node's index from the database now, aside, and swaps it in.
pub async fn rebuild(app: &App) -> Result<u64> {
    let index = index(app).await?;
    let mut state = app.search().state.lock().await;
    sync::rebuild(app, &index, &mut state).await
}

/// Asks every node to rebuild its index (they read the request from the outbox).
pub async fn request_rebuild(app: &App) -> Result<()> {
    Ok(app.store().request_search_rebuild().await?)
}

/// Outbox rows this node had not applied at its last look (for `/metrics`).
pub fn lag(app: &App) -> i64 {
    let progress = &app.search().progress;
    let lag = progress.head.load(std::sync::atomic::Ordering::Relaxed)
        - progress.applied.load(std::sync::atomic::Ordering::Relaxed);
    lag.max(0)
}

/// Searchable documents on this node, and outbox rows not applied yet.
pub async fn status(app: &App) -> Result<(u64, i64)> {
    let index = index(app).await?;
    Ok((index.documents(), lag(app)))
}

/// A reader's question as the page or the API sends it; unknown values were already
/// dropped (an unknown kind or theme filters nothing).
#[derive(Debug, Clone, Default)]
pub struct Question {
    pub text: String,
    pub kinds: Vec<Kind>,
    pub theme: Option<Theme>,
    pub comune: Option<String>,
    pub open_now: bool,
    pub near: Option<GeoPoint>,
    /// From 1.
    pub page: usize,
}

/// The answer, with what the page needs to go on.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// The comuni of the results: slug, name, count.
    pub comuni: Vec<(String, String, u64)>,
    pub page: usize,
    pub pages: usize,
    /// Refused: too many questions from this address this minute.
    pub throttled: bool,
}

/// Answers a reader's question. `client` is their address, counted in memory only.
pub async fn ask(app: &App, question: &Question, reader: Locale, client: &str) -> Result<Answer> {
    if !app
        .search()
        .limiter
        .allow(client, app.clock().now().timestamp())
    {
        return Ok(Answer {
            throttled: true,
            ..Answer::default()
        });
    }
    let index = index(app).await?;
    let page = question.page.clamp(1, MOST_PAGES);
    let mut request = Request::new(question.text.clone(), reader);
    request.kinds.clone_from(&question.kinds);
    request.theme = question.theme.map(|t| t.slug().to_owned());
    request.comune.clone_from(&question.comune);
    request.offset = (page - 1) * PER_PAGE;
    request.limit = PER_PAGE;
    if question.open_now || question.near.is_some() {
        request.kinds = vec![Kind::Desk];
        request.only = Some(desks_now(app, question).await?);
    }
    if let Some(point) = question.near {
        request.order = Order::Nearest(point);
    }
    let results = tokio::task::spawn_blocking(move || index.search(&request))
        .await
        .map_err(|e| crate::Error::Search(e.to_string()))?
        .map_err(|e| crate::Error::Search(e.to_string()))?;
    if page == 1 {
        analytics::asked(app, reader, &question.text, question.theme, results.total);
    }
    let pages = results.total.div_ceil(PER_PAGE).clamp(1, MOST_PAGES);
    let snapshot = app.directory().snapshot().await?;
    let name_of = |slug: &str| {
        snapshot
            .comuni
            .iter()
            .find(|c| crate::hsds::slugify(&c.name) == slug)
            .map_or_else(|| slug.to_owned(), |c| c.name.clone())
    };
    let comuni = results
        .facets
        .comuni
        .iter()
        .map(|(slug, n)| (slug.clone(), name_of(slug), *n))
        .collect();
    Ok(Answer {
        comuni,
        total: results.total,
        hits: results.hits,
        facets: results.facets,
        page,
        pages,
        throttled: false,
    })
}

/// The desks "open now" and "near me" allow, from the directory's snapshot.
async fn desks_now(app: &App, question: &Question) -> Result<Vec<sportello_search::ItemKey>> {
    let snapshot = app.directory().snapshot().await?;
    let local = local_time(app.clock().now());
    Ok(snapshot
        .desks
        .iter()
        .filter(|d| !question.open_now || matches!(d.open_state(local), OpenState::Open { .. }))
        .filter(|d| {
            question
                .near
                .is_none_or(|from| d.card.point.is_some_and(|p| from.distance_km(p) <= NEAR_KM))
        })
        .map(|d| sportello_search::ItemKey::new(Kind::Desk, &d.card.id))
        .collect())
}

/// A result the reader followed from `text`: where it is (after the language segment), and
/// the click counted; `None` when the index has no such item (or the reader asked too much).
pub async fn follow_result(
    app: &App,
    reader: Locale,
    text: &str,
    item: &str,
    client: &str,
) -> Result<Option<String>> {
    let Some(key) = sportello_search::ItemKey::decode(item) else {
        return Ok(None);
    };
    if !app
        .search()
        .limiter
        .allow(client, app.clock().now().timestamp())
    {
        return Ok(None);
    }
    let index = index(app).await?;
    let path = tokio::task::spawn_blocking(move || index.path_of(&key, reader))
        .await
        .map_err(|e| crate::Error::Search(e.to_string()))?
        .map_err(|e| crate::Error::Search(e.to_string()))?;
    if path.is_some() {
        analytics::followed(app, reader, text, item);
    }
    Ok(path.map(|(_, path)| path))
}

/// Titles and paths of items, as an Italian reader would be shown them (unknown ones left
/// out).
pub(crate) async fn titles(app: &App, items: Vec<String>) -> Result<Vec<Option<(String, String)>>> {
    let index = index(app).await?;
    tokio::task::spawn_blocking(move || {
        items
            .iter()
            .map(|i| match sportello_search::ItemKey::decode(i) {
                Some(key) => index.path_of(&key, Locale::It),
                None => Ok(None),
            })
            .collect::<sportello_search::Result<Vec<_>>>()
    })
    .await
    .map_err(|e| crate::Error::Search(e.to_string()))?
    .map_err(|e| crate::Error::Search(e.to_string()))
}

/// Titles completing what the reader types (the autocomplete).
pub async fn suggest(
    app: &App,
    text: &str,
    reader: Locale,
    client: &str,
) -> Result<Vec<Suggestion>> {
    if !app
        .search()
        .limiter
        .allow(client, app.clock().now().timestamp())
    {
        return Ok(Vec::new());
    }
    let index = index(app).await?;
    let text = text.to_owned();
    tokio::task::spawn_blocking(move || index.suggest(&text, reader, 8))
        .await
        .map_err(|e| crate::Error::Search(e.to_string()))?
        .map_err(|e| crate::Error::Search(e.to_string()))
}
