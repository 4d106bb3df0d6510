//! The public HSDS 3.0 API through the real server, on both backends: every response is
//! validated against the vendored HSDS JSON schemas (`spec/hsds-3.0/schema`).

use std::collections::HashMap;
use std::sync::OnceLock;

use reqwest::StatusCode;
use serde_json::{json, Value};
use sportello_testkit::hsds_fixture::{example_tabular, load_tabular, make_desk};
use sportello_testkit::{backend_test, TestApp};

const BASE: &str = "https://hsds.invalid/schema/";
const API: &str = "/api/hsds/v3";

const EXAMPLE_SERVICE: &str = "ac148810-d857-441c-9679-408f346de14b";
const EXAMPLE_ORG: &str = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
const EXAMPLE_SAL: &str = "e94c9f38-1e8f-4564-91d4-d53501ab1765";
const EXAMPLE_TAXONOMY: &str = "5c4d79d7-cc55-470e-9f1f-8cad074e4892";
const EXAMPLE_TERM: &str = "3f7b145d-84af-42d7-8fae-eaca714b02b2";

// Our own data set (ids are UUIDs so that the schemas' `uuid` format holds).
const ORG_A: &str = "0196a000-0000-7000-8000-00000000000a";
const ORG_B: &str = "0196a000-0000-7000-8000-00000000000b";
const TAXONOMY: &str = "0196a000-0000-7000-8000-0000000000f0";
const TERM_ROOT: &str = "0196a000-0000-7000-8000-0000000000f1";
const TERM_CHILD: &str = "0196a000-0000-7000-8000-0000000000f2";
const S_PERMIT: &str = "0196a000-0000-7000-8000-000000000101";
const S_ITALIAN: &str = "0196a000-0000-7000-8000-000000000102";
const S_HOUSING: &str = "0196a000-0000-7000-8000-000000000103";
const L_NEAR: &str = "0196a000-0000-7000-8000-000000000201";
const L_MID: &str = "0196a000-0000-7000-8000-000000000202";
const L_FAR: &str = "0196a000-0000-7000-8000-000000000203";
const L_SECRET: &str = "0196a000-0000-7000-8000-000000000204";
const SAL_NEAR: &str = "0196a000-0000-7000-8000-000000000301";
const SAL_MID: &str = "0196a000-0000-7000-8000-000000000302";
const SAL_FAR: &str = "0196a000-0000-7000-8000-000000000303";
const SAL_SECRET: &str = "0196a000-0000-7000-8000-000000000304";

fn address(id: &str, location: &str, postcode: &str, city: &str) -> Value {
    json!({"id": id, "location_id": location, "address_1": "Via Roma 1", "city": city,
           "state_province": "TO", "postal_code": postcode, "country": "IT", "address_type": "physical"})
}

fn location(id: &str, name: &str, lat: f64, lng: f64) -> Value {
    json!({"id": id, "location_type": "physical", "organization_id": ORG_A, "name": name,
           "latitude": lat, "longitude": lng, "transportation": "Tram 4, fermata Porta Nuova"})
}

fn sal(id: &str, service: &str, location: &str) -> Value {
    json!({"id": id, "service_id": service, "location_id": location})
}

