//! Editing services and organisations in the workspace: `/{lang}/workspace/servizi` (the
//! services the operator may edit), `/{lang}/workspace/servizi/{service}` (its record and
//! history), `…/modifica` (the form), and `/{lang}/workspace/organizzazioni` with each
//! organisation's `…/{org}/modifica`.
//!
//! As for desks (`desk_editing`), the store checks the editor's scope inside the write; out
//! of scope answers 404 like a record that does not exist, and a refused form comes back
//! with everything as typed and one message per field.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;
use sportello_app::catalogue::editing::{self, OrganisationForm, ServiceForm};
use sportello_app::directory::editing::{needs_verification, Edited, FieldError};
use sportello_app::{Clock, SystemClock};
use sportello_core::{Channel, DeskScope, Locale};
use sportello_store::{FieldChange, Login, OrganisationEditable, ServiceEditable};

use crate::platform::error::WebError;
use crate::platform::layout::{render_private, Layout};
use crate::platform::session::{origin_of, Operator};
use crate::workspace::directory::FieldMessage;
use crate::workspace::identity::{see_other, workspace_nav, NavLink};
use crate::AppState;

fn page_locale(tag: &str) -> Result<Locale, WebError> {
    Locale::from_tag(tag).map_err(|_| WebError::NotFound)
}

fn verify_due(state: &AppState, verified_on: Option<chrono::NaiveDate>) -> bool {
    needs_verification(
        verified_on,
        SystemClock.now(),
        state.settings.directory.verify_after_months,
    )
}

/// One line of a record's history, with the field's label translated.
struct HistoryLine {
    change: FieldChange,
    field: String,
}

/// Fields shared with desks keep the desks' labels (`desk-field-*`); the others have their
/// own (`edit-field-*`).
fn history_lines(layout: &Layout<'_>, changes: Vec<FieldChange>) -> Vec<HistoryLine> {
    changes
        .into_iter()
        .map(|change| {
            let prefix = match change.field_name.as_str() {
                "name" | "description" | "channels" | "by_appointment" | "email"
                | "verified_on" => "desk-field",
                _ => "edit-field",
            };
            HistoryLine {
                field: layout
                    .tr
                    .t(&format!("{prefix}-{}", change.field_name))
                    .into_owned(),
                change,
            }
        })
        .collect()
}

fn messages(layout: &Layout<'_>, errors: &[FieldError]) -> Vec<FieldMessage> {
    errors
        .iter()
        .map(|e| FieldMessage {
            field: e.field,
            text: layout.tr.t(e.message).into_owned(),
        })
        .collect()
}

// Services.

#[derive(Template)]
#[template(path = "catalogue/ws_services.html")]
struct ServicesPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    csrf: String,
    services: Vec<ServiceLine>,
    /// One service's page (its record and history) rather than the list.
    record: Option<ServiceEditable>,
    history: Vec<HistoryLine>,
    saved: bool,
}

/// A service in the list, and whether its details are due for a check.
struct ServiceLine {
    service: sportello_store::ServiceLine,
    verify_due: bool,
}

pub async fn my_services(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Operator(user): Operator,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let services = state
        .store
        .services_editable(&DeskScope::editable_by(&user.actor), 500)
        .await
        .map_err(sportello_app::Error::from)?;
    let layout = Layout::page(
        &state,
        locale,
        "ws-services-title",
        &format!("/{}/workspace/servizi", locale.tag()),
    );
    let services = services
        .into_iter()
        .map(|service| ServiceLine {
            verify_due: verify_due(&state, service.verified_on),
            service,
        })
        .collect();
    let page = ServicesPage {
        nav: workspace_nav(&layout, &user),
        csrf: user.csrf_token.clone(),
        services,
        record: None,
        history: Vec::new(),
        saved: false,
        layout,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Debug, Deserialize)]
pub struct RecordQuery {
    saved: Option<String>,
}

