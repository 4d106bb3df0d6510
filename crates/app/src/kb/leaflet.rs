//! A sheet's A4 leaflet (`/{lang}/{theme}/{slug}/volantino.pdf`): the published article in
//! the reader's language, the reader's local variant of each step first, and the QR code
//! of the live page, so that paper handed out at a desk always leads to the current text.
//! When the article is archived the QR code lands on the page saying it was withdrawn, with
//! what replaced it.
//!
//! Making one costs tens of milliseconds of CPU, so a made leaflet is kept in memory until
//! the published data changes (the stamp of the rendered-page cache), at most
//! `kb.leaflet_cache_bytes` of them; those made anew are limited per address and per node
//! (`kb.leaflets_per_*`), and made on the blocking threads, as many at a time as there are
//! cores.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};
use sportello_core::kb::{ReaderArea, Section};
use sportello_core::{Locale, Theme};
use sportello_print::kb::{Block, Leaflet, LeafletSection, LeafletStep, LocalVariant};
use sportello_print::Fonts;

use super::markdown::{to_blocks, to_text};
use super::public::{find, reader_area, Found, Published};
use crate::identity::RequestOrigin;
use crate::platform::rate_limit::RateLimiter;
use crate::{App, Error, Result};

/// The words a leaflet needs in the reader's language, from the web layer's catalogue.
pub trait Wording: Send + Sync {
    /// The message `id` (`kb-steps`, `kb-section-what`…).
    fn text(&self, id: &str) -> String;
    /// A date and time as the reader's language writes it.
    fn date(&self, at: DateTime<Utc>) -> String;
}

/// What a leaflet's address leads to.
#[derive(Debug, Clone)]
pub enum LeafletPage {
    Pdf {
        bytes: Arc<Vec<u8>>,
        /// `rinnovo-permesso-di-soggiorno-ar.pdf`
        filename: String,
    },
    /// As the sheet's page: archived, with what replaced it.
    Withdrawn {
        title: String,
        replaced_by: Option<(String, String, String)>,
    },
    /// Too many leaflets made for this address or this node: later.
    Limited,
}

/// The node's leaflet machinery: fonts, made leaflets, the limits.
#[derive(Debug)]
pub struct Leaflets {
    dirs: Vec<PathBuf>,
    fonts: tokio::sync::OnceCell<Arc<Fonts>>,
    made: Mutex<Made>,
    cap: usize,
    limiter: RateLimiter,
    permits: tokio::sync::Semaphore,
}

/// Made leaflets at one published-data stamp; a new stamp empties it.
#[derive(Debug, Default)]
struct Made {
    stamp: Arc<str>,
    pdfs: HashMap<String, Arc<Vec<u8>>>,
    bytes: usize,
}

impl Leaflets {
    pub fn new(settings: &crate::platform::settings::KbSettings) -> Self {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        Self {
            dirs: settings
                .leaflet_font_dirs
                .iter()
                .map(PathBuf::from)
                .collect(),
            fonts: tokio::sync::OnceCell::new(),
            made: Mutex::new(Made::default()),
            cap: usize::try_from(settings.leaflet_cache_bytes).unwrap_or(usize::MAX),
            limiter: RateLimiter::new(
                settings.leaflets_per_ip_per_hour,
                3600,
                settings.leaflets_per_minute,
                60,
            ),
            permits: tokio::sync::Semaphore::new(cores),
        }
    }

    /// The fonts, scanned the first time a leaflet is made (reading every font file once).
    async fn fonts(&self) -> Result<Arc<Fonts>> {
        self.fonts
            .get_or_try_init(|| async {
                let dirs = self.dirs.clone();
                tokio::task::spawn_blocking(move || Arc::new(Fonts::scan(&dirs)))
                    .await
                    .map_err(|e| Error::Print(format!("font scan: {e}")))
            })
            .await
            .cloned()
    }

    fn kept(&self, stamp: &Arc<str>, key: &str) -> Option<Arc<Vec<u8>>> {
        let made = self.made.lock().unwrap_or_else(PoisonError::into_inner);
        (made.stamp == *stamp)
            .then(|| made.pdfs.get(key).cloned())
            .flatten()
    }

