//! Nesting trees: which children an object carries, and how they link to it.

use crate::hsds::catalogue::{self as hsds_catalogue, Table};

#[derive(Debug, Clone, Copy)]
pub(super) enum Link {
    /// Many children whose column points at the parent's id.
    Children(&'static str),
    /// One object whose id is the parent's column.
    Parent(&'static str),
}

#[derive(Debug)]
pub(super) struct Nest {
    pub(super) key: &'static str,
    pub(super) table: &'static str,
    pub(super) link: Link,
    pub(super) children: &'static [Nest],
}

const fn many(
    key: &'static str,
    table: &'static str,
    column: &'static str,
    children: &'static [Nest],
) -> Nest {
    Nest {
        key,
        table,
        link: Link::Children(column),
        children,
    }
}

const fn one(
    key: &'static str,
    table: &'static str,
    column: &'static str,
    children: &'static [Nest],
) -> Nest {
    Nest {
        key,
        table,
        link: Link::Parent(column),
        children,
    }
}

const PHONE: &[Nest] = &[many("languages", "languages", "phone_id", &[])];
const CONTACT: &[Nest] = &[many("phones", "phones", "contact_id", PHONE)];
const TERM: &[Nest] = &[one("taxonomy_detail", "taxonomies", "taxonomy_id", &[])];
const ATTRIBUTE: &[Nest] = &[one(
    "taxonomy_term",
    "taxonomy_terms",
    "taxonomy_term_id",
    TERM,
)];
const ATTRIBUTES: Nest = many("attributes", "attributes", "link_id", ATTRIBUTE);
const METADATA: Nest = many("metadata", "metadata", "resource_id", &[]);

const LOCATION_FULL: &[Nest] = &[
    many("languages", "languages", "location_id", &[]),
    many("addresses", "addresses", "location_id", &[]),
    many("contacts", "contacts", "location_id", CONTACT),
    many("accessibility", "accessibility", "location_id", &[]),
    many("phones", "phones", "location_id", PHONE),
    many("schedules", "schedules", "location_id", &[]),
    ATTRIBUTES,
];

const SAL_CHILDREN: &[Nest] = &[
    many("contacts", "contacts", "service_at_location_id", CONTACT),
    many("phones", "phones", "service_at_location_id", PHONE),
    many("schedules", "schedules", "service_at_location_id", &[]),
    one("location", "locations", "location_id", LOCATION_FULL),
    ATTRIBUTES,
];

pub(super) const SERVICE_LIST: &[Nest] = &[
    one("organization", "organizations", "organization_id", &[]),
    one("program", "programs", "program_id", &[]),
];

pub(super) const SERVICE_FULL: &[Nest] = &[
    many("phones", "phones", "service_id", PHONE),
    many("schedules", "schedules", "service_id", &[]),
    many("service_areas", "service_areas", "service_id", &[]),
    many(
        "service_at_locations",
        "service_at_location",
        "service_id",
        SAL_CHILDREN,
    ),
    many("languages", "languages", "service_id", &[]),
    one("organization", "organizations", "organization_id", &[]),
    many("funding", "funding", "service_id", &[]),
    many("cost_options", "cost_options", "service_id", &[]),
    one("program", "programs", "program_id", &[]),
    many(
        "required_documents",
        "required_documents",
        "service_id",
        &[],
    ),
    many("contacts", "contacts", "service_id", CONTACT),
    ATTRIBUTES,
    METADATA,
];

/// A service nested in its service_at_location: everything but the other locations.
const SERVICE_UNDER_SAL: &[Nest] = &[
    many("phones", "phones", "service_id", PHONE),
    many("schedules", "schedules", "service_id", &[]),
    many("service_areas", "service_areas", "service_id", &[]),
    many("languages", "languages", "service_id", &[]),
    one("organization", "organizations", "organization_id", &[]),
    many("funding", "funding", "service_id", &[]),
    many("cost_options", "cost_options", "service_id", &[]),
    one("program", "programs", "program_id", &[]),
    many(
        "required_documents",
        "required_documents",
        "service_id",
        &[],
    ),
    many("contacts", "contacts", "service_id", CONTACT),
    ATTRIBUTES,
    METADATA,
];

pub(super) const SAL_LIST: &[Nest] = &[
    one("location", "locations", "location_id", &[]),
    one("service", "services", "service_id", SERVICE_LIST),
];

pub(super) const SAL_FULL: &[Nest] = &[
    many("contacts", "contacts", "service_at_location_id", CONTACT),
    many("phones", "phones", "service_at_location_id", PHONE),
    many("schedules", "schedules", "service_at_location_id", &[]),
    one("location", "locations", "location_id", LOCATION_FULL),
    one("service", "services", "service_id", SERVICE_UNDER_SAL),
    ATTRIBUTES,
    METADATA,
];

/// A service nested in its organization: everything but the organization again.
const SERVICE_UNDER_ORGANIZATION: &[Nest] = &[
    many("phones", "phones", "service_id", PHONE),
    many("schedules", "schedules", "service_id", &[]),
    many("service_areas", "service_areas", "service_id", &[]),
    many(
        "service_at_locations",
        "service_at_location",
        "service_id",
        SAL_CHILDREN,
    ),
    many("languages", "languages", "service_id", &[]),
    many("funding", "funding", "service_id", &[]),
    many("cost_options", "cost_options", "service_id", &[]),
    one("program", "programs", "program_id", &[]),
    many(
        "required_documents",
        "required_documents",
        "service_id",
        &[],
    ),
    many("contacts", "contacts", "service_id", CONTACT),
    ATTRIBUTES,
    METADATA,
];

/// The nested organization, its services nested as `services` says.
const fn organization_tree(services: &'static [Nest]) -> [Nest; 9] {
    [
        many("funding", "funding", "organization_id", &[]),
        many("contacts", "contacts", "organization_id", CONTACT),
        many("phones", "phones", "organization_id", PHONE),
        many("locations", "locations", "organization_id", LOCATION_FULL),
        many("programs", "programs", "organization_id", &[]),
        many(
            "organization_identifiers",
            "organization_identifiers",
            "organization_id",
            &[],
        ),
        many("services", "services", "organization_id", services),
        ATTRIBUTES,
        METADATA,
    ]
}

/// The organization with its services' one-to-one fields only.
pub(super) static ORGANIZATION_FULL: [Nest; 9] = organization_tree(&[]);
/// The organization with fully nested services (`full_service`).
pub(super) static ORGANIZATION_FULL_SERVICES: [Nest; 9] =
    organization_tree(SERVICE_UNDER_ORGANIZATION);

pub(super) const TAXONOMY: &[Nest] = &[METADATA];
pub(super) const TAXONOMY_TERM: &[Nest] = &[
    one("taxonomy_detail", "taxonomies", "taxonomy_id", &[]),
    METADATA,
];
pub(super) const TAXONOMY_TERM_LIST: &[Nest] =
    &[one("taxonomy_detail", "taxonomies", "taxonomy_id", &[])];

pub(super) fn catalogue(name: &str) -> &'static Table {
    hsds_catalogue::table(name)
        .unwrap_or_else(|| panic!("HSDS table {name} is missing from the catalogue"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tree_names_catalogue_tables_and_columns() {
        fn walk(tree: &'static [Nest]) {
            for nest in tree {
                let table = catalogue(nest.table);
                if let Link::Children(column) = nest.link {
                    assert!(table.column(column).is_some(), "{}.{column}", table.name);
                }
                walk(nest.children);
            }
        }
        for tree in [
            SERVICE_FULL,
            SERVICE_LIST,
            SAL_FULL,
            SAL_LIST,
            &ORGANIZATION_FULL_SERVICES[..],
            TAXONOMY_TERM,
        ] {
            walk(tree);
        }
    }
}
