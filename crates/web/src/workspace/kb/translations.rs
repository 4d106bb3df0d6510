//! Translating articles: a language's queue (`/{lang}/workspace/schede-tradotte/{locale}`)
//! and the translator's page for one article, with the Italian source, what changed in it
//! since the version translated, the translation's form, and a machine draft when a
//! provider is configured.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use sportello_app::editing::FieldError;
use sportello_app::kb;
use sportello_app::kb::machine::Machined;
use sportello_app::kb::translations::{self, QueueLine, TranslationSaved, TranslatorView};
use sportello_app::kb::xliff::ImportProblem;
use sportello_app::kb::ArticleForm;
use sportello_core::kb::Piece;
use sportello_core::Locale;

use super::{part_label, FormView};
use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::routes::{Allowed, Routes};
use crate::workspace::shell::{see_other, workspace_page, Chrome};
use crate::AppState;

pub(super) fn routes() -> Routes {
    let page = "/{lang}/workspace/schede/{article}/traduzioni/{locale}";
    Routes::new()
        .get(
            "/{lang}/workspace/schede-tradotte/{locale}",
            Allowed::Translators,
            queue,
        )
        .get(page, Allowed::Translators, translator)
        .post(page, Allowed::Translators, save)
        .post(
            "/{lang}/workspace/schede/{article}/traduzioni/{locale}/automatica",
            Allowed::Translators,
            machine,
        )
}

pub(super) fn locale_of(tag: &str) -> Result<Locale, WebError> {
    Locale::from_tag(tag).map_err(|_| WebError::NotFound)
}

#[derive(Template)]
#[template(path = "kb/ws_tr_queue.html")]
struct QueuePage<'a> {
    chrome: Chrome<'a>,
    tag: &'static str,
    lines: Vec<(QueueLine, String)>,
    /// After an import: how many were saved.
    imported: Option<String>,
    /// After a refused import: why, one message per problem.
    problems: Vec<String>,
}

workspace_page!(QueuePage => Chrome);

/// What the queue page says above the list, after an XLIFF import.
#[derive(Debug, Default)]
pub(super) enum QueueNotice {
    #[default]
    None,
    Imported(usize),
    Refused(Vec<ImportProblem>),
    /// One problem with the upload itself, by message id.
    Upload(&'static str),
}

pub async fn queue(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, tag)): Path<(String, String)>,
    Query(q): Query<QueueQuery>,
) -> Result<Response, WebError> {
    let locale = locale_of(&tag)?;
    let notice = q.importate.map_or(QueueNotice::None, QueueNotice::Imported);
    render_queue(&state, &req, locale, notice).await
}

#[derive(Debug, serde::Deserialize)]
pub struct QueueQuery {
    importate: Option<usize>,
}

/// The queue of `locale`, with `notice` above it (422 when it refuses an import).
pub(super) async fn render_queue(
    state: &AppState,
    req: &OperatorRequest,
    locale: Locale,
    notice: QueueNotice,
) -> Result<Response, WebError> {
    let lines = translations::queue(&state.app, &req.user, locale).await?;
    let path = format!("/schede-tradotte/{}", locale.tag());
    let chrome = Chrome::page(state, req, "kb-tr-queue-title", &path);
    let tr = chrome.layout.tr;
    let lines = lines
        .into_iter()
        .map(|l| {
            let status = tr
                .t(&format!("kb-tr-status-{}", l.status.slug()))
                .into_owned();
            (l, status)
        })
        .collect();
    let problem = |p: &ImportProblem| {
        let reason = tr.t1(
            &format!("kb-xliff-error-{}", p.code),
            "name",
            p.name.clone(),
        );
        tr.t2(
            "kb-xliff-problem",
            "line",
            p.line,
            "reason",
            reason.into_owned(),
        )
        .into_owned()
    };
    let (imported, problems, status) = match notice {
        QueueNotice::None => (None, Vec::new(), StatusCode::OK),
        QueueNotice::Imported(n) => (
            Some(tr.t1("kb-xliff-imported", "count", n).into_owned()),
            Vec::new(),
            StatusCode::OK,
        ),
        QueueNotice::Refused(all) => (
            None,
            all.iter().map(problem).collect(),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        QueueNotice::Upload(id) => {
            let max = sportello_app::kb::xliff::MAX_IMPORT_BYTES / (1024 * 1024);
            let message = tr.t1(id, "max", max).into_owned();
            (None, vec![message], StatusCode::UNPROCESSABLE_ENTITY)
        }
    };
    let page = QueuePage {
        chrome,
        tag: locale.tag(),
        lines,
        imported,
        problems,
    };
    Ok(render_private(&page, status)?)
}

#[derive(Template)]
#[template(path = "kb/ws_translator.html")]
struct TranslatorPage<'a> {
    chrome: Chrome<'a>,
    v: TranslatorView,
    endonym: &'static str,
    status: String,
    source: Vec<(String, String)>,
    diff: Vec<(String, Vec<Piece>)>,
    f: FormView,
    saved: bool,
    stale: bool,
    /// A machine draft was just saved.
    drafted: bool,
    /// Why the machine draft was refused or failed, translated.
    machine_problem: Option<String>,
}

