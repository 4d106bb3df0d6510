//! Sign-in and the operators' workspace: home, profile (password change), audit log.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;
use sportello_app::identity::{self, LoginOutcome};
use sportello_app::{Clock, SystemClock};
use sportello_core::{Action, Locale, Policy, Resource, Role, Scope};
use sportello_store::{AuditEntry, AuditFilter};

use crate::platform::error::WebError;
use crate::platform::layout::{render, render_private, Layout};
use crate::platform::session::{
    clear_cookie, cookie_value, landing, origin_of, session_cookie, session_cookie_name,
    AnySession, AwaitingCode, CurrentUser, Enrolling, Operator, PRE_CSRF_COOKIE,
};
use crate::AppState;

fn page_locale(tag: &str) -> Result<Locale, WebError> {
    Locale::from_tag(tag).map_err(|_| WebError::NotFound)
}

pub(crate) fn see_other(to: &str) -> Response {
    let mut r = Redirect::to(to).into_response();
    *r.status_mut() = StatusCode::SEE_OTHER;
    r
}

fn set_cookie(response: &mut Response, cookie: &str) {
    if let Ok(v) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

#[derive(Template)]
#[template(path = "identity/login.html")]
struct LoginPage<'a> {
    layout: Layout<'a>,
    csrf: String,
    email: String,
    error: Option<String>,
    message: Option<String>,
}

fn login_page(
    state: &AppState,
    locale: Locale,
    csrf: String,
    email: String,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    login_page_with(state, locale, csrf, email, error, None, status)
}

fn login_page_with(
    state: &AppState,
    locale: Locale,
    csrf: String,
    email: String,
    error: Option<String>,
    message: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let layout = Layout::page(
        state,
        locale,
        "login-title",
        &format!("/{}/accesso", locale.tag()),
    );
    let page = LoginPage {
        layout,
        csrf,
        email,
        error,
        message,
    };
    Ok(render_private(&page, status)?)
}

/// The pre-session CSRF token: the cookie's when present, otherwise a new one to set.
fn pre_session_token(headers: &axum::http::HeaderMap) -> (String, bool) {
    match cookie_value(headers, PRE_CSRF_COOKIE) {
        Some(v) if v.len() == 64 => (v.to_owned(), false),
        _ => (identity::random_token(), true),
    }
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    reimpostata: Option<u8>,
}

pub async fn login_form(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Extension(user): Extension<CurrentUser>,
    headers: axum::http::HeaderMap,
    Query(q): Query<LoginQuery>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    if let Some(user) = &user.0 {
        return Ok(see_other(&landing(locale.tag(), user.stage)));
    }
    let (csrf, fresh) = pre_session_token(&headers);
    let message = q
        .reimpostata
        .map(|_| state.i18n.tr(locale).t("reset-done").into_owned());
    let mut response = login_page_with(
        &state,
        locale,
        csrf.clone(),
        String::new(),
        None,
        message,
        StatusCode::OK,
    )?;
    if fresh {
        set_pre_session_cookie(&state, &mut response, &csrf);
    }
    Ok(response)
}

fn set_pre_session_cookie(state: &AppState, response: &mut Response, csrf: &str) {
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
    Path(tag): Path<String>,
    Extension(user): Extension<CurrentUser>,
    request_extensions: axum::http::Extensions,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let origin = origin_of(&request_extensions);
    let outcome = identity::login(
        &state.store,
        &SystemClock,
        &state.settings.auth,
        &form.email,
        &form.password,
        &origin,
    )
    .await?;
    let tr = state.i18n.tr(locale);
    let secure = state.settings.behind_tls();
    match outcome {
        LoginOutcome::SignedIn(issued) => {
            // A session that was open in this browser ends: the id rotates on login.
            if let Some(previous) = user.0 {
                state
                    .store
                    .delete_session(&previous.token_hash)
                    .await
                    .map_err(sportello_app::Error::from)?;
            }
            let mut response = see_other(&landing(locale.tag(), issued.stage));
            set_cookie(&mut response, &session_cookie(&issued.token, secure));
            set_cookie(&mut response, &clear_cookie(PRE_CSRF_COOKIE, secure));
            Ok(response)
        }
        LoginOutcome::Refused => login_page(
            &state,
            locale,
            form.csrf,
            form.email,
            Some(tr.t("login-refused").into_owned()),
            StatusCode::UNAUTHORIZED,
        ),
        LoginOutcome::Throttled { retry_after_secs } => {
            let message = tr
                .t1("login-throttled", "seconds", retry_after_secs)
                .into_owned();
            let mut response = login_page(
                &state,
                locale,
                form.csrf,
                form.email,
                Some(message),
                StatusCode::TOO_MANY_REQUESTS,
            )?;
            if let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
            Ok(response)
        }
    }
}

