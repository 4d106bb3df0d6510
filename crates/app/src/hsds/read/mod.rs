//! Reading: CSV folders and tabular JSON, one row at a time.

mod csv_file;
mod json_file;

use std::collections::VecDeque;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use serde_json::{Number, Value};
use sportello_store::resources;

use self::csv_file::CsvFile;
use self::json_file::JsonFile;
use super::report::{io_error, HsdsError, Issue};

/// The largest value a single field may hold.
pub const MAX_FIELD_BYTES: usize = 1 << 20;
/// The largest CSV record or JSON row read into memory at once.
const MAX_ROW_BYTES: usize = 16 << 20;

/// A value as the input spelled it.
#[derive(Debug, Clone)]
pub(super) enum Raw {
    Str(String),
    Num(Number),
    Bool(bool),
    /// A JSON array or object where a scalar belongs.
    Other(&'static str),
    /// Already reported (invalid UTF-8, too large).
    Invalid,
}

#[derive(Debug)]
pub(super) struct RawRow {
    pub(super) resource: usize,
    pub(super) location: String,
    /// One per resource column; `None` when absent or empty.
    pub(super) values: Vec<Option<Raw>>,
    /// Columns missing from the CSV header (reported once there).
    pub(super) header_missing: Option<Arc<Vec<bool>>>,
    pub(super) issues: Vec<Issue>,
}

#[derive(Debug)]
pub(super) enum Event {
    Row(RawRow),
    Issue(Issue),
}

/// A reader that refuses to hand out more than `limit` bytes between two resets, so a
/// single huge record cannot fill the memory.
#[derive(Debug)]
struct Capped<R> {
    inner: R,
    read: Arc<AtomicUsize>,
    limit: usize,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.read.load(Ordering::Relaxed) > self.limit {
            return Err(io::Error::other(format!(
                "a row is larger than {} MB",
                self.limit >> 20
            )));
        }
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n, Ordering::Relaxed);
        Ok(n)
    }
}

fn resource_of_file(file: &str) -> Option<usize> {
    let stem = file.strip_suffix(".csv")?;
    resources().iter().position(|r| r.name == stem)
}

/// The rows of an input, in data-package order for a folder, in file order for JSON.
#[derive(Debug)]
pub(super) struct Reader {
    files: VecDeque<(usize, PathBuf)>,
    current: Option<CsvFile>,
    json: Option<JsonFile>,
}

impl Reader {
    /// Opens `path` (a folder or a JSON file); the issues are about the package as a whole.
    pub(super) fn open(path: &Path) -> Result<(Self, Vec<Issue>), HsdsError> {
        let mut issues = Vec::new();
        if !path.is_dir() {
            let json = JsonFile::open(path)?;
            return Ok((
                Self {
                    files: VecDeque::new(),
                    current: None,
                    json: Some(json),
                },
                issues,
            ));
        }
        let mut files = VecDeque::new();
        for (i, r) in resources().iter().enumerate() {
            let file = path.join(r.file());
            if file.is_file() {
                files.push_back((i, file));
            }
        }
        let entries = std::fs::read_dir(path).map_err(io_error(path))?;
        let mut unknown: Vec<String> = Vec::new();
        for entry in entries {
            let entry = entry.map_err(io_error(path))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_csv = Path::new(&name)
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("csv"));
            if is_csv && resource_of_file(&name).is_none() {
                unknown.push(name);
            }
        }
        unknown.sort();
        for name in unknown {
            issues.push(Issue::warning(name, "", "not an HSDS table, ignored"));
        }
        let package = path.join("datapackage.json");
        if package.is_file() {
            let text = std::fs::read(&package).map_err(io_error(&package))?;
            match serde_json::from_slice::<Value>(&text) {
                Ok(Value::Object(doc)) => {
                    let listed = doc
                        .get("resources")
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default();
                    for resource in listed {
                        let Some(file) = resource.get("path").and_then(Value::as_str) else {
                            continue;
                        };
                        if !path.join(file).is_file() {
                            issues.push(Issue::warning(
                                "datapackage.json",
                                "",
                                format!("lists {file}, which is not in the folder"),
                            ));
                        }
                    }
                }
                _ => issues.push(Issue::warning(
                    "datapackage.json",
                    "",
                    "not a JSON data package descriptor, ignored",
                )),
            }
        }
        if files.is_empty() {
            issues.push(Issue::error(
                path.display().to_string(),
                "",
                "no HSDS CSV file (organizations.csv, services.csv, …) in this folder",
            ));
        }
        Ok((
            Self {
                files,
                current: None,
                json: None,
            },
            issues,
        ))
    }

    pub(super) fn next_event(&mut self) -> Result<Option<Event>, HsdsError> {
        if let Some(json) = &mut self.json {
            return Ok(json.next_event());
        }
        loop {
            if let Some(current) = &mut self.current {
                if let Some(event) = current.next_event() {
                    return Ok(Some(event));
                }
                self.current = None;
            }
            let Some((resource, path)) = self.files.pop_front() else {
                return Ok(None);
            };
            self.current = Some(CsvFile::open(resource, &path)?);
        }
    }
}
