//! The knowledge base in the workspace: the articles an operator writes or reviews
//! (`/{lang}/workspace/schede`), a new article, the editor with the workflow's actions and
//! the review comments, and the history with a word-level diff between two versions. The
//! app checks the Policy on the article's hub and theme; an article out of reach answers
//! 404 like a missing one.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use sportello_app::editing::FieldError;
use sportello_app::kb::{
    self, AidsReport, ArticleForm, ArticleVersion, Checked, EditorView, Move, Moved, NormRecord,
    Reached, Saved, StepForm, VariantForm,
};
use sportello_core::kb::{ArticleKind, ArticleStatus, Section, Transition};
use sportello_core::Theme;

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::routes::{Allowed, Routes};
use crate::platform::text::date_time;
use crate::workspace::shell::{
    error_for, field_messages, see_other, workspace_page, Chrome, FieldMessage,
};
use crate::AppState;

/// The knowledge base's workspace routes and who may use them.
pub fn routes() -> Routes {
    use Allowed::{AnyOperator, ArticleEditors, ArticleWriters};
    Routes::new()
        .get("/{lang}/workspace/schede", AnyOperator, list)
        .get("/{lang}/workspace/schede/nuova", ArticleWriters, new_form)
        .post("/{lang}/workspace/schede/nuova", ArticleWriters, create)
        .get("/{lang}/workspace/schede/{article}", ArticleEditors, editor)
        .post("/{lang}/workspace/schede/{article}", ArticleEditors, save)
        .post(
            "/{lang}/workspace/schede/{article}/stato",
            ArticleEditors,
            transition,
        )
        .post(
            "/{lang}/workspace/schede/{article}/commento",
            ArticleEditors,
            comment,
        )
        .get(
            "/{lang}/workspace/schede/{article}/versioni",
            ArticleEditors,
            history::history,
        )
        .merge(norms::routes())
        .merge(translations::routes())
        .merge(xliff::routes())
        .merge(review::routes())
        .merge(links::routes())
        .merge(materials::routes())
}

mod history;
mod links;
mod materials;
mod norms;
mod ratings;
mod review;
mod translations;
mod xliff;

/// An article in the list, its labels translated.
struct Line {
    r: Reached,
    theme: String,
    kind: String,
    status: String,
}

#[derive(Template)]
#[template(path = "kb/ws_list.html")]
struct ListPage<'a> {
    chrome: Chrome<'a>,
    lines: Vec<Line>,
    writes: bool,
    /// "3 sheets to check after a change in the law", when there are any.
    legal_pending: Option<String>,
}

workspace_page!(ListPage => Chrome);

fn status_label(chrome: &Chrome<'_>, status: &str) -> String {
    chrome
        .layout
        .tr
        .t(&format!("kb-status-{status}"))
        .into_owned()
}

pub async fn list(
    State(state): State<AppState>,
    req: OperatorRequest,
) -> Result<Response, WebError> {
    let reached = kb::editing::articles(&state.app, &req.user).await?;
    let writes = !kb::editing::writable_hubs(&state.app, &req.user)
        .await?
        .is_empty();
    let chrome = Chrome::page(&state, &req, "kb-ws-title", "/schede");
    let tr = chrome.layout.tr;
    let lines: Vec<Line> = reached
        .into_iter()
        .map(|r| Line {
            theme: Theme::from_slug(&r.record.theme)
                .map(|t| tr.t(&t.message_id()).into_owned())
                .unwrap_or_default(),
            kind: tr.t(&format!("kb-kind-{}", r.record.kind)).into_owned(),
            status: status_label(&chrome, &r.record.status),
            r,
        })
        .collect();
    let pending = lines.iter().filter(|l| l.r.record.legal_review).count();
    let legal_pending =
        (pending > 0).then(|| tr.t1("kb-ws-legal-pending", "count", pending).into_owned());
    let page = ListPage {
        chrome,
        lines,
        writes,
        legal_pending,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

/// A step as the form shows it, numbered, with one empty variant slot to fill.
struct StepSlot {
    n: usize,
    step: StepForm,
    variants: Vec<(usize, VariantForm)>,
}

fn slots(form: &ArticleForm) -> Vec<StepSlot> {
    let mut steps = form.steps.clone();
    steps.push(StepForm::default());
    steps
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let mut variants = step.variants.clone();
            variants.push(VariantForm::default());
            StepSlot {
                n: i + 1,
                variants: variants
                    .into_iter()
                    .enumerate()
                    .map(|(j, v)| (j + 1, v))
                    .collect(),
                step,
            }
        })
        .collect()
}

