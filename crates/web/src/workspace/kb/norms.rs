//! The register of norms (`/{lang}/workspace/norme`): the network's coordinators add norms
//! and mark one changed, which flags every article citing it for a legal review and tells
//! the owning hubs by e-mail.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use sportello_app::editing::FieldError;
use sportello_app::kb::norms::{self, ChangeNotice, NormForm};
use sportello_app::kb::NormRecord;
use sportello_core::Locale;

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::routes::{Allowed, Routes};
use crate::platform::text::date_time;
use crate::workspace::shell::{
    error_for, field_messages, see_other, workspace_page, Chrome, FieldMessage,
};
use crate::AppState;

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/workspace/norme", Allowed::AuditReaders, register)
        .post("/{lang}/workspace/norme", Allowed::AuditReaders, save)
        .post(
            "/{lang}/workspace/norme/{norm}/modificata",
            Allowed::AuditReaders,
            changed,
        )
}

#[derive(Template)]
#[template(path = "kb/ws_norms.html")]
struct NormsPage<'a> {
    chrome: Chrome<'a>,
    /// A norm, how many articles cite it, when it last changed.
    norms: Vec<(NormRecord, String, Option<String>)>,
    form: NormForm,
    errors: Vec<FieldMessage>,
    done: Option<String>,
}

workspace_page!(NormsPage => Chrome);

impl NormsPage<'_> {
    fn error(&self, field: &str) -> Option<&str> {
        error_for(&self.errors, field)
    }
}

async fn page<'a>(
    state: &'a AppState,
    req: &OperatorRequest,
    form: NormForm,
    errors: &[FieldError],
    done: Option<String>,
) -> Result<NormsPage<'a>, WebError> {
    let register = norms::register(&state.app, &req.user).await?;
    let chrome = Chrome::page(state, req, "kb-norms-title", "/norme");
    let tr = chrome.layout.tr;
    Ok(NormsPage {
        norms: register
            .into_iter()
            .map(|(n, count)| {
                let changed = n.changed_at.map(|at| date_time(tr, at));
                let cited = tr.t1("kb-norms-cited", "count", count).into_owned();
                (n, cited, changed)
            })
            .collect(),
        errors: field_messages(&chrome.layout, errors),
        form,
        done,
        chrome,
    })
}

#[derive(Debug, Deserialize)]
pub struct RegisterQuery {
    segnalate: Option<usize>,
}

pub async fn register(
    State(state): State<AppState>,
    req: OperatorRequest,
    Query(query): Query<RegisterQuery>,
) -> Result<Response, WebError> {
    let tr = state.i18n.tr(req.locale);
    let done = query
        .segnalate
        .map(|n| tr.t1("kb-norms-flagged", "count", n).into_owned());
    let page = page(&state, &req, NormForm::default(), &[], done).await?;
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn save(
    State(state): State<AppState>,
    req: OperatorRequest,
    Form(form): Form<NormForm>,
) -> Result<Response, WebError> {
    match norms::save_norm(&state.app, &req.user, &req.origin, &form).await? {
        Ok(()) => Ok(see_other(&format!("/{}/workspace/norme", req.locale.tag()))),
        Err(errors) => {
            let page = page(&state, &req, form, &errors, None).await?;
            Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
        }
    }
}

pub async fn changed(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    // Hubs are offices of the Italian network: they are written to in Italian.
    let tr = state.i18n.tr(Locale::FALLBACK);
    let compose = |notice: &ChangeNotice<'_>| {
        let list = notice
            .titles
            .iter()
            .map(|t| format!("- {t}"))
            .collect::<Vec<_>>()
            .join("\n");
        (
            tr.t1("kb-norm-mail-subject", "norm", notice.norm.title.clone())
                .into_owned(),
            tr.t2(
                "kb-norm-mail-body",
                "norm",
                notice.norm.title.clone(),
                "articles",
                list,
            )
            .into_owned(),
        )
    };
    let flagged = norms::mark_changed(&state.app, &req.user, &req.origin, &slug, compose)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(see_other(&format!(
        "/{}/workspace/norme?segnalate={flagged}",
        req.locale.tag()
    )))
}
