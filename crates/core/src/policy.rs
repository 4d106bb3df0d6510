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
}

/// What the action is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resource {
    /// The network as a whole (workspace, users, audit).
    Network,
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
            (Action::ReadAudit, Resource::Network) => {
                network_role(&[Role::Admin, Role::Coordinator])
            }
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
    }
}
