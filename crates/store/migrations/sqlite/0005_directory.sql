-- The directory on Open Referral HSDS 3.0 (docs/adr/0003-directory-model.md).
--
-- HSDS tables keep the specification's names and columns, so that import, export and the API
-- map them one to one. They carry no foreign keys between each other: HSDS data references
-- ids across datasets (the specification's own examples do), and the importer checks the
-- references we rely on. Our extensions live in their own tables, keyed by HSDS ids:
-- desks (a location that is a desk of the network), service_details, language_hours,
-- theme_hubs.
--
-- organisations becomes organizations (HSDS), keeping slug, kind and region as extension
-- columns; desks lose their address, position and phone to HSDS locations, addresses,
-- phones and contacts.
--
-- SQLite cannot drop constraints in place, and sqlx runs every SQLite migration inside a
-- transaction (where foreign keys cannot be switched off): the tables are rebuilt in an
-- order where no table is dropped while another still references it.

CREATE TABLE organizations (
    id                     TEXT PRIMARY KEY,
    name                   TEXT NOT NULL,
    alternate_name         TEXT,
    description            TEXT NOT NULL,
    email                  TEXT,
    website                TEXT,
    tax_status             TEXT,
    tax_id                 TEXT,
    year_incorporated      REAL,
    legal_status           TEXT,
    logo                   TEXT,
    uri                    TEXT,
    parent_organization_id TEXT,
    -- extensions
    slug                   TEXT NOT NULL UNIQUE,
    kind                   TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('region', 'comune', 'health_authority', 'cooperative', 'association', 'consortium', 'other')),
    region                 TEXT NOT NULL DEFAULT '',
    verified_on            TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
) STRICT;

INSERT INTO organizations (id, name, description, website, parent_organization_id, slug, kind, region, created_at, updated_at)
    SELECT id, name, '', website, parent_id, slug, kind, region, created_at, updated_at FROM organisations;

CREATE INDEX organizations_parent_organization_id ON organizations (parent_organization_id);

CREATE TABLE programs (
    "id" TEXT PRIMARY KEY,
    "organization_id" TEXT,
    "name" TEXT NOT NULL,
    "alternate_name" TEXT,
    "description" TEXT NOT NULL
) STRICT;

CREATE INDEX programs_organization_id ON programs (organization_id);

CREATE TABLE services (
    "id" TEXT PRIMARY KEY,
    "organization_id" TEXT,
    "program_id" TEXT,
    "name" TEXT NOT NULL,
    "alternate_name" TEXT,
    "description" TEXT,
    "url" TEXT,
    "email" TEXT,
    "status" TEXT NOT NULL,
    "interpretation_services" TEXT,
    "application_process" TEXT,
    "fees_description" TEXT,
    "wait_time" TEXT,
    "fees" TEXT,
    "accreditations" TEXT,
    "eligibility_description" TEXT,
    "minimum_age" REAL,
    "maximum_age" REAL,
    "assured_date" TEXT,
    "assurer_email" TEXT,
    "licenses" TEXT,
    "alert" TEXT,
    "last_modified" TEXT
) STRICT;

CREATE INDEX services_organization_id ON services (organization_id);
CREATE INDEX services_program_id ON services (program_id);

CREATE TABLE attributes (
    "id" TEXT PRIMARY KEY,
    "link_id" TEXT,
    "taxonomy_term_id" TEXT,
    "link_type" TEXT,
    "link_entity" TEXT,
    "value" TEXT
) STRICT;

CREATE INDEX attributes_link_id ON attributes (link_id);
CREATE INDEX attributes_taxonomy_term_id ON attributes (taxonomy_term_id);

CREATE TABLE service_at_location (
    "id" TEXT PRIMARY KEY,
    "service_id" TEXT,
    "location_id" TEXT,
    "description" TEXT
) STRICT;

CREATE INDEX service_at_location_service_id ON service_at_location (service_id);
CREATE INDEX service_at_location_location_id ON service_at_location (location_id);

CREATE TABLE locations (
    "id" TEXT PRIMARY KEY,
    "location_type" TEXT NOT NULL,
    "url" TEXT,
    "organization_id" TEXT,
    "name" TEXT,
    "alternate_name" TEXT,
    "description" TEXT,
    "transportation" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "external_identifier" TEXT,
    "external_identifier_type" TEXT
) STRICT;

CREATE INDEX locations_organization_id ON locations (organization_id);

