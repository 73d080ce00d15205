"""The publication date of a page, with its time zone, from metadata or the byline."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, timedelta, timezone

import dateparser
from lxml.etree import _Element

log = logging.getLogger(__name__)

_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "content_publishdate",
)
# "Selasa, 05 September 2023 | 10:15 WIB", "5 Sep 2023, 14:30 WITA", "March 3, 2024 9:15 AM EST"
_BYLINE = re.compile(
    r"(?P<date>\d{1,2}\s+[A-Za-z]{3,10}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*[|,\-–]?\s*(?:pukul\s+)?(?P<time>\d{1,2}[:.]\d{2})(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?)?"
    r"(?:\s*(?P<zone>[A-Z]{2,5}))?"
)
_MIN_YEAR, _MAX_YEAR = 1900, 2100


class ImpossibleDate(ValueError):
    """A date string names a day that does not exist."""


def published_from_page(
    tree: _Element, *, page_text: str, offsets: dict[str, str]
) -> tuple[str | None, list[str]]:
    """Return the ISO 8601 publication date of a page and warnings about bad dates found.

    Metadata comes first (Open Graph, meta names, JSON-LD, <time>), then the first
    byline-like date in the page text; a time-zone abbreviation there (WIB, WITA, WIT,
    EST ...) supplies the offset that metadata often leaves out.
    """
    warnings: list[str] = []
    zone = _byline_zone(page_text, offsets)
    for candidate in _metadata_dates(tree):
        try:
            return normalise(candidate, offset=zone), warnings
        except ImpossibleDate as exc:
            warnings.append(str(exc))
        except ValueError:
            continue
    match = _BYLINE.search(page_text[:5000])
    if match:
        value = _parse_byline(match, offsets)
        if value:
            return value, warnings
    return None, warnings


def normalise(value: str, *, offset: str | None = None) -> str:
    """Return `value` as ISO 8601; raise ImpossibleDate for dates that cannot exist.

    A value without an offset takes `offset` ("+07:00") when one is known.
    """
    text = value.strip().replace("Z", "+00:00")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        _check_day(text)
        return text
    if not re.match(r"\d{4}-\d{2}-\d{2}[T ]\d", text):
        parsed = dateparser.parse(value, languages=["id", "en"])
        if parsed is None or not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
            raise ValueError(f"not a date: {value!r}")
        return parsed.isoformat()
    _check_day(text[:10])
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        # A valid day with an odd time part ("2019-11-18 17:19:53 GMT"): let dateparser read it.
        found = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": True})
        if found is None:
            raise ValueError(f"not a date: {value!r}") from None
        parsed = found
    if parsed.tzinfo is None and offset:
        parsed = parsed.replace(tzinfo=_tz(offset))
    return parsed.isoformat()


def _check_day(day: str) -> None:
    try:
        parsed = datetime.strptime(day, "%Y-%m-%d")
    except ValueError as exc:
        raise ImpossibleDate(f"impossible publication date {day!r}") from exc
    if not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        raise ValueError(f"placeholder or implausible year in {day!r}")


def _metadata_dates(tree: _Element) -> list[str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_KEYS and meta.get("content") and key not in found:
            found[key] = meta.get("content", "")
    ordered = [found[k] for k in _META_KEYS if k in found]
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            ordered.extend(_json_ld_dates(script.text))
    ordered.extend(t.get("datetime", "") for t in tree.iter("time") if t.get("datetime"))
    return ordered


def _json_ld_dates(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return []
    stack, dates = [data], []
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                dates.append(item["datePublished"])
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return dates


def _byline_zone(page_text: str, offsets: dict[str, str]) -> str | None:
    match = _BYLINE.search(page_text[:5000])
    if match and match.group("zone") in offsets:
        return offsets[match.group("zone")]
    return None


def _parse_byline(match: re.Match[str], offsets: dict[str, str]) -> str | None:
    clock = match.group("time") or ""
    text = f"{match.group('date')} {clock.replace('.', ':')} {match.group('ampm') or ''}"
    parsed = dateparser.parse(
        text.strip(),
        languages=["id", "en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None or not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return None
    zone = match.group("zone")
    if zone in offsets:
        parsed = parsed.replace(tzinfo=_tz(offsets[zone]))
    if not clock:
        return parsed.date().isoformat()
    return parsed.isoformat()


def _tz(offset: str) -> timezone:
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = offset.lstrip("+-").split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
