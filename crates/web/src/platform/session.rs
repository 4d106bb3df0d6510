//! Sessions and CSRF at the HTTP edge: the session cookie is resolved once per request
//! into a [`CurrentUser`] extension, and every state-changing request must carry the
//! anti-CSRF token of its session (or, before login, of the pre-session cookie).

use std::net::SocketAddr;

use axum::body::{to_bytes, Body};
use axum::extract::{ConnectInfo, FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sportello_app::identity::{self, RequestOrigin, SessionStage, SignedIn};

use crate::platform::error::WebError;
use crate::AppState;

/// The pre-session CSRF token: the cookie's when present, otherwise a new one to set.
pub fn pre_session_token(headers: &HeaderMap) -> (String, bool) {
    match cookie_value(headers, PRE_CSRF_COOKIE) {
        Some(v) if v.len() == 64 => (v.to_owned(), false),
        _ => (identity::random_token(), true),
    }
}

pub fn set_pre_session_cookie(state: &AppState, response: &mut Response, csrf: &str) {
    let secure = if state.settings.behind_tls() {
        "; Secure"
    } else {
        ""
    };
    set_cookie(
        response,
        &format!("{PRE_CSRF_COOKIE}={csrf}; Path=/; HttpOnly; SameSite=Strict{secure}"),
    );
}

/// The anti-CSRF token a form shown to this request carries: the session's for a signed-in
/// operator, else the pre-session cookie's (and whether that cookie must be set).
pub fn form_token(user: &CurrentUser, headers: &HeaderMap) -> (String, bool) {
    match &user.0 {
        Some(signed_in) => (signed_in.csrf_token.clone(), false),
        None => pre_session_token(headers),
    }
}

pub fn set_cookie(response: &mut Response, cookie: &str) {
    if let Ok(v) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// The session cookie. With TLS the `__Host-` prefix pins it to our origin and path.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-sportello_session"
    } else {
        "sportello_session"
    }
}

/// The pre-session anti-CSRF cookie, for forms shown before login.
pub const PRE_CSRF_COOKIE: &str = "sportello_csrf";
pub const CSRF_FIELD: &str = "csrf";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The signed-in operator of this request, if any.
#[derive(Debug, Clone)]
pub struct CurrentUser(pub Option<SignedIn>);

pub fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The client's address, resolved once per request by [`load_session`].
#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

/// Where the request came from: the address [`load_session`] resolved, else the socket's.
pub fn origin_of(parts_extensions: &axum::http::Extensions) -> RequestOrigin {
    let ip = parts_extensions
        .get::<ClientIp>()
        .map(|c| c.0.clone())
        .or_else(|| {
            parts_extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip().to_string())
        });
    RequestOrigin {
        ip: ip.unwrap_or_else(|| "unknown".to_owned()),
    }
}

/// The client's address. Behind a reverse proxy (`server.trust_forwarded_for`), the last
/// address of `X-Forwarded-For` is the one our proxy saw; anything before it was written
/// by the client and is not trusted. Otherwise the socket's peer.
fn client_ip(req: &Request, trust_forwarded_for: bool) -> Option<String> {
    if trust_forwarded_for {
        // Only the rightmost entry: if our proxy wrote something unreadable there, fall
        // back to the socket rather than to an address the client chose.
        let forwarded = req
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back()
            .and_then(|a| a.trim().parse::<std::net::IpAddr>().ok());
        if let Some(ip) = forwarded {
            return Some(ip.to_string());
        }
    }
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
}

