-- What readers searched for, per day and language, counted for the editors: how often, how
-- often nothing or almost nothing was found, and which results were followed. No address,
-- no session, no account: only the words, normalised, and only words that look like a
-- question (the app drops digits runs and e-mail addresses). `theme` is the filter the
-- reader chose ('' for none).
CREATE TABLE search_queries (
    day    DATE NOT NULL,
    lang   TEXT NOT NULL,
    query  TEXT NOT NULL,
    theme  TEXT NOT NULL DEFAULT '',
    asked  BIGINT NOT NULL DEFAULT 0,
    empty  BIGINT NOT NULL DEFAULT 0,
    few    BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, lang, query, theme)
);
CREATE TABLE search_clicks (
    day    DATE NOT NULL,
    lang   TEXT NOT NULL,
    query  TEXT NOT NULL,
    item   TEXT NOT NULL,
    clicks BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, lang, query, item)
);
