//! Domain types and rules of sportello.
//!
//! Everything here is pure: no I/O, no async, no clock. Values that exist are valid
//! ("parse, don't validate"): input becomes one of these types once, at the edge.

pub mod desk;
pub mod directory;
pub mod email;
pub mod hours;
pub mod locale;
pub mod policy;
pub mod role;
pub mod slug;
pub mod theme;

pub use desk::{DeskLevel, GeoPoint, OrganisationKind, ProvinceCode};
pub use directory::{Channel, LanguageCode};
pub use email::Email;
pub use hours::{HoursError, OpeningHours};
pub use locale::Locale;
pub use policy::{Action, Actor, DeskScope, Policy, Resource};
pub use role::{Role, Scope};
pub use slug::Slug;
pub use theme::Theme;

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
