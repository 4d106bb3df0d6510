//! Periodic review over real HTTP on both backends: an overdue sheet shows in the hub
//! editor's queue, the hub editor confirms it still right (due again in twelve months,
//! audited), a writer sees it without the button and cannot confirm it, and a confirmation
//! of a version that is no longer the head changes nothing.

use chrono::{Months, Utc};
use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_store::AuditFilter;
use sportello_testkit::http::{Page, Session};
use sportello_testkit::{backend_test, operator_session, TestApp};

const QUEUE: &str = "/it/workspace/schede-da-rivedere";

async fn confirm(s: &mut Session, id: &str, seen: &str) -> Page {
    let csrf = s.get("/it/workspace").await.input_value("csrf").unwrap();
    s.post_form(
        &format!("/it/workspace/schede/{id}/revisione"),
        &[("csrf", &csrf), ("seen_version", seen)],
    )
    .await
}

backend_test!(
    an_overdue_sheet_is_confirmed_by_its_hub_editor_only,
    |backend| async move {
        let Some(app) = TestApp::spawn(backend, "kb_review").await else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        let sheet = app
            .store
            .article_by_slug("permesso-di-soggiorno", "rinnovo-permesso-di-soggiorno")
            .await
            .unwrap()
            .expect("the demo sheet");
        assert_eq!(sheet.status, "published");
        // Last reviewed thirteen months ago: due a month ago.
        let today = Utc::now().date_naive();
        let due = today.checked_sub_months(Months::new(1)).unwrap();
        app.store
            .confirm_article_review(&sheet.id, sheet.head_version, Utc::now(), due)
            .await
            .unwrap();

        let mut editor = operator_session(
            &app,
            "hub-editor@example.org",
            Role::HubEditor,
            Scope::Theme("permesso-di-soggiorno".into()),
        )
        .await;
        let mut writer = operator_session(
            &app,
            "writer@example.org",
            Role::L2Operator,
            Scope::Desk("hub-titoli-di-soggiorno".into()),
        )
        .await;
        let mut outsider = operator_session(
            &app,
            "elsewhere@example.org",
            Role::HubEditor,
            Scope::Theme("salute".into()),
        )
        .await;

        let row = format!("id=\"kb-due-{}\"", sheet.id);
        let queue = editor.get(QUEUE).await;
        assert_eq!(queue.status, StatusCode::OK);
        let line = queue.body.split(&row).nth(1).expect("the sheet is due");
        let line = line.split("</tr>").next().unwrap();
        assert!(line.contains("scaduta"), "overdue: {line}");
        assert!(line.contains("revisione"), "the editor may confirm: {line}");

        let seen = sheet.head_version.to_string();
        let written = writer.get(QUEUE).await;
        let line = written.body.split(&row).nth(1).expect("the writer sees it");
        assert!(!line.split("</tr>").next().unwrap().contains("<form"));
        assert_eq!(
            confirm(&mut writer, &sheet.id, &seen).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            confirm(&mut outsider, &sheet.id, &seen).await.status,
            StatusCode::NOT_FOUND
        );
        assert!(!outsider.get(QUEUE).await.body.contains(&row));

        // A version that is not the head: nothing changes.
        let stale = confirm(
            &mut editor,
            &sheet.id,
            &(sheet.head_version + 1).to_string(),
        )
        .await;
        assert_eq!(stale.status, StatusCode::SEE_OTHER);
        assert_eq!(stale.location(), Some(QUEUE));
        let unchanged = app.store.article(&sheet.id).await.unwrap().unwrap();
        assert_eq!(unchanged.review_by, Some(due));

        let done = confirm(&mut editor, &sheet.id, &seen).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let until = today.checked_add_months(Months::new(12)).unwrap();
        let expected = format!("{QUEUE}?fino={until}");
        assert_eq!(done.location(), Some(expected.as_str()));
        let after = app.store.article(&sheet.id).await.unwrap().unwrap();
        assert_eq!(after.review_by, Some(until));
        assert_eq!(after.head_version, sheet.head_version, "no new version");
        let shown = editor.get(&expected).await;
        assert!(shown.body.contains("id=\"kb-review-done\""));
        assert!(!shown.body.contains(&row), "no longer due");

        let audit = app
            .store
            .audit_entries(&AuditFilter::default(), 500, 0)
            .await
            .unwrap();
        let confirmed: Vec<_> = audit
            .iter()
            .filter(|e| e.action == "kb.review_confirmed" && e.object_id == sheet.id)
            .collect();
        assert_eq!(confirmed.len(), 1, "one confirmation, the stale one not");
        assert_eq!(confirmed[0].actor_label, "hub-editor@example.org");
    }
);