workspace_page!(TranslatorPage => Chrome);

impl<'a> TranslatorPage<'a> {
    fn new(
        state: &'a AppState,
        req: &OperatorRequest,
        v: TranslatorView,
        (form, errors): (Option<ArticleForm>, &[FieldError]),
    ) -> Self {
        let path = format!("/schede/{}/traduzioni/{}", v.record.id, v.locale.tag());
        let chrome = Chrome::page(state, req, "kb-tr-title", &path);
        let tr = chrome.layout.tr;
        let record = &v.record;
        let start = v.translation.as_ref().map_or(&v.source, |(_, c)| c);
        let form = form.unwrap_or_else(|| ArticleForm {
            kind: record.kind.clone(),
            ..ArticleForm::from_content(start, Vec::new(), v.public_version)
        });
        let mut f = FormView::new(&chrome, form, Vec::new(), errors);
        f.lang = v.locale.tag();
        f.translating = true;
        f.dir = v.locale.direction().as_str();
        Self {
            endonym: v.locale.endonym(),
            status: tr
                .t(&format!("kb-tr-status-{}", v.status.slug()))
                .into_owned(),
            source: v
                .source
                .parts()
                .into_iter()
                .map(|p| (part_label(&chrome, &p.key), p.text))
                .collect(),
            diff: v
                .source_diff
                .iter()
                .map(|d| (part_label(&chrome, &d.key), d.pieces.clone()))
                .collect(),
            f,
            saved: false,
            stale: false,
            drafted: false,
            machine_problem: None,
            chrome,
            v,
        }
    }
}

async fn view(
    state: &AppState,
    req: &OperatorRequest,
    id: &str,
    locale: Locale,
) -> Result<TranslatorView, WebError> {
    translations::translator(&state.app, &req.user, id, locale)
        .await?
        .ok_or(WebError::NotFound)
}

pub async fn translator(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id, tag)): Path<(String, String, String)>,
    query: axum::extract::RawQuery,
) -> Result<Response, WebError> {
    let locale = locale_of(&tag)?;
    let v = view(&state, &req, &id, locale).await?;
    let mut page = TranslatorPage::new(&state, &req, v, (None, &[]));
    page.saved = query.0.as_deref().is_some_and(|q| q.contains("salvata=1"));
    page.drafted = query.0.is_some_and(|q| q.contains("automatica=1"));
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn save(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id, tag)): Path<(String, String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let locale = locale_of(&tag)?;
    let form = ArticleForm::from_pairs(&pairs);
    let at = (id.as_str(), locale);
    let saved = translations::save(
        &state.app,
        &req.user,
        &req.origin,
        at,
        &form,
        form.base_version,
    )
    .await?;
    let (errors, stale) = match saved {
        TranslationSaved::Saved => {
            let to = format!(
                "/{}/workspace/schede/{id}/traduzioni/{tag}?salvata=1",
                req.locale.tag()
            );
            return Ok(see_other(&to));
        }
        TranslationSaved::NotFound => return Err(WebError::NotFound),
        TranslationSaved::Invalid(errors) => (errors, false),
        TranslationSaved::Stale => (Vec::new(), true),
    };
    let v = view(&state, &req, &id, locale).await?;
    // After a new publication the form translates the new version, knowingly.
    let form = ArticleForm {
        base_version: v.public_version,
        ..form
    };
    let mut page = TranslatorPage::new(&state, &req, v, (Some(form), &errors));
    page.stale = stale;
    Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
}

/// A machine draft of the published text (`kb.mt_url`): saved and back to the page, or the
/// page again with why not.
pub async fn machine(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id, tag)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let locale = locale_of(&tag)?;
    let done = kb::machine::draft(&state.app, &req.user, &req.origin, (&id, locale)).await?;
    let (status, problem) = match done {
        Machined::Saved => {
            let lang = req.locale.tag();
            let to = format!("/{lang}/workspace/schede/{id}/traduzioni/{tag}?automatica=1");
            return Ok(see_other(&to));
        }
        Machined::NotFound => return Err(WebError::NotFound),
        Machined::Refused(why) => (StatusCode::UNPROCESSABLE_ENTITY, why),
        Machined::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "kb-mt-unavailable"),
    };
    let v = view(&state, &req, &id, locale).await?;
    let mut page = TranslatorPage::new(&state, &req, v, (None, &[]));
    page.machine_problem = Some(page.chrome.layout.tr.t(problem).into_owned());
    Ok(render_private(&page, status)?)
}
