//! The rendered-page cache: anonymous GETs of the public pages are answered from memory,
//! with the identity, gzip and brotli bodies compressed once when the page is rendered.
//!
//! It sits between the security headers and compression (see `router`): a page from the
//! cache still gets its request id, its metrics and the security headers, and the stack's
//! compression never runs on it.
//!
//! A stored page is used only while
//! - the published-data version it was rendered at (the directory's and the knowledge
//!   base's) is still the current one
//!   ([`sportello_app::directory::Directory::version`]: an edit on this node invalidates at
//!   once; another node's edit is seen within `server.page_cache_ms`, as for the snapshot),
//! - the translators' reviews in force are still the ones it was rendered with
//!   ([`crate::I18n::review_version`]),
//! - and within the minute it was rendered in, Europe/Rome time: "open now" and "closes at"
//!   change by the minute. Rome's offset from UTC is a whole number of hours, so its local
//!   minutes begin with the UTC ones and the end of the minute is a multiple of 60 seconds.
//!
//! What the cached pages depend on: the path (language, slug), the query (the finder's
//! filters), the directory data and the clock — nothing else of the request. None of them
//! reads a header or a cookie: the `lang` cookie and `Accept-Language` only pick the
//! language of URLs that name none (`/`, error pages), and those are not cached (`/` is not
//! in [`CACHED_ROUTES`], errors are not 200). The key is therefore the path and query alone.
//! A request with a session cookie never gets a stored page and never stores one: the public
//! pages do not show who is signed in today, but nothing may depend on that staying so.

use std::collections::HashMap;
use std::convert::Infallible;
use std::io::Write as _;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use lru::LruCache;
use sha2::{Digest, Sha256};
use tower::{Layer, ServiceExt};

use crate::platform::metrics::RouteLabel;
use crate::platform::session::{cookie_value, session_cookie_name};
use crate::AppState;

/// The route templates whose pages are cached: public pages that show the same to everybody.
/// The one list to extend; a page added here must depend on nothing but its URL, the
/// published data (the directory's and the knowledge base's, whose versions the stamp
/// joins) and the minute (see the module doc). A sheet's scheduled publication shows
/// within the minute, as "open now" does.
pub const CACHED_ROUTES: &[&str] = &[
    "/{lang}/",
    "/{lang}/sportelli",
    "/{lang}/sportelli/{slug}",
    "/{lang}/servizi-online",
    "/{lang}/servizi/{slug}",
    "/{lang}/{theme}",
    "/{lang}/{theme}/{slug}",
];

/// Debug header on every response of a cached route: `hit`, `miss` or `bypass` (a session).
pub static X_PAGE_CACHE: HeaderName = HeaderName::from_static("x-page-cache");

/// Caches and proxies in front may store a page but must ask us again before every use
/// (`no-cache`), with the ETag: we answer that from memory with a 304, which costs almost
/// nothing, and an edit shows at once, also through them. A `max-age` would let them serve
/// a page for that long after an edit (or after "open now" changed) without asking; and a
/// signed-in request, which they forward to us too, always reaches the bypass rule.
const CACHE_CONTROL: HeaderValue = HeaderValue::from_static("public, no-cache");

/// gzip level and brotli quality: compressed once per page and minute, so near the best
/// ratio, but not brotli's slowest qualities (10 and 11), which cost tens of milliseconds on
/// a large page, and a miss waits for them.
const GZIP_LEVEL: u32 = 9;
const BROTLI_QUALITY: u32 = 9;
const BROTLI_WINDOW: u32 = 22;

/// What an entry costs besides its bodies and key (headers, bookkeeping), roughly.
const ENTRY_OVERHEAD: usize = 512;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Identity = 0,
    Gzip = 1,
    Brotli = 2,
}

impl Encoding {
    fn header(self) -> Option<HeaderValue> {
        match self {
            Self::Identity => None,
            Self::Gzip => Some(HeaderValue::from_static("gzip")),
            Self::Brotli => Some(HeaderValue::from_static("br")),
        }
    }
}

