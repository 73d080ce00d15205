"""How fast the event explorer answers over many stored events (issue #6 target: < 300 ms).

`run()` fills a temporary store with synthetic but varied events (types, statuses,
countries, dates) and times one filtered explorer query through the store and through
the API. It is a benchmark to run by hand, not a timed test.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.config import Settings
from warta.records import EVENT_STATUSES, EVENT_TYPES, Article, stable_id
from warta.store import EventFilters, Store, open_store

COUNTRIES = (
    "IDN", "MYS", "SGP", "PHL", "THA", "VNM", "MMR", "LAO", "KHM", "CHN", "JPN", "KOR",
    "PRK", "RUS", "USA", "AUS", "IND", "GBR", "FRA", "DEU", "UKR", "ASEAN", "UN", "EU",
)  # fmt: skip
EVENTS_PER_ARTICLE = 40
QUERY = {"country": "IDN", "type": "CONSULT", "since": "2023-01-01", "limit": 100}


def run(events: int = 100_000, *, repeats: int = 7, seed: int = 0) -> dict[str, Any]:
    """Fill a temporary store with `events` events and time the explorer query; return figures."""
    with warnings.catch_warnings():
        # Starlette asks TestClient users to move to httpx2; the timing is the same.
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient

    from warta.api import create_app

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as folder:
        db = str(Path(folder) / "bench.db")
        store = open_store(db)
        try:
            started = time.perf_counter()
            articles = _fill(store, events, rng)
            fill_seconds = time.perf_counter() - started
            filters = EventFilters(**QUERY)
            found = len(store.events(filters))
            store_ms = _median_ms(lambda: store.events(filters), repeats)
        finally:
            store.close()
        with TestClient(create_app(Settings(db=db))) as client:
            api_ms = _median_ms(lambda: client.get("/api/events", params=QUERY).json(), repeats)
    return {
        "events": events,
        "articles": articles,
        "query": QUERY,
        "returned": found,
        "fill_seconds": round(fill_seconds, 1),
        "store_ms": round(store_ms, 1),
        "api_ms": round(api_ms, 1),
    }


def _fill(store: Store, events: int, rng: random.Random) -> int:
    articles = max(1, events // EVENTS_PER_ARTICLE)
    made = 0
    for number in range(articles):
        article = _article(number, rng)
        store.save_article(article, now="2024-01-01T00:00:00+00:00")
        batch = min(EVENTS_PER_ARTICLE, events - made)
        store.save_analysis(
            article.id, mentions=[], events=[_event(article, n, rng) for n in range(batch)]
        )
        made += batch
    return articles


def _article(number: int, rng: random.Random) -> Article:
    day = f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = f"Berita sintetis nomor {number} tentang pertemuan dan perundingan antarnegara."
    return Article(
        id=stable_id("bench", str(number)),
        url=f"https://bench.example/{number}",
        canonical_url=f"https://bench.example/{number}",
        outlet=rng.choice(["Kabar Uji", "Test Wire", "Warta Sintetis"]),
        title=f"Berita sintetis {number}",
        published=f"{day}T08:00:00+07:00",
        authors=(),
        editor=None,
        dateline=None,
        lang=rng.choice(["id", "en"]),
        text=text,
        tags=(),
        content_hash=stable_id(text),
    )


def _event(article: Article, number: int, rng: random.Random) -> dict[str, Any]:
    source, target = rng.sample(COUNTRIES, 2)
    day = f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {
        "event_id": stable_id(article.id, str(number)),
        "article_id": article.id,
        "lang": article.lang,
        "sentence": article.text,
        "span": [0, len(article.text)],
        "type": rng.choice(EVENT_TYPES),
        "mode": None,
        "cameo": None,
        "score": round(rng.uniform(-10, 10), 1),
        "source": {"text": source, "actor_id": f"gov-{source.lower()}", "name": source,
                   "country": source, "sector": "GOV"},
        "target": {"text": target, "actor_id": f"gov-{target.lower()}", "name": target,
                   "country": target, "sector": "GOV"},
        "status": rng.choice(EVENT_STATUSES),
        "attribution": None,
        "date": {"value": day, "precision": "day", "text": None, "basis": "text"},
        "location": None,
        "confidence": round(rng.uniform(0.3, 1.0), 2),
        "story_id": None,
        "cluster_id": None,
    }  # fmt: skip


def _median_ms(query: Callable[[], object], repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        query()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)
