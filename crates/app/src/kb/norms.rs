//! The register of norms the articles cite, kept by the network's coordinators. When a norm
//! changes, every article citing it is flagged "needs legal review" (distinct from a
//! translation being outdated) until its hub publishes it again; the public page says it is
//! being updated, and each owning hub is told by e-mail and sees it in the workspace.

use sportello_core::{Action, Policy, Resource, Slug};

pub use sportello_store::FlaggedArticle;

use super::editing::NormRecord;
use crate::editing::FieldError;
use crate::identity::{RequestOrigin, SignedIn};
use crate::platform::mail::OutboundMail;
use crate::{App, Error, Result};

fn may_manage(user: &SignedIn) -> Result<()> {
    if Policy::can(&user.actor, Action::ManageNorms, &Resource::Network) {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// The register with how many articles cite each norm.
pub async fn register(app: &App, user: &SignedIn) -> Result<Vec<(NormRecord, i64)>> {
    may_manage(user)?;
    Ok(app.store().norms_with_citations().await?)
}

/// A norm as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct NormForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub url: String,
}

impl NormForm {
    fn validate(&self) -> std::result::Result<NormRecord, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err = |field, message| {
            errors.push(FieldError {
                field,
                message,
                column: None,
            });
        };
        if Slug::parse(self.slug.trim()).is_err() {
            err("slug", "kb-error-slug");
        }
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 300 {
            err("title", "kb-error-title-missing");
        }
        let url = self.url.trim();
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() > 2_000 {
            err("url", "kb-error-url");
        }
        if errors.is_empty() {
            Ok(NormRecord {
                slug: self.slug.trim().to_owned(),
                title: title.to_owned(),
                url: url.to_owned(),
                changed_at: None,
            })
        } else {
            Err(errors)
        }
    }
}

async fn audit(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    action: &str,
    slug: &str,
    detail: String,
) -> Result<()> {
    super::audit_write(app, (user, origin), ("norm", slug), action, detail).await
}

/// Adds a norm to the register (or corrects the title and link of one with that slug).
pub async fn save_norm(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    form: &NormForm,
) -> Result<std::result::Result<(), Vec<FieldError>>> {
    may_manage(user)?;
    let norm = match form.validate() {
        Ok(norm) => norm,
        Err(errors) => return Ok(Err(errors)),
    };
    app.store().upsert_norm(&norm, app.clock().now()).await?;
    audit(
        app,
        user,
        origin,
        "kb.norm_saved",
        &norm.slug,
        String::new(),
    )
    .await?;
    Ok(Ok(()))
}

/// What a hub is told: the norm and its articles now flagged.
#[derive(Debug, Clone)]
pub struct ChangeNotice<'a> {
    pub norm: &'a NormRecord,
    pub titles: Vec<&'a str>,
}

/// Marks a norm changed: its articles are flagged, each owning hub is mailed once (in the
/// background; `compose` writes the message) and the change is audited. The number of
/// flagged articles, or `None` for an unknown norm.
pub async fn mark_changed(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    slug: &str,
    compose: impl Fn(&ChangeNotice<'_>) -> (String, String),
) -> Result<Option<usize>> {
    may_manage(user)?;
    let store = app.store();
    let Some(norm) = store.norms().await?.into_iter().find(|n| n.slug == slug) else {
        return Ok(None);
    };
    let Some(flagged) = store.mark_norm_changed(slug, app.clock().now()).await? else {
        return Ok(None);
    };
    let mut hubs: Vec<&str> = flagged.iter().map(|a| a.hub_slug.as_str()).collect();
    hubs.dedup();
    for hub in hubs {
        let articles: Vec<&FlaggedArticle> = flagged.iter().filter(|a| a.hub_slug == hub).collect();
        let Some(to) = articles.iter().find_map(|a| a.hub_email.clone()) else {
            tracing::warn!(
                hub,
                "a hub without an e-mail address was not told of a norm change"
            );
            continue;
        };
        let (subject, text) = compose(&ChangeNotice {
            norm: &norm,
            titles: articles.iter().map(|a| a.title.as_str()).collect(),
        });
        let mail = OutboundMail { to, subject, text };
        let mailer = app.mailer().clone();
        tokio::spawn(async move {
            if let Err(e) = mailer.send(&mail).await {
                tracing::error!(error = %e, "norm change mail failed");
            }
        });
    }
    let detail = format!("{} articles flagged", flagged.len());
    audit(app, user, origin, "kb.norm_changed", slug, detail).await?;
    Ok(Some(flagged.len()))
}
