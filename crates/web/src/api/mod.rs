//! The JSON APIs, one module per area, and how they answer (`respond`: the request context
//! and errors with stable codes).

pub mod hsds;
pub(crate) mod respond;
pub mod search;
