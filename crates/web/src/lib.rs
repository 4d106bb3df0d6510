//! The HTTP layer of sportello: routers, pages, static assets, translations and the
//! middleware every response passes through (request id, metrics, security headers,
//! compression, error pages, panic catching, timeouts, body limits).

mod api_hsds;
pub mod assets;
mod catalogue;
mod desk_editing;
mod directory;
pub mod error;
pub mod i18n;
mod layout;
mod metrics;
mod middleware;
mod ops;
mod pages;
pub mod server;
mod service_editing;
pub mod session;
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

pub use assets::Assets;
pub use i18n::I18n;
pub use metrics::Metrics;

/// Everything a handler may need. Cheap to clone (one `Arc`).
#[derive(Debug, Clone)]
pub struct AppState(Arc<Inner>);

#[derive(Debug)]
pub struct Inner {
    pub store: Store,
    pub settings: Settings,
    pub i18n: I18n,
    pub assets: Assets,
    pub metrics: Metrics,
    pub headers: middleware::SecurityHeaders,
    /// The database holds demo data: the footer says so.
    pub demo: bool,
    /// The public directory's in-memory snapshot (finder, home page, desk pages).
    pub directory: sportello_app::directory::Directory,
    pub mailer: sportello_app::mail::Mailer,
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
        let demo = store
            .meta(sportello_app::demo::DEMO_META_KEY)
            .await
            .map_err(|e| e.to_string())?
            .is_some();
        let headers =
            middleware::SecurityHeaders::new(settings.behind_tls(), &settings.server.map_tiles);
        let mailer = sportello_app::mail::Mailer::from_settings(&settings.mail)
            .map_err(|e| e.to_string())?;
        let directory = sportello_app::directory::Directory::new(
            store.clone(),
            Duration::from_millis(settings.server.page_cache_ms),
        );
        Ok(Self(Arc::new(Inner {
            store,
            i18n,
            assets: Assets::new(),
            metrics: Metrics::new(),
            headers,
            demo,
            directory,
            mailer,
            settings,
        })))
    }
}

/// The whole application: every route behind the shared middleware stack.
pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/", get(pages::root))
        .route("/lang/{tag}", get(pages::switch_language))
        .route("/{lang}", get(pages::language_root))
        .route("/{lang}/", get(pages::home))
        .route("/{lang}/sportelli", get(directory::finder))
        .route("/{lang}/sportelli/{slug}", get(directory::desk))
        .route("/api/desks.geojson", get(directory::geojson))
        .merge(api_hsds::routes())
        .merge(catalogue::routes())
        .route(
            "/{lang}/accesso",
            get(workspace::login_form).post(workspace::login_submit),
        )
        .route(
            "/{lang}/accesso/recupero",
            get(workspace::reset_form).post(workspace::reset_request),
        )
        .route(
            "/{lang}/accesso/recupero/{token}",
            get(workspace::reset_link).post(workspace::reset_submit),
        )
        .route("/dev/mail", get(workspace::dev_mail))
        .route("/{lang}/workspace/sportelli", get(workspace::my_desks))
        .route(
            "/{lang}/workspace/sportelli/{slug}/modifica",
            get(desk_editing::edit_form).post(desk_editing::save),
        )
        .route(
            "/{lang}/workspace/servizi",
            get(service_editing::my_services),
        )
        .route(
            "/{lang}/workspace/servizi/{service}/modifica",
            get(service_editing::edit_form).post(service_editing::save),
        )
        .route(
            "/{lang}/workspace/servizi/{service}",
            get(service_editing::my_service),
        )
        .route(
            "/{lang}/workspace/organizzazioni",
            get(service_editing::my_organisations),
        )
        .route(
            "/{lang}/workspace/organizzazioni/{org}/modifica",
            get(service_editing::organisation_form).post(service_editing::organisation_save),
        )
        .route(
            "/{lang}/workspace/sportelli/{slug}",
            get(workspace::my_desk),
        )
        .route("/{lang}/workspace/utenti", get(workspace::users))
        .route(
            "/{lang}/workspace/utenti/{change}",
            post(workspace::users_change),
        )
        .route(
            "/{lang}/accesso/codice",
            get(workspace::code_form).post(workspace::code_submit),
        )
        .route("/{lang}/uscita", post(workspace::logout))
        .route(
            "/{lang}/workspace/2fa",
            get(workspace::two_factor).post(workspace::two_factor_begin),
        )
        .route(
            "/{lang}/workspace/2fa/conferma",
            post(workspace::two_factor_confirm),
        )
        .route("/{lang}/workspace", get(workspace::home))
        .route("/{lang}/workspace/profilo", get(workspace::profile))
        .route(
            "/{lang}/workspace/profilo/password",
            post(workspace::change_password),
        )
        .route("/{lang}/workspace/audit", get(workspace::audit))
        .route("/static/{file}", get(assets::serve_asset))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route_layer(axum::middleware::from_fn(metrics::tag_route))
        .fallback(|| async { StatusCode::NOT_FOUND });

    let timeout = Duration::from_secs(state.settings.server.request_timeout_secs);
    let max_body = state.settings.server.max_body_bytes;
    // Innermost first. `Router::layer` turns each layer's response back into an axum
    // `Response`, so the `from_fn` middleware see one body type. Read bottom-up, that is:
    // the request id exists before anything logs, errors are rendered before they are
    // compressed, and panics, timeouts and oversized bodies become responses the renderer sees.
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
            session::verify_csrf,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::load_session,
        ))
        .layer(axum::middleware::from_fn(middleware::limit_headers))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::render_errors,
        ))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::record,
        ))
        .layer(axum::middleware::from_fn(middleware::request_id))
        .with_state(state)
}
