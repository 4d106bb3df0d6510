//! The public repertory of materials (`/{lang}/materiali`, filtered by language, theme and
//! format) and the files themselves (`/{lang}/materiali/{material}`), served with the type
//! their bytes showed at upload, `nosniff`, and a policy under which nothing in them runs.

use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sportello_app::kb::materials::{self, Filters, MaterialRecord};
use sportello_core::kb::MaterialFormat;
use sportello_core::{Locale, Theme};

use crate::platform::error::WebError;
use crate::platform::extract::Lang;
use crate::platform::i18n::Tr;
use crate::platform::layout::{render, HtmlPage, Layout};
use crate::platform::routes::{Allowed, Routes};
use crate::AppState;

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/materiali", Allowed::Public, repertory)
        .get("/{lang}/materiali/{material}", Allowed::Public, file)
}

/// A material in a list: on the repertory page and under a sheet.
pub(crate) struct MaterialLine {
    pub title: String,
    pub description: String,
    pub href: String,
    /// A video on another site (the link says so).
    pub external: bool,
    pub media_type: String,
    pub format: String,
    pub language_tag: &'static str,
    pub language_dir: &'static str,
    pub language_name: &'static str,
    pub size: Option<String>,
}

/// `bytes` as the reader's locale writes kilobytes or megabytes.
fn size_text(tr: Tr<'_>, bytes: i64) -> String {
    // Whole kilobytes, rounded up: exact in an f64 for any file the repertory takes.
    let kb =
        f64::from(u32::try_from(bytes.max(0).unsigned_abs().div_ceil(1024)).unwrap_or(u32::MAX));
    if kb < 1024.0 {
        tr.t1("kb-material-size-kb", "size", tr.number(kb, 0))
            .into_owned()
    } else {
        tr.t1("kb-material-size-mb", "size", tr.number(kb / 1024.0, 1))
            .into_owned()
    }
}

pub(crate) fn lines(tr: Tr<'_>, lang: &str, records: Vec<MaterialRecord>) -> Vec<MaterialLine> {
    records
        .into_iter()
        .map(|m| {
            let language = Locale::from_tag(&m.language).unwrap_or(Locale::FALLBACK);
            let (href, external) = match &m.video_url {
                Some(url) => (url.clone(), true),
                None => (format!("/{lang}/materiali/{}", m.id), false),
            };
            MaterialLine {
                format: tr
                    .t(&format!("kb-material-format-{}", m.format))
                    .into_owned(),
                media_type: m.media_type.clone().unwrap_or_default(),
                size: m.byte_size.map(|b| size_text(tr, b)),
                language_tag: language.tag(),
                language_dir: language.direction().as_str(),
                language_name: language.endonym(),
                title: m.title,
                description: m.description,
                href,
                external,
            }
        })
        .collect()
}

#[derive(Debug, Default, Deserialize)]
pub struct RepertoryQuery {
    #[serde(default)]
    tema: String,
    #[serde(default)]
    lingua: String,
    #[serde(default)]
    formato: String,
    pagina: Option<u32>,
}

impl RepertoryQuery {
    /// The filters chosen; an unknown value filters nothing (a stale bookmark still works).
    fn filters(&self) -> Filters {
        Filters {
            theme: Theme::from_slug(&self.tema).ok(),
            language: Locale::from_tag(&self.lingua).ok(),
            format: MaterialFormat::from_slug(&self.formato).ok(),
            page: self.pagina.unwrap_or(1).max(1),
        }
    }
}

/// A choice of a filter: value, label, chosen.
type Choice = (String, String, bool);

#[derive(Template)]
#[template(path = "kb/repertory.html")]
struct RepertoryPage<'a> {
    layout: Layout<'a>,
    themes: Vec<Choice>,
    languages: Vec<Choice>,
    formats: Vec<Choice>,
    materials: Vec<MaterialLine>,
    /// The same filters one page before and after, when there are such pages.
    previous: Option<String>,
    next: Option<String>,
}

