//! Checking one row: each value against its column in the catalogue.

use chrono::{DateTime, NaiveDate};
use sportello_core::Slug;
use sportello_store::{resources, Cell, CellKind};

use super::read::{Raw, RawRow};
use super::report::Issue;

pub(super) fn shown(s: &str) -> String {
    let mut short: String = s.chars().take(40).collect();
    if short.len() < s.len() {
        short.push('…');
    }
    format!("{short:?}")
}

fn convert(kind: CellKind, raw: &Raw) -> Result<Cell, String> {
    let text = |raw: &Raw| match raw {
        Raw::Str(s) => Ok(s.clone()),
        Raw::Num(n) => Ok(n.to_string()),
        Raw::Bool(b) => Ok(b.to_string()),
        Raw::Other(what) => Err(format!("expected a single value, found {what}")),
        Raw::Invalid => Err(String::new()),
    };
    match kind {
        CellKind::Text => text(raw).map(Cell::Text),
        CellKind::Number => match raw {
            Raw::Num(n) => n
                .as_f64()
                .map(Cell::Number)
                .ok_or_else(|| "number out of range".to_owned()),
            Raw::Str(s) => match s.trim().parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(Cell::Number(n)),
                _ => Err(format!("not a number: {}", shown(s))),
            },
            other => Err(format!("not a number: {}", text(other)?)),
        },
        CellKind::Bool => match raw {
            Raw::Bool(b) => Ok(Cell::Bool(*b)),
            other => match text(other)?.to_ascii_lowercase().as_str() {
                "true" | "1" => Ok(Cell::Bool(true)),
                "false" | "0" => Ok(Cell::Bool(false)),
                s => Err(format!("not true or false: {}", shown(s))),
            },
        },
        CellKind::Date => {
            let s = text(raw)?;
            NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                .map(Cell::Date)
                .map_err(|_| format!("not a date (YYYY-MM-DD): {}", shown(&s)))
        }
    }
}

fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A URI of a scheme a page may link to: `http`, `https`, `mailto` or `tel`. Imported
/// links end up as `href`s on public pages, so `javascript:`, `data:` and the like are
/// refused, whatever RFC 3986 allows.
fn valid_uri(s: &str) -> bool {
    const LINKABLE: [&str; 4] = ["http", "https", "mailto", "tel"];
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    LINKABLE.iter().any(|l| scheme.eq_ignore_ascii_case(l))
        && !rest.is_empty()
        && (!scheme.to_ascii_lowercase().starts_with("http") || rest.starts_with("//"))
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn check_format(format: &str, s: &str) -> Option<String> {
    let ok = match format {
        "uuid" => s.len() == 36 && uuid::Uuid::parse_str(s).is_ok(),
        "email" => valid_email(s),
        "uri" => valid_uri(s),
        "date-time" => DateTime::parse_from_rfc3339(s).is_ok(),
        "slug" => Slug::parse(s).is_ok(),
        _ => true,
    };
    (!ok).then(|| {
        let what = match format {
            "uuid" => "a UUID",
            "email" => "an e-mail address",
            "uri" => "a link (http, https, mailto or tel)",
            "date-time" => "an RFC 3339 date-time",
            "slug" => "a slug (lower-case letters, digits and single hyphens)",
            _ => "valid",
        };
        format!("not {what}: {}", shown(s))
    })
}

/// The cells of a row, typed; every problem goes to `issues`.
pub(super) fn check_row(row: &RawRow, issues: &mut Vec<Issue>) -> Vec<Cell> {
    let r = &resources()[row.resource];
    let mut cells = Vec::with_capacity(r.columns.len() + r.insert_only.len());
    for (i, column) in r.columns.iter().enumerate() {
        let mut cell = match &row.values[i] {
            Some(Raw::Invalid) => {
                cells.push(Cell::Null);
                continue;
            }
            Some(raw) => match convert(column.kind, raw) {
                Ok(cell) => cell,
                Err(message) => {
                    issues.push(Issue::error(row.location.clone(), column.name, message));
                    cells.push(Cell::Null);
                    continue;
                }
            },
            None => Cell::Null,
        };
        if cell == Cell::Null {
            if let Some(default) = column.default {
                if column.required && r.hsds.is_some() {
                    issues.push(Issue::warning(
                        row.location.clone(),
                        column.name,
                        "empty, although HSDS requires it",
                    ));
                }
                cell = convert(column.kind, &Raw::Str(default.to_owned())).unwrap_or(Cell::Null);
            }
        }
        let header_missing = row.header_missing.as_ref().is_some_and(|m| m[i]);
        if cell == Cell::Null && column.required && !header_missing {
            issues.push(Issue::error(row.location.clone(), column.name, "required"));
        }
        if let Cell::Text(s) = &cell {
            if let Some(message) = check_format(column.format, s) {
                issues.push(Issue::error(row.location.clone(), column.name, message));
            } else if !column.allowed.is_empty() && !column.allowed.contains(&s.as_str()) {
                issues.push(Issue::error(
                    row.location.clone(),
                    column.name,
                    format!("{} is not one of {}", shown(s), column.allowed.join(", ")),
                ));
            }
        }
        cells.push(cell);
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert!(check_format("uuid", "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610").is_none());
        assert!(check_format("uuid", "d9d5e0f5d3ce4f739a2f4dd0ecc6c610").is_some());
        assert!(check_format("email", "email@example.com").is_none());
        assert!(check_format("email", "not an email").is_some());
        assert!(check_format("uri", "http://example.com").is_none());
        assert!(check_format("uri", "example dot com").is_some());
        assert!(check_format("uri", "https://example.com/a?b=c").is_none());
        assert!(check_format("uri", "mailto:urp@comune.example.it").is_none());
        assert!(check_format("uri", "tel:+390510000000").is_none());
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "http:example.com",
            "ftp://example.com",
        ] {
            assert!(check_format("uri", bad).is_some(), "{bad}");
        }
        assert!(check_format("date-time", "2023-03-15T10:30:45.123Z").is_none());
        assert!(check_format("date-time", "2023-03-15").is_some());
    }
}
