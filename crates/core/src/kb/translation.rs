//! Where an article's translation stands against its Italian source.

/// The state of one article's translation into one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranslationStatus {
    /// The source changed (not by a minor edit) after the version translated.
    Outdated,
    /// Machine translated, and no person has approved it yet.
    MachineUnreviewed,
    /// Nobody translated it.
    Missing,
    Current,
    /// A norm the article cites changed: the hub is checking the Italian text, so the
    /// translation waits for it (whatever it was before; distinct from outdated).
    LegalReview,
}

impl TranslationStatus {
    /// Stable slug: CSS classes, Fluent ids (`kb-tr-status-outdated`), the queue's filter.
    pub fn slug(self) -> &'static str {
        match self {
            TranslationStatus::Outdated => "outdated",
            TranslationStatus::MachineUnreviewed => "machine",
            TranslationStatus::Missing => "missing",
            TranslationStatus::Current => "current",
            TranslationStatus::LegalReview => "legal",
        }
    }

    /// The status while the article is flagged for a legal review (`flagged`): then every
    /// translation of it needs that review too, until the hub publishes it again.
    #[must_use]
    pub fn under_legal_review(self, flagged: bool) -> Self {
        if flagged {
            TranslationStatus::LegalReview
        } else {
            self
        }
    }

    /// A translation of `source_version` (machine-made or not), against the Italian
    /// versions `(number, minor)` up to `public_version`, the one readers see. Only a
    /// non-minor version newer than the one translated makes it outdated: a typo fix does not.
    pub fn of(
        translated: Option<(i64, bool)>,
        versions: &[(i64, bool)],
        public_version: i64,
    ) -> Self {
        let Some((source_version, machine)) = translated else {
            return TranslationStatus::Missing;
        };
        let changed = versions
            .iter()
            .any(|&(v, minor)| v > source_version && v <= public_version && !minor);
        if changed {
            TranslationStatus::Outdated
        } else if machine {
            TranslationStatus::MachineUnreviewed
        } else {
            TranslationStatus::Current
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use TranslationStatus::{Current, MachineUnreviewed, Missing, Outdated};

    #[test]
    fn a_legal_review_overrides_every_status_until_it_is_cleared() {
        let versions = [(1, false)];
        for translated in [None, Some((1, false)), Some((1, true))] {
            let status = TranslationStatus::of(translated, &versions, 1);
            assert_eq!(
                status.under_legal_review(true),
                TranslationStatus::LegalReview
            );
            assert_eq!(status.under_legal_review(false), status);
        }
        assert_ne!(TranslationStatus::LegalReview, Outdated);
    }

    #[test]
    fn only_a_real_change_of_the_source_outdates_a_translation() {
        // v1 published, translated; v2 a typo fix; v3 a real change; v4 a draft.
        let versions = [(1, false), (2, true), (3, false), (4, false)];
        assert_eq!(TranslationStatus::of(None, &versions, 3), Missing);
        assert_eq!(
            TranslationStatus::of(Some((1, false)), &versions, 1),
            Current
        );
        assert_eq!(
            TranslationStatus::of(Some((1, false)), &versions, 2),
            Current,
            "a minor edit keeps it current"
        );
        assert_eq!(
            TranslationStatus::of(Some((1, false)), &versions, 3),
            Outdated
        );
        assert_eq!(
            TranslationStatus::of(Some((3, false)), &versions, 3),
            Current
        );
        assert_eq!(
            TranslationStatus::of(Some((3, false)), &versions, 3),
            TranslationStatus::of(Some((3, false)), &versions[..3], 3),
            "an unpublished draft changes nothing"
        );
        assert_eq!(
            TranslationStatus::of(Some((3, true)), &versions, 3),
            MachineUnreviewed
        );
        assert_eq!(
            TranslationStatus::of(Some((1, true)), &versions, 3),
            Outdated,
            "outdated wins over machine-made"
        );
    }
}
