//! Services: the online-services catalogue, service cards, service editing, service search.

pub(crate) mod editing;
pub(crate) mod search;
pub(crate) mod services;