/// Three services in two organizations, four located places (one a sensitive desk), a
/// taxonomy of two terms.
fn network() -> Value {
    json!({
        "organizations.csv": [
            {"id": ORG_A, "name": "Comune di Torino", "description": "Il Comune."},
            {"id": ORG_B, "name": "Cooperativa Aurora", "description": "Una cooperativa."}
        ],
        "taxonomies.csv": [
            {"id": TAXONOMY, "name": "Temi", "description": "Temi della rete", "version": "1"}
        ],
        "taxonomy_terms.csv": [
            {"id": TERM_ROOT, "code": "permesso", "name": "Permesso di soggiorno", "description": "Permessi", "taxonomy_id": TAXONOMY},
            {"id": TERM_CHILD, "code": "rinnovo", "name": "Rinnovo", "description": "Rinnovi", "taxonomy_id": TAXONOMY, "parent_id": TERM_ROOT}
        ],
        "services.csv": [
            {"id": S_PERMIT, "organization_id": ORG_A, "name": "Rinnovo del permesso di soggiorno",
             "description": "Aiuto con la domanda", "status": "active", "last_modified": "2026-01-10T09:00:00Z"},
            {"id": S_ITALIAN, "organization_id": ORG_B, "name": "Corso di italiano",
             "description": "Lezioni di LINGUA per adulti", "status": "active", "last_modified": "2026-03-01T12:00:00+01:00"},
            {"id": S_HOUSING, "organization_id": ORG_A, "name": "Sportello casa",
             "alternate_name": "Housing Help Desk", "status": "active"}
        ],
        "attributes.csv": [
            {"id": "0196a000-0000-7000-8000-000000000401", "link_id": S_PERMIT, "taxonomy_term_id": TERM_ROOT, "link_entity": "service"},
            {"id": "0196a000-0000-7000-8000-000000000402", "link_id": S_HOUSING, "taxonomy_term_id": TERM_CHILD, "link_entity": "service"},
            // Same term, but linking something that is not a service: must not count.
            {"id": "0196a000-0000-7000-8000-000000000403", "link_id": S_ITALIAN, "taxonomy_term_id": TERM_ROOT, "link_entity": "location"}
        ],
        "locations.csv": [
            location(L_NEAR, "Sportello Centro", 45.0700, 7.6800),
            location(L_MID, "Sportello Crocetta", 45.1000, 7.7000),
            location(L_FAR, "Sportello Milano", 45.4642, 9.1900),
            location(L_SECRET, "Casa rifugio", 45.0710, 7.6810)
        ],
        "addresses.csv": [
            address("0196a000-0000-7000-8000-000000000501", L_NEAR, "10121", "Torino"),
            address("0196a000-0000-7000-8000-000000000502", L_MID, "10129", "Torino"),
            address("0196a000-0000-7000-8000-000000000503", L_FAR, "20121", "Milano"),
            address("0196a000-0000-7000-8000-000000000504", L_SECRET, "10121", "Torino")
        ],
        "phones.csv": [
            {"id": "0196a000-0000-7000-8000-000000000601", "location_id": L_SECRET, "number": "+39 011 000000"}
        ],
        "service_at_location.csv": [
            sal(SAL_NEAR, S_PERMIT, L_NEAR),
            sal(SAL_MID, S_ITALIAN, L_MID),
            sal(SAL_FAR, S_HOUSING, L_FAR),
            sal(SAL_SECRET, S_PERMIT, L_SECRET)
        ]
    })
}

async fn spawn_network(backend: sportello_testkit::Backend, test: &str) -> Option<TestApp> {
    let app = TestApp::spawn(backend, test).await?;
    load_tabular(&app.db.url, &network()).await;
    make_desk(&app.db.url, L_NEAR, "centro", false).await;
    make_desk(&app.db.url, L_SECRET, "rifugio", true).await;
    Some(app)
}

// ---------------------------------------------------------------------------------------
// Schema validation.

struct Schemas {
    objects: HashMap<&'static str, jsonschema::Validator>,
    page: jsonschema::Validator,
}

fn schemas() -> &'static Schemas {
    static SCHEMAS: OnceLock<Schemas> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../spec/hsds-3.0/schema");
        let mut resources = Vec::new();
        let mut openapi = Value::Null;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let doc: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            if name == "openapi.json" {
                openapi = doc;
            } else {
                resources.push((format!("{BASE}{name}"), doc));
            }
        }
        // The schemas carry no $id and refer to each other by file name: registered under
        // one base, their relative $refs resolve to one another, never to the network.
        let registry: &'static jsonschema::Registry<'static> = Box::leak(Box::new(
            jsonschema::Registry::new()
                .draft(jsonschema::Draft::Draft202012)
                .extend(resources)
                .unwrap()
                .prepare()
                .unwrap(),
        ));
        let build = |schema: &Value| {
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .with_registry(registry)
                .should_validate_formats(true)
                .build(schema)
                .unwrap()
        };
        let mut objects = HashMap::new();
        for object in [
            "service",
            "organization",
            "service_at_location",
            "location",
            "taxonomy",
            "taxonomy_term",
        ] {
            objects.insert(
                object,
                build(&json!({"$ref": format!("{BASE}{object}.json")})),
            );
        }
        // The openapi's Page, with every field required (HSDS lists always carry them).
        let mut page = openapi["components"]["schemas"]["Page"].clone();
        page["required"] = json!([
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents"
        ]);
        page["properties"]["contents"] = json!({"type": "array"});
        Schemas {
            objects,
            page: build(&page),
        }
    })
}

fn assert_valid(object: &str, instance: &Value) {
    let validator = &schemas().objects[object];
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{object} invalid: {errors:#?}\n{instance:#}"
    );
}

/// Validates an HSDS page and each of its items; answers the items.
fn assert_page(object: &str, page: &Value) -> Vec<Value> {
    let errors: Vec<String> = schemas()
        .page
        .iter_errors(page)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "page invalid: {errors:?}\n{page:#}");
    let contents = page["contents"].as_array().unwrap().clone();
    for item in &contents {
        assert_valid(object, item);
    }
    assert_eq!(page["size"], contents.len());
    assert_eq!(page["empty"], contents.is_empty());
    contents
}

