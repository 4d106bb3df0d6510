//! The link checker over real HTTP, on both backends: a sheet links to a page that answers,
//! one that is gone, one that redirects to it, a private address and a non-web scheme; the
//! run checks each politely, never requests the private one, records what it found, and
//! the hub's editors see the bad ones on their report page; a service card's broken link
//! is reported to whoever keeps the card.

use std::sync::{Arc, Mutex};

use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_testkit::{backend_test, operator_session, TestApp};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A tiny web server: `/ok` 200, `/moved` 301 to `/gone`, anything else 404. It keeps the
/// request lines it got.
async fn site() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let kept = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut buf = vec![0; 4096];
            let n = stream.read(&mut buf).await.unwrap_or(0);
            let head = String::from_utf8_lossy(&buf[..n]).to_string();
            let line = head.lines().next().unwrap_or_default().to_owned();
            kept.lock().unwrap().push(line.clone());
            let path = line.split(' ').nth(1).unwrap_or("/");
            let answer = match path {
                "/ok" => "HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_owned(),
                "/moved" => "HTTP/1.1 301 Moved\r\nlocation: /gone\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_owned(),
                _ => "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_owned(),
            };
            let _ = stream.write_all(answer.as_bytes()).await;
        }
    });
    (base, seen)
}

backend_test!(
    broken_links_are_found_and_reported_per_hub,
    |backend| async move {
        let (base, seen) = site().await;
        let Some(app) = TestApp::spawn_with(backend, "kb_links", |s| {
            s.kb.link_check_allow_hosts = vec!["127.0.0.1".into()];
            s.kb.link_check_delay_ms = 0;
            s.kb.link_check_timeout_secs = 2;
            // The demo's own links are all https://, after these in the run's order: the five
            // addresses of this test are the run, and nothing leaves the machine.
            s.kb.link_check_max = 6;
        })
        .await
        else {
            return;
        };
        sportello_app::demo::load(&app.store, &SystemClock, 0)
            .await
            .unwrap();
        // The demo's norms link to normattiva.it and the sheets to real offices: keep this run
        // on the machine by pointing the register at the local site.
        for norm in app.store.norms().await.unwrap() {
            let mut local = norm.clone();
            local.url = format!("{base}/ok");
            app.store
                .upsert_norm(&local, chrono::Utc::now())
                .await
                .unwrap();
        }
        let record = app
            .store
            .article_by_slug("salute", "scelta-medico-di-base")
            .await
            .unwrap()
            .unwrap();
        let version = app
            .store
            .article_version(
                &record.id,
                record.public_version(chrono::Utc::now()).unwrap(),
            )
            .await
            .unwrap()
            .unwrap();
        let mut content: sportello_core::kb::ArticleContent =
            serde_json::from_str(&version.content).unwrap();
        content.body = String::new();
        for part in content.parts() {
            content.set_part(&part.key, String::new());
        }
        content.title = "Scegliere il medico di base".into();
        content.summary = format!(
            "Vedi [la pagina]({base}/ok), [la vecchia]({base}/gone), [lo spostato]({base}/moved), \
         [l'interno](http://10.0.0.1/admin) e [i file](ftp://files.example/x)."
        );
        content.steps.clear();
        app.store
            .insert_published_articles(
                &[sportello_store::NewArticle {
                    theme: "salute",
                    slug: "collegamenti-di-prova",
                    kind: "sheet",
                    hub_slug: &record.hub_slug,
                    title: &content.title,
                    content: &serde_json::to_string(&content).unwrap(),
                    explains: None,
                    editor_id: None,
                }],
                None,
                chrono::Utc::now(),
            )
            .await
            .unwrap();

        // A service card (offered at Arezzo's desks) whose public link is gone.
        let all = sportello_core::DeskScope::All;
        let service = app
            .store
            .service_editable(&all, "cambio-di-residenza")
            .await
            .unwrap()
            .unwrap();
        let edit = sportello_store::ServiceEdit {
            name: service.name.clone(),
            description: service.description.clone(),
            eligibility_description: service.eligibility_description.clone(),
            application_process: service.application_process.clone(),
            outcome: service.outcome.clone(),
            wait_time: service.wait_time.clone(),
            fees_description: service.fees_description.clone(),
            url: Some(format!("{base}/servizio-perso")),
            email: service
                .email
                .as_deref()
                .map(|e| sportello_core::Email::parse(e).unwrap()),
            plain_note: service.plain_note.clone(),
            channels: service.channels.clone(),
            by_appointment: service.by_appointment,
            login: service.login.clone(),
            required_documents: service.required_documents.clone(),
            verified: false,
        };
        app.store
            .update_service(
                &all,
                "cambio-di-residenza",
                &edit,
                "test",
                chrono::Utc::now(),
            )
            .await
            .unwrap()
            .expect("the service is there");

        let checker = sportello_app::App::new(app.store.clone(), app.settings.clone())
            .await
            .unwrap();
        let run = sportello_app::kb::links::check_all(&checker).await.unwrap();
        let checks = app.store.link_checks().await.unwrap();
        let outcome = |path: &str| {
            checks
                .iter()
                .find(|c| c.url == path)
                .map(|c| (c.outcome.clone(), c.status))
        };
        assert_eq!(
            outcome(&format!("{base}/ok")),
            Some(("ok".into(), Some(200)))
        );
        assert_eq!(
            outcome(&format!("{base}/gone")),
            Some(("broken".into(), Some(404)))
        );
        assert_eq!(
            outcome(&format!("{base}/moved")),
            Some(("broken".into(), Some(404))),
            "the redirect is followed"
        );
        assert_eq!(
            outcome("http://10.0.0.1/admin"),
            Some(("refused".into(), None))
        );
        assert_eq!(
            outcome("ftp://files.example/x"),
            Some(("refused".into(), None))
        );
        assert_eq!(
            outcome(&format!("{base}/servizio-perso")),
            Some(("broken".into(), Some(404)))
        );
        assert_eq!((run.checked, run.broken, run.refused), (6, 3, 2), "{run:?}");
        let requests = seen.lock().unwrap().clone();
        assert!(
            requests.iter().all(|l| l.starts_with("HEAD ")),
            "{requests:?}"
        );
        assert_eq!(
            requests.iter().filter(|l| l.contains("/ok ")).count(),
            1,
            "one address, one request, however many articles link it: {requests:?}"
        );

        let mut hub = operator_session(
            &app,
            "hub-links@example.org",
            Role::HubEditor,
            Scope::Theme("salute".into()),
        )
        .await;
        let page = hub.get("/it/workspace/collegamenti").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(&format!("{base}/gone")), "{}", page.body);
        assert!(page.body.contains("(404)"));
        assert!(page.body.contains("http://10.0.0.1/admin"));
        assert!(
            !page.body.contains(&format!("{base}/ok<")),
            "working links are not listed"
        );
        assert!(
            !page.body.contains("servizio-perso"),
            "a hub editor of health keeps no service card of Arezzo"
        );
        // Who keeps the service card sees its broken link, and no sheet's.
        let mut arezzo = operator_session(
            &app,
            "arezzo-links@example.org",
            Role::L2Operator,
            Scope::Organisation("comune-arezzo".into()),
        )
        .await;
        let theirs = arezzo.get("/it/workspace/collegamenti").await;
        assert!(
            theirs.body.contains(&format!("{base}/servizio-perso")),
            "{}",
            theirs.body
        );
        assert!(theirs
            .body
            .contains("href=\"/it/workspace/servizi/cambio-di-residenza\""));
        assert!(!theirs.body.contains(&format!("{base}/gone")));
        // Someone who edits no sheet of that hub sees none of it.
        let mut other = operator_session(
            &app,
            "l1-links@example.org",
            Role::L1Operator,
            Scope::Desk("bologna-urp".into()),
        )
        .await;
        let none = other.get("/it/workspace/collegamenti").await;
        assert!(none.body.contains("id=\"kb-links-none\""), "{}", none.body);
    }
);