/// Resolves the session cookie (only when there is one: public pages cost nothing).
pub async fn load_session(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let secure = state.settings.behind_tls();
    let token = cookie_value(req.headers(), session_cookie_name(secure)).map(str::to_owned);
    let mut stale = false;
    let user = match token {
        None => None,
        Some(token) => match identity::signed_in(&state.app, &token).await {
            Ok(user) => {
                stale = user.is_none();
                user
            }
            Err(e) => {
                tracing::error!(error = %e, "session lookup failed");
                None
            }
        },
    };
    req.extensions_mut().insert(CurrentUser(user));
    if let Some(ip) = client_ip(&req, state.settings.server.trust_forwarded_for) {
        req.extensions_mut().insert(ClientIp(ip));
    }
    let mut response = next.run(req).await;
    if stale {
        // An expired or unknown session: forget it in the browser too.
        if let Ok(v) = HeaderValue::from_str(&clear_cookie(session_cookie_name(secure), secure)) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

pub fn session_cookie(token: &str, secure: bool) -> String {
    let mut c = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax",
        session_cookie_name(secure)
    );
    if secure {
        c.push_str("; Secure");
    }
    c
}

pub fn clear_cookie(name: &str, secure: bool) -> String {
    let mut c = format!("{name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
    if secure {
        c.push_str("; Secure");
    }
    c
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Refuses every state-changing request whose token does not match: a form field `csrf`
/// (url-encoded forms) or an `x-csrf-token` header (anything else, e.g. JSON). A route
/// layer: it runs once routing is done, so a refusal is audited with the route template,
/// never the path (a reset link's path holds its token), and the body is read inside the
/// request timeout.
pub async fn verify_csrf(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let expected = req
        .extensions()
        .get::<CurrentUser>()
        .and_then(|u| u.0.as_ref().map(|s| s.csrf_token.clone()))
        .or_else(|| cookie_value(req.headers(), PRE_CSRF_COOKIE).map(str::to_owned));
    let (parts, body) = req.into_parts();
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let is_form = content_type.starts_with("application/x-www-form-urlencoded");
    let boundary = multer::parse_boundary(&content_type).ok();
    // Only a signed-in operator's upload may be larger than a form.
    let signed_in = parts
        .extensions
        .get::<CurrentUser>()
        .is_some_and(|u| u.0.is_some());
    let limit = if boundary.is_some() && signed_in {
        state.settings.server.max_upload_bytes
    } else {
        state.settings.server.max_body_bytes
    };
    let Ok(bytes) = to_bytes(body, limit).await else {
        return axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let mut provided = parts
        .headers
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if provided.is_none() && is_form {
        provided = form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.into_owned());
    }
    if let (None, Some(boundary)) = (&provided, boundary) {
        provided = multipart_csrf(bytes.clone(), boundary).await;
    }
    let ok = match (&expected, &provided) {
        (Some(e), Some(p)) => !e.is_empty() && constant_time_eq(e.as_bytes(), p.as_bytes()),
        _ => false,
    };
    if !ok {
        let user = parts
            .extensions
            .get::<CurrentUser>()
            .and_then(|u| u.0.clone());
        let origin = origin_of(&parts.extensions);
        let route = parts
            .extensions
            .get::<MatchedPath>()
            .map_or("(no route)", MatchedPath::as_str);
        let refused = sportello_app::audit::record_csrf_refusal(
            &state.app,
            user.as_ref(),
            &origin,
            format!("{} {route}", parts.method),
            provided.is_none(),
        );
        if let Err(e) = refused.await {
            tracing::error!(error = %e, "audit append failed");
        }
        return WebError::Forbidden("csrf.invalid").into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The `csrf` field of a multipart body (forms put it before the file).
async fn multipart_csrf(bytes: bytes::Bytes, boundary: String) -> Option<String> {
    let stream = futures::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(CSRF_FIELD) {
            return field.text().await.ok();
        }
    }
    None
}

/// Where a session of each unfinished stage belongs.
fn stage_home(lang: &str, stage: SessionStage) -> String {
    match stage {
        SessionStage::SecondFactor => format!("/{lang}/accesso/codice"),
        SessionStage::SetupRequired => format!("/{lang}/workspace/2fa"),
        SessionStage::Full => format!("/{lang}/workspace"),
    }
}

/// The session of this request if its stage is one of `allowed`. Otherwise a page under
/// `/{lang}/` sends the reader where they belong (sign-in form, code form, 2FA set-up);
/// anything else gets 401.
#[allow(clippy::result_large_err)] // the extractors' rejection type is a Response anyway
fn require(parts: &Parts, allowed: &[SessionStage]) -> Result<SignedIn, Response> {
    let user = parts
        .extensions
        .get::<CurrentUser>()
        .and_then(|u| u.0.clone());
    if let Some(user) = user.as_ref().filter(|u| allowed.contains(&u.stage)) {
        return Ok(user.clone());
    }
    Err(refusal(parts, user.map(|u| u.stage)))
}

/// Where a request without the right session goes: its stage's page, the sign-in form, or 401.
fn refusal(parts: &Parts, stage: Option<SessionStage>) -> Response {
    let first = parts
        .uri
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    match sportello_core::Locale::from_tag(first) {
        Ok(locale) => {
            let to = stage.map_or_else(
                || format!("/{}/accesso", locale.tag()),
                |s| stage_home(locale.tag(), s),
            );
            let mut r = axum::response::Redirect::to(&to).into_response();
            *r.status_mut() = axum::http::StatusCode::SEE_OTHER;
            r
        }
        Err(_) => WebError::Unauthorized.into_response(),
    }
}

/// Extractor: a fully signed-in operator (password and, where set up, second factor).
#[derive(Debug, Clone)]
pub struct Operator(pub SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for Operator {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        require(parts, &[SessionStage::Full]).map(Operator)
    }
}

/// Extractor: an operator who may set up two-factor authentication (signed in, or signed
/// in but required to set it up first).
#[derive(Debug, Clone)]
pub struct Enrolling(pub SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for Enrolling {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        require(parts, &[SessionStage::Full, SessionStage::SetupRequired]).map(Enrolling)
    }
}

/// Extractor: a session whose password was checked and whose code is due.
#[derive(Debug, Clone)]
pub struct AwaitingCode(pub SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for AwaitingCode {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        require(parts, &[SessionStage::SecondFactor]).map(AwaitingCode)
    }
}

/// Extractor: any session, whatever its stage (to sign out).
#[derive(Debug, Clone)]
pub struct AnySession(pub SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for AnySession {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        require(
            parts,
            &[
                SessionStage::Full,
                SessionStage::SecondFactor,
                SessionStage::SetupRequired,
            ],
        )
        .map(AnySession)
    }
}

/// The path a freshly issued session should go to.
pub fn landing(lang: &str, stage: SessionStage) -> String {
    stage_home(lang, stage)
}
