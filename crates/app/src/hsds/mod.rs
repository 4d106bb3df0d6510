//! Open Referral HSDS 3.0: the reads of the public API, import and export (`sportello import
//! hsds`, `sportello export hsds`).
//!
//! An import reads a tabular data package (a folder of CSV files, one per HSDS table, plus
//! our `sportello_*` extension files) or a tabular JSON file (`{"organizations.csv": [rows],
//! …}`) twice, one row at a time: the first pass checks every row against the catalogue and
//! collects what the cross-row checks need (ids, references, slugs), the second writes the
//! rows in one transaction. Memory grows with the number of ids, never with the file size.

mod analysis;
mod api;
mod check;
mod export;
mod import;
mod read;
mod report;

pub use analysis::slugify;
pub use api::{
    organization, organizations, service, service_at_location, service_at_locations, services,
    taxonomies, taxonomy, taxonomy_term, taxonomy_terms,
};
pub use export::{datapackage_descriptor, export, DumpScope, ExportFormat, ExportOptions};
pub use import::import;
pub use read::MAX_FIELD_BYTES;
pub use report::{HsdsError, ImportOptions, ImportReport, Issue, TableReport};

// What the API's callers need to name: the objects and pages the reads answer with, their
// parameters, the table catalogue the OpenAPI document describes, and the store's error
// (a timeout answers 503).
pub use sportello_store::hsds::catalogue;
pub use sportello_store::{
    HsdsNested, HsdsObject, HsdsPage, HsdsValue, Nesting, Paging, ServiceAtLocationFilter,
    ServiceFilter, StoreError, TaxonomyTermFilter,
};
