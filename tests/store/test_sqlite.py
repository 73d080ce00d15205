"""The SQLite store: idempotent upserts, search, filters, migrations, no half-writes."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from warta.errors import StoreError
from warta.records import Article
from warta.store import ArticleFilters, open_store
from warta.store.sqlite import SQLiteStore, migrations

NOW = "2024-03-14T00:00:00+00:00"


def make_article(number: int, **changes: object) -> Article:
    base = Article(
        id=f"art{number:04d}",
        url=f"https://news.example/{number}",
        canonical_url=f"https://news.example/{number}",
        outlet="Kabar Uji",
        title=f"Judul {number}",
        published=f"2024-03-{number:02d}T10:00:00+07:00",
        authors=("Sari",),
        editor="Bima",
        dateline="Jakarta",
        lang="id",
        text=f"Isi berita nomor {number} tentang pertemuan menteri.",
        tags=("politik",),
        content_hash=f"hash{number}",
    )
    return dataclasses.replace(base, **changes)


def test_save_is_idempotent(store: SQLiteStore) -> None:
    article = make_article(1)
    assert store.save_article(article, now=NOW) == "ingested"
    assert store.save_article(article, now="2030-01-01T00:00:00+00:00") == "unchanged"
    assert store.count_articles() == 1


def test_changed_content_updates_in_place(store: SQLiteStore) -> None:
    store.save_article(make_article(1), now=NOW)
    changed = make_article(1, text="Isi baru tentang kunjungan presiden.", content_hash="new")
    assert store.save_article(changed, now="2024-03-15T00:00:00+00:00") == "updated"
    stored = store.article("art0001")
    assert stored is not None and stored.text == changed.text
    assert stored.ingested_at == NOW  # first ingestion time is kept
    assert store.count_articles() == 1
    assert [a.id for a in store.articles(ArticleFilters(query="kunjungan"))] == ["art0001"]
    assert store.articles(ArticleFilters(query="pertemuan")) == []


def test_round_trip_keeps_every_field(store: SQLiteStore) -> None:
    article = make_article(2, authors=("Sari", "Budi"), tags=("a", "b"))
    store.save_article(article, now=NOW)
    assert store.article("art0002") == dataclasses.replace(article, ingested_at=NOW)


def test_article_by_prefix(store: SQLiteStore) -> None:
    store.save_article(make_article(1), now=NOW)
    store.save_article(make_article(2), now=NOW)
    assert store.article("art0002").id == "art0002"
    assert store.article("nothing") is None
    with pytest.raises(StoreError, match="ambiguous"):
        store.article("art000")


def test_filters_and_search(store: SQLiteStore) -> None:
    for number in range(1, 6):
        store.save_article(make_article(number, lang="en" if number == 5 else "id"), now=NOW)
    assert [a.id for a in store.articles(ArticleFilters(lang="en"))] == ["art0005"]
    assert [
        a.id for a in store.articles(ArticleFilters(since="2024-03-03", until="2024-03-04"))
    ] == ["art0004", "art0003"]
    assert store.count_articles(ArticleFilters(query="nomor 3")) == 1
    assert store.count_articles(ArticleFilters(outlet="kabar uji")) == 5
    assert len(store.articles(ArticleFilters(limit=2, offset=4))) == 1


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR NOT", "*", "title:x", "a -b"])
def test_search_syntax_in_user_text_is_harmless(store: SQLiteStore, query: str) -> None:
    store.save_article(make_article(1), now=NOW)
    assert store.articles(ArticleFilters(query=query)) == []


def test_has_url(store: SQLiteStore) -> None:
    store.save_article(make_article(1, url="https://news.example/amp/1"), now=NOW)
    assert store.has_url("https://news.example/amp/1")
    assert store.has_url("https://news.example/1")
    assert not store.has_url("https://news.example/2")


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    SQLiteStore(path).close()
    store = SQLiteStore(path)
    assert store.applied_migrations() == [name for name, _ in migrations()]
    store.close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_failed_write_leaves_nothing_half_written(store: SQLiteStore) -> None:
    store.save_article(make_article(1), now=NOW)
    bad = make_article(2, text=None)  # NOT NULL violation inside the transaction
    with pytest.raises(sqlite3.IntegrityError):
        store.save_article(bad, now=NOW)
    assert store.count_articles() == 1
    assert store.articles(ArticleFilters(query="nomor")) != []
    assert store.save_article(make_article(3), now=NOW) == "ingested"


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database" * 100)
    with pytest.raises(StoreError, match="cannot open as a Warta database"):
        open_store(str(path))


def test_postgres_url_is_refused_clearly() -> None:
    from warta.errors import ConfigError

    with pytest.raises(ConfigError, match="PostgreSQL backend is not available yet"):
        open_store("postgresql://localhost/warta")
