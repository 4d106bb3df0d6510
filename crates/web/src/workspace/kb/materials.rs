//! The hubs' repertory of materials in the workspace (`/{lang}/workspace/materiali`): the
//! materials the operator may remove, and the form that adds a file (PDF, picture,
//! recording) or a video link. A refused form comes back with what was typed; the file
//! must be chosen again (browsers never refill a file field).

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sportello_app::editing::FieldError;
use sportello_app::kb::materials::{self, FileSent, MaterialForm, WorkspaceView};
use sportello_core::{Locale, Theme};

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::routes::{Allowed, Routes};
use crate::platform::upload::{form_with_file, FilledForm, Upload};
use crate::public::kb::materials::{lines, MaterialLine};
use crate::workspace::shell::{
    error_for, field_messages, see_other, workspace_page, Chrome, FieldMessage,
};
use crate::AppState;

pub(super) fn routes() -> Routes {
    let list = "/{lang}/workspace/materiali";
    Routes::new()
        .get(list, Allowed::MaterialPublishers, page)
        .upload(list, Allowed::MaterialPublishers, add)
        .post(
            "/{lang}/workspace/materiali/{material}/elimina",
            Allowed::MaterialEditors,
            remove,
        )
}

#[derive(Template)]
#[template(path = "kb/ws_materials.html")]
struct MaterialsPage<'a> {
    chrome: Chrome<'a>,
    /// Each material with its id, for the remove button.
    materials: Vec<(String, MaterialLine)>,
    hubs: Vec<(String, String)>,
    articles: Vec<(String, String)>,
    themes: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, &'static str)>,
    form: MaterialForm,
    errors: Vec<FieldMessage>,
    /// "At most 10 MB", in the operator's digits.
    limit: String,
    done: Option<String>,
}

workspace_page!(MaterialsPage => Chrome);

impl MaterialsPage<'_> {
    fn error(&self, field: &str) -> Option<&str> {
        error_for(&self.errors, field)
    }
}

fn render_page(
    state: &AppState,
    req: &OperatorRequest,
    view: WorkspaceView,
    (form, errors): (MaterialForm, &[FieldError]),
    done: Option<&str>,
) -> Result<Response, WebError> {
    let chrome = Chrome::page(state, req, "kb-materials-ws-title", "/materiali");
    let tr = chrome.layout.tr;
    let ids: Vec<String> = view.materials.iter().map(|m| m.id.clone()).collect();
    let max_mb = f64::from(
        u32::try_from(state.settings.kb.material_max_bytes / 1_048_576).unwrap_or(u32::MAX),
    );
    let page = MaterialsPage {
        materials: ids
            .into_iter()
            .zip(lines(tr, req.locale.tag(), view.materials))
            .collect(),
        hubs: view.hubs,
        articles: view.articles,
        themes: Theme::ALL
            .into_iter()
            .map(|t| (t.slug(), tr.t(&t.message_id()).into_owned()))
            .collect(),
        languages: Locale::ALL
            .into_iter()
            .map(|l| (l.tag(), l.endonym()))
            .collect(),
        limit: tr
            .t1("kb-material-limit", "size", tr.number(max_mb, 0))
            .into_owned(),
        done: done.map(|id| tr.t(id).into_owned()),
        errors: field_messages(&chrome.layout, errors),
        form,
        chrome,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_private(&page, status)?)
}

#[derive(Debug, serde::Deserialize)]
pub struct PageQuery {
    fatto: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    req: OperatorRequest,
    axum::extract::Query(q): axum::extract::Query<PageQuery>,
) -> Result<Response, WebError> {
    let view = materials::workspace(&state.app, &req.user).await?;
    let done = match q.fatto.as_deref() {
        Some("aggiunto") => Some("kb-material-added"),
        Some("eliminato") => Some("kb-material-removed"),
        _ => None,
    };
    render_page(&state, &req, view, (MaterialForm::default(), &[]), done)
}

pub async fn add(
    State(state): State<AppState>,
    req: OperatorRequest,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    // Who may add is known before the body is read: anyone else learns nothing more.
    let view = materials::workspace(&state.app, &req.user).await?;
    let max = state.settings.kb.material_max_bytes;
    // A body that is not multipart holds no file and no fields: the form says what is missing.
    let filled = match multipart {
        Ok(multipart) => form_with_file(multipart, "file", max).await?,
        Err(_) => FilledForm {
            fields: Vec::new(),
            file: Upload::Missing,
        },
    };
    let form = MaterialForm::from_pairs(&filled.fields);
    let file = match filled.file {
        Upload::Missing => FileSent::Missing,
        Upload::TooLarge => FileSent::TooLarge,
        Upload::File(bytes) => FileSent::Bytes(bytes),
    };
    match materials::add(&state.app, &req.user, &req.origin, &form, file).await? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/workspace/materiali?fatto=aggiunto",
            req.locale.tag()
        ))),
        Err(errors) => render_page(&state, &req, view, (form, &errors), None),
    }
}

pub async fn remove(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    if !materials::remove(&state.app, &req.user, &req.origin, &id).await? {
        return Err(WebError::NotFound);
    }
    Ok(see_other(&format!(
        "/{}/workspace/materiali?fatto=eliminato",
        req.locale.tag()
    )))
}
