//! Operators edit desks in the workspace: scope checks, validation that keeps what was
//! typed, history in HSDS metadata, the audit log, and the public page, on both backends.

use chrono::Datelike;
use reqwest::StatusCode;
use sportello_core::{Role, Scope};
use sportello_store::AuditFilter;
use sportello_testkit::http::Session;
use sportello_testkit::{backend_test, TestApp};

/// Italian month names, as history dates show them.
const MESI: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

const DESK: &str = "bologna-urp";
const EDIT: &str = "/it/workspace/sportelli/bologna-urp/modifica";

async fn operator(app: &TestApp, email: &str, role: Role, scope: Scope) -> Session {
    sportello_testkit::operator_session(app, email, role, scope).await
}

async fn app(backend: sportello_testkit::Backend, test: &str) -> Option<TestApp> {
    TestApp::spawn_demo_for_editing(backend, test).await
}

/// The edit form's fields as the page shows them, with some replaced.
async fn submit(s: &mut Session, changes: &[(&str, &str)]) -> sportello_testkit::http::Page {
    let form = s.get(EDIT).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let mut fields: Vec<(String, String)> = [
        "csrf",
        "name",
        "opening_hours",
        "languages",
        "phone",
        "email",
        "address",
        "postcode",
        "comune",
        "province",
        "latitude",
        "longitude",
    ]
    .iter()
    .map(|name| {
        (
            (*name).to_owned(),
            form.input_value(name).unwrap_or_default(),
        )
    })
    .collect();
    fields.push((
        "language_hours".into(),
        form.textarea_value("language_hours").unwrap_or_default(),
    ));
    fields.push(("in_person".into(), "on".into()));
    for (name, value) in changes {
        fields.retain(|(n, _)| n != name);
        fields.push(((*name).to_owned(), (*value).to_owned()));
    }
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    s.post_form(EDIT, &pairs).await
}

backend_test!(
    an_operator_edits_own_desk_with_history_and_audit,
    |backend| async move {
        let Some(app) = app(backend, "desk_edit").await else {
            return;
        };
        let mut own = operator(
            &app,
            "urp@example.org",
            Role::L1Operator,
            Scope::Desk(DESK.into()),
        )
        .await;

        // A wrong token in the hours: 422, a message with the column, everything kept.
        let page = submit(
            &mut own,
            &[
                ("opening_hours", "Mo-Fr 09:00-13:00; Xx 10:00-12:00"),
                ("name", "URP nuovo nome"),
            ],
        )
        .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            page.body.contains("controlla dal carattere"),
            "{}",
            page.body
        );
        assert_eq!(page.input_value("name").as_deref(), Some("URP nuovo nome"));
        assert_eq!(
            page.input_value("opening_hours").as_deref(),
            Some("Mo-Fr 09:00-13:00; Xx 10:00-12:00")
        );
        let card = app.store.public_desk_card(DESK).await.unwrap().unwrap();
        assert_ne!(card.name, "URP nuovo nome", "nothing saved");

        // A good edit: saved, redirected, shown in public, recorded.
        let page = submit(
            &mut own,
            &[
                ("opening_hours", "Mo-Sa 08:00-14:00; PH off"),
                ("languages", "it, ar, zh"),
                ("verified", "on"),
            ],
        )
        .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        assert_eq!(
            page.location(),
            Some("/it/workspace/sportelli/bologna-urp?saved=1")
        );
        let card = app.store.public_desk_card(DESK).await.unwrap().unwrap();
        assert_eq!(
            card.opening_hours.as_deref(),
            Some("Mo-Sa 08:00-14:00; PH off")
        );
        let codes: Vec<_> = card.languages.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(codes, ["ar", "it", "zh"]);
        assert_eq!(card.verified_on, Some(chrono::Utc::now().date_naive()));

        let public = reqwest::get(app.url("/it/sportelli/bologna-urp"))
            .await
            .unwrap();
        let public = public.text().await.unwrap();
        assert!(
            public.contains("08:00–14:00") && public.contains("cinese"),
            "public page updated"
        );

        let desk_page = own.get("/it/workspace/sportelli/bologna-urp?saved=1").await;
        assert!(desk_page.body.contains("Modifiche salvate"));
        assert!(
            desk_page.body.contains("Mo-Sa 08:00-14:00; PH off"),
            "history shows the new value"
        );
        assert!(
            desk_page.body.contains("urp@example.org"),
            "history shows who"
        );

        let audit = app
            .store
            .audit_entries(
                &AuditFilter {
                    action_prefix: Some("desk.updated".into()),
                    actor_label: None,
                },
                10,
                0,
            )
            .await
            .unwrap();
        assert_eq!(audit.len(), 1);
        assert!(audit[0].detail.contains("opening_hours") && audit[0].detail.contains("languages"));
    }
);

