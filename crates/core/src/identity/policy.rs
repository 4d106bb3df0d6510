//! The one place that decides what an operator may do: `Policy::can(actor, action, resource)`.
//!
//! Handlers never compare roles themselves; they ask the policy. Store queries for operator
//! data take the actor's scope as well, so that an unscoped query cannot be written by
//! accident (see docs/ARCHITECTURE.md).

use crate::{Role, Scope};

/// Who is acting: an account and its role grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: String,
    pub grants: Vec<(Role, Scope)>,
}

/// What the actor wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Open the operators' workspace at all.
    EnterWorkspace,
    /// See and change accounts and role grants.
    ManageUsers,
    /// Read the audit log.
    ReadAudit,
    /// See a desk's record in the workspace.
    ViewDesk,
    /// Change a desk's public details (hours, languages, contacts…).
    EditDesk,
    /// Mark a language's interface messages reviewed, or correct them.
    ReviewTranslations,
    /// Write and submit knowledge-base articles of a hub.
    WriteArticle,
    /// Approve, publish, return and archive a hub's articles (the hub editor's review), and
    /// add to or remove from its repertory of materials (public at once).
    PublishArticle,
    /// Keep the register of norms and mark a norm changed (which flags the articles citing it).
    ManageNorms,
}

/// What the action is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resource {
    /// The network as a whole (workspace, users, audit).
    Network,
    /// One desk, with the organisation that runs it and that organisation's ancestors
    /// (nearest first): a grant on a region's organisation reaches its comuni's desks.
    Desk {
        slug: String,
        organisations: Vec<String>,
    },
    /// One interface language, by its tag (`"ar"`).
    Language(String),
    /// A knowledge-base article: its theme slug, the hub desk that owns it, and the hub's
    /// organisation chain (nearest first).
    Article {
        theme: String,
        hub: String,
        organisations: Vec<String>,
    },
}

/// Which desks an actor's grants reach; store queries for desk data take it, so that no
/// query can forget the check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskScope {
    All,
    Only {
        desks: Vec<String>,
        organisations: Vec<String>,
    },
}

impl DeskScope {
    pub fn of(actor: &Actor) -> Self {
        Self::from_grants(actor.grants.iter())
    }

    /// The desks an actor may edit: only grants of roles that look after desks count
    /// (admins, coordinators, hub editors, level-1 and level-2 operators; not viewers,
    /// translators or trainers).
    pub fn editable_by(actor: &Actor) -> Self {
        Self::from_grants(actor.grants.iter().filter(|(role, _)| {
            matches!(
                role,
                Role::Admin
                    | Role::Coordinator
                    | Role::HubEditor
                    | Role::L2Operator
                    | Role::L1Operator
            )
        }))
    }

    /// The organisations an actor may edit: only admins and coordinators count (of the
    /// whole network, or of an organisation, which reaches its descendants).
    pub fn managed_by(actor: &Actor) -> Self {
        Self::from_grants(
            actor
                .grants
                .iter()
                .filter(|(role, _)| matches!(role, Role::Admin | Role::Coordinator)),
        )
    }