CREATE TABLE phones (
    "id" TEXT PRIMARY KEY,
    "location_id" TEXT,
    "service_id" TEXT,
    "organization_id" TEXT,
    "contact_id" TEXT,
    "service_at_location_id" TEXT,
    "number" TEXT NOT NULL,
    "extension" REAL,
    "type" TEXT,
    "description" TEXT
) STRICT;

CREATE INDEX phones_location_id ON phones (location_id);
CREATE INDEX phones_service_id ON phones (service_id);
CREATE INDEX phones_organization_id ON phones (organization_id);
CREATE INDEX phones_contact_id ON phones (contact_id);
CREATE INDEX phones_service_at_location_id ON phones (service_at_location_id);

CREATE TABLE contacts (
    "id" TEXT PRIMARY KEY,
    "organization_id" TEXT,
    "service_id" TEXT,
    "service_at_location_id" TEXT,
    "location_id" TEXT,
    "name" TEXT,
    "title" TEXT,
    "department" TEXT,
    "email" TEXT
) STRICT;

CREATE INDEX contacts_organization_id ON contacts (organization_id);
CREATE INDEX contacts_service_id ON contacts (service_id);
CREATE INDEX contacts_service_at_location_id ON contacts (service_at_location_id);
CREATE INDEX contacts_location_id ON contacts (location_id);

CREATE TABLE addresses (
    "id" TEXT PRIMARY KEY,
    "location_id" TEXT,
    "attention" TEXT,
    "address_1" TEXT NOT NULL,
    "address_2" TEXT,
    "city" TEXT NOT NULL,
    "region" TEXT,
    "state_province" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "address_type" TEXT NOT NULL
) STRICT;

CREATE INDEX addresses_location_id ON addresses (location_id);

CREATE TABLE schedules (
    "id" TEXT PRIMARY KEY,
    "service_id" TEXT,
    "location_id" TEXT,
    "service_at_location_id" TEXT,
    "valid_from" TEXT,
    "valid_to" TEXT,
    "dtstart" TEXT,
    "timezone" REAL,
    "until" TEXT,
    "count" REAL,
    "wkst" TEXT,
    "freq" TEXT,
    "interval" REAL,
    "byday" TEXT,
    "byweekno" TEXT,
    "bymonthday" TEXT,
    "byyearday" TEXT,
    "description" TEXT,
    "opens_at" TEXT,
    "closes_at" TEXT,
    "schedule_link" TEXT,
    "attending_type" TEXT,
    "notes" TEXT
) STRICT;

CREATE INDEX schedules_service_id ON schedules (service_id);
CREATE INDEX schedules_location_id ON schedules (location_id);
CREATE INDEX schedules_service_at_location_id ON schedules (service_at_location_id);

CREATE TABLE funding (
    "id" TEXT PRIMARY KEY,
    "organization_id" TEXT,
    "service_id" TEXT,
    "source" TEXT
) STRICT;

CREATE INDEX funding_organization_id ON funding (organization_id);
CREATE INDEX funding_service_id ON funding (service_id);

CREATE TABLE service_areas (
    "id" TEXT PRIMARY KEY,
    "service_id" TEXT,
    "name" TEXT,
    "description" TEXT,
    "extent" TEXT,
    "extent_type" TEXT,
    "uri" TEXT
) STRICT;

CREATE INDEX service_areas_service_id ON service_areas (service_id);

CREATE TABLE required_documents (
    "id" TEXT PRIMARY KEY,
    "service_id" TEXT,
    "document" TEXT,
    "uri" TEXT
) STRICT;

CREATE INDEX required_documents_service_id ON required_documents (service_id);

CREATE TABLE languages (
    "id" TEXT PRIMARY KEY,
    "service_id" TEXT,
    "location_id" TEXT,
    "phone_id" TEXT,
    "name" TEXT,
    "code" TEXT,
    "note" TEXT
) STRICT;

CREATE INDEX languages_service_id ON languages (service_id);
CREATE INDEX languages_location_id ON languages (location_id);
CREATE INDEX languages_phone_id ON languages (phone_id);

CREATE TABLE accessibility (
    "id" TEXT PRIMARY KEY,
    "location_id" TEXT,
    "description" TEXT,
    "details" TEXT,
    "url" TEXT
) STRICT;

CREATE INDEX accessibility_location_id ON accessibility (location_id);

CREATE TABLE taxonomy_terms (
    "id" TEXT PRIMARY KEY,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "parent_id" TEXT,
    "taxonomy" TEXT,
    "language" TEXT,
    "taxonomy_id" TEXT,
    "term_uri" TEXT
) STRICT;