    fn keep(&self, stamp: Arc<str>, key: String, pdf: Arc<Vec<u8>>) {
        let mut made = self.made.lock().unwrap_or_else(PoisonError::into_inner);
        if made.stamp != stamp || made.bytes + pdf.len() > self.cap {
            *made = Made {
                stamp,
                ..Made::default()
            };
        }
        if pdf.len() <= self.cap {
            made.bytes += pdf.len();
            made.pdfs.insert(key, pdf);
        }
    }
}

/// Which leaflet: the article, the reader's language and area (the desk they came from or
/// the province they chose, as on the sheet's page).
#[derive(Debug, Clone, Copy)]
pub struct LeafletRequest<'a> {
    pub theme: Theme,
    pub slug: &'a str,
    pub locale: Locale,
    pub desk: Option<&'a str>,
    pub province: Option<&'a str>,
}

/// The leaflet asked for, made for `origin` (whose address the limit counts; it is never
/// stored). `None` when there is no such published article.
pub async fn leaflet(
    app: &App,
    request: LeafletRequest<'_>,
    origin: &RequestOrigin,
    wording: &dyn Wording,
) -> Result<Option<LeafletPage>> {
    let LeafletRequest {
        theme,
        slug,
        locale,
        ..
    } = request;
    let area = &reader_area(app, request.desk, request.province).await?;
    let leaflets = app.leaflets();
    let stamp = app.directory().version().await?;
    let key = format!(
        "{}/{}/{slug}?{}&{}",
        locale.tag(),
        theme.slug(),
        area.province.as_deref().unwrap_or_default(),
        area.office.as_deref().unwrap_or_default()
    );
    let filename = format!("{slug}-{}.pdf", locale.tag());
    if let Some(bytes) = leaflets.kept(&stamp, &key) {
        return Ok(Some(LeafletPage::Pdf { bytes, filename }));
    }
    let published = match find(app, (theme, slug), locale).await? {
        None => return Ok(None),
        Some(Found::Withdrawn { title, replaced_by }) => {
            return Ok(Some(LeafletPage::Withdrawn { title, replaced_by }))
        }
        Some(Found::Article(p)) => *p,
    };
    if !leaflets
        .limiter
        .allow(&origin.ip, app.clock().now().timestamp())
    {
        return Ok(Some(LeafletPage::Limited));
    }
    let url = live_url(app, (theme, slug), locale, area);
    let links = Links {
        norms: app.store().article_citations(&published.record.id).await?,
        desks: app.store().article_desks(&published.record.id).await?,
    };
    let data = compose(&published, &links, (theme, locale, area), url, wording);
    let fonts = leaflets.fonts().await?;
    let _permit = leaflets
        .permits
        .acquire()
        .await
        .map_err(|e| Error::Print(e.to_string()))?;
    let pdf = tokio::task::spawn_blocking(move || data.render(&fonts))
        .await
        .map_err(|e| Error::Print(format!("leaflet task: {e}")))?
        .map_err(|e| Error::Print(e.to_string()))?;
    let bytes = Arc::new(pdf);
    leaflets.keep(stamp, key, bytes.clone());
    Ok(Some(LeafletPage::Pdf { bytes, filename }))
}

/// The live page the QR code leads to: the sheet in the reader's language, for their area.
fn live_url(app: &App, (theme, slug): (Theme, &str), locale: Locale, area: &ReaderArea) -> String {
    let base = app.settings().server.public_url.trim_end_matches('/');
    // Both come from the directory (a desk's slug, a parsed province code): URL-safe.
    let query = match (&area.office, &area.province) {
        (Some(office), _) => format!("?sportello={office}"),
        (None, Some(province)) => format!("?provincia={province}"),
        (None, None) => String::new(),
    };
    format!("{base}/{}/{}/{slug}{query}", locale.tag(), theme.slug())
}

/// What the article links to: the norms it cites, the desks that help.
struct Links {
    norms: Vec<super::NormRecord>,
    desks: Vec<(String, String)>,
}

