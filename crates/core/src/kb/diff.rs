//! A readable word-level diff between two versions of an article: part by part (title,
//! each section, each step), runs of unchanged, removed and added words.

use similar::{ChangeTag, TextDiff};

use super::article::{ArticleContent, Part};

/// A run of words that the two versions share, or that one of them alone has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Same(String),
    Removed(String),
    Added(String),
}

/// How one part of the text changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartDiff {
    /// The part's key (`title`, `what`, `step-2-text`…).
    pub key: String,
    pub pieces: Vec<Piece>,
}

impl PartDiff {
    pub fn changed(&self) -> bool {
        self.pieces.iter().any(|p| !matches!(p, Piece::Same(_)))
    }
}

/// Word-level diff of two texts (Unicode word boundaries, so it works in every script).
/// Neighbouring words with the same tag are joined into one piece.
pub fn words(old: &str, new: &str) -> Vec<Piece> {
    let diff = TextDiff::from_unicode_words(old, new);
    let mut pieces: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (change.tag(), pieces.last_mut()) {
            (ChangeTag::Equal, Some(Piece::Same(run)))
            | (ChangeTag::Delete, Some(Piece::Removed(run)))
            | (ChangeTag::Insert, Some(Piece::Added(run))) => run.push_str(text),
            (ChangeTag::Equal, _) => pieces.push(Piece::Same(text.to_owned())),
            (ChangeTag::Delete, _) => pieces.push(Piece::Removed(text.to_owned())),
            (ChangeTag::Insert, _) => pieces.push(Piece::Added(text.to_owned())),
        }
    }
    pieces
}

/// The parts of two versions that differ, in the newer version's page order (parts only
/// the old one had come after, as removed).
pub fn versions(old: &ArticleContent, new: &ArticleContent) -> Vec<PartDiff> {
    let old_parts = old.parts();
    let new_parts = new.parts();
    let text_of = |parts: &[Part], key: &str| {
        parts
            .iter()
            .find(|p| p.key == key)
            .map(|p| p.text.clone())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for part in &new_parts {
        let diff = PartDiff {
            key: part.key.clone(),
            pieces: words(&text_of(&old_parts, &part.key), &part.text),
        };
        if diff.changed() {
            out.push(diff);
        }
    }
    for part in old_parts
        .iter()
        .filter(|p| !new_parts.iter().any(|n| n.key == p.key))
    {
        out.push(PartDiff {
            key: part.key.clone(),
            pieces: vec![Piece::Removed(part.text.clone())],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Sections, Step};

    #[test]
    fn words_show_what_changed_and_keep_the_rest() {
        let pieces = words(
            "Il contributo costa 40 euro e si paga in posta.",
            "Il contributo costa 70,46 euro e si paga online.",
        );
        assert_eq!(
            pieces,
            [
                Piece::Same("Il contributo costa ".into()),
                Piece::Removed("40".into()),
                Piece::Added("70,46".into()),
                Piece::Same(" euro e si paga ".into()),
                Piece::Removed("in posta".into()),
                Piece::Added("online".into()),
                Piece::Same(".".into()),
            ]
        );
    }

    #[test]
    fn the_same_text_has_no_change_in_any_script() {
        for text in ["تصريح الإقامة", "居留许可", "Посвідка на проживання"]
        {
            assert!(words(text, text)
                .iter()
                .all(|p| matches!(p, Piece::Same(_))));
        }
        let arabic = words("تصريح الإقامة", "تصريح العمل");
        assert!(arabic.contains(&Piece::Added("العمل".into())), "{arabic:?}");
    }

    #[test]
    fn versions_list_only_changed_parts_in_page_order() {
        let old = ArticleContent {
            title: "Rinnovo del permesso".into(),
            sections: Sections {
                what: "Serve per restare.".into(),
                cost: "16 euro".into(),
                ..Sections::default()
            },
            steps: vec![Step {
                title: "Kit postale".into(),
                ..Step::default()
            }],
            ..ArticleContent::default()
        };
        let mut new = old.clone();
        new.sections.cost = "16 euro di marca da bollo".into();
        new.steps[0].title = "Il kit postale".into();
        new.sections.what = String::new();
        let diffs = versions(&old, &new);
        let keys: Vec<_> = diffs.iter().map(|d| d.key.as_str()).collect();
        assert_eq!(keys, ["step-1-title", "cost", "what"]);
        assert_eq!(
            diffs[1].pieces,
            [
                Piece::Same("16 euro".into()),
                Piece::Added(" di marca da bollo".into())
            ]
        );
        assert_eq!(
            diffs[2].pieces,
            [Piece::Removed("Serve per restare.".into())]
        );
        assert!(versions(&old, &old).is_empty());
    }
}
