"""RSS and Atom feeds -> Links to their entries' pages (feedparser)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from warta.errors import BadInput
from warta.sources.link import Link

_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(data: bytes, content_type: str) -> bool:
    """Tell whether a body is an RSS/Atom feed, by content type or by its root element."""
    if content_type in _FEED_TYPES:
        return True
    head = data[:1024].lstrip().lower()
    return any(root in head for root in _FEED_ROOTS)


def parse_feed(data: bytes, *, source: str) -> Iterator[Link]:
    """Yield a Link per feed entry; raise BadInput if `data` is not a readable feed."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
        detail = f" ({reason})" if reason else ""
        raise BadInput(f"{source}: not an RSS or Atom feed with entries{detail}")
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if not link:
            continue
        yield Link(
            url=link,
            source=f"{source}#{number}",
            title=entry.get("title"),
            published=_published(entry),
        )


def _published(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
