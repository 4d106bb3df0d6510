//! Import: the first pass checks, the second writes in one transaction.

use std::collections::HashMap;
use std::path::Path;

use sportello_store::{resources, Cell, RowCounts, RowSource, Store};

use super::analysis::{text, Analysis};
use super::check::check_row;
use super::read::{Event, Reader};
use super::report::{HsdsError, ImportOptions, ImportReport, TableReport};
use crate::Clock;

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
