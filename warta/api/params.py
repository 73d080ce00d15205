"""Query parameters shared by the API and the pages, checked before any store call.

A bad value is a 4xx naming the parameter and what is allowed, never a 500 (issue #6).
"""

from __future__ import annotations

import re
from datetime import date

from warta.errors import InvalidParameter
from warta.records import EVENT_STATUSES, EVENT_TYPES
from warta.store import ArticleFilters, EventFilters, MentionFilters

MENTION_KINDS = ("entity", "actor", "place")
MAX_EVENTS = 1000
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def blank_to_none(value: str | None) -> str | None:
    """Return None for a missing or empty value (an empty field of a submitted form)."""
    return value.strip() or None if value is not None else None


def checked_date(name: str, value: str | None) -> str | None:
    """Return a YYYY, YYYY-MM or YYYY-MM-DD value unchanged, or raise naming the parameter."""
    value = blank_to_none(value)
    if value is None:
        return None
    if not _DATE.fullmatch(value):
        raise InvalidParameter(name, f"{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError as exc:
        raise InvalidParameter(name, f"{value!r} is not a real date ({exc})") from exc
    return value


def checked_choice(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """Return the allowed value matching `value` case-insensitively, or raise listing them."""
    value = blank_to_none(value)
    if value is None:
        return None
    for choice in allowed:
        if choice.lower() == value.lower():
            return choice
    raise InvalidParameter(name, f"unknown value {value!r}; allowed: {', '.join(allowed)}")


def checked_limit(value: int | None, *, maximum: int = MAX_EVENTS) -> int:
    """Return a page size between 1 and `maximum`."""
    if value is None:
        return 100
    if not 1 <= value <= maximum:
        raise InvalidParameter("limit", f"{value} is out of range; use 1 to {maximum}")
    return value


def event_filters(
    *,
    actor: str | None = None,
    country: str | None = None,
    source_country: str | None = None,
    target_country: str | None = None,
    type: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    lang: str | None = None,
    article_id: str | None = None,
    limit: int | None = 100,
    cursor: str | None = None,
) -> EventFilters:
    """Return EventFilters from raw query values, checking each one."""
    cursor = blank_to_none(cursor)
    if cursor is not None and "|" not in cursor:
        raise InvalidParameter("cursor", f"{cursor!r} is not a cursor a previous page returned")
    return EventFilters(
        actor=blank_to_none(actor),
        country=_country(country),
        source_country=_country(source_country),
        target_country=_country(target_country),
        type=checked_choice("type", type, EVENT_TYPES),
        status=checked_choice("status", status, EVENT_STATUSES),
        since=checked_date("since", since),
        until=checked_date("until", until),
        lang=blank_to_none(lang),
        article_id=blank_to_none(article_id),
        limit=checked_limit(limit),
        cursor=cursor,
    )


def article_filters(
    *,
    outlet: str | None = None,
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> ArticleFilters:
    """Return ArticleFilters from raw query values, checking each one."""
    if offset < 0:
        raise InvalidParameter("offset", f"{offset} is negative")
    return ArticleFilters(
        outlet=blank_to_none(outlet),
        lang=blank_to_none(lang),
        since=checked_date("since", since),
        until=checked_date("until", until),
        query=blank_to_none(q),
        limit=checked_limit(limit, maximum=500),
        offset=offset,
    )


def mention_filters(
    *,
    article_id: str | None = None,
    kind: str | None = None,
    country: str | None = None,
    actor_id: str | None = None,
    limit: int = 1000,
) -> MentionFilters:
    """Return MentionFilters from raw query values, checking each one."""
    return MentionFilters(
        article_id=blank_to_none(article_id),
        kind=checked_choice("kind", kind, MENTION_KINDS),
        country=_country(country),
        actor_id=blank_to_none(actor_id),
        limit=checked_limit(limit, maximum=10_000),
    )


def _country(value: str | None) -> str | None:
    value = blank_to_none(value)
    return value.upper() if value else None
