-- Articles and their full-text index (FTS5 over title and text, kept in step by triggers).
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    canonical_url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    editor TEXT,
    dateline TEXT,
    lang TEXT,
    text TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    source TEXT
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_lang ON articles (lang);
CREATE INDEX articles_url ON articles (url);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
