"""Storage: the one place that knows SQL. `open_store(db)` returns a Store.

The embedded default is SQLite (`sqlite.py`); a server backend implements the same
`Store` protocol. Stage code never sees SQL: it hands records to these methods.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from warta.errors import ConfigError
from warta.records import Article

SaveResult = Literal["ingested", "updated", "unchanged"]


@dataclass(frozen=True)
class ArticleFilters:
    """What `Store.articles` can select on; every field is optional."""

    outlet: str | None = None
    lang: str | None = None
    since: str | None = None
    until: str | None = None
    query: str | None = None
    limit: int | None = 50
    offset: int = 0


@dataclass(frozen=True)
class EventFilters:
    """What `Store.events` can select on; every field is optional.

    `actor` matches a source or target actor_id; `country` a source or target country;
    `since`/`until` compare the event's own date (YYYY, YYYY-MM or YYYY-MM-DD prefixes).
    `cursor` is the `next_cursor` a previous page returned.
    """

    actor: str | None = None
    country: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    lang: str | None = None
    article_id: str | None = None
    limit: int | None = 100
    cursor: str | None = None


@dataclass(frozen=True)
class MentionFilters:
    """What `Store.mentions` can select on."""

    article_id: str | None = None
    kind: str | None = None
    country: str | None = None
    actor_id: str | None = None
    limit: int | None = 1000


class Store(Protocol):
    """What every storage backend offers."""

    def save_article(self, article: Article, *, now: str) -> SaveResult:
        """Insert or update an article in one transaction; say what happened."""
        ...

    def article(self, article_id: str) -> Article | None:
        """Return the article with this id (or unique id prefix), or None."""
        ...

    def articles(self, filters: ArticleFilters) -> list[Article]:
        """Return articles matching `filters`, newest first (best match first with a query)."""
        ...

    def iter_articles(self, filters: ArticleFilters) -> Iterator[Article]:
        """Yield every article matching `filters` without holding them all in memory."""
        ...

    def count_articles(self, filters: ArticleFilters | None = None) -> int:
        """Return how many articles match `filters` (all when None)."""
        ...

    def has_url(self, url: str) -> bool:
        """Tell whether an article with this URL or canonical URL is stored."""
        ...

    def save_analysis(
        self, article_id: str, *, mentions: list[dict[str, Any]], events: list[dict[str, Any]]
    ) -> None:
        """Replace an article's mentions and events in one transaction."""
        ...

    def events(self, filters: EventFilters) -> list[dict[str, Any]]:
        """Return SPEC event records matching `filters`, newest event date first."""
        ...

    def event_counts(self, by: str, filters: EventFilters | None = None) -> list[dict[str, Any]]:
        """Count matching events by "type", "status", "month", "dyad" or "source"."""
        ...

    def mentions(self, filters: MentionFilters) -> list[dict[str, Any]]:
        """Return stored mention records (entities, actors, places) in text order."""
        ...

    def counterparts(self, actor_id: str) -> list[dict[str, Any]]:
        """Return who this actor's events involve on the other side, most events first.

        One row per (counterpart_id, country): `name`, `events`, `mean_score`, and how
        often the actor was the source (`as_source`) or the target (`as_target`).
        """
        ...

    def counterpart_scores(self, actor_id: str) -> list[dict[str, Any]]:
        """Return event count and mean PLOVER score per counterpart and month (YYYY-MM)."""
        ...

    def event_places(self, filters: EventFilters | None = None) -> list[dict[str, Any]]:
        """Return located events grouped by place: name, country, lat, lon, events, statuses."""
        ...

    def summary(self) -> dict[str, object]:
        """Return counts by language and outlet, and the date range, for a quick overview."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


def open_store(db: str) -> Store:
    """Open (creating and migrating if needed) the store named by `db`."""
    if db.startswith(("postgres://", "postgresql://")):
        raise ConfigError(
            f"{db}: the PostgreSQL backend is not available yet; use a SQLite file path"
        )
    from warta.store.sqlite import SQLiteStore

    return SQLiteStore(db)


__all__ = ["ArticleFilters", "EventFilters", "MentionFilters", "SaveResult", "Store", "open_store"]
