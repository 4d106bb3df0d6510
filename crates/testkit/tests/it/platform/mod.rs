//! The HTTP shell, the browser shell, migrations, the page cache and the store.

mod browser;
mod http;
mod migrations;
mod page_cache;
mod store;
