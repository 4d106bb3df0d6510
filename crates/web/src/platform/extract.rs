//! Extractors every area's handlers share: the page language from the URL, and where a
//! request comes from (for throttling and the audit log).

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use sportello_app::identity::RequestOrigin;
use sportello_core::Locale;

use crate::platform::error::WebError;
use crate::platform::session::{origin_of, Operator};

/// The language of a page, from the `{lang}` segment of its route. A tag that is not one of
/// our languages is a page that does not exist (404), like any other wrong path.
#[derive(Debug, Clone, Copy)]
pub struct Lang(pub Locale);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        // A path that is not UTF-8 is a bad request, as axum's own `Path` says.
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| WebError::BadRequest("request.invalid"))?;
        let tag = params
            .iter()
            .find(|(name, _)| *name == "lang")
            .map(|(_, value)| value)
            .ok_or(WebError::NotFound)?;
        Locale::from_tag(tag)
            .map(Lang)
            .map_err(|_| WebError::NotFound)
    }
}

/// Where the request comes from: the client address as the server trusts it (see
/// `server.trust_forwarded_for`).
#[derive(Debug, Clone)]
pub struct Origin(pub RequestOrigin);

impl<S: Send + Sync> FromRequestParts<S> for Origin {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Origin(origin_of(&parts.extensions)))
    }
}

/// A query string parsed here rather than by axum's rejection, so that a bad value
/// (`?page=abc`) gets our translated 400 page with a stable code.
pub fn query_string<T: serde::de::DeserializeOwned>(raw: Option<&str>) -> Result<T, WebError> {
    let uri = format!("/?{}", raw.unwrap_or(""))
        .parse()
        .map_err(|_| WebError::BadRequest("request.query_invalid"))?;
    axum::extract::Query::<T>::try_from_uri(&uri)
        .map(|axum::extract::Query(q)| q)
        .map_err(|_| WebError::BadRequest("request.query_invalid"))
}

/// What most workspace handlers start from: the page language, the fully signed-in operator
/// who may enter the workspace (at least one grant) and where the request comes from (the
/// same checks as [`Lang`], [`Operator`], [`Origin`], in that order).
#[derive(Debug, Clone)]
pub struct OperatorRequest {
    pub locale: Locale,
    pub user: sportello_app::identity::SignedIn,
    pub origin: RequestOrigin,
}

impl<S: Send + Sync> FromRequestParts<S> for OperatorRequest {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let Lang(locale) = Lang::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let Operator(user) = Operator::from_request_parts(parts, state).await?;
        sportello_app::identity::enter_workspace(&user)
            .map_err(|e| crate::platform::error::WebError::from(e).into_response())?;
        Ok(Self {
            locale,
            user,
            origin: origin_of(&parts.extensions),
        })
    }
}
