"""The time-expression patterns of one language, compiled from its data files.

Every word comes from `warta/lang/<code>/`: months.tsv, weekdays.tsv, numbers.tsv,
timezones.tsv (shared with extraction), time_words.tsv (words by role) and
time_settings.tsv (how numeric dates are written). Month and weekday names match with
a capital (or in capitals), so English "may" and Indonesian "minggu" (week) are not read
as a month or a day; the other words match in any case.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from warta.errors import LangDataError
from warta.lang import LangData

_B = r"(?<!\w)"
_E = r"(?!\w)"


@dataclass(frozen=True)
class TimeVocab:
    """The compiled patterns of one language, in priority order, and the words they name."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    roles: dict[str, dict[str, str]]
    zones: dict[str, str]
    day_first: bool
    future: re.Pattern[str] | None

    def role(self, role: str, phrase: str | None) -> str | None:
        """Return the value the data gives `phrase` in `role`, or None."""
        if phrase is None:
            return None
        return self.roles.get(role, {}).get(_normal(phrase))


_VOCABS: dict[Path, TimeVocab] = {}


def vocab(lang: LangData) -> TimeVocab:
    """Return the compiled time vocabulary of `lang`, built once per language folder."""
    cached = _VOCABS.get(lang.folder)
    if cached is None:
        cached = _VOCABS[lang.folder] = _build(lang)
    return cached


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _alternation(phrases: list[str] | set[str], *, ignore_case: bool = True) -> str:
    """Return a regex alternation of `phrases`, longest first, spaces matching any space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in ordered)
    if not body:
        return r"(?!x)x"
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _names(rows: tuple[dict[str, str], ...], key: str, value: str, path: str) -> dict[str, int]:
    names: dict[str, int] = {}
    for row in rows:
        try:
            names[row[key]] = int(row[value])
        except (KeyError, ValueError) as exc:
            raise LangDataError(f"{path}: bad row {row} ({exc})") from exc
    return names


def _build(lang: LangData) -> TimeVocab:
    months = _names(lang.table("months"), "name", "month", f"{lang.folder}/months.tsv")
    weekdays = _names(lang.table("weekdays"), "name", "weekday", f"{lang.folder}/weekdays.tsv")
    numbers = _names(lang.table("numbers"), "word", "value", f"{lang.folder}/numbers.tsv")
    zones = lang.mapping("timezones")
    settings = lang.mapping("time_settings")
    roles: dict[str, dict[str, str]] = defaultdict(dict)
    for row in lang.table("time_words"):
        roles[row["role"]][_normal(row["phrase"])] = row["value"]

    def words(role: str) -> str:
        return _alternation(list(roles[role]))

    def capitalised(names: dict[str, int]) -> str:
        return _alternation([v for n in names for v in (n, n.upper())], ignore_case=False)

    month = rf"{_B}(?P<month>{capitalised(months)}){_E}(?:\.(?=\s*\d))?"
    weekday = rf"{_B}(?P<weekday>{capitalised(weekdays)}){_E}"
    day = r"(?<![\d.,/])(?P<day>[0-3]?\d)" + rf"(?:{words('ordinal')})?{_E}"
    year = r"(?<![\w.,/])(?P<year>(?:1[5-9]|20)\d\d)(?![\d]|[.,/:]\d)"
    mod_phrases = [
        r"\s+".join(map(re.escape, p.split())) + ("" if p.endswith("-") else r"\s+")
        for p in sorted(roles["mod"], key=len, reverse=True)
    ]
    mod = rf"(?:{_B}(?P<mod>(?i:{'|'.join(mod_phrases) or '(?!x)x'})))?"
    noun = rf"(?:{_B}(?P<noun>{words('noun')})\s+)?"
    cue = rf"(?:{_B}(?P<cue>{words('cue')}|{words('clock_cue')})\s+)?"
    shift_after = rf"(?:\s+(?P<shift>{words('shift_after')}){_E})?"
    shift_before = rf"(?:{_B}(?P<shift_before>{words('shift_before')})\s+)?"
    daypart = rf"(?:\s+(?:{words('daypart')}){_E})?"
    count = rf"(?P<count>{_alternation(list(numbers))}|\d{{1,3}}|{words('vague')})"
    numeric = (
        r"(?P<open>\()?(?<![\d/])(?P<first>\d{1,2})/(?P<second>\d{1,2})"
        r"(?:/(?P<nyear>\d{4}|\d{2}))?(?![\d/])(?(open)\))"
    )
    patterns = {
        "relative": rf"(?P<core>{mod}{_B}(?:(?P<unit>{words('unit')})\s+"
        rf"(?P<shift>{words('shift_after')})|(?P<shift_before>{words('shift_before')})\s+"
        rf"(?P<unit_b>{words('unit')})){_E})",
        "date_dmy": rf"{cue}(?P<core>{noun}(?:{weekday},?\s+)?{day}\s+{month}"
        rf"(?:,?\s+{year})?{shift_after}{daypart})",
        "date_mdy": rf"{cue}(?P<core>(?:{weekday},\s+)?{month}\s+{day}(?:,\s*{year})?{daypart})",
        "date_numeric": rf"{cue}(?P<core>{noun}(?:{weekday}\s*,?\s*)?{numeric}{daypart})",
        "month_year": rf"{cue}(?P<core>{mod}{noun}{month}\s+{year}{shift_after})",
        "month": rf"{cue}(?P<core>{mod}{noun}{shift_before}{month}{shift_after})",
        "year": rf"{cue}(?P<core>{mod}{noun}{year}{shift_after})",
        "counted": rf"(?P<core>{_B}(?:{count}\s+(?P<unit>{words('unit')})|"
        rf"(?P<unit_one>{words('unit_one')}))\s+(?P<ago>{words('ago')}){_E})",
        "deictic": rf"(?P<core>{_B}(?P<deictic>{words('deictic')}){_E}{daypart})",
        "weekday": rf"{cue}(?P<core>{noun}{shift_before}{weekday}{shift_after}{daypart})",
        "clock": rf"{cue}(?P<core>(?<![\d.,:])(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)"
        rf"(?![\d]|[.,]\d)(?:\s*(?P<meridiem>{words('meridiem')})(?!\w))?"
        rf"(?:\s*(?P<zone>{_alternation(list(zones), ignore_case=False)}){_E})?)",
    }
    future = re.compile(rf"{_B}{words('future')}{_E}") if roles["future"] else None
    return TimeVocab(
        patterns=tuple((kind, re.compile(body)) for kind, body in patterns.items()),
        months={name.lower(): number for name, number in months.items()},
        weekdays={name.lower(): number for name, number in weekdays.items()},
        numbers={_normal(word): number for word, number in numbers.items()},
        roles=dict(roles),
        zones=zones,
        day_first=settings.get("date_order", "dmy") == "dmy",
        future=future,
    )
