"""Event coding: issue #5's seed criteria and statuses on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import SEED_HTML, needs_seed
from warta.config import Settings
from warta.eval.actors import coded
from warta.extract import ExtractOptions, extract
from warta.pipeline import code_article
from warta.records import Event, RawDocument


@pytest.fixture(scope="module")
def seed_events() -> tuple[Event, ...]:
    raw = RawDocument(source=str(SEED_HTML), html=SEED_HTML.read_text(encoding="utf-8"))
    result = code_article(extract(raw, options=ExtractOptions()), settings=Settings())
    assert result is not None
    return result.events


def _find(events: tuple[Event, ...], **want: Any) -> list[Event]:
    def fits(event: Event) -> bool:
        for key, value in want.items():
            part, _, field = key.partition("__")
            got = getattr(event, part)
            if field:
                got = (got or {}).get(field)
            if got != value:
                return False
        return True

    return [e for e in events if fits(e)]


@needs_seed
@pytest.mark.parametrize(
    ("description", "want"),
    [
        (
            "Kim meets Putin, planned for 2023-09",
            {
                "type": "CONSULT",
                "status": "planned",
                "source__actor_id": "kim-jong-un",
                "target__actor_id": "vladimir-putin",
                "date__value": "2023-09",
            },
        ),
        (
            "Kim's trip to Vladivostok, expected, after the New York Times",
            {
                "type": "CONSULT",
                "status": "expected",
                "source__actor_id": "kim-jong-un",
                "location__geonameid": 2013348,
                "attribution__text": "New York Times",
                "attribution__kind": "media",
            },
        ),
        (
            "Shoigu visits North Korea in July 2023",
            {
                "type": "CONSULT",
                "mode": "visit",
                "status": "occurred",
                "source__actor_id": "sergei-shoigu",
                "target__country": "PRK",
                "date__value": "2023-07",
            },
        ),
        (
            "the advance team's trip, late August, after BBC News",
            {
                "type": "CONSULT",
                "status": "occurred",
                "source__country": "PRK",
                "date__value": "2023-08",
                "attribution__text": "BBC News",
            },
        ),
        ("Pyongyang denies", {"type": "REJECT", "status": "occurred", "source__country": "PRK"}),
        ("Moscow denies", {"type": "REJECT", "status": "occurred", "source__country": "RUS"}),
        (
            "the arms supply itself is denied",
            {"status": "denied", "source__country": "PRK", "target__country": "RUS"},
        ),
        (
            "the April 2019 meeting in Vladivostok",
            {
                "type": "CONSULT",
                "status": "occurred",
                "date__value": "2019-04",
                "source__actor_id": "kim-jong-un",
                "target__actor_id": "vladimir-putin",
                "location__geonameid": 2013348,
            },
        ),
        (
            "the summit with Trump in Vietnam, 2019",
            {
                "type": "CONSULT",
                "status": "occurred",
                "target__actor_id": "donald-trump",
                "date__value": "2019",
                "location__country": "VNM",
            },
        ),
        (
            "Kirby condemns the arms talks",
            {
                "type": "ACCUSE",
                "status": "occurred",
                "source__actor_id": "john-kirby",
                "source__sector": "GOV",
                "target__country": "PRK",
            },
        ),
        (
            "the warning itself occurred",
            {
                "type": "THREATEN",
                "status": "occurred",
                "source__country": "USA",
                "target__country": "PRK",
            },
        ),
        (
            "the sanctions are conditional",
            {
                "type": "SANCTION",
                "status": "conditional",
                "source__country": "USA",
                "target__country": "PRK",
            },
        ),
        ("Seoul's concern", {"type": "ACCUSE", "source__country": "KOR", "source__sector": "GOV"}),
    ],
)
def test_seed_event(seed_events: tuple[Event, ...], description: str, want: dict) -> None:
    assert _find(seed_events, **want), description


@needs_seed
def test_seed_events_dated_otherwise_are_not_given_the_publication_day(
    seed_events: tuple[Event, ...],
) -> None:
    published_day = [e for e in seed_events if e.date["value"] == "2023-09-05"]
    assert all(e.date["basis"] == "published" for e in published_day)
    assert not _find(
        seed_events,
        date__value="2023-09-05",
        type="CONSULT",
        target__actor_id="vladimir-putin",
        status="occurred",
    )


@needs_seed
def test_seed_events_point_to_their_evidence(seed_events: tuple[Event, ...]) -> None:
    raw = RawDocument(source=str(SEED_HTML), html=SEED_HTML.read_text(encoding="utf-8"))
    text = extract(raw, options=ExtractOptions()).text
    for event in seed_events:
        start, end = event.span
        assert event.sentence in text and text[start:end] in event.sentence


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Presiden Jokowi akan mengunjungi Jepang pekan depan.", "planned"),
        ("Presiden Jokowi diperkirakan akan mengunjungi Jepang pekan depan.", "expected"),
        ("Presiden Jokowi dikabarkan mengunjungi Jepang pekan lalu.", "speculated"),
        ("Presiden Jokowi tidak mengunjungi Jepang pekan lalu.", "negated"),
        ("Presiden Jokowi batal mengunjungi Jepang pekan lalu.", "negated"),
        ("Presiden Jokowi telah mengunjungi Jepang pekan lalu.", "occurred"),
        ("AS akan menjatuhkan sanksi terhadap Iran jika Iran memperkaya uranium.", "conditional"),
        ("Istana membantah bahwa Presiden Jokowi mengunjungi Jepang pekan lalu.", "denied"),
        ("Rusia mengklaim bahwa Ukraina menyerang Belgorod kemarin.", "claimed"),
        ("President Biden will visit Japan next week.", "planned"),
        ("President Biden did not visit Japan last week.", "negated"),
    ],
)
def test_status_from_cues(text: str, status: str) -> None:
    lang = "en" if text.startswith("President Biden") else "id"
    result = coded(text, lang=lang, published="2024-03-04T09:00:00+07:00")
    assert result is not None
    statuses = {e.status for e in result.events if e.type in {"CONSULT", "SANCTION", "ASSAULT"}}
    assert status in statuses, [(e.type, e.status) for e in result.events]


def test_denial_is_its_own_reject_event() -> None:
    result = coded(
        "Istana membantah bahwa Presiden Jokowi mengunjungi Jepang pekan lalu.",
        lang="id",
        published="2024-03-04",
    )
    assert result is not None
    assert {(e.type, e.status) for e in result.events} >= {
        ("REJECT", "occurred"),
        ("CONSULT", "denied"),
    }


def test_passive_voice_swaps_source_and_target() -> None:
    result = coded(
        "Korut dikecam oleh Jepang karena meluncurkan rudal.", lang="id", published="2024-03-04"
    )
    assert result is not None
    (accuse,) = [e for e in result.events if e.type == "ACCUSE"]
    assert (accuse.source["country"], accuse.target["country"]) == ("JPN", "PRK")


def test_date_comes_from_the_event_not_the_publication() -> None:
    result = coded(
        "Menteri Luar Negeri Retno Marsudi bertemu Menlu Jepang pada 5 Februari 2024.",
        lang="id",
        published="2024-03-04",
    )
    assert result is not None
    (meeting,) = [e for e in result.events if e.type == "CONSULT"]
    assert meeting.date == {
        "value": "2024-02-05",
        "precision": "day",
        "text": "5 Februari 2024",
        "basis": "text",
    }
