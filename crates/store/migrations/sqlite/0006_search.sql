-- Substring search on services (HSDS API `search`) through an FTS5 trigram index, so that
-- `/api/hsds/v3/services?search=permesso` does not scan every service.
--
-- External content: the index stores no text of its own and follows `services` by rowid,
-- kept in step by the triggers below. VACUUM may renumber the rowids of a table without an
-- INTEGER PRIMARY KEY: after a VACUUM, rebuild the index with
--   INSERT INTO services_fts (services_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE services_fts USING fts5 (
    name, alternate_name, description,
    content = 'services', content_rowid = 'rowid', tokenize = 'trigram'
);
INSERT INTO services_fts (services_fts) VALUES ('rebuild');

CREATE TRIGGER services_fts_insert AFTER INSERT ON services BEGIN
    INSERT INTO services_fts (rowid, name, alternate_name, description)
        VALUES (new.rowid, new.name, new.alternate_name, new.description);
END;
CREATE TRIGGER services_fts_delete AFTER DELETE ON services BEGIN
    INSERT INTO services_fts (services_fts, rowid, name, alternate_name, description)
        VALUES ('delete', old.rowid, old.name, old.alternate_name, old.description);
END;
CREATE TRIGGER services_fts_update AFTER UPDATE ON services BEGIN
    INSERT INTO services_fts (services_fts, rowid, name, alternate_name, description)
        VALUES ('delete', old.rowid, old.name, old.alternate_name, old.description);
    INSERT INTO services_fts (rowid, name, alternate_name, description)
        VALUES (new.rowid, new.name, new.alternate_name, new.description);
END;
