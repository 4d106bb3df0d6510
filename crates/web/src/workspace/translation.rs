//! Translators' review in the workspace: the languages an operator may review
//! (`/{lang}/workspace/traduzioni`) and one language's queue of unreviewed messages beside
//! their Italian source, where each is confirmed or corrected
//! (`/{lang}/workspace/traduzioni/{locale}`). The app checks who may review which language
//! and audits every decision; the catalogue is this crate's [`crate::I18n`].

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use sportello_app::translation::{self, Decision, Queue, PER_PAGE};
use sportello_app::Error as AppError;
use sportello_core::Locale;

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::routes::{Allowed, Routes};
use crate::workspace::shell::{see_other, workspace_page, Chrome};
use crate::AppState;

/// The translation area's routes and who may use them.
pub fn routes() -> Routes {
    Routes::new()
        .get(
            "/{lang}/workspace/traduzioni",
            Allowed::Translators,
            languages,
        )
        .get(
            "/{lang}/workspace/traduzioni/{locale}",
            Allowed::Translators,
            queue,
        )
        .post(
            "/{lang}/workspace/traduzioni/{locale}",
            Allowed::Translators,
            review,
        )
}

/// One language on the languages page.
struct LanguageLine {
    tag: &'static str,
    endonym: &'static str,
    dir: &'static str,
    count: String,
}

#[derive(Template)]
#[template(path = "translation/languages.html")]
struct LanguagesPage<'a> {
    chrome: Chrome<'a>,
    languages: Vec<LanguageLine>,
}

workspace_page!(LanguagesPage => Chrome);

pub async fn languages(
    State(state): State<AppState>,
    req: OperatorRequest,
) -> Result<Response, WebError> {
    let reviewable = translation::reviewable_languages(&req.user, &state.i18n);
    if reviewable.is_empty() {
        return Err(AppError::Forbidden.into());
    }
    let chrome = Chrome::page(&state, &req, "translation-title", "/traduzioni");
    let tr = chrome.layout.tr;
    let page = LanguagesPage {
        languages: reviewable
            .into_iter()
            .map(|(locale, count)| LanguageLine {
                tag: locale.tag(),
                endonym: locale.endonym(),
                dir: locale.direction().as_str(),
                count: tr
                    .t1("translation-language-count", "count", count)
                    .into_owned(),
            })
            .collect(),
        chrome,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Debug, Deserialize)]
pub struct QueueQuery {
    pagina: Option<usize>,
    fatto: Option<u8>,
}

/// A message of the queue as the page shows it: the form keeps what was typed when the
/// correction is refused.
struct ItemView {
    id: String,
    /// The id as an HTML id (`.` is fine in HTML, not in CSS selectors: replaced).
    anchor: String,
    source_text: String,
    text: String,
    rows: usize,
    stale_correction: Option<String>,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "translation/queue.html")]
struct QueuePage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    /// The reviewed language, for `lang` and `dir` of its texts.
    tag: &'static str,
    dir: &'static str,
    items: Vec<ItemView>,
    page: usize,
    pages: usize,
    status: String,
    saved: bool,
}

workspace_page!(QueuePage => Chrome);

/// What a refused correction puts back on the page.
struct Refused<'f> {
    id: &'f str,
    text: &'f str,
    error_id: &'static str,
}

impl<'a> QueuePage<'a> {
    fn new(
        state: &'a AppState,
        req: &OperatorRequest,
        (locale, page): (Locale, usize),
        queue: Queue,
        refused: Option<&Refused<'_>>,
    ) -> Self {
        let path = format!("/traduzioni/{}", locale.tag());
        let chrome = Chrome::page(state, req, "translation-title", &path);
        let tr = chrome.layout.tr;
        let heading = tr
            .t1(
                "translation-queue-title",
                "language",
                locale.endonym().to_owned(),
            )
            .into_owned();
        let pages = queue.total.div_ceil(PER_PAGE).max(1);
        let items = queue
            .items
            .into_iter()
            .map(|item| {
                let refused = refused.filter(|r| r.id == item.id);
                let text = refused.map_or(item.text, |r| r.text.to_owned());
                ItemView {
                    anchor: format!("m-{}", item.id.replace('.', "--")),
                    rows: text.lines().count().clamp(2, 12),
                    id: item.id,
                    source_text: item.source_text,
                    text,
                    stale_correction: item.stale_correction,
                    error: refused.map(|r| tr.t(r.error_id).into_owned()),
                }
            })
            .collect();
        Self {
            status: tr
                .t2("pagination-status", "page", page, "pages", pages)
                .into_owned(),
            heading,
            tag: locale.tag(),
            dir: locale.direction().as_str(),
            items,
            page,
            pages,
            saved: false,
            chrome,
        }
    }
}

fn reviewed_locale(tag: &str) -> Result<Locale, WebError> {
    Locale::from_tag(tag).map_err(|_| WebError::NotFound)
}

pub async fn queue(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, tag)): Path<(String, String)>,
    Query(q): Query<QueueQuery>,
) -> Result<Response, WebError> {
    let locale = reviewed_locale(&tag)?;
    let page = q.pagina.unwrap_or(1).max(1);
    let queue = translation::review_queue(&req.user, &state.i18n, locale, page, None)?;
    let mut view = QueuePage::new(&state, &req, (locale, page), queue, None);
    view.saved = q.fatto.is_some();
    Ok(render_private(&view, StatusCode::OK)?)
}

/// Every field defaults, so that a form nobody may send is refused by the app's check,
/// not by its shape.
#[derive(Debug, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    message: String,
    /// `confirm` or `correct`.
    #[serde(default)]
    decision: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    page: Option<usize>,
}

/// The message for a refused correction's `translation.*` code.
fn error_id(code: &str) -> &'static str {
    match code {
        "translation.syntax" => "translation-error-syntax",
        "translation.variables" => "translation-error-variables",
        "translation.plural" => "translation-error-plural",
        "translation.empty" => "translation-error-empty",
        _ => "translation-error-unknown",
    }
}

pub async fn review(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, tag)): Path<(String, String)>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, WebError> {
    let locale = reviewed_locale(&tag)?;
    let page = form.page.unwrap_or(1).max(1);
    let decision = Decision {
        locale,
        message_id: &form.message,
        correction: (form.decision == "correct").then_some(form.text.as_str()),
    };
    match translation::review_message(&state.app, &req.user, &req.origin, &state.i18n, decision)
        .await
    {
        Ok(()) => Ok(see_other(&format!(
            "/{}/workspace/traduzioni/{}?pagina={page}&fatto=1",
            req.locale.tag(),
            locale.tag()
        ))),
        Err(AppError::Invalid(e)) if e.code.starts_with("translation.") => {
            let queue = translation::review_queue(
                &req.user,
                &state.i18n,
                locale,
                page,
                Some(&form.message),
            )?;
            let refused = Refused {
                id: &form.message,
                text: &form.text,
                error_id: error_id(e.code),
            };
            let view = QueuePage::new(&state, &req, (locale, page), queue, Some(&refused));
            Ok(render_private(&view, StatusCode::UNPROCESSABLE_ENTITY)?)
        }
        Err(e) => Err(e.into()),
    }
}
