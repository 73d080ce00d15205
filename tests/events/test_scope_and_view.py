"""Condition scope, ended events, snippets without a full stop, and the PLOVER view.

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.eval.events import half_of_case, half_of_doc, half_of_english_doc, half_of_plover
from warta.events.plover_view import plover_type
from warta.export import plover_record
from warta.records import Event

PUBLISHED = "2024-03-12T09:00:00+00:00"


def _events(text: str) -> tuple[Event, ...]:
    result = coded(text, lang="en", published=PUBLISHED)
    assert result is not None
    return result.events


def _status(text: str, event_type: str) -> str:
    statuses = [e.status for e in _events(text) if e.type == event_type]
    assert statuses, f"no {event_type} event in {text!r}"
    return statuses[0]


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        # A fronted condition reaches the clause right after it ...
        ("If Russia attacks Poland, NATO will defend it.", "ASSAULT", "conditional"),
        # ... but "would" in one clause does not reach past the next break.
        (
            "Russia said it would hold talks with Ukraine, and on Monday its troops attacked "
            "Kharkiv.",
            "ASSAULT",
            "occurred",
        ),
        # A reported intention is planned, not hypothetical.
        (
            "The farmers' union said they would blockade the ministry in Paris.",
            "COERCE",
            "planned",
        ),
        ("Japan would attack China.", "ASSAULT", "conditional"),
    ],
)
def test_condition_reaches_only_its_clause(text: str, event_type: str, status: str) -> None:
    assert _status(text, event_type) == status


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # Lifting a curfew is a concession (PLOVER manual, CONCEDE), a blockade a retreat.
        ("Serbia lifted a night curfew in Montenegro on Sunday.", "CONCEDE"),
        ("The Israeli army lifted its blockade of the port on Friday.", "RETREAT"),
        ("The United States suspended its military aid to Bosnia on Friday.", "SANCTION"),
        # Without an ending verb the noun keeps its own type.
        ("Serbia imposed a night curfew in Montenegro on Sunday.", "COERCE"),
    ],
)
def test_ending_verb_turns_noun_event(text: str, event_type: str) -> None:
    assert event_type in {e.type for e in _events(text)}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # A snippet cut before its full stop is still a report, not a subheading.
        ("The Syrian army shelled the town of Hama on Monday", "ASSAULT"),
        ("Militants lobbed a grenade at the Indian army post in Kashmir", "ASSAULT"),
        ("Pakistani police defused the bomb in Lahore", "COERCE"),
    ],
)
def test_last_line_without_full_stop_is_coded(text: str, event_type: str) -> None:
    assert event_type in {e.type for e in _events(text)}


def test_short_line_heading_more_text_is_not_coded() -> None:
    text = "Russia attacks Ukraine\n\nThe talks in Geneva ended on Friday without a statement."
    assert all(e.sentence.strip() != "Russia attacks Ukraine" for e in _events(text))


@pytest.mark.parametrize(
    ("event_type", "status", "plover"),
    [
        ("CONSULT", "planned", "AGREE"),
        ("AID", "expected", "AGREE"),
        ("CONSULT", "occurred", "CONSULT"),
        ("RETREAT", "planned", "CONCEDE"),
        ("CONCEDE", "planned", "CONCEDE"),
        ("ASSAULT", "conditional", "THREATEN"),
        ("ASSAULT", "planned", "THREATEN"),  # "said they would strike": a threat
        ("SANCTION", "planned", "SANCTION"),  # an announced sanction stays one
        ("PROTEST", "negated", "PROTEST"),
    ],
)
def test_plover_view(event_type: str, status: str, plover: str) -> None:
    assert plover_type(event_type, status) == plover


def test_plover_export_uses_the_view_and_keeps_warta_type() -> None:
    events = _events("The Indonesian president will visit Japan next month.")
    visit = next(e for e in events if e.type == "CONSULT")
    record = plover_record(visit.to_dict())
    assert (record["event"], record["warta"]["type"], record["warta"]["status"]) == (
        "AGREE",
        "CONSULT",
        "planned",
    )


@pytest.mark.parametrize(
    ("half", "value", "expected"),
    [
        (half_of_plover, {"id": "PLOVER-GSR01-AGREE-0009"}, "dev"),
        (half_of_plover, {"id": "PLOVER-GSR01-AGREE-0010"}, "test"),
        (half_of_case, "12", "dev"),
        (half_of_case, "13", "test"),
        (half_of_doc, "d34", "dev"),
        (half_of_doc, "d35", "test"),
        (half_of_doc, "d68", "dev"),
        (half_of_doc, "d88", "test"),
        (half_of_doc, "d108", "dev"),
        (half_of_english_doc, "e001", "dev"),
        (half_of_english_doc, "e002", "test"),
    ],
)
def test_eval_halves(half: object, value: object, expected: str) -> None:
    assert half(value) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "recipient", "implied"),
    [
        # No named target: the state of the event's place ...
        ("Thousands of workers went on strike in Lyon on Monday.", "FRA", True),
        # ... else the actor's own state (a domestic event) ...
        ("Kenya's vice-president declined to resign on Monday.", "KEN", True),
        # ... and a named target stays as the text gives it.
        ("The Kenyan government accused Uganda of arming rebels.", "UGA", False),
    ],
)
def test_plover_export_fills_the_implied_recipient(
    text: str, recipient: str, implied: bool
) -> None:
    event = _events(text)[0]
    record = plover_record(event.to_dict())
    assert record["target"][0]["code"] == recipient
    assert record["target"][0].get("implied", False) is implied
    assert (event.target is None) is implied  # the stored event keeps only what the text says
