//! What every editable record shares: its field history in HSDS `metadata` rows.

pub(crate) mod history;
