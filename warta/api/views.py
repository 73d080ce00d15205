"""The dicts every API answer and every page is built from (one dict, JSON or HTML).

Each function reads the store through its methods only (no SQL here) and returns plain
JSON types, so `GET /api/...` returns it as is and a page renders the same dict.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from warta.errors import InvalidParameter, NotFound, StoreError
from warta.records import Article
from warta.store import ArticleFilters, EventFilters, MentionFilters, Store
from warta.store.sqlite import next_cursor

EXCERPT_CHARS = 240


def article_summary(article: Article) -> dict[str, Any]:
    """Return an article without its full text, with a short excerpt for lists."""
    data = article.to_dict()
    text = data.pop("text") or ""
    data["excerpt"] = text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"
    return data


def article_list(store: Store, filters: ArticleFilters) -> dict[str, Any]:
    """Return a page of matching articles, their total and the filters used."""
    return {
        "articles": [article_summary(a) for a in store.articles(filters)],
        "total": store.count_articles(filters),
        "filters": dataclasses.asdict(filters),
    }


def article_detail(store: Store, article_id: str) -> dict[str, Any]:
    """Return one article with its mentions and its events (SPEC records)."""
    try:
        article = store.article(article_id)
    except StoreError as exc:  # an ambiguous id prefix is the caller's to fix
        raise InvalidParameter("article_id", str(exc)) from exc
    if article is None:
        raise NotFound(f"no article with id {article_id!r}")
    return {
        "article": article.to_dict(),
        "mentions": store.mentions(MentionFilters(article_id=article.id, limit=None)),
        "events": store.events(EventFilters(article_id=article.id, limit=None)),
    }


def event_list(store: Store, filters: EventFilters) -> dict[str, Any]:
    """Return a page of events and the cursor of the next page (None on the last page)."""
    events = store.events(filters)
    full_page = filters.limit is not None and len(events) == filters.limit
    return {
        "events": events,
        "next_cursor": next_cursor(events) if full_page else None,
        "filters": dataclasses.asdict(filters),
    }


def stats(store: Store) -> dict[str, Any]:
    """Return event counts by type, status, country pair and month, and the article summary."""
    return {
        "articles": store.summary(),
        "by_type": store.event_counts("type"),
        "by_status": store.event_counts("status"),
        "by_dyad": store.event_counts("dyad"),
        "by_month": store.event_counts("month"),
    }


def overview(store: Store, *, latest: int = 10, dyads: int = 10) -> dict[str, Any]:
    """Return what the front page shows: latest articles, event counts, busiest country pairs."""
    return {
        "latest": [article_summary(a) for a in store.articles(ArticleFilters(limit=latest))],
        "articles": store.summary(),
        "by_type": store.event_counts("type"),
        "by_status": store.event_counts("status"),
        "by_dyad": store.event_counts("dyad")[:dyads],
    }


def actor_detail(store: Store, actor_id: str, *, limit: int = 200) -> dict[str, Any]:
    """Return an actor's events, counterparts and mean score per counterpart and month."""
    events = store.events(EventFilters(actor=actor_id, limit=limit))
    if not events:
        raise NotFound(f"no events involve actor {actor_id!r}")
    series: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    for row in store.counterpart_scores(actor_id):
        key = (row["counterpart_id"], row["country"])
        entry = series.setdefault(
            key,
            {"counterpart_id": key[0], "country": key[1], "name": row["name"], "points": []},
        )
        entry["points"].append(
            {"month": row["month"], "events": row["events"], "mean_score": row["mean_score"]}
        )
    return {
        "actor": _actor_record(actor_id, events[0]),
        "events": events,
        "counterparts": store.counterparts(actor_id),
        "series": list(series.values()),
    }


def places(store: Store, filters: EventFilters | None = None) -> dict[str, Any]:
    """Return place mentions that have coordinates, and located events grouped by place."""
    located = [
        m
        for m in store.mentions(MentionFilters(kind="place", limit=None))
        if m.get("lat") is not None and m.get("lon") is not None
    ]
    return {"places": located, "event_places": store.event_places(filters)}


def _actor_record(actor_id: str, event: dict[str, Any]) -> dict[str, Any]:
    for side in ("source", "target"):
        actor = event.get(side) or {}
        if actor.get("actor_id") == actor_id:
            return {k: actor.get(k) for k in ("actor_id", "name", "country", "sector")}
    return {"actor_id": actor_id, "name": None, "country": None, "sector": None}
