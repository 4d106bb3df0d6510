//! Desks (HSDS locations with our extension), their editing, and which hub answers a theme.

pub(crate) mod desks;
pub(crate) mod editing;
pub(crate) mod theme_hubs;
