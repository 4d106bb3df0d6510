//! Operators edit services in the workspace through the one editing workflow
//! ([`crate::editing`]): whoever may edit a desk that offers a service, or the desks of its
//! organisation, may edit the service (`DeskScope::editable_by`).

use sportello_core::{Actor, Channel, DeskScope};
use sportello_store::{Login, ServiceEdit, Store};

pub use sportello_store::{ServiceEditable, ServiceLine};

use crate::directory::editing::verify_due;
use crate::editing::fields::{optional, Errors};
use crate::editing::{self, EditForm, FieldChange, FieldError};
use crate::identity::SignedIn;
use crate::{App, Result};

/// How many services the workspace lists.
const LIST_LIMIT: u32 = 500;

/// The service edit form as typed: strings, so that a refused form comes back as it was.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
pub struct ServiceForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub eligibility_description: String,
    #[serde(default)]
    pub application_process: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub wait_time: String,
    #[serde(default)]
    pub fees_description: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub plain_note: String,
    #[serde(default)]
    pub in_person: Option<String>,
    #[serde(default)]
    pub phone_channel: Option<String>,
    #[serde(default)]
    pub online: Option<String>,
    #[serde(default)]
    pub video: Option<String>,
    #[serde(default)]
    pub by_appointment: Option<String>,
    #[serde(default)]
    pub login_spid: Option<String>,
    #[serde(default)]
    pub login_cie: Option<String>,
    #[serde(default)]
    pub login_cns: Option<String>,
    #[serde(default)]
    pub login_none: Option<String>,
    /// One document per line.
    #[serde(default)]
    pub required_documents: String,
    #[serde(default)]
    pub verified: Option<String>,
}