pub async fn logout(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    AnySession(user): AnySession,
    request_extensions: axum::http::Extensions,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    identity::logout(
        &state.store,
        &SystemClock,
        &user,
        &origin_of(&request_extensions),
    )
    .await?;
    let secure = state.settings.behind_tls();
    let mut response = see_other(&format!("/{}/", locale.tag()));
    set_cookie(
        &mut response,
        &clear_cookie(session_cookie_name(secure), secure),
    );
    Ok(response)
}

/// One role grant, translated.
#[derive(Debug)]
struct GrantLine {
    role: String,
    scope: String,
}

fn grant_lines(layout: &Layout<'_>, grants: &[(Role, Scope)]) -> Vec<GrantLine> {
    grants
        .iter()
        .map(|(role, scope)| {
            let (kind, target) = scope.parts();
            GrantLine {
                role: layout.tr.t(&format!("role-{}", role.as_str())).into_owned(),
                scope: layout
                    .tr
                    .t1(&format!("scope-{kind}"), "target", target.to_owned())
                    .into_owned(),
            }
        })
        .collect()
}

/// Navigation entries the operator's roles allow.
#[derive(Debug)]
pub(crate) struct NavLink {
    pub(crate) href: String,
    pub(crate) label: String,
}

pub(crate) fn workspace_nav(layout: &Layout<'_>, user: &identity::SignedIn) -> Vec<NavLink> {
    let lang = layout.lang;
    let mut links = vec![
        NavLink {
            href: format!("/{lang}/workspace/sportelli"),
            label: layout.tr.t("workspace-nav-desks").into_owned(),
        },
        NavLink {
            href: format!("/{lang}/workspace/servizi"),
            label: layout.tr.t("workspace-nav-services").into_owned(),
        },
        NavLink {
            href: format!("/{lang}/workspace/organizzazioni"),
            label: layout.tr.t("workspace-nav-organisations").into_owned(),
        },
        NavLink {
            href: format!("/{lang}/workspace/profilo"),
            label: layout.tr.t("workspace-nav-profile").into_owned(),
        },
        NavLink {
            href: format!("/{lang}/workspace/2fa"),
            label: layout.tr.t("workspace-nav-twofa").into_owned(),
        },
    ];
    if Policy::can(&user.actor, Action::ManageUsers, &Resource::Network) {
        links.push(NavLink {
            href: format!("/{lang}/workspace/utenti"),
            label: layout.tr.t("workspace-nav-users").into_owned(),
        });
    }
    if Policy::can(&user.actor, Action::ReadAudit, &Resource::Network) {
        links.push(NavLink {
            href: format!("/{lang}/workspace/audit"),
            label: layout.tr.t("workspace-nav-audit").into_owned(),
        });
    }
    links
}

#[derive(Template)]
#[template(path = "identity/workspace.html")]
struct WorkspacePage<'a> {
    layout: Layout<'a>,
    welcome: String,
    grants: Vec<GrantLine>,
    nav: Vec<NavLink>,
    csrf: String,
}

pub async fn home(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Operator(user): Operator,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let tr = state.i18n.tr(locale);
    let layout = Layout::page(
        &state,
        locale,
        "workspace-title",
        &format!("/{}/workspace", locale.tag()),
    );
    let page = WorkspacePage {
        welcome: tr
            .t1("workspace-welcome", "name", user.display_name.clone())
            .into_owned(),
        grants: grant_lines(&layout, &user.actor.grants),
        nav: workspace_nav(&layout, &user),
        csrf: user.csrf_token.clone(),
        layout,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Template)]
