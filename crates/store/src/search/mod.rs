//! What the search indexes read: the outbox of changes every directory and knowledge-base
//! write adds to in its own transaction, and the services as documents.

pub mod documents;
pub mod outbox;
