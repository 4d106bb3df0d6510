//! The directory's change history: HSDS `metadata` rows, one per changed field, written by
//! every workspace edit (desks, services, organisations) and read back for operators.

use chrono::{DateTime, Utc};

/// An HSDS `last_action_date`: RFC 3339 UTC to the second.
pub(crate) fn stamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The columns of a `FieldChange`, from `metadata m`: `updated_by` holds the editor's account
/// id (the public API shows metadata, so no e-mail is stored); operators see the e-mail while
/// the account exists.
pub(crate) const HISTORY_SELECT: &str =
    "SELECT m.field_name, m.previous_value, m.replacement_value, \
     COALESCE(u.email, m.updated_by) AS updated_by, m.last_action_date \
     FROM metadata m LEFT JOIN users u ON u.id = m.updated_by";

/// Inside a `write!` body: one HSDS `metadata` row per field whose value changed; returns
/// the names of the changed fields.
macro_rules! record_changes {
    ($tx:ident, $resource_id:expr, $resource_type:literal, $fields:expr, $editor:expr, $now:expr) => {{
        let mut changed = Vec::new();
        for (field, before, after) in $fields {
            if before == after {
                continue;
            }
            changed.push((*field).to_owned());
            sqlx::query(concat!(
                "INSERT INTO metadata (id, resource_id, resource_type, last_action_date, \
                 last_action_type, field_name, previous_value, replacement_value, updated_by) \
                 VALUES ($1, $2, '",
                $resource_type,
                "', $3, 'update', $4, $5, $6, $7)"
            ))
            .bind($crate::new_id())
            .bind($resource_id)
            .bind($crate::editing::history::stamp($now))
            .bind(*field)
            .bind(before)
            .bind(after)
            .bind($editor)
            .execute(&mut *$tx)
            .await?;
        }
        changed
    }};
}
pub(crate) use record_changes;
