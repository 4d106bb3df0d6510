//! Middleware applied to every response.

use std::fmt::Write as _;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::Instrument;

use crate::platform::error::{code_for_status, message_status, ErrorCode};
use crate::platform::layout::{request_locale, ErrorPage, Rendered};
use crate::AppState;

/// The id of one request: in the logs, in the `x-request-id` header and on error pages.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Gives every request a fresh id (an incoming `x-request-id` is not trusted: it would let
/// anyone write into our logs) and a tracing span that carries it. The span names the
/// route template (`metrics::tag_route` fills it in once routing is done), never the raw
/// path: paths carry secrets (a reset link's token) and unbounded values.
pub async fn request_id(mut req: Request, next: Next) -> Response {
    let (random, _) = uuid::Uuid::new_v4().as_u64_pair();
    let mut id = String::with_capacity(16);
    let _ = write!(id, "{random:016x}");
    let span = tracing::info_span!(
        "request",
        id = %id,
        method = %req.method(),
        route = tracing::field::Empty
    );
    req.extensions_mut().insert(RequestId(id.clone()));
    let mut response = next.run(req).instrument(span.clone()).await;
    let status = response.status();
    span.in_scope(|| {
        if status.is_server_error() {
            tracing::error!(status = status.as_u16(), "request failed");
        } else {
            tracing::debug!(status = status.as_u16(), "request finished");
        }
    });
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(X_REQUEST_ID.clone(), value);
    }
    response
}

/// Security headers, computed once.
#[derive(Debug)]
pub struct SecurityHeaders {
    headers: Vec<(HeaderName, HeaderValue)>,
}

/// `https://tile.example.org/{z}/{x}/{y}.png` → `https://tile.example.org`, when the template
/// is a plain https URL whose host has only safe characters (it goes into a header).
fn tile_origin(template: &str) -> Option<&str> {
    let rest = template.strip_prefix("https://")?;
    let host_end = rest.find('/').unwrap_or(rest.len());
    let host = &rest[..host_end];
    let safe = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'{' | b'}'));
    safe.then(|| &template[.."https://".len() + host_end])
}

impl SecurityHeaders {
    /// `map_tiles` is the finder map's tile URL template: its origin may serve images.
    pub fn new(behind_tls: bool, map_tiles: &str) -> Self {
        let tiles = tile_origin(map_tiles)
            .map(|origin| format!(" {origin}"))
            .unwrap_or_default();
        let csp = format!(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:{tiles}; \
             font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; \
             base-uri 'none'; object-src 'none'; frame-ancestors 'none'"
        );
        let mut headers = vec![
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_str(&csp).expect("the policy is ASCII without control characters"),
            ),
            (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
            (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
            (header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin")),
            (
                HeaderName::from_static("permissions-policy"),
                HeaderValue::from_static("geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()"),
            ),
            (
                HeaderName::from_static("cross-origin-opener-policy"),
                HeaderValue::from_static("same-origin"),
            ),
        ];
        if behind_tls {
            headers.push((
                header::STRICT_TRANSPORT_SECURITY,
                HeaderValue::from_static("max-age=63072000; includeSubDomains"),
            ));
        }
        Self { headers }
    }
}

pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    // A handler may have set a stricter value (e.g. `Referrer-Policy: no-referrer` on pages
    // whose URL holds a secret): keep it.
    for (name, value) in &state.headers.headers {
        headers.entry(name.clone()).or_insert_with(|| value.clone());
    }
    response
}

/// Turns every error response that no page rendered (handler errors, extractor rejections,
/// timeouts, panics, unknown routes) into a translated page with the request id, or into
/// JSON with a stable code under `/api/`.
pub async fn render_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let request_id = req
        .extensions()
        .get::<RequestId>()
        .map_or_else(|| "-".to_owned(), |r| r.0.clone());
    let locale = request_locale(&req);
    let is_api = req.uri().path().starts_with("/api/");
    let response = next.run(req).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error())
        || response.extensions().get::<Rendered>().is_some()
    {
        return response;
    }
    let code = response
        .extensions()
        .get::<ErrorCode>()
        .map_or_else(|| code_for_status(status), |c| c.0);
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    let tr = state.i18n.tr(locale);
    let message = message_status(status);
    let mut rendered = if is_api {
        let body = serde_json::json!({
            "error": {
                "code": code,
                "message": tr.t(&format!("error-{message}-title")),
                "request_id": request_id,
            }
        });
        (status, axum::Json(body)).into_response()
    } else {
        match ErrorPage::new(&state, locale, status, code, &request_id).render() {
            Ok(page) => page.into_response(),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("error {status} (request {request_id})"),
                )
                    .into_response()
            }
        }
    };
    *rendered.status_mut() = status;
    // Keep what the original response said about the error (Allow, Retry-After, ...).
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE {
            rendered.headers_mut().insert(name.clone(), value.clone());
        }
    }
    rendered.extensions_mut().insert(ErrorCode(code));
    rendered
}

/// Largest total size of request headers we accept. hyper's own limit is far larger
/// (hundreds of KiB) and answers by closing the connection; ours answers 431 with a page.
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

pub async fn limit_headers(req: Request, next: Next) -> Response {
    let size: usize = req
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if size > MAX_HEADER_BYTES {
        let mut response = StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE.into_response();
        response
            .extensions_mut()
            .insert(ErrorCode("request.headers_too_large"));
        return response;
    }
    next.run(req).await
}

/// The compression of every response made live (not from the page cache, which keeps its
/// pages compressed at near the best levels once per page and minute): each is compressed
/// once, for one client, so a fast level pays (gzip 2, nginx's default is 1: a sheet comes
/// out about 7 % larger than at level 6; brotli 2).
pub fn live_compression() -> tower_http::compression::CompressionLayer {
    tower_http::compression::CompressionLayer::new()
        .quality(tower_http::compression::CompressionLevel::Precise(2))
}

/// An empty body with a status: for ops endpoints.
pub fn plain(status: StatusCode, text: &'static str) -> Response {
    let mut r = (status, Body::from(text)).into_response();
    r.extensions_mut().insert(Rendered);
    r
}