/// One stored body.
#[derive(Debug)]
struct Variant {
    body: Bytes,
    /// Strong, and per encoding (RFC 9110 §8.8.3: a strong validator belongs to one
    /// representation): the hash of the identity body, suffixed for the compressed ones.
    etag: HeaderValue,
    /// `Content-Encoding`, `None` for identity.
    encoding: Option<HeaderValue>,
}

#[derive(Debug)]
struct Entry {
    /// The directory version the page was rendered at.
    version: Arc<str>,
    /// Unix second from which the entry is stale: the end of the minute it was rendered in.
    expires: u64,
    /// What the handler's response said besides its body (content type and anything else),
    /// without the headers this module sets.
    headers: HeaderMap,
    route: Option<RouteLabel>,
    /// Identity, gzip and brotli; a compressed variant that would not be smaller is the
    /// identity one again (same bytes, shared, counted once).
    variants: [Arc<Variant>; 3],
    bytes: usize,
}

/// The stored pages, least recently used first out, within `cap` bytes.
#[derive(Debug)]
struct Pages {
    lru: LruCache<String, Arc<Entry>>,
    bytes: usize,
    cap: usize,
}

impl Pages {
    fn new(cap: usize) -> Self {
        Self {
            lru: LruCache::unbounded(),
            bytes: 0,
            cap,
        }
    }

    /// The page, now the most recently used.
    fn get(&mut self, key: &str) -> Option<Arc<Entry>> {
        self.lru.get(key).cloned()
    }

    /// Stores the page (one larger than the whole cap is not), then drops the least
    /// recently used ones until the rest fits; returns how many were dropped.
    fn insert(&mut self, key: &str, entry: Arc<Entry>) -> u64 {
        if entry.bytes > self.cap {
            return 0;
        }
        self.bytes += entry.bytes;
        if let Some(old) = self.lru.put(key.to_owned(), entry) {
            self.bytes -= old.bytes;
        }
        let mut evicted = 0;
        while self.bytes > self.cap {
            let Some((_, old)) = self.lru.pop_lru() else {
                break;
            };
            self.bytes -= old.bytes;
            evicted += 1;
        }
        evicted
    }

    /// Drops `entry` if it is still the one stored under `key` (not a newer one).
    fn remove(&mut self, key: &str, entry: &Arc<Entry>) {
        if self.lru.peek(key).is_some_and(|e| Arc::ptr_eq(e, entry)) {
            self.lru.pop(key);
            self.bytes -= entry.bytes;
        }
    }
}

/// Fills under way, by key: the first miss renders, concurrent ones for the same page wait
/// for it instead of rendering and compressing the same page again (every page misses at
/// once at the turn of the minute).
type Fills = HashMap<String, Arc<tokio::sync::Mutex<()>>>;

/// The cache, shared by every route of one router. Cheap to clone.
#[derive(Debug, Clone)]
pub struct PageCache(Option<Arc<Inner>>);

#[derive(Debug)]
struct Inner {
    state: AppState,
    pages: Mutex<Pages>,
    fills: Mutex<Fills>,
}

