"""Cut an article's text into paragraphs of marked-up segments for the article page.

Pure function over the stored records: mentions (entities, actors, places) and events
(their `span`) become segments a template renders without knowing about offsets.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# When spans overlap, the most telling kind of mention decides the segment's look.
_MENTION_RANK = {"actor": 0, "place": 1, "entity": 2}


def number_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the events in text order, each with a 1-based `number` for its marker and card."""
    ordered = sorted(events, key=lambda e: (tuple(e.get("span") or (0, 0)), e["event_id"]))
    return [{**event, "number": n} for n, event in enumerate(ordered, start=1)]


def mark_up(
    text: str, mentions: list[dict[str, Any]], events: list[dict[str, Any]]
) -> list[list[dict[str, Any]]]:
    """Return paragraphs, each a list of segments covering the text in order.

    A segment has `text`, the `status` of the most specific event covering it (or None),
    `event_ids`, `mention_kinds`, a `title` naming the mention, and `markers`: the numbered
    events (from `number_events`) that start there.
    """
    size = len(text)
    event_spans = [(*_clamp(e.get("span"), size), e) for e in events]
    mention_spans = [(*_clamp((m["start"], m["end"]), size), m) for m in mentions]
    boundaries = {0, size}
    for start, end, _ in event_spans + mention_spans:
        boundaries.update((start, end))
    paragraphs = []
    for first, last in _paragraphs(text):
        points = [first, *sorted(b for b in boundaries if first < b < last), last]
        paragraphs.append(
            [_segment(text, a, b, event_spans, mention_spans) for a, b in pairwise(points)]
        )
    return paragraphs


def _segment(
    text: str,
    start: int,
    end: int,
    event_spans: list[tuple[int, int, dict[str, Any]]],
    mention_spans: list[tuple[int, int, dict[str, Any]]],
) -> dict[str, Any]:
    covering = sorted(
        ((e_end - e_start, event) for e_start, e_end, event in event_spans
         if e_start <= start and end <= e_end),
        key=lambda pair: pair[0],
    )  # fmt: skip
    mentions = sorted(
        (m for m_start, m_end, m in mention_spans if m_start <= start and end <= m_end),
        key=lambda m: _MENTION_RANK.get(m["kind"], 9),
    )
    markers = [
        {"number": e.get("number"), "status": e["status"], "event_id": e["event_id"]}
        for e_start, _, e in event_spans
        if e_start == start
    ]
    return {
        "text": text[start:end],
        "status": covering[0][1]["status"] if covering else None,
        "event_ids": [event["event_id"] for _, event in covering],
        "mention_kinds": sorted({m["kind"] for m in mentions}, key=_MENTION_RANK.get),
        "title": _title(mentions[0]) if mentions else None,
        "markers": markers,
    }


def _title(mention: dict[str, Any]) -> str:
    details = [mention.get("label"), mention.get("name"), mention.get("country")]
    known = [d for d in details if d and d != mention["text"]]
    return f"{mention['kind']}: {' · '.join(known)}" if known else mention["kind"]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for gap in _PARAGRAPH_BREAK.finditer(text):
        if gap.start() > start:
            spans.append((start, gap.start()))
        start = gap.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _clamp(span: Any, size: int) -> tuple[int, int]:
    start, end = (span or (0, 0))[:2]
    return max(0, min(int(start), size)), max(0, min(int(end), size))
