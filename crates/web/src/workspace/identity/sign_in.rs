//! Signing in (`/{lang}/accesso`), the authenticator code after the password
//! (`/{lang}/accesso/codice`) and signing out (`/{lang}/uscita`).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use axum::{Extension, Form};
use serde::Deserialize;
use sportello_app::identity::{self, IssuedSession, LoginOutcome};
use sportello_core::Locale;

use crate::platform::error::WebError;
use crate::platform::extract::{Lang, Origin};
use crate::platform::layout::{render_private, Layout};
use crate::platform::session::{
    clear_cookie, landing, pre_session_token, session_cookie, session_cookie_name,
    set_pre_session_cookie, AnySession, AwaitingCode, CurrentUser, PRE_CSRF_COOKIE,
};
use crate::workspace::shell::{see_other, set_cookie};
use crate::AppState;

#[derive(Template)]
#[template(path = "identity/login.html")]
struct LoginPage<'a> {
    layout: Layout<'a>,
    csrf: String,
    email: String,
    error: Option<String>,
    message: Option<String>,
}

impl<'a> LoginPage<'a> {
    fn new(state: &'a AppState, locale: Locale, csrf: String, email: String) -> Self {
        let current = format!("/{}/accesso", locale.tag());
        Self {
            layout: Layout::page(state, locale, "login-title", &current),
            csrf,
            email,
            error: None,
            message: None,
        }
    }
}

/// The session cookie of a session just issued, on a redirect to its stage's page.
fn signed_in_redirect(state: &AppState, locale: Locale, issued: &IssuedSession) -> Response {
    let secure = state.settings.behind_tls();
    let mut response = see_other(&landing(locale.tag(), issued.stage));
    set_cookie(&mut response, &session_cookie(&issued.token, secure));
    set_cookie(&mut response, &clear_cookie(PRE_CSRF_COOKIE, secure));
    response
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    reimpostata: Option<u8>,
    /// Back from a half-open session that had too many wrong codes.
    codici: Option<u8>,
}

pub async fn login_form(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Extension(user): Extension<CurrentUser>,
    headers: HeaderMap,
    Query(q): Query<LoginQuery>,
) -> Result<Response, WebError> {
    if let Some(user) = &user.0 {
        return Ok(see_other(&landing(locale.tag(), user.stage)));
    }
    let (csrf, fresh) = pre_session_token(&headers);
    let mut page = LoginPage::new(&state, locale, csrf.clone(), String::new());
    let message = match (q.reimpostata, q.codici) {
        (Some(_), _) => Some("reset-done"),
        (None, Some(_)) => Some("code-attempts-exhausted"),
        (None, None) => None,
    };
    page.message = message.map(|id| page.layout.tr.t(id).into_owned());
    let mut response = render_private(&page, StatusCode::OK)?;
    if fresh {
        set_pre_session_cookie(&state, &mut response, &csrf);
    }
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

pub async fn login_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Extension(user): Extension<CurrentUser>,
    Origin(origin): Origin,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let outcome = identity::login(
        &state.app,
        user.0.as_ref(),
        &form.email,
        &form.password,
        &origin,
    )
    .await?;
    let mut page = LoginPage::new(&state, locale, form.csrf, form.email);
    let tr = page.layout.tr;
    match outcome {
        LoginOutcome::SignedIn(issued) => Ok(signed_in_redirect(&state, locale, &issued)),
        // `SignInAgain` only ever answers a code; a login refuses alike.
        LoginOutcome::Refused | LoginOutcome::SignInAgain => {
            page.error = Some(tr.t("login-refused").into_owned());
            Ok(render_private(&page, StatusCode::UNAUTHORIZED)?)
        }
        LoginOutcome::Throttled { retry_after_secs } => {
            page.error = Some(throttled(&page.layout, retry_after_secs));
            let mut response = render_private(&page, StatusCode::TOO_MANY_REQUESTS)?;
            retry_after(&mut response, retry_after_secs);
            Ok(response)
        }
    }
}

fn throttled(layout: &Layout<'_>, seconds: u64) -> String {
    layout
        .tr
        .t1("login-throttled", "seconds", seconds)
        .into_owned()
}

pub(super) fn retry_after(response: &mut Response, seconds: u64) {
    if let Ok(v) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, v);
    }
}

pub async fn logout(
    State(state): State<AppState>,
    Lang(locale): Lang,
    AnySession(user): AnySession,
    Origin(origin): Origin,
) -> Result<Response, WebError> {
    identity::logout(&state.app, &user, &origin).await?;
    let secure = state.settings.behind_tls();
    let mut response = see_other(&format!("/{}/", locale.tag()));
    set_cookie(
        &mut response,
        &clear_cookie(session_cookie_name(secure), secure),
    );
    Ok(response)
}

#[derive(Template)]
#[template(path = "identity/code.html")]
struct CodePage<'a> {
    layout: Layout<'a>,
    csrf: String,
    error: Option<String>,
}

impl<'a> CodePage<'a> {
    fn new(state: &'a AppState, locale: Locale, csrf: String, error: Option<String>) -> Self {
        let current = format!("/{}/accesso/codice", locale.tag());
        Self {
            layout: Layout::page(state, locale, "code-title", &current),
            csrf,
            error,
        }
    }
}

pub async fn code_form(
    State(state): State<AppState>,
    Lang(locale): Lang,
    AwaitingCode(user): AwaitingCode,
) -> Result<Response, WebError> {
    let page = CodePage::new(&state, locale, user.csrf_token, None);
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    pub(super) code: String,
}

pub async fn code_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    AwaitingCode(user): AwaitingCode,
    Origin(origin): Origin,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let outcome = identity::verify_second_factor(&state.app, &user, &form.code, &origin).await?;
    let mut page = CodePage::new(&state, locale, user.csrf_token, None);
    match outcome {
        LoginOutcome::SignedIn(issued) => {
            let mut response = see_other(&landing(locale.tag(), issued.stage));
            let cookie = session_cookie(&issued.token, state.settings.behind_tls());
            set_cookie(&mut response, &cookie);
            Ok(response)
        }
        LoginOutcome::Refused => {
            page.error = Some(page.layout.tr.t("code-refused").into_owned());
            Ok(render_private(&page, StatusCode::UNAUTHORIZED)?)
        }
        LoginOutcome::Throttled { retry_after_secs } => {
            page.error = Some(throttled(&page.layout, retry_after_secs));
            let mut response = render_private(&page, StatusCode::TOO_MANY_REQUESTS)?;
            retry_after(&mut response, retry_after_secs);
            Ok(response)
        }
        LoginOutcome::SignInAgain => {
            let secure = state.settings.behind_tls();
            let mut response = see_other(&format!("/{}/accesso?codici=1", locale.tag()));
            set_cookie(
                &mut response,
                &clear_cookie(session_cookie_name(secure), secure),
            );
            Ok(response)
        }
    }
}
