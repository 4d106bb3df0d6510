//! Prometheus metrics of the HTTP layer.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::AppState;

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LatencyLabels {
    method: &'static str,
    route: String,
}

/// How the page cache answered a request of a cached route: `hit`, `miss` (rendered, and
/// stored when it could be) or `bypass` (a session cookie: never from the cache).
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PageCacheLabels {
    outcome: &'static str,
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<LatencyLabels, Histogram>,
    page_cache: Family<PageCacheLabels, Counter>,
    page_cache_evictions: Counter,
    page_cache_bytes: Gauge,
    search_lag: Gauge,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("sportello");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<LatencyLabels, Histogram>::new_with_constructor(|| {
            Histogram::new([
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ])
        });
        registry.register("http_requests", "HTTP requests answered", requests.clone());
        registry.register(
            "http_request_duration_seconds",
            "Time to answer an HTTP request",
            latency.clone(),
        );
        let page_cache = Family::<PageCacheLabels, Counter>::default();
        let page_cache_evictions = Counter::default();
        let page_cache_bytes = Gauge::default();
        registry.register(
            "page_cache_requests",
            "Requests of cached public pages, by outcome (hit, miss, bypass)",
            page_cache.clone(),
        );
        registry.register(
            "page_cache_evictions",
            "Pages dropped from the page cache to stay within server.page_cache_bytes",
            page_cache_evictions.clone(),
        );
        registry.register(
            "page_cache_bytes",
            "Bytes of rendered pages held by the page cache (all encodings)",
            page_cache_bytes.clone(),
        );
        let search_lag = Gauge::default();
        registry.register(
            "search_outbox_lag",
            "Outbox rows this node's search index has not applied yet",
            search_lag.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            page_cache,
            page_cache_evictions,
            page_cache_bytes,
            search_lag,
        }
    }

    /// One request of a cached route; `outcome` is `hit`, `miss` or `bypass`.
    pub(crate) fn page_cache(&self, outcome: &'static str) {
        self.page_cache
            .get_or_create(&PageCacheLabels { outcome })
            .inc();
    }

    /// The page cache dropped `evicted` pages and now holds `bytes`.
    pub(crate) fn page_cache_size(&self, bytes: usize, evicted: u64) {
        self.page_cache_evictions.inc_by(evicted);
        self.page_cache_bytes
            .set(i64::try_from(bytes).unwrap_or(i64::MAX));
    }

    /// How far behind the outbox this node's search index is, in rows.
    pub(crate) fn search_lag(&self, rows: i64) {
        self.search_lag.set(rows);
    }

    pub fn encode(&self) -> String {
        let mut out = String::new();
        if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &self.registry) {
            tracing::error!(error = %e, "metrics encoding failed");
        }
        out
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

/// The route template (`/{lang}/sportelli`) a response came from; routes tag their
/// responses with it so that metrics have bounded label values.
#[derive(Debug, Clone)]
pub(crate) struct RouteLabel(String);

pub async fn tag_route(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned());
    if let Some(route) = &route {
        // The request span (`middleware::request_id`) logs the template, not the path.
        tracing::Span::current().record("route", route.as_str());
    }
    let mut response = next.run(req).await;
    if let Some(route) = route {
        response.extensions_mut().insert(RouteLabel(route));
    }
    response
}

fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

pub async fn record(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = method_label(req.method());
    let response = next.run(req).await;
    let route = response
        .extensions()
        .get::<RouteLabel>()
        .map_or_else(|| "unmatched".to_owned(), |r| r.0.clone());
    state
        .metrics
        .latency
        .get_or_create(&LatencyLabels {
            method,
            route: route.clone(),
        })
        .observe(started.elapsed().as_secs_f64());
    state
        .metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route,
            status: response.status().as_u16(),
        })
        .inc();
    response
}
