//! The demo's services (`crates/app/seed/services.toml`): the SerTo online services and the
//! services the demo desks offer, with their providers.

use serde::Deserialize;
use sportello_core::{Channel, Slug, Theme};
use sportello_store::{
    CatalogueCategory, CostOption, Login, NewOrganisation, NewService, RequiredDocument, Store,
};

use crate::{Clock, Error, Result};

const SEED: &str = include_str!("../../seed/services.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFile {
    #[serde(default)]
    organisations: Vec<super::SeedOrganisation>,
    services: Vec<SeedService>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedService {
    slug: String,
    organisation: String,
    name: String,
    category: Option<String>,
    description: String,
    eligibility: Option<String>,
    application_process: Option<String>,
    url: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    #[serde(default)]
    login: Vec<String>,
    channels: Vec<String>,
    #[serde(default)]
    by_appointment: bool,
    outcome: Option<String>,
    wait_time: Option<String>,
    fees_description: Option<String>,
    plain_note: Option<String>,
    #[serde(default)]
    required_documents: Vec<String>,
    #[serde(default)]
    costs: Vec<SeedCost>,
    #[serde(default)]
    themes: Vec<String>,
    #[serde(default)]
    desks: Vec<SeedDesk>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedCost {
    option: String,
    amount: Option<f64>,
    currency: Option<String>,
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedDesk {
    slug: String,
    note: Option<String>,
}

/// The services seed, parsed and validated.
#[derive(Debug, Clone)]
pub struct ServiceSeed {
    pub organisations: Vec<NewOrganisation>,
    pub services: Vec<NewService>,
}

/// Parses a services seed file; every error names the entry and the field.
pub fn parse_seed(text: &str) -> Result<ServiceSeed> {
    let seed: SeedFile =
        toml::from_str(text).map_err(|e| Error::Seed(format!("services seed: {e}")))?;
    let organisations = super::parse_organisations(seed.organisations)?;
    let services = seed
        .services
        .into_iter()
        .map(|s| {
            let at = |e: sportello_core::ParseError| {
                Error::Seed(format!("service {:?}: {}", s.slug, e.detail))
            };
            let channels = s
                .channels
                .iter()
                .map(|c| Channel::parse(c))
                .collect::<Result<Vec<_>, _>>()
                .map_err(at)?;
            let category = s
                .category
                .as_deref()
                .map(CatalogueCategory::parse)
                .transpose()
                .map_err(at)?;
            if category.is_some() && (!channels.contains(&Channel::Online) || s.url.is_none()) {
                return Err(Error::Seed(format!(
                    "service {:?}: a catalogue service needs channel online and a url",
                    s.slug
                )));
            }
            if let Some(url) = s.url.as_deref().filter(|u| !u.starts_with("https://")) {
                return Err(Error::Seed(format!(
                    "service {:?}: url {url:?} is not https",
                    s.slug
                )));
            }
            Ok(NewService {
                slug: Slug::parse(&s.slug).map_err(at)?,
                organisation: Slug::parse(&s.organisation).map_err(at)?,
                category,
                login: s
                    .login
                    .iter()
                    .map(|l| Login::parse(l))
                    .collect::<Result<_, _>>()
                    .map_err(at)?,
                channels,
                themes: s
                    .themes
                    .iter()
                    .map(|t| Theme::from_slug(t))
                    .collect::<Result<_, _>>()
                    .map_err(at)?,
                desks: s
                    .desks
                    .into_iter()
                    .map(|d| Ok((Slug::parse(&d.slug).map_err(at)?, d.note)))
                    .collect::<Result<_>>()?,
                required_documents: s
                    .required_documents
                    .into_iter()
                    .map(|document| RequiredDocument {
                        document,
                        uri: None,
                    })
                    .collect(),
                costs: s
                    .costs
                    .into_iter()
                    .map(|c| CostOption {
                        option: c.option,
                        amount: c.amount,
                        currency: c.currency,
                        amount_description: c.description,
                    })
                    .collect(),
                name: s.name,
                description: s.description,
                eligibility_description: s.eligibility,
                application_process: s.application_process,
                url: s.url,
                email: s.email,
                phone: s.phone,
                fees_description: s.fees_description,
                wait_time: s.wait_time,
                by_appointment: s.by_appointment,
                outcome: s.outcome,
                plain_note: s.plain_note,
                verified_on: None,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(ServiceSeed {
        organisations,
        services,
    })
}

/// The built-in services seed.
pub fn seed_services() -> ServiceSeed {
    parse_seed(SEED).expect("the built-in services seed is valid (tested)")
}

/// Loads the services seed (its providers, then the services) into a store that holds the
/// demo network already.
pub async fn load_demo(store: &Store, clock: &dyn Clock) -> Result<()> {
    let seed = seed_services();
    let now = clock.now();
    store.insert_network(&seed.organisations, &[], now).await?;
    store.insert_services(&seed.services, now).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_seed_has_the_serto_catalogue() {
        let seed = seed_services();
        let catalogue: Vec<_> = seed
            .services
            .iter()
            .filter(|s| s.category.is_some())
            .collect();
        assert_eq!(catalogue.len(), 12, "the SerTo list has 12 services");
        for category in CatalogueCategory::ALL {
            assert!(
                catalogue.iter().any(|s| s.category == Some(category)),
                "no service in {category:?}"
            );
        }
        // A few in-person services at the seed's desks.
        assert!(seed
            .services
            .iter()
            .any(|s| s.category.is_none() && !s.desks.is_empty()));
        let slugs: std::collections::HashSet<_> =
            seed.services.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(slugs.len(), seed.services.len(), "slugs are unique");
    }

    #[test]
    fn seed_desks_and_organisations_exist_in_the_network() {
        let network = crate::demo::seed_network();
        let seed = seed_services();
        for service in &seed.services {
            assert!(
                network
                    .organisations
                    .iter()
                    .chain(&seed.organisations)
                    .any(|o| o.slug == service.organisation),
                "{}: unknown organisation {}",
                service.slug,
                service.organisation
            );
            for (desk, _) in &service.desks {
                assert!(
                    network.desks.iter().any(|d| &d.slug == desk),
                    "{}: unknown desk {desk}",
                    service.slug
                );
            }
        }
    }

    #[test]
    fn a_catalogue_service_without_online_channel_is_refused() {
        let bad = r#"
[[services]]
slug = "x"
organisation = "comune-arezzo"
name = "X"
category = "cultura"
description = "X"
url = "https://www.example.org"
channels = ["in_person"]
"#;
        let err = parse_seed(bad).unwrap_err().to_string();
        assert!(err.contains("\"x\"") && err.contains("online"), "{err}");
    }
}
