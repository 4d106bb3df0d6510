//! `import hsds` and `export hsds`: the HSDS examples, round trips, idempotence, and an
//! invalid package that is reported row by row and changes nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use sportello_app::hsds::{
    self, DumpScope, ExportFormat, ExportOptions, ImportOptions, ImportReport,
};
use sportello_app::SystemClock;
use sportello_store::{resources, CellKind, Store};
use sportello_testkit::{store_test, TestDb};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/hsds-3.0/examples")
}

async fn import(store: &Store, path: &Path, options: ImportOptions) -> ImportReport {
    hsds::import(store, &SystemClock, path, options)
        .await
        .unwrap()
}

fn errors(report: &ImportReport) -> Vec<String> {
    report
        .issues
        .iter()
        .filter(|i| !i.warning)
        .map(ToString::to_string)
        .collect()
}

/// Rows of a table, by id (or whole key), each column → value, empty values left out and
/// numbers written the same way, so that tables compare column by column.
type Rows = BTreeMap<String, BTreeMap<String, String>>;

fn kind_of(file: &str, column: &str) -> Option<CellKind> {
    let stem = file.strip_suffix(".csv")?;
    let r = resources().iter().find(|r| r.name == stem)?;
    Some(r.columns[r.column_index(column)?].kind)
}

fn normalise(file: &str, column: &str, value: &str) -> String {
    match kind_of(file, column) {
        Some(CellKind::Number) => value.parse::<f64>().unwrap().to_string(),
        _ => value.to_owned(),
    }
}

fn key_of(file: &str, row: &BTreeMap<String, String>) -> String {
    let stem = file.strip_suffix(".csv").unwrap();
    let r = resources().iter().find(|r| r.name == stem).unwrap();
    r.key
        .iter()
        .map(|k| row.get(*k).cloned().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("|")
}

fn read_csv(path: &Path) -> Rows {
    let file = path.file_name().unwrap().to_str().unwrap().to_owned();
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let mut rows = Rows::new();
    for record in reader.records() {
        let record = record.unwrap();
        let row: BTreeMap<String, String> = headers
            .iter()
            .zip(record.iter())
            .filter(|(_, v)| !v.is_empty())
            .map(|(h, v)| (h.to_owned(), normalise(&file, h, v)))
            .collect();
        rows.insert(key_of(&file, &row), row);
    }
    rows
}

fn read_csv_dir(dir: &Path) -> BTreeMap<String, Rows> {
    let mut tables = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if name.ends_with(".csv") {
            tables.insert(name, read_csv(&path));
        }
    }
    tables
}

fn read_tabular_json(path: &Path) -> BTreeMap<String, Rows> {
    let doc: BTreeMap<String, Vec<BTreeMap<String, Value>>> =
        serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    doc.into_iter()
        .map(|(file, list)| {
            let rows = list
                .into_iter()
                .map(|row| {
                    let row: BTreeMap<String, String> = row
                        .into_iter()
                        .filter_map(|(column, value)| {
                            let text = match value {
                                Value::Null => return None,
                                Value::String(s) if s.is_empty() => return None,
                                Value::String(s) => s,
                                other => other.to_string(),
                            };
                            let text = normalise(&file, &column, &text);
                            Some((column, text))
                        })
                        .collect();
                    (key_of(&file, &row), row)
                })
                .collect();
            (file, rows)
        })
        .collect()
}

/// Every row of `expected` is in `actual`, with the same values.
fn assert_contains(expected: &BTreeMap<String, Rows>, actual: &BTreeMap<String, Rows>) {
    for (file, rows) in expected {
        let got = actual
            .get(file)
            .unwrap_or_else(|| panic!("{file} not exported"));
        for (key, row) in rows {
            assert_eq!(got.get(key), Some(row), "{file} row {key}");
        }
    }
}

async fn counts(store: &Store) -> Vec<(&'static str, i64)> {
    store.hsds_table_counts().await.unwrap()
}