CREATE INDEX taxonomy_terms_parent_id ON taxonomy_terms (parent_id);
CREATE INDEX taxonomy_terms_taxonomy_id ON taxonomy_terms (taxonomy_id);

CREATE TABLE metadata (
    "id" TEXT PRIMARY KEY,
    "resource_id" TEXT,
    "resource_type" TEXT,
    "last_action_date" TEXT NOT NULL,
    "last_action_type" TEXT NOT NULL,
    "field_name" TEXT NOT NULL,
    "previous_value" TEXT NOT NULL,
    "replacement_value" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL
) STRICT;

CREATE INDEX metadata_resource_id ON metadata (resource_id);

CREATE TABLE meta_table_descriptions (
    "id" TEXT PRIMARY KEY,
    "name" TEXT,
    "language" TEXT,
    "character_set" TEXT
) STRICT;


CREATE TABLE cost_options (
    "id" TEXT PRIMARY KEY,
    "service_id" TEXT,
    "valid_from" TEXT,
    "valid_to" TEXT,
    "option" TEXT,
    "currency" TEXT,
    "amount" REAL,
    "amount_description" TEXT
) STRICT;

CREATE INDEX cost_options_service_id ON cost_options (service_id);

CREATE TABLE organization_identifiers (
    "id" TEXT PRIMARY KEY,
    "organization_id" TEXT,
    "identifier_scheme" TEXT,
    "identifier_type" TEXT NOT NULL,
    "identifier" TEXT NOT NULL
) STRICT;

CREATE INDEX organization_identifiers_organization_id ON organization_identifiers (organization_id);

CREATE TABLE taxonomies (
    "id" TEXT PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "uri" TEXT,
    "version" TEXT
) STRICT;


-- Each desk becomes a physical location with its address, phone and e-mail.
INSERT INTO locations (id, location_type, organization_id, name, latitude, longitude)
    SELECT id, 'physical', organisation_id, name, latitude, longitude FROM desks;
INSERT INTO addresses (id, location_id, address_1, city, region, state_province, postal_code, country, address_type)
    SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), d.id, d.address, d.comune, o.region, d.province, d.postcode, 'IT', 'physical'
    FROM desks d JOIN organisations o ON o.id = d.organisation_id;
INSERT INTO phones (id, location_id, "number", "type")
    SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), id, phone, 'voice' FROM desks WHERE phone IS NOT NULL;
INSERT INTO contacts (id, location_id, email)
    SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), id, email FROM desks WHERE email IS NOT NULL;

-- desk_themes references desks: park its rows, drop it, and recreate it afterwards.
CREATE TABLE desk_themes_parked AS SELECT desk_id, theme_slug FROM desk_themes;
DROP TABLE desk_themes;

