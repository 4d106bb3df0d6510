//! Roles of operators and the scopes they are granted on.
//!
//! The policy that decides what a role may do on a scope lives with the accounts issue;
//! this module fixes the vocabulary stored in `role_grants`.

use std::fmt;

use crate::ParseError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Admin,
    Coordinator,
    HubEditor,
    L2Operator,
    L1Operator,
    Translator,
    Trainer,
    Viewer,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Admin,
        Role::Coordinator,
        Role::HubEditor,
        Role::L2Operator,
        Role::L1Operator,
        Role::Translator,
        Role::Trainer,
        Role::Viewer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
            Role::HubEditor => "hub_editor",
            Role::L2Operator => "l2_operator",
            Role::L1Operator => "l1_operator",
            Role::Translator => "translator",
            Role::Trainer => "trainer",
            Role::Viewer => "viewer",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let wanted = s.trim().replace('-', "_");
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == wanted)
            .ok_or_else(|| {
                let known: Vec<_> = Self::ALL.iter().map(|r| r.as_str()).collect();
                ParseError::new(
                    "role.unknown",
                    format!("unknown role {s:?}; known roles: {}", known.join(", ")),
                )
            })
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a role is granted on. Identifiers are slugs (organisation, desk, theme) or a locale tag.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    Network,
    Organisation(String),
    Desk(String),
    Theme(String),
    Language(String),
}

impl Scope {
    /// Column values as stored: kind and (empty for the network) target.
    pub fn parts(&self) -> (&'static str, &str) {
        match self {
            Scope::Network => ("network", ""),
            Scope::Organisation(s) => ("organisation", s),
            Scope::Desk(s) => ("desk", s),
            Scope::Theme(s) => ("theme", s),
            Scope::Language(s) => ("language", s),
        }
    }

    pub fn from_parts(kind: &str, target: &str) -> Result<Self, ParseError> {
        let need_target = |f: fn(String) -> Scope| {
            if target.is_empty() {
                Err(ParseError::new(
                    "scope.target_missing",
                    format!("scope {kind} needs a target"),
                ))
            } else {
                Ok(f(target.to_owned()))
            }
        };
        match kind {
            "network" => Ok(Scope::Network),
            "organisation" => need_target(Scope::Organisation),
            "desk" => need_target(Scope::Desk),
            "theme" => need_target(Scope::Theme),
            "language" => need_target(Scope::Language),
            _ => Err(ParseError::new(
                "scope.unknown",
                format!("unknown scope kind {kind:?}"),
            )),
        }
    }

    /// Parses `network`, `desk:bologna-urp`, `theme:salute`, ...
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let (kind, target) = s.split_once(':').unwrap_or((s, ""));
        Self::from_parts(kind.trim(), target.trim())
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.parts() {
            (kind, "") => f.write_str(kind),
            (kind, target) => write!(f, "{kind}:{target}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse_with_either_separator() {
        assert_eq!(Role::parse("hub-editor"), Ok(Role::HubEditor));
        assert_eq!(Role::parse("admin"), Ok(Role::Admin));
        assert!(Role::parse("root")
            .unwrap_err()
            .detail
            .contains("coordinator"));
    }

    #[test]
    fn scopes_round_trip() {
        for s in [
            "network",
            "desk:bologna-urp",
            "theme:salute",
            "language:ar",
            "organisation:comune-prato",
        ] {
            assert_eq!(Scope::parse(s).unwrap().to_string(), s);
        }
        assert!(Scope::parse("desk").is_err());
        assert!(Scope::parse("planet:earth").is_err());
    }
}
