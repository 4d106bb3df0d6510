//! Checks across rows: duplicate keys and unique values, references, coordinates, slugs.

use std::collections::{HashMap, HashSet};

use sportello_store::{resources, Cell, Store};

use super::check::{check_row, shown};
use super::read::RawRow;
use super::report::{HsdsError, Issue};

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
pub(super) struct Analysis {
    pub(super) issues: Vec<Issue>,
    pub(super) rows: Vec<u64>,
    keys: Vec<HashSet<Key>>,
    unique: HashMap<(usize, usize), HashSet<String>>,
    references: Vec<PendingReference>,
    out_of_range: Vec<OutOfRange>,
    /// Organizations of the import: id and name.
    organizations: Vec<(String, String)>,
    /// `sportello_organizations`: id → (slug, location).
    organization_slugs: HashMap<String, (String, String)>,
}

pub(super) fn text(cell: &Cell) -> Option<&str> {
    match cell {
        Cell::Text(s) => Some(s),
        _ => None,
    }
}

impl Analysis {
    pub(super) fn new(issues: Vec<Issue>) -> Self {
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

    pub(super) fn add(&mut self, mut row: RawRow) {
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
    pub(super) async fn finish(
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

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_core::Slug;

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
}