/// One service with its history. Out of the operator's scope answers 404, exactly like a
/// service that does not exist.
pub async fn my_service(
    State(state): State<AppState>,
    Path((tag, slug)): Path<(String, String)>,
    Query(query): Query<RecordQuery>,
    Operator(user): Operator,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let scope = DeskScope::editable_by(&user.actor);
    let service = state
        .store
        .service_editable(&scope, &slug)
        .await
        .map_err(sportello_app::Error::from)?
        .ok_or(WebError::NotFound)?;
    let history = state
        .store
        .service_history(&scope, &slug, 30)
        .await
        .map_err(sportello_app::Error::from)?
        .unwrap_or_default();
    let layout = Layout::new(
        &state,
        locale,
        service.name.clone(),
        &format!("/{}/workspace/servizi/{slug}", locale.tag()),
    );
    let page = ServicesPage {
        nav: workspace_nav(&layout, &user),
        csrf: user.csrf_token.clone(),
        services: vec![ServiceLine {
            verify_due: verify_due(&state, service.verified_on),
            service: sportello_store::ServiceLine {
                slug: service.slug.clone(),
                name: service.name.clone(),
                organisation_name: service.organisation_name.clone(),
                verified_on: service.verified_on,
            },
        }],
        history: history_lines(&layout, history),
        record: Some(service),
        saved: query.saved.is_some(),
        layout,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Template)]
#[template(path = "catalogue/ws_service_edit.html")]
struct ServiceEditPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    csrf: String,
    slug: String,
    form: ServiceForm,
    errors: Vec<FieldMessage>,
}

impl ServiceEditPage<'_> {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.text.as_str())
    }
}

fn service_form_of(service: &ServiceEditable) -> ServiceForm {
    let on = |set: bool| set.then(|| "on".to_owned());
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    ServiceForm {
        name: service.name.clone(),
        description: text(&service.description),
        eligibility_description: text(&service.eligibility_description),
        application_process: text(&service.application_process),
        outcome: text(&service.outcome),
        wait_time: text(&service.wait_time),
        fees_description: text(&service.fees_description),
        url: text(&service.url),
        email: text(&service.email),
        plain_note: text(&service.plain_note),
        in_person: on(service.channels.contains(&Channel::InPerson)),
        phone_channel: on(service.channels.contains(&Channel::Phone)),
        online: on(service.channels.contains(&Channel::Online)),
        video: on(service.channels.contains(&Channel::Video)),
        by_appointment: on(service.by_appointment),
        login_spid: on(service.login.contains(&Login::Spid)),
        login_cie: on(service.login.contains(&Login::Cie)),
        login_cns: on(service.login.contains(&Login::Cns)),
        login_none: on(service.login.contains(&Login::None)),
        required_documents: service.required_documents.join("\n"),
        verified: None,
    }
}

fn service_edit_page<'a>(
    state: &'a AppState,
    locale: Locale,
    user: &sportello_app::identity::SignedIn,
    slug: &str,
    form: ServiceForm,
    errors: &[FieldError],
) -> ServiceEditPage<'a> {
    let layout = Layout::page(
        state,
        locale,
        "service-edit-title",
        &format!("/{}/workspace/servizi/{slug}/modifica", locale.tag()),
    );
    ServiceEditPage {
        nav: workspace_nav(&layout, user),
        csrf: user.csrf_token.clone(),
        slug: slug.to_owned(),
        form,
        errors: messages(&layout, errors),
        layout,
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Path((tag, slug)): Path<(String, String)>,
    Operator(user): Operator,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let service = state
        .store
        .service_editable(&DeskScope::editable_by(&user.actor), &slug)
        .await
        .map_err(sportello_app::Error::from)?
        .ok_or(WebError::NotFound)?;
    let page = service_edit_page(&state, locale, &user, &slug, service_form_of(&service), &[]);
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn save(
    State(state): State<AppState>,
    Path((tag, slug)): Path<(String, String)>,
    Operator(user): Operator,
    request_extensions: axum::http::Extensions,
    Form(form): Form<ServiceForm>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let origin = origin_of(&request_extensions);
    match editing::edit_service(&state.store, &SystemClock, &user, &origin, &slug, &form).await? {
        Edited::NotFound => Err(WebError::NotFound),
        Edited::Invalid(errors) => {
            let page = service_edit_page(&state, locale, &user, &slug, form, &errors);
            Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
        }
        Edited::Saved(_) => Ok(see_other(&format!(
            "/{}/workspace/servizi/{slug}?saved=1",
            locale.tag()
        ))
        .into_response()),
    }
}

// Organisations.

#[derive(Template)]
#[template(path = "directory/ws_orgs.html")]
struct OrganisationsPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    csrf: String,
    organisations: Vec<OrganisationLine>,
    saved: bool,
}

