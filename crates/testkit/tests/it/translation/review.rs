//! A translator reviews their language in the workspace, over real HTTP, on both backends:
//! confirming, correcting, a refused correction, the audit trail, and another node that
//! starts later laying the stored reviews over its files.

use reqwest::StatusCode;
use sportello_core::{Role, Scope};
use sportello_store::AuditFilter;
use sportello_testkit::http::{Page, Session};
use sportello_testkit::{backend_test, operator_session, TestApp};

/// "463 messaggi da rivedere" on the languages page: the number for `tag`.
async fn unreviewed_count(s: &mut Session, tag: &str) -> usize {
    let page = s.get("/it/workspace/traduzioni").await;
    assert_eq!(page.status, StatusCode::OK);
    let link = format!("/it/workspace/traduzioni/{tag}\"");
    let after = page
        .body
        .split(&link)
        .nth(1)
        .expect("the language is listed");
    let line = after.split("</li>").next().unwrap();
    let digits: String = line
        .rsplit(':')
        .next()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().expect("a count")
}

async fn decide(s: &mut Session, tag: &str, message: &str, decision: &str, text: &str) -> Page {
    let csrf = s
        .get(&format!("/it/workspace/traduzioni/{tag}"))
        .await
        .input_value("csrf")
        .expect("the queue has forms");
    s.post_form(
        &format!("/it/workspace/traduzioni/{tag}"),
        &[
            ("csrf", &csrf),
            ("message", message),
            ("decision", decision),
            ("text", text),
            ("page", "1"),
        ],
    )
    .await
}

async fn public_page(app: &TestApp, path: &str) -> String {
    TestApp::client()
        .get(app.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The text of the textarea with HTML id `id`.
fn textarea(page: &Page, id: &str) -> Option<String> {
    let open = page.body.find(&format!("<textarea id=\"{id}\""))?;
    let start = page.body[open..].find('>')? + open + 1;
    let end = page.body[start..].find("</textarea>")? + start;
    Some(page.body[start..end].to_owned())
}

const CORRECTED: &str = "معلومات وخدمات للمقيمين الأجانب (مراجعة)";

backend_test!(
    a_translator_confirms_and_corrects_their_language,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "translation_review").await else {
            return;
        };
        let mut arabic = operator_session(
            &app,
            "translator-ar@example.org",
            Role::Translator,
            Scope::Language("ar".into()),
        )
        .await;
        let home = arabic.get("/it/workspace").await;
        assert!(
            home.body.contains("/it/workspace/traduzioni\""),
            "a translator's menu leads to the review"
        );
        let languages = arabic.get("/it/workspace/traduzioni").await;
        assert!(languages.body.contains("/it/workspace/traduzioni/ar\""));
        assert!(
            !languages.body.contains("/it/workspace/traduzioni/fa\""),
            "only the granted language"
        );
        assert_eq!(
            arabic.get("/it/workspace/traduzioni/fa").await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            arabic.get("/it/workspace/traduzioni/it").await.status,
            StatusCode::FORBIDDEN,
            "Italian is the source"
        );

        let queue = arabic.get("/it/workspace/traduzioni/ar").await;
        assert_eq!(queue.status, StatusCode::OK);
        assert!(
            queue.body.contains(r#"lang="it" dir="ltr""#),
            "the source beside"
        );
        assert!(
            queue.body.contains(r#"lang="ar" dir="rtl""#),
            "the translation, RTL"
        );
        let before = unreviewed_count(&mut arabic, "ar").await;
        assert!(before > 400, "every Arabic message is a draft: {before}");

        // Confirmed as it is: out of the queue.
        let done = decide(&mut arabic, "ar", "site-name", "confirm", "").await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(unreviewed_count(&mut arabic, "ar").await, before - 1);

        // Corrected: the public page shows the correction at once.
        let done = decide(&mut arabic, "ar", "site-tagline", "correct", CORRECTED).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(unreviewed_count(&mut arabic, "ar").await, before - 2);
        assert!(public_page(&app, "/ar/").await.contains(CORRECTED));

        // A correction that drops the count is refused, and keeps what was typed.
        let refused = decide(&mut arabic, "ar", "desks-count", "correct", "مكاتب كثيرة").await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused
            .body
            .contains("Il testo deve usare esattamente gli stessi segnaposto"));
        assert_eq!(
            textarea(&refused, "m-desks-count-text").as_deref(),
            Some("مكاتب كثيرة"),
            "the refused message's form keeps the typed text"
        );
        assert_eq!(unreviewed_count(&mut arabic, "ar").await, before - 2);

        // Broken Fluent is refused too.
        let refused = decide(&mut arabic, "ar", "site-name", "correct", "{ $count").await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

        let audit = app
            .store
            .audit_entries(&AuditFilter::default(), 500, 0)
            .await
            .unwrap();
        let row = |action: &str, object: &str| {
            audit.iter().any(|e| {
                e.action == action
                    && e.object_id == object
                    && e.actor_label == "translator-ar@example.org"
            })
        };
        assert!(row("translation.reviewed", "ar:site-name"));
        assert!(row("translation.corrected", "ar:site-tagline"));

        // The stored reviews go back into `.ftl` files (what `sportello export translations`
        // writes): the correction in place, the confirmed message without its mark.
        let i18n = sportello_web::I18n::load().unwrap();
        let node = sportello_app::App::new(app.store.clone(), app.settings.clone())
            .await
            .unwrap();
        i18n.apply_reviews(&sportello_app::translation::reviews(&node).await.unwrap());
        let platform = &i18n.export(sportello_core::Locale::Ar)[0].1;
        assert!(platform.contains(&format!("\nsite-tagline = {CORRECTED}\n")));
        assert!(!platform.contains("# unreviewed\nsite-name ="));
        assert!(platform.contains("# unreviewed\nskip-link ="));

        // A node that starts later lays the stored reviews over its files.
        let app = app.restart().await;
        assert!(public_page(&app, "/ar/").await.contains(CORRECTED));
        let mut arabic = operator_session(
            &app,
            "translator-ar-2@example.org",
            Role::Translator,
            Scope::Language("ar".into()),
        )
        .await;
        assert_eq!(unreviewed_count(&mut arabic, "ar").await, before - 2);
    }
);

backend_test!(
    operators_without_a_translator_grant_review_nothing,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "translation_refused").await else {
            return;
        };
        sportello_app::demo::load(&app.store, &sportello_app::SystemClock, 0)
            .await
            .unwrap();
        let mut operator = operator_session(
            &app,
            "l2@example.org",
            Role::L2Operator,
            Scope::Desk("bologna-urp".into()),
        )
        .await;
        assert!(!operator
            .get("/it/workspace")
            .await
            .body
            .contains("/it/workspace/traduzioni"));
        assert_eq!(
            operator.get("/it/workspace/traduzioni").await.status,
            StatusCode::FORBIDDEN
        );
        let refused = decide_without_form(&mut operator).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let audit = app
            .store
            .audit_entries(&AuditFilter::default(), 500, 0)
            .await
            .unwrap();
        assert!(!audit.iter().any(|e| e.action.starts_with("translation.")));
    }
);

/// A decision posted by someone who never had the form (the workspace home's token).
async fn decide_without_form(s: &mut Session) -> Page {
    let csrf = s.get("/it/workspace").await.input_value("csrf").unwrap();
    s.post_form(
        "/it/workspace/traduzioni/ar",
        &[
            ("csrf", &csrf),
            ("message", "site-name"),
            ("decision", "confirm"),
        ],
    )
    .await
}
