//! The repertory of materials over real HTTP on both backends: a hub editor adds a PDF
//! (shown on its sheet) and a video link, readers filter the repertory by language, theme
//! and format and download the very bytes, served with the type their content showed,
//! `nosniff` and a sandboxing policy. A disguised, oversized or ambiguous upload is refused
//! with a translated message, keeping what was typed and keeping nothing else; other hubs
//! can neither add for this hub nor remove its materials; removing one removes its file.

use reqwest::StatusCode;
use sportello_core::{Role, Scope};
use sportello_store::AuditFilter;
use sportello_testkit::http::{Page, Session};
use sportello_testkit::{backend_test, operator_session, TestApp};

const WORKSPACE: &str = "/it/workspace/materiali";

/// A small, well-formed PDF of `pad` extra bytes of comment.
fn pdf(pad: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        .to_vec();
    bytes.extend(std::iter::repeat_n(b'%', pad));
    bytes.extend_from_slice(b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    bytes
}

struct Upload<'a> {
    title: &'a str,
    language: &'a str,
    theme: &'a str,
    hub: &'a str,
    article: &'a str,
    video_url: &'a str,
    file: (&'a str, Vec<u8>),
}

impl Default for Upload<'_> {
    fn default() -> Self {
        Self {
            title: "Come scegliere il medico di base",
            language: "ar",
            theme: "salute",
            hub: "hub-salute",
            article: "",
            video_url: "",
            file: ("", Vec::new()),
        }
    }
}

async fn upload(s: &mut Session, u: Upload<'_>) -> Page {
    let csrf = s.csrf().await;
    let (name, bytes) = u.file;
    s.post_file(
        WORKSPACE,
        &[
            ("csrf", &csrf),
            ("title", u.title),
            ("description", "Per chi arriva da poco."),
            ("language", u.language),
            ("theme", u.theme),
            ("hub", u.hub),
            ("article", u.article),
            ("video_url", u.video_url),
        ],
        ("file", name, bytes),
    )
    .await
}

/// The files the object store holds (its folder, recursively; temporary files included).
fn stored_files(app: &TestApp) -> usize {
    fn walk(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir).map_or(0, |entries| {
            entries
                .flatten()
                .map(|e| {
                    let path = e.path();
                    if path.is_dir() {
                        walk(&path)
                    } else {
                        1
                    }
                })
                .sum()
        })
    }
    walk(std::path::Path::new(&app.settings.kb.materials_dir))
}

async fn public(app: &TestApp, path: &str) -> reqwest::Response {
    TestApp::client().get(app.url(path)).send().await.unwrap()
}

