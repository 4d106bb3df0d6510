//! The web error tier: every failure becomes a status, a stable code and a translated page
//! (or JSON under `/api/`), rendered in one place by [`crate::platform::middleware::render_errors`].

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sportello_app::Error as AppError;

/// An error a handler returns. Its response carries only the status and an [`ErrorCode`];
/// the error-page middleware renders the body with the request id and the reader's language.
#[derive(Debug)]
pub enum WebError {
    NotFound,
    /// Not signed in.
    Unauthorized,
    Forbidden(&'static str),
    BadRequest(&'static str),
    Unavailable(&'static str),
    Internal(String),
}

/// Stable machine-readable error code, e.g. `page.not_found`, carried in response extensions.
#[derive(Debug, Clone, Copy)]
pub struct ErrorCode(pub &'static str);

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::Unauthorized => StatusCode::UNAUTHORIZED,
            WebError::Forbidden(_) => StatusCode::FORBIDDEN,
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            WebError::NotFound => "page.not_found",
            WebError::Unauthorized => "auth.required",
            WebError::BadRequest(code)
            | WebError::Unavailable(code)
            | WebError::Forbidden(code) => code,
            WebError::Internal(_) => "internal",
        }
    }
}

impl From<AppError> for WebError {
    fn from(e: AppError) -> Self {
        match e.code() {
            "store.not_found" => WebError::NotFound,
            "access.forbidden" => WebError::Forbidden("access.forbidden"),
            "store.timeout" | "store.unavailable" => WebError::Unavailable("store.unavailable"),
            _ if matches!(e, AppError::Invalid(_)) => WebError::BadRequest(e.code()),
            _ => WebError::Internal(e.to_string()),
        }
    }
}

impl From<askama::Error> for WebError {
    fn from(e: askama::Error) -> Self {
        WebError::Internal(format!("template: {e}"))
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let WebError::Internal(detail) = &self {
            // The detail goes to the log only; the person sees the request id.
            tracing::error!(error = %detail, "internal error");
        }
        let mut response = self.status().into_response();
        response.extensions_mut().insert(ErrorCode(self.code()));
        response
    }
}

/// Generic code for a status that reached the renderer without one (a rejection, a
/// timeout, a panic, an unmatched route).
pub fn code_for_status(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "request.invalid",
        401 => "auth.required",
        403 => "access.forbidden",
        404 => "page.not_found",
        405 => "request.method_not_allowed",
        408 => "request.timeout",
        413 => "request.too_large",
        415 => "request.unsupported_media_type",
        422 => "request.unprocessable",
        429 => "request.rate_limited",
        503 => "service.unavailable",
        _ if status.is_server_error() => "internal",
        _ => "request.invalid",
    }
}

/// The status whose texts (`error-NNN-title/body`) a page shows for `status`.
pub fn message_status(status: StatusCode) -> u16 {
    match status.as_u16() {
        s @ (400 | 401 | 403 | 404 | 405 | 408 | 413 | 429 | 500 | 503) => s,
        431 => 413,
        s if s >= 500 => 500,
        _ => 400,
    }
}
