//! The editorial workflow of the knowledge base, in the house order: scope (the Policy on
//! the article's hub and theme; an article out of reach answers like a missing one) →
//! validate (every field at once) → apply (one store transaction, with an optimistic check
//! of the version the editor started from) → history (every version is kept) → audit.

use std::collections::HashMap;

use chrono::{DateTime, Months, Utc};
use sportello_core::kb::{diff, ArticleContent, ArticleKind, ArticleStatus, PartDiff, Transition};
use sportello_core::{Action, Policy, Resource};
use sportello_store::{NewArticle, NewVersion, StatusChange, StoreError};

pub use sportello_store::{ArticleComment, ArticleRecord, ArticleVersion, NormRecord};

use super::aids::{check_content, AidsReport};
use super::form::{ArticleDraft, ArticleForm};
use crate::editing::FieldError;
use crate::identity::{RequestOrigin, SignedIn};
use crate::{App, Error, Result};

/// The start of the review comment that records a writing-aids override.
pub const OVERRIDE_MARK: &str = "[override]";

/// How many articles the workspace list shows.
pub const LIST_LIMIT: u32 = 500;
/// A published article is due for review this many months after it was last reviewed.
pub const REVIEW_MONTHS: u32 = 12;

/// What the actor may do with an article they reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rights {
    pub write: bool,
    pub review: bool,
}

/// An article the actor reaches, with what they may do.
#[derive(Debug, Clone)]
pub struct Reached {
    pub record: ArticleRecord,
    pub rights: Rights,
}

async fn rights(app: &App, user: &SignedIn, record: &ArticleRecord) -> Result<Rights> {
    let organisations = app.store().hub_organisation_chain(&record.hub_slug).await?;
    Ok(rights_in(user, record, organisations))
}

/// The actor's rights on `record`, whose hub belongs to `organisations` (its chain).
fn rights_in(user: &SignedIn, record: &ArticleRecord, organisations: Vec<String>) -> Rights {
    let resource = Resource::Article {
        theme: record.theme.clone(),
        hub: record.hub_slug.clone(),
        organisations,
    };
    Rights {
        write: Policy::can(&user.actor, Action::WriteArticle, &resource),
        review: Policy::can(&user.actor, Action::PublishArticle, &resource),
    }
}

/// The article, if the actor may write or review it; `None` otherwise (missing or out of
/// reach: the same answer).
pub async fn reach(app: &App, user: &SignedIn, id: &str) -> Result<Option<Reached>> {
    let Some(record) = app.store().article(id).await? else {
        return Ok(None);
    };
    let rights = rights(app, user, &record).await?;
    Ok((rights.write || rights.review).then_some(Reached { record, rights }))
}

/// The articles the actor may write or review, newest change first.
pub async fn articles(app: &App, user: &SignedIn) -> Result<Vec<Reached>> {
    // A few hubs own every article: each hub's organisation chain is read once.
    let mut chains: HashMap<String, Vec<String>> = HashMap::new();
    let mut out = Vec::new();
    for record in app.store().all_articles(LIST_LIMIT).await? {
        if !chains.contains_key(&record.hub_slug) {
            let chain = app.store().hub_organisation_chain(&record.hub_slug).await?;
            chains.insert(record.hub_slug.clone(), chain);
        }
        let chain = chains.get(&record.hub_slug).cloned().unwrap_or_default();
        let rights = rights_in(user, &record, chain);
        if rights.write || rights.review {
            out.push(Reached { record, rights });
        }
    }
    Ok(out)
}

/// Decodes a stored version's content (written by this crate, so a failure is a bug or a
/// hand-edited row: reported as a store error, not shown).
pub fn content_of(version: &ArticleVersion) -> Result<ArticleContent> {
    serde_json::from_str(&version.content).map_err(|e| {
        Error::Store(StoreError::NotFound {
            entity: if e.is_data() {
                "article content"
            } else {
                "article"
            },
        })
    })
}

fn encode(content: &ArticleContent) -> String {
    // Serialising plain strings and vectors cannot fail.
    serde_json::to_string(content).unwrap_or_default()
}

async fn audit(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    action: &str,
    article_id: &str,
    detail: String,
) -> Result<()> {
    super::audit_write(app, (user, origin), ("article", article_id), action, detail).await
}

