//! One query per API operation: the services, organizations, service_at_locations,
//! taxonomies and taxonomy terms the HSDS API serves.

use super::sql::{push_search, push_service_filter, select_list, sensitive, Bind, Clause};
use super::trees::{
    catalogue, Nest, ORGANIZATION_FULL, ORGANIZATION_FULL_SERVICES, SAL_FULL, SAL_LIST,
    SERVICE_FULL, SERVICE_LIST, TAXONOMY, TAXONOMY_TERM, TAXONOMY_TERM_LIST,
};
use super::{
    HsdsObject, HsdsPage, Nesting, Paging, ServiceAtLocationFilter, ServiceFilter,
    TaxonomyTermFilter,
};
use crate::{read, Result, Store};

impl Store {
    /// `/services`: services matching `filter`, by id.
    pub async fn hsds_services(
        &self,
        filter: &ServiceFilter,
        paging: Paging,
        nesting: Nesting,
    ) -> Result<HsdsPage> {
        let mut clause = Clause::default();
        push_service_filter(&mut clause, self.backend(), filter, "t");
        let tree = match nesting {
            Nesting::List => SERVICE_LIST,
            Nesting::Full => SERVICE_FULL,
        };
        self.hsds_page("services", "", &mut clause, "t.id", paging, tree)
            .await
    }

