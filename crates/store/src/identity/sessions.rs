//! Server-side sessions and login throttling.

use chrono::{DateTime, Utc};

use crate::{end_sessions, read, write, Result, Store};

/// A session as stored: the token itself is never stored, only its hash.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub token_hash: String,
    /// `full`, `second_factor` or `setup_required`.
    pub stage: &'static str,
    pub user_id: String,
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// A live session with the account it belongs to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRecord {
    pub user_id: String,
    pub stage: String,
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub email: String,
    pub display_name: String,
    pub locale: String,
    pub disabled_at: Option<DateTime<Utc>>,
}

/// Failed-login state of one throttle key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottleState {
    pub failures: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

impl Store {
    pub async fn create_session(&self, session: &NewSession) -> Result<()> {
        write!(self, |tx| {
            sqlx::query(
                "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, stage) \
                 VALUES ($1, $2, $3, $4, $4, $5, $6)",
            )
            .bind(&session.token_hash)
            .bind(&session.user_id)
            .bind(&session.csrf_token)
            .bind(session.created_at)
            .bind(session.expires_at)
            .bind(session.stage)
            .execute(&mut *tx)
            .await?;
        });
        Ok(())
    }

    pub async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT s.user_id, s.stage, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, \
                        u.email, u.display_name, u.locale, u.disabled_at \
                 FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
            )
            .bind(token_hash)
            .fetch_optional(pool)
            .await?
        }))
    }

    pub async fn touch_session(&self, token_hash: &str, now: DateTime<Utc>) -> Result<()> {
        write!(self, |tx| {
            sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
                .bind(token_hash)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        write!(self, |tx| {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }

    pub async fn delete_expired_sessions(&self, now: DateTime<Utc>) -> Result<u64> {
        let n = write!(self, |tx| {
            sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected()
        });
        Ok(n)
    }

    /// Forgets failure counts whose last failure is older than `before` (they hold e-mail
    /// addresses and IP addresses: personal data kept no longer than needed).
    pub async fn delete_stale_throttles(&self, before: DateTime<Utc>) -> Result<u64> {
        let n = write!(self, |tx| {
            sqlx::query("DELETE FROM login_throttle WHERE last_failure_at < $1")
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected()
        });
        Ok(n)
    }

    pub async fn throttle_state(&self, key: &str) -> Result<Option<ThrottleState>> {
        let row: Option<(i64, Option<DateTime<Utc>>)> = read!(self, |pool| {
            sqlx::query_as("SELECT failures, locked_until FROM login_throttle WHERE key = $1")
                .bind(key)
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(|(failures, locked_until)| ThrottleState {
            failures: u32::try_from(failures).unwrap_or(u32::MAX),
            locked_until,
        }))
    }

    /// Counts one more failure for `key` and sets its lock with `lock_for(failures)`,
    /// atomically; returns the new state. Failures decay: one is forgotten for every
    /// `decay` that passed since the last one (a leaky bucket), so occasional mistakes never
    /// add up to a lock. A zero `decay` never forgets.
    pub async fn record_login_failure(
        &self,
        key: &str,
        now: DateTime<Utc>,
        decay: chrono::Duration,
        lock_for: impl Fn(u32) -> Option<chrono::Duration>,
    ) -> Result<ThrottleState> {
        let state = write!(self, |tx| {
            let previous: Option<(i64, DateTime<Utc>)> = sqlx::query_as(
                "SELECT failures, last_failure_at FROM login_throttle WHERE key = $1",
            )
            .bind(key)
            .fetch_optional(&mut *tx)
            .await?;
            let failures = previous.map_or(0, |(failures, last)| {
                let idle = (now - last).num_seconds().max(0);
                let forgotten = match decay.num_seconds() {
                    d if d > 0 => idle / d,
                    _ => 0,
                };
                failures.saturating_sub(forgotten).max(0)
            });
            let failures = u32::try_from(failures)
                .unwrap_or(u32::MAX)
                .saturating_add(1);
            let locked_until = lock_for(failures).map(|d| now + d);
            sqlx::query("DELETE FROM login_throttle WHERE key = $1")
                .bind(key)
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO login_throttle (key, failures, last_failure_at, locked_until) VALUES ($1, $2, $3, $4)")
                .bind(key)
                .bind(i64::from(failures))
                .bind(now)
                .bind(locked_until)
                .execute(&mut *tx)
                .await?;
            ThrottleState {
                failures,
                locked_until,
            }
        });
        Ok(state)
    }

    /// Counts one more wrong authenticator code in a half-open session; returns how many
    /// it has had (0 when the session is gone).
    pub async fn record_session_code_failure(&self, token_hash: &str) -> Result<u32> {
        let n: Option<i64> = write!(self, |tx| {
            sqlx::query_scalar(
                "UPDATE sessions SET code_failures = code_failures + 1 WHERE token_hash = $1 \
                 RETURNING code_failures",
            )
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await?
        });
        Ok(n.map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX)))
    }

    pub async fn clear_login_failures(&self, key: &str) -> Result<()> {
        write!(self, |tx| {
            sqlx::query("DELETE FROM login_throttle WHERE key = $1")
                .bind(key)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }
}

impl Store {
    /// Records a reset link; returns how many unexpired links the account has now.
    pub async fn create_password_reset(
        &self,
        token_hash: &str,
        user_id: &str,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<i64> {
        let live = write!(self, |tx| {
            sqlx::query(
                "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(token_hash)
            .bind(user_id)
            .bind(now)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
            let live: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM password_resets WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2",
            )
            .bind(user_id)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            live
        });
        Ok(live)
    }

    /// How many unexpired, unused links an account has (to cap requests).
    pub async fn live_password_resets(&self, user_id: &str, now: DateTime<Utc>) -> Result<i64> {
        Ok(read!(self, |pool| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM password_resets WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2",
            )
            .bind(user_id)
            .bind(now)
            .fetch_one(pool)
            .await?
        }))
    }

    /// The account a reset link is for, if the link is unused and unexpired.
    pub async fn password_reset_user(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<String>> {
        Ok(read!(self, |pool| {
            sqlx::query_scalar(
                "SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
            )
            .bind(token_hash)
            .bind(now)
            .fetch_optional(pool)
            .await?
        }))
    }

    /// Spends a reset link and sets the new password hash, ending every session of the
    /// account, all at once. Returns the account id, or `None` when the link is used,
    /// expired or unknown.
    pub async fn complete_password_reset(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<String>> {
        let user = write!(self, |tx| {
            let user_id: Option<String> = sqlx::query_scalar(
                "UPDATE password_resets SET used_at = $2 \
                 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id",
            )
            .bind(token_hash)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(user_id) = &user_id {
                sqlx::query("UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1")
                    .bind(user_id)
                    .bind(password_hash)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                end_sessions!(tx, user_id);
                // Other links of the account die with this one.
                sqlx::query("UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL")
                    .bind(user_id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
            user_id
        });
        Ok(user)
    }
}