#[template(path = "identity/profile.html")]
struct ProfilePage<'a> {
    layout: Layout<'a>,
    email: String,
    nav: Vec<NavLink>,
    csrf: String,
    message: Option<String>,
    error: Option<String>,
}

fn profile_page(
    state: &AppState,
    locale: Locale,
    user: &identity::SignedIn,
    csrf: String,
    message: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let layout = Layout::page(
        state,
        locale,
        "profile-title",
        &format!("/{}/workspace/profilo", locale.tag()),
    );
    let page = ProfilePage {
        email: user.email.clone(),
        nav: workspace_nav(&layout, user),
        csrf,
        message,
        error,
        layout,
    };
    Ok(render_private(&page, status)?)
}

#[derive(Debug, Deserialize)]
pub struct ProfileQuery {
    changed: Option<u8>,
}

pub async fn profile(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Operator(user): Operator,
    Query(q): Query<ProfileQuery>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let message = q.changed.map(|_| {
        state
            .i18n
            .tr(locale)
            .t("profile-password-changed")
            .into_owned()
    });
    profile_page(
        &state,
        locale,
        &user,
        user.csrf_token.clone(),
        message,
        None,
        StatusCode::OK,
    )
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Operator(user): Operator,
    request_extensions: axum::http::Extensions,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let tr = state.i18n.tr(locale);
    let refuse = |key: &str| -> Result<Response, WebError> {
        Ok(profile_page(
            &state,
            locale,
            &user,
            user.csrf_token.clone(),
            None,
            Some(tr.t(key).into_owned()),
            StatusCode::UNPROCESSABLE_ENTITY,
        )?
        .into_response())
    };
    if form.new != form.confirm {
        return refuse("profile-password-mismatch");
    }
    if form.new.chars().count() < sportello_app::identity::accounts::MIN_PASSWORD_CHARS {
        return refuse("profile-password-too-short");
    }
    let origin = origin_of(&request_extensions);
    match identity::change_password(
        &state.store,
        &SystemClock,
        &state.settings.auth,
        &user,
        &form.current,
        &form.new,
        &origin,
    )
    .await?
    {
        None => refuse("profile-password-wrong"),
        Some(issued) => {
            let mut response = see_other(&format!("/{}/workspace/profilo?changed=1", locale.tag()));
            set_cookie(
                &mut response,
                &session_cookie(&issued.token, state.settings.behind_tls()),
            );
            Ok(response)
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct AuditQuery {
    action: Option<String>,
    actor: Option<String>,
}

#[derive(Template)]
#[template(path = "audit/audit.html")]
struct AuditPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    entries: Vec<AuditEntry>,
    action: String,
    actor: String,
    csrf: String,
}

pub async fn audit(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Operator(user): Operator,
    request_extensions: axum::http::Extensions,
    Query(q): Query<AuditQuery>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    if !Policy::can(&user.actor, Action::ReadAudit, &Resource::Network) {
        return Err(WebError::Forbidden("access.forbidden"));
    }
    let action = q.action.unwrap_or_default().trim().to_owned();
    let actor = q.actor.unwrap_or_default().trim().to_lowercase();
    let filter = AuditFilter {
        action_prefix: (!action.is_empty()).then(|| action.clone()),
        actor_label: (!actor.is_empty()).then(|| actor.clone()),
    };
    let entries = state
        .store
        .audit_entries(&filter, 200, 0)
        .await
        .map_err(sportello_app::Error::from)?;
    // The log holds personal data (addresses, e-mails): reading it is itself recorded.
    state
        .store
        .append_audit(
            &sportello_store::AuditEvent {
                actor_id: Some(user.user_id.clone()),
                actor_label: user.email.clone(),
                action: "audit.viewed".into(),
                object_type: "audit_log".into(),
                object_id: String::new(),
                ip: origin_of(&request_extensions).ip,
                detail: format!("action={action} actor={actor}"),
            },
            sportello_app::Clock::now(&SystemClock),
        )
        .await
        .map_err(sportello_app::Error::from)?;
    let layout = Layout::page(
        &state,
        locale,
        "audit-title",
        &format!("/{}/workspace/audit", locale.tag()),
    );
    let page = AuditPage {
        nav: workspace_nav(&layout, &user),
        entries,
        action,
        actor,
        csrf: user.csrf_token.clone(),
        layout,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

// Two-factor authentication: the code form after the password, and setting up an app.

#[derive(Template)]
#[template(path = "identity/code.html")]
struct CodePage<'a> {
    layout: Layout<'a>,
    csrf: String,
    error: Option<String>,
}

fn code_page(
    state: &AppState,
    locale: Locale,
    csrf: String,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let layout = Layout::page(
        state,
        locale,
        "code-title",
        &format!("/{}/accesso/codice", locale.tag()),
    );
    Ok(render_private(
        &CodePage {
            layout,
            csrf,
            error,
        },
        status,
    )?)
}

pub async fn code_form(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    AwaitingCode(user): AwaitingCode,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    code_page(&state, locale, user.csrf_token, None, StatusCode::OK)
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn code_submit(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    AwaitingCode(user): AwaitingCode,
    request_extensions: axum::http::Extensions,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let tr = state.i18n.tr(locale);
    let origin = origin_of(&request_extensions);
    match identity::verify_second_factor(
        &state.store,
        &SystemClock,
        &state.settings.auth,
        &user,
        &form.code,
        &origin,
    )
    .await?
    {
        LoginOutcome::SignedIn(issued) => {
            let mut response = see_other(&landing(locale.tag(), issued.stage));
            set_cookie(
                &mut response,
                &session_cookie(&issued.token, state.settings.behind_tls()),
            );
            Ok(response)
        }
        LoginOutcome::Refused => code_page(
            &state,
            locale,
            user.csrf_token,
            Some(tr.t("code-refused").into_owned()),
            StatusCode::UNAUTHORIZED,
        ),
        LoginOutcome::Throttled { retry_after_secs } => {
            let message = tr
                .t1("login-throttled", "seconds", retry_after_secs)
                .into_owned();
            code_page(
                &state,
                locale,
                user.csrf_token,
                Some(message),
                StatusCode::TOO_MANY_REQUESTS,
            )
        }
    }
}

#[derive(Template)]
#[template(path = "identity/two_factor.html")]
struct TwoFactorPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    csrf: String,
    enabled: bool,
    required: bool,
    pending: Option<identity::Enrolment>,
    qr_svg: String,
    recovery_codes: Vec<String>,
    error: Option<String>,
}

/// The QR code of an `otpauth://` link as inline SVG (no image request, CSP-friendly).
fn qr_svg(uri: &str) -> String {
    qrcode::QrCode::new(uri.as_bytes()).map_or_else(
        |_| String::new(),
        |code| {
            let svg = code
                .render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build();
            // Drop the XML prolog: the SVG sits inside HTML.
            svg.find("<svg")
                .map_or(svg.clone(), |i| svg[i..].to_owned())
        },
    )
}

async fn two_factor_page(
    state: &AppState,
    locale: Locale,
    user: &identity::SignedIn,
    csrf: String,
    recovery_codes: Vec<String>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let layout = Layout::page(
        state,
        locale,
        "twofa-title",
        &format!("/{}/workspace/2fa", locale.tag()),
    );
    let enabled = identity::has_totp(&state.store, &user.user_id).await?;
    let pending = if enabled && recovery_codes.is_empty() {
        None
    } else {
        identity::pending_enrolment(&state.store, user).await?
    };
    let page = TwoFactorPage {
        nav: if user.stage == identity::SessionStage::Full {
            workspace_nav(&layout, user)
        } else {
            Vec::new()
        },
        qr_svg: pending
            .as_ref()
            .map(|p| qr_svg(&p.otpauth_uri))
            .unwrap_or_default(),
        csrf,
        enabled,
        required: user.stage == identity::SessionStage::SetupRequired,
        pending,
        recovery_codes,
        error,
        layout,
    };
    Ok(render_private(&page, status)?)
}

pub async fn two_factor(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Enrolling(user): Enrolling,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    two_factor_page(
        &state,
        locale,
        &user,
        user.csrf_token.clone(),
        Vec::new(),
        None,
        StatusCode::OK,
    )
    .await
}

pub async fn two_factor_begin(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Enrolling(user): Enrolling,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    identity::begin_totp_enrolment(&state.store, &user).await?;
    Ok(see_other(&format!("/{}/workspace/2fa", locale.tag())))
}

pub async fn two_factor_confirm(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Enrolling(user): Enrolling,
    request_extensions: axum::http::Extensions,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let origin = origin_of(&request_extensions);
    match identity::confirm_totp_enrolment(
        &state.store,
        &SystemClock,
        &state.settings.auth,
        &user,
        &form.code,
        &origin,
    )
    .await?
    {
        None => {
            let error = Some(state.i18n.tr(locale).t("code-refused").into_owned());
            two_factor_page(
                &state,
                locale,
                &user,
                user.csrf_token.clone(),
                Vec::new(),
                error,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Some((codes, upgraded)) => {
            let csrf = upgraded
                .as_ref()
                .map_or_else(|| user.csrf_token.clone(), |s| s.csrf_token.clone());
            let mut shown = user.clone();
            if upgraded.is_some() {
                shown.stage = identity::SessionStage::Full;
            }
            let mut response =
                two_factor_page(&state, locale, &shown, csrf, codes, None, StatusCode::OK).await?;
            if let Some(issued) = upgraded {
                set_cookie(
                    &mut response,
                    &session_cookie(&issued.token, state.settings.behind_tls()),
                );
            }
            Ok(response)
        }
    }
}

// Password reset by e-mail link.

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

fn reset_page(
    state: &AppState,
    locale: Locale,
    headers: &axum::http::HeaderMap,
    token: Option<String>,
    message: Option<String>,
    error: Option<String>,
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
    let (csrf, fresh) = pre_session_token(headers);
    let page = ResetPage {
        layout,
        csrf: csrf.clone(),
        token,
        message,
        error,
    };
    let mut response = render_private(&page, status)?;
    // The link's token must not leak to other sites through the Referer header.
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
    Path(tag): Path<String>,
    headers: axum::http::HeaderMap,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    reset_page(&state, locale, &headers, None, None, None, StatusCode::OK)
}

#[derive(Debug, Deserialize)]
pub struct ResetRequestForm {
    #[serde(default)]
    email: String,
}

pub async fn reset_request(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    headers: axum::http::HeaderMap,
    request_extensions: axum::http::Extensions,
    Form(form): Form<ResetRequestForm>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let origin = origin_of(&request_extensions);
    let public_url = state
        .settings
        .server
        .public_url
        .trim_end_matches('/')
        .to_owned();
    let i18n_state = state.clone();
    identity::request_password_reset(&state.app, &form.email, &origin, |token, account_locale| {
        // The message speaks the account's language; the link opens the page in it too.
        let tr = i18n_state.i18n.tr(account_locale);
        let link = format!(
            "{public_url}/{}/accesso/recupero/{token}",
            account_locale.tag()
        );
        let body = tr
            .t2(
                "mail-reset-body",
                "minutes",
                identity::RESET_LINK_MINUTES,
                "link",
                link,
            )
            .into_owned();
        (tr.t("mail-reset-subject").into_owned(), body)
    })
    .await?;
    let sent = state.i18n.tr(locale).t("reset-sent").into_owned();
    reset_page(
        &state,
        locale,
        &headers,
        None,
        Some(sent),
        None,
        StatusCode::OK,
    )
}

pub async fn reset_link(
    State(state): State<AppState>,
    Path((tag, token)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    if identity::reset_link_is_valid(&state.app, &token).await? {
        reset_page(
            &state,
            locale,
            &headers,
            Some(token),
            None,
            None,
            StatusCode::OK,
        )
    } else {
        let error = state.i18n.tr(locale).t("reset-link-invalid").into_owned();
        reset_page(
            &state,
            locale,
            &headers,
            None,
            None,
            Some(error),
            StatusCode::GONE,
        )
    }
}

pub async fn reset_submit(
    State(state): State<AppState>,
    Path((tag, token)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    request_extensions: axum::http::Extensions,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let tr = state.i18n.tr(locale);
    let refuse = |key: &str| {
        reset_page(
            &state,
            locale,
            &headers,
            Some(token.clone()),
            None,
            Some(tr.t(key).into_owned()),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    if form.new != form.confirm {
        return refuse("profile-password-mismatch");
    }
    if form.new.chars().count() < sportello_app::identity::accounts::MIN_PASSWORD_CHARS {
        return refuse("profile-password-too-short");
    }
    if identity::reset_password(
        &state.app,
        &token,
        &form.new,
        &origin_of(&request_extensions),
    )
    .await?
    {
        Ok(see_other(&format!(
            "/{}/accesso?reimpostata=1",
            locale.tag()
        )))
    } else {
        let error = tr.t("reset-link-invalid").into_owned();
        reset_page(
            &state,
            locale,
            &headers,
            None,
            None,
            Some(error),
            StatusCode::GONE,
        )
    }
}

#[derive(Template)]
#[template(path = "platform/dev_mail.html")]
struct DevMailPage<'a> {
    layout: Layout<'a>,
    messages: Vec<String>,
}

/// Development only: the messages the "folder" mail transport wrote, newest first.
pub async fn dev_mail(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, WebError> {
    let Some(messages) = sportello_app::platform::mail::dev_messages(&state.app, 50) else {
        return Err(WebError::NotFound);
    };
    let locale = crate::platform::layout::preferred_locale(&headers);
    let tr = state.i18n.tr(locale);
    let layout = Layout::new(&state, locale, tr.t("dev-mail-title").into_owned(), "/");
    Ok(render(&DevMailPage { layout, messages }, StatusCode::OK)?.into_response())
}

// Accounts administration: role grants with scope pickers, disabling.

/// An account as the administration page lists it.
#[derive(Debug)]
struct UserRow {
    id: String,
    email: String,
    display_name: String,
    disabled: bool,
    grants: Vec<(GrantLine, String, String, String)>,
}

#[derive(Debug)]
struct Choice {
    value: String,
    label: String,
}

#[derive(Template)]
#[template(path = "identity/users.html")]
struct UsersPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    csrf: String,
    users: Vec<UserRow>,
    roles: Vec<Choice>,
    scope_kinds: Vec<Choice>,
    targets: Vec<Choice>,
    message: Option<String>,
    error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct UsersQuery {
    ok: Option<u8>,
}

async fn users_page(
    state: &AppState,
    locale: Locale,
    user: &identity::SignedIn,
    message: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    if !Policy::can(&user.actor, Action::ManageUsers, &Resource::Network) {
        return Err(WebError::Forbidden("access.forbidden"));
    }
    let layout = Layout::page(
        state,
        locale,
        "users-title",
        &format!("/{}/workspace/utenti", locale.tag()),
    );
    let accounts = sportello_app::identity::accounts::list_users(&state.store).await?;
    let users = accounts
        .into_iter()
        .map(|u| {
            let pairs: Vec<(Role, Scope)> =
                u.grants.iter().map(|g| (g.role, g.scope.clone())).collect();
            let lines = grant_lines(&layout, &pairs);
            UserRow {
                grants: lines
                    .into_iter()
                    .zip(pairs)
                    .map(|(line, (role, scope))| {
                        let (kind, target) = scope.parts();
                        (
                            line,
                            role.as_str().to_owned(),
                            kind.to_owned(),
                            target.to_owned(),
                        )
                    })
                    .collect(),
                id: u.id,
                email: u.email,
                display_name: u.display_name,
                disabled: u.disabled,
            }
        })
        .collect();
    let roles = Role::ALL
        .iter()
        .map(|r| Choice {
            value: r.as_str().to_owned(),
            label: layout.tr.t(&format!("role-{}", r.as_str())).into_owned(),
        })
        .collect();
    let scope_kinds = ["network", "organisation", "desk", "theme", "language"]
        .iter()
        .map(|k| Choice {
            value: (*k).to_owned(),
            label: layout.tr.t(&format!("scope-kind-{k}")).into_owned(),
        })
        .collect();
    // Suggestions for the target field: organisations, themes and languages (desks are
    // too many to list; their slug is typed and checked).
    let mut targets: Vec<Choice> = state
        .store
        .organisation_choices()
        .await
        .map_err(sportello_app::Error::from)?
        .into_iter()
        .map(|(value, label)| Choice { value, label })
        .collect();
    targets.extend(sportello_core::Theme::ALL.iter().map(|t| Choice {
        value: t.slug().to_owned(),
        label: layout.tr.t(&t.message_id()).into_owned(),
    }));
    targets.extend(Locale::ALL.iter().map(|l| Choice {
        value: l.tag().to_owned(),
        label: l.endonym().to_owned(),
    }));
    let page = UsersPage {
        nav: workspace_nav(&layout, user),
        csrf: user.csrf_token.clone(),
        users,
        roles,
        scope_kinds,
        targets,
        message,
        error,
        layout,
    };
    Ok(render_private(&page, status)?)
}

pub async fn users(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Operator(user): Operator,
    request_extensions: axum::http::Extensions,
    Query(q): Query<UsersQuery>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    if Policy::can(&user.actor, Action::ManageUsers, &Resource::Network) {
        // The list holds personal data (names, e-mails): reading it is recorded.
        state
            .store
            .append_audit(
                &sportello_store::AuditEvent {
                    actor_id: Some(user.user_id.clone()),
                    actor_label: user.email.clone(),
                    action: "users.viewed".into(),
                    object_type: "user".into(),
                    object_id: String::new(),
                    ip: origin_of(&request_extensions).ip,
                    detail: String::new(),
                },
                sportello_app::Clock::now(&SystemClock),
            )
            .await
            .map_err(sportello_app::Error::from)?;
    }
    let message =
        q.ok.map(|_| state.i18n.tr(locale).t("users-saved").into_owned());
    users_page(&state, locale, &user, message, None, StatusCode::OK).await
}

#[derive(Debug, Deserialize)]
pub struct GrantForm {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    scope_kind: String,
    #[serde(default)]
    scope_target: String,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UserChange {
    Grant,
    Revoke,
    Disable,
}

/// Grant, revoke or disable, then back to the list (or the list with the reason it failed).
pub async fn users_change(
    State(state): State<AppState>,
    Path((tag, change)): Path<(String, UserChange)>,
    Operator(user): Operator,
    request_extensions: axum::http::Extensions,
    Form(form): Form<GrantForm>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    if !Policy::can(&user.actor, Action::ManageUsers, &Resource::Network) {
        return Err(WebError::Forbidden("access.forbidden"));
    }
    let ip = origin_of(&request_extensions).ip;
    let by = sportello_app::identity::accounts::ChangedBy {
        user_id: &user.user_id,
        email: &user.email,
        ip: &ip,
    };
    let grant = || -> Result<(Role, Scope), sportello_core::ParseError> {
        Ok((
            Role::parse(&form.role)?,
            Scope::from_parts(&form.scope_kind, form.scope_target.trim())?,
        ))
    };
    let result = match change {
        UserChange::Grant => match grant() {
            Ok((role, scope)) => {
                sportello_app::identity::accounts::grant_role(
                    &state.store,
                    &SystemClock,
                    by,
                    &form.user_id,
                    role,
                    scope,
                )
                .await
            }
            Err(e) => Err(e.into()),
        },
        UserChange::Revoke => match grant() {
            Ok((role, scope)) => {
                sportello_app::identity::accounts::revoke_role(
                    &state.store,
                    &SystemClock,
                    by,
                    &form.user_id,
                    role,
                    scope,
                )
                .await
            }
            Err(e) => Err(e.into()),
        },
        UserChange::Disable => {
            sportello_app::identity::accounts::disable_account(
                &state.store,
                &SystemClock,
                by,
                &form.user_id,
            )
            .await
        }
    };
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/workspace/utenti?ok=1",
            locale.tag()
        ))),
        Err(
            e @ (sportello_app::Error::Invalid(_)
            | sportello_app::Error::Store(sportello_store::StoreError::NotFound { .. })),
        ) => {
            let reason = match &e {
                sportello_app::Error::Invalid(p) => p.detail.clone(),
                other => other.to_string(),
            };
            let error = state
                .i18n
                .tr(locale)
                .t1("users-error", "reason", reason)
                .into_owned();
            users_page(
                &state,
                locale,
                &user,
                None,
                Some(error),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

// The desks an operator works at (desk-scoped data: the store query takes the scope).

#[derive(Template)]
#[template(path = "directory/ws_desks.html")]
struct WorkspaceDesksPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    csrf: String,
    desks: Vec<DeskLine>,
    /// One desk's page rather than the list.
    single: bool,
    /// On a desk's page: whether the operator may edit it, and its recorded changes.
    can_edit: bool,
    history: Vec<sportello_store::FieldChange>,
    saved: bool,
}

/// A desk of the operator's, with its level label and whether its details are due for a
/// check (never verified, or longer ago than `directory.verify_after_months`).
struct DeskLine {
    desk: sportello_store::DeskRecord,
    level: String,
    verify_due: bool,
}

fn desk_line(state: &AppState, layout: &Layout<'_>, desk: sportello_store::DeskRecord) -> DeskLine {
    DeskLine {
        level: level_label(layout, &desk.level),
        verify_due: sportello_app::directory::editing::needs_verification(
            desk.verified_on,
            SystemClock.now(),
            state.settings.directory.verify_after_months,
        ),
        desk,
    }
}

fn level_label(layout: &Layout<'_>, level: &str) -> String {
    layout.tr.t(&format!("desk-level-{level}")).into_owned()
}

pub async fn my_desks(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Operator(user): Operator,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let scope = sportello_core::DeskScope::of(&user.actor);
    let desks = state
        .store
        .desks_in_scope(&scope, 200)
        .await
        .map_err(sportello_app::Error::from)?;
    let layout = Layout::page(
        &state,
        locale,
        "ws-desks-title",
        &format!("/{}/workspace/sportelli", locale.tag()),
    );
    let desks = desks
        .into_iter()
        .map(|d| desk_line(&state, &layout, d))
        .collect();
    let page = WorkspaceDesksPage {
        nav: workspace_nav(&layout, &user),
        csrf: user.csrf_token.clone(),
        desks,
        single: false,
        can_edit: false,
        history: Vec::new(),
        saved: false,
        layout,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

/// One desk. A desk outside the operator's scope answers 404, exactly like one that does
/// not exist: guessing slugs tells nothing.
#[derive(Debug, Deserialize)]
pub struct DeskQuery {
    saved: Option<String>,
}

pub async fn my_desk(
    State(state): State<AppState>,
    Path((tag, slug)): Path<(String, String)>,
    Query(query): Query<DeskQuery>,
    Operator(user): Operator,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let scope = sportello_core::DeskScope::of(&user.actor);
    let desk = state
        .store
        .desk_in_scope(&scope, &slug)
        .await
        .map_err(sportello_app::Error::from)?
        .ok_or(WebError::NotFound)?;
    let layout = Layout::new(
        &state,
        locale,
        desk.name.clone(),
        &format!("/{}/workspace/sportelli/{}", locale.tag(), desk.slug),
    );
    let editable = sportello_core::DeskScope::editable_by(&user.actor);
    let history = state
        .store
        .desk_history(&editable, &slug, 30)
        .await
        .map_err(sportello_app::Error::from)?;
    let page = WorkspaceDesksPage {
        nav: workspace_nav(&layout, &user),
        csrf: user.csrf_token.clone(),
        can_edit: history.is_some(),
        history: history.unwrap_or_default(),
        saved: query.saved.is_some(),
        desks: vec![desk_line(&state, &layout, desk)],
        single: true,
        layout,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}
