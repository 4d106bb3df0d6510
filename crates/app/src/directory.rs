//! The public desk finder: an in-memory snapshot of every public desk, reloaded when the
//! directory's version in the database changes, so that filters, "open now" and "nearest"
//! cost microseconds on either backend and every app node stays in step.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Europe::Rome;
use sportello_core::{Channel, DeskLevel, GeoPoint, LanguageCode, OpeningHours, Theme};
use sportello_store::{DeskCard, Store};

use crate::Result;

/// Desks per page of the finder.
pub const PER_PAGE: usize = 20;

/// The local time of the network (Italy), which opening hours are written in.
pub fn local_time(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&Rome).naive_local()
}

/// A desk with its hours parsed once, when the snapshot loads.
#[derive(Debug, Clone)]
pub struct PublicDesk {
    pub card: DeskCard,
    pub hours: Option<OpeningHours>,
    /// Each language and when it is spoken (`None`: whenever the desk is open).
    pub languages: Vec<(LanguageCode, Option<OpeningHours>)>,
}

impl PublicDesk {
    fn new(card: DeskCard) -> Self {
        // Stored hours were validated on the way in; one that no longer parses (a newer
        // syntax, a hand edit) is shown as "hours not known" rather than failing the page.
        let hours = card
            .opening_hours
            .as_deref()
            .and_then(|h| OpeningHours::parse(h).ok());
        let languages = card
            .languages
            .iter()
            .map(|(code, h)| {
                (
                    code.clone(),
                    h.as_deref().and_then(|h| OpeningHours::parse(h).ok()),
                )
            })
            .collect();
        Self {
            card,
            hours,
            languages,
        }
    }

    pub fn open_state(&self, local: NaiveDateTime) -> OpenState {
        match &self.hours {
            None => OpenState::Unknown,
            Some(hours) => {
                let next = hours.next_change(local);
                if hours.is_open(local) {
                    OpenState::Open { until: next }
                } else {
                    OpenState::Closed { opens: next }
                }
            }
        }
    }

    pub fn speaks(&self, language: &LanguageCode) -> bool {
        self.languages.iter().any(|(code, _)| code == language)
    }

    /// Whether the desk is open now and, when a language is asked, whether that language is
    /// spoken now.
    fn open_now_speaking(&self, local: NaiveDateTime, language: Option<&LanguageCode>) -> bool {
        let Some(hours) = &self.hours else {
            return false;
        };
        if !hours.is_open(local) {
            return false;
        }
        match language {
            None => true,
            Some(wanted) => self.languages.iter().any(|(code, slot)| {
                code == wanted && slot.as_ref().is_none_or(|s| s.is_open(local))
            }),
        }
    }

    /// The seven days of the week that holds `local`, Monday first, with their open
    /// intervals (holidays and exceptions applied).
    pub fn week(&self, local: NaiveDateTime) -> Option<Vec<Day>> {
        let hours = self.hours.as_ref()?;
        Some(week_of(hours, local))
    }
}

/// One day of a desk's week.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    pub today: bool,
    pub intervals: Vec<(NaiveTime, NaiveTime)>,
}

