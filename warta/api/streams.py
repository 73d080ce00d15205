"""Stream every event matching a filter as CSV or JSON Lines, page by page (issue #6)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from warta.store import EventFilters, Store
from warta.store.sqlite import next_cursor

PAGE_SIZE = 1000
CSV_COLUMNS = [
    "event_id", "article_id", "published", "outlet", "url", "lang", "type", "mode", "cameo",
    "score", "status", "source_text", "source_actor_id", "source_name", "source_country",
    "source_sector", "target_text", "target_actor_id", "target_name", "target_country",
    "target_sector", "date_value", "date_precision", "date_basis", "date_text",
    "location_name", "location_country", "location_lat", "location_lon", "attribution_text",
    "attribution_kind", "confidence", "sentence", "span_start", "span_end", "story_id",
    "cluster_id",
]  # fmt: skip
_NESTED = {
    "source": ("text", "actor_id", "name", "country", "sector"),
    "target": ("text", "actor_id", "name", "country", "sector"),
    "date": ("value", "precision", "basis", "text"),
    "location": ("name", "country", "lat", "lon"),
    "attribution": ("text", "kind"),
}


def iter_events(store: Store, filters: EventFilters) -> Iterator[dict[str, Any]]:
    """Yield every matching event from the filter's cursor on, ignoring its page size."""
    filters = dataclasses.replace(filters, limit=PAGE_SIZE)
    while True:
        page = store.events(filters)
        yield from page
        if len(page) < PAGE_SIZE:
            return
        filters = dataclasses.replace(filters, cursor=next_cursor(page))


def flat_event(event: dict[str, Any]) -> dict[str, Any]:
    """Return an event as one flat CSV row (nested records become prefixed columns)."""
    row = {key: value for key, value in event.items() if key not in _NESTED and key != "span"}
    for name, keys in _NESTED.items():
        nested = event.get(name) or {}
        row.update({f"{name}_{key}": nested.get(key) for key in keys})
    span = event.get("span") or [None, None]
    row["span_start"], row["span_end"] = span[0], span[1]
    return row


def csv_lines(events: Iterator[dict[str, Any]]) -> Iterator[str]:
    """Yield a CSV header, then one CSV line per event."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    yield _drain(buffer)
    for event in events:
        writer.writerow(flat_event(event))
        yield _drain(buffer)


def jsonl_lines(events: Iterator[dict[str, Any]]) -> Iterator[str]:
    """Yield one JSON line per event, exactly the SPEC record."""
    for event in events:
        yield json.dumps(event, ensure_ascii=False) + "\n"


FORMATS: dict[str, tuple[str, Callable[[Iterator[dict[str, Any]]], Iterator[str]]]] = {
    "csv": ("text/csv; charset=utf-8", csv_lines),
    "jsonl": ("application/x-ndjson; charset=utf-8", jsonl_lines),
}


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
