//! Export: the whole directory as a data package folder or one tabular JSON file. By
//! default exactly what the public API shows (a sensitive desk's address, coordinates and
//! history left out); everything, for backups, only when asked by name.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use serde_json::{Map, Value};
use sportello_store::{resources, Cell, CellKind, Store};

pub use sportello_store::DumpScope;

use super::report::{io_error, HsdsError};

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

/// How an export is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    pub format: ExportFormat,
    pub scope: DumpScope,
    /// Text cells a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return) get a leading `'`, so that opening the CSV files in
    /// Excel or LibreOffice runs nothing. It changes the data: such a package is for
    /// reading in a spreadsheet, not for importing again.
    pub spreadsheet_safe: bool,
}

impl ExportOptions {
    /// `scope` in `format`, every value exactly as stored.
    pub fn new(format: ExportFormat, scope: DumpScope) -> Self {
        Self {
            format,
            scope,
            spreadsheet_safe: false,
        }
    }
}

/// `text` with a leading `'` when a spreadsheet would take it for a formula.
fn defused(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn cell_text(cell: &Cell, spreadsheet_safe: bool) -> String {
    match cell {
        Cell::Null => String::new(),
        Cell::Text(s) if spreadsheet_safe => defused(s),
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

/// Writes the directory to `out` as `scope` says, one row at a time; returns the rows per
/// file.
pub async fn export(
    store: &Store,
    options: &ExportOptions,
    out: &Path,
) -> Result<Vec<(String, u64)>, HsdsError> {
    match options.format {
        ExportFormat::Datapackage => {
            export_datapackage(store, options.scope, options.spreadsheet_safe, out).await
        }
        ExportFormat::Json => export_json(store, options.scope, out).await,
    }
}

async fn export_datapackage(
    store: &Store,
    scope: DumpScope,
    spreadsheet_safe: bool,
    out: &Path,
) -> Result<Vec<(String, u64)>, HsdsError> {
    std::fs::create_dir_all(out).map_err(io_error(out))?;
    let mut written = Vec::new();
    for r in resources() {
        let path = out.join(r.file());
        let file = File::create(&path).map_err(io_error(&path))?;
        let mut csv = csv::Writer::from_writer(BufWriter::new(file));
        csv.write_record(r.columns.iter().map(|c| c.name))
            .map_err(|e| io_error(&path)(e.into()))?;
        let rows = store
            .hsds_dump(r, scope, |cells| {
                csv.write_record(cells.iter().map(|c| cell_text(c, spreadsheet_safe)))
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

async fn export_json(
    store: &Store,
    scope: DumpScope,
    out: &Path,
) -> Result<Vec<(String, u64)>, HsdsError> {
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
            .hsds_dump(r, scope, |cells| {
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
    fn spreadsheet_safe_cells_never_start_a_formula() {
        for (text, expected) in [
            (
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "'=HYPERLINK(\"http://evil.example\",\"click\")",
            ),
            ("+39 051 000 1999", "'+39 051 000 1999"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("Comune di Bologna", "Comune di Bologna"),
            ("", ""),
        ] {
            let cell = Cell::Text(text.to_owned());
            assert_eq!(cell_text(&cell, true), expected);
            assert_eq!(cell_text(&cell, false), text, "unchanged by default");
        }
        assert_eq!(
            cell_text(&Cell::Number(-2.0), true),
            "-2",
            "numbers stay numbers"
        );
    }

    #[test]
    fn numbers_keep_their_shape() {
        assert_eq!(number_text(2011.0), "2011");
        assert_eq!(number_text(-3.5), "-3.5");
        assert_eq!(cell_json(&Cell::Number(100.0)), Some(Value::from(100)));
    }
}