impl PageCache {
    /// Holds up to `server.page_cache_bytes`; 0 disables it (requests pass through).
    pub fn new(state: &AppState) -> Self {
        let cap = usize::try_from(state.settings.server.page_cache_bytes).unwrap_or(usize::MAX);
        if cap == 0 {
            return Self(None);
        }
        Self(Some(Arc::new(Inner {
            state: state.clone(),
            pages: Mutex::new(Pages::new(cap)),
            fills: Mutex::new(HashMap::new()),
        })))
    }
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The middleware: answers from the cache, or renders, stores and answers from the new entry.
pub async fn serve(State(cache): State<PageCache>, req: Request, next: Next) -> Response {
    let Some(cache) = cache.0 else {
        return next.run(req).await;
    };
    let cached_route = req
        .extensions()
        .get::<MatchedPath>()
        .is_some_and(|p| CACHED_ROUTES.contains(&p.as_str()));
    if !cached_route || !matches!(*req.method(), Method::GET | Method::HEAD) {
        return next.run(req).await;
    }
    let metrics = &cache.state.metrics;
    if has_session(req.headers()) {
        metrics.page_cache("bypass");
        let mut response = next.run(req).await;
        mark(&mut response, "bypass");
        return response;
    }
    let encoding = negotiate(req.headers());
    let uri = req.uri();
    let path_and_query = uri
        .path_and_query()
        .map_or_else(|| uri.path(), |pq| pq.as_str());
    if let Some(entry) = cache.valid(path_and_query).await {
        metrics.page_cache("hit");
        return answer(&entry, encoding, req.headers(), "hit");
    }
    let key = path_and_query.to_owned();

    // One fill per page at a time: wait for one under way, then look again.
    let (gate, first) = {
        let mut fills = cache.fills.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(gate) = fills.get(&key) {
            (gate.clone(), false)
        } else {
            let gate = Arc::new(tokio::sync::Mutex::new(()));
            fills.insert(key.clone(), gate.clone());
            (gate, true)
        }
    };
    // Also when the client goes away and this future is dropped mid-fill.
    let _forget = first.then(|| ForgetFill {
        cache: &cache,
        key: &key,
        gate: gate.clone(),
    });
    let held = gate.lock().await;
    if !first {
        drop(held);
        if let Some(entry) = cache.valid(&key).await {
            metrics.page_cache("hit");
            return answer(&entry, encoding, req.headers(), "hit");
        }
    }
    metrics.page_cache("miss");
    cache.fill(&key, req, next).await
}

/// Removes a finished fill from the fills under way.
struct ForgetFill<'a> {
    cache: &'a Inner,
    key: &'a str,
    gate: Arc<tokio::sync::Mutex<()>>,
}

impl Drop for ForgetFill<'_> {
    fn drop(&mut self) {
        let mut fills = self
            .cache
            .fills
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if fills
            .get(self.key)
            .is_some_and(|g| Arc::ptr_eq(g, &self.gate))
        {
            fills.remove(self.key);
        }
    }
}

/// A session cookie of either kind (with and without TLS): the request is someone's.
fn has_session(headers: &HeaderMap) -> bool {
    cookie_value(headers, session_cookie_name(true)).is_some()
        || cookie_value(headers, session_cookie_name(false)).is_some()
}

fn mark(response: &mut Response, outcome: &'static str) {
    response
        .headers_mut()
        .insert(X_PAGE_CACHE.clone(), HeaderValue::from_static(outcome));
}

impl Inner {
    /// The stored page for `key` if it is still valid (the stale one is dropped).
    async fn valid(&self, key: &str) -> Option<Arc<Entry>> {
        let entry = self.pages().get(key)?;
        let current =
            entry.expires > now_secs() && self.version().await.is_some_and(|v| v == entry.version);
        if current {
            return Some(entry);
        }
        let mut pages = self.pages();
        pages.remove(key, &entry);
        self.state.metrics.page_cache_size(pages.bytes, 0);
        None
    }

    /// What a page's text depends on besides the path and the minute: the directory data
    /// and the translators' reviews in force.
    async fn version(&self) -> Option<Arc<str>> {
        let directory = self.state.app.directory().version().await.ok()?;
        let reviews = self.state.i18n.review_version();
        Some(format!("{directory}/{reviews}").into())
    }

