//! Operators' accounts and the roles granted to them.

use chrono::{DateTime, Utc};
use sportello_core::{Email, Locale, Role, Scope};

use crate::{end_sessions, insert_grant, new_id, read, write, Result, Store, StoreError};

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
                insert_grant!(tx, &id, grant, now);
            }
        });
        Ok(id)
    }

    /// Replaces every grant of the account with `grants` and ends its sessions, atomically.
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
            // A change of privilege ends the account's sessions: the next sign-in gets a
            // new session id with the new roles.
            end_sessions!(tx, &user_id);
            for grant in grants {
                insert_grant!(tx, &user_id, grant, now);
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
    pub has_totp: bool,
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
                "SELECT id, email, display_name, locale, password_hash, disabled_at, \
                 (totp_secret IS NOT NULL) AS has_totp FROM users WHERE email = $1",
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

    /// Sets a new password hash and ends every session of the account, atomically.
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
            end_sessions!(tx, user_id);
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
            end_sessions!(tx, &id);
            id
        });
        Ok(id)
    }
}

/// An account's two-factor state.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct TotpState {
    pub totp_secret: Option<String>,
    pub totp_pending_secret: Option<String>,
    pub totp_last_step: Option<i64>,
}

impl Store {
    pub async fn totp_state(&self, user_id: &str) -> Result<TotpState> {
        let state: Option<TotpState> = read!(self, |pool| {
            sqlx::query_as(
                "SELECT totp_secret, totp_pending_secret, totp_last_step FROM users WHERE id = $1",
            )
            .bind(user_id)
            .fetch_optional(pool)
            .await?
        });
        state.ok_or(StoreError::NotFound { entity: "user" })
    }

    /// Keeps a secret being set up until the person proves their app has it.
    pub async fn set_totp_pending(&self, user_id: &str, secret: &str) -> Result<()> {
        write!(self, |tx| {
            sqlx::query("UPDATE users SET totp_pending_secret = $2 WHERE id = $1")
                .bind(user_id)
                .bind(secret)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }

    /// Turns the pending secret on, with fresh recovery codes (hashes), atomically.
    pub async fn enable_totp(
        &self,
        user_id: &str,
        secret: &str,
        step: i64,
        recovery_hashes: &[String],
        now: DateTime<Utc>,
    ) -> Result<()> {
        write!(self, |tx| {
            sqlx::query(
                "UPDATE users SET totp_secret = $2, totp_pending_secret = NULL, totp_last_step = $3, updated_at = $4 WHERE id = $1",
            )
            .bind(user_id)
            .bind(secret)
            .bind(step)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            for hash in recovery_hashes {
                sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                    .bind(user_id)
                    .bind(hash)
                    .execute(&mut *tx)
                    .await?;
            }
        });
        Ok(())
    }

    /// Records that the code of `step` was used; false when that step (or a later one) was
    /// used already, so that a code cannot be replayed even by two requests at once.
    pub async fn claim_totp_step(&self, user_id: &str, step: i64) -> Result<bool> {
        let n = write!(self, |tx| {
            sqlx::query(
                "UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
            )
            .bind(user_id)
            .bind(step)
            .execute(&mut *tx)
            .await?
            .rows_affected()
        });
        Ok(n == 1)
    }

    /// Spends one recovery code; false when it does not exist or was used.
    pub async fn use_recovery_code(
        &self,
        user_id: &str,
        code_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let n = write!(self, |tx| {
            sqlx::query("UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL")
                .bind(user_id)
                .bind(code_hash)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected()
        });
        Ok(n == 1)
    }
}

impl Store {
    /// Adds one grant to an account and ends its sessions (privilege change), atomically.
    /// Granting what the account already has is a no-op.
    pub async fn grant_role(
        &self,
        user_id: &str,
        grant: &RoleGrant,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (kind, target) = grant.scope.parts();
        write!(self, |tx| {
            let exists: Option<String> = sqlx::query_scalar(
                "SELECT id FROM role_grants WHERE user_id = $1 AND role = $2 AND scope_kind = $3 AND scope_target = $4",
            )
            .bind(user_id)
            .bind(grant.role.as_str())
            .bind(kind)
            .bind(target)
            .fetch_optional(&mut *tx)
            .await?;
            if exists.is_none() {
                insert_grant!(tx, user_id, grant, now);
                end_sessions!(tx, user_id);
            }
        });
        Ok(())
    }

    /// Removes one grant and ends the account's sessions; `NotFound` if it had no such grant.
    pub async fn revoke_role(&self, user_id: &str, grant: &RoleGrant) -> Result<()> {
        let (kind, target) = grant.scope.parts();
        write!(self, |tx| {
            let n = sqlx::query(
                "DELETE FROM role_grants WHERE user_id = $1 AND role = $2 AND scope_kind = $3 AND scope_target = $4",
            )
            .bind(user_id)
            .bind(grant.role.as_str())
            .bind(kind)
            .bind(target)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound {
                    entity: "role grant",
                });
            }
            end_sessions!(tx, user_id);
        });
        Ok(())
    }

    /// Whether the target of a scope exists (a desk, organisation or theme slug).
    pub async fn scope_target_exists(&self, scope: &sportello_core::Scope) -> Result<bool> {
        let (sql, target) = match scope {
            sportello_core::Scope::Network | sportello_core::Scope::Language(_) => return Ok(true),
            sportello_core::Scope::Desk(s) => ("SELECT COUNT(*) FROM desks WHERE slug = $1", s),
            sportello_core::Scope::Organisation(s) => {
                ("SELECT COUNT(*) FROM organizations WHERE slug = $1", s)
            }
            sportello_core::Scope::Theme(s) => ("SELECT COUNT(*) FROM themes WHERE slug = $1", s),
        };
        let n: i64 = read!(self, |pool| sqlx::query_scalar(sql)
            .bind(target)
            .fetch_one(pool)
            .await?);
        Ok(n > 0)
    }

    /// Slugs and names of organisations, for scope pickers.
    pub async fn organisation_choices(&self) -> Result<Vec<(String, String)>> {
        Ok(read!(self, |pool| {
            sqlx::query_as("SELECT slug, name FROM organizations ORDER BY name")
                .fetch_all(pool)
                .await?
        }))
    }
}
