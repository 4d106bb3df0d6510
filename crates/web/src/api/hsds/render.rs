//! JSON rendering of HSDS objects and pages.

use serde_json::{json, Map, Value};
use sportello_app::hsds::{HsdsNested, HsdsObject, HsdsPage, HsdsValue, Paging};

use crate::api::respond::ApiError;

fn value(v: &HsdsValue) -> Value {
    match v {
        HsdsValue::Text(s) => Value::String(s.clone()),
        // Whole numbers print as integers (an extension of 100, not 100.0).
        #[allow(clippy::cast_possible_truncation)]
        HsdsValue::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
            Value::from(*n as i64)
        }
        HsdsValue::Number(n) => serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
    }
}

fn object(o: &HsdsObject) -> Value {
    let mut map = Map::new();
    for (name, v) in &o.fields {
        map.insert((*name).to_owned(), value(v));
    }
    for (name, nested) in &o.nested {
        let v = match nested {
            HsdsNested::One(one) => object(one),
            HsdsNested::Many(many) => Value::Array(many.iter().map(object).collect()),
        };
        map.insert((*name).to_owned(), v);
    }
    Value::Object(map)
}

/// The HSDS `Page` object around `page.contents`.
pub(super) fn page(page: &HsdsPage, paging: Paging) -> Value {
    let total_pages = page.total_items.div_ceil(u64::from(paging.per_page));
    json!({
        "total_items": page.total_items,
        "total_pages": total_pages,
        "page_number": paging.page,
        "size": page.contents.len(),
        "first_page": paging.page == 1,
        "last_page": u64::from(paging.page) >= total_pages,
        "empty": page.contents.is_empty(),
        "contents": page.contents.iter().map(object).collect::<Vec<_>>(),
    })
}

pub(super) fn found(o: Option<HsdsObject>, resource: &'static str) -> Result<Value, ApiError> {
    o.map(|o| object(&o)).ok_or(ApiError::NotFound(resource))
}