pub fn week_of(hours: &OpeningHours, local: NaiveDateTime) -> Vec<Day> {
    let today = local.date();
    let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    (0..7)
        .map(|offset| {
            let date = monday + Days::new(offset);
            let start = date.and_time(NaiveTime::MIN);
            let end = start + chrono::Duration::days(1);
            let intervals = hours
                .open_intervals(start, end)
                .into_iter()
                .map(|(from, to)| {
                    // An interval that runs to midnight ends at 24:00, shown as 23:59.
                    let to = if to >= end {
                        NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(NaiveTime::MIN)
                    } else {
                        to.time()
                    };
                    (from.time(), to)
                })
                .collect();
            Day {
                date,
                today: date == today,
                intervals,
            }
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    Open { until: Option<NaiveDateTime> },
    Closed { opens: Option<NaiveDateTime> },
    Unknown,
}

/// A comune the finder knows, with the centre of its public desks (for "nearest to").
#[derive(Debug, Clone)]
pub struct Comune {
    pub name: String,
    pub province: String,
    pub centre: GeoPoint,
}

/// Every public desk, in list order (hubs, level 2, level 1; comune, name).
#[derive(Debug, Default)]
pub struct Snapshot {
    pub desks: Vec<PublicDesk>,
    by_slug: HashMap<String, usize>,
    pub comuni: Vec<Comune>,
    pub provinces: Vec<String>,
    pub languages: Vec<LanguageCode>,
}

impl Snapshot {
    pub fn new(cards: Vec<DeskCard>) -> Self {
        let desks: Vec<PublicDesk> = cards.into_iter().map(PublicDesk::new).collect();
        let by_slug = desks
            .iter()
            .enumerate()
            .map(|(i, d)| (d.card.slug.clone(), i))
            .collect();
        let mut sums: HashMap<(String, String), (f64, f64, u32)> = HashMap::new();
        let mut provinces = Vec::new();
        let mut languages = Vec::new();
        for desk in &desks {
            if let Some(point) = desk.card.point {
                let entry = sums
                    .entry((desk.card.comune.clone(), desk.card.province.clone()))
                    .or_default();
                entry.0 += point.latitude;
                entry.1 += point.longitude;
                entry.2 += 1;
            }
            provinces.push(desk.card.province.clone());
            languages.extend(desk.languages.iter().map(|(code, _)| code.clone()));
        }
        let mut comuni: Vec<Comune> = sums
            .into_iter()
            .filter_map(|((name, province), (lat, lon, n))| {
                let n = f64::from(n);
                GeoPoint::new(lat / n, lon / n).ok().map(|centre| Comune {
                    name,
                    province,
                    centre,
                })
            })
            .collect();
        comuni.sort_by(|a, b| a.name.cmp(&b.name));
        provinces.sort();
        provinces.dedup();
        provinces.retain(|p| !p.is_empty());
        languages.sort();
        languages.dedup();
        Self {
            desks,
            by_slug,
            comuni,
            provinces,
            languages,
        }
    }

    pub fn desk(&self, slug: &str) -> Option<&PublicDesk> {
        self.by_slug.get(slug).map(|&i| &self.desks[i])
    }

    /// A comune by name, ignoring case and accents' absence is not attempted: the form offers
    /// the known names as suggestions.
    pub fn comune(&self, name: &str) -> Option<&Comune> {
        let name = name.trim();
        self.comuni
            .iter()
            .find(|c| c.name.to_lowercase() == name.to_lowercase())
    }

    /// Every desk matching the query's filters, in list order (no paging, no distance).
    pub fn find_all<'a: 'q, 'q>(
        &'a self,
        query: &'q FinderQuery,
        local: NaiveDateTime,
    ) -> impl Iterator<Item = &'a PublicDesk> + 'q {
        let comune = query
            .comune
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty());
        self.desks
            .iter()
            .filter(move |d| comune.is_none_or(|c| d.card.comune.eq_ignore_ascii_case(c)))
            .filter(|d| {
                query
                    .province
                    .as_deref()
                    .is_none_or(|p| d.card.province.eq_ignore_ascii_case(p))
            })
            .filter(|d| query.theme.is_none_or(|t| d.card.themes.contains(&t)))
            .filter(|d| query.level.is_none_or(|l| d.card.level == l))
            .filter(|d| query.channel.is_none_or(|c| d.card.channels.contains(&c)))
            .filter(|d| query.language.as_ref().is_none_or(|l| d.speaks(l)))
            .filter(move |d| !query.open_now || d.open_now_speaking(local, query.language.as_ref()))
    }

    /// Runs a finder query. `local` is the network's local time, for "open now".
    pub fn find(&self, query: &FinderQuery, local: NaiveDateTime) -> Found<'_> {
        let mut unknown_comune = false;
        let origin = match &query.near {
            None => None,
            Some(Near::Point(point)) => Some(*point),
            Some(Near::Comune(name)) => {
                let found = self.comune(name).map(|c| c.centre);
                unknown_comune = found.is_none();
                found
            }
        };
        let mut hits: Vec<Hit<'_>> = self
            .find_all(query, local)
            .map(|desk| Hit {
                desk,
                distance_km: origin.and_then(|o| desk.card.point.map(|p| o.distance_km(p))),
                open: desk.open_state(local),
            })
            .collect();
        if origin.is_some() {
            // Nearest first; desks without a public position (sensitive) go last.
            hits.sort_by(|a, b| match (a.distance_km, b.distance_km) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            });
        }
        let total = hits.len();
        let pages = total.div_ceil(PER_PAGE).max(1);
        let page = query.page.clamp(1, pages);
        let shown = hits
            .into_iter()
            .skip((page - 1) * PER_PAGE)
            .take(PER_PAGE)
            .collect();
        Found {
            hits: shown,
            total,
            page,
            pages,
            unknown_comune,
            origin,
        }
    }
}

