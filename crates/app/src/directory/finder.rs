//! The public desk finder: an in-memory snapshot of every public desk, reloaded when the
//! directory's version in the database changes, so that filters, "open now" and "nearest"
//! cost microseconds on either backend and every app node stays in step.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use chrono_tz::Europe::Rome;
use sportello_core::{Channel, DeskLevel, GeoPoint, LanguageCode, OpeningHours, Theme};
pub use sportello_store::DeskCard;
use sportello_store::{ServiceFilter, ServiceSearchData};

/// Desks per page of the finder.
pub const PER_PAGE: usize = 20;

/// The local time of the network (Italy), which opening hours are written in.
pub fn local_time(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&Rome).naive_local()
}

/// A desk with its hours parsed once, when the snapshot loads.
#[derive(Debug, Clone)]
pub struct PublicDesk {
    /// Position in the snapshot's list (for per-snapshot masks).
    index: usize,
    pub card: DeskCard,
    pub hours: Option<OpeningHours>,
    /// Each language and when it is spoken (`None`: whenever the desk is open).
    pub languages: Vec<(LanguageCode, Option<OpeningHours>)>,
}

impl PublicDesk {
    fn new(index: usize, card: DeskCard) -> Self {
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
            index,
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

/// The clock time at which an interval ends within a day ending at `day_end`: one that
/// runs to midnight ends at 24:00, shown as 23:59.
pub fn end_time(end: NaiveDateTime, day_end: NaiveDateTime) -> NaiveTime {
    if end >= day_end {
        NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(NaiveTime::MIN)
    } else {
        end.time()
    }
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
                .map(|(from, to)| (from.time(), end_time(to, end)))
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

/// Every service's searchable text and filter keys, in id order: the HSDS API's
/// `/services?search=` scans this (a few megabytes at 50,000 services) instead of asking the
/// database to match substrings, then reads only the page's services by id.
#[derive(Debug, Default)]
pub struct ServiceIndex {
    entries: Vec<ServiceEntry>,
    term_taxonomy: HashMap<String, String>,
}

#[derive(Debug)]
struct ServiceEntry {
    id: String,
    /// Name, alternate name and description, lower-cased, one per line.
    text: String,
    organization_id: Option<String>,
    modified: Option<DateTime<Utc>>,
    terms: Vec<String>,
}

/// HSDS `last_modified` (an RFC 3339 date-time, or a date) as an instant.
fn parse_modified(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .map(|d| d.and_time(NaiveTime::MIN).and_utc())
        })
}

impl ServiceIndex {
    pub fn new(data: ServiceSearchData) -> Self {
        let mut terms: HashMap<String, Vec<String>> = HashMap::new();
        for (service, term) in data.service_terms {
            terms.entry(service).or_default().push(term);
        }
        let entries = data
            .services
            .into_iter()
            .map(|row| {
                let mut text = row.name.to_lowercase();
                for part in [&row.alternate_name, &row.description]
                    .into_iter()
                    .flatten()
                {
                    text.push('\n');
                    text.push_str(&part.to_lowercase());
                }
                ServiceEntry {
                    terms: terms.remove(&row.id).unwrap_or_default(),
                    modified: row.last_modified.as_deref().and_then(parse_modified),
                    organization_id: row.organization_id,
                    text,
                    id: row.id,
                }
            })
            .collect();
        let term_taxonomy = data
            .term_taxonomies
            .into_iter()
            .filter_map(|(term, taxonomy)| taxonomy.map(|t| (term, t)))
            .collect();
        Self {
            entries,
            term_taxonomy,
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The services matching `filter` (its `search` case-insensitively in name, alternate
    /// name or description), in id order: how many in all, and the ids of `offset..offset+limit`.
    pub fn search(
        &self,
        filter: &ServiceFilter,
        offset: usize,
        limit: usize,
    ) -> (usize, Vec<String>) {
        let needle = filter.search.as_deref().map(str::to_lowercase);
        let mut total = 0;
        let mut page = Vec::new();
        for entry in &self.entries {
            let matches = needle.as_deref().is_none_or(|n| entry.text.contains(n))
                && filter
                    .organization_id
                    .as_deref()
                    .is_none_or(|o| entry.organization_id.as_deref() == Some(o))
                && filter
                    .taxonomy_term_id
                    .as_deref()
                    .is_none_or(|t| entry.terms.iter().any(|term| term == t))
                && filter.taxonomy_id.as_deref().is_none_or(|taxonomy| {
                    entry.terms.iter().any(|term| {
                        self.term_taxonomy.get(term).map(String::as_str) == Some(taxonomy)
                    })
                })
                && filter
                    .modified_after
                    .is_none_or(|after| entry.modified.is_some_and(|m| m >= after));
            if matches {
                if total >= offset && page.len() < limit {
                    page.push(entry.id.clone());
                }
                total += 1;
            }
        }
        (total, page)
    }
}

/// Every public desk, in list order (hubs, level 2, level 1; comune, name).
#[derive(Debug, Default)]
pub struct Snapshot {
    pub desks: Vec<PublicDesk>,
    /// Every service, for the API's search.
    pub services: ServiceIndex,
    by_slug: HashMap<String, usize>,
    pub comuni: Vec<Comune>,
    pub provinces: Vec<String>,
    pub languages: Vec<LanguageCode>,
    /// "Open now" per minute and language (see `open_mask`).
    open_cache: Mutex<OpenCache>,
}

type OpenCache = HashMap<Option<LanguageCode>, (NaiveDateTime, Arc<Vec<bool>>)>;

impl Snapshot {
    pub fn new(cards: Vec<DeskCard>) -> Self {
        Self::with_services(cards, ServiceIndex::default())
    }

    pub fn with_services(cards: Vec<DeskCard>, services: ServiceIndex) -> Self {
        let desks: Vec<PublicDesk> = cards
            .into_iter()
            .enumerate()
            .map(|(i, card)| PublicDesk::new(i, card))
            .collect();
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
            open_cache: Mutex::new(HashMap::new()),
            desks,
            services,
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
        let open = query
            .open_now
            .then(|| self.open_mask(local, query.language.as_ref()));
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
            .filter(move |d| !query.open_now || open.as_ref().is_some_and(|mask| mask[d.index]))
    }

    /// Which desks are open at `local` (and speak `language` then, when given): evaluated
    /// once per minute and language, since opening hours change on the minute at most.
    fn open_mask(&self, local: NaiveDateTime, language: Option<&LanguageCode>) -> Arc<Vec<bool>> {
        let minute = local
            .with_second(0)
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(local);
        let key = language.cloned();
        let mut cache = self
            .open_cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((at, mask)) = cache.get(&key) {
            if *at == minute {
                return mask.clone();
            }
        }
        let mask: Arc<Vec<bool>> = Arc::new(
            self.desks
                .iter()
                .map(|d| d.open_now_speaking(minute, language))
                .collect(),
        );
        // A handful of languages at most: the cache stays small.
        cache.insert(key, (minute, mask.clone()));
        mask
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
                // Filled in for the shown page only: the next change is the costly part.
                open: OpenState::Unknown,
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
            .map(|hit| Hit {
                open: hit.desk.open_state(local),
                ..hit
            })
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
    fn service_search_matches_text_and_filters_in_id_order() {
        use sportello_store::{ServiceSearchData, ServiceSearchRow};
        let row = |id: &str, name: &str, org: &str, modified: Option<&str>| ServiceSearchRow {
            id: id.into(),
            organization_id: Some(org.into()),
            name: name.into(),
            alternate_name: None,
            description: Some("Aiuto per il PERMESSO di soggiorno".into()),
            last_modified: modified.map(Into::into),
        };
        let index = ServiceIndex::new(ServiceSearchData {
            services: vec![
                row("a", "Rinnovo", "o1", Some("2026-01-01T00:00:00Z")),
                row("b", "Più informazioni", "o2", Some("2026-06-01")),
                row("c", "Altro", "o1", None),
            ],
            service_terms: vec![("b".into(), "t1".into())],
            term_taxonomies: vec![("t1".into(), Some("tax".into()))],
        });
        let find = |filter: ServiceFilter, offset, limit| index.search(&filter, offset, limit);
        let search = |s: &str| ServiceFilter {
            search: Some(s.into()),
            ..ServiceFilter::default()
        };
        assert_eq!(
            find(search("permesso"), 0, 10),
            (3, vec!["a".into(), "b".into(), "c".into()])
        );
        assert_eq!(
            find(search("permesso"), 1, 1),
            (3, vec!["b".into()]),
            "paged"
        );
        assert_eq!(
            find(search("PIÙ"), 0, 10).0,
            1,
            "case-insensitive beyond ASCII"
        );
        assert_eq!(find(search("%"), 0, 10).0, 0, "no wildcards");
        let org = ServiceFilter {
            organization_id: Some("o1".into()),
            ..search("permesso")
        };
        assert_eq!(find(org, 0, 10).1, vec!["a".to_owned(), "c".into()]);
        let taxonomy = ServiceFilter {
            taxonomy_id: Some("tax".into()),
            ..search("permesso")
        };
        assert_eq!(find(taxonomy, 0, 10).1, vec!["b".to_owned()]);
        let recent = ServiceFilter {
            modified_after: Some("2026-03-01T00:00:00Z".parse().unwrap()),
            ..search("permesso")
        };
        assert_eq!(
            find(recent, 0, 10).1,
            vec!["b".to_owned()],
            "dates count as midnight UTC"
        );
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
