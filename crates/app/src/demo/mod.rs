//! Demo data from the SISTER (Emilia-Romagna) and SerTo (Tuscany) projects, plus generated
//! volume for benchmarks (`demo --scale N`).

pub mod kb;
mod kb_translations;
pub mod services;

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde::Deserialize;
use sportello_core::{
    Channel, DeskLevel, Email, GeoPoint, LanguageCode, Locale, OpeningHours, OrganisationKind,
    ProvinceCode, Role, Scope, Slug, Theme,
};
use sportello_store::{DeskLanguage, NewDesk, NewOrganisation, NewService, Store};

use crate::identity::accounts::{self, AddUser};
use crate::{Clock, Error, Result};

const SEED: &str = include_str!("../../seed/demo.toml");

/// `meta` key telling that the database holds demo data (the footer says so).
pub const DEMO_META_KEY: &str = "demo_data";
pub const DEMO_ADMIN_EMAIL: &str = "admin@demo.sportello.invalid";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFile {
    organisations: Vec<SeedOrganisation>,
    desks: Vec<SeedDesk>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SeedOrganisation {
    slug: String,
    name: String,
    kind: String,
    parent: Option<String>,
    region: String,
    website: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedDesk {
    slug: String,
    organisation: String,
    name: String,
    level: String,
    comune: String,
    province: String,
    address: String,
    postcode: String,
    latitude: f64,
    longitude: f64,
    phone: Option<String>,
    email: Option<String>,
    themes: Vec<String>,
    opening_hours: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    /// When a language is spoken, for those not spoken whenever the desk is open.
    #[serde(default)]
    language_hours: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    channels: Vec<String>,
    #[serde(default)]
    by_appointment: bool,
    #[serde(default)]
    sensitive: bool,
    description: Option<String>,
    accessibility: Option<String>,
    invented: bool,
}

/// The seed, parsed and validated.
#[derive(Debug, Clone)]
pub struct Network {
    pub organisations: Vec<NewOrganisation>,
    pub desks: Vec<NewDesk>,
}

/// Seed organisations (of any seed file) as store input; errors name the entry and field.
pub(crate) fn parse_organisations(list: Vec<SeedOrganisation>) -> Result<Vec<NewOrganisation>> {
    list.into_iter()
        .map(|o| {
            let at = |e: sportello_core::ParseError| {
                Error::Seed(format!("organisation {:?}: {}", o.slug, e.detail))
            };
            Ok(NewOrganisation {
                slug: Slug::parse(&o.slug).map_err(at)?,
                kind: OrganisationKind::parse(&o.kind).map_err(at)?,
                parent: o
                    .parent
                    .as_deref()
                    .map(Slug::parse)
                    .transpose()
                    .map_err(at)?,
                name: o.name,
                region: o.region,
                website: o.website,
            })
        })
        .collect()
}

/// Parses a seed file; every error names the entry and the field.
pub fn parse_seed(text: &str) -> Result<Network> {
    let seed: SeedFile =
        toml::from_str(text).map_err(|e| Error::Seed(format!("demo seed: {e}")))?;
    let organisations = parse_organisations(seed.organisations)?;
    let desks = seed
        .desks
        .into_iter()
        .map(|d| {
            let at = |e: sportello_core::ParseError| {
                Error::Seed(format!("desk {:?}: {}", d.slug, e.detail))
            };
            let hours = |text: &str| OpeningHours::parse(text).map_err(|e| at(e.into()));
            for code in d.language_hours.keys() {
                if !d.languages.contains(code) {
                    return Err(Error::Seed(format!(
                        "desk {:?}: language_hours names {code:?}, which is not in languages",
                        d.slug
                    )));
                }
            }
            let languages = d
                .languages
                .iter()
                .map(|code| {
                    Ok(DeskLanguage {
                        code: LanguageCode::parse(code).map_err(at)?,
                        hours: d.language_hours.get(code).map(|h| hours(h)).transpose()?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(NewDesk {
                opening_hours: d.opening_hours.as_deref().map(hours).transpose()?,
                languages,
                channels: d
                    .channels
                    .iter()
                    .map(|c| Channel::parse(c))
                    .collect::<Result<_, _>>()
                    .map_err(at)?,
                by_appointment: d.by_appointment,
                sensitive: d.sensitive,
                description: d.description,
                accessibility: d.accessibility,
                verified_on: None,
                slug: Slug::parse(&d.slug).map_err(at)?,
                organisation: Slug::parse(&d.organisation).map_err(at)?,
                level: DeskLevel::parse(&d.level).map_err(at)?,
                province: ProvinceCode::parse(&d.province).map_err(at)?,
                point: GeoPoint::new(d.latitude, d.longitude).map_err(at)?,
                email: d
                    .email
                    .as_deref()
                    .map(Email::parse)
                    .transpose()
                    .map_err(at)?,
                themes: d
                    .themes
                    .iter()
                    .map(|t| Theme::from_slug(t))
                    .collect::<Result<_, _>>()
                    .map_err(at)?,
                name: d.name,
                comune: d.comune,
                address: d.address,
                postcode: d.postcode,
                phone: d.phone,
                invented: d.invented,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Network {
        organisations,
        desks,
    })
}

/// The built-in seed.
pub fn seed_network() -> Network {
    parse_seed(SEED).expect("the built-in demo seed is valid (tested)")
}

/// Languages generated desks may speak besides Italian.
const SPOKEN: [&str; 10] = ["ar", "en", "fr", "zh", "sq", "ro", "uk", "ur", "bn", "es"];

/// `count` generated desks, spread over the seed's comuni around their real desks,
/// reproducible for a given count so that benchmark runs compare like with like.
pub fn generated_desks(network: &Network, count: u32) -> Vec<NewDesk> {
    let mut rng = StdRng::seed_from_u64(0x05e7_0110);
    let anchors: Vec<&NewDesk> = network
        .desks
        .iter()
        .filter(|d| d.level != DeskLevel::Hub)
        .collect();
    let hours: Vec<OpeningHours> = [
        "Mo-Fr 09:00-13:00; PH off",
        "Mo-Fr 08:30-12:30; Tu,Th 14:30-17:00; PH off",
        "Mo,We,Fr 09:00-12:00; PH off",
        "Tu-Sa 09:00-13:00; PH off",
    ]
    .iter()
    .map(|h| OpeningHours::parse(h).expect("the generator's hours are valid"))
    .collect();
    let kinds = [
        "Sportello sociale",
        "Punto informativo",
        "Sportello stranieri",
        "Ufficio relazioni con il pubblico",
    ];
    (0..count)
        .map(|i| {
            let anchor = anchors[i as usize % anchors.len()];
            let level = if rng.gen_bool(0.35) {
                DeskLevel::L2
            } else {
                DeskLevel::L1
            };
            let theme_count = rng.gen_range(1..=5);
            let mut themes: Vec<Theme> = Theme::ALL
                .choose_multiple(&mut rng, theme_count)
                .copied()
                .collect();
            themes.sort();
            let spoken = rng.gen_range(0..=3);
            let mut languages = vec![DeskLanguage {
                code: LanguageCode::parse("it").expect("valid code"),
                hours: None,
            }];
            languages.extend(
                SPOKEN
                    .choose_multiple(&mut rng, spoken)
                    .map(|code| DeskLanguage {
                        code: LanguageCode::parse(code).expect("valid code"),
                        hours: None,
                    }),
            );
            let point = GeoPoint::new(
                anchor.point.latitude + rng.gen_range(-0.03..0.03),
                anchor.point.longitude + rng.gen_range(-0.03..0.03),
            )
            .expect("jitter around Italian coordinates stays on Earth");
            NewDesk {
                slug: Slug::parse(&format!("demo-{}-{i}", anchor.slug))
                    .expect("generated slug is valid"),
                organisation: anchor.organisation.clone(),
                name: format!(
                    "{} n. {} – {}",
                    kinds[i as usize % kinds.len()],
                    i + 1,
                    anchor.comune
                ),
                level,
                comune: anchor.comune.clone(),
                province: anchor.province.clone(),
                address: format!("Via dell'Esempio {}", rng.gen_range(1..200)),
                postcode: anchor.postcode.clone(),
                point,
                phone: None,
                email: None,
                themes,
                opening_hours: Some(hours[i as usize % hours.len()].clone()),
                languages,
                channels: if level == DeskLevel::L2 {
                    vec![Channel::InPerson, Channel::Phone, Channel::Video]
                } else {
                    vec![Channel::InPerson, Channel::Phone]
                },
                by_appointment: rng.gen_bool(0.2),
                sensitive: false,
                description: None,
                accessibility: None,
                verified_on: None,
                invented: true,
            }
        })
        .collect()
}

/// Generated services per generated desk: `--scale 10000` gives 50,000 services.
pub const GENERATED_SERVICES_PER_DESK: usize = 5;

/// Services offered at generated desks, in Italian, drawn from a few realistic kinds so that
/// a search for "permesso" finds about one in five of them.
pub fn generated_services(desks: &[NewDesk]) -> Vec<NewService> {
    const KINDS: [(&str, &str, Theme); GENERATED_SERVICES_PER_DESK] = [
        (
            "Aiuto per il rinnovo del permesso di soggiorno",
            "Controllo dei documenti e compilazione del kit postale per il rinnovo del permesso di soggiorno.",
            Theme::PermessoDiSoggiorno,
        ),
        (
            "Iscrizione al Servizio sanitario nazionale",
            "Orientamento per la scelta del medico di base e la tessera sanitaria.",
            Theme::Salute,
        ),
        (
            "Informazioni sull'iscrizione scolastica",
            "Come iscrivere i figli a scuola, anche durante l'anno, e chiedere la mensa.",
            Theme::Scuola,
        ),
        (
            "Orientamento al lavoro e alla formazione",
            "Curriculum, centri per l'impiego, corsi di formazione professionale.",
            Theme::LavoroFormazione,
        ),
        (
            "Corsi di lingua italiana",
            "Dove frequentare un corso di italiano gratuito e prepararsi al test di lingua.",
            Theme::LinguaItaliana,
        ),
    ];
    desks
        .iter()
        .enumerate()
        .flat_map(|(i, desk)| {
            KINDS
                .iter()
                .enumerate()
                .map(move |(k, (name, description, theme))| NewService {
                    slug: Slug::parse(&format!("demo-servizio-{i}-{k}"))
                        .expect("generated slug is valid"),
                    organisation: desk.organisation.clone(),
                    name: format!("{name} – {}", desk.comune),
                    description: (*description).to_owned(),
                    eligibility_description: Some(
                        "Persone straniere residenti o domiciliate nel comune.".into(),
                    ),
                    application_process: Some(
                        "Rivolgiti allo sportello negli orari di apertura.".into(),
                    ),
                    url: None,
                    email: None,
                    phone: None,
                    fees_description: Some("Gratuito.".into()),
                    wait_time: None,
                    category: None,
                    login: Vec::new(),
                    channels: vec![Channel::InPerson],
                    by_appointment: desk.by_appointment,
                    outcome: None,
                    plain_note: None,
                    required_documents: Vec::new(),
                    costs: Vec::new(),
                    themes: vec![*theme],
                    desks: vec![(desk.slug.clone(), None)],
                    verified_on: None,
                })
        })
        .collect()
}

#[derive(Debug)]
pub struct DemoLoaded {
    pub organisations: usize,
    pub desks: usize,
    /// Services generated for volume (`GENERATED_SERVICES_PER_DESK` per generated desk),
    /// besides the seed's catalogue.
    pub generated_services: usize,
    /// Knowledge-base articles, all published.
    pub articles: usize,
    /// Articles generated for volume (`kb::GENERATED_ARTICLES_PER_DESK` per generated desk).
    pub generated_articles: usize,
    pub admin_email: String,
    pub admin_password: String,
}

/// Loads the seed, `scale` generated desks and a demo admin into an empty, migrated store.
pub async fn load(store: &Store, clock: &dyn Clock, scale: u32) -> Result<DemoLoaded> {
    let network = seed_network();
    let mut desks = network.desks.clone();
    desks.extend(generated_desks(&network, scale));
    store
        .insert_network(&network.organisations, &desks, clock.now())
        .await?;
    services::load_demo(store, clock).await?;
    // Each seeded hub answers for its themes across its region (SISTER's third level).
    for hub in network.desks.iter().filter(|d| d.level == DeskLevel::Hub) {
        let region = network
            .organisations
            .iter()
            .find(|o| o.slug == hub.organisation)
            .map_or("", |o| o.region.as_str());
        for theme in &hub.themes {
            store
                .set_theme_hub(*theme, region, "", hub.slug.as_str())
                .await?;
        }
    }
    let articles = kb::load(store, clock.now()).await?;
    let generated_articles = kb::load_generated(
        store,
        (desks.len() - network.desks.len()) * kb::GENERATED_ARTICLES_PER_DESK,
        clock.now(),
    )
    .await?;
    let generated_services = generated_services(&desks[network.desks.len()..]);
    // In batches: one transaction each, so that a large scale does not hold one huge one.
    for batch in generated_services.chunks(5_000) {
        store.insert_services(batch, clock.now()).await?;
    }
    let admin_password = accounts::generate_password();
    accounts::add_user(
        store,
        clock,
        AddUser {
            email: DEMO_ADMIN_EMAIL,
            display_name: "Amministratrice demo",
            locale: Locale::It,
            password: &admin_password,
            role: Role::Admin,
            scope: Scope::Network,
        },
    )
    .await?;
    store.set_meta(DEMO_META_KEY, "true").await?;
    Ok(DemoLoaded {
        organisations: network.organisations.len(),
        desks: desks.len(),
        generated_services: generated_services.len(),
        articles,
        generated_articles,
        admin_email: DEMO_ADMIN_EMAIL.to_owned(),
        admin_password,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_seed_is_valid_and_complete() {
        let net = seed_network();
        let names: Vec<_> = net.organisations.iter().map(|o| o.name.as_str()).collect();
        for comune in [
            "Bologna",
            "Ferrara",
            "Forlì",
            "Rimini",
            "Modena",
            "Reggio Emilia",
            "Parma",
            "Piacenza",
            "Ravenna",
            "Arezzo",
            "Prato",
        ] {
            assert!(
                names.iter().any(|n| n.ends_with(comune)),
                "missing Comune di {comune}"
            );
        }
        assert!(names.iter().any(|n| n.contains("Camelot")));
        let hubs: Vec<_> = net
            .desks
            .iter()
            .filter(|d| d.level == DeskLevel::Hub)
            .collect();
        assert_eq!(hubs.len(), 3);
        let casa = net
            .desks
            .iter()
            .find(|d| d.name.contains("Casa delle culture"))
            .expect("Casa delle culture");
        assert_eq!(casa.address, "Piazza Amintore Fanfani 5");
        assert_eq!(casa.phone.as_deref(), Some("0575 1820242"));
    }

    #[test]
    fn seed_errors_name_the_entry_and_field() {
        let bad = r#"
desks = []
[[organisations]]
slug = "x"
name = "X"
kind = "planet"
region = "Toscana"
"#;
        let err = parse_seed(bad).unwrap_err().to_string();
        assert!(err.contains("\"x\"") && err.contains("planet"), "{err}");
    }

    #[test]
    fn generated_volume_is_reproducible_and_unique() {
        let net = seed_network();
        let a = generated_desks(&net, 500);
        let b = generated_desks(&net, 500);
        assert_eq!(a.len(), 500);
        assert!(a
            .iter()
            .zip(&b)
            .all(|(x, y)| x.slug == y.slug && x.point == y.point));
        let slugs: std::collections::HashSet<_> = a.iter().map(|d| d.slug.as_str()).collect();
        assert_eq!(slugs.len(), 500);
    }
}
