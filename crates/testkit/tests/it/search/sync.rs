//! Two nodes on one database, each with its own index: a change written through node A is
//! searchable on node B within a second, through the outbox; a node whose index is corrupt
//! rebuilds it from the database when it starts; `reindex` rebuilds every node's index.

use std::time::{Duration, Instant};

use sportello_app::search::{self, Question};
use sportello_core::Locale;
use sportello_store::ArticleTranslation;
use sportello_testkit::{backend_test, TestApp};

async fn ids(node: &sportello_app::App, text: &str, reader: Locale) -> Vec<String> {
    let q = Question {
        text: text.into(),
        page: 1,
        ..Question::default()
    };
    search::ask(node, &q, reader, "test")
        .await
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.item.id)
        .collect()
}

/// A second node over `app`'s database, with an index folder of its own, following the outbox.
async fn second_node(app: &TestApp, index: &tempfile::TempDir) -> sportello_app::App {
    let mut settings = app.settings.clone();
    settings.search.index_dir = index.path().display().to_string();
    let node = sportello_app::App::new(app.db.store().await, settings)
        .await
        .unwrap();
    tokio::spawn(search::follow(node.clone()));
    node
}

backend_test!(
    a_change_on_one_node_is_searchable_on_another_within_a_second,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "search_sync").await else {
            return;
        };
        let index = tempfile::tempdir().unwrap();
        let node_b = second_node(&app, &index).await;
        // Node B builds its index from the database on first use.
        assert!(!ids(&node_b, "permesso di soggiorno", Locale::It)
            .await
            .is_empty());
        let article = app
            .store
            .article_by_slug("permesso-di-soggiorno", "rinnovo-permesso-di-soggiorno")
            .await
            .unwrap()
            .unwrap();
        assert!(ids(&node_b, "zanzibarite", Locale::Ro).await.is_empty());
        // Through node A's store: a Romanian translation with a word nothing else has.
        let written = Instant::now();
        app.store
        .save_article_translation(&ArticleTranslation {
            article_id: article.id.clone(),
            locale: "ro".into(),
            title: "Reînnoirea permisului de ședere".into(),
            content: serde_json::json!({"title": "Reînnoirea permisului de ședere", "summary": "Zanzibarite este un cuvânt de test."}).to_string(),
            source_version: article.published_version.unwrap(),
            machine: false,
            translator_id: None,
            updated_at: chrono::Utc::now(),
        })
        .await
        .unwrap();
        loop {
            if ids(&node_b, "zanzibarite", Locale::Ro).await == vec![article.id.clone()] {
                break;
            }
            assert!(
                written.elapsed() < Duration::from_secs(1),
                "node B did not see the change within a second"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Node A (the test server) sees it too, through its own index.
        let (_, page) = crate::search::eventually(
            &app,
            "/ro/cerca?q=zanzibarite",
            Duration::from_secs(5),
            |b| b.contains("/ro/permesso-di-soggiorno/"),
        )
        .await;
        assert!(
            page.contains("/ro/permesso-di-soggiorno/rinnovo-permesso-di-soggiorno"),
            "{page}"
        );
        // Both keep their watermark: nothing is left to apply.
        let (_, lag) = search::status(&node_b).await.unwrap();
        assert_eq!(lag, 0);
    }
);

backend_test!(
    a_corrupt_index_is_rebuilt_at_start_and_reindex_reaches_every_node,
    |backend| async move {
        let Some(app) = TestApp::spawn_demo(backend, "search_rebuild").await else {
            return;
        };
        let index = tempfile::tempdir().unwrap();
        let node_b = second_node(&app, &index).await;
        assert!(!ids(&node_b, "codice fiscale", Locale::It).await.is_empty());
        drop(node_b);
        // Break node B's index: its generation's metadata is garbage now.
        let generation = std::fs::read_to_string(index.path().join("CURRENT")).unwrap();
        std::fs::write(
            index.path().join(generation.trim()).join("meta.json"),
            b"{ broken",
        )
        .unwrap();
        let node_b = second_node(&app, &index).await;
        assert!(
            !ids(&node_b, "codice fiscale", Locale::It).await.is_empty(),
            "rebuilt from the database"
        );
        let rebuilt = std::fs::read_to_string(index.path().join("CURRENT")).unwrap();
        assert_ne!(rebuilt.trim(), generation.trim());
        // `sportello reindex`: every node rebuilds aside and swaps, answering all along.
        search::request_rebuild(&node_b).await.unwrap();
        let start = Instant::now();
        loop {
            assert!(
                !ids(&node_b, "codice fiscale", Locale::It).await.is_empty(),
                "answers during the rebuild"
            );
            let now = std::fs::read_to_string(index.path().join("CURRENT")).unwrap();
            if now.trim() != rebuilt.trim() {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "node B did not rebuild"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
);
