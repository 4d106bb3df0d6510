//! A sheet's A4 leaflet through the real server, on both backends: the PDF's text is
//! extractable (poppler's `pdftotext`, as a reader's tools would), its page rendered
//! (`pdftoppm`) carries a QR code that decodes (rqrr) to the live page for the reader's
//! language and area; once the sheet is archived, that address says it was withdrawn and
//! leads to what replaced it. Made leaflets are limited per address, those kept in memory
//! are not.

use std::path::Path;
use std::process::Command;

use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_testkit::{backend_test, operator_session, skip, TestApp};

const THEME: &str = "permesso-di-soggiorno";
const SLUG: &str = "rinnovo-permesso-di-soggiorno";
const REPLACEMENT: &str = "permesso-ue-lungo-periodo";

fn poppler() -> bool {
    ["pdftotext", "pdftoppm"].iter().all(|tool| {
        Command::new(tool)
            .arg("-v")
            .output()
            .is_ok_and(|o| o.status.success() || !o.stderr.is_empty())
    })
}

async fn get(app: &TestApp, path: &str) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
    let r = TestApp::client().get(app.url(path)).send().await.unwrap();
    let status = r.status();
    let headers = r.headers().clone();
    (status, headers, r.bytes().await.unwrap().to_vec())
}

/// The text of a PDF, as `pdftotext` extracts it.
fn text_of(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The QR codes on the first page, rendered at 150 dpi in grey as a printer would see it.
fn qr_codes(pdf: &Path) -> Vec<String> {
    let prefix = pdf.with_extension("");
    let out = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pgm = std::fs::read(prefix.with_extension("pgm")).unwrap();
    let (width, height, pixels) = parse_pgm(&pgm);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, content)| content))
        .collect()
}

/// A binary PGM (`P5`, 8 bits): width, height and the grey levels.
fn parse_pgm(bytes: &[u8]) -> (usize, usize, &[u8]) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(std::str::from_utf8(&bytes[start..at]).unwrap().to_owned());
    }
    assert_eq!(fields[0], "P5");
    assert_eq!(fields[3], "255");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, &bytes[at + 1..at + 1 + w * h])
}

async fn leaflet(app: &TestApp, dir: &Path, path: &str) -> std::path::PathBuf {
    let (status, headers, body) = get(app, path).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "{path}: {}",
        String::from_utf8_lossy(&body)
    );
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(body.starts_with(b"%PDF-"), "{path}");
    let file = dir.join(format!("{}.pdf", path.replace(['/', '?', '=', '.'], "_")));
    std::fs::write(&file, body).unwrap();
    file
}

