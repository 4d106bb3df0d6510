//! What every area of the web layer shares: middleware, metrics, static assets, translations,
//! the page layout, error pages, sessions and their extractors, operations endpoints, the
//! rendered-page cache.

pub mod assets;
pub mod dev_mail;
pub mod error;
pub mod extract;
pub mod i18n;
pub mod layout;
pub mod metrics;
pub mod middleware;
pub mod ops;
pub mod page_cache;
pub mod routes;
pub mod server;
pub mod session;
pub mod text;
pub mod upload;
