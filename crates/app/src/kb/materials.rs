//! The repertory of materials (SISTER's "repertory of materials by the hubs"): PDF
//! leaflets, pictures and recordings the hubs publish, and links to videos hosted
//! elsewhere, each in one language and theme, optionally shown on one of the hub's
//! articles. Adding and removing one is the hub editor's act (the Policy's
//! `PublishArticle` on the hub and theme): a material is public at once.
//!
//! A file is taken only when its bytes are one of the accepted formats (never by its name
//! or the type the browser claimed), only up to `kb.material_max_bytes`, kept in the
//! object store first and recorded second, so that a failure leaves no row without bytes.

use sha2::{Digest, Sha256};
use sportello_core::kb::material::{sniff, MaterialFormat};
use sportello_core::{Action, Locale, Policy, Resource, Theme};
use sportello_store::{MaterialFilter, NewMaterial};

pub use sportello_store::MaterialRecord;

use super::editing::{articles, hubs_where};
use crate::editing::FieldError;
use crate::identity::{RequestOrigin, SignedIn};
use crate::platform::objects::{Object, ObjectStore};
use crate::{App, Error, Result};

/// Materials on one page of the public repertory.
pub const PAGE_SIZE: u32 = 30;
/// Materials the workspace list shows.
pub const WORKSPACE_LIMIT: u32 = 500;

/// A material as typed in the workspace form (the file travels beside it).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct MaterialForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub hub: String,
    /// The id of the hub's article to show it on; empty: the repertory only.
    #[serde(default)]
    pub article: String,
    /// A video's address (instead of a file).
    #[serde(default)]
    pub video_url: String,
}

impl MaterialForm {
    /// The form from a multipart body's text fields.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut form = Self::default();
        for (name, value) in pairs {
            let slot = match name.as_str() {
                "title" => &mut form.title,
                "description" => &mut form.description,
                "language" => &mut form.language,
                "theme" => &mut form.theme,
                "hub" => &mut form.hub,
                "article" => &mut form.article,
                "video_url" => &mut form.video_url,
                _ => continue,
            };
            value.clone_into(slot);
        }
        form
    }
}

/// The file field of the form, as the web layer read it.
#[derive(Debug)]
pub enum FileSent {
    Missing,
    /// Over the limit: the rest was not read.
    TooLarge,
    Bytes(Vec<u8>),
}

fn field_error(field: &'static str, message: &'static str) -> FieldError {
    FieldError {
        field,
        message,
        column: None,
    }
}

/// A valid video address: `https://` with a host, of a sensible length.
fn video_url(raw: &str) -> Option<String> {
    let url = reqwest::Url::parse(raw.trim()).ok()?;
    (url.scheme() == "https" && url.host_str().is_some() && raw.len() <= 2_000)
        .then(|| url.to_string())
}

fn resource(theme: &str, hub: &str, organisations: Vec<String>) -> Resource {
    Resource::Article {
        theme: theme.to_owned(),
        hub: hub.to_owned(),
        organisations,
    }
}

async fn may_publish(app: &App, user: &SignedIn, theme: &str, hub: &str) -> Result<bool> {
    let organisations = app.store().hub_organisation_chain(hub).await?;
    Ok(Policy::can(
        &user.actor,
        Action::PublishArticle,
        &resource(theme, hub, organisations),
    ))
}

/// What the workspace page offers: the hubs the actor publishes for, their articles as
/// `(id, title)`, and the materials the actor may remove.
#[derive(Debug, Clone)]
pub struct WorkspaceView {
    pub hubs: Vec<(String, String)>,
    pub articles: Vec<(String, String)>,
    pub materials: Vec<MaterialRecord>,
}

/// The workspace's repertory page; refused to an actor who publishes for no hub.
pub async fn workspace(app: &App, user: &SignedIn) -> Result<WorkspaceView> {
    let hubs = hubs_where(app, user, Action::PublishArticle).await?;
    if hubs.is_empty() {
        return Err(Error::Forbidden);
    }
    let articles = articles(app, user)
        .await?
        .into_iter()
        .filter(|a| a.rights.review)
        .map(|a| (a.record.id, a.record.title))
        .collect();
    // A few hubs own every material: each hub's organisation chain is read once.
    let mut chains: std::collections::HashMap<String, Vec<String>> =
        std::collections::HashMap::new();
    let mut materials = Vec::new();
    for m in app
        .store()
        .materials(&MaterialFilter::default(), WORKSPACE_LIMIT, 0)
        .await?
    {
        if !hubs.iter().any(|(slug, _)| *slug == m.hub_slug) {
            continue;
        }
        if !chains.contains_key(&m.hub_slug) {
            let chain = app.store().hub_organisation_chain(&m.hub_slug).await?;
            chains.insert(m.hub_slug.clone(), chain);
        }
        let chain = chains.get(&m.hub_slug).cloned().unwrap_or_default();
        let resource = resource(&m.theme, &m.hub_slug, chain);
        if Policy::can(&user.actor, Action::PublishArticle, &resource) {
            materials.push(m);
        }
    }
    Ok(WorkspaceView {
        hubs,
        articles,
        materials,
    })
}