backend_test!(edits_stay_within_scope, |backend| async move {
    let Some(app) = app(backend, "desk_edit_scope").await else {
        return;
    };
    let before = app.store.public_desk_card(DESK).await.unwrap().unwrap();
    // Another desk's operator and a viewer of this desk get 404, like a missing desk.
    let mut other = operator(
        &app,
        "other@example.org",
        Role::L2Operator,
        Scope::Desk("ferrara-sportello-stranieri".into()),
    )
    .await;
    let mut viewer = operator(
        &app,
        "viewer@example.org",
        Role::Viewer,
        Scope::Desk(DESK.into()),
    )
    .await;
    for s in [&mut other, &mut viewer] {
        assert_eq!(s.get(EDIT).await.status, StatusCode::NOT_FOUND);
        let csrf = s.get("/it/workspace").await.input_value("csrf").unwrap();
        let page = s
            .post_form(
                EDIT,
                &[("csrf", &csrf), ("name", "Preso!"), ("in_person", "on")],
            )
            .await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
    }
    assert_eq!(
        app.store.public_desk_card(DESK).await.unwrap().unwrap(),
        before
    );
    let viewer_page = viewer.get("/it/workspace/sportelli/bologna-urp").await;
    assert_eq!(viewer_page.status, StatusCode::OK, "viewers still see it");
    assert!(
        !viewer_page.body.contains("/modifica"),
        "but get no edit link"
    );

    // A coordinator of the region reaches the desks of its comuni.
    let mut regional = operator(
        &app,
        "coord@example.org",
        Role::Coordinator,
        Scope::Organisation("regione-emilia-romagna".into()),
    )
    .await;
    let page = submit(&mut regional, &[("name", "URP di Bologna (centro)")]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(
        app.store
            .public_desk_card(DESK)
            .await
            .unwrap()
            .unwrap()
            .name,
        "URP di Bologna (centro)"
    );
    let list = regional.get("/it/workspace/sportelli").await;
    assert!(list.body.contains("/it/workspace/sportelli/bologna-urp"));
    assert!(
        !list.body.contains("/it/workspace/sportelli/arezzo-"),
        "not Tuscany's desks"
    );
});

backend_test!(
    an_operator_moves_a_desk_and_hides_its_address,
    |backend| async move {
        let Some(app) = app(backend, "desk_edit_place").await else {
            return;
        };
        let mut own = operator(
            &app,
            "urp@example.org",
            Role::L1Operator,
            Scope::Desk(DESK.into()),
        )
        .await;
        // Out-of-range coordinates: refused, kept, explained; nothing moves.
        let page = submit(&mut own, &[("latitude", "95"), ("address", "Via Nuova 3")]).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            page.body.contains("latitudine tra -90 e 90"),
            "{}",
            page.body
        );
        assert_eq!(page.input_value("latitude").as_deref(), Some("95"));
        assert_eq!(page.input_value("address").as_deref(), Some("Via Nuova 3"));
        let before = app.store.public_desk_card(DESK).await.unwrap().unwrap();
        assert_ne!(before.address.as_deref(), Some("Via Nuova 3"));

        let page = submit(
            &mut own,
            &[
                ("address", "Via Nuova 3"),
                ("postcode", "40125"),
                ("latitude", "44,5001"),
                ("longitude", "11.3501"),
            ],
        )
        .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        let card = app.store.public_desk_card(DESK).await.unwrap().unwrap();
        assert_eq!(card.address.as_deref(), Some("Via Nuova 3"));
        assert_eq!(card.postcode.as_deref(), Some("40125"));
        let point = card.point.unwrap();
        assert!(
            (point.latitude - 44.5001).abs() < 1e-9 && (point.longitude - 11.3501).abs() < 1e-9
        );
        let history = own.get("/it/workspace/sportelli/bologna-urp").await;
        assert!(
            history.body.contains("44.5001, 11.3501"),
            "the move is in the history"
        );
        // When, as people in Italy read it: Rome's date in the page's language and digits.
        let today = chrono::Utc::now()
            .with_timezone(&chrono_tz::Europe::Rome)
            .date_naive();
        let italian = format!(
            "{} {} {}",
            today.day(),
            MESI[today.month0() as usize],
            today.year()
        );
        assert!(history.body.contains(&italian), "{italian} in the history");
        let arabic = own.get("/ar/workspace/sportelli/bologna-urp").await;
        let year: String = today
            .year()
            .to_string()
            .chars()
            .map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap()).unwrap())
            .collect();
        assert!(arabic.body.contains(&year), "Arabic-Indic digits: {year}");

        // Marking it sensitive (a coordinator's decision) takes the address off every
        // public read.
        let mut coordinator = operator(
            &app,
            "coordinator@example.org",
            Role::Coordinator,
            Scope::Network,
        )
        .await;
        let page = submit(&mut coordinator, &[("sensitive", "on")]).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        let public = reqwest::get(app.url("/it/sportelli/bologna-urp"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!public.contains("Via Nuova 3") && public.contains("Indirizzo riservato"));
        let geojson = reqwest::get(app.url("/api/desks.geojson"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!geojson.contains("bologna-urp"), "no public position");
    }
);

