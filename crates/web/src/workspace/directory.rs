//! The directory in the workspace: the operator's desks (`/{lang}/workspace/sportelli`),
//! one desk with its history, the desk edit form, and the organisations an admin or
//! coordinator edits (`/{lang}/workspace/organizzazioni`).
//!
//! The app checks the editor's scope (and the store again inside the write); out of scope
//! answers 404 like a record that does not exist. A refused form comes back with everything
//! as typed and one message per field.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use sportello_app::directory::editing::{self, DeskForm};
use sportello_app::directory::organisations::{self, OrganisationForm, OwnOrganisation};
use sportello_app::directory::workspace::{self as desks, OwnDesk};
use sportello_app::editing::{Edited, FieldChange, FieldError};
use sportello_app::identity::SignedIn;

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::{render_private, Layout};
use crate::platform::routes::{Allowed, Routes};
use crate::workspace::shell::{
    edit_answer, history_lines, workspace_page, Chrome, EditChrome, HistoryLine,
};
use crate::AppState;

/// The directory's workspace routes and who may use them.
pub fn routes() -> Routes {
    use Allowed::{AnyOperator, DeskEditors, DeskInScope, OrganisationEditors};
    let desk_edit = "/{lang}/workspace/sportelli/{slug}/modifica";
    let org_edit = "/{lang}/workspace/organizzazioni/{org}/modifica";
    Routes::new()
        .get("/{lang}/workspace/sportelli", AnyOperator, my_desks)
        .get("/{lang}/workspace/sportelli/{slug}", DeskInScope, my_desk)
        .get(desk_edit, DeskEditors, edit_form)
        .post(desk_edit, DeskEditors, save)
        .get(
            "/{lang}/workspace/organizzazioni",
            AnyOperator,
            my_organisations,
        )
        .get(org_edit, OrganisationEditors, organisation_form)
        .post(org_edit, OrganisationEditors, organisation_save)
}

#[derive(Debug, Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

// The operator's desks.

/// A desk of the operator's with its level label.
struct DeskLine {
    desk: sportello_app::directory::workspace::DeskRecord,
    level: String,
    verify_due: bool,
}

#[derive(Template)]
#[template(path = "directory/ws_desks.html")]
struct WorkspaceDesksPage<'a> {
    chrome: Chrome<'a>,
    desks: Vec<DeskLine>,
    /// One desk's page rather than the list.
    single: bool,
    /// On a desk's page: whether the operator may edit it, and its recorded changes.
    can_edit: bool,
    history: Vec<HistoryLine>,
    saved: bool,
}

workspace_page!(WorkspaceDesksPage => Chrome);

impl<'a> WorkspaceDesksPage<'a> {
    fn new(layout: Layout<'a>, user: &SignedIn, desks: Vec<OwnDesk>) -> Self {
        let desks = desks
            .into_iter()
            .map(|own| DeskLine {
                level: layout
                    .tr
                    .t(&format!("desk-level-{}", own.desk.level))
                    .into_owned(),
                verify_due: own.verify_due,
                desk: own.desk,
            })
            .collect();
        Self {
            chrome: Chrome::new(layout, user),
            desks,
            single: false,
            can_edit: false,
            history: Vec::new(),
            saved: false,
        }
    }
}

pub async fn my_desks(
    State(state): State<AppState>,
    req: OperatorRequest,
) -> Result<Response, WebError> {
    let desks = desks::my_desks(&state.app, &req.user).await?;
    let current = format!("/{}/workspace/sportelli", req.locale.tag());
    let layout = Layout::page(&state, req.locale, "ws-desks-title", &current);
    let page = WorkspaceDesksPage::new(layout, &req.user, desks);
    Ok(render_private(&page, StatusCode::OK)?)
}

/// One desk. A desk outside the operator's scope answers 404, exactly like one that does
/// not exist: guessing slugs tells nothing.
pub async fn my_desk(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, slug)): Path<(String, String)>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, WebError> {
    let found = desks::my_desk(&state.app, &req.user, &slug).await?;
    let found = found.ok_or(WebError::NotFound)?;
    let d = &found.desk.desk;
    let current = format!("/{}/workspace/sportelli/{}", req.locale.tag(), d.slug);
    let layout = Layout::new(&state, req.locale, d.name.clone(), &current);
    let mut page = WorkspaceDesksPage::new(layout, &req.user, vec![found.desk]);
    page.single = true;
    page.can_edit = found.history.is_some();
    page.history = history_lines(&page.chrome.layout, found.history.unwrap_or_default());
    page.saved = query.saved.is_some();
    Ok(render_private(&page, StatusCode::OK)?)
}