/// What the form holds once checked.
struct Checked {
    theme: Theme,
    language: Locale,
    article: Option<String>,
    what: What,
}

enum What {
    File(Vec<u8>),
    Video(String),
}

async fn validate(
    app: &App,
    user: &SignedIn,
    form: &MaterialForm,
    file: FileSent,
) -> Result<std::result::Result<Checked, Vec<FieldError>>> {
    let mut errors = Vec::new();
    let title = form.title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        errors.push(field_error("title", "kb-material-error-title"));
    }
    if form.description.chars().count() > 2_000 {
        errors.push(field_error("description", "kb-material-error-description"));
    }
    let language = Locale::from_tag(form.language.trim()).ok();
    if language.is_none() {
        errors.push(field_error("language", "kb-material-error-language"));
    }
    let theme = Theme::from_slug(form.theme.trim()).ok();
    if theme.is_none() {
        errors.push(field_error("theme", "kb-error-theme"));
    }
    let allowed = match theme {
        Some(t) => may_publish(app, user, t.slug(), form.hub.trim()).await?,
        None => hubs_where(app, user, Action::PublishArticle)
            .await?
            .iter()
            .any(|(slug, _)| slug == form.hub.trim()),
    };
    if !allowed {
        errors.push(field_error("hub", "kb-error-hub"));
    }
    let article = form.article.trim();
    let article = if article.is_empty() {
        None
    } else {
        let same_hub = app
            .store()
            .article(article)
            .await?
            .is_some_and(|a| a.hub_slug == form.hub.trim());
        if !same_hub {
            errors.push(field_error("article", "kb-material-error-article"));
        }
        Some(article.to_owned())
    };
    let video = form.video_url.trim();
    let what = match (file, video.is_empty()) {
        (FileSent::Missing, true) | (FileSent::Bytes(_) | FileSent::TooLarge, false) => {
            errors.push(field_error("file", "kb-material-error-file-or-video"));
            None
        }
        (FileSent::TooLarge, true) => {
            errors.push(field_error("file", "kb-material-error-too-large"));
            None
        }
        (FileSent::Bytes(bytes), true) if sniff(&bytes).is_none() => {
            errors.push(field_error("file", "kb-material-error-type"));
            None
        }
        (FileSent::Bytes(bytes), true) => Some(What::File(bytes)),
        (FileSent::Missing, false) => {
            let url = video_url(video);
            if url.is_none() {
                errors.push(field_error("video_url", "kb-material-error-video"));
            }
            url.map(What::Video)
        }
    };
    Ok(match (theme, language, what) {
        (Some(theme), Some(language), Some(what)) if errors.is_empty() => Ok(Checked {
            theme,
            language,
            article,
            what,
        }),
        _ => Err(errors),
    })
}

