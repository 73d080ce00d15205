"""Page furniture markers ("Baca Juga", "Editor:", "TAG :") read from every language's data.

The language of a page is not known before its text is extracted, so cleanup applies the
markers of all supported languages at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta import lang as lang_data
from warta.errors import LangDataError

_SHORT = 160
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'")
KINDS = {"related", "widget", "share", "ad", "tags", "editor", "author", "caption"}


@dataclass(frozen=True)
class Markers:
    """Compiled markers: `match(text)` tells which kind of furniture a paragraph starts with."""

    pattern: re.Pattern[str]
    kinds: dict[str, str]
    offsets: dict[str, str]
    weekdays: frozenset[str]
    byline_break: re.Pattern[str]

    def match(self, text: str) -> tuple[str, str] | None:
        """Return (kind, rest of the text after the marker) or None.

        A marker counts when a colon or dash follows it, when nothing follows, or when
        what follows is short and reads like a headline or a name rather than a sentence,
        so "Editor majalah itu mengatakan ... ." stays article text.
        """
        found = self.pattern.match(text)
        if not found:
            return None
        marker = found.group(1)
        rest = text[found.end() :].strip()
        separated = bool(found.group(2).strip())
        words = len(marker.split())
        trusted = separated or not rest or words >= 3 or (words == 2 and len(rest) <= _SHORT)
        if not trusted and (len(rest) > _SHORT or rest.endswith(_SENTENCE_ENDS)):
            return None
        return self.kinds[marker.casefold()], rest


@lru_cache(maxsize=8)
def load_markers(languages: tuple[str, ...]) -> Markers:
    """Return the markers and time-zone offsets of `languages` merged."""
    kinds: dict[str, str] = {}
    offsets: dict[str, str] = {}
    weekdays: set[str] = set()
    for code in languages:
        data = lang_data.load(code)
        for row in data.table("page_markers"):
            if row["kind"] not in KINDS:
                raise LangDataError(
                    f"{data.folder}/page_markers.tsv: unknown kind {row['kind']!r} "
                    f"for {row['marker']!r} (known: {', '.join(sorted(KINDS))})"
                )
            kinds.setdefault(row["marker"].casefold(), row["kind"])
        offsets.update(data.mapping("timezones"))
        weekdays.update(row["name"].casefold() for row in data.table("weekdays"))
    alternatives = "|".join(re.escape(m) for m in sorted(kinds, key=len, reverse=True))
    # A marker ends at the text's end, a colon or dash, or a space before more text.
    pattern = re.compile(rf"\s*({alternatives})(\s*[:：\-–—|]+\s*|\s+|$)", re.IGNORECASE)
    bylines = "|".join(re.escape(m) for m, kind in kinds.items() if kind in {"editor", "author"})
    # "Penulis: A Editor: B" on one line: break before each byline marker with a colon.
    byline_break = re.compile(rf"\s+(?=(?:{bylines})\s*:)", re.IGNORECASE)
    return Markers(
        pattern=pattern,
        kinds=kinds,
        offsets=offsets,
        weekdays=frozenset(weekdays),
        byline_break=byline_break,
    )
