//! What an import tells: the issues it found, the errors it failed with, the rows per table.

use std::fmt;
use std::io;
use std::path::Path;

use sportello_store::{HsdsWriteError, RowCounts, StoreError};

/// One problem found in the input: `file:line: field: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// `organizations.csv:3` (CSV physical line, header = 1) or
    /// `tabular.json:organizations.csv[2]` (array index).
    pub location: String,
    pub field: String,
    pub message: String,
    /// A warning does not stop the import (unless it is strict).
    pub warning: bool,
}

impl Issue {
    pub(super) fn error(
        location: impl Into<String>,
        field: &str,
        message: impl Into<String>,
    ) -> Self {
        Self {
            location: location.into(),
            field: field.to_owned(),
            message: message.into(),
            warning: false,
        }
    }

    pub(super) fn warning(
        location: impl Into<String>,
        field: &str,
        message: impl Into<String>,
    ) -> Self {
        Self {
            warning: true,
            ..Self::error(location, field, message)
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.location)?;
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        if self.warning {
            write!(f, "warning: ")?;
        }
        f.write_str(&self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum HsdsError {
    #[error("{path}: {source}")]
    Io { path: String, source: io::Error },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("import failed, nothing was written: {0}")]
    Write(String),
}

impl From<HsdsWriteError> for HsdsError {
    fn from(e: HsdsWriteError) -> Self {
        match e {
            HsdsWriteError::Store(e) => HsdsError::Store(e),
            HsdsWriteError::Source(s) => HsdsError::Write(s),
        }
    }
}

pub(super) fn io_error(path: &Path) -> impl FnOnce(io::Error) -> HsdsError + '_ {
    move |source| HsdsError::Io {
        path: path.display().to_string(),
        source,
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Check and count, write nothing.
    pub dry_run: bool,
    /// Treat warnings (out-of-range coordinates, unknown columns) as errors.
    pub strict: bool,
}

/// The rows of one resource and what the import did with them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableReport {
    /// The file name (`organizations.csv`).
    pub file: String,
    pub rows: u64,
    /// Zero on a dry run or when nothing was written.
    pub counts: RowCounts,
}

#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    pub issues: Vec<Issue>,
    /// Resources with at least one row, in data-package order.
    pub tables: Vec<TableReport>,
    pub written: bool,
}

impl ImportReport {
    pub fn errors(&self) -> usize {
        self.issues.iter().filter(|i| !i.warning).count()
    }
}
