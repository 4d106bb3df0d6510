//! Operators edit organisations in the workspace through the one editing workflow
//! ([`crate::editing`]): only admins and coordinators, within the organisations they manage
//! (`DeskScope::managed_by`).

use sportello_core::DeskScope;
use sportello_store::OrganisationEdit;

pub use sportello_store::OrganisationEditable;

use crate::directory::editing::verify_due;
use crate::editing::fields::{optional, Errors};
use crate::editing::{self, EditForm, FieldChange, FieldError};
use crate::identity::SignedIn;
use crate::{App, Result};

/// How many organisations the workspace lists.
const LIST_LIMIT: u32 = 500;

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

impl OrganisationForm {
    /// The form filled with what is stored (the "verified" box starts unticked).
    pub fn from_stored(organisation: &OrganisationEditable) -> Self {
        Self {
            name: organisation.name.clone(),
            alternate_name: organisation.alternate_name.clone().unwrap_or_default(),
            description: organisation.description.clone(),
            email: organisation.email.clone().unwrap_or_default(),
            website: organisation.website.clone().unwrap_or_default(),
            verified: None,
        }
    }
}

impl EditForm for OrganisationForm {
    type Edit = OrganisationEdit;

    fn validate(&self) -> std::result::Result<OrganisationEdit, Vec<FieldError>> {
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

editing::record_kind! {
    OrganisationRecord(OrganisationForm) => edit_organisation, ("organization.updated", "organization"),
    DeskScope::managed_by, (organisation_editable, update_organisation, organisation_history)
}

/// An organisation in the operator's list, with whether its details are due for a check.
#[derive(Debug)]
pub struct OwnOrganisation {
    pub organisation: OrganisationEditable,
    pub verify_due: bool,
}

/// The organisations the operator may edit (admins and coordinators; others get none).
pub async fn my_organisations(app: &App, editor: &SignedIn) -> Result<Vec<OwnOrganisation>> {
    let scope = DeskScope::managed_by(&editor.actor);
    let found = app
        .store()
        .organisations_editable(&scope, LIST_LIMIT)
        .await?;
    Ok(found
        .into_iter()
        .map(|organisation| OwnOrganisation {
            verify_due: verify_due(app, organisation.verified_on),
            organisation,
        })
        .collect())
}

/// The edit form of an organisation filled with what is stored, and its recorded changes;
/// `None` when out of scope or missing.
pub async fn organisation_form(
    app: &App,
    editor: &SignedIn,
    slug: &str,
) -> Result<Option<(OrganisationForm, Vec<FieldChange>)>> {
    let scope = DeskScope::managed_by(&editor.actor);
    let Some(stored) = app.store().organisation_editable(&scope, slug).await? else {
        return Ok(None);
    };
    let history = organisation_history(app, editor, slug).await?;
    Ok(Some((OrganisationForm::from_stored(&stored), history)))
}

/// An organisation's recorded changes (empty when out of scope).
pub async fn organisation_history(
    app: &App,
    editor: &SignedIn,
    slug: &str,
) -> Result<Vec<FieldChange>> {
    Ok(editing::history::<OrganisationRecord>(app, editor, slug)
        .await?
        .unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

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