    fn pages(&self) -> std::sync::MutexGuard<'_, Pages> {
        self.pages.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Renders the page with the identity encoding, stores it when it may be, and answers.
    async fn fill(&self, key: &str, req: Request, next: Next) -> Response {
        // Stamped before rendering: the page shows at least this version and this minute.
        let rendered_at = now_secs();
        let version = self.version().await;
        let encoding = negotiate(req.headers());
        let (mut parts, body) = req.into_parts();
        let validators = parts.headers.clone();
        // The identity body: compression must not run below us.
        let accept = parts.headers.remove(header::ACCEPT_ENCODING);
        // A HEAD answered by GET (hyper sends no body for HEAD) fills the cache too.
        parts.method = Method::GET;
        let response = next.run(Request::from_parts(parts, body)).await;
        let Some(version) = version.filter(|_| storable(&response)) else {
            let mut response = compress_as_the_stack(accept, response).await;
            mark(&mut response, "miss");
            return response;
        };
        let (mut parts, body) = response.into_parts();
        let body = match axum::body::to_bytes(body, usize::MAX).await {
            Ok(body) => body,
            Err(e) => {
                tracing::error!(error = %e, "page body could not be read");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
        for name in [
            header::CONTENT_LENGTH,
            header::CONTENT_ENCODING,
            header::TRANSFER_ENCODING,
            header::VARY,
            header::ETAG,
            header::CACHE_CONTROL,
        ] {
            parts.headers.remove(name);
        }
        let variants = match tokio::task::spawn_blocking(move || encode(body)).await {
            Ok(Ok(variants)) => variants,
            Ok(Err(e)) => {
                tracing::error!(error = %e, "page could not be compressed");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
            Err(e) => {
                tracing::error!(error = %e, "page compression failed");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
        let bodies: usize = variants
            .iter()
            .enumerate()
            .filter(|(i, v)| *i == 0 || !Arc::ptr_eq(v, &variants[0]))
            .map(|(_, v)| v.body.len())
            .sum();
        let entry = Arc::new(Entry {
            version,
            expires: (rendered_at / 60 + 1) * 60,
            route: parts.extensions.get::<RouteLabel>().cloned(),
            headers: parts.headers,
            variants,
            bytes: bodies + key.len() + ENTRY_OVERHEAD,
        });
        if entry.expires > now_secs() {
            self.store(key, entry.clone());
        }
        answer(&entry, encoding, &validators, "miss")
    }

    fn store(&self, key: &str, entry: Arc<Entry>) {
        let mut pages = self.pages();
        let evicted = pages.insert(key, entry);
        self.state.metrics.page_cache_size(pages.bytes, evicted);
    }
}

/// Only complete 200 pages meant for everybody: nothing that sets a cookie, nothing the
/// handler marked as private or not to be stored.
fn storable(response: &Response) -> bool {
    let headers = response.headers();
    response.status() == StatusCode::OK
        && !headers.contains_key(header::SET_COOKIE)
        && !headers.contains_key(header::CONTENT_ENCODING)
        && !headers
            .get_all(header::CACHE_CONTROL)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|v| {
                let v = v.to_ascii_lowercase();
                v.contains("no-store") || v.contains("private")
            })
}

/// A response we asked for uncompressed and do not store goes through the same compression
/// as every other response (`live_compression`, as in `router`), with the
/// client's own `Accept-Encoding`.
async fn compress_as_the_stack(accept: Option<HeaderValue>, response: Response) -> Response {
    let mut response = Some(response);
    let inner = tower::service_fn(move |_: Request<()>| {
        let response = response.take().unwrap_or_default();
        std::future::ready(Ok::<_, Infallible>(response))
    });
    let mut req = Request::new(());
    if let Some(accept) = accept {
        req.headers_mut().insert(header::ACCEPT_ENCODING, accept);
    }
    match crate::platform::middleware::live_compression()
        .layer(inner)
        .oneshot(req)
        .await
    {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}

/// The three bodies and their ETags.
fn encode(identity: Bytes) -> std::io::Result<[Arc<Variant>; 3]> {
    let digest = Sha256::digest(&identity);
    let mut hash = String::with_capacity(32);
    for byte in &digest[..16] {
        use std::fmt::Write as _;
        let _ = write!(hash, "{byte:02x}");
    }
    let etag = |suffix: &str| HeaderValue::from_str(&format!("\"{hash}{suffix}\""));
    let plain = Arc::new(Variant {
        etag: etag("").map_err(std::io::Error::other)?,
        encoding: None,
        body: identity,
    });

    let mut gz = flate2::write::GzEncoder::new(
        Vec::with_capacity(plain.body.len() / 4),
        flate2::Compression::new(GZIP_LEVEL),
    );
    gz.write_all(&plain.body)?;
    let gz = gz.finish()?;

    let mut br = Vec::with_capacity(plain.body.len() / 4);
    {
        let mut writer =
            brotli::CompressorWriter::new(&mut br, 4096, BROTLI_QUALITY, BROTLI_WINDOW);
        writer.write_all(&plain.body)?;
        writer.flush()?;
    }

    let variant = |body: Vec<u8>, encoding: Encoding, suffix: &str| {
        if body.len() >= plain.body.len() {
            return Ok(plain.clone());
        }
        Ok::<_, std::io::Error>(Arc::new(Variant {
            body: Bytes::from(body),
            etag: etag(suffix).map_err(std::io::Error::other)?,
            encoding: encoding.header(),
        }))
    };
    Ok([
        plain.clone(),
        variant(gz, Encoding::Gzip, "-gz")?,
        variant(br, Encoding::Brotli, "-br")?,
    ])
}

/// The stored page in the client's encoding, or 304 when its `If-None-Match` holds the
/// ETag of that variant. The body is shared, never copied.
fn answer(
    entry: &Entry,
    encoding: Encoding,
    request: &HeaderMap,
    outcome: &'static str,
) -> Response {
    let variant = &entry.variants[encoding as usize];
    let not_modified = request
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .any(|v| etag_matches(v.as_bytes(), variant.etag.as_bytes()));
    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = Response::new(Body::from(variant.body.clone()));
        // Room for ours and the outer layers' (security headers, request id) at once.
        let headers = r.headers_mut();
        headers.reserve(entry.headers.len() + 16);
        for (name, value) in &entry.headers {
            headers.append(name, value.clone());
        }
        if let Some(encoding) = &variant.encoding {
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, encoding.clone());
        }
        r.headers_mut().insert(
            header::CONTENT_LENGTH,
            HeaderValue::from(variant.body.len()),
        );
        r
    };
    let headers = response.headers_mut();
    headers.insert(header::ETAG, variant.etag.clone());
    headers.insert(header::CACHE_CONTROL, CACHE_CONTROL);
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    headers.insert(X_PAGE_CACHE.clone(), HeaderValue::from_static(outcome));
    if let Some(route) = &entry.route {
        response.extensions_mut().insert(route.clone());
    }
    response
}

/// `If-None-Match` (a list of entity tags, or `*`) against our tag, with the weak
/// comparison the header asks for (RFC 9110 §13.1.2).
fn etag_matches(list: &[u8], ours: &[u8]) -> bool {
    list.split(|b| *b == b',')
        .map(<[u8]>::trim_ascii)
        .any(|tag| tag == b"*" || tag.strip_prefix(b"W/").unwrap_or(tag) == ours)
}

/// The client's preferred encoding among ours: the highest `q`, brotli before gzip before
/// identity on a tie; identity when it accepts neither.
fn negotiate(headers: &HeaderMap) -> Encoding {
    // q in thousandths; `None`: not named.
    let (mut br, mut gzip, mut identity, mut any) = (None, None, None, None);
    for item in headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
    {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q = parts
            .find_map(|p| {
                let p = p.trim();
                p.strip_prefix("q=").or_else(|| p.strip_prefix("Q="))
            })
            .map_or(1000, parse_q);
        let slot = if name.eq_ignore_ascii_case("br") {
            &mut br
        } else if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
            &mut gzip
        } else if name.eq_ignore_ascii_case("identity") {
            &mut identity
        } else if name == "*" {
            &mut any
        } else {
            continue;
        };
        *slot = Some(q);
    }
    let br = br.or(any).unwrap_or(0);
    let gzip = gzip.or(any).unwrap_or(0);
    // Identity is acceptable unless refused by name or by `*;q=0`.
    let identity = identity.or(any).unwrap_or(1);
    if br > 0 && br >= gzip && br >= identity {
        Encoding::Brotli
    } else if gzip > 0 && gzip >= identity {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// `q` (`0`, `0.5`, `1.000`) in thousandths; anything unreadable counts as 0.
fn parse_q(text: &str) -> u16 {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return 0,
    };
    let mut thousandths = 0;
    for (i, digit) in fraction.bytes().enumerate() {
        if i >= 3 || !digit.is_ascii_digit() {
            return 0;
        }
        thousandths += u16::from(digit - b'0') * [100, 10, 1][i];
    }
    (whole + thousandths).min(1000)
}

#[cfg(test)]
mod tests;
