//! The JSON APIs, one module per area.

pub mod hsds;
