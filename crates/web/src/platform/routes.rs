//! Routes and who may use them, declared together: an area registers a route only with the
//! access rule it follows, and the access test walks [`crate::access_table`], so no route
//! exists without a row saying who may use it.

use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

/// Who may use a route. The handlers enforce it (session extractors, and the app's Policy
/// and scoped queries); this table says what the tests must find.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// Anyone, signed in or not (public pages, the API, sign-in and reset forms).
    Public,
    /// A session whose password was checked and whose authenticator code is due; anyone
    /// else is sent to their stage's page (or to the sign-in form).
    AwaitingCode,
    /// Any signed-in operator, whatever role and scope.
    AnyOperator,
    /// Admins and coordinators of the whole network.
    AuditReaders,
    /// Admins of the whole network.
    Admins,
    /// Operators whose grants cover the desk in the URL; anyone else gets 404, exactly as
    /// for a desk that does not exist.
    DeskInScope,
    /// Operators whose desk-keeping roles (not viewers, translators, trainers) cover the desk
    /// in the URL; anyone else gets 404.
    DeskEditors,
    /// Operators whose desk-keeping roles cover the service in the URL: through a desk that
    /// offers it, or its organisation or an ancestor of it; anyone else gets 404.
    ServiceEditors,
    /// Admins and coordinators of the organisation in the URL or of an ancestor of it (or of
    /// the network); anyone else gets 404.
    OrganisationEditors,
    /// Translators of the language in the URL (or, without one, of any language), and the
    /// network's admins, coordinators and translators; anyone else gets 403.
    Translators,
    /// Operators who write for at least one hub (a grant on a hub desk, its organisation, or
    /// a theme as hub editor), and the network's admins and coordinators; anyone else 403.
    ArticleWriters,
    /// Operators who may write or review the article in the URL (the Policy on its hub and
    /// theme); anyone else gets 404, exactly as for an article that does not exist.
    ArticleEditors,
    /// Operators who publish for at least one hub (its hub editors, coordinators and admins
    /// of its area) and may add to its repertory of materials; anyone else gets 403.
    MaterialPublishers,
    /// Operators who publish for the hub and theme of the material in the URL; anyone else
    /// gets 404, exactly as for a material that does not exist.
    MaterialEditors,
}

/// One row of the access table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteAccess {
    pub method: &'static str,
    pub path: &'static str,
    pub allowed: Allowed,
}

/// An area's routes with their access rules, built together.
#[derive(Debug)]
pub struct Routes {
    router: Router<AppState>,
    table: Vec<RouteAccess>,
}

impl Default for Routes {
    fn default() -> Self {
        Self::new()
    }
}

impl Routes {
    pub fn new() -> Self {
        Self {
            router: Router::new(),
            table: Vec::new(),
        }
    }

    pub fn get<H, T>(mut self, path: &'static str, allowed: Allowed, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.router = self.router.route(path, get(handler));
        self.row("GET", path, allowed)
    }

    pub fn post<H, T>(mut self, path: &'static str, allowed: Allowed, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.router = self.router.route(path, post(handler));
        self.row("POST", path, allowed)
    }

    /// A POST that receives a file (`multipart/form-data`): the handler reads its body with
    /// its own bound, up to the server's upload limit, instead of the form limit.
    pub fn upload<H, T>(mut self, path: &'static str, allowed: Allowed, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.router = self
            .router
            .route(path, post(handler).layer(DefaultBodyLimit::disable()));
        self.row("POST", path, allowed)
    }

    pub fn merge(mut self, other: Routes) -> Self {
        self.router = self.router.merge(other.router);
        self.table.extend(other.table);
        self
    }

    fn row(mut self, method: &'static str, path: &'static str, allowed: Allowed) -> Self {
        self.table.push(RouteAccess {
            method,
            path,
            allowed,
        });
        self
    }

    pub fn into_parts(self) -> (Router<AppState>, Vec<RouteAccess>) {
        (self.router, self.table)
    }
}
