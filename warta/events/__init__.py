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
        date_cues=lang.mapping("date_cues"),
        event_cues=lang.mapping("event_cues"),
    )
