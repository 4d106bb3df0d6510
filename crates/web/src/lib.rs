//! The HTTP layer of sportello: routers, pages, static assets, translations and the
//! middleware every response passes through (request id, metrics, security headers,
//! compression, error pages, panic catching, timeouts, body limits).

mod api;
mod platform;
mod public;
mod workspace;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::Router;
use sportello_app::Settings;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

pub use platform::assets::Assets;
pub use platform::i18n::I18n;
pub use platform::metrics::Metrics;
pub use platform::routes::{Allowed, RouteAccess};
pub use platform::server;

use platform::routes::Routes;

/// Everything a handler may need. Cheap to clone (one `Arc`).
#[derive(Debug, Clone)]
pub struct AppState(Arc<Inner>);

#[derive(Debug)]
pub struct Inner {
    /// The use cases: every handler calls one of them.
    pub app: sportello_app::App,
    pub settings: Settings,
    pub i18n: I18n,
    pub assets: Assets,
    pub metrics: Metrics,
    pub headers: platform::middleware::SecurityHeaders,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// Builds the state over the app's use cases; fails when a translation file is broken.
    pub fn new(app: sportello_app::App) -> Result<Self, String> {
        let i18n = I18n::load()?;
        let settings = app.settings().clone();
        let headers = platform::middleware::SecurityHeaders::new(
            settings.behind_tls(),
            &settings.server.map_tiles,
        );
        Ok(Self(Arc::new(Inner {
            app,
            i18n,
            assets: Assets::new(),
            metrics: Metrics::new(),
            headers,
            settings,
        })))
    }
}

/// Every route of every area, with who may use it.
fn areas() -> Routes {
    Routes::new()
        .merge(public::portal::routes())
        .merge(public::directory::routes())
        .merge(public::catalogue::routes())
        .merge(public::kb::routes())
        .merge(public::search::routes())
        .merge(workspace::identity::routes())
        .merge(workspace::directory::routes())
        .merge(workspace::catalogue::routes())
        .merge(workspace::translation::routes())
        .merge(workspace::kb::routes())
        .merge(workspace::search::routes())
        .merge(workspace::audit::routes())
        .merge(platform::dev_mail::routes())
        .merge(platform::assets::routes())
        .merge(platform::ops::routes())
        .merge(api::hsds::routes())
        .merge(api::search::routes())
}

/// Who may use each route (method, path as registered): the access test walks it, and a
/// route cannot be registered without its row (see `platform::routes`).
pub fn access_table() -> Vec<RouteAccess> {
    areas().into_parts().1
}

/// The whole application: every route behind the shared middleware stack.
pub fn router(state: AppState) -> Router {
    // Route layers run once a route matched, with its template (`MatchedPath`) at hand:
    // the CSRF check audits refusals by template (never a token-bearing path), and
    // `tag_route` (outermost, so refusals are labelled too) names the route in the metrics
    // and the request's log span.
    let routes = areas()
        .into_parts()
        .0
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            platform::session::verify_csrf,
        ))
        .route_layer(axum::middleware::from_fn(platform::metrics::tag_route))
        .fallback(|| async { StatusCode::NOT_FOUND });

    let timeout = Duration::from_secs(state.settings.server.request_timeout_secs);
    let max_body = state.settings.server.max_body_bytes;
    // The hard bound is the upload one; every body but a signed-in operator's upload is held
    // to `max_body` before it is read (the CSRF check, and the extractors' default limit).
    let max_upload = state.settings.server.max_upload_bytes;
    // Innermost first. `Router::layer` turns each layer's response back into an axum
    // `Response`, so the `from_fn` middleware see one body type. Read bottom-up, that is:
    // the request id exists before anything logs, errors are rendered before they are
    // compressed, and panics, timeouts and oversized bodies become responses the renderer sees.
    // The page cache is outside compression (it stores its own compressed bodies) and
    // inside the security headers, metrics and request id, which every response gets.
    let page_cache = platform::page_cache::PageCache::new(&state);
    routes
        .layer(DefaultBodyLimit::max(max_body))
        .layer(RequestBodyLimitLayer::new(max_upload))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            platform::session::load_session,
        ))
        .layer(axum::middleware::from_fn(
            platform::middleware::limit_headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            platform::middleware::render_errors,
        ))
        .layer(platform::middleware::live_compression())
        .layer(axum::middleware::from_fn_with_state(
            page_cache,
            platform::page_cache::serve,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            platform::middleware::security_headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            platform::metrics::record,
        ))
        .layer(axum::middleware::from_fn(platform::middleware::request_id))
        .with_state(state)
}
