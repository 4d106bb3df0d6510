//! The knowledge base's public pages: a theme's sheets and FAQ (`/{lang}/{theme}`) and one
//! article (`/{lang}/{theme}/{slug}`), sections in the Designers Italia order, the steps
//! with the reader's local variant first (`?sportello=<desk>` or `?provincia=BO`).
//!
//! Articles are written in Italian: until translations land, their texts are marked
//! `lang="it"` and the page says the text is in Italian; the labels around them are the
//! reader's language.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::Deserialize;
use sportello_app::kb::{self, ArticleSummary, PublicArticle, SheetPage};
use sportello_core::kb::Section;
use sportello_core::{Locale, Theme};

use crate::platform::error::WebError;
use crate::platform::extract::Lang;
use crate::platform::layout::{render, HtmlPage, Layout};
use crate::platform::routes::{Allowed, Routes};
use crate::platform::text::{date_text, date_time};
use crate::AppState;

mod leaflet;
pub(crate) mod materials;
mod ratings;

/// The knowledge base's public routes: anyone may use them. Static paths of other areas
/// (`/{lang}/sportelli`…) take precedence over these.
pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/{theme}", Allowed::Public, theme_page)
        .get("/{lang}/{theme}/{slug}", Allowed::Public, article_page)
        .merge(ratings::routes())
        .merge(leaflet::routes())
        .merge(materials::routes())
}

fn theme_of(slug: &str) -> Result<Theme, WebError> {
    Theme::from_slug(slug).map_err(|_| WebError::NotFound)
}

#[derive(Template)]
#[template(path = "kb/theme.html")]
struct ThemePage<'a> {
    layout: Layout<'a>,
    theme: &'static str,
    description: String,
    articles: Vec<(ArticleSummary, String)>,
}

async fn theme_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path((_, theme)): Path<(String, String)>,
) -> Result<HtmlPage, WebError> {
    let theme = theme_of(&theme)?;
    let articles = kb::public::theme_articles(&state.app, theme).await?;
    render(
        &ThemePage::new(&state, locale, theme, articles),
        StatusCode::OK,
    )
    .map_err(WebError::from)
}

impl<'a> ThemePage<'a> {
    fn new(
        state: &'a AppState,
        locale: Locale,
        theme: Theme,
        articles: Vec<ArticleSummary>,
    ) -> Self {
        let current = format!("/{}/{}", locale.tag(), theme.slug());
        let layout = Layout::page(state, locale, &theme.message_id(), &current);
        let tr = layout.tr;
        Self {
            description: tr
                .t(&format!("{}.description", theme.message_id()))
                .into_owned(),
            articles: articles
                .into_iter()
                .map(|a| {
                    let kind = tr.t(&format!("kb-kind-{}", a.kind.slug())).into_owned();
                    (a, kind)
                })
                .collect(),
            theme: theme.slug(),
            layout,
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct AreaQuery {
    pub(super) sportello: Option<String>,
    pub(super) provincia: Option<String>,
}

/// A section with its heading and anchor.
struct SectionView {
    anchor: &'static str,
    heading: String,
    html: String,
}

#[derive(Template)]
#[template(path = "kb/article.html")]
struct ArticlePage<'a> {
    layout: Layout<'a>,
    a: PublicArticle,
    theme_name: String,
    kind: String,
    /// Sections before the steps (what, who, how), and after them.
    before: Vec<SectionView>,
    after: Vec<SectionView>,
    prerequisites: Vec<(String, Option<String>)>,
    updated_iso: String,
    updated_text: String,
    review_by: Option<String>,
    /// `lang` and `dir` of the article's texts (the reader's language, or Italian).
    text_lang: &'static str,
    text_dir: &'static str,
    /// The notice about the translation, for readers of another language than Italian.
    translation_notice: Option<String>,
    /// The Italian original, linked from a translated or untranslated page.
    original: Option<String>,
    /// "Was this page clear?": value and label of each choice.
    rating_choices: Vec<(u8, String)>,
    /// The A4 leaflet, for the same area as the page.
    leaflet_href: String,
    /// The materials of the repertory shown with it.
    materials: Vec<materials::MaterialLine>,
}

#[derive(Template)]
#[template(path = "kb/withdrawn.html")]
struct WithdrawnPage<'a> {
    layout: Layout<'a>,
    title: String,
    replaced_by: Option<(String, String)>,
}

async fn article_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path((_, theme, slug)): Path<(String, String, String)>,
    Query(query): Query<AreaQuery>,
) -> Result<HtmlPage, WebError> {
    let theme = theme_of(&theme)?;
    let area = kb::public::reader_area(
        &state.app,
        query.sportello.as_deref(),
        query.provincia.as_deref(),
    )
    .await?;
    let page = kb::public::sheet(&state.app, (theme, &slug), locale, &area).await?;
    match page.ok_or(WebError::NotFound)? {
        SheetPage::Article(a) => render(
            &ArticlePage::new(&state, locale, *a, &query),
            StatusCode::OK,
        ),
        SheetPage::Withdrawn { title, replaced_by } => {
            return withdrawn(&state, locale, (theme, &slug), title, replaced_by);
        }
    }
    .map_err(WebError::from)
}

