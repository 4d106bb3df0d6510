//! What readers look for and do not find: the counts in the store (both backends), the
//! click counter, and the editors' page with its link to a draft that answers.

use chrono::NaiveDate;
use reqwest::StatusCode;
use sportello_core::{Role, Scope};
use sportello_store::{ClickCount, QuestionCount};
use sportello_testkit::{backend_test, operator_session, store_test, TestApp};

use super::get;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn asked(d: u32, query: &str, theme: &str, asked: i64, empty: i64) -> QuestionCount {
    QuestionCount {
        day: day(d),
        lang: "it".into(),
        query: query.into(),
        theme: theme.into(),
        asked,
        empty,
        few: 0,
    }
}

store_test!(
    question_counts_add_up_and_rare_ones_are_forgotten,
    |store| async move {
        store
            .add_search_counts(
                &[
                    asked(1, "bonus affitto", "", 2, 2),
                    asked(1, "mario rossi", "", 1, 1),
                    asked(1, "tessera bus", "casa", 3, 3),
                ],
                &[ClickCount {
                    day: day(1),
                    lang: "it".into(),
                    query: "codice fiscale".into(),
                    item: "sheet:x".into(),
                    clicks: 2,
                }],
            )
            .await
            .unwrap();
        // A second batch adds to the same day's row.
        store
            .add_search_counts(
                &[
                    asked(1, "bonus affitto", "", 1, 1),
                    asked(2, "bonus affitto", "", 1, 0),
                ],
                &[],
            )
            .await
            .unwrap();
        let gaps = store.search_gaps(day(1), 3, None, 10).await.unwrap();
        let bonus = gaps.iter().find(|g| g.query == "bonus affitto").unwrap();
        assert_eq!((bonus.asked, bonus.empty), (4, 3));
        assert!(
            gaps.iter().all(|g| g.query != "mario rossi"),
            "asked once: not shown"
        );
        // A hub's themes: its own and the unthemed ones.
        let theirs = store
            .search_gaps(day(1), 3, Some(&["casa".into()]), 10)
            .await
            .unwrap();
        assert_eq!(theirs.len(), 1);
        assert_eq!(theirs[0].query, "tessera bus");
        let followed = store.followed_results(day(1), 0, 10).await.unwrap();
        assert_eq!(followed[0].clicks, 2);
        // Rare questions older than the rare limit go; frequent ones stay until the keep limit.
        let gone = store.purge_search_counts(day(1), day(2), 3).await.unwrap();
        assert!(gone >= 1);
        let left = store.search_gaps(day(1), 1, None, 10).await.unwrap();
        assert!(left.iter().all(|g| g.query != "mario rossi"));
        assert!(left.iter().any(|g| g.query == "bonus affitto"));
        store.purge_search_counts(day(3), day(3), 3).await.unwrap();
        assert!(store
            .search_gaps(day(1), 1, None, 10)
            .await
            .unwrap()
            .is_empty());
    }
);

backend_test!(
    editors_see_what_readers_did_not_find,
    |backend| async move {
        let Some(app) = TestApp::spawn_with(backend, "search_gaps", |s| {
            s.search.counts_every_secs = 0;
            s.auth.require_2fa_for_admins = false;
        })
        .await
        else {
            return;
        };
        sportello_app::demo::load(&app.store, &sportello_app::SystemClock, 0)
            .await
            .unwrap();
        crate::search::eventually(
            &app,
            "/it/cerca?q=codice+fiscale",
            std::time::Duration::from_secs(20),
            |b| b.contains("/it/residenza-anagrafe/codice-fiscale"),
        )
        .await;
        for _ in 0..3 {
            get(&app, "/it/cerca?q=Zzyzx+Qwxpt").await;
        }
        // Words that may identify someone are never counted.
        for _ in 0..3 {
            get(&app, "/it/cerca?q=RSSMRA80A01H501U").await;
            get(&app, "/it/cerca?q=mario%40example.org").await;
        }
        // A followed result: counted, then sent on; an unknown one is a 404, never a redirect
        // elsewhere.
        let article = app
            .store
            .article_by_slug("residenza-anagrafe", "codice-fiscale")
            .await
            .unwrap()
            .unwrap();
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        for _ in 0..3 {
            get(&app, "/it/cerca?q=codice+fiscale").await;
            let r = client
                .get(app.url(&format!(
                    "/it/cerca/vai?q=codice+fiscale&a=sheet:{}",
                    article.id
                )))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::SEE_OTHER);
            assert_eq!(
                r.headers()["location"],
                "/it/residenza-anagrafe/codice-fiscale"
            );
        }
        let r = client
            .get(app.url("/it/cerca/vai?q=x&a=sheet:nothing"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        let r = client
            .get(app.url("/it/cerca/vai?q=x&a=https://evil.example/"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        // A hub editor of the health hub reads the page once the counts are written.
        let mut editor = operator_session(
            &app,
            "hub@example.org",
            Role::HubEditor,
            Scope::Desk("hub-salute".into()),
        )
        .await;
        let mut page = String::new();
        for _ in 0..100 {
            page = editor.get("/it/workspace/ricerche").await.body;
            if page.contains("zzyzx qwxpt") && page.contains("Avere il codice fiscale") {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(page.contains("zzyzx qwxpt"), "{page}");
        assert!(
            page.contains("Avere il codice fiscale"),
            "the followed result, by title: {page}"
        );
        assert!(
            !page.contains("rssmra80a01h501u") && !page.contains("mario@"),
            "{page}"
        );
        // "Write an answer" opens the new-draft form filled with the question.
        let suggest = "/it/workspace/schede/nuova?kind=faq&title=zzyzx+qwxpt";
        assert!(page.contains(&suggest.replace('&', "&#38;")), "{page}");
        let form = editor.get(suggest).await;
        assert_eq!(form.input_value("title").as_deref(), Some("zzyzx qwxpt"));
        // An operator who writes for no hub may not see it.
        let mut clerk = operator_session(
            &app,
            "l1@example.org",
            Role::L1Operator,
            Scope::Desk("bologna-urp".into()),
        )
        .await;
        let r = clerk.get("/it/workspace/ricerche").await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }
);
