//! Operators edit services and organisations in the workspace, as they edit desks
//! (`desk_editing`): validate what the form sent (every problem named by field), apply it
//! within the editor's scope, record the change in the record's history and in the audit
//! log.
//!
//! Services are edited by whoever may edit a desk that offers them or the desks of their
//! organisation (`DeskScope::editable_by`); organisations only by admins and coordinators
//! (`DeskScope::managed_by`).

use sportello_core::{Channel, DeskScope, Email};
use sportello_store::{Login, OrganisationEdit, ServiceEdit, Store};

use crate::directory::editing::{audit, Edited, FieldError};
use crate::identity::{RequestOrigin, SignedIn};
use crate::{Clock, Result};

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

/// The organisation edit form as typed.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
pub struct OrganisationForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub alternate_name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub verified: Option<String>,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// A web address people can open: `https://` or `http://`, a host, no spaces.
fn web_address(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && text.chars().count() <= 500
            && !text.chars().any(char::is_whitespace)
    })
}

/// Collects field errors in the order the checks run.
struct Errors(Vec<FieldError>);

impl Errors {
    fn add(&mut self, field: &'static str, message: &'static str) {
        self.0.push(FieldError {
            field,
            message,
            column: None,
        });
    }

    fn name(&mut self, text: &str, message: &'static str) -> String {
        let name = text.trim();
        if name.is_empty() || name.chars().count() > 200 {
            self.add("name", message);
        }
        name.to_owned()
    }

    fn email(&mut self, text: &str) -> Option<Email> {
        let text = optional(text)?;
        let email = Email::parse(&text).ok();
        if email.is_none() {
            self.add("email", "desk-edit-error-email");
        }
        email
    }

    fn address(&mut self, field: &'static str, text: &str) -> Option<String> {
        let text = optional(text)?;
        if !web_address(&text) {
            self.add(field, "edit-error-url");
        }
        Some(text)
    }

    fn long_texts(&mut self, texts: &[(&'static str, &str)]) {
        for (field, text) in texts {
            if text.chars().count() > 2000 {
                self.add(field, "desk-edit-error-too-long");
            }
        }
    }
}

impl ServiceForm {
    /// Checks every field; all problems at once, so the operator fixes them in one go.
    pub fn validate(&self) -> std::result::Result<ServiceEdit, Vec<FieldError>> {
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

impl OrganisationForm {
    /// Checks every field; all problems at once.
    pub fn validate(&self) -> std::result::Result<OrganisationEdit, Vec<FieldError>> {
        let mut errors = Errors(Vec::new());
        let name = errors.name(&self.name, "org-edit-error-name");
        if self.alternate_name.trim().chars().count() > 200 {
            errors.add("alternate_name", "org-edit-error-alternate-name");
        }
        let email = errors.email(&self.email);
        let website = errors.address("website", &self.website);
        errors.long_texts(&[("description", &self.description)]);
        if !errors.0.is_empty() {
            return Err(errors.0);
        }
        Ok(OrganisationEdit {
            name,
            alternate_name: optional(&self.alternate_name),
            description: optional(&self.description),
            email,
            website,
            verified: self.verified.is_some(),
        })
    }
}

pub async fn edit_service(
    store: &Store,
    clock: &dyn Clock,
    editor: &SignedIn,
    origin: &RequestOrigin,
    slug: &str,
    form: &ServiceForm,
) -> Result<Edited> {
    let scope = DeskScope::editable_by(&editor.actor);
    // Scope first: someone who may not edit the service learns nothing, not even whether
    // the form would have been valid. (The write checks the scope again, in its transaction.)
    if store.service_editable(&scope, slug).await?.is_none() {
        return Ok(Edited::NotFound);
    }
    let edit = match form.validate() {
        Ok(edit) => edit,
        Err(errors) => return Ok(Edited::Invalid(errors)),
    };
    let now = clock.now();
    let Some(changed) = store
        .update_service(&scope, slug, &edit, &editor.user_id, now)
        .await?
    else {
        return Ok(Edited::NotFound);
    };
    crate::directory::Directory::invalidate_all();
    audit(
        store,
        editor,
        origin,
        ("service.updated", "service", slug),
        &changed,
        now,
    )
    .await?;
    Ok(Edited::Saved(changed))
}

pub async fn edit_organisation(
    store: &Store,
    clock: &dyn Clock,
    editor: &SignedIn,
    origin: &RequestOrigin,
    slug: &str,
    form: &OrganisationForm,
) -> Result<Edited> {
    let scope = DeskScope::managed_by(&editor.actor);
    if store.organisation_editable(&scope, slug).await?.is_none() {
        return Ok(Edited::NotFound);
    }
    let edit = match form.validate() {
        Ok(edit) => edit,
        Err(errors) => return Ok(Edited::Invalid(errors)),
    };
    let now = clock.now();
    let Some(changed) = store
        .update_organisation(&scope, slug, &edit, &editor.user_id, now)
        .await?
    else {
        return Ok(Edited::NotFound);
    };
    crate::directory::Directory::invalidate_all();
    audit(
        store,
        editor,
        origin,
        ("organization.updated", "organization", slug),
        &changed,
        now,
    )
    .await?;
    Ok(Edited::Saved(changed))
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

    #[test]
    fn addresses_must_be_web_addresses() {
        assert!(web_address("https://example.org"));
        assert!(web_address("http://example.org/a?b=c"));
        assert!(!web_address("ftp://example.org"));
        assert!(!web_address("https://"));
        assert!(!web_address("https:///path"));
        assert!(!web_address("https://exa mple.org"));
        assert!(!web_address("javascript:alert(1)"));
    }

    #[test]
    fn organisation_forms_are_checked() {
        let ok = OrganisationForm {
            name: "Comune di Arezzo".into(),
            website: "https://www.comune.arezzo.it".into(),
            ..OrganisationForm::default()
        };
        assert!(ok.validate().is_ok());
        let bad = OrganisationForm {
            name: " ".into(),
            email: "x".into(),
            website: "comune.it".into(),
            ..ok
        };
        let fields: Vec<_> = bad
            .validate()
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["name", "email", "website"]);
    }
}
