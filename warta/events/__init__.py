"""Event coding (issue #5): PLOVER events with status, attribution, date and place."""

from __future__ import annotations

from functools import cache

from warta.events.lexicon import load_lexicon, load_media_outlets, load_plover
from warta.events.triggers import CodingOptions
from warta.lang import LangData


@cache
def coding_options(lang: LangData) -> CodingOptions:
    """Return the lexicon, PLOVER scheme and cue lists event coding needs for `lang`."""
    return CodingOptions(
        lexicon=load_lexicon(lang),
        plover=load_plover(),
        media=load_media_outlets(),
        date_cues={**_counted_units(lang), **lang.mapping("date_cues")},
        event_cues=lang.mapping("event_cues"),
    )


def _counted_units(lang: LangData) -> dict[str, str]:
    """A unit counted once in one word, from the time words ("sehari" -> "1 day"), so
    "Sehari sebelumnya" shifts the date named before as "dua hari sebelumnya" does."""
    if not (lang.folder / "time_words.tsv").exists():
        return {}
    return {
        row["phrase"]: f"1 {row['value']}"
        for row in lang.table("time_words")
        if row["role"] == "unit_one"
    }
