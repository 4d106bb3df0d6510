//! The judged relevance set (`judged.toml`, 87 queries in six languages) on the demo data:
//! nDCG@10 with graded gains and MRR, per language and overall, printed; the test fails
//! below the thresholds, set a little under what this code measured (see `bench/results/`
//! for the engines side by side). Desks and services in the results count as not relevant,
//! as they would for the reader who asked about a procedure.

// Counts here are at most a few hundred: exact in an f64.
#![allow(clippy::cast_precision_loss)]

use std::collections::BTreeMap;

use serde::Deserialize;
use sportello_app::search::{self, Question};
use sportello_core::Locale;
use sportello_testkit::{Backend, TestApp};

/// Fails below these, overall (measured when the set was written: 0.921 and 0.897)...
const NDCG_AT_10: f64 = 0.85;
const MRR: f64 = 0.80;
/// ...and for any one language (the weakest then: Italian, 0.867).
const NDCG_AT_10_EACH: f64 = 0.75;

#[derive(Deserialize)]
struct Judged {
    query: Vec<Judgement>,
}

#[derive(Deserialize)]
struct Judgement {
    lang: String,
    q: String,
    relevant: BTreeMap<String, u32>,
}

fn dcg(gains: impl Iterator<Item = u32>) -> f64 {
    gains
        .take(10)
        .enumerate()
        .map(|(i, g)| (2f64.powi(i32::try_from(g).unwrap()) - 1.0) / ((i + 2) as f64).log2())
        .sum()
}

/// nDCG@10 and reciprocal rank of one ranking.
fn scores(found: &[String], relevant: &BTreeMap<String, u32>) -> (f64, f64) {
    let gains: Vec<u32> = found
        .iter()
        .map(|s| relevant.get(s).copied().unwrap_or(0))
        .collect();
    let mut ideal: Vec<u32> = relevant.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let ndcg = dcg(gains.iter().copied()) / dcg(ideal.into_iter());
    let rr = gains
        .iter()
        .take(10)
        .position(|g| *g > 0)
        .map_or(0.0, |i| 1.0 / (i + 1) as f64);
    (ndcg, rr)
}

#[tokio::test]
async fn the_judged_queries_find_their_answers() {
    let judged: Judged = toml::from_str(include_str!("judged.toml")).unwrap();
    assert!(judged.query.len() >= 80);
    let app = TestApp::spawn_demo(Backend::Sqlite, "search_relevance")
        .await
        .expect("SQLite is always there");
    let index = tempfile::tempdir().unwrap();
    let mut settings = app.settings.clone();
    settings.search.index_dir = index.path().display().to_string();
    settings.search.queries_per_ip_per_minute = 10_000;
    let node = sportello_app::App::new(app.db.store().await, settings)
        .await
        .unwrap();
    let mut per_language: BTreeMap<String, (f64, f64, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for j in &judged.query {
        let reader = Locale::from_tag(&j.lang).unwrap();
        let q = Question {
            text: j.q.clone(),
            page: 1,
            ..Question::default()
        };
        let answer = search::ask(&node, &q, reader, "relevance").await.unwrap();
        let found: Vec<String> = answer
            .hits
            .iter()
            .map(|h| h.path.rsplit('/').next().unwrap_or_default().to_owned())
            .collect();
        let (ndcg, rr) = scores(&found, &j.relevant);
        if rr == 0.0 {
            misses.push(format!(
                "{}: {} → {:?}",
                j.lang,
                j.q,
                &found[..found.len().min(3)]
            ));
        }
        let entry = per_language.entry(j.lang.clone()).or_default();
        entry.0 += ndcg;
        entry.1 += rr;
        entry.2 += 1;
    }
    let (mut ndcg, mut mrr, mut n) = (0.0, 0.0, 0);
    eprintln!("language  queries  nDCG@10  MRR");
    for (lang, (a, b, count)) in &per_language {
        let each = a / *count as f64;
        eprintln!(
            "{lang:<9} {count:>7}  {each:.3}    {:.3}",
            b / *count as f64
        );
        assert!(
            each >= NDCG_AT_10_EACH,
            "{lang}: nDCG@10 {each:.3} below {NDCG_AT_10_EACH}"
        );
        ndcg += a;
        mrr += b;
        n += count;
    }
    let (ndcg, mrr) = (ndcg / n as f64, mrr / n as f64);
    eprintln!("all       {n:>7}  {ndcg:.3}    {mrr:.3}");
    for m in &misses {
        eprintln!("no answer in the first ten: {m}");
    }
    assert!(ndcg >= NDCG_AT_10, "nDCG@10 {ndcg:.3} below {NDCG_AT_10}");
    assert!(mrr >= MRR, "MRR {mrr:.3} below {MRR}");
}
