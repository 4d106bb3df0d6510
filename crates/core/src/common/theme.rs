//! The themes (life areas) the network's information is organised by.

use crate::ParseError;

/// A theme of the network. Each theme has a hub with editorial responsibility for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    PermessoDiSoggiorno,
    Cittadinanza,
    RicongiungimentoFamiliare,
    ResidenzaAnagrafe,
    Salute,
    Scuola,
    LavoroFormazione,
    Casa,
    PrestazioniSociali,
    LinguaItaliana,
}

impl Theme {
    /// Every theme, in the order the home page shows them.
    pub const ALL: [Theme; 10] = [
        Theme::PermessoDiSoggiorno,
        Theme::Cittadinanza,
        Theme::RicongiungimentoFamiliare,
        Theme::ResidenzaAnagrafe,
        Theme::Salute,
        Theme::Scuola,
        Theme::LavoroFormazione,
        Theme::Casa,
        Theme::PrestazioniSociali,
        Theme::LinguaItaliana,
    ];

    /// The stable identifier used in URLs, the database and Fluent keys.
    pub fn slug(self) -> &'static str {
        match self {
            Theme::PermessoDiSoggiorno => "permesso-di-soggiorno",
            Theme::Cittadinanza => "cittadinanza",
            Theme::RicongiungimentoFamiliare => "ricongiungimento-familiare",
            Theme::ResidenzaAnagrafe => "residenza-anagrafe",
            Theme::Salute => "salute",
            Theme::Scuola => "scuola",
            Theme::LavoroFormazione => "lavoro-formazione",
            Theme::Casa => "casa",
            Theme::PrestazioniSociali => "prestazioni-sociali",
            Theme::LinguaItaliana => "lingua-italiana",
        }
    }

    /// Fluent message id of the theme's name; `.description` holds its one-line summary.
    pub fn message_id(self) -> String {
        format!("theme-{}", self.slug())
    }

    pub fn from_slug(slug: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|t| t.slug() == slug)
            .ok_or_else(|| ParseError::new("theme.unknown", format!("unknown theme {slug:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for t in Theme::ALL {
            assert!(seen.insert(t.slug()));
            assert_eq!(Theme::from_slug(t.slug()), Ok(t));
        }
        assert!(Theme::from_slug("Salute").is_err());
    }
}
