//! What the public portal's pages show.

use sportello_core::DeskLevel;

use crate::directory::{PublicDesk, Snapshot};

/// How many level-2 desks the home page previews before linking to the finder.
pub const HOME_DESK_PREVIEW: usize = 12;

#[derive(Debug, Clone)]
pub struct Home<'a> {
    pub hubs: Vec<&'a PublicDesk>,
    pub specialist_desks: Vec<&'a PublicDesk>,
    pub desk_count: usize,
}

pub fn home(snapshot: &Snapshot) -> Home<'_> {
    let of_level = |level| snapshot.desks.iter().filter(move |d| d.card.level == level);
    Home {
        hubs: of_level(DeskLevel::Hub).take(20).collect(),
        specialist_desks: of_level(DeskLevel::L2).take(HOME_DESK_PREVIEW).collect(),
        desk_count: snapshot.desks.len(),
    }
}
