//! The desks an operator works at, as the workspace lists them (desk-scoped: the store
//! query takes the scope, so a desk out of scope is indistinguishable from a missing one).

use sportello_core::DeskScope;

pub use sportello_store::DeskRecord;

use crate::directory::editing::{verify_due, DeskKind};
use crate::editing::{self, FieldChange};
use crate::identity::SignedIn;
use crate::{App, Result};

/// How many desks the workspace lists.
const LIST_LIMIT: u32 = 200;

/// A desk of the operator's, with whether its details are due for a check (never verified,
/// or longer ago than `directory.verify_after_months`).
#[derive(Debug)]
pub struct OwnDesk {
    pub desk: DeskRecord,
    pub verify_due: bool,
}

fn own(app: &App, desk: DeskRecord) -> OwnDesk {
    OwnDesk {
        verify_due: verify_due(app, desk.verified_on),
        desk,
    }
}

/// The desks the operator reaches.
pub async fn my_desks(app: &App, user: &SignedIn) -> Result<Vec<OwnDesk>> {
    let scope = DeskScope::of(&user.actor);
    let desks = app.store().desks_in_scope(&scope, LIST_LIMIT).await?;
    Ok(desks.into_iter().map(|d| own(app, d)).collect())
}

/// One desk of the operator's and, when they may edit it, its recorded changes.
#[derive(Debug)]
pub struct DeskInScope {
    pub desk: OwnDesk,
    /// `None`: the operator sees the desk but may not edit it.
    pub history: Option<Vec<FieldChange>>,
}

/// One desk; `None` when out of scope or missing (the same answer).
pub async fn my_desk(app: &App, user: &SignedIn, slug: &str) -> Result<Option<DeskInScope>> {
    let scope = DeskScope::of(&user.actor);
    let Some(desk) = app.store().desk_in_scope(&scope, slug).await? else {
        return Ok(None);
    };
    Ok(Some(DeskInScope {
        desk: own(app, desk),
        history: editing::history::<DeskKind>(app, user, slug).await?,
    }))
}