/// The leaflet's data: the article's texts, the labels in the reader's language.
fn compose(
    p: &Published,
    links: &Links,
    (theme, locale, area): (Theme, Locale, &ReaderArea),
    url: String,
    w: &dyn Wording,
) -> Leaflet {
    let c = &p.content;
    let online = Block::Paragraph {
        text: c.online_url.clone(),
    };
    let section = |s: Section| {
        let mut blocks = to_blocks(c.sections.get(s));
        if s == Section::Where && !c.online_url.is_empty() {
            blocks.push(online.clone());
        }
        LeafletSection {
            heading: w.text(&format!("kb-section-{}", s.key())),
            blocks,
        }
    };
    let written: Vec<Section> = Section::WRITTEN
        .into_iter()
        .filter(|s| !c.sections.get(*s).trim().is_empty())
        .collect();
    let first = |s: &Section| matches!(s, Section::What | Section::Who | Section::How);
    let mut notices: Vec<String> = p
        .translation
        .iter()
        .map(|s| w.text(&format!("kb-tr-notice-{}", s.slug())))
        .collect();
    if p.record.legal_review {
        notices.push(w.text("kb-legal-review"));
    }
    // After the steps, in the Designers Italia order: where (with the online link), the
    // norms cited, more information and contacts; then the desks that help.
    let mut after: Vec<LeafletSection> = Vec::new();
    let mut pending = Vec::new();
    if !c.online_url.is_empty() && !written.contains(&Section::Where) {
        pending.push(LeafletSection {
            heading: w.text(&format!("kb-section-{}", Section::Where.key())),
            blocks: vec![online.clone()],
        });
    }
    if !links.norms.is_empty() {
        pending.push(LeafletSection {
            heading: w.text(&format!("kb-section-{}", Section::LegalBasis.key())),
            blocks: vec![Block::Bullets {
                items: links
                    .norms
                    .iter()
                    .map(|n| format!("{} ({})", n.title, n.url))
                    .collect(),
            }],
        });
    }
    for s in written.iter().filter(|s| !first(s)) {
        if matches!(s, Section::More | Section::Contacts) {
            after.append(&mut pending);
        }
        after.push(section(*s));
    }
    after.append(&mut pending);
    if !links.desks.is_empty() {
        after.push(LeafletSection {
            heading: w.text("kb-desks"),
            blocks: vec![Block::Bullets {
                items: links.desks.iter().map(|(_, name)| name.clone()).collect(),
            }],
        });
    }
    Leaflet {
        lang: locale.tag().to_owned(),
        text_lang: p.text_locale.tag().to_owned(),
        kicker: format!(
            "{} · {}",
            w.text(&format!("kb-kind-{}", p.record.kind)),
            w.text(&theme.message_id())
        ),
        title: c.title.clone(),
        summary: c.summary.clone(),
        owner_label: w.text("kb-owner"),
        hub: p.record.hub_name.clone(),
        notices,
        prerequisites_heading: w.text("kb-prerequisites"),
        prerequisites: c
            .prerequisites
            .iter()
            .map(|pr| w.text(&format!("kb-prereq-{}", pr.slug())))
            .collect(),
        before: written
            .iter()
            .filter(|s| first(s))
            .map(|s| section(*s))
            .collect(),
        steps_heading: w.text("kb-steps"),
        steps: c.steps.iter().map(|s| step(s, area, w)).collect(),
        after,
        url,
        scan: w.text("kb-leaflet-scan"),
        footer: format!(
            "{} · {}: {}",
            p.record.hub_name,
            w.text("kb-section-last_update"),
            w.date(p.version.created_at)
        ),
    }
}

fn step(s: &sportello_core::kb::Step, area: &ReaderArea, w: &dyn Wording) -> LeafletStep {
    let local = s.for_reader(area);
    let facts = [
        ("kb-step-who", &s.who),
        ("kb-step-where", &s.place),
        ("kb-step-cost", &s.cost),
        ("kb-step-time", &s.time),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(id, v)| (w.text(id), v.clone()))
    .chain((!s.bring.trim().is_empty()).then(|| {
        (
            w.text("kb-step-bring"),
            to_text(&s.bring).replace("\n\n", "; "),
        )
    }))
    .collect();
    let mut blocks = to_blocks(&s.text);
    if !local.others.is_empty() {
        blocks.push(Block::Heading {
            text: w.text("kb-variants-other"),
        });
        blocks.push(Block::Bullets {
            items: local
                .others
                .iter()
                .map(|v| format!("{}: {}", v.label, to_text(&v.text).replace("\n\n", " ")))
                .collect(),
        });
    }
    LeafletStep {
        title: s.title.clone(),
        local: local.yours.map(|v| {
            let mut blocks = to_blocks(&v.text);
            if !v.place.is_empty() {
                blocks.push(Block::Paragraph {
                    text: v.place.clone(),
                });
            }
            LocalVariant {
                label: w.text("kb-variant-yours"),
                name: v.label.clone(),
                blocks,
            }
        }),
        facts,
        blocks,
    }
}
