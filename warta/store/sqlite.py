"""SQLite store: WAL mode, FTS5 search, named migrations, one transaction per write."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from warta.errors import StoreError
from warta.records import Article
from warta.store import ArticleFilters, SaveResult

log = logging.getLogger(__name__)

_ARTICLE_COLUMNS = (
    "id",
    "url",
    "canonical_url",
    "outlet",
    "title",
    "published",
    "authors",
    "editor",
    "dateline",
    "lang",
    "text",
    "tags",
    "content_hash",
    "ingested_at",
    "source",
)
_JSON_COLUMNS = {"authors", "tags"}


def migrations() -> list[tuple[str, str]]:
    """Return (name, SQL) of every shipped migration, in order."""
    folder = resources.files("warta.store") / "migrations"
    files = sorted(f for f in folder.iterdir() if f.name.endswith(".sql"))
    return [(f.name.removesuffix(".sql"), f.read_text(encoding="utf-8")) for f in files]


class SQLiteStore:
    """The embedded store: one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("PRAGMA busy_timeout=5000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open as a Warta database ({exc})") from exc

    def close(self) -> None:
        self._conn.close()

    def _migrate(self) -> None:
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations "
            "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        applied = {row[0] for row in self._conn.execute("SELECT name FROM migrations")}
        for name, sql in migrations():
            if name in applied:
                continue
            log.info("%s: applying migration %s", self.path, name)
            # executescript commits first, so run each statement inside our own transaction.
            with self._transaction():
                for statement in _split_sql(sql):
                    self._conn.execute(statement)
                self._conn.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, datetime('now'))",
                    (name,),
                )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._conn)

    def applied_migrations(self) -> list[str]:
        """Return the names of the migrations this database has applied."""
        return [r[0] for r in self._conn.execute("SELECT name FROM migrations ORDER BY name")]

    def save_article(self, article: Article, *, now: str) -> SaveResult:
        row = self._conn.execute(
            "SELECT content_hash, ingested_at FROM articles WHERE id = ?", (article.id,)
        ).fetchone()
        if row is not None and row["content_hash"] == article.content_hash:
            return "unchanged"
        values = _article_row(article)
        values["ingested_at"] = row["ingested_at"] if row else now
        values["updated_at"] = now
        columns = [*_ARTICLE_COLUMNS, "updated_at"]
        with self._transaction():
            if row is None:
                self._conn.execute(
                    f"INSERT INTO articles ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})",
                    [values[c] for c in columns],
                )
            else:
                assignments = ", ".join(f"{c} = ?" for c in columns if c != "id")
                self._conn.execute(
                    f"UPDATE articles SET {assignments} WHERE id = ?",
                    [values[c] for c in columns if c != "id"] + [article.id],
                )
        return "ingested" if row is None else "updated"

    def article(self, article_id: str) -> Article | None:
        rows = self._conn.execute(
            "SELECT * FROM articles WHERE id = ? OR id LIKE ? LIMIT 2",
            (article_id, _escape_like(article_id) + "%"),
        ).fetchall()
        exact = [r for r in rows if r["id"] == article_id]
        if exact:
            return _article_from_row(exact[0])
        if len(rows) > 1:
            raise StoreError(f"article id prefix {article_id!r} is ambiguous; give more of it")
        return _article_from_row(rows[0]) if rows else None

    def articles(self, filters: ArticleFilters) -> list[Article]:
        return list(self.iter_articles(filters))

    def iter_articles(self, filters: ArticleFilters) -> Iterator[Article]:
        where, params = _where(filters)
        if filters.query:
            sql = (
                "SELECT articles.* FROM articles_fts JOIN articles "
                "ON articles.rowid = articles_fts.rowid "
                f"WHERE articles_fts MATCH ? {' AND ' + where if where else ''} "
                "ORDER BY bm25(articles_fts), articles.published DESC"
            )
            params = [_fts_query(filters.query), *params]
        else:
            sql = (
                f"SELECT * FROM articles {'WHERE ' + where if where else ''} "
                "ORDER BY published IS NULL, published DESC, id"
            )
        if filters.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [filters.limit, filters.offset]
        try:
            for row in self._conn.execute(sql, params):
                yield _article_from_row(row)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def count_articles(self, filters: ArticleFilters | None = None) -> int:
        filters = filters or ArticleFilters()
        where, params = _where(filters)
        if filters.query:
            sql = (
                "SELECT count(*) FROM articles_fts JOIN articles "
                "ON articles.rowid = articles_fts.rowid "
                f"WHERE articles_fts MATCH ? {' AND ' + where if where else ''}"
            )
            params = [_fts_query(filters.query), *params]
        else:
            sql = f"SELECT count(*) FROM articles {'WHERE ' + where if where else ''}"
        return int(self._conn.execute(sql, params).fetchone()[0])

    def has_url(self, url: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM articles WHERE url = ? OR canonical_url = ? LIMIT 1", (url, url)
        ).fetchone()
        return row is not None

    def summary(self) -> dict[str, Any]:
        def grouped(column: str) -> dict[str, int]:
            rows = self._conn.execute(
                f"SELECT coalesce({column}, '?') AS k, count(*) AS n FROM articles "
                "GROUP BY k ORDER BY n DESC, k"
            )
            return {r["k"]: r["n"] for r in rows}

        first, last = self._conn.execute(
            "SELECT min(published), max(published) FROM articles"
        ).fetchone()
        return {
            "articles": self.count_articles(),
            "by_lang": grouped("lang"),
            "by_outlet": grouped("outlet"),
            "published_from": first,
            "published_to": last,
        }


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any error, so nothing is half-written."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _where(filters: ArticleFilters) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if filters.outlet:
        clauses.append("articles.outlet = ? COLLATE NOCASE")
        params.append(filters.outlet)
    if filters.lang:
        clauses.append("articles.lang = ?")
        params.append(filters.lang)
    if filters.since:
        clauses.append("substr(articles.published, 1, 10) >= ?")
        params.append(filters.since[:10])
    if filters.until:
        clauses.append("substr(articles.published, 1, 10) <= ?")
        params.append(filters.until[:10])
    return " AND ".join(clauses), params


def _fts_query(query: str) -> str:
    """Quote each word so user text is never read as FTS5 syntax."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words) or '""'


def _escape_like(value: str) -> str:
    return value.replace("%", "").replace("_", "")


def _article_row(article: Article) -> dict[str, Any]:
    row = article.to_dict()
    return {
        column: json.dumps(list(row[column]), ensure_ascii=False)
        if column in _JSON_COLUMNS
        else row.get(column)
        for column in _ARTICLE_COLUMNS
    }


def _article_from_row(row: sqlite3.Row) -> Article:
    data = {column: row[column] for column in _ARTICLE_COLUMNS}
    for column in _JSON_COLUMNS:
        data[column] = tuple(json.loads(data[column] or "[]"))
    return Article(**data)


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") and not current:
            continue
        current.append(line)
        joined = "\n".join(current).strip()
        if sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements
