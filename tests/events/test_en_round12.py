"""English coding, round 12: participles that describe the event noun before them, and the
rows and cues added in this round.

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.records import Event

PUBLISHED = "2024-05-21T09:00:00+00:00"


def _events(text: str) -> tuple[Event, ...]:
    result = coded(text, lang="en", published=PUBLISHED)
    assert result is not None
    return result.events


@pytest.mark.parametrize(
    "text",
    [
        "The leaders of Chad, Sudan and Libya initialled a border pact in Cairo on Monday after"
        " four days of talks hosted by Egypt.",
        "Chad and Niger signed a pact after talks hosted by Mali.",
    ],
)
def test_participle_describing_an_event_noun_is_no_event(text: str) -> None:
    meetings = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(meetings) == 1, f"{[(e.type, e.span) for e in meetings]} in {text!r}"
    assert text[meetings[0].span[0] : meetings[0].span[1]] == "talks"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Rebels shelled the town of Kassala, held by the army, on Sunday.", "ASSAULT"),
        ("The convoy was attacked by gunmen near Mosul on Sunday.", "ASSAULT"),
    ],
)
def test_passive_acts_stay_events(text: str, event_type: str) -> None:
    assert event_type in [e.type for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Rebels attacked a convoy near the border, according to U.S. officials.", "USA"),
        ("Troops shelled the town on Monday, according to Russia.", "RUS"),
        ("Militants attacked a checkpoint, according to Russia's defence ministry.", "RUS"),
    ],
)
def test_who_reports_is_no_place(text: str, reporter: str) -> None:
    places = [e.location for e in _events(text) if e.location is not None]
    assert all(place.get("country") != reporter for place in places), places


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Sudan accused Chad of arming rebels in Darfur and recalled its ambassador on Monday.",
            "SANCTION",
        ),
        (
            "Greece accused Turkey of sending migrants to the islands and deployed 500 police"
            " officers to the border.",
            "MOBILIZE",
        ),
    ],
)
def test_accuser_own_act_after_gerund_complement_occurred(text: str, event_type: str) -> None:
    acts = [e for e in _events(text) if e.type == event_type]
    assert acts, f"no {event_type} in {text!r}: {[e.type for e in _events(text)]}"
    assert acts[-1].status == "occurred"
