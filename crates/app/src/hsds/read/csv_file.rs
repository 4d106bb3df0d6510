//! One CSV file of a data package folder.

use std::collections::VecDeque;
use std::fs::File;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use sportello_store::resources;

use super::{Capped, Event, Raw, RawRow, MAX_FIELD_BYTES, MAX_ROW_BYTES};
use crate::hsds::report::{io_error, HsdsError, Issue};

#[derive(Debug)]
pub(super) struct CsvFile {
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
    pub(super) fn open(resource: usize, path: &Path) -> Result<Self, HsdsError> {
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

    pub(super) fn next_event(&mut self) -> Option<Event> {
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