CREATE TABLE desks_v2 (
    id             TEXT PRIMARY KEY REFERENCES locations (id) ON DELETE CASCADE,
    slug           TEXT NOT NULL UNIQUE,
    level          TEXT NOT NULL CHECK (level IN ('l1', 'l2', 'hub')),
    -- The public list order: hubs, then level 2, then level 1.
    level_rank     INTEGER GENERATED ALWAYS AS (CASE level WHEN 'hub' THEN 0 WHEN 'l2' THEN 1 ELSE 2 END) STORED,
    -- OpenStreetMap opening_hours syntax, validated by the app; NULL when not known.
    opening_hours  TEXT,
    -- Comma-separated subset of in_person, phone, online, video.
    channels       TEXT NOT NULL DEFAULT 'in_person',
    by_appointment INTEGER NOT NULL DEFAULT 0 CHECK (by_appointment IN (0, 1)),
    -- A sensitive location (a shelter, say) never shows its address or position in public.
    sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    invented INTEGER NOT NULL DEFAULT 0 CHECK (invented IN (0, 1)),
    verified_on    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

INSERT INTO desks_v2 (id, slug, level, invented, created_at, updated_at)
    SELECT id, slug, level, invented, created_at, updated_at FROM desks;

DROP TABLE desks;
ALTER TABLE desks_v2 RENAME TO desks;
DROP TABLE organisations;

CREATE TABLE desk_themes (
    desk_id    TEXT NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    theme_slug TEXT NOT NULL REFERENCES themes (slug),
    PRIMARY KEY (desk_id, theme_slug)
) STRICT;
INSERT INTO desk_themes (desk_id, theme_slug) SELECT desk_id, theme_slug FROM desk_themes_parked;
DROP TABLE desk_themes_parked;
CREATE INDEX desk_themes_theme ON desk_themes (theme_slug);

CREATE INDEX desks_level_rank ON desks (level_rank);

-- Our themes as an HSDS taxonomy, with stable ids (UUIDv5 of the theme slug), so that
-- services carry themes as HSDS attributes and the API filters them by taxonomy_term_id.
INSERT INTO taxonomies (id, name, description, version) VALUES
    ('d4c09ab5-bf8b-51ac-ae94-b948ca8bbb41', 'sportello-temi', 'Temi della rete di sportelli per cittadini stranieri.', '1');
INSERT INTO taxonomy_terms (id, code, name, description, taxonomy, language, taxonomy_id) VALUES
    ('8615229d-7fbe-5319-b656-a893492a31c5', 'permesso-di-soggiorno', 'Permesso di soggiorno', 'Tema della rete sportello: Permesso di soggiorno.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41'),
    ('cba89b9c-6612-5b5b-b784-3a2f627a42f5', 'cittadinanza', 'Cittadinanza', 'Tema della rete sportello: Cittadinanza.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41'),
    ('66be8412-be70-5d5d-b162-ef269476d7a4', 'ricongiungimento-familiare', 'Ricongiungimento familiare', 'Tema della rete sportello: Ricongiungimento familiare.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41'),
    ('5643f0b1-fc8c-58db-82ad-4a4c5808c44f', 'residenza-anagrafe', 'Residenza e anagrafe', 'Tema della rete sportello: Residenza e anagrafe.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41'),
    ('c38fb1a5-ee60-5304-82c9-d22756d28697', 'salute', 'Salute', 'Tema della rete sportello: Salute.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41'),
    ('38b3ad7f-a9d8-5c4f-937e-c884f417f0be', 'scuola', 'Scuola', 'Tema della rete sportello: Scuola.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41'),
    ('54c67746-672b-5c7a-b307-735340f41413', 'lavoro-formazione', 'Lavoro e formazione', 'Tema della rete sportello: Lavoro e formazione.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41'),
    ('34186b88-115d-5ebd-8789-205f469c1ba8', 'casa', 'Casa', 'Tema della rete sportello: Casa.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41'),
    ('079778df-c08b-5281-add8-f3952b27c62c', 'prestazioni-sociali', 'Prestazioni sociali', 'Tema della rete sportello: Prestazioni sociali.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41'),
    ('04f34a43-f3e8-5335-856a-526ebffdd2d9', 'lingua-italiana', 'Lingua italiana', 'Tema della rete sportello: Lingua italiana.', 'sportello-temi', 'it', 'd4c09ab5-bf8b-51ac-ae94-b948ca8bbb41');

-- When a language is spoken at a desk: OSM opening_hours within the desk's own hours;
-- no row means whenever the desk is open.
CREATE TABLE language_hours (
    language_id   TEXT PRIMARY KEY REFERENCES languages (id) ON DELETE CASCADE,
    opening_hours TEXT NOT NULL
) STRICT;

-- The hub (a desk of level hub) responsible for a theme in an area: a province, or the
-- whole region when province is ''.
CREATE TABLE theme_hubs (
    theme_slug TEXT NOT NULL REFERENCES themes (slug),
    region     TEXT NOT NULL,
    province   TEXT NOT NULL DEFAULT '',
    desk_id    TEXT NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    PRIMARY KEY (theme_slug, region, province)
) STRICT;

-- What the public pages need beyond HSDS: a readable address, the online-services catalogue
-- (SerTo) category and login, and the Designers Italia card's "what you get".
CREATE TABLE service_details (
    service_id     TEXT PRIMARY KEY REFERENCES services (id) ON DELETE CASCADE,
    slug           TEXT NOT NULL UNIQUE,
    -- Online-services catalogue category; NULL when the service is not in the catalogue.
    category       TEXT CHECK (category IN ('vita-del-cittadino', 'istruzione', 'cultura', 'lavoro-formazione', 'salute')),
    -- Comma-separated subset of spid, cie, cns, none.
    login          TEXT NOT NULL DEFAULT '',
    channels       TEXT NOT NULL DEFAULT 'in_person',
    by_appointment INTEGER NOT NULL DEFAULT 0 CHECK (by_appointment IN (0, 1)),
    outcome        TEXT,
    plain_note     TEXT,
    verified_on    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE INDEX service_details_category ON service_details (category);
