//! What the public pages of the knowledge base read: a theme's articles, and one sheet as a
//! reader meets it (its sections in the Designers Italia order as safe HTML, the steps
//! with the reader's own local variant first, prerequisites linking to the sheets that
//! explain them, the norms cited and the desks that help).

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use sportello_core::kb::{
    ArticleContent, ArticleKind, Prerequisite, ReaderArea, Section, Step, TranslationStatus,
    Variant,
};
use sportello_core::{Locale, Theme};

use super::editing::{content_of, ArticleRecord, ArticleVersion, NormRecord};
use super::markdown::to_html;
use crate::{App, Result};

/// An article in a theme's list.
#[derive(Debug, Clone)]
pub struct ArticleSummary {
    pub slug: String,
    pub kind: ArticleKind,
    pub title: String,
    pub summary: String,
    pub legal_review: bool,
}

/// A theme's public articles: sheets first, then guides, FAQ and news, each by title.
pub async fn theme_articles(app: &App, theme: Theme) -> Result<Vec<ArticleSummary>> {
    let now = app.clock().now();
    let mut out = Vec::new();
    for (record, version) in app
        .store()
        .public_articles_of_theme(theme.slug(), now)
        .await?
    {
        let content = content_of(&version)?;
        out.push(ArticleSummary {
            slug: record.slug,
            kind: ArticleKind::from_slug(&record.kind)?,
            title: content.title,
            summary: content.summary,
            legal_review: record.legal_review,
        });
    }
    let rank = |k: ArticleKind| ArticleKind::ALL.iter().position(|x| *x == k);
    out.sort_by(|a, b| (rank(a.kind), &a.title).cmp(&(rank(b.kind), &b.title)));
    Ok(out)
}

/// A step as the page shows it: texts rendered, the reader's variant first.
#[derive(Debug, Clone)]
pub struct StepView {
    pub title: String,
    pub who: String,
    pub place: String,
    pub bring_html: String,
    pub cost: String,
    pub time: String,
    pub text_html: String,
    pub yours: Option<VariantView>,
    pub others: Vec<VariantView>,
}

#[derive(Debug, Clone)]
pub struct VariantView {
    pub label: String,
    pub text_html: String,
    pub place: String,
}

impl VariantView {
    fn of(v: &Variant) -> Self {
        Self {
            label: v.label.clone(),
            text_html: to_html(&v.text),
            place: v.place.clone(),
        }
    }
}

impl StepView {
    fn of(step: &Step, area: &ReaderArea) -> Self {
        let local = step.for_reader(area);
        Self {
            title: step.title.clone(),
            who: step.who.clone(),
            place: step.place.clone(),
            bring_html: to_html(&step.bring),
            cost: step.cost.clone(),
            time: step.time.clone(),
            text_html: to_html(&step.text),
            yours: local.yours.map(VariantView::of),
            others: local.others.into_iter().map(VariantView::of).collect(),
        }
    }
}

/// A prerequisite chip: the sheet that explains it, when one is published.
#[derive(Debug, Clone)]
pub struct PrerequisiteView {
    pub prerequisite: Prerequisite,
    /// `(theme slug, article slug)` of the sheet that explains how to get it.
    pub sheet: Option<(String, String)>,
}

/// For each digital prerequisite, the published sheet that explains it, as `(prerequisite,
/// theme, slug)`: the same for every sheet page, so each node keeps it per published-data
/// stamp (as the directory's snapshot, rechecked within `server.page_cache_ms`, at once on
/// the node that wrote) instead of asking the database on every page.
#[derive(Debug, Default)]
pub(crate) struct Explained(std::sync::Mutex<(Arc<str>, Arc<Sheets>)>);

/// `(prerequisite, theme, slug)` of each sheet that explains a prerequisite.
type Sheets = Vec<(String, String, String)>;

impl Explained {
    async fn get(&self, app: &App) -> Result<Arc<Sheets>> {
        let stamp = app.directory().version().await?;
        {
            let kept = self
                .0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if kept.0 == stamp && !stamp.is_empty() {
                return Ok(kept.1.clone());
            }
        }
        let fresh = Arc::new(app.store().prerequisite_sheets().await?);
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = (stamp, fresh.clone());
        Ok(fresh)
    }
}

/// A published article as the reader sees it.
#[derive(Debug, Clone)]
pub struct PublicArticle {
    pub theme: Theme,
    pub slug: String,
    pub kind: ArticleKind,
    pub hub_name: String,
    pub title: String,
    pub summary: String,
    /// Sheets: the written sections in order, as safe HTML (empty ones left out).
    pub sections: Vec<(Section, String)>,
    pub online_url: String,
    pub steps: Vec<StepView>,
    pub prerequisites: Vec<PrerequisiteView>,
    pub norms: Vec<NormRecord>,
    pub desks: Vec<(String, String)>,
    /// Materials of the repertory shown with it (leaflets, pictures, recordings, videos).
    pub materials: Vec<super::materials::MaterialRecord>,
    /// Other kinds: the body as safe HTML.
    pub body_html: String,
    pub updated_at: DateTime<Utc>,
    pub review_by: Option<NaiveDate>,
    /// A norm it cites changed: the page says it is being updated.
    pub legal_review: bool,
    /// The reader's area matched a local variant somewhere.
    pub localised: bool,
    /// The language the texts are in: the reader's when a translation exists, else Italian.
    pub text_locale: Locale,
    /// For a reader of another language than Italian: where its translation stands.
    pub translation: Option<TranslationStatus>,
}

