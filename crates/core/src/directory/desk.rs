//! Desks: the access points of the network.

use crate::ParseError;

/// The level of a desk in the three-level network (SISTER model).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeskLevel {
    /// Generalist single access point: URP, sportello sociale.
    L1,
    /// Specialist desk for foreign residents.
    L2,
    /// Level-3 thematic hub with editorial responsibility for its themes.
    Hub,
}

impl DeskLevel {
    pub const ALL: [DeskLevel; 3] = [DeskLevel::L1, DeskLevel::L2, DeskLevel::Hub];

    pub fn as_str(self) -> &'static str {
        match self {
            DeskLevel::L1 => "l1",
            DeskLevel::L2 => "l2",
            DeskLevel::Hub => "hub",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| {
                ParseError::new(
                    "desk.level_invalid",
                    format!("desk level must be l1, l2 or hub, not {s:?}"),
                )
            })
    }
}

/// Italian province code (sigla automobilistica), two upper-case letters.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ProvinceCode(String);

impl ProvinceCode {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Self(s.to_ascii_uppercase()))
        } else {
            Err(ParseError::new(
                "desk.province_invalid",
                format!("province must be a two-letter code, not {s:?}"),
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A WGS84 point, validated to be on Earth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeoPoint {
    pub latitude: f64,
    pub longitude: f64,
}

impl GeoPoint {
    pub fn new(latitude: f64, longitude: f64) -> Result<Self, ParseError> {
        if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
            return Err(ParseError::new(
                "geo.out_of_range",
                format!("coordinates out of range: {latitude}, {longitude}"),
            ));
        }
        Ok(Self {
            latitude,
            longitude,
        })
    }

    /// Great-circle distance in kilometres (haversine; plenty for "nearest desk").
    pub fn distance_km(self, other: GeoPoint) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat1, lat2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let d_lat = lat2 - lat1;
        let d_lon = (other.longitude - self.longitude).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_parse() {
        assert_eq!(DeskLevel::parse("hub"), Ok(DeskLevel::Hub));
        assert_eq!(
            DeskLevel::parse("L1").unwrap_err().code,
            "desk.level_invalid"
        );
    }

    #[test]
    fn geo_rejects_out_of_range_and_nan() {
        assert!(GeoPoint::new(44.49, 11.34).is_ok());
        assert!(GeoPoint::new(91.0, 0.0).is_err());
        assert!(GeoPoint::new(0.0, -180.5).is_err());
        assert!(GeoPoint::new(f64::NAN, 0.0).is_err());
    }

    #[test]
    fn distance_between_bologna_and_modena_is_about_37_km() {
        let bologna = GeoPoint::new(44.4949, 11.3426).unwrap();
        let modena = GeoPoint::new(44.6471, 10.9252).unwrap();
        let d = bologna.distance_km(modena);
        assert!((36.0..39.0).contains(&d), "{d}");
        assert!(bologna.distance_km(bologna).abs() < 1e-9);
        assert!((modena.distance_km(bologna) - d).abs() < 1e-9);
    }

    #[test]
    fn province_is_two_letters() {
        assert_eq!(ProvinceCode::parse("bo").unwrap().as_str(), "BO");
        assert!(ProvinceCode::parse("BOL").is_err());
        assert!(ProvinceCode::parse("B1").is_err());
    }
}

/// What kind of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrganisationKind {
    Region,
    Comune,
    HealthAuthority,
    Cooperative,
    Association,
    Consortium,
    Other,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 7] = [
        OrganisationKind::Region,
        OrganisationKind::Comune,
        OrganisationKind::HealthAuthority,
        OrganisationKind::Cooperative,
        OrganisationKind::Association,
        OrganisationKind::Consortium,
        OrganisationKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrganisationKind::Region => "region",
            OrganisationKind::Comune => "comune",
            OrganisationKind::HealthAuthority => "health_authority",
            OrganisationKind::Cooperative => "cooperative",
            OrganisationKind::Association => "association",
            OrganisationKind::Consortium => "consortium",
            OrganisationKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                ParseError::new(
                    "organisation.kind_invalid",
                    format!("unknown organisation kind {s:?}"),
                )
            })
    }
}