/// What became of a save.
#[derive(Debug, Clone)]
pub enum Saved {
    /// Saved as this version (for a new article: its id too).
    Saved { id: String, version: i64 },
    /// The form has problems; nothing was saved.
    Invalid(Vec<FieldError>),
    /// Someone saved another version since the editor's: nothing was written; both are shown.
    Conflict { theirs: Box<ArticleVersion> },
    /// Out of reach or missing.
    NotFound,
}

fn field_error(field: &'static str, message: &'static str) -> FieldError {
    FieldError {
        field,
        message,
        column: None,
    }
}

/// Creates an article (a draft) in a hub the actor writes for.
pub async fn create(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    form: &ArticleForm,
) -> Result<Saved> {
    let store = app.store();
    let draft = match form.validate() {
        Ok(draft) => draft,
        Err(errors) => return Ok(Saved::Invalid(errors)),
    };
    let resource = Resource::Article {
        theme: draft.theme.slug().to_owned(),
        hub: draft.hub.clone(),
        organisations: store.hub_organisation_chain(&draft.hub).await?,
    };
    if !Policy::can(&user.actor, Action::WriteArticle, &resource) {
        return Ok(Saved::Invalid(vec![field_error("hub", "kb-error-hub")]));
    }
    let content = encode(&draft.content);
    let created = store
        .create_article(
            &NewArticle {
                theme: draft.theme.slug(),
                slug: &draft.slug,
                kind: draft.kind.slug(),
                hub_slug: &draft.hub,
                title: &draft.content.title,
                content: &content,
                explains: None,
                editor_id: Some(&user.user_id),
            },
            app.clock().now(),
        )
        .await;
    let id = match created {
        Ok(id) => id,
        Err(e) if e.code() == "store.duplicate" => {
            return Ok(Saved::Invalid(vec![field_error(
                "slug",
                "kb-error-slug-taken",
            )]))
        }
        Err(e) if e.code() == "store.missing_reference" => {
            return Ok(Saved::Invalid(vec![field_error("hub", "kb-error-hub")]))
        }
        Err(e) => return Err(e.into()),
    };
    if let Err(errors) = cite(app, &id, &draft).await? {
        return Ok(Saved::Invalid(errors));
    }
    audit(
        app,
        user,
        origin,
        "kb.article_created",
        &id,
        "version 1".into(),
    )
    .await?;
    Ok(Saved::Saved { id, version: 1 })
}

async fn cite(
    app: &App,
    id: &str,
    draft: &ArticleDraft,
) -> Result<std::result::Result<(), Vec<FieldError>>> {
    match app.store().set_article_citations(id, &draft.norms).await {
        Ok(()) => Ok(Ok(())),
        Err(e) if e.code() == "store.missing_reference" => {
            Ok(Err(vec![field_error("norm", "kb-error-norm")]))
        }
        Err(e) => Err(e.into()),
    }
}

/// Saves a new version of an article the actor writes for, over the version they started
/// from. Kind, theme, hub and slug stay as stored.
pub async fn save(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    id: &str,
    form: &ArticleForm,
) -> Result<Saved> {
    let Some(reached) = reach(app, user, id).await? else {
        return Ok(Saved::NotFound);
    };
    if !reached.rights.write {
        return Ok(Saved::NotFound);
    }
    let record = &reached.record;
    let fixed = ArticleForm {
        kind: record.kind.clone(),
        theme: record.theme.clone(),
        hub: record.hub_slug.clone(),
        slug: record.slug.clone(),
        ..form.clone()
    };
    let draft = match fixed.validate() {
        Ok(draft) => draft,
        Err(errors) => return Ok(Saved::Invalid(errors)),
    };
    let content = encode(&draft.content);
    let store = app.store();
    let saved = store
        .save_article_version(
            id,
            &NewVersion {
                base_version: form.base_version,
                title: &draft.content.title,
                content: &content,
                minor: draft.minor,
                editor_id: Some(&user.user_id),
            },
            app.clock().now(),
        )
        .await;
    let version = match saved {
        Ok(v) => v,
        Err(e) if e.code() == "store.stale" => {
            let Some(current) = store.article(id).await? else {
                return Ok(Saved::NotFound);
            };
            let Some(theirs) = store.article_version(id, current.head_version).await? else {
                return Ok(Saved::NotFound);
            };
            return Ok(Saved::Conflict {
                theirs: Box::new(theirs),
            });
        }
        Err(e) => return Err(e.into()),
    };
    if let Err(errors) = cite(app, id, &draft).await? {
        return Ok(Saved::Invalid(errors));
    }
    let detail = format!(
        "version {version}{}",
        if draft.minor { ", minor" } else { "" }
    );
    audit(app, user, origin, "kb.article_saved", id, detail).await?;
    Ok(Saved::Saved {
        id: id.to_owned(),
        version,
    })
}

