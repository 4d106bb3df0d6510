//! Endpoints for operators of the service: liveness, readiness, metrics.

use std::time::Duration;

use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::platform::middleware::plain;
use crate::platform::routes::{Allowed, Routes};
use crate::AppState;

/// Liveness: the process answers.
pub async fn healthz() -> Response {
    plain(StatusCode::OK, "ok\n")
}

/// Readiness: the database answers within a second.
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.app.ready(Duration::from_secs(1)).await {
        Ok(()) => plain(StatusCode::OK, "ready\n"),
        Err(e) => {
            tracing::warn!(error = %e, "not ready");
            plain(StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}

/// Prometheus text exposition.
pub async fn metrics(State(state): State<AppState>) -> Response {
    let mut response = plain(StatusCode::OK, "").into_response();
    *response.body_mut() = state.metrics.encode().into();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    response
}

/// Operations endpoints: for probes and the metrics scraper, open to anyone (put `/metrics`
/// behind the proxy in production).
pub fn routes() -> Routes {
    Routes::new()
        .get("/healthz", Allowed::Public, healthz)
        .get("/readyz", Allowed::Public, readyz)
        .get("/metrics", Allowed::Public, metrics)
}