// Editing a desk.

#[derive(Template)]
#[template(path = "directory/ws_desk_edit.html")]
struct EditPage<'a> {
    chrome: EditChrome<'a>,
    form: DeskForm,
}

workspace_page!(EditPage => EditChrome);

impl<'a> EditPage<'a> {
    fn new(
        state: &'a AppState,
        req: &OperatorRequest,
        (slug, form): (&str, DeskForm),
        errors: &[FieldError],
    ) -> Self {
        let chrome = EditChrome::new(state, req, ("sportelli", slug), "desk-edit-title", errors);
        Self { chrome, form }
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let form = editing::desk_form(&state.app, &req.user, &slug).await?;
    let form = form.ok_or(WebError::NotFound)?;
    let page = EditPage::new(&state, &req, (&slug, form), &[]);
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn save(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, slug)): Path<(String, String)>,
    Form(form): Form<DeskForm>,
) -> Result<Response, WebError> {
    let edited = editing::edit_desk(&state.app, &req.user, &req.origin, &slug, &form).await?;
    let saved_to = format!("/{}/workspace/sportelli/{slug}?saved=1", req.locale.tag());
    edit_answer(edited, &saved_to, |errors| {
        let page = EditPage::new(&state, &req, (&slug, form), errors);
        Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
    })
}

// Organisations.

#[derive(Template)]
#[template(path = "directory/ws_orgs.html")]
struct OrganisationsPage<'a> {
    chrome: Chrome<'a>,
    organisations: Vec<OwnOrganisation>,
    saved: bool,
}

workspace_page!(OrganisationsPage => Chrome);

/// The organisations the operator may edit (admins and coordinators only; others see an
/// empty list).
pub async fn my_organisations(
    State(state): State<AppState>,
    req: OperatorRequest,
    Query(query): Query<SavedQuery>,
) -> Result<Response, WebError> {
    let organisations = organisations::my_organisations(&state.app, &req.user).await?;
    let page = OrganisationsPage {
        chrome: Chrome::page(&state, &req, "ws-orgs-title", "/organizzazioni"),
        organisations,
        saved: query.saved.is_some(),
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Template)]
#[template(path = "directory/ws_org_edit.html")]
struct OrganisationEditPage<'a> {
    chrome: EditChrome<'a>,
    form: OrganisationForm,
    history: Vec<HistoryLine>,
}

workspace_page!(OrganisationEditPage => EditChrome);

impl<'a> OrganisationEditPage<'a> {
    fn new(
        state: &'a AppState,
        req: &OperatorRequest,
        (slug, form, errors): (&str, OrganisationForm, &[FieldError]),
        history: Vec<FieldChange>,
    ) -> Self {
        let section = ("organizzazioni", slug);
        let chrome = EditChrome::new(state, req, section, "org-edit-title", errors);
        let history = history_lines(&chrome.chrome.layout, history);
        Self {
            chrome,
            form,
            history,
        }
    }
}

pub async fn organisation_form(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let found = organisations::organisation_form(&state.app, &req.user, &slug).await?;
    let (form, history) = found.ok_or(WebError::NotFound)?;
    let page = OrganisationEditPage::new(&state, &req, (&slug, form, &[]), history);
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn organisation_save(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, slug)): Path<(String, String)>,
    Form(form): Form<OrganisationForm>,
) -> Result<Response, WebError> {
    let (app, user) = (&state.app, &req.user);
    let edited = organisations::edit_organisation(app, user, &req.origin, &slug, &form).await?;
    // The refused form shows the history again; a saved one redirects without it.
    let history = match &edited {
        Edited::Invalid(_) => organisations::organisation_history(app, user, &slug).await?,
        _ => Vec::new(),
    };
    let saved_to = format!("/{}/workspace/organizzazioni?saved=1", req.locale.tag());
    edit_answer(edited, &saved_to, |errors| {
        let page = OrganisationEditPage::new(&state, &req, (&slug, form, errors), history);
        Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
    })
}
