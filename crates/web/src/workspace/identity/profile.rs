//! The workspace home (`/{lang}/workspace`) and the operator's profile with the password
//! change (`/{lang}/workspace/profilo`).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use sportello_app::identity::{self, SignedIn};
use sportello_core::Locale;

use super::reset::PasswordForm;
use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::{render_private, Layout};
use crate::platform::session::session_cookie;
use crate::workspace::shell::{
    grant_lines, see_other, set_cookie, workspace_page, Chrome, GrantLine,
};
use crate::AppState;

#[derive(Template)]
#[template(path = "identity/workspace.html")]
struct WorkspacePage<'a> {
    chrome: Chrome<'a>,
    welcome: String,
    grants: Vec<GrantLine>,
}

workspace_page!(WorkspacePage => Chrome);

pub async fn home(
    State(state): State<AppState>,
    req: OperatorRequest,
) -> Result<Response, WebError> {
    let chrome = Chrome::page(&state, &req, "workspace-title", "");
    let tr = chrome.layout.tr;
    let page = WorkspacePage {
        welcome: tr
            .t1("workspace-welcome", "name", req.user.display_name.clone())
            .into_owned(),
        grants: grant_lines(&chrome.layout, &req.user.actor.grants),
        chrome,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Template)]
#[template(path = "identity/profile.html")]
struct ProfilePage<'a> {
    chrome: Chrome<'a>,
    email: String,
    message: Option<String>,
    error: Option<String>,
}

workspace_page!(ProfilePage => Chrome);

impl<'a> ProfilePage<'a> {
    fn new(state: &'a AppState, locale: Locale, user: &SignedIn) -> Self {
        let current = format!("/{}/workspace/profilo", locale.tag());
        let layout = Layout::page(state, locale, "profile-title", &current);
        Self {
            chrome: Chrome::new(layout, user),
            email: user.email.clone(),
            message: None,
            error: None,
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct ProfileQuery {
    changed: Option<u8>,
}

pub async fn profile(
    State(state): State<AppState>,
    req: OperatorRequest,
    Query(q): Query<ProfileQuery>,
) -> Result<Response, WebError> {
    let mut page = ProfilePage::new(&state, req.locale, &req.user);
    let changed = page.layout.tr.t("profile-password-changed");
    page.message = q.changed.map(|_| changed.into_owned());
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn change_password(
    State(state): State<AppState>,
    req: OperatorRequest,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let new = form.new_password();
    match identity::change_password(&state.app, &req.user, &form.current, new, &req.origin).await? {
        Ok(issued) => {
            let to = format!("/{}/workspace/profilo?changed=1", req.locale.tag());
            let mut response = see_other(&to);
            let cookie = session_cookie(&issued.token, state.settings.behind_tls());
            set_cookie(&mut response, &cookie);
            Ok(response)
        }
        Err(problem) => {
            let mut page = ProfilePage::new(&state, req.locale, &req.user);
            page.error = Some(page.layout.tr.t(problem.message_id()).into_owned());
            Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
        }
    }
}
