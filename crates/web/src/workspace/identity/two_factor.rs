//! Setting up an authenticator app: `/{lang}/workspace/2fa` (and its confirmation).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use sportello_app::identity::{self, Enrolment, SessionStage, SignedIn, TwoFactorStatus};
use sportello_core::Locale;

use super::sign_in::CodeForm;
use crate::platform::error::WebError;
use crate::platform::extract::{Lang, Origin};
use crate::platform::layout::{render_private, Layout};
use crate::platform::session::{session_cookie, Enrolling};
use crate::workspace::shell::{see_other, set_cookie, workspace_nav, NavLink};
use crate::AppState;

#[derive(Template)]
#[template(path = "identity/two_factor.html")]
struct TwoFactorPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    csrf: String,
    enabled: bool,
    required: bool,
    pending: Option<Enrolment>,
    qr_svg: String,
    recovery_codes: Vec<String>,
    error: Option<String>,
}

impl<'a> TwoFactorPage<'a> {
    /// `user` as the page should show them (after an upgrade, at the full stage).
    fn new(
        state: &'a AppState,
        locale: Locale,
        user: &SignedIn,
        status: TwoFactorStatus,
        recovery_codes: Vec<String>,
    ) -> Self {
        let current = format!("/{}/workspace/2fa", locale.tag());
        let layout = Layout::page(state, locale, "twofa-title", &current);
        Self {
            nav: if user.stage == SessionStage::Full {
                workspace_nav(&layout, user)
            } else {
                Vec::new()
            },
            qr_svg: status
                .pending
                .as_ref()
                .map(|p| qr_svg(&p.otpauth_uri))
                .unwrap_or_default(),
            csrf: user.csrf_token.clone(),
            enabled: status.enabled,
            required: user.stage == SessionStage::SetupRequired,
            pending: status.pending,
            recovery_codes,
            error: None,
            layout,
        }
    }
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

pub async fn two_factor(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Enrolling(user): Enrolling,
) -> Result<Response, WebError> {
    let status = identity::two_factor_status(&state.app, &user, false).await?;
    let page = TwoFactorPage::new(&state, locale, &user, status, Vec::new());
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn two_factor_begin(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Enrolling(user): Enrolling,
) -> Result<Response, WebError> {
    identity::begin_totp_enrolment(&state.app, &user).await?;
    Ok(see_other(&format!("/{}/workspace/2fa", locale.tag())))
}

pub async fn two_factor_confirm(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Enrolling(user): Enrolling,
    Origin(origin): Origin,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let confirmed =
        identity::confirm_totp_enrolment(&state.app, &user, &form.code, &origin).await?;
    let Some((codes, upgraded)) = confirmed else {
        let status = identity::two_factor_status(&state.app, &user, false).await?;
        let mut page = TwoFactorPage::new(&state, locale, &user, status, Vec::new());
        page.error = Some(page.layout.tr.t("code-refused").into_owned());
        return Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?);
    };
    let mut shown = user.clone();
    if let Some(issued) = &upgraded {
        shown.stage = SessionStage::Full;
        shown.csrf_token.clone_from(&issued.csrf_token);
    }
    let status = identity::two_factor_status(&state.app, &shown, true).await?;
    let page = TwoFactorPage::new(&state, locale, &shown, status, codes);
    let mut response = render_private(&page, StatusCode::OK)?;
    if let Some(issued) = upgraded {
        let cookie = session_cookie(&issued.token, state.settings.behind_tls());
        set_cookie(&mut response, &cookie);
    }
    Ok(response)
}
