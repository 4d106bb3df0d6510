//! "Was this page clear?" over real HTTP on both backends: the sheet's page offers the five
//! choices, the answer page keeps what was typed when refused, a recorded answer reaches
//! the sheet's editors (counts, mean, comment) and nothing that identifies the reader is
//! stored; one address is limited, and housekeeping erases old comments but keeps scores.

use chrono::{Duration, Utc};
use reqwest::StatusCode;
use sportello_app::SystemClock;
use sportello_core::{Role, Scope};
use sportello_testkit::http::{Page, Session};
use sportello_testkit::{backend_test, operator_session, TestApp};

const SHEET: &str = "/it/permesso-di-soggiorno/rinnovo-permesso-di-soggiorno";

async fn answer(s: &mut Session, lang: &str, score: &str, comment: &str) -> Page {
    let path = SHEET.replacen("/it/", &format!("/{lang}/"), 1);
    let form = s.get(&format!("{path}/chiarezza?voto={score}")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let csrf = form
        .input_value("csrf")
        .expect("the answer form has a token");
    s.post_form(
        &format!("{path}/chiarezza"),
        &[("csrf", &csrf), ("voto", score), ("commento", comment)],
    )
    .await
}

backend_test!(
    readers_answers_reach_the_editors_and_nothing_else,
    |backend| async move {
        let Some(app) = TestApp::spawn_with(backend, "kb_ratings", |s| {
            s.kb.ratings_per_ip_per_hour = 4;
        })
        .await
        else {
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
            .unwrap();

        // The sheet's page: a GET form with the five choices, no token (it can be cached).
        let mut reader = Session::new(&app.url(""));
        let page = reader.get(SHEET).await;
        let form = page
            .body
            .split("id=\"kb-rating\"")
            .nth(1)
            .expect("the form");
        let form = form.split("</form>").next().unwrap();
        assert!(form.contains("Questa pagina era chiara?"));
        assert_eq!(form.matches("type=\"radio\" name=\"voto\"").count(), 5);
        assert!(!form.contains("csrf"));

        // The answer page keeps the choice; without the token nothing is taken.
        let chosen = reader.get(&format!("{SHEET}/chiarezza?voto=4")).await;
        assert!(chosen.body.contains("id=\"voto-4\" value=\"4\" checked"));
        assert!(reader.cookies.contains_key("sportello_csrf"));
        let forged = Session::new(&app.url(""))
            .post_form(&format!("{SHEET}/chiarezza"), &[("voto", "1")])
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);

        // Refused: a score out of range and a comment too long, kept as typed.
        let long = format!("Il kit postale non si capisce. {}", "x".repeat(1000));
        let refused = answer(&mut reader, "it", "9", &long).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Scegli una risposta da 1 a 5."));
        assert!(
            refused.body.contains("al massimo 1.000 caratteri"),
            "locale number"
        );
        assert!(
            refused.body.contains("Il kit postale non si capisce."),
            "kept"
        );
        assert_eq!(
            app.store.article_rating_counts(&sheet.id).await.unwrap(),
            [0; 5]
        );

        // Recorded: in Italian with a comment, in Arabic without one.
        let done = answer(&mut reader, "it", "2", "Non capisco dove si prende il kit.").await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let thanks = reader.get(done.location().unwrap()).await;
        assert!(thanks.body.contains("id=\"kb-rating-thanks\""));
        let arabic = answer(&mut reader, "ar", "5", "").await;
        assert_eq!(arabic.status, StatusCode::SEE_OTHER);
        let arabic_form = reader.get(&format!("/ar{}/chiarezza", &SHEET[3..])).await;
        assert!(arabic_form.body.contains("dir=\"rtl\""));
        assert_eq!(
            app.store.article_rating_counts(&sheet.id).await.unwrap(),
            [0, 1, 0, 0, 1]
        );

        // One address: four answers an hour. The refused ones never counted, the two
        // recorded did: two more pass and the next is limited, keeping its text.
        assert_eq!(
            answer(&mut reader, "it", "3", "").await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            answer(&mut reader, "it", "4", "").await.status,
            StatusCode::SEE_OTHER
        );
        let limited = answer(&mut reader, "it", "4", "Ancora una cosa").await;
        assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(limited.body.contains("Troppe risposte"));
        assert!(limited.body.contains("Ancora una cosa"));

        // No public sheet, no answers.
        let missing = reader
            .get("/it/permesso-di-soggiorno/non-esiste/chiarezza?voto=3")
            .await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);

        // The hub editor sees counts, mean and the comment with its language.
        let mut editor = operator_session(
            &app,
            "hub-editor@example.org",
            Role::HubEditor,
            Scope::Theme("permesso-di-soggiorno".into()),
        )
        .await;
        let page = editor
            .get(&format!("/it/workspace/schede/{}", sheet.id))
            .await;
        let section = page
            .body
            .split("id=\"kb-ratings\"")
            .nth(1)
            .expect("section");
        let section = section.split("</section>").next().unwrap();
        assert!(section.contains("4 risposte, media 3,5 su 5"), "{section}");
        assert!(section.contains("Non capisco dove si prende il kit."));
        assert!(section.contains("lang=\"it\""));

        // Nothing identifies the reader: no address in the table, no audit row.
        let audit = app
            .store
            .audit_entries(&sportello_store::AuditFilter::default(), 1000, 0)
            .await
            .unwrap();
        assert!(audit.iter().all(|e| !e.action.contains("rating")));

        // Housekeeping: a comment past its days is erased, its score stays.
        app.store
            .add_article_rating(
                &sheet.id,
                "fr",
                1,
                Some("Ancien commentaire"),
                Utc::now() - Duration::days(181),
            )
            .await
            .unwrap();
        let report = sportello_app::platform::housekeeping::run_once(
            &app.store,
            &SystemClock,
            &app.settings,
        )
        .await
        .unwrap();
        assert_eq!(report.rating_comments, 1);
        let comments = app
            .store
            .article_rating_comments(&sheet.id, 10)
            .await
            .unwrap();
        assert_eq!(comments.len(), 1);
        assert_eq!(comments[0].comment, "Non capisco dove si prende il kit.");
        assert_eq!(
            app.store.article_rating_counts(&sheet.id).await.unwrap(),
            [1, 1, 1, 1, 1]
        );
    }
);