backend_test!(language_slots_are_edited_and_shown, |backend| async move {
    let Some(app) = app(backend, "desk_edit_slots").await else {
        return;
    };
    let mut own = operator(
        &app,
        "urp@example.org",
        Role::L1Operator,
        Scope::Desk(DESK.into()),
    )
    .await;
    let page = submit(
        &mut own,
        &[
            ("languages", "it, ar"),
            ("language_hours", "ar Mo,We 09:00-11:00"),
        ],
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let card = app.store.public_desk_card(DESK).await.unwrap().unwrap();
    let slots: Vec<_> = card
        .languages
        .iter()
        .map(|(c, h)| (c.as_str(), h.as_deref()))
        .collect();
    assert_eq!(slots, [("ar", Some("Mo,We 09:00-11:00")), ("it", None)]);
    // The form shows the slot back, and a slot for a language not spoken is refused.
    let form = own.get(EDIT).await;
    assert_eq!(
        form.textarea_value("language_hours").as_deref(),
        Some("ar Mo,We 09:00-11:00")
    );
    let page = submit(&mut own, &[("language_hours", "zh Tu 10:00-12:00")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.textarea_value("language_hours").as_deref(),
        Some("zh Tu 10:00-12:00")
    );
    // Emptying the field: Arabic is spoken whenever the desk is open again.
    let page = submit(&mut own, &[("language_hours", "")]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let card = app.store.public_desk_card(DESK).await.unwrap().unwrap();
    assert!(card.languages.iter().all(|(_, h)| h.is_none()));
});

backend_test!(
    only_coordinators_change_whether_an_address_is_public,
    |backend| async move {
        let Some(app) = app(backend, "desk_sensitive").await else {
            return;
        };
        let mut own = operator(
            &app,
            "urp@example.org",
            Role::L1Operator,
            Scope::Desk(DESK.into()),
        )
        .await;
        // The desk's own operator edits its hours, but may not hide (or publish) its address.
        let page = submit(
            &mut own,
            &[("sensitive", "on"), ("name", "URP con nome nuovo")],
        )
        .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            page.body.contains("Solo chi coordina la rete può cambiare"),
            "{}",
            page.body
        );
        assert_eq!(
            page.input_value("name").as_deref(),
            Some("URP con nome nuovo")
        );
        let card = app.store.public_desk_card(DESK).await.unwrap().unwrap();
        assert_ne!(card.name, "URP con nome nuovo", "nothing saved");
        // Leaving it as it is saves the rest.
        let page = submit(&mut own, &[("name", "URP con nome nuovo")]).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);

        // A coordinator of the network may.
        let mut coordinator =
            operator(&app, "coord@example.org", Role::Coordinator, Scope::Network).await;
        let page = submit(&mut coordinator, &[("sensitive", "on")]).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        let geojson = reqwest::get(app.url("/api/desks.geojson"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !geojson.contains("URP con nome nuovo"),
            "no longer on the map"
        );
    }
);
