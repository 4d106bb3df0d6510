//! HSDS import and export (`sportello import hsds`, `sportello export hsds`).
//!
//! An import reads a tabular data package (a folder of CSV files, one per HSDS table, plus
//! our `sportello_*` extension files) or a tabular JSON file (`{"organizations.csv": [rows],
//! …}`) twice, one row at a time: the first pass checks every row against the catalogue and
//! collects what the cross-row checks need (ids, references, slugs), the second writes the
//! rows in one transaction. Memory grows with the number of ids, never with the file size.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate};
use serde::de::{DeserializeSeed, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use sportello_core::Slug;
use sportello_store::{
    resources, Cell, CellKind, HsdsWriteError, RowCounts, RowSource, Store, StoreError,
};

use crate::Clock;

/// The largest value a single field may hold.
pub const MAX_FIELD_BYTES: usize = 1 << 20;
/// The largest CSV record or JSON row read into memory at once.
const MAX_ROW_BYTES: usize = 16 << 20;

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
    fn error(location: impl Into<String>, field: &str, message: impl Into<String>) -> Self {
        Self {
            location: location.into(),
            field: field.to_owned(),
            message: message.into(),
            warning: false,
        }
    }

    fn warning(location: impl Into<String>, field: &str, message: impl Into<String>) -> Self {
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

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> HsdsError + '_ {
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

// ---------------------------------------------------------------------------------------
// Reading: CSV folders and tabular JSON, one row at a time.

/// A value as the input spelled it.
#[derive(Debug, Clone)]
enum Raw {
    Str(String),
    Num(Number),
    Bool(bool),
    /// A JSON array or object where a scalar belongs.
    Other(&'static str),
    /// Already reported (invalid UTF-8, too large).
    Invalid,
}

#[derive(Debug)]
struct RawRow {
    resource: usize,
    location: String,
    /// One per resource column; `None` when absent or empty.
    values: Vec<Option<Raw>>,
    /// Columns missing from the CSV header (reported once there).
    header_missing: Option<Arc<Vec<bool>>>,
    issues: Vec<Issue>,
}

#[derive(Debug)]
enum Event {
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

#[derive(Debug)]
struct CsvFile {
    resource: usize,
    name: String,
    reader: csv::Reader<Capped<File>>,
    read: Arc<AtomicUsize>,
    /// For each CSV column, the resource column it fills.
    map: Vec<Option<usize>>,
    header_missing: Arc<Vec<bool>>,
    pending: VecDeque<Issue>,
    record: csv::ByteRecord,
    done: bool,
}

impl CsvFile {
    fn open(resource: usize, path: &Path) -> Result<Self, HsdsError> {
        let read = Arc::new(AtomicUsize::new(0));
        let file = File::open(path).map_err(io_error(path))?;
        // '\n' ends a record, so that line numbers stay physical lines in CRLF files too;
        // the '\r' of a CRLF is taken off the last field.
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(Capped {
                inner: file,
                read: read.clone(),
                limit: MAX_ROW_BYTES,
            });
        let r = &resources()[resource];
        let name = r.file();
        let mut pending = VecDeque::new();
        let mut map = Vec::new();
        let mut seen = vec![false; r.columns.len()];
        let mut done = false;
        match reader.byte_headers() {
            Ok(headers) => {
                let last = headers.len().saturating_sub(1);
                for (n, field) in headers.iter().enumerate() {
                    let field = if n == last { without_cr(field) } else { field };
                    let Ok(header) = std::str::from_utf8(field) else {
                        pending.push_back(Issue::error(
                            format!("{name}:1"),
                            "",
                            "invalid UTF-8 in the header",
                        ));
                        map.push(None);
                        continue;
                    };
                    match r.column_index(header) {
                        Some(i) if seen[i] => {
                            pending.push_back(Issue::error(
                                format!("{name}:1"),
                                header,
                                "column appears twice",
                            ));
                            map.push(None);
                        }
                        Some(i) => {
                            seen[i] = true;
                            map.push(Some(i));
                        }
                        None => {
                            pending.push_back(Issue::warning(
                                format!("{name}:1"),
                                header,
                                "unknown column, ignored",
                            ));
                            map.push(None);
                        }
                    }
                }
            }
            Err(e) => {
                pending.push_back(Issue::error(format!("{name}:1"), "", e.to_string()));
                done = true;
            }
        }
        let header_missing: Vec<bool> = seen.iter().map(|s| !s).collect();
        if !done {
            for (i, c) in r.columns.iter().enumerate() {
                if header_missing[i] && c.required && c.default.is_none() {
                    pending.push_back(Issue::error(
                        format!("{name}:1"),
                        c.name,
                        "required column missing",
                    ));
                }
            }
        }
        Ok(Self {
            resource,
            name,
            reader,
            read,
            map,
            header_missing: Arc::new(header_missing),
            pending,
            record: csv::ByteRecord::new(),
            done,
        })
    }

    fn next_event(&mut self) -> Option<Event> {
        if let Some(issue) = self.pending.pop_front() {
            return Some(Event::Issue(issue));
        }
        if self.done {
            return None;
        }
        self.read.store(0, Ordering::Relaxed);
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => self.row(),
            Err(e) => {
                self.done = true;
                let line = e.position().map_or(0, csv::Position::line);
                let message = match e.kind() {
                    csv::ErrorKind::Io(io) => io.to_string(),
                    _ => e.to_string(),
                };
                Some(Event::Issue(Issue::error(
                    format!("{}:{line}", self.name),
                    "",
                    message,
                )))
            }
        }
    }

    fn row(&mut self) -> Option<Event> {
        let r = &resources()[self.resource];
        let line = self.record.position().map_or(0, csv::Position::line);
        let location = format!("{}:{line}", self.name);
        if self.record.len() == 1 && without_cr(&self.record[0]).is_empty() {
            // A blank line.
            return self.next_event();
        }
        if self.record.len() != self.map.len() {
            return Some(Event::Issue(Issue::error(
                location,
                "",
                format!(
                    "{} fields where the header has {}",
                    self.record.len(),
                    self.map.len()
                ),
            )));
        }
        let mut values: Vec<Option<Raw>> = vec![None; r.columns.len()];
        let mut issues = Vec::new();
        let last = self.map.len().saturating_sub(1);
        for (n, (field, target)) in self.record.iter().zip(&self.map).enumerate() {
            let Some(i) = *target else { continue };
            let field = if n == last { without_cr(field) } else { field };
            let column = r.columns[i].name;
            if field.len() > MAX_FIELD_BYTES {
                issues.push(Issue::error(
                    location.clone(),
                    column,
                    format!("value larger than {} MB", MAX_FIELD_BYTES >> 20),
                ));
                values[i] = Some(Raw::Invalid);
                continue;
            }
            match std::str::from_utf8(field) {
                Ok("") => {}
                Ok(s) => values[i] = Some(Raw::Str(s.to_owned())),
                Err(e) => {
                    issues.push(Issue::error(
                        location.clone(),
                        column,
                        format!("invalid UTF-8 at byte {}", e.valid_up_to()),
                    ));
                    values[i] = Some(Raw::Invalid);
                }
            }
        }
        Some(Event::Row(RawRow {
            resource: self.resource,
            location,
            values,
            header_missing: Some(self.header_missing.clone()),
            issues,
        }))
    }
}

fn without_cr(field: &[u8]) -> &[u8] {
    field.strip_suffix(b"\r").unwrap_or(field)
}

/// What the JSON parsing thread hands over.
#[derive(Debug)]
enum JsonItem {
    Table(String),
    Row {
        key: String,
        index: usize,
        row: Map<String, Value>,
    },
    Failed(String),
}

#[derive(Debug)]
struct JsonFile {
    name: String,
    rx: Receiver<JsonItem>,
    stop: Arc<AtomicBool>,
    last_extension: Option<usize>,
    unknown_reported: HashSet<(usize, String)>,
}

impl Drop for JsonFile {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Unblock the parser if it waits on a full channel.
        while self.rx.try_recv().is_ok() {}
    }
}

struct JsonTables<'a> {
    tx: &'a SyncSender<JsonItem>,
    read: &'a AtomicUsize,
    stop: &'a AtomicBool,
}

impl<'de> Visitor<'de> for JsonTables<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of tables: {\"organizations.csv\": [rows], …}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let known = resource_of_file(&key).is_some();
            if self.tx.send(JsonItem::Table(key.clone())).is_err() {
                return Err(A::Error::custom("stopped"));
            }
            if known {
                map.next_value_seed(JsonRows {
                    key,
                    tx: self.tx,
                    read: self.read,
                    stop: self.stop,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for JsonTables<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

struct JsonRows<'a> {
    key: String,
    tx: &'a SyncSender<JsonItem>,
    read: &'a AtomicUsize,
    stop: &'a AtomicBool,
}

impl<'de> DeserializeSeed<'de> for JsonRows<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for JsonRows<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an array of row objects for {}", self.key)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while let Some(row) = seq.next_element::<Map<String, Value>>()? {
            self.read.store(0, Ordering::Relaxed);
            if self.stop.load(Ordering::Relaxed) {
                return Err(A::Error::custom("stopped"));
            }
            let item = JsonItem::Row {
                key: self.key.clone(),
                index,
                row,
            };
            if self.tx.send(item).is_err() {
                return Err(A::Error::custom("stopped"));
            }
            index += 1;
        }
        Ok(())
    }
}

fn resource_of_file(file: &str) -> Option<usize> {
    let stem = file.strip_suffix(".csv")?;
    resources().iter().position(|r| r.name == stem)
}

impl JsonFile {
    fn open(path: &Path) -> Result<Self, HsdsError> {
        let file = File::open(path).map_err(io_error(path))?;
        let (tx, rx) = sync_channel(256);
        let stop = Arc::new(AtomicBool::new(false));
        let thread_stop = stop.clone();
        std::thread::spawn(move || {
            let read = Arc::new(AtomicUsize::new(0));
            let reader = BufReader::new(Capped {
                inner: file,
                read: read.clone(),
                limit: MAX_ROW_BYTES,
            });
            let mut de = serde_json::Deserializer::from_reader(reader);
            let tables = JsonTables {
                tx: &tx,
                read: &read,
                stop: &thread_stop,
            };
            let outcome = tables.deserialize(&mut de).and_then(|()| de.end());
            if let Err(e) = outcome {
                if !thread_stop.load(Ordering::Relaxed) {
                    let _ = tx.send(JsonItem::Failed(e.to_string()));
                }
            }
        });
        Ok(Self {
            name: path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            rx,
            stop,
            last_extension: None,
            unknown_reported: HashSet::new(),
        })
    }

    fn next_event(&mut self) -> Option<Event> {
        loop {
            match self.rx.recv().ok()? {
                JsonItem::Failed(message) => {
                    return Some(Event::Issue(Issue::error(
                        self.name.clone(),
                        "",
                        format!("not valid tabular JSON: {message}"),
                    )))
                }
                JsonItem::Table(key) => {
                    if let Some(issue) = self.table(&key) {
                        return Some(Event::Issue(issue));
                    }
                }
                JsonItem::Row { key, index, row } => return Some(self.row(&key, index, row)),
            }
        }
    }

    /// Checks the order of the tables; an issue when something is wrong with this one.
    fn table(&mut self, key: &str) -> Option<Issue> {
        let location = format!("{}:{key}", self.name);
        let Some(r) = resource_of_file(key) else {
            return Some(Issue::warning(location, "", "unknown table, ignored"));
        };
        let is_extension = resources()[r].hsds.is_none();
        if let Some(last) = self.last_extension {
            if r < last || !is_extension {
                return Some(Issue::error(
                    location,
                    "",
                    "the sportello_* tables must come after the HSDS tables, in data-package order",
                ));
            }
        }
        if is_extension {
            self.last_extension = Some(r);
        }
        None
    }

    fn row(&mut self, key: &str, index: usize, row: Map<String, Value>) -> Event {
        let resource = resource_of_file(key).expect("known table");
        let r = &resources()[resource];
        let location = format!("{}:{key}[{index}]", self.name);
        let mut values: Vec<Option<Raw>> = vec![None; r.columns.len()];
        let mut issues = Vec::new();
        for (name, value) in row {
            let Some(i) = r.column_index(&name) else {
                if self.unknown_reported.insert((resource, name.clone())) {
                    issues.push(Issue::warning(
                        location.clone(),
                        &name,
                        "unknown column, ignored",
                    ));
                }
                continue;
            };
            values[i] = match value {
                Value::Null => None,
                Value::String(s) if s.is_empty() => None,
                Value::String(s) if s.len() > MAX_FIELD_BYTES => {
                    issues.push(Issue::error(
                        location.clone(),
                        &name,
                        format!("value larger than {} MB", MAX_FIELD_BYTES >> 20),
                    ));
                    Some(Raw::Invalid)
                }
                Value::String(s) => Some(Raw::Str(s)),
                Value::Number(n) => Some(Raw::Num(n)),
                Value::Bool(b) => Some(Raw::Bool(b)),
                Value::Array(_) => Some(Raw::Other("an array")),
                Value::Object(_) => Some(Raw::Other("an object")),
            };
        }
        Event::Row(RawRow {
            resource,
            location,
            values,
            header_missing: None,
            issues,
        })
    }
}

/// The rows of an input, in data-package order for a folder, in file order for JSON.
#[derive(Debug)]
struct Reader {
    files: VecDeque<(usize, PathBuf)>,
    current: Option<CsvFile>,
    json: Option<JsonFile>,
}

impl Reader {
    /// Opens `path` (a folder or a JSON file); the issues are about the package as a whole.
    fn open(path: &Path) -> Result<(Self, Vec<Issue>), HsdsError> {
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

    fn next_event(&mut self) -> Result<Option<Event>, HsdsError> {
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

// ---------------------------------------------------------------------------------------
// Checking one row.

fn shown(s: &str) -> String {
    let mut short: String = s.chars().take(40).collect();
    if short.len() < s.len() {
        short.push('…');
    }
    format!("{short:?}")
}

fn convert(kind: CellKind, raw: &Raw) -> Result<Cell, String> {
    let text = |raw: &Raw| match raw {
        Raw::Str(s) => Ok(s.clone()),
        Raw::Num(n) => Ok(n.to_string()),
        Raw::Bool(b) => Ok(b.to_string()),
        Raw::Other(what) => Err(format!("expected a single value, found {what}")),
        Raw::Invalid => Err(String::new()),
    };
    match kind {
        CellKind::Text => text(raw).map(Cell::Text),
        CellKind::Number => match raw {
            Raw::Num(n) => n
                .as_f64()
                .map(Cell::Number)
                .ok_or_else(|| "number out of range".to_owned()),
            Raw::Str(s) => match s.trim().parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(Cell::Number(n)),
                _ => Err(format!("not a number: {}", shown(s))),
            },
            other => Err(format!("not a number: {}", text(other)?)),
        },
        CellKind::Bool => match raw {
            Raw::Bool(b) => Ok(Cell::Bool(*b)),
            other => match text(other)?.to_ascii_lowercase().as_str() {
                "true" | "1" => Ok(Cell::Bool(true)),
                "false" | "0" => Ok(Cell::Bool(false)),
                s => Err(format!("not true or false: {}", shown(s))),
            },
        },
        CellKind::Date => {
            let s = text(raw)?;
            NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                .map(Cell::Date)
                .map_err(|_| format!("not a date (YYYY-MM-DD): {}", shown(&s)))
        }
    }
}

fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn valid_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn check_format(format: &str, s: &str) -> Option<String> {
    let ok = match format {
        "uuid" => s.len() == 36 && uuid::Uuid::parse_str(s).is_ok(),
        "email" => valid_email(s),
        "uri" => valid_uri(s),
        "date-time" => DateTime::parse_from_rfc3339(s).is_ok(),
        "slug" => Slug::parse(s).is_ok(),
        _ => true,
    };
    (!ok).then(|| {
        let what = match format {
            "uuid" => "a UUID",
            "email" => "an e-mail address",
            "uri" => "a URI",
            "date-time" => "an RFC 3339 date-time",
            "slug" => "a slug (lower-case letters, digits and single hyphens)",
            _ => "valid",
        };
        format!("not {what}: {}", shown(s))
    })
}

/// The cells of a row, typed; every problem goes to `issues`.
fn check_row(row: &RawRow, issues: &mut Vec<Issue>) -> Vec<Cell> {
    let r = &resources()[row.resource];
    let mut cells = Vec::with_capacity(r.columns.len() + r.insert_only.len());
    for (i, column) in r.columns.iter().enumerate() {
        let mut cell = match &row.values[i] {
            Some(Raw::Invalid) => {
                cells.push(Cell::Null);
                continue;
            }
            Some(raw) => match convert(column.kind, raw) {
                Ok(cell) => cell,
                Err(message) => {
                    issues.push(Issue::error(row.location.clone(), column.name, message));
                    cells.push(Cell::Null);
                    continue;
                }
            },
            None => Cell::Null,
        };
        if cell == Cell::Null {
            if let Some(default) = column.default {
                if column.required && r.hsds.is_some() {
                    issues.push(Issue::warning(
                        row.location.clone(),
                        column.name,
                        "empty, although HSDS requires it",
                    ));
                }
                cell = convert(column.kind, &Raw::Str(default.to_owned())).unwrap_or(Cell::Null);
            }
        }
        let header_missing = row.header_missing.as_ref().is_some_and(|m| m[i]);
        if cell == Cell::Null && column.required && !header_missing {
            issues.push(Issue::error(row.location.clone(), column.name, "required"));
        }
        if let Cell::Text(s) = &cell {
            if let Some(message) = check_format(column.format, s) {
                issues.push(Issue::error(row.location.clone(), column.name, message));
            } else if !column.allowed.is_empty() && !column.allowed.contains(&s.as_str()) {
                issues.push(Issue::error(
                    row.location.clone(),
                    column.name,
                    format!("{} is not one of {}", shown(s), column.allowed.join(", ")),
                ));
            }
        }
        cells.push(cell);
    }
    cells
}

// ---------------------------------------------------------------------------------------
// Checks across rows.

/// A row's key, compact when it is one UUID.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Uuid(u128),
    Text(Box<str>),
}

impl Key {
    fn of(cells: &[&Cell]) -> Option<Self> {
        let mut parts = Vec::with_capacity(cells.len());
        for cell in cells {
            match cell {
                Cell::Text(s) => parts.push(s.as_str()),
                Cell::Null => parts.push(""),
                _ => return None,
            }
        }
        if let [one] = parts.as_slice() {
            if let Ok(id) = uuid::Uuid::parse_str(one) {
                if one.len() == 36 {
                    return Some(Key::Uuid(id.as_u128()));
                }
            }
        }
        Some(Key::Text(parts.join("\u{1f}").into()))
    }

    fn of_text(s: &str) -> Self {
        Self::of(&[&Cell::Text(s.to_owned())]).unwrap_or(Key::Text(s.into()))
    }
}

#[derive(Debug)]
struct PendingReference {
    location: String,
    resource: usize,
    column: usize,
    value: String,
}

#[derive(Debug)]
struct OutOfRange {
    issue: Issue,
    location_id: String,
}

/// What the first pass learns: problems, counts, and what the cross-row checks need.
#[derive(Debug)]
struct Analysis {
    issues: Vec<Issue>,
    rows: Vec<u64>,
    keys: Vec<HashSet<Key>>,
    unique: HashMap<(usize, usize), HashSet<String>>,
    references: Vec<PendingReference>,
    out_of_range: Vec<OutOfRange>,
    /// Organizations of the import: id and name.
    organizations: Vec<(String, String)>,
    /// `sportello_organizations`: id → (slug, location).
    organization_slugs: HashMap<String, (String, String)>,
}

fn text(cell: &Cell) -> Option<&str> {
    match cell {
        Cell::Text(s) => Some(s),
        _ => None,
    }
}

impl Analysis {
    fn new(issues: Vec<Issue>) -> Self {
        let n = resources().len();
        Self {
            issues,
            rows: vec![0; n],
            keys: vec![HashSet::new(); n],
            unique: HashMap::new(),
            references: Vec::new(),
            out_of_range: Vec::new(),
            organizations: Vec::new(),
            organization_slugs: HashMap::new(),
        }
    }

    fn add(&mut self, mut row: RawRow) {
        let r = &resources()[row.resource];
        self.rows[row.resource] += 1;
        let mut issues = std::mem::take(&mut row.issues);
        let cells = check_row(&row, &mut issues);
        let key_cells: Vec<&Cell> = r
            .key
            .iter()
            .map(|k| &cells[r.column_index(k).expect("key column")])
            .collect();
        if key_cells.iter().all(|c| **c != Cell::Null) {
            if let Some(key) = Key::of(&key_cells) {
                if !self.keys[row.resource].insert(key) {
                    let message = if r.key.len() == 1 {
                        "duplicate id in this table".to_owned()
                    } else {
                        format!("duplicate key ({}) in this table", r.key.join(", "))
                    };
                    issues.push(Issue::error(row.location.clone(), r.key[0], message));
                }
            }
        }
        for (i, column) in r.columns.iter().enumerate() {
            let Cell::Text(value) = &cells[i] else {
                continue;
            };
            if column.unique
                && !self
                    .unique
                    .entry((row.resource, i))
                    .or_default()
                    .insert(value.clone())
            {
                issues.push(Issue::error(
                    row.location.clone(),
                    column.name,
                    format!("duplicate {} {}", column.name, shown(value)),
                ));
            }
            if column.references.is_some() {
                self.references.push(PendingReference {
                    location: row.location.clone(),
                    resource: row.resource,
                    column: i,
                    value: value.clone(),
                });
            }
        }
        let cell = |name: &str| r.column_index(name).and_then(|i| text(&cells[i]));
        match r.name {
            "organizations" => {
                if let (Some(id), Some(name)) = (cell("id"), cell("name")) {
                    self.organizations.push((id.to_owned(), name.to_owned()));
                }
            }
            "sportello_organizations" => {
                if let (Some(id), Some(slug)) = (cell("id"), cell("slug")) {
                    self.organization_slugs
                        .insert(id.to_owned(), (slug.to_owned(), row.location.clone()));
                }
            }
            "locations" => {
                for (name, bound) in [("latitude", 90.0), ("longitude", 180.0)] {
                    let i = r.column_index(name).expect("locations column");
                    if let (Cell::Number(n), Some(id)) = (&cells[i], cell("id")) {
                        if !(-bound..=bound).contains(n) {
                            self.out_of_range.push(OutOfRange {
                                issue: Issue::warning(
                                    row.location.clone(),
                                    name,
                                    format!("{n} is out of range -{bound}..{bound}"),
                                ),
                                location_id: id.to_owned(),
                            });
                        }
                    }
                }
            }
            _ => {}
        }
        self.issues.extend(issues);
    }

    /// The checks that need every row and the database. Returns each imported
    /// organization's slug.
    async fn finish(
        &mut self,
        store: &Store,
        strict: bool,
    ) -> Result<HashMap<String, String>, HsdsError> {
        self.check_references(store).await?;
        self.check_coordinates(store).await?;
        let slugs = self.organization_slugs(store).await?;
        if strict {
            for issue in &mut self.issues {
                issue.warning = false;
            }
        }
        Ok(slugs)
    }

    async fn check_references(&mut self, store: &Store) -> Result<(), HsdsError> {
        let mut elsewhere: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
        for (n, pending) in self.references.iter().enumerate() {
            let column = &resources()[pending.resource].columns[pending.column];
            let reference = column.references.expect("a reference");
            let in_import = reference
                .resource
                .and_then(|name| resources().iter().position(|r| r.name == name))
                .is_some_and(|t| self.keys[t].contains(&Key::of_text(&pending.value)));
            if !in_import {
                elsewhere
                    .entry((reference.table, reference.column))
                    .or_default()
                    .push(n);
            }
        }
        let mut found_issues = Vec::new();
        for ((table, column), list) in elsewhere {
            let mut values: Vec<String> = list
                .iter()
                .map(|&n| self.references[n].value.clone())
                .collect();
            values.sort();
            values.dedup();
            let found = store.hsds_existing_keys(table, column, &values).await?;
            for n in list {
                let pending = &self.references[n];
                if !found.contains(&pending.value) {
                    let column = &resources()[pending.resource].columns[pending.column];
                    let reference = column.references.expect("a reference");
                    found_issues.push((
                        n,
                        Issue::error(
                            pending.location.clone(),
                            column.name,
                            format!("{}: {}", reference.message, shown(&pending.value)),
                        ),
                    ));
                }
            }
        }
        found_issues.sort_by_key(|(n, _)| *n);
        self.issues
            .extend(found_issues.into_iter().map(|(_, issue)| issue));
        Ok(())
    }

    /// Out-of-range coordinates are a warning (the HSDS examples have them), except on a
    /// location that is a desk of the network, whose position the map shows.
    async fn check_coordinates(&mut self, store: &Store) -> Result<(), HsdsError> {
        if self.out_of_range.is_empty() {
            return Ok(());
        }
        let desks = resources()
            .iter()
            .position(|r| r.name == "sportello_desks")
            .expect("desks resource");
        let ids: Vec<String> = self
            .out_of_range
            .iter()
            .map(|o| o.location_id.clone())
            .collect();
        let in_database = store.hsds_existing_keys("desks", "id", &ids).await?;
        for o in std::mem::take(&mut self.out_of_range) {
            let mut issue = o.issue;
            if in_database.contains(&o.location_id)
                || self.keys[desks].contains(&Key::of_text(&o.location_id))
            {
                issue.warning = false;
                issue.message.push_str(" (this location is a desk)");
            }
            self.issues.push(issue);
        }
        Ok(())
    }

    async fn organization_slugs(
        &mut self,
        store: &Store,
    ) -> Result<HashMap<String, String>, HsdsError> {
        let existing = store.hsds_organization_slugs().await?;
        let mut taken: HashSet<String> = existing.iter().map(|(_, s)| s.clone()).collect();
        let owner: HashMap<&str, &str> = existing
            .iter()
            .map(|(id, slug)| (slug.as_str(), id.as_str()))
            .collect();
        let mut ext: Vec<(&String, &(String, String))> = self.organization_slugs.iter().collect();
        ext.sort_by(|a, b| a.1 .1.cmp(&b.1 .1));
        for (id, (slug, location)) in ext {
            taken.insert(slug.clone());
            if let Some(other) = owner.get(slug.as_str()) {
                let other_keeps_it = self
                    .organization_slugs
                    .get(*other)
                    .is_none_or(|(s, _)| s == slug);
                if *other != id && other_keeps_it {
                    self.issues.push(Issue::error(
                        location.clone(),
                        "slug",
                        format!("{} is the slug of organization {other}", shown(slug)),
                    ));
                }
            }
        }
        let by_id: HashMap<&str, &str> = existing
            .iter()
            .map(|(id, slug)| (id.as_str(), slug.as_str()))
            .collect();
        let mut slugs = HashMap::new();
        for (id, name) in &self.organizations {
            let slug = if let Some((slug, _)) = self.organization_slugs.get(id) {
                slug.clone()
            } else if let Some(slug) = by_id.get(id.as_str()) {
                (*slug).to_owned()
            } else {
                unique_slug(&slugify(name), &mut taken)
            };
            slugs.insert(id.clone(), slug);
        }
        Ok(slugs)
    }
}

/// A slug from a name: lower-case ASCII letters and digits, single hyphens.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for ch in name.chars().flat_map(char::to_lowercase) {
        let mapped = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
            'è' | 'é' | 'ê' | 'ë' | 'ē' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
            'ç' | 'ć' | 'č' => "c",
            'ñ' | 'ń' => "n",
            'š' | 'ś' | 'ș' | 'ş' => "s",
            'ž' | 'ź' | 'ż' => "z",
            'ț' | 'ţ' => "t",
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        out.push_str(mapped);
    }
    let mut slug = String::with_capacity(out.len());
    for part in out.split('-').filter(|p| !p.is_empty()) {
        if !slug.is_empty() {
            if slug.len() + 1 + part.len() > 70 {
                break;
            }
            slug.push('-');
        }
        slug.push_str(part);
    }
    slug.truncate(70);
    if slug.is_empty() {
        "organizzazione".to_owned()
    } else {
        slug
    }
}

