//! Editing a desk in the workspace: `/{lang}/workspace/sportelli/{slug}/modifica`.
//!
//! The store checks the editor's scope inside the write; out of scope answers 404 like a
//! desk that does not exist. A refused form comes back with everything as typed and one
//! message per field.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Form;
use sportello_app::directory::editing::{self, DeskForm, Edited, FieldError};
use sportello_app::SystemClock;
use sportello_core::{Channel, DeskScope, Locale};
use sportello_store::DeskEditable;

use crate::platform::error::WebError;
use crate::platform::layout::{render_private, Layout};
use crate::platform::session::{origin_of, Operator};
use crate::workspace::identity::{see_other, workspace_nav, NavLink};
use crate::AppState;

/// A field's message, translated, with the hours column when there is one.
#[derive(Debug)]
pub struct FieldMessage {
    pub field: &'static str,
    pub text: String,
}

#[derive(Template)]
#[template(path = "directory/ws_desk_edit.html")]
struct EditPage<'a> {
    layout: Layout<'a>,
    nav: Vec<NavLink>,
    csrf: String,
    slug: String,
    form: DeskForm,
    errors: Vec<FieldMessage>,
}

impl EditPage<'_> {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.text.as_str())
    }
}

fn form_of(desk: &DeskEditable) -> DeskForm {
    let on = |set: bool| set.then(|| "on".to_owned());
    DeskForm {
        name: desk.name.clone(),
        description: desk.description.clone().unwrap_or_default(),
        opening_hours: desk.opening_hours.clone().unwrap_or_default(),
        languages: desk.languages.join(", "),
        language_hours: desk
            .language_hours
            .iter()
            .map(|(code, hours)| format!("{code} {hours}"))
            .collect::<Vec<_>>()
            .join("\n"),
        in_person: on(desk.channels.contains(&Channel::InPerson)),
        phone_channel: on(desk.channels.contains(&Channel::Phone)),
        online: on(desk.channels.contains(&Channel::Online)),
        video: on(desk.channels.contains(&Channel::Video)),
        by_appointment: on(desk.by_appointment),
        phone: desk.phone.clone().unwrap_or_default(),
        email: desk.email.clone().unwrap_or_default(),
        accessibility: desk.accessibility.clone().unwrap_or_default(),
        address: desk.address.clone(),
        postcode: desk.postcode.clone(),
        comune: desk.comune.clone(),
        province: desk.province.clone(),
        latitude: desk.latitude.map(|v| v.to_string()).unwrap_or_default(),
        longitude: desk.longitude.map(|v| v.to_string()).unwrap_or_default(),
        sensitive: on(desk.sensitive),
        verified: None,
    }
}

fn page<'a>(
    state: &'a AppState,
    locale: Locale,
    user: &sportello_app::identity::SignedIn,
    slug: &str,
    form: DeskForm,
    errors: &[FieldError],
) -> EditPage<'a> {
    let layout = Layout::page(
        state,
        locale,
        "desk-edit-title",
        &format!("/{}/workspace/sportelli/{slug}/modifica", locale.tag()),
    );
    let tr = layout.tr;
    let errors = errors
        .iter()
        .map(|e| FieldMessage {
            field: e.field,
            text: match e.column {
                Some(column) => tr
                    .t1("desk-edit-error-hours-at", "column", column.to_string())
                    .into_owned(),
                None => tr.t(e.message).into_owned(),
            },
        })
        .collect();
    EditPage {
        nav: workspace_nav(&layout, user),
        csrf: user.csrf_token.clone(),
        slug: slug.to_owned(),
        form,
        errors,
        layout,
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Path((tag, slug)): Path<(String, String)>,
    Operator(user): Operator,
) -> Result<Response, WebError> {
    let locale = Locale::from_tag(&tag).map_err(|_| WebError::NotFound)?;
    let desk = state
        .store
        .desk_editable(&DeskScope::editable_by(&user.actor), &slug)
        .await
        .map_err(sportello_app::Error::from)?
        .ok_or(WebError::NotFound)?;
    let page = page(&state, locale, &user, &slug, form_of(&desk), &[]);
    Ok(render_private(&page, StatusCode::OK)?)
}

pub async fn save(
    State(state): State<AppState>,
    Path((tag, slug)): Path<(String, String)>,
    Operator(user): Operator,
    request_extensions: axum::http::Extensions,
    Form(form): Form<DeskForm>,
) -> Result<Response, WebError> {
    let locale = Locale::from_tag(&tag).map_err(|_| WebError::NotFound)?;
    let origin = origin_of(&request_extensions);
    match editing::edit_desk(&state.store, &SystemClock, &user, &origin, &slug, &form).await? {
        Edited::NotFound => Err(WebError::NotFound),
        Edited::Invalid(errors) => {
            let page = page(&state, locale, &user, &slug, form, &errors);
            Ok(render_private(&page, StatusCode::UNPROCESSABLE_ENTITY)?)
        }
        Edited::Saved(_) => Ok(see_other(&format!(
            "/{}/workspace/sportelli/{slug}?saved=1",
            locale.tag()
        ))
        .into_response()),
    }
}
