//! Endpoints for operators of the service: liveness, readiness, metrics.

use std::time::Duration;

use sha2::{Digest, Sha256};

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::platform::extract::Origin;
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
/// The metrics, for the scraper only: the bearer token of `server.metrics_token` when one
/// is set, otherwise a client on the loopback interface.
pub async fn metrics(
    State(state): State<AppState>,
    Origin(origin): Origin,
    headers: HeaderMap,
) -> Response {
    if !may_scrape(
        state.settings.server.metrics_token.expose(),
        &origin.ip,
        &headers,
    ) {
        return plain(
            StatusCode::FORBIDDEN,
            "metrics: send the bearer token of server.metrics_token\n",
        )
        .into_response();
    }
    state
        .metrics
        .search_lag(sportello_app::search::lag(&state.app));
    let mut response = plain(StatusCode::OK, "").into_response();
    *response.body_mut() = state.metrics.encode().into();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    response
}

fn may_scrape(token: &str, client_ip: &str, headers: &HeaderMap) -> bool {
    if token.is_empty() {
        return client_ip
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    }
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    // Compared in constant time: the comparison must not tell how much of a guess is right.
    let (a, b) = (
        Sha256::digest(sent.as_bytes()),
        Sha256::digest(token.as_bytes()),
    );
    a.iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

/// Operations endpoints: probes are open to anyone; `/metrics` to the scraper only.
pub fn routes() -> Routes {
    Routes::new()
        .get("/healthz", Allowed::Public, healthz)
        .get("/readyz", Allowed::Public, readyz)
        .get("/metrics", Allowed::Public, metrics)
}
