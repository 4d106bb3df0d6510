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
use axum::routing::{get, post};
use axum::Router;
use sportello_app::Settings;
use sportello_store::Store;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

pub use platform::assets::Assets;
pub use platform::i18n::I18n;
pub use platform::metrics::Metrics;
pub use platform::server;

/// Everything a handler may need. Cheap to clone (one `Arc`).
#[derive(Debug, Clone)]
pub struct AppState(Arc<Inner>);

#[derive(Debug)]
pub struct Inner {
    /// The use cases: every handler calls one of them.
    pub app: sportello_app::App,
    pub store: Store,
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
    /// Builds the state; fails when a translation file is broken or the store cannot be read.
    pub async fn new(store: Store, settings: Settings) -> Result<Self, String> {
        let i18n = I18n::load()?;
        let headers = platform::middleware::SecurityHeaders::new(
            settings.behind_tls(),
            &settings.server.map_tiles,
        );
        let app = sportello_app::App::new(store.clone(), settings.clone())
            .await
            .map_err(|e| e.to_string())?;
        Ok(Self(Arc::new(Inner {
            app,
            store,
            i18n,
            assets: Assets::new(),
            metrics: Metrics::new(),
            headers,
            settings,
        })))
    }
}

/// The whole application: every route behind the shared middleware stack.
pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/", get(public::portal::root))
        .route("/lang/{tag}", get(public::portal::switch_language))
        .route("/{lang}", get(public::portal::language_root))
        .route("/{lang}/", get(public::portal::home))
        .route("/{lang}/sportelli", get(public::directory::finder))
        .route("/{lang}/sportelli/{slug}", get(public::directory::desk))
        .route("/api/desks.geojson", get(public::directory::geojson))
        .merge(api::hsds::routes())
        .merge(public::catalogue::routes())
        .route(
            "/{lang}/accesso",
            get(workspace::identity::login_form).post(workspace::identity::login_submit),
        )
        .route(
            "/{lang}/accesso/recupero",
            get(workspace::identity::reset_form).post(workspace::identity::reset_request),
        )
        .route(
            "/{lang}/accesso/recupero/{token}",
            get(workspace::identity::reset_link).post(workspace::identity::reset_submit),
        )
        .route("/dev/mail", get(workspace::identity::dev_mail))
        .route(
            "/{lang}/workspace/sportelli",
            get(workspace::identity::my_desks),
        )
        .route(
            "/{lang}/workspace/sportelli/{slug}/modifica",
            get(workspace::directory::edit_form).post(workspace::directory::save),
        )
        .route(
            "/{lang}/workspace/servizi",
            get(workspace::catalogue::my_services),
        )
        .route(
            "/{lang}/workspace/servizi/{service}/modifica",
            get(workspace::catalogue::edit_form).post(workspace::catalogue::save),
        )
        .route(
            "/{lang}/workspace/servizi/{service}",
            get(workspace::catalogue::my_service),
        )
        .route(
            "/{lang}/workspace/organizzazioni",
            get(workspace::catalogue::my_organisations),
        )
        .route(
            "/{lang}/workspace/organizzazioni/{org}/modifica",
            get(workspace::catalogue::organisation_form)
                .post(workspace::catalogue::organisation_save),
        )
        .route(
            "/{lang}/workspace/sportelli/{slug}",
            get(workspace::identity::my_desk),
        )
        .route("/{lang}/workspace/utenti", get(workspace::identity::users))
        .route(
            "/{lang}/workspace/utenti/{change}",
            post(workspace::identity::users_change),
        )
        .route(
            "/{lang}/accesso/codice",
            get(workspace::identity::code_form).post(workspace::identity::code_submit),
        )
        .route("/{lang}/uscita", post(workspace::identity::logout))
        .route(
            "/{lang}/workspace/2fa",
            get(workspace::identity::two_factor).post(workspace::identity::two_factor_begin),
        )
        .route(
            "/{lang}/workspace/2fa/conferma",
            post(workspace::identity::two_factor_confirm),
        )
        .route("/{lang}/workspace", get(workspace::identity::home))
        .route(
            "/{lang}/workspace/profilo",
            get(workspace::identity::profile),
        )
        .route(
            "/{lang}/workspace/profilo/password",
            post(workspace::identity::change_password),
        )
        .route("/{lang}/workspace/audit", get(workspace::identity::audit))
        .route("/static/{file}", get(platform::assets::serve_asset))
        .route("/healthz", get(platform::ops::healthz))
        .route("/readyz", get(platform::ops::readyz))
        .route("/metrics", get(platform::ops::metrics))
        .route_layer(axum::middleware::from_fn(platform::metrics::tag_route))
        .fallback(|| async { StatusCode::NOT_FOUND });

    let timeout = Duration::from_secs(state.settings.server.request_timeout_secs);
    let max_body = state.settings.server.max_body_bytes;
    // Innermost first. `Router::layer` turns each layer's response back into an axum
    // `Response`, so the `from_fn` middleware see one body type. Read bottom-up, that is:
    // the request id exists before anything logs, errors are rendered before they are
    // compressed, and panics, timeouts and oversized bodies become responses the renderer sees.
    // The page cache is outside compression (it stores its own compressed bodies) and
    // inside the security headers, metrics and request id, which every response gets.
    let page_cache = platform::page_cache::PageCache::new(&state);
    routes
        .layer(DefaultBodyLimit::max(max_body))
        .layer(RequestBodyLimitLayer::new(max_body))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            platform::session::verify_csrf,
        ))
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
        .layer(CompressionLayer::new())
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