fn unique_slug(base: &str, taken: &mut HashSet<String>) -> String {
    if taken.insert(base.to_owned()) {
        return base.to_owned();
    }
    let mut n = 2u64;
    loop {
        let candidate = format!("{base}-{n}");
        if taken.insert(candidate.clone()) {
            return candidate;
        }
        n += 1;
    }
}

// ---------------------------------------------------------------------------------------
// Import.

/// The second pass: the same rows again, typed, for the store to write.
#[derive(Debug)]
struct Rows {
    reader: Reader,
    slugs: HashMap<String, String>,
}

impl RowSource for Rows {
    fn next_row(&mut self) -> Result<Option<(usize, Vec<Cell>)>, String> {
        loop {
            let event = self.reader.next_event().map_err(|e| e.to_string())?;
            let row = match event {
                None => return Ok(None),
                Some(Event::Issue(issue)) if issue.warning => continue,
                Some(Event::Issue(issue)) => {
                    return Err(format!("the input changed after it was checked: {issue}"))
                }
                Some(Event::Row(row)) => row,
            };
            let mut issues = row.issues.clone();
            let mut cells = check_row(&row, &mut issues);
            if let Some(issue) = issues.iter().find(|i| !i.warning) {
                return Err(format!("the input changed after it was checked: {issue}"));
            }
            let r = &resources()[row.resource];
            if !r.insert_only.is_empty() {
                // Only organizations have one: the slug.
                let slug = text(&cells[0])
                    .and_then(|id| self.slugs.get(id))
                    .cloned()
                    .map_or(Cell::Null, Cell::Text);
                cells.push(slug);
            }
            return Ok(Some((row.resource, cells)));
        }
    }
}

