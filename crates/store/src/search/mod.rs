//! What the search indexes read: the outbox of changes every directory and knowledge-base
//! write adds to in its own transaction, and the services as documents; and the readers'
//! questions counted for the editors.

pub mod analytics;
pub mod documents;
pub mod outbox;
