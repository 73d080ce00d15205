"""Place resolution: own names, regions, states and city-states (issue #4)."""

from __future__ import annotations

import pytest

from warta.eval.actors import coded


@pytest.mark.parametrize(
    ("lang", "text", "mention", "expected"),
    [
        # the city whose own name it is, not a larger city listing it as an alternate
        ("id", "Ratusan warga berkumpul di Jayapura pagi ini.", "Jayapura", ("IDN", 2082600)),
        # a US state; a country name followed by another country is a place inside it
        ("en", "Storms flooded roads across Texas on Sunday.", "Texas", ("USA", 4736286)),
        ("id", "Pemilu sela di Georgia, Amerika Serikat, makin ketat.", "Georgia",
         ("USA", 4197000)),
        # a city-state is also its city
        ("id", "Pesawat itu berangkat dari Singapura sore tadi.", "Singapura",
         ("SGP", 1880252)),
        # a Canadian province, from the regions table
        ("en", "Firefighters in Ontario battled the blaze.", "Ontario", ("CAN", None)),
    ],
)  # fmt: skip
def test_places_resolve(lang, text, mention, expected) -> None:
    result = coded(text, lang=lang, published=None)
    assert result is not None
    (place,) = [p for p in result.places if p.text == mention]
    assert (place.country, place.geonameid) == expected
