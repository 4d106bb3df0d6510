//! Domain types and rules of sportello.
//!
//! Everything here is pure: no I/O, no async, no clock. Values that exist are valid
//! ("parse, don't validate"): input becomes one of these types once, at the edge.

pub mod common;
pub mod directory;
pub mod identity;
pub mod kb;

pub use common::email::Email;
pub use common::locale::Locale;
pub use common::slug::Slug;
pub use common::theme::Theme;
pub use directory::desk::{DeskLevel, GeoPoint, OrganisationKind, ProvinceCode};
pub use directory::hours::{HoursError, OpeningHours};
pub use directory::vocabulary::{Channel, LanguageCode};
pub use identity::policy::{Action, Actor, DeskScope, Policy, Resource};
pub use identity::role::{Role, Scope};

/// An input could not be turned into a domain value.
///
/// `code` is stable (it names a Fluent message and an API error code); `detail` is for logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {detail}")]
pub struct ParseError {
    pub code: &'static str,
    pub detail: String,
}

impl ParseError {
    pub fn new(code: &'static str, detail: impl Into<String>) -> Self {
        Self {
            code,
            detail: detail.into(),
        }
    }
}