async fn repertory(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Query(query): Query<RepertoryQuery>,
) -> Result<HtmlPage, WebError> {
    let filters = query.filters();
    let found = materials::repertory(&state.app, &filters).await?;
    render(
        &RepertoryPage::new(&state, locale, filters, found),
        StatusCode::OK,
    )
    .map_err(WebError::from)
}

impl<'a> RepertoryPage<'a> {
    fn new(
        state: &'a AppState,
        locale: Locale,
        filters: Filters,
        found: materials::RepertoryPage,
    ) -> Self {
        let lang = locale.tag();
        let layout = Layout::page(
            state,
            locale,
            "kb-materials-title",
            &format!("/{lang}/materiali"),
        );
        let tr = layout.tr;
        let themes = Theme::ALL
            .into_iter()
            .map(|t| {
                let label = tr.t(&t.message_id()).into_owned();
                (t.slug().to_owned(), label, filters.theme == Some(t))
            })
            .collect();
        let languages = Locale::ALL
            .into_iter()
            .map(|l| {
                (
                    l.tag().to_owned(),
                    l.endonym().to_owned(),
                    filters.language == Some(l),
                )
            })
            .collect();
        let formats = MaterialFormat::ALL
            .into_iter()
            .map(|f| {
                let label = tr
                    .t(&format!("kb-material-format-{}", f.slug()))
                    .into_owned();
                (f.slug().to_owned(), label, filters.format == Some(f))
            })
            .collect();
        let page_href = |page: u32| {
            let mut q = form_urlencoded::Serializer::new(String::new());
            if let Some(t) = filters.theme {
                q.append_pair("tema", t.slug());
            }
            if let Some(l) = filters.language {
                q.append_pair("lingua", l.tag());
            }
            if let Some(f) = filters.format {
                q.append_pair("formato", f.slug());
            }
            q.append_pair("pagina", &page.to_string());
            format!("/{lang}/materiali?{}", q.finish())
        };
        Self {
            themes,
            languages,
            formats,
            materials: lines(tr, lang, found.materials),
            previous: (filters.page > 1).then(|| page_href(filters.page - 1)),
            next: found.more.then(|| page_href(filters.page + 1)),
            layout,
        }
    }
}

/// A download's file name from the material's title: ASCII letters, digits and dashes.
fn file_name(title: &str, extension: &str) -> String {
    let mut name = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
        if name.len() >= 60 {
            break;
        }
    }
    let name = name.trim_end_matches('-');
    let name = if name.is_empty() { "materiale" } else { name };
    format!("{name}.{extension}")
}

async fn file(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (material, object) = materials::file(&state.app, &id)
        .await?
        .ok_or(WebError::NotFound)?;
    let media_type = material.media_type.unwrap_or_default();
    let extension = sportello_core::kb::material::extension_of(&media_type);
    // A PDF is saved, not opened here: its viewer could run what it holds. Pictures and
    // recordings show in the browser, in a sandbox where nothing runs.
    let disposition = if material.format == MaterialFormat::Pdf.slug() {
        "attachment"
    } else {
        "inline"
    };
    let headers = [
        (header::CONTENT_TYPE, media_type.clone()),
        (header::CONTENT_LENGTH, object.len.to_string()),
        (
            header::CONTENT_DISPOSITION,
            format!(
                "{disposition}; filename=\"{}\"",
                file_name(&material.title, extension)
            ),
        ),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; sandbox".to_owned(),
        ),
        (header::CACHE_CONTROL, "public, max-age=3600".to_owned()),
    ];
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(object.body));
    Ok((headers, body).into_response())
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn download_names_are_plain_ascii() {
        assert_eq!(
            file_name("Permesso di soggiorno: rinnovo (2026)", "pdf"),
            "permesso-di-soggiorno-rinnovo-2026.pdf"
        );
        assert_eq!(file_name("تجديد تصريح الإقامة", "pdf"), "materiale.pdf");
        assert_eq!(file_name("\"; evil=\r\n", "png"), "evil.png");
    }
}
