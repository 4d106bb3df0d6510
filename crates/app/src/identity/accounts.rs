//! Operators' accounts: creation, roles, password hashing.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::distributions::{Alphanumeric, DistString};
use sportello_core::{Email, Locale, ParseError, Role, Scope};
use sportello_store::{AuditEvent, NewUser, RoleGrant, Store, UserSummary};

use crate::{Clock, Error, Result};

/// Minimum length of a password chosen by a person (NIST SP 800-63B).
pub const MIN_PASSWORD_CHARS: usize = 12;

/// argon2id with the OWASP Password Storage Cheat Sheet parameters: 19 MiB, 2 passes, 1 lane.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("OWASP argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password, behind the argon2 gate (see `platform::password_work`).
pub(crate) async fn hash_password(password: &str) -> Result<String> {
    let password = password.to_owned();
    crate::platform::password_work::run(move || hash_now(&password)).await?
}

/// Checks a password against a PHC string, behind the argon2 gate.
pub(crate) async fn verify_password(password: String, phc: String) -> bool {
    crate::platform::password_work::run(move || verify_now(&password, &phc))
        .await
        .unwrap_or(false)
}

fn hash_now(password: &str) -> Result<String> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(ParseError::new(
            "account.password_too_short",
            format!("a password needs at least {MIN_PASSWORD_CHARS} characters"),
        )
        .into());
    }
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Password(e.to_string()))
}

fn verify_now(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .is_ok_and(|hash| hasher().verify_password(password.as_bytes(), &hash).is_ok())
}

/// A random password for accounts created from the command line, shown once.
pub fn generate_password() -> String {
    Alphanumeric.sample_string(&mut rand::thread_rng(), 20)
}

#[derive(Debug)]
pub struct AddUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub locale: Locale,
    pub password: &'a str,
    pub role: Role,
    pub scope: Scope,
}

pub async fn add_user(store: &Store, clock: &dyn Clock, input: AddUser<'_>) -> Result<String> {
    let email = Email::parse(input.email)?;
    let display_name = input.display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 120 {
        return Err(ParseError::new(
            "account.display_name_invalid",
            "display name must have 1 to 120 characters",
        )
        .into());
    }
    let user = NewUser {
        email,
        display_name: display_name.to_owned(),
        locale: input.locale,
        password_hash: hash_password(input.password).await?,
    };
    let grant = RoleGrant {
        role: input.role,
        scope: input.scope,
    };
    let id = store
        .insert_user(&user, std::slice::from_ref(&grant), clock.now())
        .await?;
    store
        .append_audit(
            &cli_event(
                "user.created",
                &id,
                format!("{} {}@{}", user.email, grant.role, grant.scope),
            ),
            clock.now(),
        )
        .await?;
    Ok(id)
}

/// An event done from the command line on this machine (no web actor, no address).
fn cli_event(action: &str, object_id: &str, detail: String) -> AuditEvent {
    AuditEvent {
        actor_id: None,
        actor_label: "cli".into(),
        action: action.into(),
        object_type: "user".into(),
        object_id: object_id.into(),
        ip: "local".into(),
        detail,
    }
}

pub async fn disable_user(store: &Store, clock: &dyn Clock, email: &str) -> Result<()> {
    let email = Email::parse(email)?;
    let id = store.disable_user(&email, clock.now()).await?;
    store
        .append_audit(
            &cli_event("user.disabled", &id, email.to_string()),
            clock.now(),
        )
        .await?;
    Ok(())
}

pub async fn set_role(
    store: &Store,
    clock: &dyn Clock,
    email: &str,
    role: Role,
    scope: Scope,
) -> Result<()> {
    let email = Email::parse(email)?;
    let detail = format!("{email} {role}@{scope}");
    store
        .set_user_roles(&email, &[RoleGrant { role, scope }], clock.now())
        .await?;
    store
        .append_audit(
            &cli_event("user.role_changed", email.as_str(), detail),
            clock.now(),
        )
        .await?;
    Ok(())
}

pub async fn list_users(store: &Store) -> Result<Vec<UserSummary>> {
    Ok(store.list_users().await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_with_argon2id_and_verifies() {
        let phc = hash_password("correct horse battery").await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        let check = |p: &str, phc: &str| verify_password(p.to_owned(), phc.to_owned());
        assert!(check("correct horse battery", &phc).await);
        assert!(!check("correct horse battery!", &phc).await);
        assert!(!check("anything", "not a phc string").await);
    }

    #[tokio::test]
    async fn short_passwords_are_refused() {
        assert_eq!(
            hash_password("short").await.unwrap_err().code(),
            "account.password_too_short"
        );
        assert_eq!(generate_password().len(), 20);
    }
}
