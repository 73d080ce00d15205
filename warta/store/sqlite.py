"""SQLite store: WAL mode, FTS5 search, named migrations, one transaction per write."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from warta.errors import StoreError
from warta.records import Article
from warta.store import ArticleFilters, EventFilters, MentionFilters, SaveResult

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
# The other side of an event seen from the actor bound as :actor (the actor page, issue #6).
_COUNTERPART_COLUMNS = (
    "CASE WHEN e.source_actor = :actor THEN e.target_actor ELSE e.source_actor END "
    "AS counterpart_id, "
    "CASE WHEN e.source_actor = :actor THEN e.target_country ELSE e.source_country END "
    "AS country, "
    "max(CASE WHEN e.source_actor = :actor THEN json_extract(e.record, '$.target.name') "
    "ELSE json_extract(e.record, '$.source.name') END) AS name"
)


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

    def save_analysis(
        self, article_id: str, *, mentions: list[dict[str, Any]], events: list[dict[str, Any]]
    ) -> None:
        with self._transaction():
            self._conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            self._conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            self._conn.executemany(
                "INSERT INTO mentions (article_id, kind, start, end, text, label, actor_id, "
                "name, country, sector, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_mention_row(article_id, m) for m in mentions],
            )
            self._conn.executemany(
                "INSERT OR REPLACE INTO events (event_id, article_id, type, mode, status, "
                "source_actor, source_country, target_actor, target_country, date_value, "
                "score, lang, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_event_row(article_id, e) for e in events],
            )

    def events(self, filters: EventFilters) -> list[dict[str, Any]]:
        where, params = _event_where(filters)
        if filters.cursor:
            date_value, _, event_id = filters.cursor.partition("|")
            where.append("(coalesce(e.date_value, ''), e.event_id) < (?, ?)")
            params += [date_value, event_id]
        sql = (
            "SELECT e.record, a.url, a.outlet, a.published, a.lang AS article_lang "
            "FROM events e JOIN articles a ON a.id = e.article_id "
            f"{'WHERE ' + ' AND '.join(where) if where else ''} "
            "ORDER BY coalesce(e.date_value, '') DESC, e.event_id DESC"
        )
        if filters.limit is not None:
            sql += " LIMIT ?"
            params.append(filters.limit)
        records = []
        for row in self._conn.execute(sql, params):
            record = json.loads(row["record"])
            record.update(url=row["url"], outlet=row["outlet"], published=row["published"])
            record["lang"] = record.get("lang") or row["article_lang"]
            records.append(record)
        return records

    def event_counts(self, by: str, filters: EventFilters | None = None) -> list[dict[str, Any]]:
        groups = {
            "type": ["e.type"],
            "status": ["e.status"],
            "month": ["substr(e.date_value, 1, 7)"],
            "dyad": ["e.source_country", "e.target_country"],
            "source": ["e.source_country"],
        }
        if by not in groups:
            raise StoreError(f"cannot count events by {by!r} (known: {', '.join(groups)})")
        where, params = _event_where(filters or EventFilters())
        columns = groups[by]
        names = ["source", "target"] if by == "dyad" else [by]
        select = ", ".join(f"{c} AS {n}" for c, n in zip(columns, names, strict=True))
        sql = (
            f"SELECT {select}, count(*) AS events, avg(e.score) AS mean_score "
            "FROM events e JOIN articles a ON a.id = e.article_id "
            f"{'WHERE ' + ' AND '.join(where) if where else ''} "
            f"GROUP BY {', '.join(columns)} ORDER BY events DESC, {', '.join(columns)}"
        )
        return [dict(row) for row in self._conn.execute(sql, params)]

    def mentions(self, filters: MentionFilters) -> list[dict[str, Any]]:
        clauses, params = [], []
        for column in ("article_id", "kind", "country", "actor_id"):
            value = getattr(filters, column)
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        sql = (
            f"SELECT article_id, record FROM mentions "
            f"{'WHERE ' + ' AND '.join(clauses) if clauses else ''} "
            "ORDER BY article_id, start, kind"
        )
        if filters.limit is not None:
            sql += " LIMIT ?"
            params.append(filters.limit)
        return [
            {"article_id": row["article_id"], **json.loads(row["record"])}
            for row in self._conn.execute(sql, params)
        ]

    def counterparts(self, actor_id: str) -> list[dict[str, Any]]:
        sql = (
            f"SELECT {_COUNTERPART_COLUMNS}, count(*) AS events, avg(e.score) AS mean_score, "
            "sum(e.source_actor = :actor) AS as_source, "
            "sum(e.source_actor IS NOT :actor) AS as_target "
            "FROM events e WHERE e.source_actor = :actor OR e.target_actor = :actor "
            "GROUP BY counterpart_id, country ORDER BY events DESC, counterpart_id, country"
        )
        return [dict(row) for row in self._conn.execute(sql, {"actor": actor_id})]

    def counterpart_scores(self, actor_id: str) -> list[dict[str, Any]]:
        sql = (
            f"SELECT {_COUNTERPART_COLUMNS}, substr(e.date_value, 1, 7) AS month, "
            "count(*) AS events, avg(e.score) AS mean_score "
            "FROM events e WHERE (e.source_actor = :actor OR e.target_actor = :actor) "
            "AND e.date_value IS NOT NULL "
            "GROUP BY counterpart_id, country, month ORDER BY counterpart_id, country, month"
        )
        return [dict(row) for row in self._conn.execute(sql, {"actor": actor_id})]

    def event_places(self, filters: EventFilters | None = None) -> list[dict[str, Any]]:
        where, params = _event_where(filters or EventFilters())
        located = "json_extract(e.record, '$.location.lat') IS NOT NULL"
        sql = (
            "SELECT json_extract(e.record, '$.location.name') AS name, "
            "json_extract(e.record, '$.location.country') AS country, "
            "json_extract(e.record, '$.location.lat') AS lat, "
            "json_extract(e.record, '$.location.lon') AS lon, count(*) AS events, "
            "group_concat(DISTINCT e.status) AS statuses "
            "FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE {' AND '.join([located, *where])} "
            "GROUP BY lat, lon, name, country ORDER BY events DESC, name"
        )
        rows = [dict(row) for row in self._conn.execute(sql, params)]
        for row in rows:
            row["statuses"] = sorted((row["statuses"] or "").split(","))
        return rows

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


def _event_where(filters: EventFilters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.actor:
        clauses.append("(e.source_actor = ? OR e.target_actor = ?)")
        params += [filters.actor, filters.actor]
    if filters.country:
        clauses.append("(e.source_country = ? OR e.target_country = ?)")
        params += [filters.country, filters.country]
    for column, value in (
        ("e.source_country", filters.source_country),
        ("e.target_country", filters.target_country),
        ("e.type", filters.type),
        ("e.status", filters.status),
        ("coalesce(e.lang, a.lang)", filters.lang),
        ("e.article_id", filters.article_id),
    ):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if filters.since:
        clauses.append("e.date_value >= ?")
        params.append(filters.since)
    if filters.until:
        # "2023-09" includes every day of September: compare on the until's own length.
        clauses.append("substr(e.date_value, 1, ?) <= ?")
        params += [len(filters.until), filters.until]
    return clauses, params


def _mention_row(article_id: str, mention: dict[str, Any]) -> tuple[Any, ...]:
    return (
        article_id,
        mention["kind"],
        mention["start"],
        mention["end"],
        mention["text"],
        mention.get("label"),
        mention.get("actor_id"),
        mention.get("name"),
        mention.get("country"),
        mention.get("sector"),
        json.dumps(mention, ensure_ascii=False),
    )


def _event_row(article_id: str, event: dict[str, Any]) -> tuple[Any, ...]:
    source, target = event.get("source") or {}, event.get("target") or {}
    return (
        event["event_id"],
        article_id,
        event["type"],
        event.get("mode"),
        event["status"],
        source.get("actor_id"),
        source.get("country"),
        target.get("actor_id"),
        target.get("country"),
        sortable_date((event.get("date") or {}).get("value")),
        event.get("score"),
        event.get("lang"),
        json.dumps(event, ensure_ascii=False),
    )


def sortable_date(value: str | None) -> str | None:
    """Return an ISO date prefix that sorts and compares in time order.

    Week values ("2024-W23") become the week's Monday ("2024-06-03"); day, month and year
    values ("2024-06-05", "2024-06", "2024") already compare correctly as strings.
    """
    if value and len(value) >= 8 and value[4:6] == "-W":
        try:
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1).isoformat()
        except ValueError:
            return value
    return value


def next_cursor(records: list[dict[str, Any]]) -> str | None:
    """Return the cursor of the page after `records` (None when it was empty)."""
    if not records:
        return None
    last = records[-1]
    return f"{sortable_date((last.get('date') or {}).get('value')) or ''}|{last['event_id']}"


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
