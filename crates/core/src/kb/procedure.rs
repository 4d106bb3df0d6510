//! Procedures as data: a sheet's "how" is a list of steps, each with who acts, where, what
//! to bring, the cost and the typical time, and local variants per province or office (one
//! Questura books online, another by e-mail). The reader's own variant comes first.

use serde::{Deserialize, Serialize};

use crate::{ParseError, ProvinceCode};

/// What a reader must already have before a procedure: shown as chips that link to the
/// sheet explaining how to get each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Prerequisite {
    #[serde(rename = "codice-fiscale")]
    CodiceFiscale,
    #[serde(rename = "tessera-sanitaria")]
    TesseraSanitaria,
    #[serde(rename = "spid-cie")]
    SpidOrCie,
    #[serde(rename = "residenza")]
    Residence,
    #[serde(rename = "pec")]
    Pec,
}

impl Prerequisite {
    pub const ALL: [Prerequisite; 5] = [
        Prerequisite::CodiceFiscale,
        Prerequisite::TesseraSanitaria,
        Prerequisite::SpidOrCie,
        Prerequisite::Residence,
        Prerequisite::Pec,
    ];

    /// Stable slug: stored, in forms, and the suffix of the Fluent id (`kb-prereq-pec`).
    pub fn slug(self) -> &'static str {
        match self {
            Prerequisite::CodiceFiscale => "codice-fiscale",
            Prerequisite::TesseraSanitaria => "tessera-sanitaria",
            Prerequisite::SpidOrCie => "spid-cie",
            Prerequisite::Residence => "residenza",
            Prerequisite::Pec => "pec",
        }
    }

    pub fn from_slug(s: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|p| p.slug() == s)
            .ok_or_else(|| {
                ParseError::new(
                    "kb.prerequisite_unknown",
                    format!("unknown prerequisite {s:?}"),
                )
            })
    }
}

/// One step of a procedure. Texts are Markdown (rendered sanitised).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Step {
    pub title: String,
    /// Who acts (the person, the desk, the Questura…).
    pub who: String,
    /// Where it happens.
    #[serde(rename = "where")]
    pub place: String,
    /// What to bring.
    pub bring: String,
    pub cost: String,
    /// Typical time.
    pub time: String,
    pub text: String,
    pub variants: Vec<Variant>,
}

/// Where a local variant applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VariantArea {
    /// A province, by its two-letter code (`BO`).
    Province(String),
    /// One office of the directory, by its desk slug.
    Office(String),
}

impl VariantArea {
    /// A province area, its code checked and upper-cased.
    pub fn province(code: &str) -> Result<Self, ParseError> {
        Ok(VariantArea::Province(
            ProvinceCode::parse(code)?.as_str().to_owned(),
        ))
    }
}

/// How a step goes in one place. Empty fields keep the step's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub area: VariantArea,
    /// What the reader sees it called ("Questura di Bologna").
    pub label: String,
    pub text: String,
    #[serde(default, rename = "where")]
    pub place: String,
    /// Invented for the demo (shown as such to editors).
    #[serde(default)]
    pub illustrative: bool,
}

/// Where the reader is, as far as the page knows: the comune they chose (its province) or
/// the desk they came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReaderArea {
    pub province: Option<String>,
    pub office: Option<String>,
}

impl ReaderArea {
    pub fn is_known(&self) -> bool {
        self.province.is_some() || self.office.is_some()
    }

    /// How well a variant fits: the reader's own office best, then their province.
    fn fit(&self, area: &VariantArea) -> Option<u8> {
        match area {
            VariantArea::Office(slug) if self.office.as_deref() == Some(slug) => Some(0),
            VariantArea::Province(code) if self.province.as_deref() == Some(code) => Some(1),
            _ => None,
        }
    }
}

/// A step as one reader sees it: their variant (if any) first, then the general text and
/// the other places' variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalStep<'a> {
    pub step: &'a Step,
    pub yours: Option<&'a Variant>,
    pub others: Vec<&'a Variant>,
}

impl Step {
    pub fn for_reader(&self, area: &ReaderArea) -> LocalStep<'_> {
        let yours = self
            .variants
            .iter()
            .filter_map(|v| area.fit(&v.area).map(|fit| (fit, v)))
            .min_by_key(|(fit, _)| *fit)
            .map(|(_, v)| v);
        let others = self
            .variants
            .iter()
            .filter(|v| yours.is_none_or(|y| !std::ptr::eq(*v, y)))
            .collect();
        LocalStep {
            step: self,
            yours,
            others,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variant(area: VariantArea, label: &str) -> Variant {
        Variant {
            area,
            label: label.into(),
            text: format!("{label}: by e-mail"),
            place: String::new(),
            illustrative: true,
        }
    }

    fn step() -> Step {
        Step {
            title: "Appuntamento in Questura".into(),
            text: "La Questura ti chiama.".into(),
            variants: vec![
                variant(VariantArea::province("bo").unwrap(), "Bologna"),
                variant(VariantArea::province("FE").unwrap(), "Ferrara"),
                variant(
                    VariantArea::Office("ferrara-sportello-stranieri".into()),
                    "Sportello di Ferrara",
                ),
            ],
            ..Step::default()
        }
    }

    #[test]
    fn the_readers_variant_comes_first_and_the_office_beats_the_province() {
        let step = step();
        let nowhere = step.for_reader(&ReaderArea::default());
        assert!(nowhere.yours.is_none());
        assert_eq!(nowhere.others.len(), 3);

        let bologna = step.for_reader(&ReaderArea {
            province: Some("BO".into()),
            office: None,
        });
        assert_eq!(bologna.yours.map(|v| v.label.as_str()), Some("Bologna"));
        let others: Vec<_> = bologna.others.iter().map(|v| v.label.as_str()).collect();
        assert_eq!(others, ["Ferrara", "Sportello di Ferrara"]);

        let office = step.for_reader(&ReaderArea {
            province: Some("FE".into()),
            office: Some("ferrara-sportello-stranieri".into()),
        });
        assert_eq!(
            office.yours.map(|v| v.label.as_str()),
            Some("Sportello di Ferrara")
        );
        assert_eq!(office.others.len(), 2);
    }

    #[test]
    fn prerequisites_and_areas_parse_once() {
        for p in Prerequisite::ALL {
            assert_eq!(Prerequisite::from_slug(p.slug()), Ok(p));
        }
        assert_eq!(
            Prerequisite::from_slug("spid").unwrap_err().code,
            "kb.prerequisite_unknown"
        );
        assert_eq!(
            VariantArea::province("bo"),
            Ok(VariantArea::Province("BO".into()))
        );
        assert!(VariantArea::province("Bologna").is_err());
    }
}
