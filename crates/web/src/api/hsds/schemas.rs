//! The parts of the OpenAPI document `utoipa` cannot derive from the handlers: a schema per
//! HSDS table, the `Page` and `Error` schemas, and the responses of every operation.

use sportello_app::hsds::catalogue::{self as hsds_catalogue, ColumnType};
use utoipa::openapi::path::Operation;
use utoipa::openapi::schema::{
    AllOfBuilder, ArrayBuilder, ObjectBuilder, Ref, Schema, SchemaFormat, Type,
};
use utoipa::openapi::{ContentBuilder, RefOr, ResponseBuilder};
use utoipa::Modify;

use super::PREFIX;

/// Which HSDS object each operation answers with; `true` for a page of them.
const RESPONSES: &[(&str, &str, bool)] = &[
    ("/services", "service", true),
    ("/services/{id}", "service", false),
    ("/organizations", "organization", true),
    ("/organizations/{id}", "organization", false),
    ("/service_at_locations", "service_at_location", true),
    ("/service_at_locations/{id}", "service_at_location", false),
    ("/taxonomies", "taxonomy", true),
    ("/taxonomies/{id}", "taxonomy", false),
    ("/taxonomy_terms", "taxonomy_term", true),
    ("/taxonomy_terms/{id}", "taxonomy_term", false),
];

/// Adds a schema per HSDS table (from the store's catalogue of the specification), the
/// `Page` and `Error` schemas, and the responses of every operation.
#[derive(Debug)]
pub(super) struct HsdsSchemas;

impl Modify for HsdsSchemas {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        for table in hsds_catalogue::TABLES {
            let mut object = ObjectBuilder::new().schema_type(Type::Object);
            for column in table.columns {
                let kind = match column.kind {
                    ColumnType::Text => Type::String,
                    ColumnType::Number => Type::Number,
                };
                let mut property = ObjectBuilder::new().schema_type(kind);
                if !column.format.is_empty() {
                    property = property.format(Some(SchemaFormat::Custom(column.format.into())));
                }
                object = object.property(column.name, property);
                if column.required {
                    object = object.required(column.name);
                }
            }
            components
                .schemas
                .insert(table.object.to_owned(), RefOr::T(object.build().into()));
        }
        let int = || ObjectBuilder::new().schema_type(Type::Integer);
        let boolean = || ObjectBuilder::new().schema_type(Type::Boolean);
        let page = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("total_items", int())
            .property("total_pages", int())
            .property("page_number", int())
            .property("size", int())
            .property("first_page", boolean())
            .property("last_page", boolean())
            .property("empty", boolean());
        components
            .schemas
            .insert("Page".into(), RefOr::T(page.build().into()));
        let text = || ObjectBuilder::new().schema_type(Type::String);
        let error = ObjectBuilder::new().schema_type(Type::Object).property(
            "error",
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .property("code", text())
                .property("message", text())
                .property("request_id", text())
                .property("parameter", text())
                .property("detail", text())
                .required("code")
                .required("request_id"),
        );
        components
            .schemas
            .insert("Error".into(), RefOr::T(error.build().into()));

        let about = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("version", text())
            .property(
                "profile",
                text().format(Some(SchemaFormat::Custom("uri".into()))),
            )
            .property(
                "openapi_url",
                text().format(Some(SchemaFormat::Custom("uri".into()))),
            );
        if let Some(op) = get_operation(openapi, "/") {
            op.responses.responses.insert(
                "200".into(),
                json_response(
                    "Information about this API and its relationship with HSDS.",
                    about.build().into(),
                ),
            );
        }
        for (path, object, list) in RESPONSES {
            let Some(op) = get_operation(openapi, path) else {
                continue;
            };
            let item: RefOr<Schema> = Ref::from_schema_name(*object).into();
            let (description, schema): (String, RefOr<Schema>) = if *list {
                let contents = ObjectBuilder::new()
                    .schema_type(Type::Object)
                    .property("contents", ArrayBuilder::new().items(item));
                (
                    format!("A page of {object} objects."),
                    RefOr::T(Schema::AllOf(
                        AllOfBuilder::new()
                            .item(Ref::from_schema_name("Page"))
                            .item(contents)
                            .build(),
                    )),
                )
            } else {
                (format!("The {object} with this id."), item)
            };
            op.responses
                .responses
                .insert("200".into(), json_response(&description, schema));
            op.responses.responses.insert(
                "400".into(),
                json_response(
                    "A parameter is invalid (code api.parameter_invalid).",
                    Ref::from_schema_name("Error").into(),
                ),
            );
            if !*list {
                op.responses.responses.insert(
                    "404".into(),
                    json_response(
                        "No object has this id (code api.not_found).",
                        Ref::from_schema_name("Error").into(),
                    ),
                );
            }
        }
    }
}

fn get_operation<'a>(
    openapi: &'a mut utoipa::openapi::OpenApi,
    path: &str,
) -> Option<&'a mut Operation> {
    openapi
        .paths
        .paths
        .get_mut(&format!("{PREFIX}{path}"))
        .and_then(|item| item.get.as_mut())
}

fn json_response(description: &str, schema: RefOr<Schema>) -> RefOr<utoipa::openapi::Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/json",
                ContentBuilder::new().schema(Some(schema)).build(),
            )
            .build(),
    )
}
