//! Open Referral HSDS 3.0: the table catalogue, the API's reads, import/export's upserts and dumps.

pub mod catalogue;
pub(crate) mod io;
pub(crate) mod read;
