//! Answering, for every JSON API: the request context each handler extracts, and errors as JSON in the shape
//! `render_errors` gives every `/api/` error, plus the detail.

use std::convert::Infallible;

use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Map, Value};
use sportello_app::hsds::StoreError;
use sportello_core::Locale;

use crate::platform::error::ErrorCode;
use crate::platform::layout::{preferred_locale, Rendered};
use crate::platform::middleware::RequestId;
use crate::AppState;

#[derive(Debug)]
pub(crate) enum ApiError {
    /// A query parameter that cannot be used as given.
    Invalid {
        parameter: &'static str,
        reason: &'static str,
    },
    NotFound(&'static str),
    /// Too many requests from this client this minute.
    Throttled,
    Store(StoreError),
    /// Anything else that failed; the detail goes to the log only.
    Internal(String),
}

impl ApiError {
    pub(crate) fn invalid(parameter: &'static str, reason: &'static str) -> Self {
        ApiError::Invalid { parameter, reason }
    }

    fn status(&self) -> StatusCode {
        match self {
            ApiError::Invalid { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Throttled => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Store(StoreError::Timeout) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Store(_) | ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            ApiError::Invalid { .. } => "api.parameter_invalid",
            ApiError::NotFound(_) => "api.not_found",
            ApiError::Throttled => "api.rate_limited",
            ApiError::Store(StoreError::Timeout) => "store.unavailable",
            ApiError::Store(_) | ApiError::Internal(_) => "internal",
        }
    }
}

impl From<sportello_app::Error> for ApiError {
    fn from(e: sportello_app::Error) -> Self {
        match e {
            sportello_app::Error::Store(e) => ApiError::Store(e),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

/// What every handler needs to answer: the state, and the request id and language for
/// error bodies.
#[derive(Debug)]
pub(crate) struct ApiCtx {
    pub(crate) state: AppState,
    request_id: String,
    locale: Locale,
}

impl<S> FromRequestParts<S> for ApiCtx
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        Ok(Self {
            state: AppState::from_ref(state),
            request_id: parts
                .extensions
                .get::<RequestId>()
                .map_or_else(|| "-".to_owned(), |r| r.0.clone()),
            locale: preferred_locale(&parts.headers),
        })
    }
}

impl ApiCtx {
    pub(crate) fn respond(&self, result: Result<Value, ApiError>) -> Response {
        match result {
            Ok(body) => Json(body).into_response(),
            Err(e) => self.error(&e),
        }
    }

    fn error(&self, e: &ApiError) -> Response {
        let status = e.status();
        let code = e.code();
        let tr = self.state.i18n.tr(self.locale);
        let mut error = Map::new();
        error.insert("code".into(), code.into());
        error.insert(
            "message".into(),
            tr.t(&format!(
                "error-{}-title",
                crate::platform::error::message_status(status)
            ))
            .into_owned()
            .into(),
        );
        error.insert("request_id".into(), self.request_id.clone().into());
        match e {
            ApiError::Invalid { parameter, reason } => {
                error.insert("parameter".into(), (*parameter).into());
                error.insert("detail".into(), format!("{parameter}: {reason}").into());
            }
            ApiError::NotFound(resource) => {
                error.insert(
                    "detail".into(),
                    format!("no {resource} with this id").into(),
                );
            }
            ApiError::Throttled => {}
            ApiError::Store(inner) => {
                // The detail goes to the log only.
                tracing::error!(error = %inner, "API store error");
            }
            ApiError::Internal(inner) => {
                tracing::error!(error = %inner, "API error");
            }
        }
        let mut response = (status, Json(json!({ "error": error }))).into_response();
        response.extensions_mut().insert(ErrorCode(code));
        response.extensions_mut().insert(Rendered);
        response
    }
}