/// A workflow step as asked for.
#[derive(Debug, Clone)]
pub struct Move<'a> {
    pub transition: Transition,
    /// The version the actor saw (a newer save makes the move stale).
    pub seen_version: i64,
    pub comment: &'a str,
    /// Publishing: at this time instead of now.
    pub publish_at: Option<DateTime<Utc>>,
    /// Publishing a sheet the writing aids flag (Gulpease below the bar, a Carta di Roma
    /// term): why it goes out anyway. Recorded as a review comment and in the audit.
    pub override_reason: &'a str,
    /// Archiving: the address of the published sheet that replaces it (`/it/{theme}/{slug}`,
    /// a full URL of it, or `{theme}/{slug}`); empty when nothing does. The withdrawn page
    /// and the QR codes of printed leaflets lead there.
    pub replaced_by: &'a str,
}

/// What became of a workflow step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Moved {
    Done(ArticleStatus),
    /// Refused, with the Fluent id that says why.
    Refused(&'static str),
    NotFound,
}

/// The published article an archived one's address names (see [`Move::replaced_by`]):
/// `Ok(None)` for none, `Err` with the Fluent id of the refusal when it names no published
/// article, or the article itself.
async fn replacement(
    app: &App,
    id: &str,
    address: &str,
) -> Result<std::result::Result<Option<ArticleRecord>, &'static str>> {
    let address = address.trim();
    if address.is_empty() {
        return Ok(Ok(None));
    }
    let path = address.split(['?', '#']).next().unwrap_or_default();
    let mut segments = path.trim_end_matches('/').rsplit('/');
    let (Some(slug), Some(theme)) = (segments.next(), segments.next()) else {
        return Ok(Err("kb-refused-replacement"));
    };
    let now = app.clock().now();
    let found = app
        .store()
        .article_by_slug(theme, slug)
        .await?
        .filter(|r| r.id != id && r.status != "archived" && r.public_version(now).is_some());
    Ok(found.map(Some).ok_or("kb-refused-replacement"))
}

