-- Every public sheet page shows its digital prerequisites as chips linking to the sheets
-- that explain them, so it asks which articles explain one. Only a handful do among many
-- thousands: a small partial index that holds the answer (the planner otherwise scans
-- the whole table on every page).
CREATE INDEX kb_articles_explains ON kb_articles (explains, theme_slug, slug, published_version, status)
    WHERE explains IS NOT NULL;