backend_test!(
    a_sheet_prints_as_a_leaflet_whose_qr_code_leads_to_its_page,
    |backend| async move {
        if !poppler() {
            skip(
                "kb leaflet test",
                "pdftotext/pdftoppm (poppler-utils) not installed",
            );
            return;
        }
        let Some(app) = TestApp::spawn_with(backend, "kb_leaflet", |s| {
            s.auth.require_2fa_for_admins = false;
        })
        .await
        else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let base = app
            .settings
            .server
            .public_url
            .trim_end_matches('/')
            .to_owned();
        let sheet = format!("/it/{THEME}/{SLUG}");

        // Italian: the texts are there, in the Designers Italia order, steps included.
        let it = leaflet(&app, dir.path(), &format!("{sheet}/volantino.pdf")).await;
        let text = text_of(&it);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("Rinnovare il permesso di soggiorno"),
            "{flat}"
        );
        let (what, steps, norms) = (
            flat.find("Cos'è").or_else(|| flat.find("Cos’è")),
            flat.find("I passi"),
            flat.find("Riferimenti normativi"),
        );
        assert!(
            what.is_some() && steps.is_some() && norms.is_some(),
            "{flat}"
        );
        assert!(what < steps && steps < norms, "sections in order: {flat}");
        assert!(flat.contains("Inquadra il codice per la pagina aggiornata"));
        assert_eq!(qr_codes(&it), vec![format!("{base}{sheet}")]);

        // The reader's area: the Bologna variant, and a QR code for the same area.
        let bo = leaflet(
            &app,
            dir.path(),
            &format!("{sheet}/volantino.pdf?provincia=BO"),
        )
        .await;
        let bo_text = text_of(&bo);
        assert!(bo_text.contains("Nella tua zona:"), "{bo_text}");
        assert!(!text.contains("Nella tua zona:"));
        assert_eq!(qr_codes(&bo), vec![format!("{base}{sheet}?provincia=BO")]);

        // Arabic: the translated texts, shaped, with the Arabic labels; the QR code of the
        // Arabic page. (pdftotext gives the logical letters, whatever their joined forms.)
        let ar_path = format!("/ar/{THEME}/{SLUG}");
        let ar = leaflet(&app, dir.path(), &format!("{ar_path}/volantino.pdf")).await;
        let ar_text = text_of(&ar);
        assert!(
            ar_text
                .chars()
                .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
                .count()
                > 200,
            "{ar_text}"
        );
        assert!(
            ar_text.contains("الرمز"),
            "the Arabic scan label: {ar_text}"
        );
        assert!(
            !ar_text.contains('\u{FFFD}'),
            "no character is lost: {ar_text}"
        );
        assert_eq!(qr_codes(&ar), vec![format!("{base}{ar_path}")]);
        // Chinese and Bengali have their fonts too.
        for lang in ["zh", "bn", "uk", "ur"] {
            leaflet(
                &app,
                dir.path(),
                &format!("/{lang}/{THEME}/{SLUG}/volantino.pdf"),
            )
            .await;
        }

        // The sheet's page links its leaflet, for the same area.
        let (_, _, page) = get(&app, &format!("{sheet}?provincia=BO")).await;
        assert!(String::from_utf8(page)
            .unwrap()
            .contains(&format!("href=\"{sheet}/volantino.pdf?provincia=BO\"")));
        assert_eq!(
            get(&app, &format!("/it/{THEME}/nessuna-scheda/volantino.pdf"))
                .await
                .0,
            StatusCode::NOT_FOUND
        );

        // The hub archives it, replaced by another sheet: the printed QR code's address
        // now says it was withdrawn and links the replacement; so does the leaflet's.
        let mut hub = operator_session(
            &app,
            "hub@example.org",
            Role::HubEditor,
            Scope::Desk("hub-titoli-di-soggiorno".into()),
        )
        .await;
        let record = app
            .store
            .article_by_slug(THEME, SLUG)
            .await
            .unwrap()
            .unwrap();
        let editor = format!("/it/workspace/schede/{}", record.id);
        let page = hub.get(&editor).await;
        assert!(page.body.contains("id=\"replaced_by\""), "{}", page.body);
        // (The editor also lists the glossary's legal terms the sheet uses.)
        let glossary = page.body.split("id=\"kb-glossary\"").nth(1).unwrap();
        assert!(glossary.contains(">kit postale</mark>"), "{glossary}");
        let csrf = page.input_value("csrf").unwrap();
        let version = record.head_version.to_string();
        let state = format!("{editor}/stato");
        let wrong = hub
            .post_form(
                &state,
                &[
                    ("csrf", csrf.as_str()),
                    ("seen_version", &version),
                    ("action", "archive"),
                    ("replaced_by", "/it/salute/non-esiste"),
                ],
            )
            .await;
        assert_eq!(
            wrong.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            wrong.body
        );
        assert!(wrong
            .body
            .contains("non corrisponde a una scheda pubblicata"));
        let replacement = format!("{base}/it/{THEME}/{REPLACEMENT}");
        let archived = hub
            .post_form(
                &state,
                &[
                    ("csrf", csrf.as_str()),
                    ("seen_version", &version),
                    ("action", "archive"),
                    ("replaced_by", &replacement),
                ],
            )
            .await;
        assert_eq!(archived.status, StatusCode::SEE_OTHER, "{}", archived.body);
        let scanned = qr_codes(&it).pop().unwrap();
        let path = scanned.strip_prefix(&base).unwrap();
        for address in [path.to_owned(), format!("{sheet}/volantino.pdf")] {
            let (status, _, body) = get(&app, &address).await;
            assert_eq!(status, StatusCode::GONE, "{address}");
            let body = String::from_utf8(body).unwrap();
            assert!(
                body.contains(&format!("href=\"/it/{THEME}/{REPLACEMENT}\"")),
                "{address}: {body}"
            );
        }
    }
);

backend_test!(
    leaflets_made_are_limited_per_address_those_kept_are_not,
    |backend| async move {
        if !poppler() {
            skip("kb leaflet limit test", "poppler-utils not installed");
            return;
        }
        let Some(app) = TestApp::spawn_with(backend, "kb_leaflet_limit", |s| {
            s.kb.leaflets_per_ip_per_hour = 2;
        })
        .await
        else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let en = format!("/en/{THEME}/{SLUG}/volantino.pdf");
        let fr = format!("/fr/{THEME}/{SLUG}/volantino.pdf");
        let es = format!("/es/{THEME}/{SLUG}/volantino.pdf");
        assert_eq!(get(&app, &en).await.0, StatusCode::OK);
        assert_eq!(get(&app, &fr).await.0, StatusCode::OK);
        let (status, headers, body) = get(&app, &es).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(headers["retry-after"], "60");
        assert!(
            String::from_utf8(body).unwrap().contains("lang=\"es\""),
            "a translated error page"
        );
        // Kept in memory: served again without counting.
        for _ in 0..3 {
            assert_eq!(get(&app, &en).await.0, StatusCode::OK);
        }
    }
);
