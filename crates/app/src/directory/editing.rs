//! Operators edit their desks' public details: validate what the form sent (every problem
//! named by field, with the column of a wrong opening-hours token), apply it within the
//! editor's scope, record the change in the desk's history and in the audit log.

use chrono::{DateTime, NaiveDate, Utc};
use sportello_core::{
    Actor, Channel, DeskScope, Email, GeoPoint, LanguageCode, OpeningHours, ProvinceCode,
};
use sportello_store::{DeskEdit, Store};

pub use sportello_store::DeskEditable;

use crate::editing::{self, EditForm, FieldError};
use crate::identity::SignedIn;
use crate::{App, Result};

/// The edit form as typed: strings, so that a refused form comes back exactly as it was.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
pub struct DeskForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub opening_hours: String,
    /// Codes separated by commas or spaces: "it, ar, en".
    #[serde(default)]
    pub languages: String,
    /// One line per language spoken only at some times: "ar Mo,We 09:00-13:00".
    #[serde(default)]
    pub language_hours: String,
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
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub accessibility: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub comune: String,
    #[serde(default)]
    pub province: String,
    #[serde(default)]
    pub latitude: String,
    #[serde(default)]
    pub longitude: String,
    #[serde(default)]
    pub sensitive: Option<String>,
    #[serde(default)]
    pub verified: Option<String>,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl DeskForm {
    /// The form filled with what is stored (the "verified" box starts unticked).
    pub fn from_stored(desk: &DeskEditable) -> Self {
        let on = |set: bool| set.then(|| "on".to_owned());
        Self {
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
}

impl EditForm for DeskForm {
    type Edit = DeskEdit;

    fn validate(&self) -> std::result::Result<DeskEdit, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut error = |field, message, column| {
            errors.push(FieldError {
                field,
                message,
                column,
            });
        };
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            error("name", "desk-edit-error-name", None);
        }
        let opening_hours = match optional(&self.opening_hours) {
            None => None,
            Some(text) => match OpeningHours::parse(&text) {
                Ok(hours) => Some(hours),
                Err(e) => {
                    error("opening_hours", "desk-edit-error-hours", e.column);
                    None
                }
            },
        };
        let mut languages = Vec::new();
        for code in self
            .languages
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|c| !c.is_empty())
        {
            if let Ok(code) = LanguageCode::parse(code) {
                languages.push(code);
            } else {
                error("languages", "desk-edit-error-languages", None);
                break;
            }
        }
        let mut language_hours = Vec::new();
        for line in self
            .language_hours
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let (code, hours) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let code = LanguageCode::parse(code)
                .ok()
                .filter(|c| languages.contains(c));
            if let (Some(code), Ok(hours)) = (code, OpeningHours::parse(hours)) {
                language_hours.push((code, hours));
            } else {
                error("language_hours", "desk-edit-error-slot", None);
                break;
            }
        }
        let email = match optional(&self.email) {
            None => None,
            Some(text) => {
                let email = Email::parse(&text).ok();
                if email.is_none() {
                    error("email", "desk-edit-error-email", None);
                }
                email
            }
        };
        let phone = optional(&self.phone);
        if phone.as_ref().is_some_and(|p| {
            p.chars().count() > 40
                || !p.chars().all(|c| {
                    c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '/' | '.' | '(' | ')')
                })
        }) {
            error("phone", "desk-edit-error-phone", None);
        }
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
            error("channels", "desk-edit-error-channels", None);
        }
        let address = self.address.trim();
        if address.is_empty() || address.chars().count() > 200 {
            error("address", "desk-edit-error-address", None);
        }
        let comune = self.comune.trim();
        if comune.is_empty() || comune.chars().count() > 100 {
            error("comune", "desk-edit-error-comune", None);
        }
        if self.postcode.trim().chars().count() > 10 {
            error("postcode", "desk-edit-error-postcode", None);
        }
        let province = ProvinceCode::parse(&self.province).ok();
        if province.is_none() {
            error("province", "desk-edit-error-province", None);
        }
        // Decimal degrees; a comma is accepted as the decimal separator.
        let degrees = |text: &str| text.trim().replace(',', ".").parse::<f64>().ok();
        let point = degrees(&self.latitude)
            .zip(degrees(&self.longitude))
            .and_then(|(lat, lon)| GeoPoint::new(lat, lon).ok());
        if point.is_none() {
            error("latitude", "desk-edit-error-position", None);
        }
        for (field, text, max) in [
            ("description", &self.description, 2000),
            ("accessibility", &self.accessibility, 2000),
        ] {
            if text.chars().count() > max {
                error(field, "desk-edit-error-too-long", None);
            }
        }
        let (Some(province), Some(point), true) = (province, point, errors.is_empty()) else {
            return Err(errors);
        };
        Ok(DeskEdit {
            address: address.to_owned(),
            postcode: self.postcode.trim().to_owned(),
            comune: comune.to_owned(),
            province,
            point,
            sensitive: self.sensitive.is_some(),
            name: name.to_owned(),
            description: optional(&self.description),
            opening_hours,
            languages,
            language_hours,
            channels,
            by_appointment: self.by_appointment.is_some(),
            phone,
            email,
            accessibility: optional(&self.accessibility),
            verified: self.verified.is_some(),
        })
    }
}

