"""Find time expressions and normalise them against the publication date (issue #3).

Finding is regular expressions built from the language's word lists (see `timevocab`);
normalising is calendar arithmetic here. How underspecified expressions are read:
- a weekday alone ("Senin", "on Tuesday") is the nearest such day on or before publication
  (news reports the past), or on or after it when a future word ("akan", "will") comes
  earlier in its sentence; "Senin lalu"/"last Friday" is strictly before, "Senin
  depan"/"next Friday" strictly after, "Senin ini" in the publication's week;
- a day and month without a year ("Rabu (24/04)", "Dec. 28") take the year, within one of
  publication, whose weekday matches the one written; otherwise the nearest date, a
  future one counting three times its distance (news reports the past) unless a future
  word comes earlier in the sentence; a month alone ("sejak Januari") likewise;
- a clock time ("10.15 WIB") is on the day of the last day expression earlier in its
  sentence ("besok pukul 09.00 WIB"), or on the publication day;
- without a publication date, only expressions that carry their own year are returned.
Impossible dates (31 February) are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TypeVar

from warta.analyze.timevocab import TimeVocab, vocab
from warta.lang import LangData
from warta.records import TimeExpr

# A value, its precision and its mod; or None for a match that resolves to nothing
# (a vague count, a bare number) but still blocks shorter matches inside it.
Reading = tuple[str, str, str | None] | None
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_T = TypeVar("_T")


def find_times(text: str, *, lang: LangData, published: datetime | None) -> tuple[TimeExpr, ...]:
    """Return the time expressions of `text` in text order, normalised to `published`."""
    words = vocab(lang)
    today = published.date() if published is not None else None
    candidates: list[tuple[int, int, int, re.Match[str], str]] = []
    for priority, (kind, pattern) in enumerate(words.patterns):
        for match in pattern.finditer(text):
            start, end = match.span("core")
            candidates.append((start, end, priority, match, kind))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, _, match, kind in candidates:
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, match, kind))
    chosen.sort(key=lambda c: c[0])

    found: list[TimeExpr] = []
    for start, end, match, kind in chosen:
        reading = _read(kind, match, words, today, text, found)
        if reading is not None:
            value, precision, mod = reading
            found.append(TimeExpr(text[start:end], start, end, value, precision, mod))
    return tuple(found)


def _read(
    kind: str,
    match: re.Match[str],
    words: TimeVocab,
    today: date | None,
    text: str,
    found: list[TimeExpr],
) -> Reading:
    if kind == "clock":
        return _read_clock(match, words, today, text, found)
    future = _future_before(text, match.start("core"), words)
    return _READERS[kind](match, words, today, future)


def _future_before(text: str, start: int, words: TimeVocab) -> bool:
    """Return whether a future word comes earlier in the sentence holding `start`."""
    if words.future is None:
        return False
    window = text[max(0, start - 300) : start]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    sentence = window[breaks[-1].end() :] if breaks else window
    return words.future.search(sentence) is not None


def _mod(match: re.Match[str], words: TimeVocab) -> str | None:
    value = words.role("mod", match.group("mod"))
    return None if value in (None, "none") else value


def _shift(match: re.Match[str], words: TimeVocab) -> int | None:
    """Return -1, 0 or 1 from a shift word after or before the expression, or None."""
    groups = match.groupdict()
    value = words.role("shift_after", groups.get("shift"))
    if value is None:
        value = words.role("shift_before", groups.get("shift_before"))
    return None if value is None else int(value)


def _has_context(match: re.Match[str]) -> bool:
    """Return whether a bare month or year has a cue, mod, noun or shift word with it."""
    groups = match.groupdict()
    return any(groups.get(name) for name in ("cue", "mod", "noun", "shift", "shift_before"))


def _read_relative(
    match: re.Match[str], words: TimeVocab, today: date | None, future: bool
) -> Reading:
    if today is None:
        return None
    unit_word = match.group("unit") or match.group("unit_b")
    unit = words.role("unit", unit_word)
    shift = _shift(match, words)
    if unit is None or shift is None:
        return None
    return (*_moved(today, unit, shift), _mod(match, words))


def _read_counted(
    match: re.Match[str], words: TimeVocab, today: date | None, future: bool
) -> Reading:
    if today is None:
        return None
    if match.group("unit_one"):
        unit, count = words.role("unit_one", match.group("unit_one")), 1
    else:
        unit = words.role("unit", match.group("unit"))
        word = match.group("count")
        count = int(word) if word.isdigit() else words.numbers.get(" ".join(word.lower().split()))
    direction = words.role("ago", match.group("ago"))
    if unit is None or count is None or direction is None:
        return None  # a vague count ("beberapa tahun lalu"): nothing to resolve
    return (*_moved(today, unit, count * int(direction)), None)


def _moved(today: date, unit: str, steps: int) -> tuple[str, str]:
    """Return the value and precision of the `unit` that is `steps` units from today."""
    if unit == "day":
        return (today + timedelta(days=steps)).isoformat(), "day"
    if unit == "week":
        return _week(today + timedelta(weeks=steps)), "week"
    if unit == "month":
        year, month = _add_months(today.year, today.month, steps)
        return f"{year:04d}-{month:02d}", "month"
    return f"{today.year + steps:04d}", "year"


def _week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def _add_months(year: int, month: int, steps: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + steps
    return index // 12, index % 12 + 1


def _read_deictic(
    match: re.Match[str], words: TimeVocab, today: date | None, future: bool
) -> Reading:
    offset = words.role("deictic", match.group("deictic"))
    if today is None or offset is None:
        return None
    return (today + timedelta(days=int(offset))).isoformat(), "day", None


def _read_weekday(
    match: re.Match[str], words: TimeVocab, today: date | None, future: bool
) -> Reading:
    if today is None:
        return None
    weekday = words.weekdays[match.group("weekday").lower()]
    shift = _shift(match, words)
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if shift == -1:
        day = today - timedelta(days=back or 7)
    elif shift == 1:
        day = today + timedelta(days=ahead or 7)
    elif shift == 0:
        day = today + timedelta(days=weekday - today.weekday())
    elif future:
        day = today + timedelta(days=ahead)
    else:
        day = today - timedelta(days=back)
    return day.isoformat(), "day", None


def _full_year(written: str | None) -> int | None:
    if not written:
        return None
    year = int(written)
    return year + 2000 if len(written) == 2 else year


def _read_date(match: re.Match[str], words: TimeVocab, today: date | None, future: bool) -> Reading:
    month = words.months[match.group("month").lower()]
    return _resolve_date(
        int(match.group("day")), month, _full_year(match.group("year")), match, words, today, future
    )


def _read_numeric(
    match: re.Match[str], words: TimeVocab, today: date | None, future: bool
) -> Reading:
    first, second = int(match.group("first")), int(match.group("second"))
    day, month = (first, second) if words.day_first else (second, first)
    year = _full_year(match.group("nyear"))
    if year is None and not (match.group("weekday") or match.group("cue") or match.group("noun")):
        return None  # a bare "1/2" may be a fraction or a score
    return _resolve_date(day, month, year, match, words, today, future)


def _resolve_date(
    day: int,
    month: int,
    year: int | None,
    match: re.Match[str],
    words: TimeVocab,
    today: date | None,
    future: bool,
) -> Reading:
    if year is not None:
        try:
            return date(year, month, day).isoformat(), "day", None
        except ValueError:
            return None
    if today is None:
        return None
    candidates = []
    for candidate_year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(date(candidate_year, month, day))
        except ValueError:
            continue
    weekday = match.groupdict().get("weekday")
    if weekday:
        wanted = words.weekdays[weekday.lower()]
        matching = [c for c in candidates if c.weekday() == wanted]
        candidates = matching or candidates
    if not candidates:
        return None
    shift = _shift(match, words) if "shift" in match.groupdict() else None
    best = _pick(candidates, today, shift, future, lambda a, b: (a - b).days)
    return best.isoformat(), "day", None


def _pick(
    candidates: list[_T],
    today: _T,
    shift: int | None,
    future: bool,
    distance: Callable[[_T, _T], int],
) -> _T:
    """Return the candidate a reader would mean: see the module docstring."""
    if shift == -1:
        before = [c for c in candidates if distance(c, today) < 0]
        return max(before, key=lambda c: distance(c, today)) if before else candidates[0]
    if shift == 1 or future:
        after = [c for c in candidates if distance(c, today) >= (1 if shift == 1 else 0)]
        return min(after, key=lambda c: distance(c, today)) if after else candidates[-1]

    def weighted(candidate: _T) -> int:
        gap = distance(candidate, today)
        return gap * 3 if gap > 0 else -gap

    return min(candidates, key=weighted)


def _read_month_year(
    match: re.Match[str], words: TimeVocab, today: date | None, future: bool
) -> Reading:
    month = words.months[match.group("month").lower()]
    return f"{int(match.group('year')):04d}-{month:02d}", "month", _mod(match, words)


def _read_month(
    match: re.Match[str], words: TimeVocab, today: date | None, future: bool
) -> Reading:
    if today is None or not _has_context(match):
        return None
    month = words.months[match.group("month").lower()]
    candidates = [(year, month) for year in (today.year - 1, today.year, today.year + 1)]
    shift = _shift(match, words)
    if shift == 0:
        year = today.year
    else:
        year, _ = _pick(
            candidates,
            (today.year, today.month),
            shift,
            future,
            lambda a, b: (a[0] - b[0]) * 12 + a[1] - b[1],
        )
    return f"{year:04d}-{month:02d}", "month", _mod(match, words)


def _read_year(match: re.Match[str], words: TimeVocab, today: date | None, future: bool) -> Reading:
    if not _has_context(match):
        return None
    return f"{int(match.group('year')):04d}", "year", _mod(match, words)


def _read_clock(
    match: re.Match[str], words: TimeVocab, today: date | None, text: str, found: list[TimeExpr]
) -> Reading:
    zone, meridiem = match.group("zone"), words.role("meridiem", match.group("meridiem"))
    cue = match.group("cue")
    if not (zone or meridiem or (cue and words.role("clock_cue", cue) is not None)):
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    if meridiem is not None:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    day = today
    start = match.start("core")
    for earlier in reversed(found):
        if earlier.precision == "day" and not _SENTENCE_BREAK.search(text, earlier.end, start):
            day = date.fromisoformat(earlier.value)
        break
    if day is None:
        return None
    offset = words.zones.get(zone, "") if zone else ""
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset}", "minute", None


_READERS: dict[str, Callable[..., Reading]] = {
    "relative": _read_relative,
    "counted": _read_counted,
    "deictic": _read_deictic,
    "weekday": _read_weekday,
    "date_dmy": _read_date,
    "date_mdy": _read_date,
    "date_numeric": _read_numeric,
    "month_year": _read_month_year,
    "month": _read_month,
    "year": _read_year,
}
