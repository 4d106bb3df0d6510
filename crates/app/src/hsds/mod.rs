//! Open Referral HSDS 3.0 import and export.

mod io;

pub use io::*;
