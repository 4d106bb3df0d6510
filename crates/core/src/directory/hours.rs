//! Opening hours in OpenStreetMap `opening_hours` syntax ("Mo-Fr 09:00-13:00; PH off"),
//! evaluated with Italian public holidays. Times are local (Europe/Rome): the caller turns
//! a UTC instant into local time before asking.

use std::fmt;

use chrono::NaiveDateTime;
use opening_hours::localization::Country;
use opening_hours::RuleKind;
use opening_hours::{Context, OpeningHours as Evaluator};

use crate::ParseError;

/// Valid opening hours. Parsing is the only way to get one.
#[derive(Clone)]
pub struct OpeningHours {
    source: String,
    evaluator: Evaluator,
}

impl fmt::Debug for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("OpeningHours").field(&self.source).finish()
    }
}

impl PartialEq for OpeningHours {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

/// Where a text stopped being valid opening hours: the 1-based character column, when the
/// parser can tell, so that a form can point at the wrong token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursError {
    pub column: Option<usize>,
    pub detail: String,
}

impl From<HoursError> for ParseError {
    fn from(e: HoursError) -> Self {
        let at = e
            .column
            .map(|c| format!(" at column {c}"))
            .unwrap_or_default();
        ParseError::new(
            "hours.invalid",
            format!("invalid opening hours{at}: {}", e.detail),
        )
    }
}

impl OpeningHours {
    pub fn parse(text: &str) -> Result<Self, HoursError> {
        let text = text.trim();
        if text.is_empty() || text.len() > 1000 {
            return Err(HoursError {
                column: None,
                detail: "opening hours must have 1 to 1000 characters".into(),
            });
        }
        let evaluator = text.parse::<Evaluator>().map_err(|e| {
            let detail = e.to_string();
            HoursError {
                column: error_column(&detail),
                detail: detail.lines().last().unwrap_or_default().trim().to_owned(),
            }
        })?;
        let evaluator =
            evaluator.with_context(Context::default().with_holidays(Country::IT.holidays()));
        Ok(Self {
            source: text.to_owned(),
            evaluator,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the desk is open at this local time (Italian public holidays included).
    pub fn is_open(&self, local: NaiveDateTime) -> bool {
        self.evaluator.is_open(local)
    }

    /// The intervals of `from..to` (local time) during which it is open, in order.
    pub fn open_intervals(
        &self,
        from: NaiveDateTime,
        to: NaiveDateTime,
    ) -> Vec<(NaiveDateTime, NaiveDateTime)> {
        self.evaluator
            .iter_range(from, to)
            .filter(|r| r.kind == RuleKind::Open)
            .map(|r| (r.range.start, r.range.end))
            .collect()
    }

    /// When the state (open/closed) next changes after `local`, if within the evaluator's
    /// horizon.
    pub fn next_change(&self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        self.evaluator.next_change(local)
    }
}

/// pest's messages carry " --> LINE:COL"; the column is what a person needs.
fn error_column(message: &str) -> Option<usize> {
    let arrow = message.find("--> ")?;
    let position = message[arrow + 4..].split_whitespace().next()?;
    position.split(':').nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn weekday_hours_and_italian_holidays() {
        let hours = OpeningHours::parse("Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off").unwrap();
        // Monday 23 November 2026.
        assert!(hours.is_open(at(2026, 11, 23, 10, 0)));
        assert!(
            !hours.is_open(at(2026, 11, 23, 13, 0)),
            "13:00 is closing time"
        );
        assert!(hours.is_open(at(2026, 11, 24, 15, 0)), "Tuesday afternoon");
        assert!(!hours.is_open(at(2026, 11, 28, 10, 0)), "Saturday");
        // Tuesday 2 June 2026 is Festa della Repubblica; Friday 25 December is Christmas.
        assert!(!hours.is_open(at(2026, 6, 2, 10, 0)));
        assert!(!hours.is_open(at(2026, 12, 25, 10, 0)));
        assert_eq!(
            hours.next_change(at(2026, 11, 23, 10, 0)),
            Some(at(2026, 11, 23, 13, 0))
        );
    }

    #[test]
    fn errors_point_at_the_wrong_token() {
        let err = OpeningHours::parse("Mo-Fr 09:00-13:00; Xy 10:00-12:00").unwrap_err();
        assert_eq!(err.column, Some(20), "{err:?}");
        let err = OpeningHours::parse("   ").unwrap_err();
        assert!(err.detail.contains("1 to 1000"));
        let code = ParseError::from(OpeningHours::parse("Mo 25:99-26:00").unwrap_err()).code;
        assert_eq!(code, "hours.invalid");
    }

    proptest! {
        #[test]
        fn parsing_never_panics(text in ".{0,120}") {
            let _ = OpeningHours::parse(&text);
        }

        /// Between now and the next change the state does not change.
        #[test]
        fn state_is_constant_until_the_next_change(day in 0u32..365, minute in 0u32..1440, probe in 0i64..1000) {
            let hours = OpeningHours::parse("Mo-Fr 08:30-12:30,14:00-16:00; Sa 09:00-12:00; PH off").unwrap();
            let start = NaiveDate::from_yo_opt(2027, day + 1).unwrap().and_hms_opt(minute / 60, minute % 60, 0).unwrap();
            let next = hours.next_change(start).expect("weekly hours always change again");
            prop_assert!(next > start);
            let span = (next - start).num_minutes();
            let inside = start + chrono::Duration::minutes((span - 1) * probe / 1000);
            prop_assert_eq!(hours.is_open(inside), hours.is_open(start));
            prop_assert_ne!(hours.is_open(next), hours.is_open(start));
        }
    }
}