editing::record_kind! {
    DeskKind(DeskForm) => edit_desk, ("desk.updated", "desk"),
    DeskScope::editable_by, (desk_editable, update_desk, desk_history),
    refuse = sensitivity_refused,
}

/// Whether a desk's address is public is decided by those who run the network, not by
/// whoever keeps its hours: only admins and coordinators (of the network, or of the desk's
/// organisation or an ancestor of it) change `sensitive`. Clearing it publishes a
/// shelter's address on the map, the GeoJSON and the API.
async fn sensitivity_refused(
    store: &Store,
    actor: &Actor,
    slug: &str,
    edit: &DeskEdit,
) -> Result<Vec<FieldError>> {
    let current = store.desk_editable(&DeskScope::All, slug).await?;
    if current.is_none_or(|desk| desk.sensitive == edit.sensitive) {
        return Ok(Vec::new());
    }
    let manages = store
        .desk_editable(&DeskScope::managed_by(actor), slug)
        .await?
        .is_some();
    Ok(if manages {
        Vec::new()
    } else {
        vec![FieldError {
            field: "sensitive",
            message: "desk-edit-error-sensitive",
            column: None,
        }]
    })
}

/// The form of a desk the editor may edit, filled with what is stored; `None` when out of
/// scope or missing.
pub async fn desk_form(app: &App, editor: &SignedIn, slug: &str) -> Result<Option<DeskForm>> {
    let scope = DeskScope::editable_by(&editor.actor);
    let desk = app.store().desk_editable(&scope, slug).await?;
    Ok(desk.as_ref().map(DeskForm::from_stored))
}

/// Whether a record verified on `verified_on` is due for a check now, by the network's
/// `directory.verify_after_months`.
pub(crate) fn verify_due(app: &App, verified_on: Option<NaiveDate>) -> bool {
    needs_verification(
        verified_on,
        app.clock().now(),
        app.settings().directory.verify_after_months,
    )
}

/// Whether a desk's details are due for a check: never verified, or verified longer ago
/// than `months`.
pub fn needs_verification(verified_on: Option<NaiveDate>, now: DateTime<Utc>, months: u32) -> bool {
    match verified_on {
        None => true,
        Some(date) => date
            .checked_add_months(chrono::Months::new(months))
            .is_none_or(|due| due <= now.date_naive()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> DeskForm {
        DeskForm {
            name: "Sportello".into(),
            opening_hours: "Mo-Fr 09:00-13:00".into(),
            languages: "it, ar".into(),
            in_person: Some("on".into()),
            address: "Piazza Maggiore 6".into(),
            postcode: "40124".into(),
            comune: "Bologna".into(),
            province: "bo".into(),
            latitude: "44,4939".into(),
            longitude: "11.3426".into(),
            ..DeskForm::default()
        }
    }

    #[test]
    fn a_good_form_becomes_an_edit() {
        let edit = form().validate().unwrap();
        assert_eq!(edit.name, "Sportello");
        assert_eq!(edit.languages.len(), 2);
        assert_eq!(edit.channels, vec![Channel::InPerson]);
        assert_eq!(edit.province.as_str(), "BO");
        let slots = DeskForm {
            language_hours: "ar Mo,We 09:00-13:00\n\n".into(),
            ..form()
        }
        .validate()
        .unwrap();
        assert_eq!(slots.language_hours.len(), 1);
        assert_eq!(slots.language_hours[0].1.as_str(), "Mo,We 09:00-13:00");
        for bad in ["zh Mo 09:00-12:00", "ar Xx 09:00", "ar"] {
            let errors = DeskForm {
                language_hours: bad.into(),
                ..form()
            }
            .validate()
            .unwrap_err();
            assert_eq!(
                errors[0].field, "language_hours",
                "{bad}: not spoken, bad hours, no hours"
            );
        }
        assert!(
            (edit.point.latitude - 44.4939).abs() < 1e-9,
            "a decimal comma is read"
        );
        assert!(!edit.verified);
    }

    #[test]
    fn every_problem_is_named_with_the_hours_column() {
        let bad = DeskForm {
            name: " ".into(),
            opening_hours: "Mo-Fr 09:00-25:99".into(),
            languages: "it, arabic".into(),
            email: "not an address".into(),
            phone: "call me".into(),
            in_person: None,
            province: "Bologna".into(),
            latitude: "95".into(),
            ..form()
        };
        let errors = bad.validate().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "name",
                "opening_hours",
                "languages",
                "email",
                "phone",
                "channels",
                "province",
                "latitude"
            ]
        );
        assert!(errors[1].column.is_some(), "{errors:?}");
    }

    #[test]
    fn verification_is_due_after_the_period() {
        let now = "2026-11-23T10:00:00Z".parse().unwrap();
        assert!(needs_verification(None, now, 6));
        let recent = NaiveDate::from_ymd_opt(2026, 8, 1);
        assert!(!needs_verification(recent, now, 6));
        let old = NaiveDate::from_ymd_opt(2026, 5, 23);
        assert!(needs_verification(old, now, 6));
    }
}
