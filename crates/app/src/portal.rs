//! What the public portal's pages show.

use sportello_core::DeskLevel;
use sportello_store::{DeskFilter, DeskSummary, Store};

use crate::Result;

/// How many level-2 desks the home page previews before linking to the full list.
pub const HOME_DESK_PREVIEW: u32 = 12;
/// Desks per page in the full list.
pub const DESKS_PER_PAGE: u32 = 50;

#[derive(Debug, Clone)]
pub struct Home {
    pub hubs: Vec<DeskSummary>,
    pub specialist_desks: Vec<DeskSummary>,
    pub desk_count: u64,
}

pub async fn home(store: &Store) -> Result<Home> {
    let hubs = store
        .list_desks(
            &DeskFilter {
                level: Some(DeskLevel::Hub),
            },
            20,
            0,
        )
        .await?;
    let specialist_desks = store
        .list_desks(
            &DeskFilter {
                level: Some(DeskLevel::L2),
            },
            HOME_DESK_PREVIEW,
            0,
        )
        .await?;
    let desk_count = store.count_desks(&DeskFilter::default()).await?;
    Ok(Home {
        hubs,
        specialist_desks,
        desk_count,
    })
}

#[derive(Debug, Clone)]
pub struct DeskPage {
    pub desks: Vec<DeskSummary>,
    /// 1-based.
    pub page: u32,
    pub pages: u32,
    pub total: u64,
}

/// One page of every desk; a page past the end is clamped to the last one.
pub async fn desks(store: &Store, page: u32) -> Result<DeskPage> {
    let filter = DeskFilter::default();
    let total = store.count_desks(&filter).await?;
    let pages = u32::try_from(total.div_ceil(u64::from(DESKS_PER_PAGE)))
        .unwrap_or(u32::MAX)
        .max(1);
    let page = page.clamp(1, pages);
    let desks = store
        .list_desks(&filter, DESKS_PER_PAGE, (page - 1) * DESKS_PER_PAGE)
        .await?;
    Ok(DeskPage {
        desks,
        page,
        pages,
        total,
    })
}
