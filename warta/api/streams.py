"""Stream every event matching a filter as CSV or JSON Lines, page by page (issue #6)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from warta.export import EVENT_FLAT_COLUMNS, flat_event, iter_events

__all__ = ["CSV_COLUMNS", "FORMATS", "csv_lines", "iter_events", "jsonl_lines"]

# One flat layout for CSV everywhere: the API streams what `warta export` writes.
CSV_COLUMNS = list(EVENT_FLAT_COLUMNS)


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
