//! Accounts administration in the workspace: the list of accounts with their grants, role
//! grants on a checked scope, revocation, disabling. Only network admins may (the Policy's
//! `ManageUsers`, checked here, not by the caller); every reading and every change is audited.

use sportello_core::{Action, Email, Locale, ParseError, Policy, Resource, Role, Scope};
use sportello_store::{RoleGrant, StoreError};

pub use sportello_store::UserSummary;

use super::sign_in::account_event;
use super::{RequestOrigin, SignedIn};
use crate::{App, Error, Result};

/// What the administration page shows.
#[derive(Debug)]
pub struct AccountsOverview {
    pub users: Vec<UserSummary>,
    /// Organisations a grant may target, as (slug, name).
    pub organisations: Vec<(String, String)>,
}

/// Whether reading the list is a new reading to audit, or the page shown again after a
/// change that was itself audited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Fresh,
    AfterChange,
}

fn may_manage(user: &SignedIn) -> Result<()> {
    if Policy::can(&user.actor, Action::ManageUsers, &Resource::Network) {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// Every account with its grants. The list holds personal data (names, e-mails): a fresh
/// reading is recorded in the audit log.
pub async fn accounts_overview(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    reading: Reading,
) -> Result<AccountsOverview> {
    may_manage(user)?;
    let store = app.store();
    if reading == Reading::Fresh {
        store
            .append_audit(
                &account_event(user, origin, "users.viewed", ("", "")),
                app.clock().now(),
            )
            .await?;
    }
    Ok(AccountsOverview {
        users: store.list_users().await?,
        organisations: store.organisation_choices().await?,
    })
}

/// A change to an account, as the administration form sends it (unparsed).
#[derive(Debug, Clone, Copy)]
pub enum AccountChange<'a> {
    Grant(GrantInput<'a>),
    Revoke(GrantInput<'a>),
    Disable { user_id: &'a str },
}

/// A role on a scope for an account, as typed.
#[derive(Debug, Clone, Copy)]
pub struct GrantInput<'a> {
    pub user_id: &'a str,
    pub role: &'a str,
    pub scope_kind: &'a str,
    pub scope_target: &'a str,
}

impl GrantInput<'_> {
    fn parse(&self) -> Result<(Role, Scope)> {
        let role = Role::parse(self.role)?;
        let scope = Scope::from_parts(self.scope_kind, self.scope_target.trim())?;
        if let Scope::Language(tag) = &scope {
            Locale::from_tag(tag)?;
        }
        Ok((role, scope))
    }
}

/// Applies one change. A grant's target must exist; the account's sessions end on any
/// change of its roles (in the store, in the same transaction); nobody disables themselves.
pub async fn change_account(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    change: AccountChange<'_>,
) -> Result<()> {
    may_manage(user)?;
    let (store, now) = (app.store(), app.clock().now());
    let (action, user_id, detail) = match change {
        AccountChange::Grant(input) => {
            let (role, scope) = input.parse()?;
            if !store.scope_target_exists(&scope).await? {
                return Err(ParseError::new(
                    "scope.target_unknown",
                    format!("{scope} does not exist"),
                )
                .into());
            }
            let detail = format!("{role}@{scope}");
            store
                .grant_role(input.user_id, &RoleGrant { role, scope }, now)
                .await?;
            ("user.role_granted", input.user_id, detail)
        }
        AccountChange::Revoke(input) => {
            let (role, scope) = input.parse()?;
            let detail = format!("{role}@{scope}");
            store
                .revoke_role(input.user_id, &RoleGrant { role, scope })
                .await?;
            ("user.role_revoked", input.user_id, detail)
        }
        AccountChange::Disable { user_id } => {
            if user_id == user.user_id {
                return Err(ParseError::new(
                    "account.cannot_disable_self",
                    "an account cannot disable itself",
                )
                .into());
            }
            let users = store.list_users().await?;
            let target = users
                .iter()
                .find(|u| u.id == user_id)
                .ok_or(StoreError::NotFound { entity: "user" })?;
            let email = Email::parse(&target.email)?;
            store.disable_user(&email, now).await?;
            ("user.disabled", user_id, email.to_string())
        }
    };
    let audit = account_event(user, origin, action, (user_id, &detail));
    store.append_audit(&audit, now).await?;
    Ok(())
}
