//! What the public directory pages read: the snapshot at the network's local time, and for
//! a desk page the services offered there and the thematic hubs that answer for its themes.

use std::sync::Arc;

use chrono::NaiveDateTime;

pub use sportello_store::{DeskService, ThemeHub};

use super::{local_time, PublicDesk, Snapshot};
use crate::{App, Result};

/// The directory as a page sees it: one snapshot, one moment (Europe/Rome local time).
#[derive(Debug, Clone)]
pub struct DirectoryView {
    pub snapshot: Arc<Snapshot>,
    pub local: NaiveDateTime,
}

/// The current snapshot and the local time, for the finder, the map and the home page.
pub async fn directory_view(app: &App) -> Result<DirectoryView> {
    Ok(DirectoryView {
        snapshot: app.directory().snapshot().await?,
        local: local_time(app.clock().now()),
    })
}

/// A public desk page's data.
#[derive(Debug)]
pub struct DeskView {
    pub view: DirectoryView,
    slug: String,
    pub services: Vec<DeskService>,
    /// The hubs for the desk's themes, other than the desk itself.
    pub hubs: Vec<ThemeHub>,
}

impl DeskView {
    pub fn desk(&self) -> &PublicDesk {
        self.view
            .snapshot
            .desk(&self.slug)
            .expect("the desk was found in this snapshot")
    }
}

/// A public desk by slug; `None` when there is none (or it is not public).
pub async fn desk_view(app: &App, slug: &str) -> Result<Option<DeskView>> {
    let view = directory_view(app).await?;
    let Some(desk) = view.snapshot.desk(slug) else {
        return Ok(None);
    };
    let card = &desk.card;
    let store = app.store();
    let services = store.services_at_desk(slug).await?;
    let hubs = store
        .theme_hubs(&card.themes, &card.region, &card.province)
        .await?
        .into_iter()
        .filter(|hub| hub.hub_slug != card.slug)
        .collect();
    Ok(Some(DeskView {
        slug: slug.to_owned(),
        view,
        services,
        hubs,
    }))
}
