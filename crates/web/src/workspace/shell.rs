//! What every workspace page shares: the navigation the operator's roles allow, redirects
//! after a form, cookies, and the translated messages of a refused form and of a history.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use sportello_app::editing::{Edited, FieldChange, FieldError};
use sportello_app::identity::SignedIn;
use sportello_core::{Action, Locale, Policy, Resource, Role, Scope};

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::Layout;
use crate::AppState;

/// A `303 See Other` to `to`: the answer to a form that worked.
pub(crate) fn see_other(to: &str) -> Response {
    let mut r = Redirect::to(to).into_response();
    *r.status_mut() = StatusCode::SEE_OTHER;
    r
}

pub(crate) use crate::platform::session::set_cookie;

/// Navigation entries the operator's roles allow.
#[derive(Debug)]
pub(crate) struct NavLink {
    pub(crate) href: String,
    pub(crate) label: String,
}

pub(crate) fn workspace_nav(layout: &Layout<'_>, user: &SignedIn) -> Vec<NavLink> {
    let lang = layout.lang;
    let link = |path: &str, label: &str| NavLink {
        href: format!("/{lang}/workspace/{path}"),
        label: layout.tr.t(label).into_owned(),
    };
    let mut links = vec![
        link("sportelli", "workspace-nav-desks"),
        link("servizi", "workspace-nav-services"),
        link("organizzazioni", "workspace-nav-organisations"),
        link("schede", "workspace-nav-kb"),
        link("schede-da-rivedere", "workspace-nav-kb-review"),
        link("collegamenti", "workspace-nav-kb-links"),
        link("materiali", "workspace-nav-kb-materials"),
        link("ricerche", "workspace-nav-search-gaps"),
        link("profilo", "workspace-nav-profile"),
        link("2fa", "workspace-nav-twofa"),
    ];
    if Policy::can(&user.actor, Action::ManageUsers, &Resource::Network) {
        links.push(link("utenti", "workspace-nav-users"));
    }
    if Policy::can(&user.actor, Action::ReadAudit, &Resource::Network) {
        links.push(link("audit", "workspace-nav-audit"));
    }
    if Policy::can(&user.actor, Action::ManageNorms, &Resource::Network) {
        links.push(link("norme", "workspace-nav-norms"));
    }
    let translates = Locale::ALL.into_iter().any(|l| {
        l != Locale::FALLBACK
            && Policy::can(
                &user.actor,
                Action::ReviewTranslations,
                &Resource::Language(l.tag().to_owned()),
            )
    });
    if translates {
        links.push(link("traduzioni", "workspace-nav-translations"));
    }
    let articles_into = Locale::ALL
        .into_iter()
        .find(|l| sportello_app::kb::translations::may_translate(user, *l));
    if let Some(locale) = articles_into {
        links.push(link(
            &format!("schede-tradotte/{}", locale.tag()),
            "workspace-nav-kb-translations",
        ));
    }
    links
}

/// One role grant, translated.
#[derive(Debug)]
pub(crate) struct GrantLine {
    pub(crate) role: String,
    pub(crate) scope: String,
}

pub(crate) fn grant_lines(layout: &Layout<'_>, grants: &[(Role, Scope)]) -> Vec<GrantLine> {
    grants
        .iter()
        .map(|(role, scope)| {
            let (kind, target) = scope.parts();
            GrantLine {
                role: layout.tr.t(&format!("role-{}", role.as_str())).into_owned(),
                scope: layout
                    .tr
                    .t1(&format!("scope-{kind}"), "target", target.to_owned())
                    .into_owned(),
            }
        })
        .collect()
}

/// A field's message, translated, with the hours column when there is one.
#[derive(Debug)]
pub struct FieldMessage {
    pub field: &'static str,
    pub text: String,
}

pub(crate) fn field_messages(layout: &Layout<'_>, errors: &[FieldError]) -> Vec<FieldMessage> {
    let tr = layout.tr;
    errors
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
        .collect()
}

/// The message for `field` among `errors`, if any (templates call it per field).
pub(crate) fn error_for<'a>(errors: &'a [FieldMessage], field: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.text.as_str())
}

/// One line of a record's history, with the field's label translated.
#[derive(Debug)]
pub(crate) struct HistoryLine {
    pub(crate) change: FieldChange,
    pub(crate) field: String,
    /// When, in Rome's time and the reader's language.
    pub(crate) when: String,
}

