//! The HSDS 3.0 tabular model: every table, its columns and their types, in the order of the
//! specification's datapackage. Written from `spec/hsds-3.0/schema/*.json`; the test
//! `catalogue_matches_the_vendored_schemas` fails if the two ever differ.
//!
//! The database tables carry exactly these names and columns (migration 0005), so import,
//! export and the API can work table by table.

/// How a column's values are typed in HSDS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    /// JSON number; stored as a double.
    Number,
}

#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: ColumnType,
    /// Required in every HSDS representation.
    pub required: bool,
    /// Required in the tabular (CSV) representation only, e.g. `service.organization_id`.
    pub tabular_required: bool,
    /// JSON-schema format: `uuid`, `uri`, `email`, `date-time`, or "".
    pub format: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// The HSDS object name (`service_at_location`).
    pub object: &'static str,
    /// The table and CSV file name without `.csv` (`service_at_location`, `services`).
    pub name: &'static str,
    /// The JSON schema file in `spec/hsds-3.0/schema`.
    pub schema: &'static str,
    pub columns: &'static [Column],
}

impl Table {
    pub fn csv_file(&self) -> String {
        format!("{}.csv", self.name)
    }

    pub fn column(&self, name: &str) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// Finds a table by its table name or its object name.
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name || t.object == name)
}

const fn col(
    name: &'static str,
    kind: ColumnType,
    required: bool,
    tabular_required: bool,
    format: &'static str,
) -> Column {
    Column {
        name,
        kind,
        required,
        tabular_required,
        format,
    }
}

use ColumnType::{Number as N, Text as T};

