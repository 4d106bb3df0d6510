//! The one editing workflow of the workspace: scope → validate → apply → field history →
//! audit. Desks, services and organisations go through it today; knowledge-base articles,
//! cases and referrals are meant to be the next [`RecordKind`]s.
//!
//! The order is the point. The scope comes first, so that someone who may not edit a record
//! learns nothing about it, not even whether their form would have been valid (a record
//! out of scope answers exactly like a missing one). The form is checked in full before
//! anything is written, every problem named by field; then the fields the editor may not
//! change although the record is theirs (a desk's `sensitive` flag, a service's public
//! texts) are refused by name. The store applies the edit in one
//! transaction that checks the scope again and writes one history row per changed field;
//! the audit event names the fields, never their values.

pub(crate) mod fields;

use chrono::{DateTime, Utc};
use sportello_core::{Actor, DeskScope};
use sportello_store::{AuditEvent, Store};

pub use sportello_store::FieldChange;

use crate::identity::{RequestOrigin, SignedIn};
use crate::{App, Result};

/// How many changes a record's history shows.
pub const HISTORY_ENTRIES: u32 = 30;

/// One problem with one field: a Fluent message id and, for opening hours, the column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
    pub column: Option<usize>,
}

/// What happened to an edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edited {
    /// Saved; the fields that changed (empty when nothing did).
    Saved(Vec<String>),
    /// The form has problems; nothing was saved.
    Invalid(Vec<FieldError>),
    /// Out of the editor's scope, or no such record: the same answer for both.
    NotFound,
}

/// A form as typed, which becomes an edit only when every field is right.
pub trait EditForm {
    type Edit;
    /// Checks every field; all problems at once, so the operator fixes them in one go.
    fn validate(&self) -> std::result::Result<Self::Edit, Vec<FieldError>>;
}

/// A kind of record the workspace edits through [`edit`].
pub(crate) trait RecordKind {
    type Form: EditForm;
    /// The audit action and object type, e.g. `("desk.updated", "desk")`.
    const AUDIT: (&'static str, &'static str);
    /// The public directory shows this kind: a saved edit makes this node's snapshot (and
    /// the rendered pages stamped with its version) catch up at once.
    const IN_DIRECTORY: bool;