/// The label of a changed field: services and organisations have their own labels
/// (`edit-field-*`) for the fields desks do not have; every other field, desks' included,
/// keeps the desks' label (`desk-field-*`).
pub(crate) fn history_lines(layout: &Layout<'_>, changes: Vec<FieldChange>) -> Vec<HistoryLine> {
    changes
        .into_iter()
        .map(|change| {
            let own = format!("edit-field-{}", change.field_name);
            let prefix = if layout.tr.has(&own) {
                "edit-field"
            } else {
                "desk-field"
            };
            HistoryLine {
                field: layout
                    .tr
                    .t(&format!("{prefix}-{}", change.field_name))
                    .into_owned(),
                when: crate::platform::text::date_time_text(layout.tr, &change.last_action_date),
                change,
            }
        })
        .collect()
}

/// What every workspace page shows around its content: the layout, the navigation the
/// operator's roles allow and the session's anti-CSRF token (the sign-out form). Page structs
/// hold it as `chrome` and reach it through `Deref` (see [`workspace_page!`]), so templates
/// read `layout`, `nav` and `csrf` as fields of the page.
pub(crate) struct Chrome<'a> {
    pub(crate) layout: Layout<'a>,
    pub(crate) nav: Vec<NavLink>,
    pub(crate) csrf: String,
}

impl<'a> Chrome<'a> {
    /// Around `layout`, for `user`.
    pub(crate) fn new(layout: Layout<'a>, user: &SignedIn) -> Self {
        Self {
            nav: workspace_nav(&layout, user),
            csrf: user.csrf_token.clone(),
            layout,
        }
    }

    /// A page titled by the message `title_id`, at `/{lang}/workspace{path}` (`path` empty
    /// or starting with `/`).
    pub(crate) fn page(
        state: &'a AppState,
        req: &OperatorRequest,
        title_id: &str,
        path: &str,
    ) -> Self {
        let current = format!("/{}/workspace{path}", req.locale.tag());
        Self::new(
            Layout::page(state, req.locale, title_id, &current),
            &req.user,
        )
    }
}

/// Lets a page struct with a `chrome` field be read as its chrome (`Chrome` or `EditChrome`).
macro_rules! workspace_page {
    ($page:ident => $chrome:ident) => {
        impl<'a> std::ops::Deref for $page<'a> {
            type Target = $crate::workspace::shell::$chrome<'a>;
            fn deref(&self) -> &Self::Target {
                &self.chrome
            }
        }
    };
}
pub(crate) use workspace_page;

/// What every workspace edit page shows around its form: the workspace chrome, the record's
/// slug and the field messages (`self.error(…)` in templates).
pub(crate) struct EditChrome<'a> {
    pub(crate) chrome: Chrome<'a>,
    pub(crate) slug: String,
    pub(crate) errors: Vec<FieldMessage>,
}

workspace_page!(EditChrome => Chrome);

impl<'a> EditChrome<'a> {
    /// The chrome of `/{lang}/workspace/{section}/{slug}/modifica`.
    pub(crate) fn new(
        state: &'a AppState,
        req: &OperatorRequest,
        (section, slug): (&str, &str),
        title_id: &str,
        errors: &[FieldError],
    ) -> Self {
        let path = format!("/{section}/{slug}/modifica");
        let chrome = Chrome::page(state, req, title_id, &path);
        Self {
            errors: field_messages(&chrome.layout, errors),
            slug: slug.to_owned(),
            chrome,
        }
    }

    /// The message for `field`, if the form was refused because of it.
    pub(crate) fn error(&self, field: &str) -> Option<&str> {
        error_for(&self.errors, field)
    }
}

/// The answer to a posted edit form: back to `saved_to`, the form again with its messages
/// (422, everything as typed), or 404 when the record is out of scope or missing.
pub(crate) fn edit_answer(
    edited: Edited,
    saved_to: &str,
    refused: impl FnOnce(&[FieldError]) -> Result<Response, WebError>,
) -> Result<Response, WebError> {
    match edited {
        Edited::NotFound => Err(WebError::NotFound),
        Edited::Invalid(errors) => refused(&errors),
        Edited::Saved(_) => Ok(see_other(saved_to)),
    }
}