struct OrganisationLine {
    organisation: OrganisationEditable,
    verify_due: bool,
}

/// The organisations the operator may edit (admins and coordinators only; others see an
/// empty list).
pub async fn my_organisations(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Query(query): Query<RecordQuery>,
    Operator(user): Operator,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let organisations = state
        .store
        .organisations_editable(&DeskScope::managed_by(&user.actor), 500)
        .await
        .map_err(sportello_app::Error::from)?;
    let layout = Layout::page(
        &state,
        locale,
        "ws-orgs-title",
        &format!("/{}/workspace/organizzazioni", locale.tag()),
    );
    let organisations = organisations
        .into_iter()
        .map(|organisation| OrganisationLine {
            verify_due: verify_due(&state, organisation.verified_on),
            organisation,
        })
        .collect();
    let page = OrganisationsPage {
        nav: workspace_nav(&layout, &user),
        csrf: user.csrf_token.clone(),
        organisations,
        saved: query.saved.is_some(),
        layout,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Template)]
#[template(path = "directory/ws_org_edit.html")]
struct OrganisationEditPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    csrf: String,
    slug: String,
    form: OrganisationForm,
    errors: Vec<FieldMessage>,
    history: Vec<HistoryLine>,
}

impl OrganisationEditPage<'_> {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.text.as_str())
    }
}

fn organisation_form_of(organisation: &OrganisationEditable) -> OrganisationForm {
    OrganisationForm {
        name: organisation.name.clone(),
        alternate_name: organisation.alternate_name.clone().unwrap_or_default(),
        description: organisation.description.clone(),
        email: organisation.email.clone().unwrap_or_default(),
        website: organisation.website.clone().unwrap_or_default(),
        verified: None,
    }
}

async fn organisation_edit_page<'a>(
    state: &'a AppState,
    locale: Locale,
    user: &sportello_app::identity::SignedIn,
    slug: &str,
    form: OrganisationForm,
    errors: &[FieldError],
) -> Result<OrganisationEditPage<'a>, WebError> {
    let history = state
        .store
        .organisation_history(&DeskScope::managed_by(&user.actor), slug, 30)
        .await
        .map_err(sportello_app::Error::from)?
        .unwrap_or_default();
    let layout = Layout::page(
        state,
        locale,
        "org-edit-title",
        &format!("/{}/workspace/organizzazioni/{slug}/modifica", locale.tag()),
    );
    Ok(OrganisationEditPage {
        nav: workspace_nav(&layout, user),
        csrf: user.csrf_token.clone(),
        slug: slug.to_owned(),
        form,
        errors: messages(&layout, errors),
        history: history_lines(&layout, history),
        layout,
    })
}

pub async fn organisation_form(
    State(state): State<AppState>,
    Path((tag, slug)): Path<(String, String)>,
    Operator(user): Operator,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let organisation = state
        .store
        .organisation_editable(&DeskScope::managed_by(&user.actor), &slug)
        .await
        .map_err(sportello_app::Error::from)?
        .ok_or(WebError::NotFound)?;
    let form = organisation_form_of(&organisation);
    let page = organisation_edit_page(&state, locale, &user, &slug, form, &[]).await?;
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn organisation_save(
    State(state): State<AppState>,
    Path((tag, slug)): Path<(String, String)>,
    Operator(user): Operator,
    request_extensions: axum::http::Extensions,
    Form(form): Form<OrganisationForm>,
) -> Result<Response, WebError> {
    let locale = page_locale(&tag)?;
    let origin = origin_of(&request_extensions);
    match editing::edit_organisation(&state.store, &SystemClock, &user, &origin, &slug, &form)
        .await?
    {
        Edited::NotFound => Err(WebError::NotFound),
        Edited::Invalid(errors) => {
            let page = organisation_edit_page(&state, locale, &user, &slug, form, &errors).await?;
            Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
        }
        Edited::Saved(_) => Ok(see_other(&format!(
            "/{}/workspace/organizzazioni?saved=1",
            locale.tag()
        ))
        .into_response()),
    }
}