/// What a sheet's address leads to.
#[derive(Debug, Clone)]
pub enum SheetPage {
    Article(Box<PublicArticle>),
    /// Archived: withdrawn, with what replaced it (`(theme, slug, title)`), if anything did.
    Withdrawn {
        title: String,
        replaced_by: Option<(String, String, String)>,
    },
}

/// A published article as stored, its texts in the reader's language where a translation
/// exists: what the page and the leaflet are made from.
#[derive(Debug)]
pub(crate) struct Published {
    pub record: ArticleRecord,
    pub version: ArticleVersion,
    pub content: ArticleContent,
    pub text_locale: Locale,
    pub translation: Option<TranslationStatus>,
}

/// What a sheet's address holds.
#[derive(Debug)]
pub(crate) enum Found {
    Article(Box<Published>),
    Withdrawn {
        title: String,
        replaced_by: Option<(String, String, String)>,
    },
}

/// The published article at `theme`/`slug`, in `locale` where translated; `None` when there
/// is no such article or it was never published.
pub(crate) async fn find(
    app: &App,
    (theme, slug): (Theme, &str),
    locale: Locale,
) -> Result<Option<Found>> {
    let store = app.store();
    let now = app.clock().now();
    let Some(record) = store.article_by_slug(theme.slug(), slug).await? else {
        return Ok(None);
    };
    let Some(public) = record.public_version(now) else {
        return Ok(None);
    };
    let Some(version) = store.article_version(&record.id, public).await? else {
        return Ok(None);
    };
    let mut content: ArticleContent = content_of(&version)?;
    let mut text_locale = Locale::FALLBACK;
    let mut translation = None;
    if locale != Locale::FALLBACK {
        let marks = store.version_marks_of(&record.id).await?;
        let translated = store.article_translation(&record.id, locale.tag()).await?;
        translation = Some(
            TranslationStatus::of(
                translated.as_ref().map(|t| (t.source_version, t.machine)),
                &marks,
                public,
            )
            .under_legal_review(record.legal_review),
        );
        if let Some(t) = translated {
            if let Ok(c) = serde_json::from_str::<ArticleContent>(&t.content) {
                // The facts that are not words stay the source's: prerequisites and the
                // online link.
                content = ArticleContent {
                    prerequisites: content.prerequisites,
                    online_url: content.online_url,
                    ..c
                };
                text_locale = locale;
            }
        }
    }
    if record.status == "archived" {
        let replaced_by = match &record.replaced_by {
            Some(id) => store
                .article(id)
                .await?
                .filter(|r| r.public_version(now).is_some() && r.status != "archived")
                .map(|r| (r.theme, r.slug, r.title)),
            None => None,
        };
        return Ok(Some(Found::Withdrawn {
            title: content.title,
            replaced_by,
        }));
    }
    Ok(Some(Found::Article(Box::new(Published {
        record,
        version,
        content,
        text_locale,
        translation,
    }))))
}

/// The public page of `theme`/`slug` for a reader in `area`; `None` when there is no such
/// article or it was never published.
pub async fn sheet(
    app: &App,
    (theme, slug): (Theme, &str),
    locale: Locale,
    area: &ReaderArea,
) -> Result<Option<SheetPage>> {
    let published = match find(app, (theme, slug), locale).await? {
        None => return Ok(None),
        Some(Found::Withdrawn { title, replaced_by }) => {
            return Ok(Some(SheetPage::Withdrawn { title, replaced_by }))
        }
        Some(Found::Article(p)) => *p,
    };
    let Published {
        record,
        version,
        content,
        text_locale,
        translation,
    } = published;
    let store = app.store();
    let explained = app.explained().get(app).await?;
    let prerequisites = content
        .prerequisites
        .iter()
        .map(|p| PrerequisiteView {
            prerequisite: *p,
            sheet: explained
                .iter()
                .find(|(slug, _, _)| slug == p.slug())
                .map(|(_, theme, slug)| (theme.clone(), slug.clone())),
        })
        .collect();
    let steps: Vec<StepView> = content
        .steps
        .iter()
        .map(|s| StepView::of(s, area))
        .collect();
    let sections = Section::WRITTEN
        .into_iter()
        .map(|s| (s, content.sections.get(s)))
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(s, text)| (s, to_html(text)))
        .collect();
    Ok(Some(SheetPage::Article(Box::new(PublicArticle {
        theme,
        slug: record.slug.clone(),
        kind: ArticleKind::from_slug(&record.kind)?,
        hub_name: record.hub_name.clone(),
        localised: steps.iter().any(|s| s.yours.is_some()),
        title: content.title,
        summary: content.summary,
        sections,
        online_url: content.online_url,
        steps,
        prerequisites,
        norms: store.article_citations(&record.id).await?,
        desks: store.article_desks(&record.id).await?,
        materials: super::materials::of_article(app, &record.id).await?,
        body_html: to_html(&content.body),
        updated_at: version.created_at,
        review_by: record.review_by,
        legal_review: record.legal_review,
        text_locale,
        translation,
    }))))
}

/// The reader's area from what the page knows: the desk they came from (its province and
/// the office itself) or a province they chose.
pub async fn reader_area(
    app: &App,
    desk: Option<&str>,
    province: Option<&str>,
) -> Result<ReaderArea> {
    let snapshot = app.directory().snapshot().await?;
    let from_desk = desk.and_then(|slug| snapshot.desk(slug));
    let province = from_desk
        .map(|d| d.card.province.clone())
        .or_else(|| {
            province
                .and_then(|p| sportello_core::ProvinceCode::parse(p).ok())
                .map(|p| p.as_str().to_owned())
        })
        .filter(|p| !p.is_empty());
    Ok(ReaderArea {
        province,
        office: from_desk.map(|d| d.card.slug.clone()),
    })
}
