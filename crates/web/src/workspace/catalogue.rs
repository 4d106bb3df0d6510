//! Services in the workspace: the operator's services (`/{lang}/workspace/servizi`), one
//! service with its history, and the service edit form. The app checks the scope; out of
//! scope answers 404 like a service that does not exist.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use sportello_app::catalogue::editing::{self, OwnService, ServiceEditable, ServiceForm};
use sportello_app::editing::FieldError;
use sportello_app::identity::SignedIn;

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::{render_private, Layout};
use crate::platform::routes::{Allowed, Routes};
use crate::workspace::shell::{
    edit_answer, history_lines, workspace_page, Chrome, EditChrome, HistoryLine,
};
use crate::AppState;

/// The catalogue's workspace routes and who may use them.
pub fn routes() -> Routes {
    use Allowed::{AnyOperator, ServiceEditors};
    let edit = "/{lang}/workspace/servizi/{service}/modifica";
    Routes::new()
        .get("/{lang}/workspace/servizi", AnyOperator, my_services)
        .get(
            "/{lang}/workspace/servizi/{service}",
            ServiceEditors,
            my_service,
        )
        .get(edit, ServiceEditors, edit_form)
        .post(edit, ServiceEditors, save)
}

#[derive(Template)]
#[template(path = "catalogue/ws_services.html")]
struct ServicesPage<'a> {
    chrome: Chrome<'a>,
    services: Vec<OwnService>,
    /// One service's page (its record and history) rather than the list.
    record: Option<ServiceEditable>,
    history: Vec<HistoryLine>,
    saved: bool,
}

workspace_page!(ServicesPage => Chrome);

impl<'a> ServicesPage<'a> {
    fn new(layout: Layout<'a>, user: &SignedIn, services: Vec<OwnService>) -> Self {
        Self {
            chrome: Chrome::new(layout, user),
            services,
            record: None,
            history: Vec::new(),
            saved: false,
        }
    }
}

pub async fn my_services(
    State(state): State<AppState>,
    req: OperatorRequest,
) -> Result<Response, WebError> {
    let services = editing::my_services(&state.app, &req.user).await?;
    let current = format!("/{}/workspace/servizi", req.locale.tag());
    let layout = Layout::page(&state, req.locale, "ws-services-title", &current);
    let page = ServicesPage::new(layout, &req.user, services);
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Debug, Deserialize)]
pub struct RecordQuery {
    saved: Option<String>,
}

/// One service with its history.
pub async fn my_service(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, slug)): Path<(String, String)>,
    Query(query): Query<RecordQuery>,
) -> Result<Response, WebError> {
    let found = editing::my_service(&state.app, &req.user, &slug).await?;
    let found = found.ok_or(WebError::NotFound)?;
    let current = format!("/{}/workspace/servizi/{slug}", req.locale.tag());
    let layout = Layout::new(&state, req.locale, found.record.name.clone(), &current);
    let history = history_lines(&layout, found.history);
    let mut page = ServicesPage::new(layout, &req.user, vec![found.line]);
    page.history = history;
    page.record = Some(found.record);
    page.saved = query.saved.is_some();
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Template)]
#[template(path = "catalogue/ws_service_edit.html")]
struct ServiceEditPage<'a> {
    chrome: EditChrome<'a>,
    form: ServiceForm,
}

workspace_page!(ServiceEditPage => EditChrome);

impl<'a> ServiceEditPage<'a> {
    fn new(state: &'a AppState, req: &OperatorRequest, (slug, form): (&str, ServiceForm)) -> Self {
        Self::refused(state, req, (slug, form), &[])
    }

    fn refused(
        state: &'a AppState,
        req: &OperatorRequest,
        (slug, form): (&str, ServiceForm),
        errors: &[FieldError],
    ) -> Self {
        let chrome = EditChrome::new(state, req, ("servizi", slug), "service-edit-title", errors);
        Self { chrome, form }
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let form = editing::service_form(&state.app, &req.user, &slug).await?;
    let form = form.ok_or(WebError::NotFound)?;
    let page = ServiceEditPage::new(&state, &req, (&slug, form));
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn save(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, slug)): Path<(String, String)>,
    Form(form): Form<ServiceForm>,
) -> Result<Response, WebError> {
    let edited = editing::edit_service(&state.app, &req.user, &req.origin, &slug, &form).await?;
    let saved_to = format!("/{}/workspace/servizi/{slug}?saved=1", req.locale.tag());
    edit_answer(edited, &saved_to, |errors| {
        let page = ServiceEditPage::refused(&state, &req, (&slug, form), errors);
        Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
    })
}