    /// Which records of this kind the actor may edit.
    fn scope(actor: &Actor) -> DeskScope;
    /// Whether the record exists within `scope`.
    async fn editable(store: &Store, scope: &DeskScope, slug: &str) -> Result<bool>;
    /// Applies the edit in one transaction that checks `scope` again and writes the field
    /// history; the names of the changed fields, or `None` when out of scope.
    async fn apply(
        store: &Store,
        scope: &DeskScope,
        slug: &str,
        edit: &<Self::Form as EditForm>::Edit,
        editor_id: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Vec<String>>>;
    /// Fields of a valid edit the actor may still not change (who may publish a shelter's
    /// address, say, is narrower than who may edit the desk): each named with its message.
    /// The record exists within the actor's scope when this is asked.
    async fn refused_fields(
        store: &Store,
        actor: &Actor,
        slug: &str,
        edit: &<Self::Form as EditForm>::Edit,
    ) -> Result<Vec<FieldError>>;
    /// The record's recorded changes, newest first, or `None` when out of scope.
    async fn history(
        store: &Store,
        scope: &DeskScope,
        slug: &str,
        limit: u32,
    ) -> Result<Option<Vec<FieldChange>>>;
}

/// Declares a [`RecordKind`] over the store's three scoped methods for it (whether a record
/// is editable in a scope, the update with its field history, the history), and the public
/// use case that saves its form through [`edit`]. One line per kind:
/// `record_kind! { Kind(Form) => save_fn, ("audit.action", "object"), scope_fn, (editable, update, history) }`,
/// with `, refuse = check_fn` when some fields need more than the scope (see
/// [`RecordKind::refused_fields`]).
macro_rules! record_kind {
    (
        $kind:ident($form:ty) => $save:ident,
        ($action:literal, $object:literal),
        $scope:path,
        ($editable:ident, $update:ident, $history:ident)
        $(, refuse = $refuse:path)? $(,)?
    ) => {
        #[doc = concat!("`", $object, "` records in the editing workflow.")]
        pub(crate) struct $kind;

        #[doc = concat!("Saves a `", $object, "` edit form (see `crate::editing` for the order of the checks).")]
        pub async fn $save(
            app: &$crate::App,
            editor: &$crate::identity::SignedIn,
            origin: &$crate::identity::RequestOrigin,
            slug: &str,
            form: &$form,
        ) -> $crate::Result<$crate::editing::Edited> {
            $crate::editing::edit::<$kind>(app, editor, origin, slug, form).await
        }

        impl $crate::editing::RecordKind for $kind {
            type Form = $form;
            const AUDIT: (&'static str, &'static str) = ($action, $object);
            const IN_DIRECTORY: bool = true;

            fn scope(actor: &sportello_core::Actor) -> sportello_core::DeskScope {
                $scope(actor)
            }

            async fn editable(
                store: &sportello_store::Store,
                scope: &sportello_core::DeskScope,
                slug: &str,
            ) -> $crate::Result<bool> {
                Ok(store.$editable(scope, slug).await?.is_some())
            }

            async fn apply(
                store: &sportello_store::Store,
                scope: &sportello_core::DeskScope,
                slug: &str,
                edit: &<$form as $crate::editing::EditForm>::Edit,
                editor_id: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::Result<Option<Vec<String>>> {
                Ok(store.$update(scope, slug, edit, editor_id, now).await?)
            }

            #[allow(unused_variables)]
            async fn refused_fields(
                store: &sportello_store::Store,
                actor: &sportello_core::Actor,
                slug: &str,
                edit: &<$form as $crate::editing::EditForm>::Edit,
            ) -> $crate::Result<Vec<$crate::editing::FieldError>> {
                $(return $refuse(store, actor, slug, edit).await;)?
                #[allow(unreachable_code)]
                Ok(Vec::new())
            }

            async fn history(
                store: &sportello_store::Store,
                scope: &sportello_core::DeskScope,
                slug: &str,
                limit: u32,
            ) -> $crate::Result<Option<Vec<$crate::editing::FieldChange>>> {
                Ok(store.$history(scope, slug, limit).await?)
            }
        }
    };
}
pub(crate) use record_kind;

/// Scope → validate → apply → history (in the store's transaction) → audit.
pub(crate) async fn edit<K: RecordKind>(
    app: &App,
    editor: &SignedIn,
    origin: &RequestOrigin,
    slug: &str,
    form: &K::Form,
) -> Result<Edited> {
    let store = app.store();
    let scope = K::scope(&editor.actor);
    if !K::editable(store, &scope, slug).await? {
        return Ok(Edited::NotFound);
    }
    let edit = match form.validate() {
        Ok(edit) => edit,
        Err(errors) => return Ok(Edited::Invalid(errors)),
    };
    let refused = K::refused_fields(store, &editor.actor, slug, &edit).await?;
    if !refused.is_empty() {
        return Ok(Edited::Invalid(refused));
    }
    let now = app.clock().now();
    let Some(changed) = K::apply(store, &scope, slug, &edit, &editor.user_id, now).await? else {
        return Ok(Edited::NotFound);
    };
    if K::IN_DIRECTORY {
        app.directory().invalidate();
    }
    let (action, object_type) = K::AUDIT;
    store
        .append_audit(
            &AuditEvent {
                actor_id: Some(editor.user_id.clone()),
                actor_label: editor.email.clone(),
                action: action.into(),
                object_type: object_type.into(),
                object_id: slug.to_owned(),
                ip: origin.ip.clone(),
                detail: format!("fields: {}", changed.join(", ")),
            },
            now,
        )
        .await?;
    Ok(Edited::Saved(changed))
}

/// The history of a record the editor may edit; `None` when they may not (or it is missing).
pub(crate) async fn history<K: RecordKind>(
    app: &App,
    editor: &SignedIn,
    slug: &str,
) -> Result<Option<Vec<FieldChange>>> {
    let scope = K::scope(&editor.actor);
    K::history(app.store(), &scope, slug, HISTORY_ENTRIES).await
}
