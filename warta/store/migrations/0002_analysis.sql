-- What analysis finds in an article: entity, actor and place mentions, and events.
-- Each table keeps the whole record as JSON beside the columns filters use, and is
-- replaced per article in one transaction when the article is analysed again.
CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,          -- entity | actor | place
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT,
    actor_id TEXT,
    name TEXT,
    country TEXT,
    sector TEXT,
    record TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id, start);
CREATE INDEX mentions_actor ON mentions (actor_id);
CREATE INDEX mentions_country ON mentions (country);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    mode TEXT,
    status TEXT NOT NULL,
    source_actor TEXT,
    source_country TEXT,
    target_actor TEXT,
    target_country TEXT,
    date_value TEXT,
    score REAL,
    lang TEXT,
    record TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_type ON events (type, status);
CREATE INDEX events_date ON events (date_value);
CREATE INDEX events_source ON events (source_country, target_country);
CREATE INDEX events_source_actor ON events (source_actor);
CREATE INDEX events_target_actor ON events (target_actor);