store_test!(examples_csv_import_and_round_trip, |store| async move {
    let report = import(&store, &examples().join("csv"), ImportOptions::default()).await;
    assert_eq!(errors(&report), Vec::<String>::new());
    assert!(report.written);
    assert_eq!(report.tables.len(), 21, "{:?}", report.tables);
    for table in &report.tables {
        assert_eq!(table.counts.inserted, table.rows, "{}", table.file);
    }
    // The upstream datapackage.json is a pointer, not JSON: a warning, not an error.
    assert!(report
        .issues
        .iter()
        .any(|i| i.warning && i.location == "datapackage.json"));

    let out = tempfile::tempdir().unwrap();
    hsds::export(
        &store,
        &ExportOptions::new(ExportFormat::Datapackage, DumpScope::Everything),
        out.path(),
    )
    .await
    .unwrap();
    let expected = read_csv_dir(&examples().join("csv"));
    let exported = read_csv_dir(out.path());
    assert_contains(&expected, &exported);
    // The organization got a slug, kind and region of ours.
    let ours = &exported["sportello_organizations.csv"]["d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"];
    assert_eq!(ours["slug"], "example-organization-inc");
    assert_eq!(ours["kind"], "other");

    let descriptor: Value =
        serde_json::from_slice(&std::fs::read(out.path().join("datapackage.json")).unwrap())
            .unwrap();
    let listed: Vec<&str> = descriptor["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 27);
    assert!(listed.contains(&"sportello_desks.csv"));
    let organizations = &descriptor["resources"][0];
    assert_eq!(organizations["profile"], "tabular-data-resource");
    assert_eq!(organizations["schema"]["primaryKey"][0], "id");
    assert_eq!(
        organizations["schema"]["fields"][8]["name"],
        "year_incorporated"
    );
    assert_eq!(organizations["schema"]["fields"][8]["type"], "number");
    assert_eq!(
        organizations["schema"]["fields"][1]["constraints"]["required"],
        true
    );

    // The JSON export holds the same rows as the examples' tabular.json.
    let json = out.path().join("export.json");
    hsds::export(
        &store,
        &ExportOptions::new(ExportFormat::Json, DumpScope::Everything),
        &json,
    )
    .await
    .unwrap();
    let text = std::fs::read_to_string(&json).unwrap();
    assert!(
        text.contains("\"year_incorporated\":2011,"),
        "integral numbers stay integers"
    );
    assert_contains(
        &read_tabular_json(&examples().join("tabular.json")),
        &read_tabular_json(&json),
    );
});

store_test!(
    examples_tabular_json_import_and_round_trip,
    |store| async move {
        let source = examples().join("tabular.json");
        let report = import(&store, &source, ImportOptions::default()).await;
        assert_eq!(errors(&report), Vec::<String>::new());
        assert!(report.written);
        assert_eq!(report.tables.len(), 21);

        let out = tempfile::tempdir().unwrap();
        let json = out.path().join("export.json");
        hsds::export(
            &store,
            &ExportOptions::new(ExportFormat::Json, DumpScope::Everything),
            &json,
        )
        .await
        .unwrap();
        assert_contains(&read_tabular_json(&source), &read_tabular_json(&json));
        hsds::export(
            &store,
            &ExportOptions::new(ExportFormat::Datapackage, DumpScope::Everything),
            out.path(),
        )
        .await
        .unwrap();
        assert_contains(&read_tabular_json(&source), &read_csv_dir(out.path()));
    }
);

store_test!(reimport_is_idempotent, |store| async move {
    let dir = examples().join("csv");
    import(&store, &dir, ImportOptions::default()).await;
    let before = counts(&store).await;
    let version = store
        .meta(sportello_store::DIRECTORY_VERSION_KEY)
        .await
        .unwrap();
    assert!(
        version.is_some(),
        "an import that writes bumps the directory version"
    );
    let again = import(&store, &dir, ImportOptions::default()).await;
    assert_eq!(errors(&again), Vec::<String>::new());
    assert!(again.written);
    for table in &again.tables {
        assert_eq!(table.counts.unchanged, table.rows, "{}", table.file);
        assert_eq!(
            table.counts.inserted + table.counts.updated,
            0,
            "{}",
            table.file
        );
    }
    assert_eq!(counts(&store).await, before);
    assert_eq!(
        store
            .meta(sportello_store::DIRECTORY_VERSION_KEY)
            .await
            .unwrap(),
        version,
        "nothing changed: snapshots need not reload"
    );

    // Our own export comes back unchanged too.
    let out = tempfile::tempdir().unwrap();
    hsds::export(
        &store,
        &ExportOptions::new(ExportFormat::Datapackage, DumpScope::Everything),
        out.path(),
    )
    .await
    .unwrap();
    let own = import(&store, out.path(), ImportOptions::default()).await;
    assert_eq!(errors(&own), Vec::<String>::new());
    for table in &own.tables {
        assert_eq!(table.counts.unchanged, table.rows, "{}", table.file);
    }
    assert_eq!(counts(&store).await, before);
});

store_test!(dry_run_writes_nothing, |store| async move {
    let before = counts(&store).await;
    let report = import(
        &store,
        &examples().join("csv"),
        ImportOptions {
            dry_run: true,
            strict: false,
        },
    )
    .await;
    assert_eq!(errors(&report), Vec::<String>::new());
    assert!(!report.written);
    assert_eq!(report.tables.len(), 21);
    assert!(report.tables.iter().all(|t| t.rows == 1));
    assert_eq!(counts(&store).await, before);
});

/// A copy of the example package with rows appended to some files.
fn package_with(extra: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(examples().join("csv")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    for (file, bytes) in extra {
        let path = dir.path().join(file);
        let mut content = std::fs::read(&path).unwrap_or_default();
        content.extend_from_slice(bytes);
        std::fs::write(&path, content).unwrap();
    }
    dir
}

const ORG_COLUMNS: usize = 13;

/// An organizations.csv row: id, name, description and year_incorporated, the rest empty.
fn organization(id: &str, name: &str, year: &str) -> String {
    let mut cells = vec![""; ORG_COLUMNS];
    cells[0] = id;
    cells[1] = name;
    cells[3] = "Description";
    cells[8] = year;
    cells.join(",") + "\r\n"
}

store_test!(
    invalid_rows_are_all_reported_and_nothing_is_written,
    |store| async move {
        let before = counts(&store).await;
        let org_rows = [
            organization("not-a-uuid", "Bad id", ""),
            organization("0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a01", "", ""),
            organization(
                "0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a02",
                "Bad year",
                "nineteen",
            ),
            // Valid: it must not be written either.
            organization("0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a03", "Fine", "1999"),
        ]
        .concat();
        let programs = std::fs::read_to_string(examples().join("csv/programs.csv")).unwrap();
        let duplicate = programs.lines().nth(1).unwrap().to_owned() + "\r\n";
        let attribute =
            "0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a04,ac148810-d857-441c-9679-408f346de14b,\
                     0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a05,service,service,x\r\n";
        let location = "0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a06,physical,,,Desk,,,,-95,10,,\r\n\
                    0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a07,physical,,,Far,,,,45,200,,\r\n";
        let desks = "id,slug,level\n0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a06,sportello-test,hub\n";
        // status (column 9) is required: fill it.
        let service = {
            let mut cells: Vec<Vec<u8>> = vec![Vec::new(); 23];
            cells[0] = b"0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a08".to_vec();
            cells[1] = b"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610".to_vec();
            cells[3] = b"Caf\xe9".to_vec();
            cells[8] = b"active".to_vec();
            let mut line = cells.join(&b","[..]);
            line.extend_from_slice(b"\r\n");
            line
        };
        let dir = package_with(&[
            ("organizations.csv", org_rows.as_bytes()),
            ("programs.csv", duplicate.as_bytes()),
            ("attributes.csv", attribute.as_bytes()),
            ("locations.csv", location.as_bytes()),
            ("sportello_desks.csv", desks.as_bytes()),
            ("services.csv", &service),
        ]);
        let report = import(&store, dir.path(), ImportOptions::default()).await;
        let errors = errors(&report);
        let expected = [
            "organizations.csv:3: id: not a UUID",
            "organizations.csv:4: name: required",
            "organizations.csv:5: year_incorporated: not a number",
            "programs.csv:3: id: duplicate id",
            "attributes.csv:3: taxonomy_term_id: unknown taxonomy term",
            "locations.csv:3: latitude: -95 is out of range",
            "services.csv:3: name: invalid UTF-8",
        ];
        for prefix in expected {
            assert!(
                errors.iter().any(|e| e.starts_with(prefix)),
                "{prefix} not in {errors:#?}"
            );
        }
        assert_eq!(errors.len(), expected.len(), "{errors:#?}");
        // Out of range but not a desk: a warning.
        assert!(report
            .issues
            .iter()
            .any(|i| i.warning && i.to_string().starts_with("locations.csv:4: longitude:")));
        assert!(!report.written);
        assert_eq!(counts(&store).await, before);

        // Strict: the warnings are errors too.
        let strict = import(
            &store,
            dir.path(),
            ImportOptions {
                dry_run: false,
                strict: true,
            },
        )
        .await;
        assert!(strict
            .issues
            .iter()
            .any(|i| !i.warning && i.to_string().starts_with("locations.csv:4: longitude:")));
        assert_eq!(counts(&store).await, before);
    }
);

store_test!(invalid_json_rows_name_table_and_index, |store| async move {
    let before = counts(&store).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    let doc = serde_json::json!({
        "organizations.csv": [
            {"id": "0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a10", "name": "Ok", "description": "d"},
            {"id": "nope", "name": "Bad", "description": "d", "email": "not an email"},
            {"id": "0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a10", "name": "Again", "description": "d"}
        ],
        "attributes.csv": [
            {"id": "0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a11", "link_id": "0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a10",
             "link_entity": "organization",
             // One of our themes, seeded by the migrations: known.
             "taxonomy_term_id": "c38fb1a5-ee60-5304-82c9-d22756d28697"}
        ]
    });
    std::fs::write(&path, doc.to_string()).unwrap();
    let report = import(&store, &path, ImportOptions::default()).await;
    assert_eq!(
        errors(&report),
        vec![
            "bad.json:organizations.csv[1]: id: not a UUID: \"nope\"".to_owned(),
            "bad.json:organizations.csv[1]: email: not an e-mail address: \"not an email\""
                .to_owned(),
            "bad.json:organizations.csv[2]: id: duplicate id in this table".to_owned(),
        ]
    );
    assert_eq!(counts(&store).await, before);

    std::fs::write(&path, "{\"organizations.csv\": [{\"id\": ").unwrap();
    let report = import(&store, &path, ImportOptions::default()).await;
    assert_eq!(report.errors(), 1, "{:?}", report.issues);
    assert!(report.issues[0]
        .to_string()
        .starts_with("bad.json: not valid tabular JSON"));
    assert_eq!(counts(&store).await, before);
});

store_test!(oversized_fields_are_refused, |store| async move {
    let before = counts(&store).await;
    let big = "x".repeat(hsds::MAX_FIELD_BYTES + 1);
    let row = organization("0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a20", &big, "");
    let dir = package_with(&[("organizations.csv", row.as_bytes())]);
    let report = import(&store, dir.path(), ImportOptions::default()).await;
    assert_eq!(
        errors(&report),
        vec!["organizations.csv:3: name: value larger than 1 MB".to_owned()]
    );
    assert_eq!(counts(&store).await, before);
});

store_test!(
    demo_network_round_trips_into_a_fresh_database,
    |store| async move {
        sportello_app::demo::load(&store, &SystemClock, 0)
            .await
            .unwrap();
        let first = tempfile::tempdir().unwrap();
        let written = hsds::export(
            &store,
            &ExportOptions::new(ExportFormat::Datapackage, DumpScope::Everything),
            first.path(),
        )
        .await
        .unwrap();
        let rows = |name: &str| written.iter().find(|(f, _)| f == name).unwrap().1;
        assert!(rows("organizations.csv") > 0);
        assert!(rows("sportello_desks.csv") > 0);
        assert!(rows("sportello_desk_themes.csv") > 0);

        let Some(fresh_db) = TestDb::new(store.backend(), "hsds_fresh").await else {
            return;
        };
        let fresh = fresh_db.store().await;
        let report = import(&fresh, first.path(), ImportOptions::default()).await;
        assert_eq!(errors(&report), Vec::<String>::new());
        assert!(report.written);
        for table in &report.tables {
            // The migrations seed our themes as taxonomy terms: those are there already.
            let seeded = matches!(table.file.as_str(), "taxonomies.csv" | "taxonomy_terms.csv");
            let expected = if seeded {
                table.counts.unchanged
            } else {
                table.counts.inserted
            };
            assert_eq!(expected, table.rows, "{}: {:?}", table.file, table.counts);
        }
        let second = tempfile::tempdir().unwrap();
        hsds::export(
            &fresh,
            &ExportOptions::new(ExportFormat::Datapackage, DumpScope::Everything),
            second.path(),
        )
        .await
        .unwrap();
        for (file, _) in &written {
            let a = std::fs::read_to_string(first.path().join(file)).unwrap();
            let b = std::fs::read_to_string(second.path().join(file)).unwrap();
            assert_eq!(a, b, "{file} differs after the round trip");
        }
        // The JSON form round-trips too.
        let json = first.path().join("export.json");
        hsds::export(
            &store,
            &ExportOptions::new(ExportFormat::Json, DumpScope::Everything),
            &json,
        )
        .await
        .unwrap();
        let again = import(&fresh, &json, ImportOptions::default()).await;
        assert_eq!(errors(&again), Vec::<String>::new());
        assert!(
            again.tables.iter().all(|t| t.counts.unchanged == t.rows),
            "{:?}",
            again.tables
        );
        fresh.close().await;
    }
);

/// The binary, when `cargo build` has built it next to this test.
fn sportello_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let bin = exe.parent()?.parent()?.join("sportello");
    let works = std::process::Command::new(&bin)
        .args(["import", "hsds", "--help"])
        .output()
        .is_ok_and(|o| o.status.success());
    works.then_some(bin)
}

#[test]
fn cli_imports_and_exports() {
    let Some(bin) = sportello_binary() else {
        eprintln!("\n*** SKIPPED cli_imports_and_exports: build the binary first (cargo build -p sportello) ***\n");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("cli.db").display());
    let run = |args: &[&str]| {
        std::process::Command::new(&bin)
            .current_dir(dir.path())
            .env_remove("SPORTELLO_DATABASE_URL")
            .env_remove("RUST_LOG")
            .arg("--database-url")
            .arg(&url)
            .args(args)
            .output()
            .unwrap()
    };
    let csv_dir = examples().join("csv");
    let csv_dir = csv_dir.to_str().unwrap();

    let dry = run(&["import", "hsds", csv_dir, "--dry-run"]);
    assert!(dry.status.success(), "{dry:?}");
    assert!(String::from_utf8_lossy(&dry.stdout).contains("organizations.csv: 1 rows"));

    let first = run(&["import", "hsds", csv_dir]);
    assert!(first.status.success(), "{first:?}");
    let out = String::from_utf8_lossy(&first.stdout);
    assert!(
        out.contains("organizations.csv: 1 rows, 1 inserted, 0 updated, 0 unchanged"),
        "{out}"
    );
    let again = run(&["import", "hsds", csv_dir]);
    let out = String::from_utf8_lossy(&again.stdout);
    assert!(
        out.contains("organizations.csv: 1 rows, 0 inserted, 0 updated, 1 unchanged"),
        "{out}"
    );

    let exported = run(&["export", "hsds", "--format", "datapackage", "--out", "pkg"]);
    assert!(exported.status.success(), "{exported:?}");
    assert!(dir.path().join("pkg/datapackage.json").is_file());
    let json = run(&["export", "hsds", "--format", "json", "--out", "all.json"]);
    assert!(json.status.success(), "{json:?}");

    let bad = dir.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(
        bad.join("organizations.csv"),
        "id,name,description\nnot-a-uuid,Name,Description\n",
    )
    .unwrap();
    let refused = run(&["import", "hsds", bad.to_str().unwrap()]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("organizations.csv:2: id: not a UUID"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
}

sportello_testkit::backend_test!(
    the_default_export_redacts_sensitive_places_like_the_api,
    |backend| async move {
        let Some(app) =
            sportello_testkit::TestApp::spawn_demo_for_editing(backend, "export_sensitive").await
        else {
            return;
        };
        // The shelter moves: a coordinator edits its address, which writes its history.
        let mut coordinator = sportello_testkit::operator_session(
            &app,
            "coord@example.org",
            sportello_core::Role::Coordinator,
            sportello_core::Scope::Network,
        )
        .await;
        let edit = "/it/workspace/sportelli/bologna-orientamento-protetto/modifica";
        let form = coordinator.get(edit).await;
        let mut fields: Vec<(String, String)> = [
            "csrf",
            "name",
            "opening_hours",
            "languages",
            "phone",
            "email",
            "postcode",
            "comune",
            "province",
            "latitude",
            "longitude",
        ]
        .iter()
        .map(|n| ((*n).to_owned(), form.input_value(n).unwrap_or_default()))
        .collect();
        for (name, value) in [
            ("address", "Indirizzo riservato 2"),
            ("phone_channel", "on"),
            ("by_appointment", "on"),
            ("sensitive", "on"),
        ] {
            fields.push((name.to_owned(), value.to_owned()));
        }
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let saved = coordinator.post_form(edit, &pairs).await;
        assert!(
            saved.status.is_redirection(),
            "{}: {}",
            saved.status,
            saved.body
        );

        let store = &app.store;
        let public = tempfile::tempdir().unwrap();
        hsds::export(
            store,
            &ExportOptions::new(ExportFormat::Datapackage, DumpScope::Public),
            public.path(),
        )
        .await
        .unwrap();
        let full = tempfile::tempdir().unwrap();
        hsds::export(
            store,
            &ExportOptions::new(ExportFormat::Datapackage, DumpScope::Everything),
            full.path(),
        )
        .await
        .unwrap();
        let read = |dir: &Path, file: &str| std::fs::read_to_string(dir.join(file)).unwrap();
        // The secret street, its history and the position: in the backup only.
        assert!(read(full.path(), "addresses.csv").contains("Indirizzo riservato 2"));
        assert!(read(full.path(), "metadata.csv").contains("Indirizzo riservato 1"));
        assert!(read(full.path(), "locations.csv").contains("44.5001"));
        for file in ["addresses.csv", "locations.csv", "metadata.csv"] {
            let text = read(public.path(), file);
            assert!(!text.contains("Indirizzo riservato"), "{file}");
            assert!(
                !text.contains("44.5001") && !text.contains("11.3502"),
                "{file}"
            );
        }
        // The desk itself stays listed, as on the API, and other desks keep their addresses.
        assert!(
            read(public.path(), "sportello_desks.csv").contains("bologna-orientamento-protetto")
        );
        assert!(read(public.path(), "addresses.csv").lines().count() > 10);
    }
);

store_test!(
    imported_links_are_only_web_mail_or_phone,
    |store| async move {
        let before = counts(&store).await;
        let mut cells = vec![""; ORG_COLUMNS];
        cells[0] = "0e3b8a52-5c1f-4a53-9d43-1b7a1f6d2a31";
        cells[1] = "Link trap";
        cells[3] = "Description";
        cells[5] = "javascript:alert(document.cookie)";
        let row = cells.join(",") + "\r\n";
        let dir = package_with(&[("organizations.csv", row.as_bytes())]);
        let report = import(&store, dir.path(), ImportOptions::default()).await;
        let found = errors(&report);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("organizations.csv:")
                && found[0].contains(": website: not a link (http, https, mailto or tel)"),
            "{found:?}"
        );
        assert_eq!(counts(&store).await, before, "nothing written");
    }
);
