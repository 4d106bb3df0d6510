//! A tabular JSON file, parsed on its own thread and handed over one row at a time.

use std::collections::HashSet;
use std::fmt;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;

use serde::de::{DeserializeSeed, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use sportello_store::resources;

use super::{resource_of_file, Capped, Event, Raw, RawRow, MAX_FIELD_BYTES, MAX_ROW_BYTES};
use crate::hsds::report::{io_error, HsdsError, Issue};

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
pub(super) struct JsonFile {
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

impl JsonFile {
    pub(super) fn open(path: &Path) -> Result<Self, HsdsError> {
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

    pub(super) fn next_event(&mut self) -> Option<Event> {
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