/// Moves an article through the workflow: authors submit and reopen, the hub reviews
/// (return with a comment, publish, archive). With four-eyes on (the default) nobody
/// publishes a version they saved themselves.
pub async fn transition(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    id: &str,
    step: &Move<'_>,
) -> Result<Moved> {
    let Some(Reached { record, rights }) = reach(app, user, id).await? else {
        return Ok(Moved::NotFound);
    };
    let allowed = if step.transition.needs_reviewer() {
        rights.review
    } else {
        rights.write || rights.review
    };
    if !allowed {
        return Ok(Moved::Refused("kb-refused-not-reviewer"));
    }
    let from = ArticleStatus::from_slug(&record.status)?;
    let Ok(to) = from.after(step.transition) else {
        return Ok(Moved::Refused("kb-refused-transition"));
    };
    if record.head_version != step.seen_version {
        return Ok(Moved::Refused("kb-refused-stale"));
    }
    let comment = step.comment.trim();
    if step.transition == Transition::Return && comment.is_empty() {
        return Ok(Moved::Refused("kb-refused-comment-needed"));
    }
    let store = app.store();
    let now = app.clock().now();
    if step.transition == Transition::Publish && store.hub_four_eyes(&record.hub_slug).await? {
        let head = store.article_version(id, record.head_version).await?;
        if head.and_then(|v| v.editor_id).as_deref() == Some(user.user_id.as_str()) {
            return Ok(Moved::Refused("kb-refused-four-eyes"));
        }
    }
    if step.publish_at.is_some_and(|at| at <= now) {
        return Ok(Moved::Refused("kb-refused-schedule-past"));
    }
    let reason = step.override_reason.trim();
    let mut overridden = false;
    if step.transition == Transition::Publish && record.kind == ArticleKind::Sheet.slug() {
        let head = store.article_version(id, record.head_version).await?;
        let flagged = match head {
            Some(v) => check_content(&content_of(&v)?).needs_override,
            None => false,
        };
        if flagged && reason.is_empty() {
            return Ok(Moved::Refused("kb-refused-needs-override"));
        }
        if flagged && reason.chars().count() > 1_000 {
            return Ok(Moved::Refused("kb-refused-override-too-long"));
        }
        overridden = flagged;
    }
    let replacement = if step.transition == Transition::Archive {
        match replacement(app, id, step.replaced_by).await? {
            Ok(found) => found,
            Err(refusal) => return Ok(Moved::Refused(refusal)),
        }
    } else {
        None
    };
    let publish = (step.transition == Transition::Publish).then_some(step.publish_at);
    let review_by = publish.map(|at| {
        let from = at.unwrap_or(now).date_naive();
        from.checked_add_months(Months::new(REVIEW_MONTHS))
            .unwrap_or(from)
    });
    let changed = store
        .change_article_status(
            id,
            &StatusChange {
                from_status: from.slug(),
                seen_version: step.seen_version,
                to_status: to.slug(),
                publish,
                review_by,
            },
            now,
        )
        .await;
    match changed {
        Ok(()) => {}
        Err(e) if e.code() == "store.stale" => return Ok(Moved::Refused("kb-refused-stale")),
        Err(e) => return Err(e.into()),
    }
    if let Some(other) = &replacement {
        store.set_article_replacement(id, Some(&other.id)).await?;
    }
    if !comment.is_empty() {
        store
            .add_article_comment(id, record.head_version, &user.user_id, comment, now)
            .await?;
    }
    if overridden {
        let note = format!("{OVERRIDE_MARK} {reason}");
        store
            .add_article_comment(id, record.head_version, &user.user_id, &note, now)
            .await?;
    }
    let action = format!("kb.article_{}", step.transition.slug());
    let detail = format!(
        "version {}{}{}",
        record.head_version,
        step.publish_at
            .map(|at| format!(", at {}", at.to_rfc3339()))
            .unwrap_or_default(),
        if overridden {
            ", writing-aids override"
        } else {
            ""
        }
    ) + &replacement
        .map(|r| format!(", replaced by {}", r.id))
        .unwrap_or_default();
    audit(app, user, origin, &action, id, detail).await?;
    Ok(Moved::Done(to))
}

/// Adds a review comment on the newest version.
pub async fn comment(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    id: &str,
    body: &str,
) -> Result<bool> {
    let body = body.trim();
    let Some(Reached { record, .. }) = reach(app, user, id).await? else {
        return Ok(false);
    };
    if body.is_empty() || body.chars().count() > 4_000 {
        return Ok(false);
    }
    app.store()
        .add_article_comment(
            id,
            record.head_version,
            &user.user_id,
            body,
            app.clock().now(),
        )
        .await?;
    audit(
        app,
        user,
        origin,
        "kb.comment_added",
        id,
        format!("version {}", record.head_version),
    )
    .await?;
    Ok(true)
}

/// What the editor page shows: the article, the newest version's content, comments, the
/// norms cited and the whole register to choose from.
#[derive(Debug, Clone)]
pub struct EditorView {
    pub reached: Reached,
    pub head: ArticleVersion,
    pub content: ArticleContent,
    pub cited: Vec<String>,
    pub norms: Vec<NormRecord>,
    pub comments: Vec<ArticleComment>,
    pub four_eyes: bool,
    /// The writing aids on the newest version.
    pub aids: AidsReport,
    /// What readers answered to "was this page clear?".
    pub ratings: super::ratings::RatingSummary,
    /// The glossary's legal terms the newest version uses.
    pub glossary: Vec<super::glossary::TermInUse>,
}

