"""Indonesian dates by word position, reactions on their own day, crowd violence."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, one_of_type
from warta.records import Event

PUBLISHED = "2024-05-20T09:00:00+07:00"  # a Monday: "kemarin" is 2024-05-19


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, published=PUBLISHED)


def _one(text: str, event_type: str) -> Event:
    return one_of_type(text, event_type, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Partai oposisi menuding ada penggelembungan suara di Medan kemarin.", "ACCUSE"),
        ("Bupati Sleman berjanji membuka dapur umum di balai desa mulai besok.", "AGREE"),
        ("Thailand membantah telah menangkap lima nelayan Kamboja pekan lalu.", "REJECT"),
        ("Serikat buruh menuntut pabrik itu membayar upah yang tertunda sejak Januari.", "REQUEST"),
    ],
)
def test_a_time_after_a_later_verb_does_not_date_a_speech_act(text: str, event_type: str) -> None:
    event = _one(text, event_type)
    assert event.date == {
        "value": "2024-05-20",
        "precision": "day",
        "text": None,
        "basis": "published",
    }


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        # No verb between the predicate and the time: the time is the predicate's.
        ("Partai oposisi menuding KPU Medan kemarin.", "ACCUSE", "2024-05-19"),
        # A verb-shaped preposition ("melalui") heads no clause.
        ("Jepang mengirim bantuan ke Gaza melalui Mesir kemarin.", "AID", "2024-05-19"),
        # A material event's later verb is a purpose: the time is still the event's.
        (
            "Tentara Israel menyerang Rafah untuk menghancurkan terowongan kemarin.",
            "ASSAULT",
            "2024-05-19",
        ),
        # A time set off by a comma dates the whole sentence.
        (
            "Partai oposisi menuding KPU menyembunyikan data, Minggu (19/5/2024).",
            "ACCUSE",
            "2024-05-19",
        ),
    ],
)
def test_a_time_still_dates_the_predicate_it_belongs_to(
    text: str, event_type: str, value: str
) -> None:
    event = _one(text, event_type)
    assert (event.date["value"], event.date["basis"]) == (value, "text")


def test_the_later_verb_keeps_the_time() -> None:
    event = _one("Thailand membantah telah menangkap lima nelayan Kamboja kemarin.", "COERCE")
    assert event.date["value"] == "2024-05-19"


@pytest.mark.parametrize(
    ("reaction", "event_type"),
    [
        ("Kamboja menuduh Thailand melanggar perjanjian perikanan.", "ACCUSE"),
        ("Kamboja menuntut Thailand segera membebaskan para nelayan.", "REQUEST"),
    ],
)
def test_a_reaction_to_a_dated_scene_happens_on_its_own_day(reaction: str, event_type: str) -> None:
    text = (
        "Angkatan Laut Thailand menangkap lima nelayan Kamboja pada Kamis (16/5/2024). " + reaction
    )
    event = _one(text, event_type)
    assert (event.date["value"], event.date["basis"]) == ("2024-05-20", "published")


@pytest.mark.parametrize(
    "text",
    [
        "Massa membakar pos polisi di Wamena.",
        "Demonstran melempari gedung DPRD dengan batu.",
        "Pengunjuk rasa membakar ban di depan kantor gubernur.",
        "Polisi bentrok dengan massa di depan gedung DPR.",
    ],
)
def test_violence_by_a_crowd_is_a_riot(text: str) -> None:
    types = [(e.type, e.mode) for e in _events(text)]
    assert ("PROTEST", "riot") in types
    assert not [t for t in types if t[0] == "ASSAULT"]


def test_tear_gas_on_a_crowd_stays_force_by_the_police() -> None:
    events = _events("Polisi membubarkan massa dengan gas air mata di Makassar.")
    assert ("PROTEST", "riot") not in [(e.type, e.mode) for e in events]
    assert any(e.type == "ASSAULT" and e.mode == "crowd-control" for e in events)


@pytest.mark.parametrize(
    ("answer", "event_type"),
    [
        ("Kamboja membantah tuduhan itu.", "REJECT"),
        ("Kamboja mengecam keras tuduhan tersebut.", "ACCUSE"),
    ],
)
def test_an_answer_pointing_back_targets_the_earlier_speaker(answer: str, event_type: str) -> None:
    text = "Thailand menuduh Kamboja melindungi kelompok pembajak. " + answer
    event = [e for e in _events(text) if e.type == event_type][-1]  # the answer
    assert event.source is not None and event.source["country"] == "KHM"
    assert event.target is not None and event.target["country"] == "THA"


def test_an_answer_naming_its_target_keeps_it() -> None:
    text = "Thailand menuduh Kamboja melindungi pembajak. Kamboja mengecam Vietnam."
    event = [e for e in _events(text) if e.type == "ACCUSE"][-1]
    assert event.target is not None and event.target["country"] == "VNM"