/// Imports the data package folder or tabular JSON file at `path`: checks every row, then
/// writes all of them in one transaction, or nothing when any row is invalid.
pub async fn import(
    store: &Store,
    clock: &dyn Clock,
    path: &Path,
    options: ImportOptions,
) -> Result<ImportReport, HsdsError> {
    let (mut reader, issues) = Reader::open(path)?;
    let mut analysis = Analysis::new(issues);
    while let Some(event) = reader.next_event()? {
        match event {
            Event::Row(row) => analysis.add(row),
            Event::Issue(issue) => analysis.issues.push(issue),
        }
    }
    drop(reader);
    let slugs = analysis.finish(store, options.strict).await?;
    let mut report = ImportReport {
        tables: resources()
            .iter()
            .zip(&analysis.rows)
            .filter(|(_, rows)| **rows > 0)
            .map(|(r, rows)| TableReport {
                file: r.file(),
                rows: *rows,
                counts: RowCounts::default(),
            })
            .collect(),
        issues: std::mem::take(&mut analysis.issues),
        written: false,
    };
    drop(analysis);
    if report.errors() > 0 || options.dry_run {
        return Ok(report);
    }
    let (reader, _) = Reader::open(path)?;
    let mut rows = Rows { reader, slugs };
    let counts = store.hsds_import(&mut rows, clock.now()).await?;
    for (r, counts) in resources().iter().zip(counts) {
        if let Some(table) = report.tables.iter_mut().find(|t| t.file == r.file()) {
            table.counts = counts;
        }
    }
    report.written = true;
    Ok(report)
}

