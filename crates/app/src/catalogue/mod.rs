//! Services: the online-services catalogue (SerTo) and the service cards. (The demo's
//! services are seeded by `crate::demo::services`.)

pub mod editing;

use chrono::{Datelike, NaiveDate};
use sportello_core::Slug;

pub use sportello_store::{CatalogueCategory, CatalogueEntry, CostOption, Login, ServiceRecord};

use crate::{App, Result};

/// One category of the catalogue with its services, in catalogue order.
#[derive(Debug, Clone)]
pub struct CatalogueGroup {
    pub category: CatalogueCategory,
    pub services: Vec<CatalogueEntry>,
}

/// The online-services catalogue, grouped by category; empty categories are left out.
pub async fn online_catalogue(app: &App) -> Result<Vec<CatalogueGroup>> {
    let entries = app.store().online_catalogue().await?;
    let mut groups: Vec<CatalogueGroup> = Vec::new();
    for entry in entries {
        match groups.last_mut() {
            Some(group) if group.category == entry.category => group.services.push(entry),
            _ => groups.push(CatalogueGroup {
                category: entry.category,
                services: vec![entry],
            }),
        }
    }
    Ok(groups)
}

/// A calendar date in Europe/Rome, split for per-locale formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl LocalDate {
    pub fn from_date(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            month: date.month(),
            day: date.day(),
        }
    }

    /// ISO 8601 (`2026-11-23`), for `<time datetime>`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A service page: the record and the date of its last update in Europe/Rome.
#[derive(Debug, Clone)]
pub struct ServicePage {
    pub service: ServiceRecord,
    pub updated_on: LocalDate,
}

/// One service by slug; `None` when there is no such (active) service.
pub async fn service_page(app: &App, slug: &str) -> Result<Option<ServicePage>> {
    let store = app.store();
    // A slug that cannot exist needs no query.
    if Slug::parse(slug).is_err() {
        return Ok(None);
    }
    let Some(service) = store.service_record(slug).await? else {
        return Ok(None);
    };
    let updated_on = LocalDate::from_date(
        service
            .updated_at
            .with_timezone(&chrono_tz::Europe::Rome)
            .date_naive(),
    );
    Ok(Some(ServicePage {
        service,
        updated_on,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_dates_print_as_iso() {
        let d = LocalDate::from_date(NaiveDate::from_ymd_opt(2026, 3, 7).unwrap());
        assert_eq!(d.iso(), "2026-03-07");
    }
}
