"""Indonesian dates shifted from an earlier date, noun and route targets, places of events."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, one_of_type
from warta.events.context import _shifted
from warta.records import Event, TimeExpr

PUBLISHED = "2024-05-20T09:00:00+07:00"


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, published=PUBLISHED)


def _one(text: str, event_type: str) -> Event:
    return one_of_type(text, event_type, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        (
            "Presiden Prancis mengunjungi Hanoi pada Maret 2021. "
            "Dua bulan sebelumnya, Prancis bertemu Vietnam di Paris.",
            "2021-01",
            "month",
        ),
        (
            "Menteri Luar Negeri Retno Marsudi mengunjungi Kairo pada Senin (13/5/2024). "
            "Tiga hari kemudian, Retno bertemu Menteri Luar Negeri Yordania di Amman.",
            "2024-05-16",
            "day",
        ),
    ],
)
def test_event_date_shifted_from_the_date_named_before(
    text: str, value: str, precision: str
) -> None:
    event = _events(text)[-1]  # the second sentence's meeting
    assert event.type == "CONSULT"
    assert (event.date["value"], event.date["precision"]) == (value, precision)
    assert event.date["basis"] == "text"


@pytest.mark.parametrize(
    ("value", "precision", "shift", "expected"),
    [
        ("2019-04", "month", (-2, "month"), "2019-02"),
        ("2019-01", "month", (-2, "month"), "2018-11"),
        ("2024-03-31", "day", (-1, "month"), "2024-02-29"),
        ("2023-08-16", "day", (-1, "day"), "2023-08-15"),
        ("2023-08-16", "day", (2, "week"), "2023-08-30"),
        ("2023", "year", (3, "year"), "2026"),
        ("2023-08", "month", (-3, "day"), None),  # a day shift of a month is no day
    ],
)
def test_shifted_moves_the_carried_date_at_its_precision(
    value: str, precision: str, shift: tuple[int, str], expected: str | None
) -> None:
    carried = TimeExpr(text="x", start=0, end=1, value=value, precision=precision)
    assert _shifted(carried, shift) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "target_country", "place_country"),
    [
        # a city after "ke" is where the attack went, not a party to it
        ("Rusia melancarkan serangan rudal ke Kyiv pada Senin.", "ASSAULT", None, "UKR"),
        # the country after "melalui" is the way, not the recipient
        (
            "Indonesia akan mengirim bantuan kemanusiaan ke Gaza melalui Mesir pekan depan.",
            "AID",
            None,
            "PSE",
        ),
        # the visited capital is the host and the place
        ("Presiden Prabowo mengunjungi Beijing pada Senin.", "CONSULT", "CHN", "CHN"),
    ],
)
def test_noun_and_route_complements_give_target_and_place(
    text: str, event_type: str, target_country: str | None, place_country: str
) -> None:
    event = _one(text, event_type)
    assert (event.target or {}).get("country") == target_country
    assert event.location is not None
    assert event.location["country"] == place_country


def test_object_of_the_denied_verb_is_not_the_denial_target() -> None:
    text = "Malaysia membantah telah menahan 12 nelayan Indonesia di perairan Riau pekan lalu."
    denial = _one(text, "REJECT")
    assert denial.target is None
    detention = _one(text, "COERCE")
    assert detention.target is not None
    assert detention.target["country"] == "IDN"


@pytest.mark.parametrize(
    ("text", "place_country"),
    [
        ("Pasukan Rusia merebut sebuah desa di dekat Kharkiv pada Selasa.", "UKR"),
        ("Kapal Tiongkok menembakkan meriam air di lepas pantai Palawan, Senin.", "PHL"),
    ],
)
def test_place_after_a_locative_head(text: str, place_country: str) -> None:
    events = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(events) == 1  # "meriam air" restates the shooting: no second assault
    assert events[0].location is not None
    assert events[0].location["country"] == place_country
