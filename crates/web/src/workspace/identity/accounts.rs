//! Accounts administration (`/{lang}/workspace/utenti`): role grants with scope pickers,
//! revocation, disabling. The app checks the Policy and audits; this renders.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use sportello_app::identity::admin::{
    self, AccountChange, AccountsOverview, GrantInput, Reading, UserSummary,
};
use sportello_app::identity::SignedIn;
use sportello_core::{Locale, Role, Scope, Theme};

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::{render_private, Layout};
use crate::workspace::shell::{grant_lines, see_other, workspace_page, Chrome, GrantLine};
use crate::AppState;

/// An account as the administration page lists it: each grant translated, with the raw
/// role, scope kind and target its revoke form sends back.
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
    chrome: Chrome<'a>,
    users: Vec<UserRow>,
    roles: Vec<Choice>,
    scope_kinds: Vec<Choice>,
    targets: Vec<Choice>,
    message: Option<String>,
    error: Option<String>,
}

workspace_page!(UsersPage => Chrome);

fn user_row(layout: &Layout<'_>, u: UserSummary) -> UserRow {
    let pairs: Vec<(Role, Scope)> = u.grants.iter().map(|g| (g.role, g.scope.clone())).collect();
    let lines = grant_lines(layout, &pairs);
    UserRow {
        grants: lines
            .into_iter()
            .zip(pairs)
            .map(|(line, (role, scope))| {
                let (kind, target) = scope.parts();
                let role = role.as_str().to_owned();
                (line, role, kind.to_owned(), target.to_owned())
            })
            .collect(),
        id: u.id,
        email: u.email,
        display_name: u.display_name,
        disabled: u.disabled,
    }
}

impl<'a> UsersPage<'a> {
    fn new(state: &'a AppState, locale: Locale, user: &SignedIn, data: AccountsOverview) -> Self {
        let current = format!("/{}/workspace/utenti", locale.tag());
        let layout = Layout::page(state, locale, "users-title", &current);
        let tr = layout.tr;
        let choice = |value: &str, label: String| Choice {
            value: value.to_owned(),
            label,
        };
        let roles = Role::ALL
            .iter()
            .map(|r| {
                choice(
                    r.as_str(),
                    tr.t(&format!("role-{}", r.as_str())).into_owned(),
                )
            })
            .collect();
        let scope_kinds = ["network", "organisation", "desk", "theme", "language"]
            .iter()
            .map(|k| choice(k, tr.t(&format!("scope-kind-{k}")).into_owned()))
            .collect();
        // Suggestions for the target field: organisations, themes and languages (desks are
        // too many to list; their slug is typed and checked).
        let mut targets: Vec<Choice> = data
            .organisations
            .into_iter()
            .map(|(value, label)| Choice { value, label })
            .collect();
        targets.extend(
            Theme::ALL
                .iter()
                .map(|t| choice(t.slug(), tr.t(&t.message_id()).into_owned())),
        );
        targets.extend(
            Locale::ALL
                .iter()
                .map(|l| choice(l.tag(), l.endonym().to_owned())),
        );
        Self {
            users: data
                .users
                .into_iter()
                .map(|u| user_row(&layout, u))
                .collect(),
            roles,
            scope_kinds,
            targets,
            message: None,
            error: None,
            chrome: Chrome::new(layout, user),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct UsersQuery {
    ok: Option<u8>,
}

pub async fn users(
    State(state): State<AppState>,
    req: OperatorRequest,
    Query(q): Query<UsersQuery>,
) -> Result<Response, WebError> {
    let data = admin::accounts_overview(&state.app, &req.user, &req.origin, Reading::Fresh).await?;
    let mut page = UsersPage::new(&state, req.locale, &req.user, data);
    page.message = q.ok.map(|_| page.layout.tr.t("users-saved").into_owned());
    Ok(render_private(&page, StatusCode::OK)?)
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

impl GrantForm {
    fn change(&self, kind: UserChange) -> AccountChange<'_> {
        let input = GrantInput {
            user_id: &self.user_id,
            role: &self.role,
            scope_kind: &self.scope_kind,
            scope_target: &self.scope_target,
        };
        match kind {
            UserChange::Grant => AccountChange::Grant(input),
            UserChange::Revoke => AccountChange::Revoke(input),
            UserChange::Disable => AccountChange::Disable {
                user_id: &self.user_id,
            },
        }
    }
}

/// Grant, revoke or disable, then back to the list (or the list with the reason it failed).
pub async fn users_change(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, kind)): Path<(String, UserChange)>,
    Form(form): Form<GrantForm>,
) -> Result<Response, WebError> {
    let e = match admin::change_account(&state.app, &req.user, &req.origin, form.change(kind)).await
    {
        Ok(()) => {
            return Ok(see_other(&format!(
                "/{}/workspace/utenti?ok=1",
                req.locale.tag()
            )))
        }
        Err(e) if e.is_correctable() => e,
        Err(e) => return Err(e.into()),
    };
    let reason = match &e {
        sportello_app::Error::Invalid(p) => p.detail.clone(),
        other => other.to_string(),
    };
    let data =
        admin::accounts_overview(&state.app, &req.user, &req.origin, Reading::AfterChange).await?;
    let mut page = UsersPage::new(&state, req.locale, &req.user, data);
    page.error = Some(
        page.layout
            .tr
            .t1("users-error", "reason", reason)
            .into_owned(),
    );
    Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
}
