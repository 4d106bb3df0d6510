//! Password reset by e-mail link: `/{lang}/accesso/recupero` asks for a link,
//! `/{lang}/accesso/recupero/{token}` sets the new password.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use axum::{Extension, Form};
use serde::Deserialize;
use sportello_app::identity::{self, NewPassword, PasswordProblem, ResetRequest};
use sportello_core::Locale;

use super::sign_in::retry_after;
use crate::platform::error::WebError;
use crate::platform::extract::{Lang, Origin};
use crate::platform::layout::{render_private, Layout};
use crate::platform::session::CurrentUser;
use crate::platform::session::{pre_session_token, set_pre_session_cookie};
use crate::workspace::shell::see_other;
use crate::AppState;

#[derive(Template)]
#[template(path = "identity/reset.html")]
struct ResetPage<'a> {
    layout: Layout<'a>,
    csrf: String,
    /// The link's token when choosing the new password; `None` when asking for a link.
    token: Option<String>,
    message: Option<String>,
    error: Option<String>,
}

/// The anti-CSRF token the form must carry: a signed-in browser's session token (the CSRF
/// check expects that one), else the pre-session cookie's, `true` when that is new.
fn form_token(headers: &HeaderMap, user: &CurrentUser) -> (String, bool) {
    match &user.0 {
        Some(signed_in) => (signed_in.csrf_token.clone(), false),
        None => pre_session_token(headers),
    }
}

/// The reset page, the pre-session cookie when it is new, and a `no-referrer` policy: the
/// link's token must not leak to other sites through the Referer header.
fn reset_page(
    state: &AppState,
    locale: Locale,
    (csrf, fresh): (String, bool),
    token: Option<String>,
    (message, error): (Option<String>, Option<String>),
    status: StatusCode,
) -> Result<Response, WebError> {
    let tr = state.i18n.tr(locale);
    let title = if token.is_some() {
        "reset-new-title"
    } else {
        "reset-title"
    };
    // The switcher never carries the link's token into another URL.
    let current = format!("/{}/accesso/recupero", locale.tag());
    let layout = Layout::new(state, locale, tr.t(title).into_owned(), &current);
    let page = ResetPage {
        layout,
        csrf: csrf.clone(),
        token,
        message,
        error,
    };
    let mut response = render_private(&page, status)?;
    response.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if fresh {
        set_pre_session_cookie(state, &mut response, &csrf);
    }
    Ok(response)
}

pub async fn reset_form(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Extension(user): Extension<CurrentUser>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let csrf = form_token(&headers, &user);
    reset_page(&state, locale, csrf, None, (None, None), StatusCode::OK)
}

/// The page for an address that made too many reset attempts, with `Retry-After`.
fn reset_throttled(
    state: &AppState,
    locale: Locale,
    csrf: (String, bool),
    token: Option<String>,
    seconds: u64,
) -> Result<Response, WebError> {
    let tr = state.i18n.tr(locale);
    let error = Some(tr.t1("login-throttled", "seconds", seconds).into_owned());
    let status = StatusCode::TOO_MANY_REQUESTS;
    let mut response = reset_page(state, locale, csrf, token, (None, error), status)?;
    retry_after(&mut response, seconds);
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub struct ResetRequestForm {
    #[serde(default)]
    email: String,
}

pub async fn reset_request(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Extension(user): Extension<CurrentUser>,
    headers: HeaderMap,
    Origin(origin): Origin,
    Form(form): Form<ResetRequestForm>,
) -> Result<Response, WebError> {
    let public_url = state.settings.server.public_url.trim_end_matches('/');
    let csrf = form_token(&headers, &user);
    let outcome =
        identity::request_password_reset(&state.app, &form.email, &origin, |token, account| {
            // The message speaks the account's language; the link opens the page in it too.
            let tr = state.i18n.tr(account);
            let link = format!("{public_url}/{}/accesso/recupero/{token}", account.tag());
            let minutes = identity::RESET_LINK_MINUTES;
            let body = tr.t2("mail-reset-body", "minutes", minutes, "link", link);
            (tr.t("mail-reset-subject").into_owned(), body.into_owned())
        })
        .await?;
    if let ResetRequest::Throttled { retry_after_secs } = outcome {
        return reset_throttled(&state, locale, csrf, None, retry_after_secs);
    }
    let sent = state.i18n.tr(locale).t("reset-sent").into_owned();
    reset_page(
        &state,
        locale,
        csrf,
        None,
        (Some(sent), None),
        StatusCode::OK,
    )
}

pub async fn reset_link(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path((_, token)): Path<(String, String)>,
    Extension(user): Extension<CurrentUser>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let csrf = form_token(&headers, &user);
    if identity::reset_link_is_valid(&state.app, &token).await? {
        reset_page(
            &state,
            locale,
            csrf,
            Some(token),
            (None, None),
            StatusCode::OK,
        )
    } else {
        let error = state.i18n.tr(locale).t("reset-link-invalid").into_owned();
        reset_page(
            &state,
            locale,
            csrf,
            None,
            (None, Some(error)),
            StatusCode::GONE,
        )
    }
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    pub(super) current: String,
    #[serde(default)]
    pub(super) new: String,
    #[serde(default)]
    pub(super) confirm: String,
}

impl PasswordForm {
    pub(super) fn new_password(&self) -> NewPassword<'_> {
        NewPassword {
            new: &self.new,
            confirm: &self.confirm,
        }
    }
}

pub async fn reset_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path((_, token)): Path<(String, String)>,
    (Extension(user), headers): (Extension<CurrentUser>, HeaderMap),
    Origin(origin): Origin,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let csrf = form_token(&headers, &user);
    let outcome =
        identity::reset_password(&state.app, &token, form.new_password(), &origin).await?;
    let problem = match outcome {
        Ok(()) => {
            return Ok(see_other(&format!(
                "/{}/accesso?reimpostata=1",
                locale.tag()
            )))
        }
        Err(PasswordProblem::Throttled { retry_after_secs }) => {
            return reset_throttled(&state, locale, csrf, Some(token), retry_after_secs)
        }
        Err(problem) => problem,
    };
    let error = Some(state.i18n.tr(locale).t(problem.message_id()).into_owned());
    // A dead link offers a new request; a bad password keeps the link's form.
    let (token, status) = if problem == PasswordProblem::LinkInvalid {
        (None, StatusCode::GONE)
    } else {
        (Some(token), StatusCode::UNPROCESSABLE_ENTITY)
    };
    reset_page(&state, locale, csrf, token, (None, error), status)
}