/// Adds a material to a hub's repertory: its id, or what is wrong with the form (nothing
/// kept then).
pub async fn add(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    form: &MaterialForm,
    file: FileSent,
) -> Result<std::result::Result<String, Vec<FieldError>>> {
    let checked = match validate(app, user, form, file).await? {
        Ok(checked) => checked,
        Err(errors) => return Ok(Err(errors)),
    };
    let id = uuid::Uuid::now_v7().to_string();
    let mut new = NewMaterial {
        id: &id,
        hub_slug: form.hub.trim(),
        theme: checked.theme.slug(),
        article_id: checked.article.as_deref(),
        title: form.title.trim(),
        description: form.description.trim(),
        language: checked.language.tag(),
        created_by: Some(&user.user_id),
        ..NewMaterial::default()
    };
    let (key, digest, detail);
    match &checked.what {
        What::Video(url) => {
            new.format = MaterialFormat::Video.slug();
            new.video_url = Some(url);
            detail = "video link".to_owned();
        }
        What::File(bytes) => {
            let sniffed = sniff(bytes).ok_or_else(|| Error::Files("unsniffable".into()))?;
            key = ObjectStore::new_key();
            digest = data_encoding::HEXLOWER.encode(&Sha256::digest(bytes));
            app.objects()
                .put(&key, bytes)
                .await
                .map_err(|e| Error::Files(e.to_string()))?;
            new.format = sniffed.format.slug();
            new.media_type = Some(sniffed.media_type);
            new.object_key = Some(&key);
            new.byte_size = i64::try_from(bytes.len()).ok();
            new.sha256 = Some(&digest);
            detail = format!("{}, {} bytes", sniffed.media_type, bytes.len());
        }
    }
    if let Err(e) = app.store().insert_material(&new, app.clock().now()).await {
        if let Some(key) = new.object_key {
            if let Err(gone) = app.objects().delete(key).await {
                tracing::warn!(error = %gone, "an unrecorded file stayed in the object store");
            }
        }
        return Err(e.into());
    }
    super::audit_write(
        app,
        (user, origin),
        ("material", &id),
        "kb.material_added",
        detail,
    )
    .await?;
    Ok(Ok(id))
}

/// Removes a material the actor publishes for, with its file; `false` when it is missing
/// or out of reach (the same answer).
pub async fn remove(app: &App, user: &SignedIn, origin: &RequestOrigin, id: &str) -> Result<bool> {
    let Some(material) = app.store().material(id).await? else {
        return Ok(false);
    };
    if !may_publish(app, user, &material.theme, &material.hub_slug).await? {
        return Ok(false);
    }
    if !app.store().delete_material(id).await? {
        return Ok(false);
    }
    if let Some(key) = &material.object_key {
        // The row is gone, so nothing links to the bytes any more: a failure here leaves an
        // unreachable file, never a broken link.
        if let Err(e) = app.objects().delete(key).await {
            tracing::warn!(error = %e, "a removed material's file stayed in the object store");
        }
    }
    let detail = material.format.clone();
    super::audit_write(
        app,
        (user, origin),
        ("material", id),
        "kb.material_removed",
        detail,
    )
    .await?;
    Ok(true)
}

/// The public repertory's filters, as chosen (each narrows the list).
#[derive(Debug, Clone, Copy, Default)]
pub struct Filters {
    pub theme: Option<Theme>,
    pub language: Option<Locale>,
    pub format: Option<MaterialFormat>,
    /// 1-based.
    pub page: u32,
}

/// One page of the public repertory, and whether there is a next one.
#[derive(Debug, Clone)]
pub struct RepertoryPage {
    pub materials: Vec<MaterialRecord>,
    pub more: bool,
}

pub async fn repertory(app: &App, filters: &Filters) -> Result<RepertoryPage> {
    let page = filters.page.clamp(1, 10_000);
    let mut materials = app
        .store()
        .materials(
            &MaterialFilter {
                theme: filters.theme.map(Theme::slug),
                language: filters.language.map(Locale::tag),
                format: filters.format.map(MaterialFormat::slug),
                ..MaterialFilter::default()
            },
            PAGE_SIZE + 1,
            (page - 1) * PAGE_SIZE,
        )
        .await?;
    let more = materials.len() > PAGE_SIZE as usize;
    materials.truncate(PAGE_SIZE as usize);
    Ok(RepertoryPage { materials, more })
}

/// The materials shown on an article's page.
pub async fn of_article(app: &App, article_id: &str) -> Result<Vec<MaterialRecord>> {
    Ok(app
        .store()
        .materials(
            &MaterialFilter {
                article_id: Some(article_id),
                ..MaterialFilter::default()
            },
            100,
            0,
        )
        .await?)
}

/// A material's file, to serve: `None` for a missing material, a video link, or bytes the
/// object store no longer has.
pub async fn file(app: &App, id: &str) -> Result<Option<(MaterialRecord, Object)>> {
    let Some(material) = app.store().material(id).await? else {
        return Ok(None);
    };
    let Some(key) = material.object_key.as_deref() else {
        return Ok(None);
    };
    match app.objects().open(key).await {
        Ok(Some(object)) => Ok(Some((material, object))),
        Ok(None) => {
            tracing::warn!(
                material = id,
                "a material's file is missing from the object store"
            );
            Ok(None)
        }
        Err(e) => Err(Error::Files(e.to_string())),
    }
}