/// An archived article's address (its page, its leaflet's QR code): 410, and what replaced
/// it (`(theme, slug, title)`), if anything did.
fn withdrawn(
    state: &AppState,
    locale: Locale,
    (theme, slug): (Theme, &str),
    title: String,
    replaced_by: Option<(String, String, String)>,
) -> Result<HtmlPage, WebError> {
    let current = format!("/{}/{}/{slug}", locale.tag(), theme.slug());
    let layout = Layout::page(state, locale, "kb-withdrawn-title", &current);
    let replaced_by = replaced_by
        .map(|(theme, slug, title)| (format!("/{}/{theme}/{slug}", locale.tag()), title));
    let page = WithdrawnPage {
        layout,
        title,
        replaced_by,
    };
    render(&page, StatusCode::GONE).map_err(WebError::from)
}

fn encode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// The anchor of a section (Italian, as the catalogue's service pages have them).
fn anchor(section: Section) -> &'static str {
    match section {
        Section::What => "cosa-e",
        Section::Who => "a-chi-si-rivolge",
        Section::How => "come-fare",
        Section::Needs => "cosa-serve",
        Section::Outcome => "cosa-si-ottiene",
        Section::Time => "tempi-e-scadenze",
        Section::Cost => "costi",
        Section::Where => "dove",
        Section::LegalBasis => "riferimenti-normativi",
        Section::More => "ulteriori-informazioni",
        Section::Contacts => "contatti",
        Section::LastUpdate => "ultimo-aggiornamento",
    }
}

impl<'a> ArticlePage<'a> {
    fn new(state: &'a AppState, locale: Locale, mut a: PublicArticle, query: &AreaQuery) -> Self {
        let current = format!("/{}/{}/{}", locale.tag(), a.theme.slug(), a.slug);
        let leaflet_href = match (&query.sportello, &query.provincia) {
            (Some(desk), _) => format!("{current}/volantino.pdf?sportello={}", encode(desk)),
            (None, Some(p)) => format!("{current}/volantino.pdf?provincia={}", encode(p)),
            (None, None) => format!("{current}/volantino.pdf"),
        };
        let layout = Layout::new(state, locale, a.title.clone(), &current);
        let tr = layout.tr;
        let view = |(section, html): &(Section, String)| SectionView {
            anchor: anchor(*section),
            heading: tr.t(&format!("kb-section-{}", section.key())).into_owned(),
            html: html.clone(),
        };
        let split = |s: &Section| matches!(s, Section::What | Section::Who | Section::How);
        let before = a
            .sections
            .iter()
            .filter(|(s, _)| split(s))
            .map(view)
            .collect();
        let after = a
            .sections
            .iter()
            .filter(|(s, _)| !split(s))
            .map(view)
            .collect();
        let prerequisites = a
            .prerequisites
            .iter()
            .map(|p| {
                (
                    tr.t(&format!("kb-prereq-{}", p.prerequisite.slug()))
                        .into_owned(),
                    p.sheet
                        .as_ref()
                        .map(|(theme, slug)| format!("/{}/{theme}/{slug}", locale.tag())),
                )
            })
            .collect();
        let translation_notice = a
            .translation
            .map(|s| tr.t(&format!("kb-tr-notice-{}", s.slug())).into_owned());
        let original = a
            .translation
            .map(|_| format!("/it/{}/{}", a.theme.slug(), a.slug));
        Self {
            text_lang: a.text_locale.tag(),
            text_dir: a.text_locale.direction().as_str(),
            translation_notice,
            original,
            theme_name: tr.t(&a.theme.message_id()).into_owned(),
            kind: tr.t(&format!("kb-kind-{}", a.kind.slug())).into_owned(),
            before,
            after,
            prerequisites,
            updated_iso: a.updated_at.format("%Y-%m-%d").to_string(),
            updated_text: date_time(tr, a.updated_at),
            review_by: a.review_by.map(|d| date_text(tr, d)),
            leaflet_href,
            materials: materials::lines(tr, locale.tag(), std::mem::take(&mut a.materials)),
            rating_choices: (1..=5u8)
                .map(|n| (n, tr.t(&format!("kb-rating-{n}")).into_owned()))
                .collect(),
            layout,
            a,
        }
    }
}
