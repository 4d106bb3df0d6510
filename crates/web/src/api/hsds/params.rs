//! Query parameters.

use chrono::{DateTime, Utc};
use sportello_app::hsds::{
    Nesting, Paging, ServiceAtLocationFilter, ServiceFilter, TaxonomyTermFilter,
};

use super::{DEFAULT_PER_PAGE, MAX_FULL_PER_PAGE, MAX_PER_PAGE, MAX_PROXIMITY_M};
use crate::api::respond::ApiError;

/// The decoded query string. A parameter given twice counts with its first value; an empty
/// value counts as absent; parameters this API does not know are ignored.
#[derive(Debug)]
pub(super) struct Params(Vec<(String, String)>);

impl Params {
    pub(super) fn new(raw: Option<&str>) -> Self {
        Self(
            form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .into_owned()
                .collect(),
        )
    }

    pub(super) fn text(&self, name: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }

    pub(super) fn flag(&self, name: &'static str) -> Result<bool, ApiError> {
        match self.text(name).as_deref() {
            None | Some("false") => Ok(false),
            Some("true") => Ok(true),
            Some(_) => Err(ApiError::invalid(name, "must be true or false")),
        }
    }

    pub(super) fn paging(&self) -> Result<Paging, ApiError> {
        let page = match self.text("page") {
            None => 1,
            Some(v) => v
                .parse::<u32>()
                .ok()
                .filter(|p| *p >= 1)
                .ok_or(ApiError::invalid("page", "must be a whole number from 1"))?,
        };
        let per_page = match self.text("per_page") {
            None => DEFAULT_PER_PAGE,
            Some(v) => v
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=MAX_PER_PAGE).contains(n))
                .ok_or(ApiError::invalid(
                    "per_page",
                    "must be a whole number from 1 to 100",
                ))?,
        };
        Ok(Paging { page, per_page })
    }

    /// [`Self::paging`] for a list in `nesting`: fully nested objects (an organization with
    /// its services, locations and their children) are large, so such a page holds at most
    /// [`MAX_FULL_PER_PAGE`] (the default then), and more is refused like any page too big.
    pub(super) fn paging_for(&self, nesting: Nesting) -> Result<Paging, ApiError> {
        if nesting == Nesting::List {
            return self.paging();
        }
        let asked = self.text("per_page");
        let paging = self.paging()?;
        match asked {
            None => Ok(Paging {
                per_page: MAX_FULL_PER_PAGE,
                ..paging
            }),
            Some(_) if paging.per_page > MAX_FULL_PER_PAGE => Err(ApiError::invalid(
                "per_page",
                "with full=true, must be a whole number from 1 to 20",
            )),
            Some(_) => Ok(paging),
        }
    }

    /// Only JSON pages are served (`ndjson` streaming is not offered).
    pub(super) fn format(&self) -> Result<(), ApiError> {
        match self.text("format").as_deref() {
            None | Some("json") => Ok(()),
            Some(_) => Err(ApiError::invalid("format", "only json is supported")),
        }
    }

    pub(super) fn nesting(&self) -> Result<Nesting, ApiError> {
        Ok(if self.flag("full")? {
            Nesting::Full
        } else {
            Nesting::List
        })
    }

    pub(super) fn service_filter(&self) -> Result<ServiceFilter, ApiError> {
        let modified_after = match self.text("modified_after") {
            None => None,
            Some(v) => Some(
                DateTime::parse_from_rfc3339(&v)
                    .map_err(|_| {
                        ApiError::invalid(
                            "modified_after",
                            "must be an RFC 3339 date-time, e.g. 2026-01-31T09:00:00Z",
                        )
                    })?
                    .with_timezone(&Utc),
            ),
        };
        Ok(ServiceFilter {
            search: self.text("search"),
            taxonomy_term_id: self.text("taxonomy_term_id"),
            taxonomy_id: self.text("taxonomy_id"),
            organization_id: self.text("organization_id"),
            modified_after,
        })
    }

    /// The service filter, and where: a postcode, alone or with a `proximity` around it.
    pub(super) fn service_at_location_filter(&self) -> Result<ServiceAtLocationFilter, ApiError> {
        let postcode = self.text("postcode");
        let proximity_m = match self.text("proximity") {
            None => None,
            Some(v) => Some(
                v.parse::<f64>()
                    .ok()
                    .filter(|m| m.is_finite() && *m > 0.0 && *m <= MAX_PROXIMITY_M)
                    .ok_or(ApiError::invalid(
                        "proximity",
                        "must be a distance in metres, above 0 and at most 1000000",
                    ))?,
            ),
        };
        if proximity_m.is_some() && postcode.is_none() {
            return Err(ApiError::invalid(
                "proximity",
                "needs a postcode to measure from",
            ));
        }
        Ok(ServiceAtLocationFilter {
            service: self.service_filter()?,
            postcode,
            proximity_m,
        })
    }

    pub(super) fn taxonomy_term_filter(&self) -> Result<TaxonomyTermFilter, ApiError> {
        Ok(TaxonomyTermFilter {
            search: self.text("search"),
            taxonomy_id: self.text("taxonomy_id"),
            parent_id: self.text("parent_id"),
            top_only: self.flag("top_only")?,
        })
    }
}
