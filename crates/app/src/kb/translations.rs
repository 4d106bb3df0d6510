//! Translations of published articles: a queue per language with each article's status
//! (outdated, machine-made and unreviewed, missing, current), and the translator's page,
//! which shows the Italian source, what changed in it since the version they translated
//! (a word diff), and their text to update. Translators of the language (the Policy's
//! `ReviewTranslations` on it) and the network's coordinators and admins do this.

use sportello_core::kb::{diff, ArticleContent, PartDiff, TranslationStatus};
use sportello_core::{Action, Locale, Policy, Resource};
use sportello_store::ArticleTranslation;

use super::editing::{content_of, ArticleRecord};
use super::form::ArticleForm;
use crate::editing::FieldError;
use crate::identity::{RequestOrigin, SignedIn};
use crate::{App, Error, Result};

/// Whether `user` translates articles into `locale` (never into Italian, the source).
pub fn may_translate(user: &SignedIn, locale: Locale) -> bool {
    locale != Locale::FALLBACK
        && Policy::can(
            &user.actor,
            Action::ReviewTranslations,
            &Resource::Language(locale.tag().to_owned()),
        )
}

fn check(user: &SignedIn, locale: Locale) -> Result<()> {
    if may_translate(user, locale) {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// The status of a translation of `record` from its versions `(number, minor)`: "needs
/// legal review" while the article is flagged, whatever it would be otherwise.
pub fn status_of(
    record: &ArticleRecord,
    translated: Option<(i64, bool)>,
    versions: &[(i64, bool)],
    public_version: i64,
) -> TranslationStatus {
    TranslationStatus::of(translated, versions, public_version)
        .under_legal_review(record.legal_review)
}

/// An article in a language's queue.
#[derive(Debug, Clone)]
pub struct QueueLine {
    pub record: ArticleRecord,
    pub status: TranslationStatus,
}

/// The published articles with their status in `locale`: outdated first, then machine-made,
/// then missing, then current, then those waiting for a legal review; by title within each.
pub async fn queue(app: &App, user: &SignedIn, locale: Locale) -> Result<Vec<QueueLine>> {
    check(user, locale)?;
    let store = app.store();
    let now = app.clock().now();
    let translated = store.translations_into(locale.tag()).await?;
    let marks = store.article_version_marks().await?;
    let mut lines = Vec::new();
    for record in store.all_articles(super::editing::LIST_LIMIT).await? {
        let Some(public) = record.public_version(now) else {
            continue;
        };
        if record.status == "archived" {
            continue;
        }
        let versions: Vec<(i64, bool)> = marks
            .iter()
            .filter(|(id, _, _)| *id == record.id)
            .map(|(_, v, minor)| (*v, *minor))
            .collect();
        let mine = translated
            .iter()
            .find(|(id, _, _)| *id == record.id)
            .map(|(_, v, machine)| (*v, *machine));
        lines.push(QueueLine {
            status: status_of(&record, mine, &versions, public),
            record,
        });
    }
    lines.sort_by(|a, b| (a.status, &a.record.title).cmp(&(b.status, &b.record.title)));
    Ok(lines)
}

/// What the translator's page shows.
#[derive(Debug, Clone)]
pub struct TranslatorView {
    pub record: ArticleRecord,
    pub locale: Locale,
    /// The Italian version readers see, which a save translates.
    pub public_version: i64,
    pub source: ArticleContent,
    pub translation: Option<(ArticleTranslation, ArticleContent)>,
    pub status: TranslationStatus,
    /// What changed in the Italian text since the version translated (empty when current
    /// or never translated).
    pub source_diff: Vec<PartDiff>,
    /// The glossary's terms the source uses, with their agreed rendering in this language.
    pub glossary: Vec<super::glossary::TermInUse>,
    /// A machine-translation provider is configured.
    pub machine: bool,
    /// Why a machine draft would be refused (the Fluent id), if it would.
    pub machine_refusal: Option<&'static str>,
}

pub async fn translator(
    app: &App,
    user: &SignedIn,
    id: &str,
    locale: Locale,
) -> Result<Option<TranslatorView>> {
    check(user, locale)?;
    let store = app.store();
    let Some(record) = store.article(id).await? else {
        return Ok(None);
    };
    let Some(public) = record.public_version(app.clock().now()) else {
        return Ok(None);
    };
    let versions = store.article_versions(id).await?;
    let marks: Vec<(i64, bool)> = versions.iter().map(|v| (v.version, v.minor)).collect();
    let Some(source_version) = versions.iter().find(|v| v.version == public) else {
        return Ok(None);
    };
    let source = content_of(source_version)?;
    let translation = match store.article_translation(id, locale.tag()).await? {
        Some(t) => {
            let content: ArticleContent = serde_json::from_str(&t.content).map_err(|_| {
                Error::Store(sportello_store::StoreError::NotFound {
                    entity: "translation content",
                })
            })?;
            Some((t, content))
        }
        None => None,
    };
    let status = status_of(
        &record,
        translation
            .as_ref()
            .map(|(t, _)| (t.source_version, t.machine)),
        &marks,
        public,
    );
    let source_diff = match &translation {
        Some((t, _)) if status == TranslationStatus::Outdated => versions
            .iter()
            .find(|v| v.version == t.source_version)
            .map(content_of)
            .transpose()?
            .map(|old| diff::versions(&old, &source))
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let machine_refusal = super::machine::refusal(&source).or_else(|| {
        translation
            .as_ref()
            .filter(|(t, _)| !t.machine)
            .map(|_| "kb-mt-refused-human")
    });
    Ok(Some(TranslatorView {
        glossary: super::glossary::terms_in(&source, locale),
        machine: super::machine::available(app),
        machine_refusal,
        record,
        locale,
        public_version: public,
        source,
        translation,
        status,
        source_diff,
    }))
}

/// What became of a saved translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TranslationSaved {
    Saved,
    Invalid(Vec<FieldError>),
    /// The Italian text was published again while the translator worked: nothing saved.
    Stale,
    NotFound,
}

/// Saves a person's translation of the Italian version `source_version` (which must still
/// be the one readers see); it counts as reviewed, since a person wrote or approved it.
pub async fn save(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    (id, locale): (&str, Locale),
    form: &ArticleForm,
    source_version: i64,
) -> Result<TranslationSaved> {
    check(user, locale)?;
    let store = app.store();
    let now = app.clock().now();
    let Some(record) = store.article(id).await? else {
        return Ok(TranslationSaved::NotFound);
    };
    let Some(public) = record.public_version(now) else {
        return Ok(TranslationSaved::NotFound);
    };
    if public != source_version {
        return Ok(TranslationSaved::Stale);
    }
    let fixed = ArticleForm {
        kind: record.kind.clone(),
        theme: record.theme.clone(),
        hub: record.hub_slug.clone(),
        slug: record.slug.clone(),
        ..form.clone()
    };
    let draft = match fixed.validate() {
        Ok(draft) => draft,
        Err(errors) => return Ok(TranslationSaved::Invalid(errors)),
    };
    let by = Translator::Person(user, origin);
    store_translation(app, by, (id, locale), &draft.content, source_version).await?;
    Ok(TranslationSaved::Saved)
}

/// Who made a translation being kept: a person (it counts as reviewed) or a machine asked
/// for by a person (a draft until someone approves it).
pub(crate) enum Translator<'a> {
    Person(&'a SignedIn, &'a RequestOrigin),
    Machine(&'a SignedIn, &'a RequestOrigin),
}

/// Keeps the translation of article `id` into `locale` of its Italian `source_version`, and
/// audits it.
pub(crate) async fn store_translation(
    app: &App,
    by: Translator<'_>,
    (id, locale): (&str, Locale),
    content: &ArticleContent,
    source_version: i64,
) -> Result<()> {
    let (user, origin, machine, action) = match by {
        Translator::Person(u, o) => (u, o, false, "kb.translation_saved"),
        Translator::Machine(u, o) => (u, o, true, "kb.translation_machine"),
    };
    app.store()
        .save_article_translation(&ArticleTranslation {
            article_id: id.to_owned(),
            locale: locale.tag().to_owned(),
            title: content.title.clone(),
            // Serialising plain strings and vectors cannot fail.
            content: serde_json::to_string(content).unwrap_or_default(),
            source_version,
            machine,
            translator_id: Some(user.user_id.clone()),
            updated_at: app.clock().now(),
        })
        .await?;
    super::audit_write(
        app,
        (user, origin),
        ("article", id),
        action,
        format!("{}, source version {source_version}", locale.tag()),
    )
    .await
}