pub async fn editor(app: &App, user: &SignedIn, id: &str) -> Result<Option<EditorView>> {
    let Some(reached) = reach(app, user, id).await? else {
        return Ok(None);
    };
    let store = app.store();
    let Some(head) = store
        .article_version(id, reached.record.head_version)
        .await?
    else {
        return Ok(None);
    };
    let content = content_of(&head)?;
    let cited = store
        .article_citations(id)
        .await?
        .into_iter()
        .map(|n| n.slug)
        .collect();
    Ok(Some(EditorView {
        ratings: super::ratings::summary(app, id).await?,
        aids: check_content(&content),
        glossary: super::glossary::terms_in(&content, sportello_core::Locale::FALLBACK),
        four_eyes: store.hub_four_eyes(&reached.record.hub_slug).await?,
        norms: store.norms().await?,
        comments: store.article_comments(id).await?,
        reached,
        head,
        content,
        cited,
    }))
}

/// The register of norms (for the new-article form).
pub async fn norms(app: &App) -> Result<Vec<NormRecord>> {
    Ok(app.store().norms().await?)
}

/// An article's history: every version, newest first, and the word-level diff between
/// two of them (`from` → `to`; by default the one before the newest → the newest).
#[derive(Debug, Clone)]
pub struct HistoryView {
    pub reached: Reached,
    pub versions: Vec<ArticleVersion>,
    pub from: i64,
    pub to: i64,
    pub diff: Vec<PartDiff>,
}

pub async fn history(
    app: &App,
    user: &SignedIn,
    id: &str,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<Option<HistoryView>> {
    let Some(reached) = reach(app, user, id).await? else {
        return Ok(None);
    };
    let versions = app.store().article_versions(id).await?;
    let head = reached.record.head_version;
    let to = to.filter(|v| (1..=head).contains(v)).unwrap_or(head);
    let from = from
        .filter(|v| (1..=head).contains(v))
        .unwrap_or((to - 1).max(1));
    let find = |n: i64| versions.iter().find(|v| v.version == n);
    let (Some(old), Some(new)) = (find(from), find(to)) else {
        return Ok(None);
    };
    let diff = diff::versions(&content_of(old)?, &content_of(new)?);
    Ok(Some(HistoryView {
        reached,
        versions,
        from,
        to,
        diff,
    }))
}

/// The hubs the actor writes for, as `(slug, name)` by name: the choices of the new-article
/// form (a hub counts when the actor may write at least one theme's articles there).
pub async fn writable_hubs(app: &App, user: &SignedIn) -> Result<Vec<(String, String)>> {
    hubs_where(app, user, Action::WriteArticle).await
}

/// The hubs where the actor may do `action` for at least one theme, as `(slug, name)` by
/// name.
pub async fn hubs_where(
    app: &App,
    user: &SignedIn,
    action: Action,
) -> Result<Vec<(String, String)>> {
    let snapshot = app.directory().snapshot().await?;
    let mut out = Vec::new();
    for desk in snapshot
        .desks
        .iter()
        .filter(|d| d.card.level == sportello_core::DeskLevel::Hub)
    {
        let organisations = app.store().hub_organisation_chain(&desk.card.slug).await?;
        let allowed = sportello_core::Theme::ALL.into_iter().any(|theme| {
            Policy::can(
                &user.actor,
                action,
                &Resource::Article {
                    theme: theme.slug().to_owned(),
                    hub: desk.card.slug.clone(),
                    organisations: organisations.clone(),
                },
            )
        });
        if allowed {
            out.push((desk.card.slug.clone(), desk.card.name.clone()));
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

/// What the "check the text" button of the editor answers.
#[derive(Debug, Clone)]
pub enum Checked {
    Report(AidsReport),
    Invalid(Vec<FieldError>),
    NotFound,
}

/// The writing aids on a form as typed, without saving it (the editor's "check" button:
/// server-side, so it works without JavaScript).
pub async fn check(app: &App, user: &SignedIn, id: &str, form: &ArticleForm) -> Result<Checked> {
    let Some(Reached { record, rights }) = reach(app, user, id).await? else {
        return Ok(Checked::NotFound);
    };
    if !rights.write {
        return Ok(Checked::NotFound);
    }
    let fixed = ArticleForm {
        kind: record.kind,
        theme: record.theme,
        hub: record.hub_slug,
        slug: record.slug,
        ..form.clone()
    };
    Ok(match fixed.validate() {
        Ok(draft) => Checked::Report(check_content(&draft.content)),
        Err(errors) => Checked::Invalid(errors),
    })
}