/// Where "nearest" is measured from.
#[derive(Debug, Clone, PartialEq)]
pub enum Near {
    Point(GeoPoint),
    Comune(String),
}

/// What a person asked the finder. Built by the web layer from the query string.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FinderQuery {
    pub comune: Option<String>,
    pub province: Option<String>,
    pub theme: Option<Theme>,
    pub level: Option<DeskLevel>,
    pub language: Option<LanguageCode>,
    pub channel: Option<Channel>,
    pub open_now: bool,
    pub near: Option<Near>,
    /// 1-based; clamped to the pages there are.
    pub page: usize,
}

#[derive(Debug)]
pub struct Hit<'a> {
    pub desk: &'a PublicDesk,
    pub distance_km: Option<f64>,
    pub open: OpenState,
}

#[derive(Debug)]
pub struct Found<'a> {
    pub hits: Vec<Hit<'a>>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    /// "Nearest to" named a comune the directory does not know.
    pub unknown_comune: bool,
    pub origin: Option<GeoPoint>,
}

/// The shared, self-refreshing snapshot.
#[derive(Debug)]
pub struct Directory {
    store: Store,
    /// How long a node trusts its snapshot before asking the database for the version.
    check_every: Duration,
    state: RwLock<Loaded>,
    reload: tokio::sync::Mutex<()>,
}

#[derive(Debug)]
struct Loaded {
    version: Option<String>,
    checked: Option<Instant>,
    snapshot: Arc<Snapshot>,
}

impl Directory {
    pub fn new(store: Store, check_every: Duration) -> Self {
        Self {
            store,
            check_every,
            state: RwLock::new(Loaded {
                version: None,
                checked: None,
                snapshot: Arc::new(Snapshot::default()),
            }),
            reload: tokio::sync::Mutex::new(()),
        }
    }