async fn get(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let res = TestApp::client().get(app.url(path)).send().await.unwrap();
    let status = res.status();
    let ctype = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(ctype.starts_with("application/json"), "{path}: {ctype}");
    (status, res.json().await.unwrap())
}

async fn ok(app: &TestApp, path: &str) -> Value {
    let (status, body) = get(app, path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {body:#}");
    body
}

async fn page_ids(app: &TestApp, object: &str, path: &str) -> Vec<String> {
    let page = ok(app, path).await;
    assert_page(object, &page)
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn assert_invalid(app: &TestApp, path: &str, parameter: &str) {
    let (status, body) = get(app, path).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body:#}");
    assert_eq!(body["error"]["code"], "api.parameter_invalid", "{path}");
    assert_eq!(body["error"]["parameter"], parameter, "{path}");
    assert!(
        body["error"]["detail"]
            .as_str()
            .unwrap()
            .contains(parameter),
        "{path}: {body}"
    );
    assert!(body["error"]["request_id"].as_str().unwrap().len() >= 8);
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

fn strings(ids: &[&str]) -> Vec<String> {
    sorted(ids.iter().map(|s| (*s).to_owned()).collect())
}

// ---------------------------------------------------------------------------------------
// Tests.

backend_test!(about_and_openapi_document, |backend| async move {
    let Some(app) = TestApp::spawn(backend, "hsds_about").await else {
        return;
    };
    for path in [API, &format!("{API}/")] {
        let about = ok(&app, path).await;
        assert_eq!(about["version"], "3.0");
        assert!(about["profile"].as_str().unwrap().starts_with("https://"));
        assert!(about["openapi_url"]
            .as_str()
            .unwrap()
            .ends_with("/api/openapi.json"));
    }

    let doc = ok(&app, "/api/openapi.json").await;
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    let paths = doc["paths"].as_object().unwrap();
    for path in [
        "/",
        "/services",
        "/services/{id}",
        "/organizations",
        "/organizations/{id}",
        "/service_at_locations",
        "/service_at_locations/{id}",
        "/taxonomies",
        "/taxonomies/{id}",
        "/taxonomy_terms",
        "/taxonomy_terms/{id}",
    ] {
        let op = &paths[&format!("{API}{path}")]["get"];
        assert!(op.is_object(), "{path} missing from the document");
        assert!(
            op["responses"]["200"]["content"]["application/json"]["schema"].is_object(),
            "{path}"
        );
    }
    let params = |path: &str| -> Vec<String> {
        paths[&format!("{API}{path}")]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let services = params("/services");
    for name in [
        "search",
        "page",
        "per_page",
        "taxonomy_term_id",
        "organization_id",
        "modified_after",
    ] {
        assert!(
            services.contains(&name.to_owned()),
            "/services lacks {name}"
        );
    }
    let sal = params("/service_at_locations");
    for name in ["postcode", "proximity", "search", "page", "per_page"] {
        assert!(
            sal.contains(&name.to_owned()),
            "/service_at_locations lacks {name}"
        );
    }
    let terms = params("/taxonomy_terms");
    for name in ["taxonomy_id", "parent_id", "top_only"] {
        assert!(
            terms.contains(&name.to_owned()),
            "/taxonomy_terms lacks {name}"
        );
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for name in ["service", "organization", "location", "Page", "Error"] {
        assert!(schemas.contains_key(name), "schema {name} missing");
    }
    assert_eq!(
        schemas["service"]["required"],
        json!(["id", "name", "status"])
    );
});

backend_test!(
    hsds_example_round_trips_and_validates,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "hsds_example").await else {
            return;
        };
        load_tabular(&app.db.url, &example_tabular()).await;

        // The fully nested service, as in spec/hsds-3.0/examples/service_full.json.
        let service = ok(&app, &format!("{API}/services/{EXAMPLE_SERVICE}")).await;
        assert_valid("service", &service);
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../spec/hsds-3.0/examples/service_full.json"
            ))
            .unwrap(),
        )
        .unwrap();
        assert_eq!(service["name"], expected["name"]);
        assert_eq!(service["minimum_age"], 12);
        assert_eq!(service["last_modified"], "2023-03-15T10:30:45.123Z");
        for key in [
            "phones",
            "schedules",
            "service_areas",
            "service_at_locations",
            "languages",
            "funding",
            "cost_options",
            "required_documents",
            "contacts",
        ] {
            let ours = service[key]
                .as_array()
                .unwrap_or_else(|| panic!("{key} missing"));
            let theirs = expected[key].as_array().unwrap();
            assert_eq!(ours.len(), theirs.len(), "{key}");
            assert_eq!(ours[0]["id"], theirs[0]["id"], "{key}");
        }
        assert_eq!(service["organization"]["id"], EXAMPLE_ORG);
        assert_eq!(service["program"]["id"], expected["program"]["id"]);
        assert_eq!(service["phones"][0]["languages"][0]["code"], "ur");
        assert_eq!(
            service["contacts"][0]["phones"][0]["number"],
            expected["contacts"][0]["phones"][0]["number"]
        );
        let location = &service["service_at_locations"][0]["location"];
        assert_eq!(
            location["id"],
            expected["service_at_locations"][0]["location"]["id"]
        );
        assert_eq!(location["addresses"][0]["postal_code"], "ABC 1234");
        assert_eq!(location["accessibility"].as_array().unwrap().len(), 1);
        assert_eq!(location["languages"].as_array().unwrap().len(), 1);
        assert!(location["latitude"].is_number());

        // Every list and every other object validates.
        let ids = page_ids(&app, "service", &format!("{API}/services")).await;
        assert_eq!(ids, vec![EXAMPLE_SERVICE.to_owned()]);
        let list = ok(&app, &format!("{API}/services")).await;
        assert_eq!(list["contents"][0]["organization"]["id"], EXAMPLE_ORG);
        assert!(
            list["contents"][0].get("phones").is_none(),
            "list items are not fully nested"
        );
        let full = ok(&app, &format!("{API}/services?full=true")).await;
        assert_page("service", &full);
        assert_eq!(
            full["contents"][0]["phones"][0]["id"],
            expected["phones"][0]["id"]
        );

        assert_eq!(
            page_ids(&app, "organization", &format!("{API}/organizations")).await,
            vec![EXAMPLE_ORG.to_owned()]
        );
        assert_page(
            "organization",
            &ok(&app, &format!("{API}/organizations?full=true")).await,
        );
        let org = ok(&app, &format!("{API}/organizations/{EXAMPLE_ORG}")).await;
        assert_valid("organization", &org);
        assert_eq!(org["services"][0]["id"], EXAMPLE_SERVICE);
        assert!(org["services"][0].get("phones").is_none());
        assert_eq!(org["programs"].as_array().unwrap().len(), 1);
        assert_eq!(org["organization_identifiers"][0]["identifier"], "1234567");
        let org_full = ok(
            &app,
            &format!("{API}/organizations/{EXAMPLE_ORG}?full_service=true"),
        )
        .await;
        assert_valid("organization", &org_full);
        assert_eq!(
            org_full["services"][0]["phones"].as_array().unwrap().len(),
            1
        );

        let sals = ok(&app, &format!("{API}/service_at_locations")).await;
        let items = assert_page("service_at_location", &sals);
        assert_eq!(items[0]["id"], EXAMPLE_SAL);
        assert_eq!(items[0]["service"]["id"], EXAMPLE_SERVICE);
        assert_valid("service", &items[0]["service"]);
        assert_valid("location", &items[0]["location"]);
        let sal = ok(&app, &format!("{API}/service_at_locations/{EXAMPLE_SAL}")).await;
        assert_valid("service_at_location", &sal);
        assert_valid("service", &sal["service"]);
        assert_eq!(sal["location"]["addresses"][0]["city"], "MyCity");
        assert_eq!(sal["schedules"].as_array().unwrap().len(), 1);

        // The migrations seed our own themes taxonomy beside the example's.
        assert!(page_ids(&app, "taxonomy", &format!("{API}/taxonomies"))
            .await
            .contains(&EXAMPLE_TAXONOMY.to_owned()));
        assert_eq!(
            page_ids(
                &app,
                "taxonomy",
                &format!("{API}/taxonomies?search=DESCRIPTION")
            )
            .await,
            vec![EXAMPLE_TAXONOMY.to_owned()]
        );
        assert_valid(
            "taxonomy",
            &ok(&app, &format!("{API}/taxonomies/{EXAMPLE_TAXONOMY}")).await,
        );
        assert!(page_ids(
            &app,
            "taxonomy_term",
            &format!("{API}/taxonomy_terms?per_page=100")
        )
        .await
        .contains(&EXAMPLE_TERM.to_owned()));
        assert_eq!(
            page_ids(
                &app,
                "taxonomy_term",
                &format!("{API}/taxonomy_terms?taxonomy_id=07ff6aee-a219-438c-b694-d2fcb6c5373b")
            )
            .await,
            vec![EXAMPLE_TERM.to_owned()]
        );
        let term = ok(&app, &format!("{API}/taxonomy_terms/{EXAMPLE_TERM}")).await;
        assert_valid("taxonomy_term", &term);
        assert_eq!(term["code"], "code");
    }
);

backend_test!(
    services_filter_by_search_term_organization_and_date,
    |backend| async move {
        let Some(app) = spawn_network(backend, "hsds_filters").await else {
            return;
        };
        let services = |query: &str| {
            let path = format!("{API}/services?{query}");
            let app = &app;
            async move { sorted(page_ids(app, "service", &path).await) }
        };
        assert_eq!(
            services("").await,
            strings(&[S_PERMIT, S_ITALIAN, S_HOUSING])
        );
        // Case-insensitive, on name, alternate_name and description.
        assert_eq!(services("search=PERMESSO").await, strings(&[S_PERMIT]));
        assert_eq!(
            services("search=housing%20help").await,
            strings(&[S_HOUSING])
        );
        assert_eq!(services("search=lingua").await, strings(&[S_ITALIAN]));
        assert_eq!(services("search=nothing-like-this").await, strings(&[]));
        // LIKE wildcards are taken literally.
        assert_eq!(services("search=%25").await, strings(&[]));
        assert_eq!(
            services(&format!("taxonomy_term_id={TERM_ROOT}")).await,
            strings(&[S_PERMIT])
        );
        assert_eq!(
            services(&format!("taxonomy_term_id={TERM_CHILD}")).await,
            strings(&[S_HOUSING])
        );
        assert_eq!(
            services(&format!("taxonomy_id={TAXONOMY}")).await,
            strings(&[S_PERMIT, S_HOUSING])
        );
        assert_eq!(
            services(&format!("organization_id={ORG_A}")).await,
            strings(&[S_PERMIT, S_HOUSING])
        );
        assert_eq!(
            services(&format!("organization_id={ORG_B}&search=corso")).await,
            strings(&[S_ITALIAN])
        );
        // On or after; 2026-03-01T12:00:00+01:00 is 11:00 UTC.
        assert_eq!(
            services("modified_after=2026-01-10T09:00:00Z").await,
            strings(&[S_PERMIT, S_ITALIAN])
        );
        assert_eq!(
            services("modified_after=2026-03-01T10:59:59Z").await,
            strings(&[S_ITALIAN])
        );
        assert_eq!(
            services("modified_after=2026-03-01T11:00:01Z").await,
            strings(&[])
        );
        assert_eq!(
            services("modified_after=2026-01-10T10%3A00%3A00%2B01%3A00").await,
            strings(&[S_PERMIT, S_ITALIAN])
        );

        // The same filters apply to service_at_locations, through their service.
        let sals = sorted(
            page_ids(
                &app,
                "service_at_location",
                &format!("{API}/service_at_locations?search=permesso"),
            )
            .await,
        );
        assert_eq!(sals, strings(&[SAL_NEAR, SAL_SECRET]));
        let sals = sorted(
            page_ids(
                &app,
                "service_at_location",
                &format!("{API}/service_at_locations?organization_id={ORG_B}"),
            )
            .await,
        );
        assert_eq!(sals, strings(&[SAL_MID]));

        // Taxonomy terms.
        let terms = |query: &str| {
            let path = format!("{API}/taxonomy_terms?{query}");
            let app = &app;
            async move { sorted(page_ids(app, "taxonomy_term", &path).await) }
        };
        assert_eq!(
            terms(&format!("taxonomy_id={TAXONOMY}")).await,
            strings(&[TERM_ROOT, TERM_CHILD])
        );
        assert_eq!(
            terms(&format!("parent_id={TERM_ROOT}")).await,
            strings(&[TERM_CHILD])
        );
        assert_eq!(
            terms(&format!("top_only=true&taxonomy_id={TAXONOMY}")).await,
            strings(&[TERM_ROOT])
        );
        assert!(
            terms("top_only=true&per_page=100").await.len() > 1,
            "the seeded themes are top terms too"
        );
        assert_eq!(terms("search=rinnovo").await, strings(&[TERM_CHILD]));
        let list = ok(&app, &format!("{API}/taxonomy_terms?parent_id={TERM_ROOT}")).await;
        assert_eq!(list["contents"][0]["taxonomy_detail"]["id"], TAXONOMY);

        // A service's attributes carry their taxonomy term.
        let permit = ok(&app, &format!("{API}/services/{S_PERMIT}")).await;
        assert_valid("service", &permit);
        assert_eq!(permit["attributes"][0]["taxonomy_term"]["id"], TERM_ROOT);
        assert_eq!(
            permit["attributes"][0]["taxonomy_term"]["taxonomy_detail"]["id"],
            TAXONOMY
        );
    }
);

backend_test!(pages_are_limited_and_numbered, |backend| async move {
    let Some(app) = TestApp::spawn(backend, "hsds_paging").await else {
        return;
    };
    let services: Vec<Value> = (0..7)
        .map(|i| {
            json!({"id": format!("0196a000-0000-7000-8000-00000000070{i}"), "organization_id": ORG_A,
                   "name": format!("Servizio {i}"), "status": "active"})
        })
        .collect();
    load_tabular(
        &app.db.url,
        &json!({
            "organizations.csv": [{"id": ORG_A, "name": "Comune", "description": "-"}],
            "services.csv": services
        }),
    )
    .await;

    let first = ok(&app, &format!("{API}/services?per_page=3")).await;
    assert_page("service", &first);
    assert_eq!(first["total_items"], 7);
    assert_eq!(first["total_pages"], 3);
    assert_eq!(first["page_number"], 1);
    assert_eq!(first["size"], 3);
    assert_eq!(first["first_page"], true);
    assert_eq!(first["last_page"], false);

    let mut seen = Vec::new();
    for page in 1..=3 {
        let body = ok(&app, &format!("{API}/services?per_page=3&page={page}")).await;
        assert_eq!(body["page_number"], page);
        for item in assert_page("service", &body) {
            seen.push(item["id"].as_str().unwrap().to_owned());
        }
        assert_eq!(body["last_page"], page == 3);
        assert_eq!(body["first_page"], page == 1);
    }
    assert_eq!(seen.len(), 7);
    assert_eq!(sorted(seen.clone()).len(), {
        let mut s = seen.clone();
        s.dedup();
        s.len()
    });
    let last = ok(&app, &format!("{API}/services?per_page=3&page=3")).await;
    assert_eq!(last["size"], 1);

    // Past the end: an empty page, not an error.
    let beyond = ok(&app, &format!("{API}/services?per_page=3&page=9")).await;
    assert_page("service", &beyond);
    assert_eq!(beyond["empty"], true);
    assert_eq!(beyond["total_items"], 7);

    // Default 50; at most 100, more is refused (not clamped).
    let default = ok(&app, &format!("{API}/services")).await;
    assert_eq!(default["size"], 7);
    assert_eq!(default["total_pages"], 1);
    assert_eq!(
        ok(&app, &format!("{API}/services?per_page=100")).await["size"],
        7
    );
    assert_invalid(&app, &format!("{API}/services?per_page=101"), "per_page").await;
    assert_invalid(&app, &format!("{API}/services?per_page=0"), "per_page").await;
    assert_invalid(
        &app,
        &format!("{API}/organizations?per_page=500"),
        "per_page",
    )
    .await;
    assert_invalid(&app, &format!("{API}/services?page=0"), "page").await;
    assert_invalid(&app, &format!("{API}/taxonomies?page=first"), "page").await;

    // An empty database answers an empty first page.
    let none = ok(&app, &format!("{API}/taxonomy_terms?search=zzz")).await;
    assert_page("taxonomy_term", &none);
    assert_eq!(none["total_items"], 0);
    assert_eq!(none["total_pages"], 0);
    assert_eq!(none["empty"], true);
});

backend_test!(
    proximity_orders_by_distance_and_leaves_sensitive_desks_out,
    |backend| async move {
        let Some(app) = spawn_network(backend, "hsds_proximity").await else {
            return;
        };
        let sals = |query: String| {
            let app = &app;
            async move {
                page_ids(
                    app,
                    "service_at_location",
                    &format!("{API}/service_at_locations?{query}"),
                )
                .await
            }
        };
        // 10121's centre is Sportello Centro (the sensitive desk there does not count).
        assert_eq!(
            sals("postcode=10121&proximity=10000".into()).await,
            vec![SAL_NEAR.to_owned(), SAL_MID.to_owned()]
        );
        assert_eq!(
            sals("postcode=10121&proximity=200000".into()).await,
            vec![SAL_NEAR.to_owned(), SAL_MID.to_owned(), SAL_FAR.to_owned()]
        );
        // From Milan, the order turns round.
        assert_eq!(
            sals("postcode=20121&proximity=200000".into()).await,
            vec![SAL_FAR.to_owned(), SAL_MID.to_owned(), SAL_NEAR.to_owned()]
        );
        assert_eq!(
            sals("postcode=20121&proximity=1000".into()).await,
            vec![SAL_FAR.to_owned()]
        );
        // Paging keeps the distance order.
        assert_eq!(
            sals("postcode=20121&proximity=200000&per_page=1&page=2".into()).await,
            vec![SAL_MID.to_owned()]
        );
        // Filters combine with proximity.
        assert_eq!(
            sals("postcode=20121&proximity=200000&search=permesso".into()).await,
            vec![SAL_NEAR.to_owned()]
        );
        // A postcode alone: the locations there, without the sensitive desk.
        assert_eq!(
            sals("postcode=10121".into()).await,
            vec![SAL_NEAR.to_owned()]
        );
        // An unknown postcode has no centre: nothing is near it.
        assert_eq!(
            sals("postcode=99999&proximity=5000".into()).await,
            Vec::<String>::new()
        );

        assert_invalid(
            &app,
            &format!("{API}/service_at_locations?proximity=1000"),
            "proximity",
        )
        .await;
        assert_invalid(
            &app,
            &format!("{API}/service_at_locations?postcode=10121&proximity=far"),
            "proximity",
        )
        .await;
        assert_invalid(
            &app,
            &format!("{API}/service_at_locations?postcode=10121&proximity=-5"),
            "proximity",
        )
        .await;
    }
);

fn assert_hidden(location: &Value) {
    assert_eq!(location["id"], L_SECRET);
    assert_eq!(
        location["name"], "Casa rifugio",
        "the desk itself is listed"
    );
    for key in ["latitude", "longitude", "transportation"] {
        assert!(
            location.get(key).is_none(),
            "sensitive desk shows {key}: {location}"
        );
    }
    assert!(
        location
            .get("addresses")
            .is_none_or(|a| a.as_array().unwrap().is_empty()),
        "sensitive desk shows its address: {location}"
    );
}

fn assert_shown(location: &Value) {
    assert_eq!(location["id"], L_NEAR);
    assert!(
        location["latitude"].is_number() && location["longitude"].is_number(),
        "{location}"
    );
    if let Some(addresses) = location.get("addresses") {
        assert_eq!(addresses[0]["postal_code"], "10121");
    }
}

backend_test!(
    sensitive_desks_show_no_address_or_position,
    |backend| async move {
        let Some(app) = spawn_network(backend, "hsds_sensitive").await else {
            return;
        };
        let secret = ok(&app, &format!("{API}/service_at_locations/{SAL_SECRET}")).await;
        assert_valid("service_at_location", &secret);
        assert_hidden(&secret["location"]);
        assert_eq!(secret["location"]["phones"][0]["number"], "+39 011 000000");
        let near = ok(&app, &format!("{API}/service_at_locations/{SAL_NEAR}")).await;
        assert_shown(&near["location"]);
        assert_eq!(near["location"]["addresses"].as_array().unwrap().len(), 1);

        let permit = ok(&app, &format!("{API}/services/{S_PERMIT}")).await;
        assert_valid("service", &permit);
        let locations: Vec<&Value> = permit["service_at_locations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| &s["location"])
            .collect();
        assert_eq!(locations.len(), 2);
        for location in locations {
            if location["id"] == L_SECRET {
                assert_hidden(location);
            } else {
                assert_shown(location);
            }
        }

        let org = ok(&app, &format!("{API}/organizations/{ORG_A}")).await;
        assert_valid("organization", &org);
        let mut hidden = 0;
        for location in org["locations"].as_array().unwrap() {
            if location["id"] == L_SECRET {
                assert_hidden(location);
                hidden += 1;
            }
        }
        assert_eq!(hidden, 1);

        let list = ok(&app, &format!("{API}/service_at_locations?per_page=100")).await;
        for item in assert_page("service_at_location", &list) {
            if item["id"] == SAL_SECRET {
                assert_hidden(&item["location"]);
            } else if item["id"] == SAL_NEAR {
                assert_shown(&item["location"]);
            }
        }
        let full = ok(
            &app,
            &format!("{API}/service_at_locations?full=true&per_page=20"),
        )
        .await;
        let secret_full = assert_page("service_at_location", &full)
            .into_iter()
            .find(|i| i["id"] == SAL_SECRET)
            .unwrap();
        assert_hidden(&secret_full["location"]);
        // No response anywhere carries the secret coordinates.
        for body in [&secret, &permit, &org, &list, &full] {
            let text = body.to_string();
            assert!(
                !text.contains("45.071") && !text.contains("7.681"),
                "{text}"
            );
        }
    }
);

backend_test!(
    unknown_ids_and_bad_parameters_answer_json_errors,
    |backend| async move {
        let Some(app) = spawn_network(backend, "hsds_errors").await else {
            return;
        };
        let missing = "0196a000-0000-7000-8000-00000000dead";
        for kind in [
            "services",
            "organizations",
            "service_at_locations",
            "taxonomies",
            "taxonomy_terms",
        ] {
            let (status, body) = get(&app, &format!("{API}/{kind}/{missing}")).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{kind}");
            assert_eq!(body["error"]["code"], "api.not_found", "{kind}");
            assert!(body["error"]["request_id"].is_string());
            // A wrong kind of id is just as unknown.
            let (status, _) = get(&app, &format!("{API}/{kind}/{ORG_B}x")).await;
            assert_eq!(status, StatusCode::NOT_FOUND);
        }
        let (status, _) = get(&app, &format!("{API}/services/{S_PERMIT}")).await;
        assert_eq!(status, StatusCode::OK);
        let (status, body) = get(&app, &format!("{API}/no_such_collection")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(body["error"]["code"].is_string());

        // Fully nested pages are large: at most 20 objects, and 20 by default.
        for kind in ["services", "organizations", "service_at_locations"] {
            assert_invalid(
                &app,
                &format!("{API}/{kind}?full=true&per_page=21"),
                "per_page",
            )
            .await;
            let page = ok(&app, &format!("{API}/{kind}?full=true")).await;
            let total = page["total_items"].as_u64().unwrap();
            assert_eq!(page["size"].as_u64().unwrap(), total.min(20), "{kind}");
            assert_eq!(
                page["total_pages"].as_u64().unwrap(),
                total.div_ceil(20).max(1),
                "{kind}"
            );
            let (status, _) = get(&app, &format!("{API}/{kind}?per_page=21")).await;
            assert_eq!(
                status,
                StatusCode::OK,
                "{kind}: lists without nesting keep 100"
            );
        }
        assert_invalid(
            &app,
            &format!("{API}/services?modified_after=yesterday"),
            "modified_after",
        )
        .await;
        assert_invalid(
            &app,
            &format!("{API}/services?modified_after=2026-01-01"),
            "modified_after",
        )
        .await;
        assert_invalid(
            &app,
            &format!("{API}/service_at_locations?modified_after=2026-13-01T00:00:00Z"),
            "modified_after",
        )
        .await;
        assert_invalid(&app, &format!("{API}/services?format=ndjson"), "format").await;
        assert_invalid(&app, &format!("{API}/services?full=yes"), "full").await;
        assert_invalid(
            &app,
            &format!("{API}/organizations/{ORG_A}?full_service=1"),
            "full_service",
        )
        .await;
        assert_invalid(
            &app,
            &format!("{API}/taxonomy_terms?top_only=maybe"),
            "top_only",
        )
        .await;
        // Unknown parameters are ignored; an empty one counts as absent.
        assert_eq!(
            ok(&app, &format!("{API}/services?colour=blue&search=")).await["total_items"],
            3
        );
    }
);

// Run by hand: `SPORTELLO_HSDS_BENCH=1 cargo test -p sportello-testkit --test hsds_api search_latency -- --nocapture`.
backend_test!(search_latency_with_50000_services, |backend| async move {
    if std::env::var_os("SPORTELLO_HSDS_BENCH").is_none() {
        return;
    }
    let Some(app) = TestApp::spawn(backend, "hsds_bench").await else {
        return;
    };
    let words = [
        "permesso",
        "casa",
        "lavoro",
        "salute",
        "scuola",
        "lingua",
        "famiglia",
        "residenza",
    ];
    let services: Vec<Value> = (0..50_000)
        .map(|i| {
            let w = words[i % words.len()];
            json!({"id": format!("0196b000-0000-7000-8000-{i:012}"), "organization_id": ORG_A,
                   "name": format!("Servizio {w} numero {i}"), "status": "active",
                   "description": format!("Descrizione lunga del servizio {i} dedicato a {w}: orari, documenti, \
                       modalita di accesso, requisiti e contatti per le persone straniere residenti nella regione."),
                   "last_modified": "2026-01-10T09:00:00Z"})
        })
        .collect();
    load_tabular(
        &app.db.url,
        &json!({
            "organizations.csv": [{"id": ORG_A, "name": "Comune", "description": "-"}],
            "services.csv": services
        }),
    )
    .await;
    let client = TestApp::client();
    for query in [
        "search=permesso",
        "search=numero%2049999",
        "search=nothing-matches",
        "page=500",
    ] {
        let mut times = Vec::new();
        for _ in 0..200 {
            let started = std::time::Instant::now();
            let res = client
                .get(app.url(&format!("{API}/services?{query}")))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::OK);
            let _ = res.bytes().await.unwrap();
            times.push(started.elapsed());
        }
        times.sort();
        println!(
            "{backend:?} {query}: p50 {:?} p99 {:?}",
            times[100], times[197]
        );
    }
});
