//! The HTTP shell, the browser shell, migrations and the store.

mod browser;
mod http;
mod migrations;
mod store;