// ---------------------------------------------------------------------------------------
// Export.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// `{"organizations.csv": [rows], …}` in one file.
    Json,
    /// A folder: one CSV per table and `datapackage.json`.
    Datapackage,
}

/// A number as HSDS examples write it: integral values without a fraction.
#[allow(clippy::cast_possible_truncation)]
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        (n as i64).to_string()
    } else {
        n.to_string()
    }
}

#[allow(clippy::cast_possible_truncation)]
fn cell_json(cell: &Cell) -> Option<Value> {
    match cell {
        Cell::Null => None,
        Cell::Text(s) => Some(Value::String(s.clone())),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(Value::from(*n as i64)),
        Cell::Number(n) => Some(Value::from(*n)),
        Cell::Bool(b) => Some(Value::Bool(*b)),
        Cell::Date(d) => Some(Value::String(d.to_string())),
    }
}

fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Null => String::new(),
        Cell::Text(s) => s.clone(),
        Cell::Number(n) => number_text(*n),
        Cell::Bool(b) => b.to_string(),
        Cell::Date(d) => d.to_string(),
    }
}

/// The Frictionless descriptor of the exported folder.
pub fn datapackage_descriptor() -> Value {
    let resources: Vec<Value> = resources()
        .iter()
        .map(|r| {
            let fields: Vec<Value> = r
                .columns
                .iter()
                .map(|c| {
                    let mut constraints = Map::new();
                    constraints.insert(
                        "required".to_owned(),
                        Value::Bool(c.required && c.default.is_none()),
                    );
                    if c.unique {
                        constraints.insert("unique".to_owned(), Value::Bool(true));
                    }
                    if !c.allowed.is_empty() {
                        constraints.insert("enum".to_owned(), c.allowed.into());
                    }
                    let mut field = serde_json::json!({
                        "name": c.name,
                        "type": match c.kind {
                            CellKind::Text => "string",
                            CellKind::Number => "number",
                            CellKind::Bool => "boolean",
                            CellKind::Date => "date",
                        },
                        "constraints": constraints,
                    });
                    if matches!(c.format, "uuid" | "email" | "uri") {
                        field["format"] = c.format.into();
                    }
                    field
                })
                .collect();
            serde_json::json!({
                "name": r.name,
                "path": r.file(),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": { "fields": fields, "primaryKey": r.key },
            })
        })
        .collect();
    serde_json::json!({
        "name": "sportello-hsds",
        "title": "Sportello directory (HSDS 3.0)",
        "profile": "tabular-data-package",
        "resources": resources,
    })
}