backend_test!(
    hubs_publish_materials_readers_filter_and_download_them,
    |backend| async move {
        let Some(app) = TestApp::spawn_with(backend, "kb_materials", |s| {
            s.kb.material_max_bytes = 64 * 1024;
        })
        .await
        else {
            return;
        };
        sportello_app::demo::load(&app.store, &sportello_app::SystemClock, 0)
            .await
            .unwrap();
        let article = app
            .store
            .article_by_slug("salute", "scelta-medico-di-base")
            .await
            .unwrap()
            .expect("a demo sheet of hub-salute")
            .id;
        let mut editor = operator_session(
            &app,
            "hub-editor@example.org",
            Role::HubEditor,
            Scope::Desk("hub-salute".into()),
        )
        .await;
        let page = editor.get(WORKSPACE).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("value=\"hub-salute\""));
        assert!(page.body.contains("enctype=\"multipart/form-data\""));

        // A PDF in Arabic, shown on the sheet.
        let leaflet = pdf(200);
        let added = upload(
            &mut editor,
            Upload {
                article: &article,
                file: ("medico.pdf", leaflet.clone()),
                ..Upload::default()
            },
        )
        .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        assert_eq!(
            added.location(),
            Some("/it/workspace/materiali?fatto=aggiunto")
        );
        // A video link in French, in the repertory only.
        let video = upload(
            &mut editor,
            Upload {
                title: "Il medico di famiglia, in video",
                language: "fr",
                video_url: "https://video.example.org/medico",
                ..Upload::default()
            },
        )
        .await;
        assert_eq!(video.status, StatusCode::SEE_OTHER, "{}", video.body);
        assert_eq!(stored_files(&app), 1, "a video link keeps no file");

        // Readers filter by language, theme and format.
        let list = |q: &'static str| {
            let app = &app;
            async move {
                public(app, &format!("/it/materiali{q}"))
                    .await
                    .text()
                    .await
                    .unwrap()
            }
        };
        let all = list("").await;
        assert!(all.contains("Come scegliere il medico di base"));
        assert!(all.contains("https://video.example.org/medico"));
        let arabic = list("?lingua=ar").await;
        assert!(arabic.contains("Come scegliere il medico di base"));
        assert!(!arabic.contains("https://video.example.org/medico"));
        assert!(arabic.contains("<option value=\"ar\" lang=\"ar\" selected"));
        let videos = list("?formato=video&tema=salute").await;
        assert!(videos.contains("https://video.example.org/medico"));
        assert!(!videos.contains("Come scegliere il medico di base"));
        let elsewhere = list("?tema=casa").await;
        assert!(!elsewhere.contains("medico"), "another theme has none");

        // The sheet lists its material; the link leads to the very bytes.
        let sheet = public(&app, "/it/salute/scelta-medico-di-base")
            .await
            .text()
            .await
            .unwrap();
        let href = sheet
            .split("id=\"materiali\"")
            .nth(1)
            .and_then(|s| s.split("href=\"").nth(1))
            .and_then(|s| s.split('"').next())
            .expect("the sheet links its material")
            .to_owned();
        assert!(href.starts_with("/it/materiali/"), "{href}");
        let file = public(&app, &href).await;
        assert_eq!(file.status(), StatusCode::OK);
        let header = |name: &str| {
            file.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(header("content-type"), "application/pdf");
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert!(header("content-security-policy").contains("sandbox"));
        assert!(header("content-security-policy").starts_with("default-src 'none'"));
        assert_eq!(
            header("content-disposition"),
            "attachment; filename=\"come-scegliere-il-medico-di-base.pdf\""
        );
        assert_eq!(file.bytes().await.unwrap().to_vec(), leaflet);

        // Disguised: HTML named like a PDF. Refused, translated, the typed title kept,
        // nothing stored.
        let disguised = upload(
            &mut editor,
            Upload {
                title: "Volantino sospetto",
                file: (
                    "volantino.pdf",
                    b"<html><script>alert(1)</script></html>".to_vec(),
                ),
                ..Upload::default()
            },
        )
        .await;
        assert_eq!(disguised.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            disguised.body.contains("non è un PDF"),
            "{}",
            disguised.body
        );
        assert_eq!(
            disguised.input_value("title").as_deref(),
            Some("Volantino sospetto")
        );
        let svg = upload(
            &mut editor,
            Upload {
                file: (
                    "mappa.png",
                    b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".to_vec(),
                ),
                ..Upload::default()
            },
        )
        .await;
        assert_eq!(svg.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Over the limit (64 KiB here): refused with its own message, the title kept.
        let large = upload(
            &mut editor,
            Upload {
                title: "Guida completa",
                file: ("guida.pdf", pdf(100 * 1024)),
                ..Upload::default()
            },
        )
        .await;
        assert_eq!(large.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(large.body.contains("troppo grande"), "{}", large.body);
        assert_eq!(
            large.input_value("title").as_deref(),
            Some("Guida completa")
        );
        // A file and a video at once, a video that is not https, nothing at all.
        for (file, url) in [
            (("a.pdf", pdf(0)), "https://video.example.org/x"),
            (("", Vec::new()), "javascript:alert(1)"),
            (("", Vec::new()), ""),
        ] {
            let page = upload(
                &mut editor,
                Upload {
                    file,
                    video_url: url,
                    ..Upload::default()
                },
            )
            .await;
            assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        }
        assert_eq!(stored_files(&app), 1, "no refused upload left a file");

        // Another hub's editor: cannot add for this hub, cannot remove its materials.
        let material = href.trim_start_matches("/it/materiali/").to_owned();
        let mut other = operator_session(
            &app,
            "other-hub@example.org",
            Role::HubEditor,
            Scope::Desk("hub-titoli-di-soggiorno".into()),
        )
        .await;
        let intruder = upload(
            &mut other,
            Upload {
                file: ("x.pdf", pdf(0)),
                ..Upload::default()
            },
        )
        .await;
        assert_eq!(intruder.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(intruder.body.contains("Scegli un hub"));
        let csrf = other.csrf().await;
        let remove = format!("{WORKSPACE}/{material}/elimina");
        let refused = other.post_form(&remove, &[("csrf", &csrf)]).await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND);
        let missing = other
            .post_form(
                &format!("{WORKSPACE}/0190b1a0-0000-7000-8000-000000000000/elimina"),
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(
            missing.status,
            StatusCode::NOT_FOUND,
            "out of reach looks missing"
        );
        // A writer of the hub who does not publish: not this page.
        let mut writer = operator_session(
            &app,
            "writer@example.org",
            Role::L2Operator,
            Scope::Desk("hub-salute".into()),
        )
        .await;
        assert_eq!(writer.get(WORKSPACE).await.status, StatusCode::FORBIDDEN);

        // The hub editor removes it: the file goes with it.
        let csrf = editor.csrf().await;
        let removed = editor.post_form(&remove, &[("csrf", &csrf)]).await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER);
        assert_eq!(public(&app, &href).await.status(), StatusCode::NOT_FOUND);
        assert_eq!(stored_files(&app), 0);
        let sheet = public(&app, "/it/salute/scelta-medico-di-base")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            !sheet.contains("id=\"materiali\""),
            "the cached sheet was dropped"
        );

        // Audited without the file's content or the reader's data.
        let audit = app
            .store
            .audit_entries(
                &AuditFilter {
                    action_prefix: Some("kb.material".into()),
                    ..AuditFilter::default()
                },
                10,
                0,
            )
            .await
            .unwrap();
        let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(
            actions,
            [
                "kb.material_removed",
                "kb.material_added",
                "kb.material_added"
            ]
        );
        assert!(audit
            .iter()
            .all(|e| e.actor_label == "hub-editor@example.org"));
        assert!(audit[2].detail.contains("application/pdf"));
    }
);
