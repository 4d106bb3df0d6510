//! The HSDS API and HSDS import/export.

mod api;
mod io;