    /// The services with these ids, in id order, nested as `nesting` says: the page a search
    /// resolved elsewhere (the in-memory service index) turns into HSDS objects here.
    pub async fn hsds_services_with_ids(
        &self,
        ids: &[String],
        nesting: Nesting,
    ) -> Result<Vec<HsdsObject>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut clause = Clause::default();
        let placeholders = ids
            .iter()
            .map(|id| clause.bind(Bind::Text(id.clone())))
            .collect::<Vec<_>>()
            .join(", ");
        clause.push(format!("t.id IN ({placeholders})"));
        let table = catalogue("services");
        let sql = format!(
            "SELECT {} FROM services t {} ORDER BY t.id",
            select_list(table, "t"),
            clause.sql()
        );
        let mut contents = self.hsds_objects(table, &sql, &clause.binds).await?;
        let tree = match nesting {
            Nesting::List => SERVICE_LIST,
            Nesting::Full => SERVICE_FULL,
        };
        self.hsds_expand(&mut contents, tree).await?;
        Ok(contents)
    }

    /// `/services/{id}`: the fully nested service.
    pub async fn hsds_service(&self, id: &str) -> Result<Option<HsdsObject>> {
        self.hsds_one("services", id, SERVICE_FULL).await
    }

    /// `/organizations`: organizations whose name, alternate name or description match.
    pub async fn hsds_organizations(
        &self,
        search: Option<&str>,
        paging: Paging,
        nesting: Nesting,
    ) -> Result<HsdsPage> {
        let mut clause = Clause::default();
        if let Some(term) = search {
            push_search(
                &mut clause,
                self.backend(),
                "t",
                &["name", "alternate_name", "description"],
                term,
            );
        }
        let tree: &'static [Nest] = match nesting {
            Nesting::List => &[],
            Nesting::Full => &ORGANIZATION_FULL,
        };
        self.hsds_page("organizations", "", &mut clause, "t.id", paging, tree)
            .await
    }

    /// `/organizations/{id}`: the nested organization; its services carry their one-to-one
    /// fields, or everything with `full_services`.
    pub async fn hsds_organization(
        &self,
        id: &str,
        full_services: bool,
    ) -> Result<Option<HsdsObject>> {
        let tree: &'static [Nest] = if full_services {
            &ORGANIZATION_FULL_SERVICES
        } else {
            &ORGANIZATION_FULL
        };
        self.hsds_one("organizations", id, tree).await
    }

    /// `/service_at_locations`: with `postcode` and `proximity_m`, nearest first.
    pub async fn hsds_service_at_locations(
        &self,
        filter: &ServiceAtLocationFilter,
        paging: Paging,
        nesting: Nesting,
    ) -> Result<HsdsPage> {
        let backend = self.backend();
        let mut clause = Clause::default();
        push_service_filter(&mut clause, backend, &filter.service, "s");
        let mut order = "t.id".to_owned();
        if let Some(postcode) = &filter.postcode {
            clause.push(format!("NOT {}", sensitive("l.id")));
            if let Some(radius) = filter.proximity_m {
                let Some((lat, lng)) = self.hsds_postcode_centroid(postcode).await? else {
                    return Ok(HsdsPage {
                        total_items: 0,
                        contents: Vec::new(),
                    });
                };
                // Equirectangular distance in degrees of latitude: exact enough within a
                // region, and plain arithmetic that both databases evaluate.
                let plat = clause.bind(Bind::Float(lat));
                let plng = clause.bind(Bind::Float(lng));
                let pk = clause.bind(Bind::Float(lat.to_radians().cos()));
                let dist = format!(
                    "((l.latitude - {plat}) * (l.latitude - {plat}) + \
                     ((l.longitude - {plng}) * {pk}) * ((l.longitude - {plng}) * {pk}))"
                );
                let r = radius / METRES_PER_DEGREE;
                let pr = clause.bind(Bind::Float(r * r));
                clause.push("l.latitude IS NOT NULL AND l.longitude IS NOT NULL".to_owned());
                clause.push(format!("{dist} <= {pr}"));
                order = format!("{dist}, t.id");
            } else {
                let p = clause.bind(Bind::Text(postcode.clone()));
                clause.push(format!(
                    "EXISTS (SELECT 1 FROM addresses pa WHERE pa.location_id = l.id \
                     AND pa.postal_code = {p})"
                ));
            }
        }
        let tree = match nesting {
            Nesting::List => SAL_LIST,
            Nesting::Full => SAL_FULL,
        };
        self.hsds_page(
            "service_at_location",
            "JOIN services s ON s.id = t.service_id LEFT JOIN locations l ON l.id = t.location_id",
            &mut clause,
            &order,
            paging,
            tree,
        )
        .await
    }

    /// The mean position of the located, non-sensitive locations with an address in
    /// `postcode`; `None` when there is none.
    async fn hsds_postcode_centroid(&self, postcode: &str) -> Result<Option<(f64, f64)>> {
        let sql = format!(
            "SELECT AVG(l.latitude), AVG(l.longitude) FROM locations l WHERE \
             l.latitude IS NOT NULL AND l.longitude IS NOT NULL AND NOT {} AND EXISTS \
             (SELECT 1 FROM addresses a WHERE a.location_id = l.id AND a.postal_code = $1)",
            sensitive("l.id")
        );
        let (lat, lng): (Option<f64>, Option<f64>) = read!(self, |pool| sqlx::query_as(&sql)
            .bind(postcode)
            .fetch_one(pool)
            .await?);
        Ok(lat.zip(lng))
    }

    /// `/service_at_locations/{id}`: the nested service_at_location with its service.
    pub async fn hsds_service_at_location(&self, id: &str) -> Result<Option<HsdsObject>> {
        self.hsds_one("service_at_location", id, SAL_FULL).await
    }

    /// `/taxonomies`.
    pub async fn hsds_taxonomies(&self, search: Option<&str>, paging: Paging) -> Result<HsdsPage> {
        let mut clause = Clause::default();
        if let Some(term) = search {
            push_search(
                &mut clause,
                self.backend(),
                "t",
                &["name", "description"],
                term,
            );
        }
        self.hsds_page("taxonomies", "", &mut clause, "t.id", paging, &[])
            .await
    }

    /// `/taxonomies/{id}`.
    pub async fn hsds_taxonomy(&self, id: &str) -> Result<Option<HsdsObject>> {
        self.hsds_one("taxonomies", id, TAXONOMY).await
    }

    /// `/taxonomy_terms`.
    pub async fn hsds_taxonomy_terms(
        &self,
        filter: &TaxonomyTermFilter,
        paging: Paging,
    ) -> Result<HsdsPage> {
        let mut clause = Clause::default();
        if let Some(term) = filter.search.as_deref() {
            push_search(
                &mut clause,
                self.backend(),
                "t",
                &["code", "name", "description"],
                term,
            );
        }
        if let Some(taxonomy) = &filter.taxonomy_id {
            let p = clause.bind(Bind::Text(taxonomy.clone()));
            clause.push(format!("t.taxonomy_id = {p}"));
        }
        if let Some(parent) = &filter.parent_id {
            let p = clause.bind(Bind::Text(parent.clone()));
            clause.push(format!("t.parent_id = {p}"));
        }
        if filter.top_only {
            clause.push("(t.parent_id IS NULL OR t.parent_id = '')".to_owned());
        }
        self.hsds_page(
            "taxonomy_terms",
            "",
            &mut clause,
            "t.id",
            paging,
            TAXONOMY_TERM_LIST,
        )
        .await
    }

    /// `/taxonomy_terms/{id}`.
    pub async fn hsds_taxonomy_term(&self, id: &str) -> Result<Option<HsdsObject>> {
        self.hsds_one("taxonomy_terms", id, TAXONOMY_TERM).await
    }
}

/// Mean length of a degree of latitude.
const METRES_PER_DEGREE: f64 = 111_195.0;
