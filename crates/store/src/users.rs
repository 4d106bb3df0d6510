//! Operators' accounts and the roles granted to them.

use chrono::{DateTime, Utc};
use sportello_core::{Email, Locale, Role, Scope};

use crate::{new_id, read, write, Result, Store, StoreError};

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub display_name: String,
    pub locale: Locale,
    /// A PHC string (argon2id); the store never sees a password.
    pub password_hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleGrant {
    pub role: Role,
    pub scope: Scope,
}

#[derive(Debug, Clone)]
pub struct UserSummary {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub locale: String,
    pub disabled: bool,
    pub grants: Vec<RoleGrant>,
}

#[derive(sqlx::FromRow)]
struct GrantRow {
    user_id: String,
    role: String,
    scope_kind: String,
    scope_target: String,
}

impl GrantRow {
    fn grant(&self) -> Result<RoleGrant> {
        let decode = |e: sportello_core::ParseError| {
            StoreError::Database(sqlx::Error::Decode(e.to_string().into()))
        };
        Ok(RoleGrant {
            role: Role::parse(&self.role).map_err(decode)?,
            scope: Scope::from_parts(&self.scope_kind, &self.scope_target).map_err(decode)?,
        })
    }
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: String,
    email: String,
    display_name: String,
    locale: String,
    disabled_at: Option<DateTime<Utc>>,
}

impl Store {
    /// Creates an account with its first grants; fails with a conflict if the e-mail exists.
    pub async fn insert_user(
        &self,
        user: &NewUser,
        grants: &[RoleGrant],
        now: DateTime<Utc>,
    ) -> Result<String> {
        let id = new_id();
        write!(self, |tx| {
            sqlx::query(
                "INSERT INTO users (id, email, display_name, locale, password_hash, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6)",
            )
            .bind(&id)
            .bind(user.email.as_str())
            .bind(&user.display_name)
            .bind(user.locale.tag())
            .bind(&user.password_hash)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            for grant in grants {
                let (kind, target) = grant.scope.parts();
                sqlx::query(
                    "INSERT INTO role_grants (id, user_id, role, scope_kind, scope_target, granted_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(new_id())
                .bind(&id)
                .bind(grant.role.as_str())
                .bind(kind)
                .bind(target)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
        });
        Ok(id)
    }

    /// Replaces every grant of the account with `grants`, atomically.
    pub async fn set_user_roles(
        &self,
        email: &Email,
        grants: &[RoleGrant],
        now: DateTime<Utc>,
    ) -> Result<()> {
        write!(self, |tx| {
            let user_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                .bind(email.as_str())
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::NotFound { entity: "user" })?;
            sqlx::query("DELETE FROM role_grants WHERE user_id = $1")
                .bind(&user_id)
                .execute(&mut *tx)
                .await?;
            for grant in grants {
                let (kind, target) = grant.scope.parts();
                sqlx::query(
                    "INSERT INTO role_grants (id, user_id, role, scope_kind, scope_target, granted_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(new_id())
                .bind(&user_id)
                .bind(grant.role.as_str())
                .bind(kind)
                .bind(target)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
        });
        Ok(())
    }

    /// Every account with its grants, by e-mail.
    pub async fn list_users(&self) -> Result<Vec<UserSummary>> {
        let (users, grants): (Vec<UserRow>, Vec<GrantRow>) = read!(self, |pool| {
            let users = sqlx::query_as(
                "SELECT id, email, display_name, locale, disabled_at FROM users ORDER BY email",
            )
            .fetch_all(pool)
            .await?;
            let grants = sqlx::query_as(
                "SELECT user_id, role, scope_kind, scope_target FROM role_grants ORDER BY role, scope_kind, scope_target",
            )
            .fetch_all(pool)
            .await?;
            (users, grants)
        });
        users
            .into_iter()
            .map(|u| {
                let grants = grants
                    .iter()
                    .filter(|g| g.user_id == u.id)
                    .map(|g| {
                        let decode = |e: sportello_core::ParseError| {
                            StoreError::Database(sqlx::Error::Decode(e.to_string().into()))
                        };
                        Ok(RoleGrant {
                            role: Role::parse(&g.role).map_err(decode)?,
                            scope: Scope::from_parts(&g.scope_kind, &g.scope_target)
                                .map_err(decode)?,
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(UserSummary {
                    id: u.id,
                    email: u.email,
                    display_name: u.display_name,
                    locale: u.locale,
                    disabled: u.disabled_at.is_some(),
                    grants,
                })
            })
            .collect()
    }
}

/// What a login needs to know about an account.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Credentials {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub locale: String,
    pub password_hash: String,
    pub disabled_at: Option<DateTime<Utc>>,
}

impl Store {
    pub async fn credentials(&self, email: &Email) -> Result<Option<Credentials>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT id, email, display_name, locale, password_hash, disabled_at FROM users WHERE email = $1",
            )
            .bind(email.as_str())
            .fetch_optional(pool)
            .await?
        }))
    }

    /// The grants of one account.
    pub async fn user_grants(&self, user_id: &str) -> Result<Vec<RoleGrant>> {
        let rows: Vec<GrantRow> = read!(self, |pool| {
            sqlx::query_as(
                "SELECT user_id, role, scope_kind, scope_target FROM role_grants WHERE user_id = $1 \
                 ORDER BY role, scope_kind, scope_target",
            )
            .bind(user_id)
            .fetch_all(pool)
            .await?
        });
        rows.iter().map(GrantRow::grant).collect()
    }

    pub async fn set_password_hash(
        &self,
        user_id: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        write!(self, |tx| {
            let n =
                sqlx::query("UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1")
                    .bind(user_id)
                    .bind(password_hash)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound { entity: "user" });
            }
        });
        Ok(())
    }

    /// Disables an account and ends its sessions, atomically. Returns the account id.
    pub async fn disable_user(&self, email: &Email, now: DateTime<Utc>) -> Result<String> {
        let id = write!(self, |tx| {
            let id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                .bind(email.as_str())
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::NotFound { entity: "user" })?;
            sqlx::query("UPDATE users SET disabled_at = $2, updated_at = $2 WHERE id = $1")
                .bind(&id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(&id)
                .execute(&mut *tx)
                .await?;
            id
        });
        Ok(id)
    }
}
