//! The Gulpease index, the readability formula made for Italian (GULP, Università di Roma
//! "La Sapienza", 1988): `G = 89 + (300 × sentences − 10 × letters) / words`.
//!
//! Unlike Flesch it counts letters, not syllables, so it needs no hyphenation rules; the
//! counts come from [`super::text`].

/// A Gulpease score and what it means for a reader.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gulpease {
    /// The exact score, clamped to 0..=100. Not rounded, so that a text does not flip
    /// across a threshold by rounding; round it (`score.round()`) to show it.
    pub score: f64,
    pub level: ReadingLevel,
}

impl Gulpease {
    /// The score for these counts; `None` when there are no words (or, impossibly for
    /// counted text, no sentences).
    pub fn from_counts(words: usize, sentences: usize, letters: usize) -> Option<Self> {
        if words == 0 || sentences == 0 {
            return None;
        }
        let raw = 89.0 + (300.0 * count(sentences) - 10.0 * count(letters)) / count(words);
        let score = raw.clamp(0.0, 100.0);
        Some(Self {
            score,
            level: ReadingLevel::of(score),
        })
    }
}

/// A count as a float; texts have far fewer than 2³² words, so saturating is exact.
fn count(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// The lowest schooling for which a text is easy to read, in the standard reading of the
/// Gulpease index: below 80 a text is hard for someone with elementary schooling, below 60
/// for someone with middle school, below 40 for someone with high school.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReadingLevel {
    /// 80 and above: easy even with elementary schooling (licenza elementare).
    Elementary,
    /// 60 to 80: easy with middle school (licenza media).
    Middle,
    /// 40 to 60: easy with high school (diploma superiore).
    HighSchool,
    /// Below 40: hard even with high school.
    Hard,
}

impl ReadingLevel {
    pub const ALL: [ReadingLevel; 4] = [
        ReadingLevel::Elementary,
        ReadingLevel::Middle,
        ReadingLevel::HighSchool,
        ReadingLevel::Hard,
    ];

    /// The level of a score; a score on a threshold belongs to the easier level.
    pub fn of(score: f64) -> Self {
        if score >= 80.0 {
            ReadingLevel::Elementary
        } else if score >= 60.0 {
            ReadingLevel::Middle
        } else if score >= 40.0 {
            ReadingLevel::HighSchool
        } else {
            ReadingLevel::Hard
        }
    }

    /// Stable identifier, used as a Fluent message suffix (`gulpease-level-high-school`).
    pub fn code(self) -> &'static str {
        match self {
            ReadingLevel::Elementary => "elementary",
            ReadingLevel::Middle => "middle",
            ReadingLevel::HighSchool => "high-school",
            ReadingLevel::Hard => "hard",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_and_clamping() {
        // 89 + (300 × 2 − 10 × 50) / 10 = 89 + 10 = 99
        let g = Gulpease::from_counts(10, 2, 50).expect("words");
        assert!((g.score - 99.0).abs() < 1e-9);
        // 89 + (300 − 10 × 200) / 10 = 89 − 170 → 0
        assert!(Gulpease::from_counts(10, 1, 200).is_some_and(|g| g.score.abs() < 1e-9));
        // 89 + (300 × 3 − 0) / 3 = 389 → 100 (three sentences of one number each)
        assert!(Gulpease::from_counts(3, 3, 0).is_some_and(|g| (g.score - 100.0).abs() < 1e-9));
        assert_eq!(Gulpease::from_counts(0, 0, 0), None);
    }

    #[test]
    fn levels_follow_the_standard_thresholds() {
        let cases = [
            (100.0, ReadingLevel::Elementary),
            (80.0, ReadingLevel::Elementary),
            (79.9, ReadingLevel::Middle),
            (60.0, ReadingLevel::Middle),
            (59.9, ReadingLevel::HighSchool),
            (40.0, ReadingLevel::HighSchool),
            (39.9, ReadingLevel::Hard),
            (0.0, ReadingLevel::Hard),
        ];
        for (score, level) in cases {
            assert_eq!(ReadingLevel::of(score), level, "{score}");
        }
        let codes: Vec<_> = ReadingLevel::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["elementary", "middle", "high-school", "hard"]);
    }
}