/// The form's fields and messages, shared by the new-article page and the editor.
pub(super) struct FormView {
    form: ArticleForm,
    steps: Vec<StepSlot>,
    sections: Vec<(&'static str, String, String)>,
    errors: Vec<FieldMessage>,
    norms: Vec<(NormRecord, bool)>,
    prerequisites: Vec<(&'static str, String, bool)>,
    structured: bool,
    /// `lang` and `dir` of the texts typed: Italian, or the language of a translation.
    pub(super) lang: &'static str,
    pub(super) dir: &'static str,
    /// A translation: prerequisites and norms are the source's, not typed again.
    pub(super) translating: bool,
}

impl FormView {
    pub(super) fn new(
        chrome: &Chrome<'_>,
        form: ArticleForm,
        norms: Vec<NormRecord>,
        errors: &[FieldError],
    ) -> Self {
        let tr = chrome.layout.tr;
        let structured = ArticleKind::from_slug(&form.kind).is_ok_and(ArticleKind::is_structured);
        Self {
            steps: slots(&form),
            sections: Section::WRITTEN
                .into_iter()
                .map(|s| {
                    (
                        s.key(),
                        tr.t(&format!("kb-section-{}", s.key())).into_owned(),
                        form.section(s).to_owned(),
                    )
                })
                .collect(),
            errors: field_messages(&chrome.layout, errors),
            norms: norms
                .into_iter()
                .map(|n| {
                    let cited = form.norms.contains(&n.slug);
                    (n, cited)
                })
                .collect(),
            prerequisites: sportello_core::kb::Prerequisite::ALL
                .into_iter()
                .map(|p| {
                    (
                        p.slug(),
                        tr.t(&format!("kb-prereq-{}", p.slug())).into_owned(),
                        form.prerequisites.iter().any(|x| x == p.slug()),
                    )
                })
                .collect(),
            structured,
            form,
            lang: "it",
            dir: "ltr",
            translating: false,
        }
    }

    fn error(&self, field: &str) -> Option<&str> {
        error_for(&self.errors, field)
    }
}

#[derive(Template)]
#[template(path = "kb/ws_new.html")]
struct NewPage<'a> {
    chrome: Chrome<'a>,
    f: FormView,
    hubs: Vec<(String, String)>,
    themes: Vec<(&'static str, String)>,
    kinds: Vec<(&'static str, String)>,
}

workspace_page!(NewPage => Chrome);

impl<'a> NewPage<'a> {
    async fn new(
        state: &'a AppState,
        req: &OperatorRequest,
        form: ArticleForm,
        errors: &[FieldError],
    ) -> Result<Self, WebError> {
        let hubs = kb::editing::writable_hubs(&state.app, &req.user).await?;
        if hubs.is_empty() {
            return Err(sportello_app::Error::Forbidden.into());
        }
        let norms = kb::editing::norms(&state.app).await?;
        let chrome = Chrome::page(state, req, "kb-ws-new-title", "/schede/nuova");
        let tr = chrome.layout.tr;
        Ok(Self {
            f: FormView::new(&chrome, form, norms, errors),
            hubs,
            themes: Theme::ALL
                .into_iter()
                .map(|t| (t.slug(), tr.t(&t.message_id()).into_owned()))
                .collect(),
            kinds: ArticleKind::ALL
                .into_iter()
                .map(|k| {
                    (
                        k.slug(),
                        tr.t(&format!("kb-kind-{}", k.slug())).into_owned(),
                    )
                })
                .collect(),
            chrome,
        })
    }
}

#[derive(Debug, Deserialize)]
pub struct NewQuery {
    kind: Option<String>,
    /// Filled in from a question readers did not find answered (`/workspace/ricerche`).
    title: Option<String>,
    theme: Option<String>,
}

pub async fn new_form(
    State(state): State<AppState>,
    req: OperatorRequest,
    Query(query): Query<NewQuery>,
) -> Result<Response, WebError> {
    let form = ArticleForm {
        kind: query.kind.unwrap_or_else(|| "sheet".into()),
        title: query.title.unwrap_or_default().chars().take(200).collect(),
        theme: query.theme.unwrap_or_default(),
        ..ArticleForm::default()
    };
    let page = NewPage::new(&state, &req, form, &[]).await?;
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn create(
    State(state): State<AppState>,
    req: OperatorRequest,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = ArticleForm::from_pairs(&pairs);
    match kb::editing::create(&state.app, &req.user, &req.origin, &form).await? {
        Saved::Saved { id, .. } => Ok(see_other(&format!(
            "/{}/workspace/schede/{id}?salvato=1",
            req.locale.tag()
        ))),
        Saved::Invalid(errors) => {
            let page = NewPage::new(&state, &req, form, &errors).await?;
            Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
        }
        Saved::Conflict { .. } | Saved::NotFound => Err(WebError::NotFound),
    }
}

/// A transition the editor page offers.
struct Action {
    slug: &'static str,
    label: String,
}

/// Another editor's version, shown beside the typed form after a conflict.
struct Theirs {
    version: i64,
    editor: String,
    parts: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "kb/ws_editor.html")]
struct EditorPage<'a> {
    chrome: Chrome<'a>,
    id: String,
    v: EditorView,
    f: FormView,
    status: String,
    actions: Vec<Action>,
    can_archive: bool,
    /// What the workflow form held when a move was refused: comment, replacement.
    typed: (String, String),
    comments: Vec<(String, String, String)>,
    saved: bool,
    moved: Option<String>,
    refused: Option<String>,
    theirs: Option<Theirs>,
    aids: AidsView,
    ratings: ratings::RatingsView,
}

workspace_page!(EditorPage => Chrome);

/// The writing aids, translated: the score with its reading level, the long sentences and
/// the words with a better alternative, each with the part of the article it is in.
struct AidsView {
    /// "Gulpease 62: …" or a note that there is nothing to measure.
    score: String,
    low: bool,
    needs_override: bool,
    /// The text was checked as typed (not saved yet).
    unsaved: bool,
    long: Vec<(String, String, String)>,
    findings: Vec<(String, String, &'static str, bool)>,
}

impl AidsView {
    fn new(chrome: &Chrome<'_>, report: &AidsReport, unsaved: bool) -> Self {
        let tr = chrome.layout.tr;
        let score = match report.gulpease {
            Some(g) => tr
                .t2(
                    "kb-aids-gulpease",
                    "score",
                    tr.number(g.score.round(), 0),
                    "level",
                    tr.t(&format!("kb-aids-level-{}", g.level.code()))
                        .into_owned(),
                )
                .into_owned(),
            None => tr.t("kb-aids-nothing").into_owned(),
        };
        Self {
            score,
            low: report
                .gulpease
                .is_some_and(|g| g.score < sportello_core::kb::writing::MIN_GULPEASE),
            needs_override: report.needs_override,
            unsaved,
            long: report
                .long_sentences
                .iter()
                .map(|l| {
                    (
                        part_label(chrome, &l.part),
                        l.text.clone(),
                        tr.t1("kb-aids-words", "count", l.words).into_owned(),
                    )
                })
                .collect(),
            findings: report
                .findings
                .iter()
                .map(|f| {
                    (
                        part_label(chrome, &f.part),
                        f.found.clone(),
                        f.alternative,
                        f.respectful,
                    )
                })
                .collect(),
        }
    }
}

/// What the editor page shows besides the stored article.
#[derive(Default)]
struct EditorState<'f> {
    form: Option<ArticleForm>,
    errors: &'f [FieldError],
    saved: bool,
    moved: Option<String>,
    refused: Option<&'static str>,
    theirs: Option<ArticleVersion>,
    /// The aids on the form as typed (the "check" button), instead of the stored version.
    report: Option<AidsReport>,
    /// A refused move: its comment and replacement as typed.
    typed: (String, String),
}

impl<'a> EditorPage<'a> {
    fn new(
        state: &'a AppState,
        req: &OperatorRequest,
        (id, v): (&str, EditorView),
        extra: EditorState<'_>,
    ) -> Result<Self, WebError> {
        let chrome = Chrome::page(state, req, "kb-ws-editor-title", &format!("/schede/{id}"));
        let tr = chrome.layout.tr;
        let record = &v.reached.record;
        let stored = ArticleForm {
            kind: record.kind.clone(),
            theme: record.theme.clone(),
            hub: record.hub_slug.clone(),
            slug: record.slug.clone(),
            ..ArticleForm::from_content(&v.content, v.cited.clone(), record.head_version)
        };
        let mut form = extra.form.unwrap_or(stored);
        let theirs = match extra.theirs {
            Some(t) => {
                // Saving again replaces their version with what was typed, knowingly.
                form.base_version = t.version;
                let content = kb::editing::content_of(&t)?;
                Some(Theirs {
                    version: t.version,
                    editor: t.editor.clone().unwrap_or_default(),
                    parts: content
                        .parts()
                        .into_iter()
                        .map(|p| (p.key, p.text))
                        .collect(),
                })
            }
            None => None,
        };
        let status =
            ArticleStatus::from_slug(&record.status).map_err(sportello_app::Error::from)?;
        let actions = Transition::ALL
            .into_iter()
            .filter(|t| status.after(*t).is_ok())
            .filter(|t| {
                if t.needs_reviewer() {
                    v.reached.rights.review
                } else {
                    v.reached.rights.write || v.reached.rights.review
                }
            })
            .map(|t| Action {
                slug: t.slug(),
                label: tr.t(&format!("kb-action-{}", t.slug())).into_owned(),
            })
            .collect::<Vec<_>>();
        let can_archive = actions.iter().any(|a| a.slug == Transition::Archive.slug());
        let comments = v
            .comments
            .iter()
            .map(|c| {
                (
                    c.author.clone().unwrap_or_default(),
                    date_time(tr, c.created_at),
                    c.body.clone(),
                )
            })
            .collect();
        let aids = match &extra.report {
            Some(report) => AidsView::new(&chrome, report, true),
            None => AidsView::new(&chrome, &v.aids, false),
        };
        Ok(Self {
            aids,
            ratings: ratings::RatingsView::new(tr, &v.ratings),
            f: FormView::new(&chrome, form, v.norms.clone(), extra.errors),
            status: status_label(&chrome, &record.status),
            moved: extra.moved,
            refused: extra.refused.map(|id| tr.t(id).into_owned()),
            saved: extra.saved,
            id: id.to_owned(),
            actions,
            can_archive,
            typed: extra.typed,
            comments,
            theirs,
            chrome,
            v,
        })
    }
}

#[derive(Debug, Deserialize)]
pub struct EditorQuery {
    salvato: Option<String>,
    stato: Option<String>,
}

async fn editor_view(
    state: &AppState,
    req: &OperatorRequest,
    id: &str,
) -> Result<EditorView, WebError> {
    kb::editing::editor(&state.app, &req.user, id)
        .await?
        .ok_or(WebError::NotFound)
}

pub async fn editor(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<EditorQuery>,
) -> Result<Response, WebError> {
    let v = editor_view(&state, &req, &id).await?;
    let moved = query
        .stato
        .filter(|s| ArticleStatus::from_slug(s).is_ok())
        .map(|s| {
            state
                .i18n
                .tr(req.locale)
                .t(&format!("kb-status-{s}"))
                .into_owned()
        });
    let extra = EditorState {
        saved: query.salvato.is_some(),
        moved,
        ..EditorState::default()
    };
    let page = EditorPage::new(&state, &req, (&id, v), extra)?;
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn save(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = ArticleForm::from_pairs(&pairs);
    if pairs.iter().any(|(k, _)| k == "check") {
        return check(&state, &req, &id, form).await;
    }
    let saved = kb::editing::save(&state.app, &req.user, &req.origin, &id, &form).await?;
    let (errors, theirs, status) = match saved {
        Saved::Saved { .. } => {
            let to = format!("/{}/workspace/schede/{id}?salvato=1", req.locale.tag());
            return Ok(see_other(&to));
        }
        Saved::NotFound => return Err(WebError::NotFound),
        Saved::Invalid(errors) => (errors, None, StatusCode::UNPROCESSABLE_ENTITY),
        Saved::Conflict { theirs } => (Vec::new(), Some(*theirs), StatusCode::CONFLICT),
    };
    let v = editor_view(&state, &req, &id).await?;
    let extra = EditorState {
        form: Some(form),
        errors: &errors,
        theirs,
        ..EditorState::default()
    };
    let page = EditorPage::new(&state, &req, (&id, v), extra)?;
    Ok(render_private(&page, status)?)
}

/// The editor's "check the text" button: the aids on what was typed, nothing saved.
async fn check(
    state: &AppState,
    req: &OperatorRequest,
    id: &str,
    form: ArticleForm,
) -> Result<Response, WebError> {
    let (errors, report) = match kb::editing::check(&state.app, &req.user, id, &form).await? {
        Checked::NotFound => return Err(WebError::NotFound),
        Checked::Invalid(errors) => (errors, None),
        Checked::Report(report) => (Vec::new(), Some(report)),
    };
    let v = editor_view(state, req, id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let extra = EditorState {
        form: Some(form),
        errors: &errors,
        report,
        ..EditorState::default()
    };
    let page = EditorPage::new(state, req, (id, v), extra)?;
    Ok(render_private(&page, status)?)
}

#[derive(Debug, Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    seen_version: i64,
    #[serde(default)]
    comment: String,
    /// `YYYY-MM-DDTHH:MM`, Rome's time (an `<input type="datetime-local">`); empty: now.
    #[serde(default)]
    publish_at: String,
    #[serde(default)]
    override_reason: String,
    /// Archiving: the address of the sheet that replaces it.
    #[serde(default)]
    replaced_by: String,
}

pub async fn transition(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<MoveForm>,
) -> Result<Response, WebError> {
    let refused = |id_: &'static str| Moved::Refused(id_);
    let moved = match (
        Transition::from_slug(&form.action),
        crate::platform::text::rome_local_to_utc(&form.publish_at),
    ) {
        (Ok(transition), Ok(publish_at)) => {
            let step = Move {
                transition,
                seen_version: form.seen_version,
                comment: &form.comment,
                publish_at,
                override_reason: &form.override_reason,
                replaced_by: &form.replaced_by,
            };
            kb::editing::transition(&state.app, &req.user, &req.origin, &id, &step).await?
        }
        (Err(_), _) => refused("kb-refused-transition"),
        (_, Err(())) => refused("kb-refused-schedule-invalid"),
    };
    match moved {
        Moved::NotFound => Err(WebError::NotFound),
        Moved::Done(status) => Ok(see_other(&format!(
            "/{}/workspace/schede/{id}?stato={}",
            req.locale.tag(),
            status.slug()
        ))),
        Moved::Refused(why) => {
            let v = editor_view(&state, &req, &id).await?;
            let extra = EditorState {
                refused: Some(why),
                typed: (form.comment.clone(), form.replaced_by.clone()),
                ..EditorState::default()
            };
            let page = EditorPage::new(&state, &req, (&id, v), extra)?;
            Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
}

pub async fn comment(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<CommentForm>,
) -> Result<Response, WebError> {
    if kb::editing::comment(&state.app, &req.user, &req.origin, &id, &form.body).await? {
        return Ok(see_other(&format!(
            "/{}/workspace/schede/{id}#commenti",
            req.locale.tag()
        )));
    }
    let v = editor_view(&state, &req, &id).await?;
    let extra = EditorState {
        refused: Some("kb-refused-comment-needed"),
        ..EditorState::default()
    };
    let page = EditorPage::new(&state, &req, (&id, v), extra)?;
    Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
}

/// The label of a diffed part: `step-2-title` reads "Step 2: title".
pub(super) fn part_label(chrome: &Chrome<'_>, key: &str) -> String {
    let tr = chrome.layout.tr;
    if let Some(rest) = key.strip_prefix("step-") {
        let (n, field) = rest.split_once('-').unwrap_or((rest, ""));
        let field = field.split('-').next_back().unwrap_or(field);
        let field = tr.t(&format!("kb-part-{field}")).into_owned();
        return tr
            .t2("kb-part-step", "n", n.to_owned(), "field", field)
            .into_owned();
    }
    let id = format!("kb-section-{key}");
    if tr.has(&id) {
        tr.t(&id).into_owned()
    } else {
        tr.t(&format!("kb-part-{key}")).into_owned()
    }
}
