//! The readers' answers on the editor page: how many gave each score, the mean, and the
//! newest comments (each with the language the sheet was read in).

use sportello_app::kb::ratings::RatingSummary;
use sportello_core::Locale;

use crate::platform::i18n::Tr;
use crate::platform::text::date_time;

pub(super) struct RatingsView {
    /// "12 answers, mean 3.4 out of 5", or that nobody answered yet.
    pub(super) summary: String,
    /// Someone answered (the counts are worth a table).
    pub(super) answered: bool,
    /// Label and count of each score, 1 to 5.
    pub(super) counts: Vec<(String, String)>,
    /// Date, language tag and direction, score label, comment.
    pub(super) comments: Vec<(String, &'static str, &'static str, String, String)>,
}

impl RatingsView {
    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    pub(super) fn new(tr: Tr<'_>, r: &RatingSummary) -> Self {
        let summary = match r.average {
            Some(average) => tr
                .t2(
                    "kb-ratings-summary",
                    "count",
                    r.total,
                    "average",
                    tr.number(average, 1),
                )
                .into_owned(),
            None => tr.t("kb-ratings-none").into_owned(),
        };
        let label = |score: i32| tr.t(&format!("kb-rating-{score}")).into_owned();
        Self {
            answered: r.total > 0,
            summary,
            counts: (1..=5)
                .zip(r.counts)
                .map(|(score, n)| (label(score), tr.number(n as f64, 0)))
                .collect(),
            comments: r
                .comments
                .iter()
                .map(|c| {
                    let locale = Locale::from_tag(&c.locale).unwrap_or(Locale::FALLBACK);
                    (
                        date_time(tr, c.created_at),
                        locale.tag(),
                        locale.direction().as_str(),
                        label(c.score),
                        c.comment.clone(),
                    )
                })
                .collect(),
        }
    }
}