/// Writes the whole directory to `out`, one row at a time; returns the rows per file.
pub async fn export(
    store: &Store,
    format: ExportFormat,
    out: &Path,
) -> Result<Vec<(String, u64)>, HsdsError> {
    match format {
        ExportFormat::Datapackage => export_datapackage(store, out).await,
        ExportFormat::Json => export_json(store, out).await,
    }
}

async fn export_datapackage(store: &Store, out: &Path) -> Result<Vec<(String, u64)>, HsdsError> {
    std::fs::create_dir_all(out).map_err(io_error(out))?;
    let mut written = Vec::new();
    for r in resources() {
        let path = out.join(r.file());
        let file = File::create(&path).map_err(io_error(&path))?;
        let mut csv = csv::Writer::from_writer(BufWriter::new(file));
        csv.write_record(r.columns.iter().map(|c| c.name))
            .map_err(|e| io_error(&path)(e.into()))?;
        let rows = store
            .hsds_dump(r, |cells| {
                csv.write_record(cells.iter().map(cell_text))
                    .map_err(|e| io_error(&path)(e.into()))
            })
            .await?;
        csv.flush().map_err(io_error(&path))?;
        written.push((r.file(), rows));
    }
    let path = out.join("datapackage.json");
    let text = serde_json::to_string_pretty(&datapackage_descriptor()).expect("a JSON value");
    std::fs::write(&path, text + "\n").map_err(io_error(&path))?;
    Ok(written)
}