impl ServiceForm {
    /// The form filled with what is stored (the "verified" box starts unticked).
    pub fn from_stored(service: &ServiceEditable) -> Self {
        let on = |set: bool| set.then(|| "on".to_owned());
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        Self {
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
}

impl EditForm for ServiceForm {
    type Edit = ServiceEdit;

    fn validate(&self) -> std::result::Result<ServiceEdit, Vec<FieldError>> {
        let mut errors = Errors(Vec::new());
        let name = errors.name(&self.name, "service-edit-error-name");
        let url = errors.address("url", &self.url);
        let email = errors.email(&self.email);
        let channels: Vec<Channel> = [
            (&self.in_person, Channel::InPerson),
            (&self.phone_channel, Channel::Phone),
            (&self.online, Channel::Online),
            (&self.video, Channel::Video),
        ]
        .into_iter()
        .filter(|(on, _)| on.is_some())
        .map(|(_, channel)| channel)
        .collect();
        if channels.is_empty() {
            errors.add("channels", "service-edit-error-channels");
        }
        let login: Vec<Login> = [
            (&self.login_spid, Login::Spid),
            (&self.login_cie, Login::Cie),
            (&self.login_cns, Login::Cns),
            (&self.login_none, Login::None),
        ]
        .into_iter()
        .filter(|(on, _)| on.is_some())
        .map(|(_, login)| login)
        .collect();
        // Sign-in only means something online, and "none" excludes the others.
        if (!login.is_empty() && !channels.contains(&Channel::Online))
            || (login.contains(&Login::None) && login.len() > 1)
        {
            errors.add("login", "service-edit-error-login");
        }
        let required_documents: Vec<String> = self
            .required_documents
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect();
        if required_documents.len() > 30
            || required_documents.iter().any(|d| d.chars().count() > 300)
        {
            errors.add("required_documents", "service-edit-error-documents");
        }
        errors.long_texts(&[
            ("description", &self.description),
            ("eligibility_description", &self.eligibility_description),
            ("application_process", &self.application_process),
            ("outcome", &self.outcome),
            ("wait_time", &self.wait_time),
            ("fees_description", &self.fees_description),
            ("plain_note", &self.plain_note),
        ]);
        if !errors.0.is_empty() {
            return Err(errors.0);
        }
        Ok(ServiceEdit {
            name,
            description: optional(&self.description),
            eligibility_description: optional(&self.eligibility_description),
            application_process: optional(&self.application_process),
            outcome: optional(&self.outcome),
            wait_time: optional(&self.wait_time),
            fees_description: optional(&self.fees_description),
            url,
            email,
            plain_note: optional(&self.plain_note),
            channels,
            by_appointment: self.by_appointment.is_some(),
            login,
            required_documents,
            verified: self.verified.is_some(),
        })
    }
}

editing::record_kind! {
    ServiceKind(ServiceForm) => edit_service, ("service.updated", "service"),
    DeskScope::editable_by, (service_editable, update_service, service_history),
    refuse = public_texts_refused,
}

/// A service's public link and texts speak for the organisation that provides it, and a
/// service can be offered at many desks: only editors with a grant on that organisation (or
/// an ancestor, or the network) change them. Operators who reach the service through a
/// desk that offers it keep the desk-side details (channels, appointments, sign-in,
/// documents, waiting time).
async fn public_texts_refused(
    store: &Store,
    actor: &Actor,
    slug: &str,
    edit: &ServiceEdit,
) -> Result<Vec<FieldError>> {
    let Some(current) = store.service_editable(&DeskScope::All, slug).await? else {
        return Ok(Vec::new());
    };
    let email = edit.email.as_ref().map(ToString::to_string);
    let changed: Vec<&'static str> = [
        ("name", edit.name != current.name),
        ("description", edit.description != current.description),
        (
            "eligibility_description",
            edit.eligibility_description != current.eligibility_description,
        ),
        (
            "application_process",
            edit.application_process != current.application_process,
        ),
        ("outcome", edit.outcome != current.outcome),
        (
            "fees_description",
            edit.fees_description != current.fees_description,
        ),
        ("url", edit.url != current.url),
        ("email", email != current.email),
        ("plain_note", edit.plain_note != current.plain_note),
    ]
    .into_iter()
    .filter_map(|(field, changed)| changed.then_some(field))
    .collect();
    if changed.is_empty() {
        return Ok(Vec::new());
    }
    let organisation_scope = match DeskScope::editable_by(actor) {
        DeskScope::All => DeskScope::All,
        DeskScope::Only { organisations, .. } => DeskScope::Only {
            desks: Vec::new(),
            organisations,
        },
    };
    if store
        .service_editable(&organisation_scope, slug)
        .await?
        .is_some()
    {
        return Ok(Vec::new());
    }
    Ok(changed
        .into_iter()
        .map(|field| FieldError {
            field,
            message: "service-edit-error-organisation-only",
            column: None,
        })
        .collect())
}

/// A service in the operator's list, with whether its details are due for a check.
#[derive(Debug)]
pub struct OwnService {
    pub service: ServiceLine,
    pub verify_due: bool,
}

fn own(app: &App, service: ServiceLine) -> OwnService {
    OwnService {
        verify_due: verify_due(app, service.verified_on),
        service,
    }
}

/// The services the operator may edit.
pub async fn my_services(app: &App, editor: &SignedIn) -> Result<Vec<OwnService>> {
    let scope = DeskScope::editable_by(&editor.actor);
    let services = app.store().services_editable(&scope, LIST_LIMIT).await?;
    Ok(services.into_iter().map(|s| own(app, s)).collect())
}

/// One service the operator may edit, with its recorded changes.
#[derive(Debug)]
pub struct ServiceInScope {
    pub line: OwnService,
    pub record: ServiceEditable,
    pub history: Vec<FieldChange>,
}

/// One service with its history; `None` when out of scope or missing (the same answer).
pub async fn my_service(
    app: &App,
    editor: &SignedIn,
    slug: &str,
) -> Result<Option<ServiceInScope>> {
    let scope = DeskScope::editable_by(&editor.actor);
    let Some(record) = app.store().service_editable(&scope, slug).await? else {
        return Ok(None);
    };
    let history = editing::history::<ServiceKind>(app, editor, slug)
        .await?
        .unwrap_or_default();
    let line = own(
        app,
        ServiceLine {
            slug: record.slug.clone(),
            name: record.name.clone(),
            organisation_name: record.organisation_name.clone(),
            verified_on: record.verified_on,
        },
    );
    Ok(Some(ServiceInScope {
        line,
        record,
        history,
    }))
}

/// The edit form of a service, filled with what is stored.
pub async fn service_form(app: &App, editor: &SignedIn, slug: &str) -> Result<Option<ServiceForm>> {
    let scope = DeskScope::editable_by(&editor.actor);
    let service = app.store().service_editable(&scope, slug).await?;
    Ok(service.as_ref().map(ServiceForm::from_stored))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ServiceForm {
        ServiceForm {
            name: "Cambio di residenza".into(),
            url: "https://www.comune.arezzo.it".into(),
            online: Some("on".into()),
            login_spid: Some("on".into()),
            required_documents: "Passaporto\n\n  Codice fiscale  \n".into(),
            ..ServiceForm::default()
        }
    }

    #[test]
    fn a_good_form_becomes_an_edit() {
        let edit = form().validate().unwrap();
        assert_eq!(edit.channels, vec![Channel::Online]);
        assert_eq!(edit.login, vec![Login::Spid]);
        assert_eq!(edit.required_documents, ["Passaporto", "Codice fiscale"]);
        assert!(!edit.verified);
    }

    #[test]
    fn every_problem_is_named() {
        let bad = ServiceForm {
            name: String::new(),
            url: "www.comune.arezzo.it".into(),
            email: "nope".into(),
            online: None,
            plain_note: "x".repeat(2001),
            ..form()
        };
        let fields: Vec<_> = bad
            .validate()
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["name", "url", "email", "channels", "login", "plain_note"]
        );
    }
}