/// Every HSDS table, parents before children (the datapackage order).
pub static TABLES: &[Table] = &[
    Table {
        object: "organization",
        name: "organizations",
        schema: "organization.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("name", T, true, false, ""),
            col("alternate_name", T, false, false, ""),
            col("description", T, true, false, ""),
            col("email", T, false, false, "email"),
            col("website", T, false, false, "uri"),
            col("tax_status", T, false, false, ""),
            col("tax_id", T, false, false, ""),
            col("year_incorporated", N, false, false, ""),
            col("legal_status", T, false, false, ""),
            col("logo", T, false, false, ""),
            col("uri", T, false, false, "uri"),
            col("parent_organization_id", T, false, false, "uuid"),
        ],
    },
    Table {
        object: "program",
        name: "programs",
        schema: "program.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("organization_id", T, false, true, "uuid"),
            col("name", T, true, false, ""),
            col("alternate_name", T, false, false, ""),
            col("description", T, true, false, ""),
        ],
    },
    Table {
        object: "service",
        name: "services",
        schema: "service.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("organization_id", T, false, true, "uuid"),
            col("program_id", T, false, false, "uuid"),
            col("name", T, true, false, ""),
            col("alternate_name", T, false, false, ""),
            col("description", T, false, false, ""),
            col("url", T, false, false, "uri"),
            col("email", T, false, false, "email"),
            col("status", T, true, false, ""),
            col("interpretation_services", T, false, false, ""),
            col("application_process", T, false, false, ""),
            col("fees_description", T, false, false, ""),
            col("wait_time", T, false, false, ""),
            col("fees", T, false, false, ""),
            col("accreditations", T, false, false, ""),
            col("eligibility_description", T, false, false, ""),
            col("minimum_age", N, false, false, ""),
            col("maximum_age", N, false, false, ""),
            col("assured_date", T, false, false, ""),
            col("assurer_email", T, false, false, "email"),
            col("licenses", T, false, false, ""),
            col("alert", T, false, false, ""),
            col("last_modified", T, false, false, "date-time"),
        ],
    },
    Table {
        object: "attribute",
        name: "attributes",
        schema: "attribute.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("link_id", T, false, true, "uuid"),
            col("taxonomy_term_id", T, false, true, "uuid"),
            col("link_type", T, false, false, ""),
            col("link_entity", T, false, true, ""),
            col("value", T, false, false, ""),
        ],
    },
    Table {
        object: "service_at_location",
        name: "service_at_location",
        schema: "service_at_location.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("service_id", T, false, true, "uuid"),
            col("location_id", T, false, true, "uuid"),
            col("description", T, false, false, ""),
        ],
    },
    Table {
        object: "location",
        name: "locations",
        schema: "location.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("location_type", T, true, false, ""),
            col("url", T, false, false, "uri"),
            col("organization_id", T, false, false, "uuid"),
            col("name", T, false, false, ""),
            col("alternate_name", T, false, false, ""),
            col("description", T, false, false, ""),
            col("transportation", T, false, false, ""),
            col("latitude", N, false, false, ""),
            col("longitude", N, false, false, ""),
            col("external_identifier", T, false, false, ""),
            col("external_identifier_type", T, false, false, ""),
        ],
    },
    Table {
        object: "phone",
        name: "phones",
        schema: "phone.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("location_id", T, false, false, "uuid"),
            col("service_id", T, false, false, "uuid"),
            col("organization_id", T, false, false, "uuid"),
            col("contact_id", T, false, false, "uuid"),
            col("service_at_location_id", T, false, false, "uuid"),
            col("number", T, true, false, ""),
            col("extension", N, false, false, ""),
            col("type", T, false, false, ""),
            col("description", T, false, false, ""),
        ],
    },
    Table {
        object: "contact",
        name: "contacts",
        schema: "contact.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("organization_id", T, false, false, "uuid"),
            col("service_id", T, false, false, "uuid"),
            col("service_at_location_id", T, false, false, "uuid"),
            col("location_id", T, false, false, "uuid"),
            col("name", T, false, false, ""),
            col("title", T, false, false, ""),
            col("department", T, false, false, ""),
            col("email", T, false, false, "email"),
        ],
    },
    Table {
        object: "address",
        name: "addresses",
        schema: "address.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("location_id", T, false, false, "uuid"),
            col("attention", T, false, false, ""),
            col("address_1", T, true, false, ""),
            col("address_2", T, false, false, ""),
            col("city", T, true, false, ""),
            col("region", T, false, false, ""),
            col("state_province", T, true, false, ""),
            col("postal_code", T, true, false, ""),
            col("country", T, true, false, ""),
            col("address_type", T, true, false, ""),
        ],
    },
    Table {
        object: "schedule",
        name: "schedules",
        schema: "schedule.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("service_id", T, false, false, "uuid"),
            col("location_id", T, false, false, "uuid"),
            col("service_at_location_id", T, false, false, "uuid"),
            col("valid_from", T, false, false, ""),
            col("valid_to", T, false, false, ""),
            col("dtstart", T, false, false, ""),
            col("timezone", N, false, false, ""),
            col("until", T, false, false, ""),
            col("count", N, false, false, ""),
            col("wkst", T, false, false, ""),
            col("freq", T, false, false, ""),
            col("interval", N, false, false, ""),
            col("byday", T, false, false, ""),
            col("byweekno", T, false, false, ""),
            col("bymonthday", T, false, false, ""),
            col("byyearday", T, false, false, ""),
            col("description", T, false, false, ""),
            col("opens_at", T, false, false, ""),
            col("closes_at", T, false, false, ""),
            col("schedule_link", T, false, false, "uri"),
            col("attending_type", T, false, false, ""),
            col("notes", T, false, false, ""),
        ],
    },
    Table {
        object: "funding",
        name: "funding",
        schema: "funding.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("organization_id", T, false, false, "uuid"),
            col("service_id", T, false, false, "uuid"),
            col("source", T, false, false, ""),
        ],
    },
    Table {
        object: "service_area",
        name: "service_areas",
        schema: "service_area.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("service_id", T, false, false, "uuid"),
            col("name", T, false, false, ""),
            col("description", T, false, false, ""),
            col("extent", T, false, false, ""),
            col("extent_type", T, false, false, ""),
            col("uri", T, false, false, ""),
        ],
    },
    Table {
        object: "required_document",
        name: "required_documents",
        schema: "required_document.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("service_id", T, false, false, "uuid"),
            col("document", T, false, false, ""),
            col("uri", T, false, false, "uri"),
        ],
    },
    Table {
        object: "language",
        name: "languages",
        schema: "language.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("service_id", T, false, false, "uuid"),
            col("location_id", T, false, false, "uuid"),
            col("phone_id", T, false, false, "uuid"),
            col("name", T, false, false, ""),
            col("code", T, false, false, ""),
            col("note", T, false, false, ""),
        ],
    },
    Table {
        object: "accessibility",
        name: "accessibility",
        schema: "accessibility.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("location_id", T, false, false, "uuid"),
            col("description", T, false, false, ""),
            col("details", T, false, false, ""),
            col("url", T, false, false, "uri"),
        ],
    },
    Table {
        object: "taxonomy_term",
        name: "taxonomy_terms",
        schema: "taxonomy_term.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("code", T, false, false, ""),
            col("name", T, true, false, ""),
            col("description", T, true, false, ""),
            col("parent_id", T, false, false, "uuid"),
            col("taxonomy", T, false, false, ""),
            col("language", T, false, false, ""),
            col("taxonomy_id", T, false, false, "uuid"),
            col("term_uri", T, false, false, "uri"),
        ],
    },
    Table {
        object: "metadata",
        name: "metadata",
        schema: "metadata.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("resource_id", T, false, true, "uuid"),
            col("resource_type", T, false, true, ""),
            col("last_action_date", T, true, false, ""),
            col("last_action_type", T, true, false, ""),
            col("field_name", T, true, false, ""),
            col("previous_value", T, true, false, ""),
            col("replacement_value", T, true, false, ""),
            col("updated_by", T, true, false, ""),
        ],
    },
    Table {
        object: "meta_table_description",
        name: "meta_table_descriptions",
        schema: "meta_table_description.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("name", T, false, false, ""),
            col("language", T, false, false, ""),
            col("character_set", T, false, false, ""),
        ],
    },
    Table {
        object: "cost_option",
        name: "cost_options",
        schema: "cost_option.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("service_id", T, false, true, "uuid"),
            col("valid_from", T, false, false, ""),
            col("valid_to", T, false, false, ""),
            col("option", T, false, false, ""),
            col("currency", T, false, false, ""),
            col("amount", N, false, false, ""),
            col("amount_description", T, false, false, ""),
        ],
    },
    Table {
        object: "organization_identifier",
        name: "organization_identifiers",
        schema: "organization_identifier.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("organization_id", T, false, true, "uuid"),
            col("identifier_scheme", T, false, false, ""),
            col("identifier_type", T, true, false, ""),
            col("identifier", T, true, false, ""),
        ],
    },
    Table {
        object: "taxonomy",
        name: "taxonomies",
        schema: "taxonomy.json",
        columns: &[
            col("id", T, true, false, "uuid"),
            col("name", T, true, false, ""),
            col("description", T, true, false, ""),
            col("uri", T, false, false, "uri"),
            col("version", T, false, false, ""),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The catalogue must say what the vendored JSON schemas say, column for column.
    #[test]
    fn catalogue_matches_the_vendored_schemas() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/hsds-3.0/schema");
        for table in TABLES {
            let text = std::fs::read_to_string(dir.join(table.schema)).unwrap();
            let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(schema["path"], format!("{}.csv", table.name));
            let required: Vec<&str> = schema["required"]
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
                .unwrap_or_default();
            let properties = schema["properties"].as_object().unwrap();
            let scalars = properties
                .values()
                .filter(|p| matches!(p["type"].as_str(), Some("string" | "number")))
                .count();
            assert_eq!(scalars, table.columns.len(), "{}", table.name);
            for column in table.columns {
                let name = column.name;
                let property = &properties[name];
                let kind = match property["type"].as_str() {
                    Some("number") => ColumnType::Number,
                    _ => ColumnType::Text,
                };
                assert_eq!(kind, column.kind, "{}.{name}", table.name);
                assert_eq!(
                    required.contains(&name),
                    column.required,
                    "{}.{name}",
                    table.name
                );
                assert_eq!(
                    property["format"].as_str().unwrap_or(""),
                    column.format,
                    "{}.{name}",
                    table.name
                );
            }
        }
        assert_eq!(TABLES.len(), 21);
    }
}
