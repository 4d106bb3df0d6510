-- What changed, for the search index of every node: each write to the directory or the
-- knowledge base adds a row in its own transaction (`item_kind`/`item_id` NULL: the whole
-- area; area `index`: rebuild the whole index, `sportello reindex`). Nodes tail it by `seq`; rows hold ids only, never text or personal data.
CREATE TABLE search_outbox (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    area      TEXT NOT NULL CHECK (area IN ('directory', 'kb', 'index')),
    item_kind TEXT,
    item_id   TEXT,
    CHECK ((item_kind IS NULL) = (item_id IS NULL))
) STRICT;