    /// The current snapshot, reloaded first if the directory changed.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>> {
        if let Some(fresh) = self.fresh() {
            return Ok(fresh);
        }
        // One reload at a time; the others wait and then find it fresh.
        let _guard = self.reload.lock().await;
        if let Some(fresh) = self.fresh() {
            return Ok(fresh);
        }
        let version = self.store.directory_version().await?;
        let current = self.read_state(|s| s.version.clone());
        if current.as_deref() != Some(version.as_str()) {
            let snapshot = Arc::new(Snapshot::new(self.store.public_desk_cards().await?));
            let mut state = self
                .state
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            state.snapshot = snapshot;
            state.version = Some(version);
        }
        let mut state = self
            .state
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        state.checked = Some(Instant::now());
        Ok(state.snapshot.clone())
    }

    fn fresh(&self) -> Option<Arc<Snapshot>> {
        self.read_state(|s| match s.checked {
            Some(at) if at.elapsed() < self.check_every => Some(s.snapshot.clone()),
            _ => None,
        })
    }

    fn read_state<T>(&self, f: impl FnOnce(&Loaded) -> T) -> T {
        f(&self
            .state
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(slug: &str, level: DeskLevel, comune: &str, point: Option<(f64, f64)>) -> DeskCard {
        DeskCard {
            id: slug.into(),
            slug: slug.into(),
            name: format!("Desk {slug}"),
            level,
            organisation_slug: "org".into(),
            organisation_name: "Org".into(),
            comune: comune.into(),
            province: "BO".into(),
            region: "Emilia-Romagna".into(),
            address: point.map(|_| "Via 1".into()),
            postcode: None,
            point: point.map(|(a, b)| GeoPoint::new(a, b).unwrap()),
            phone: None,
            email: None,
            description: None,
            accessibility: None,
            opening_hours: Some("Mo-Fr 09:00-13:00; PH off".into()),
            themes: vec![Theme::Salute],
            languages: vec![
                (LanguageCode::parse("it").unwrap(), None),
                (
                    LanguageCode::parse("ar").unwrap(),
                    Some("Tu 09:00-11:00".into()),
                ),
            ],
            channels: vec![Channel::InPerson],
            by_appointment: false,
            sensitive: point.is_none(),
            invented: true,
            verified_on: None,
            updated_at: Utc::now(),
        }
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn open_now_respects_the_language_slot() {
        let snap = Snapshot::new(vec![card(
            "a",
            DeskLevel::L2,
            "Bologna",
            Some((44.5, 11.3)),
        )]);
        let arabic = FinderQuery {
            language: Some(LanguageCode::parse("ar").unwrap()),
            open_now: true,
            ..FinderQuery::default()
        };
        // Tuesday 24 November 2026, 10:00: open, and Arabic is spoken.
        assert_eq!(snap.find(&arabic, at("2026-11-24 10:00")).total, 1);
        // Tuesday 12:00: open, but Arabic's slot is over.
        assert_eq!(snap.find(&arabic, at("2026-11-24 12:00")).total, 0);
        // 8 December (Immacolata, a public holiday, a Tuesday): closed.
        assert_eq!(snap.find(&arabic, at("2026-12-08 10:00")).total, 0);
    }

    #[test]
    fn nearest_sorts_by_distance_and_puts_hidden_positions_last() {
        let snap = Snapshot::new(vec![
            card("far", DeskLevel::Hub, "Rimini", Some((44.06, 12.57))),
            card("hidden", DeskLevel::L2, "Bologna", None),
            card("near", DeskLevel::L1, "Modena", Some((44.65, 10.93))),
        ]);
        let query = FinderQuery {
            near: Some(Near::Point(GeoPoint::new(44.64, 10.92).unwrap())),
            ..FinderQuery::default()
        };
        let found = snap.find(&query, at("2026-11-24 10:00"));
        let order: Vec<_> = found
            .hits
            .iter()
            .map(|h| h.desk.card.slug.as_str())
            .collect();
        assert_eq!(order, ["near", "far", "hidden"]);
        assert!(found.hits[0].distance_km.unwrap() < 2.0);

        let by_name = FinderQuery {
            near: Some(Near::Comune("rimini".into())),
            ..FinderQuery::default()
        };
        let found = snap.find(&by_name, at("2026-11-24 10:00"));
        assert_eq!(found.hits[0].desk.card.slug, "far");
        let unknown = FinderQuery {
            near: Some(Near::Comune("Atlantide".into())),
            ..FinderQuery::default()
        };
        assert!(snap.find(&unknown, at("2026-11-24 10:00")).unknown_comune);
    }

    #[test]
    fn week_marks_today_and_holidays() {
        let snap = Snapshot::new(vec![card(
            "a",
            DeskLevel::L2,
            "Bologna",
            Some((44.5, 11.3)),
        )]);
        let week = snap
            .desk("a")
            .unwrap()
            .week(at("2026-12-08 10:00"))
            .unwrap();
        assert_eq!(week.len(), 7);
        assert_eq!(week[0].date, NaiveDate::from_ymd_opt(2026, 12, 7).unwrap());
        assert!(week[1].today);
        assert!(week[1].intervals.is_empty(), "8 December is a holiday");
        assert_eq!(week[0].intervals.len(), 1);
        assert!(week[5].intervals.is_empty() && week[6].intervals.is_empty());
    }

    #[test]
    fn pages_are_clamped() {
        let cards = (0..45)
            .map(|i| {
                card(
                    &format!("d{i}"),
                    DeskLevel::L1,
                    "Bologna",
                    Some((44.5, 11.3)),
                )
            })
            .collect();
        let snap = Snapshot::new(cards);
        let query = FinderQuery {
            page: 99,
            ..FinderQuery::default()
        };
        let found = snap.find(&query, at("2026-11-24 10:00"));
        assert_eq!((found.page, found.pages, found.hits.len()), (3, 3, 5));
    }
}
