//! XLIFF 2.0 with a translation agency, over real HTTP on both backends: the export reads
//! back without loss, an agency's file comes back in and becomes the reviewed Arabic sheet,
//! and a file with any problem (malformed, DOCTYPE, a unit left untranslated, a sheet
//! changed since the export) is refused with its line, saving nothing.

use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::kb::xliff;
use sportello_core::{Role, Scope};
use sportello_testkit::http::{Page, Session};
use sportello_testkit::{backend_test, operator_session, TestApp};

const EXPORT: &str = "/it/workspace/schede-tradotte/ar/xliff";

async fn upload(s: &mut Session, text: &str) -> Page {
    let csrf = s.get("/it/workspace").await.input_value("csrf").unwrap();
    s.post_file(
        EXPORT,
        &[("csrf", &csrf)],
        ("file", "agency.xlf", text.as_bytes().to_vec()),
    )
    .await
}

async fn public_title(app: &TestApp, path: &str) -> String {
    let body = TestApp::client()
        .get(app.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    body.split("<h1 id=\"kb-heading\"")
        .nth(1)
        .and_then(|s| s.split_once('>'))
        .and_then(|(_, s)| s.split('<').next())
        .expect("a heading")
        .to_owned()
}

backend_test!(
    an_agency_file_goes_out_and_comes_back_all_or_nothing,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "kb_xliff").await else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let mut arabic = operator_session(
            &app,
            "translator-ar@example.org",
            Role::Translator,
            Scope::Language("ar".into()),
        )
        .await;
        let mut french = operator_session(
            &app,
            "translator-fr@example.org",
            Role::Translator,
            Scope::Language("fr".into()),
        )
        .await;
        assert_eq!(french.get(EXPORT).await.status, StatusCode::FORBIDDEN);

        // Every demo translation is a machine draft: the export holds every sheet.
        let exported = arabic.get(EXPORT).await;
        assert_eq!(exported.status, StatusCode::OK);
        assert!(exported.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/xliff+xml"));
        assert!(exported.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment"));
        let doc = xliff::read(&exported.body).expect("our own export reads back");
        assert_eq!(
            (doc.source_lang.as_str(), doc.target_lang.as_str()),
            ("it", "ar")
        );
        let published = app.store.all_articles(500).await.unwrap().len();
        assert_eq!(doc.files.len(), published);
        // Written again, it is the same text: nothing is lost on the way.
        assert_eq!(xliff::write(&doc), exported.body);

        let sheet = doc
            .files
            .iter()
            .find(|f| f.original == "salute/scelta-medico-di-base")
            .expect("the sheet")
            .clone();
        let title = sheet.units.iter().find(|u| u.id == "title").unwrap();
        assert_eq!(title.source, "Scegliere o cambiare il medico di base");
        assert!(title.target.is_some(), "the machine draft rides as target");

        // The agency's file: one sheet, every unit translated, the title changed.
        let mut agency = xliff::Document {
            files: vec![sheet.clone()],
            ..doc.clone()
        };
        for unit in &mut agency.files[0].units {
            if unit.id == "title" {
                unit.target = Some("اختيار طبيب العائلة".into());
            }
            unit.approved = true;
        }
        let good = xliff::write(&agency);

        // Any problem refuses the whole file. A second sheet with an untranslated unit:
        let mut broken = agency.clone();
        let mut other = doc
            .files
            .iter()
            .find(|f| f.original == "permesso-di-soggiorno/rinnovo-permesso-di-soggiorno")
            .unwrap()
            .clone();
        other.units[1].target = None;
        let missing_unit = other.units[1].id.clone();
        broken.files.push(other);
        let text = xliff::write(&broken);
        let refused = upload(&mut arabic, &text).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let file_line = text
            .lines()
            .position(|l| l.contains("rinnovo-permesso-di-soggiorno\""))
            .unwrap()
            + 1;
        assert!(
            refused.body.contains(&format!("Riga {file_line}:")),
            "{}",
            refused.body
        );
        assert!(refused.body.contains(&missing_unit), "names the unit");
        assert!(refused.body.contains("Non è stato importato niente"));
        let before = public_title(&app, "/ar/salute/scelta-medico-di-base").await;
        assert_ne!(
            before, "اختيار طبيب العائلة",
            "the good sheet was not saved either"
        );

        // Malformed XML and a DOCTYPE: the line, nothing else.
        let cut = good.replacen("</target>", "</targt>", 1);
        let bad_line = cut.lines().position(|l| l.contains("</targt>")).unwrap() + 1;
        let refused = upload(&mut arabic, &cut).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.body.contains(&format!("Riga {bad_line}:")),
            "{}",
            refused.body
        );
        let bomb = format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">]>\n{}",
            good.split_once('\n').unwrap().1
        );
        let refused = upload(&mut arabic, &bomb).await;
        assert!(refused.body.contains("Riga 2:"), "{}", refused.body);
        assert!(refused.body.contains("DOCTYPE"));
        let empty = upload(&mut arabic, "").await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);

        // The good file: saved as a person's translation, the public page shows it.
        let imported = upload(&mut arabic, &good).await;
        assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
        let queue = arabic
            .get(imported.location().expect("back to the queue"))
            .await;
        assert!(
            queue.body.contains("id=\"kb-xliff-done\""),
            "{}",
            queue.body
        );
        assert_eq!(
            public_title(&app, "/ar/salute/scelta-medico-di-base").await,
            "اختيار طبيب العائلة"
        );
        let todo = xliff::read(&arabic.get(EXPORT).await.body).unwrap();
        assert_eq!(todo.files.len(), published - 1, "reviewed now, not to do");
        let all = xliff::read(&arabic.get(&format!("{EXPORT}?tutte=1")).await.body).unwrap();
        let back = all.files.iter().find(|f| f.id == sheet.id).unwrap();
        assert!(back.units.iter().all(|u| u.approved));
        assert_eq!(
            back.units
                .iter()
                .find(|u| u.id == "title")
                .unwrap()
                .target
                .as_deref(),
            Some("اختيار طبيب العائلة")
        );
        let trail = app
            .store
            .audit_entries(&sportello_store::AuditFilter::default(), 50, 0)
            .await
            .unwrap();
        assert!(trail
            .iter()
            .any(|e| e.action == "kb.translation_imported" && e.object_id == sheet.id));

        // A file made for another version of the Italian sheet is stale: the line of its
        // <file>, nothing saved.
        let stale_doc = xliff::Document {
            files: vec![xliff::File {
                version: sheet.version - 1,
                ..agency.files[0].clone()
            }],
            ..agency.clone()
        };
        let refused = upload(&mut arabic, &xliff::write(&stale_doc)).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Riga 3:"), "{}", refused.body);
        assert!(
            refused.body.contains("scarica di nuovo"),
            "{}",
            refused.body
        );
    }
);
