"""Link: a URL still to fetch, as sources and feeds hand it to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    """A URL still to fetch, with what the input (a feed entry, say) said about it."""

    url: str
    source: str
    title: str | None = None
    published: str | None = None
