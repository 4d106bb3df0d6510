//! Static assets: embedded in the binary, served under content-hashed names with
//! far-future cache headers, so a deploy never serves a stale stylesheet.

use std::collections::HashMap;
use std::fmt::Write as _;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::platform::error::WebError;
use crate::platform::routes::{Allowed, Routes};
use crate::AppState;

/// (logical name, content type, bytes)
const FILES: [(&str, &str, &[u8]); 6] = [
    (
        "style.css",
        "text/css; charset=utf-8",
        include_bytes!("../../static/style.css"),
    ),
    (
        "icon.svg",
        "image/svg+xml",
        include_bytes!("../../static/icon.svg"),
    ),
    (
        "finder.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../static/finder.js"),
    ),
    (
        "search.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../static/search.js"),
    ),
    (
        "leaflet.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../static/vendor/leaflet/leaflet.js"),
    ),
    (
        "leaflet.css",
        "text/css; charset=utf-8",
        include_bytes!("../../static/vendor/leaflet/leaflet.css"),
    ),
];

#[derive(Debug)]
struct Asset {
    content_type: &'static str,
    bytes: &'static [u8],
}

/// The asset table, built once at start-up.
#[derive(Debug)]
pub struct Assets {
    by_hashed_name: HashMap<String, Asset>,
    urls: HashMap<&'static str, String>,
}

impl Assets {
    pub fn new() -> Self {
        let mut by_hashed_name = HashMap::new();
        let mut urls = HashMap::new();
        for (name, content_type, bytes) in FILES {
            let digest = Sha256::digest(bytes);
            let mut hash = String::with_capacity(12);
            for byte in &digest[..6] {
                let _ = write!(hash, "{byte:02x}");
            }
            let (stem, ext) = name
                .rsplit_once('.')
                .expect("asset names have an extension");
            let hashed = format!("{stem}.{hash}.{ext}");
            urls.insert(name, format!("/static/{hashed}"));
            by_hashed_name.insert(
                hashed,
                Asset {
                    content_type,
                    bytes,
                },
            );
        }
        Self {
            by_hashed_name,
            urls,
        }
    }

    /// The URL of a logical asset name (`"style.css"` → `/static/style.1a2b3c4d5e6f.css`).
    pub fn url(&self, name: &str) -> &str {
        self.urls
            .get(name)
            .map_or("/static/missing", String::as_str)
    }
}

impl Default for Assets {
    fn default() -> Self {
        Self::new()
    }
}

pub async fn serve_asset(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let asset = state
        .assets
        .by_hashed_name
        .get(&file)
        .ok_or(WebError::NotFound)?;
    Ok((
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        Body::from(asset.bytes),
    )
        .into_response())
}

/// Embedded static files, by content hash.
pub fn routes() -> Routes {
    Routes::new().get("/static/{file}", Allowed::Public, serve_asset)
}