async fn export_json(store: &Store, out: &Path) -> Result<Vec<(String, u64)>, HsdsError> {
    let file = File::create(out).map_err(io_error(out))?;
    let mut w = BufWriter::new(file);
    let mut written = Vec::new();
    w.write_all(b"{").map_err(io_error(out))?;
    for (t, r) in resources().iter().enumerate() {
        let key = Value::String(r.file()).to_string();
        let head = format!("{}\n  {key}: [", if t == 0 { "" } else { "," });
        w.write_all(head.as_bytes()).map_err(io_error(out))?;
        let mut first = true;
        let rows = store
            .hsds_dump(r, |cells| {
                // Written by hand to keep the columns in catalogue order.
                let mut row = String::from(if first { "\n    {" } else { ",\n    {" });
                for (column, cell) in r.columns.iter().zip(cells) {
                    if let Some(value) = cell_json(cell) {
                        if !row.ends_with('{') {
                            row.push(',');
                        }
                        row.push_str(&Value::String(column.name.to_owned()).to_string());
                        row.push(':');
                        row.push_str(&value.to_string());
                    }
                }
                row.push('}');
                w.write_all(row.as_bytes()).map_err(io_error(out))?;
                first = false;
                Ok::<_, HsdsError>(())
            })
            .await?;
        w.write_all(if first { b"]" } else { b"\n  ]" })
            .map_err(io_error(out))?;
        written.push((r.file(), rows));
    }
    w.write_all(b"\n}\n").map_err(io_error(out))?;
    w.flush().map_err(io_error(out))?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_from_names() {
        assert_eq!(
            slugify("Example Organization Inc."),
            "example-organization-inc"
        );
        assert_eq!(
            slugify("Comune di Forlì — Sportello"),
            "comune-di-forli-sportello"
        );
        assert_eq!(slugify("!!!"), "organizzazione");
        assert!(Slug::parse(&slugify(&"Lungo nome ".repeat(20))).is_ok());
        let mut taken = HashSet::from(["a".to_owned(), "a-2".to_owned()]);
        assert_eq!(unique_slug("a", &mut taken), "a-3");
    }

    #[test]
    fn numbers_keep_their_shape() {
        assert_eq!(number_text(2011.0), "2011");
        assert_eq!(number_text(-3.5), "-3.5");
        assert_eq!(cell_json(&Cell::Number(100.0)), Some(Value::from(100)));
    }

    #[test]
    fn formats() {
        assert!(check_format("uuid", "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610").is_none());
        assert!(check_format("uuid", "d9d5e0f5d3ce4f739a2f4dd0ecc6c610").is_some());
        assert!(check_format("email", "email@example.com").is_none());
        assert!(check_format("email", "not an email").is_some());
        assert!(check_format("uri", "http://example.com").is_none());
        assert!(check_format("uri", "example dot com").is_some());
        assert!(check_format("date-time", "2023-03-15T10:30:45.123Z").is_none());
        assert!(check_format("date-time", "2023-03-15").is_some());
    }
}