    fn from_grants<'a>(grants: impl Iterator<Item = &'a (Role, Scope)> + Clone) -> Self {
        let network = grants.clone().any(|(role, scope)| {
            matches!(role, Role::Admin | Role::Coordinator) && *scope == Scope::Network
        });
        if network {
            return DeskScope::All;
        }
        let mut desks = Vec::new();
        let mut organisations = Vec::new();
        for (_, scope) in grants {
            match scope {
                Scope::Desk(slug) => desks.push(slug.clone()),
                Scope::Organisation(slug) => organisations.push(slug.clone()),
                _ => {}
            }
        }
        DeskScope::Only {
            desks,
            organisations,
        }
    }

    /// Whether the desk is reachable: granted directly, or through its organisation or one
    /// of that organisation's ancestors (`organisations`, nearest first).
    pub fn allows(&self, desk: &str, organisations: &[String]) -> bool {
        self.allows_any(&[desk.to_owned()], organisations)
    }

    /// Whether something reached through several desks and an organisation chain (nearest
    /// first) is reachable: a service through any desk that offers it or through its
    /// organisation and that organisation's ancestors.
    pub fn allows_any(&self, desks: &[String], organisations: &[String]) -> bool {
        match self {
            DeskScope::All => true,
            DeskScope::Only {
                desks: granted_desks,
                organisations: granted,
            } => {
                desks.iter().any(|d| granted_desks.contains(d))
                    || organisations.iter().any(|o| granted.contains(o))
            }
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Policy;

impl Policy {
    pub fn can(actor: &Actor, action: Action, resource: &Resource) -> bool {
        let network_role = |roles: &[Role]| {
            actor
                .grants
                .iter()
                .any(|(role, scope)| roles.contains(role) && *scope == Scope::Network)
        };
        match (action, resource) {
            // Any grant, on any scope, opens the workspace; what is inside is checked per item.
            (Action::EnterWorkspace, Resource::Network) => !actor.grants.is_empty(),
            (Action::ManageUsers, Resource::Network) => network_role(&[Role::Admin]),
            (Action::ReadAudit | Action::ManageNorms, Resource::Network) => {
                network_role(&[Role::Admin, Role::Coordinator])
            }
            (
                Action::ViewDesk,
                Resource::Desk {
                    slug,
                    organisations,
                },
            ) => DeskScope::of(actor).allows(slug, organisations),
            (
                Action::EditDesk,
                Resource::Desk {
                    slug,
                    organisations,
                },
            ) => DeskScope::editable_by(actor).allows(slug, organisations),
            // A translator reviews the languages granted to them; the network's translators
            // and coordinators, and admins, every language.
            (Action::ReviewTranslations, Resource::Language(tag)) => {
                network_role(&[Role::Admin, Role::Coordinator, Role::Translator])
                    || actor.grants.iter().any(|(role, scope)| {
                        *role == Role::Translator && *scope == Scope::Language(tag.clone())
                    })
            }
            // A hub's staff write its articles (desk-keeping roles on the hub desk or its
            // organisations), and so do the hub editors of the theme.
            (
                Action::WriteArticle,
                Resource::Article {
                    theme,
                    hub,
                    organisations,
                },
            ) => {
                DeskScope::editable_by(actor).allows(hub, organisations)
                    || actor.grants.iter().any(|(role, scope)| {
                        *role == Role::HubEditor && *scope == Scope::Theme(theme.clone())
                    })
            }
            // The review is the hub editor's: of the hub desk, of the theme, or of an
            // organisation above the hub; coordinators and admins of the hub's area too.
            (
                Action::PublishArticle,
                Resource::Article {
                    theme,
                    hub,
                    organisations,
                },
            ) => {
                DeskScope::managed_by(actor).allows(hub, organisations)
                    || actor.grants.iter().any(|(role, scope)| {
                        *role == Role::HubEditor
                            && match scope {
                                Scope::Theme(t) => t == theme,
                                Scope::Desk(d) => d == hub,
                                Scope::Organisation(o) => organisations.contains(o),
                                _ => false,
                            }
                    })
            }
            // Every other pairing is meaningless, hence refused.
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(grants: &[(Role, Scope)]) -> Actor {
        Actor {
            user_id: "u".into(),
            grants: grants.to_vec(),
        }
    }

    #[test]
    fn translators_review_their_languages_only() {
        let arabic = actor(&[(Role::Translator, Scope::Language("ar".into()))]);
        let network = actor(&[(Role::Translator, Scope::Network)]);
        let operator = actor(&[(Role::L2Operator, Scope::Network)]);
        let coordinator = actor(&[(Role::Coordinator, Scope::Network)]);
        let lang = |tag: &str| Resource::Language(tag.into());
        assert!(Policy::can(
            &arabic,
            Action::ReviewTranslations,
            &lang("ar")
        ));
        assert!(!Policy::can(
            &arabic,
            Action::ReviewTranslations,
            &lang("fa")
        ));
        assert!(Policy::can(
            &network,
            Action::ReviewTranslations,
            &lang("fa")
        ));
        assert!(Policy::can(
            &coordinator,
            Action::ReviewTranslations,
            &lang("zh")
        ));
        assert!(!Policy::can(
            &operator,
            Action::ReviewTranslations,
            &lang("ar")
        ));
        assert!(!Policy::can(
            &arabic,
            Action::ManageUsers,
            &Resource::Network
        ));
        assert!(!Policy::can(
            &arabic,
            Action::ReviewTranslations,
            &Resource::Network
        ));
    }

    #[test]
    fn hub_staff_write_and_the_hub_editor_of_the_theme_publishes() {
        let article = Resource::Article {
            theme: "salute".into(),
            hub: "hub-salute".into(),
            organisations: vec!["comune-ferrara".into(), "regione-emilia-romagna".into()],
        };
        let staff = actor(&[(Role::L2Operator, Scope::Desk("hub-salute".into()))]);
        let theme_editor = actor(&[(Role::HubEditor, Scope::Theme("salute".into()))]);
        let hub_editor = actor(&[(Role::HubEditor, Scope::Desk("hub-salute".into()))]);
        let other_theme = actor(&[(Role::HubEditor, Scope::Theme("casa".into()))]);
        let other_desk = actor(&[(Role::L2Operator, Scope::Desk("ferrara-urp".into()))]);
        let regional = actor(&[(
            Role::Coordinator,
            Scope::Organisation("regione-emilia-romagna".into()),
        )]);
        let tuscany = actor(&[(
            Role::Coordinator,
            Scope::Organisation("regione-toscana".into()),
        )]);
        let translator = actor(&[(Role::Translator, Scope::Network)]);
        let can = |a: &Actor, action| Policy::can(a, action, &article);
        assert!(can(&staff, Action::WriteArticle));
        assert!(
            !can(&staff, Action::PublishArticle),
            "staff write, the hub reviews"
        );
        assert!(can(&theme_editor, Action::WriteArticle));
        assert!(can(&theme_editor, Action::PublishArticle));
        assert!(can(&hub_editor, Action::PublishArticle));
        assert!(can(&regional, Action::PublishArticle));
        for outsider in [&other_theme, &other_desk, &tuscany, &translator] {
            assert!(!can(outsider, Action::WriteArticle), "{outsider:?}");
            assert!(!can(outsider, Action::PublishArticle), "{outsider:?}");
        }
        assert!(!Policy::can(
            &theme_editor,
            Action::PublishArticle,
            &Resource::Network
        ));
        let network = actor(&[(Role::Coordinator, Scope::Network)]);
        assert!(Policy::can(
            &network,
            Action::ManageNorms,
            &Resource::Network
        ));
        for who in [&regional, &theme_editor, &staff] {
            assert!(!Policy::can(who, Action::ManageNorms, &Resource::Network));
        }
    }

    #[test]
    fn roles_on_scopes() {
        let admin = actor(&[(Role::Admin, Scope::Network)]);
        let coordinator = actor(&[(Role::Coordinator, Scope::Network)]);
        let org_admin = actor(&[(Role::Admin, Scope::Organisation("comune-prato".into()))]);
        let operator = actor(&[(Role::L1Operator, Scope::Desk("bologna-urp".into()))]);
        let nobody = actor(&[]);
        let net = Resource::Network;
        assert!(Policy::can(&admin, Action::ManageUsers, &net));
        assert!(Policy::can(&admin, Action::ReadAudit, &net));
        assert!(!Policy::can(&coordinator, Action::ManageUsers, &net));
        assert!(Policy::can(&coordinator, Action::ReadAudit, &net));
        assert!(
            !Policy::can(&org_admin, Action::ManageUsers, &net),
            "an organisation's admin is not the network's"
        );
        assert!(Policy::can(&operator, Action::EnterWorkspace, &net));
        assert!(!Policy::can(&operator, Action::ReadAudit, &net));
        assert!(!Policy::can(&nobody, Action::EnterWorkspace, &net));

        let desk = |slug: &str, org: &str| Resource::Desk {
            slug: slug.into(),
            organisations: vec![org.into(), "regione".into()],
        };
        assert!(Policy::can(
            &operator,
            Action::ViewDesk,
            &desk("bologna-urp", "comune-bologna")
        ));
        assert!(
            !Policy::can(
                &operator,
                Action::ViewDesk,
                &desk("bologna-sociale", "comune-bologna")
            ),
            "another desk of the same body"
        );
        assert!(Policy::can(
            &org_admin,
            Action::ViewDesk,
            &desk("prato-urp", "comune-prato")
        ));
        assert!(!Policy::can(
            &org_admin,
            Action::ViewDesk,
            &desk("bologna-urp", "comune-bologna")
        ));
        assert!(Policy::can(
            &coordinator,
            Action::ViewDesk,
            &desk("any", "any")
        ));
        assert!(
            !Policy::can(&operator, Action::ViewDesk, &net),
            "an action on the wrong kind of resource is refused"
        );
    }

    #[test]
    fn editing_needs_a_desk_role_and_reaches_down_the_organisation_tree() {
        let desk = Resource::Desk {
            slug: "arezzo-casa-culture".into(),
            organisations: vec!["comune-arezzo".into(), "regione-toscana".into()],
        };
        let regional = actor(&[(
            Role::Coordinator,
            Scope::Organisation("regione-toscana".into()),
        )]);
        assert!(Policy::can(&regional, Action::EditDesk, &desk), "its area");
        let own = actor(&[(Role::L2Operator, Scope::Desk("arezzo-casa-culture".into()))]);
        assert!(Policy::can(&own, Action::EditDesk, &desk));
        let other = actor(&[(Role::L2Operator, Scope::Desk("prato-urp".into()))]);
        assert!(!Policy::can(&other, Action::EditDesk, &desk));
        let viewer = actor(&[(Role::Viewer, Scope::Desk("arezzo-casa-culture".into()))]);
        assert!(Policy::can(&viewer, Action::ViewDesk, &desk));
        assert!(
            !Policy::can(&viewer, Action::EditDesk, &desk),
            "viewers only look"
        );
        let emilia = actor(&[(
            Role::Coordinator,
            Scope::Organisation("regione-emilia-romagna".into()),
        )]);
        assert!(!Policy::can(&emilia, Action::EditDesk, &desk));
    }

    #[test]
    fn services_are_reached_through_any_desk_or_the_organisation_chain() {
        let desks = ["arezzo-urp".to_owned(), "arezzo-casa-culture".to_owned()];
        let chain = ["comune-arezzo".to_owned(), "regione-toscana".to_owned()];
        let editable = |grants: &[(Role, Scope)]| DeskScope::editable_by(&actor(grants));
        let at_desk = editable(&[(Role::L1Operator, Scope::Desk("arezzo-urp".into()))]);
        assert!(at_desk.allows_any(&desks, &chain), "a desk that offers it");
        let regional = editable(&[(
            Role::Coordinator,
            Scope::Organisation("regione-toscana".into()),
        )]);
        assert!(
            regional.allows_any(&desks, &chain),
            "an ancestor organisation"
        );
        let elsewhere = editable(&[(Role::L2Operator, Scope::Desk("bologna-urp".into()))]);
        assert!(!elsewhere.allows_any(&desks, &chain));
        let viewer = editable(&[(Role::Viewer, Scope::Desk("arezzo-urp".into()))]);
        assert!(!viewer.allows_any(&desks, &chain), "viewers only look");
        assert!(editable(&[(Role::Admin, Scope::Network)]).allows_any(&[], &[]));

        // Organisations: only admins and coordinators, down the tree.
        let managed = |grants: &[(Role, Scope)]| DeskScope::managed_by(&actor(grants));
        assert!(managed(&[(
            Role::Coordinator,
            Scope::Organisation("regione-toscana".into())
        )])
        .allows_any(&[], &chain));
        assert!(!managed(&[(
            Role::HubEditor,
            Scope::Organisation("regione-toscana".into())
        )])
        .allows_any(&[], &chain));
        assert!(
            !managed(&[(Role::Admin, Scope::Desk("arezzo-urp".into()))]).allows_any(&[], &chain)
        );
        assert!(managed(&[(Role::Coordinator, Scope::Network)]).allows_any(&[], &[]));
    }
}
