-- Substring search on services (HSDS API `search`, ILIKE '%term%') through trigram indexes,
-- so that it does not scan every service. pg_trgm ships with PostgreSQL (contrib); it lives
-- in the public schema so that every schema of the database can use it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX services_name_trgm ON services USING gin (name public.gin_trgm_ops);
CREATE INDEX services_alternate_name_trgm ON services USING gin (alternate_name public.gin_trgm_ops);
CREATE INDEX services_description_trgm ON services USING gin (description public.gin_trgm_ops);
