"""Indonesian event types, round 6: supplying weapons read past a count, and the content
of a mutual agreement left inside the AGREE event."""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.records import Event

_PUBLISHED = "2024-03-04T09:00:00+07:00"


def _events(text: str) -> tuple[Event, ...]:
    result = coded(text, lang="id", published=_PUBLISHED)
    assert result is not None
    return result.events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran mengirim ratusan drone ke Rusia sejak musim panas.", "IRN", "RUS"),
        ("Amerika Serikat memberikan puluhan tank kepada Ukraina.", "USA", "UKR"),
        ("Jerman menyuplai sistem rudal pertahanan udara ke Ukraina.", "DEU", "UKR"),
    ],
)
def test_sending_weapons_past_a_count_is_military_aid(text: str, source: str, target: str) -> None:
    aid = [e for e in _events(text) if e.type == "AID"]
    assert aid, text
    assert aid[0].cameo == "072"
    assert (aid[0].source or {}).get("country") == source
    assert (aid[0].target or {}).get("country") == target


@pytest.mark.parametrize(
    "text",
    [
        # A purpose clause beyond the object is not what is sent.
        "Pemerintah mengirim tim medis ke perbatasan untuk merawat korban serangan roket.",
        # Sending a letter or an envoy is no aid.
        "Indonesia mengirim surat protes kepada Australia.",
    ],
)
def test_sending_without_a_weapon_is_no_military_aid(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "AID" and e.cameo == "072"], text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kamboja dan Thailand sepakat melakukan gencatan senjata selama tiga hari.", "RETREAT"),
        ("Sudan dan Sudan Selatan menyepakati gencatan senjata di perbatasan.", "RETREAT"),
    ],
)
def test_agreed_content_stays_inside_the_agreement(text: str, absent: str) -> None:
    types = {e.type for e in _events(text)}
    assert "AGREE" in types, text
    assert absent not in types, text


def test_one_sided_offer_keeps_its_own_event() -> None:
    # Only a mutual agreement swallows its content: an offer is a planned event of its own.
    types = {e.type for e in _events("Qatar bersedia menjadi tuan rumah perundingan damai.")}
    assert "AGREE" in types
