"""English coding, round 9: answers aimed at the accuser, place heads, new predicates,
trailing claim appositives, and the reach of a governing denial.

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.records import Event

PUBLISHED = "2024-03-12T09:00:00+00:00"


def _events(text: str) -> tuple[Event, ...]:
    result = coded(text, lang="en", published=PUBLISHED)
    assert result is not None
    return result.events


def _first(text: str, event_type: str) -> Event:
    events = [e for e in _events(text) if e.type == event_type]
    assert events, f"no {event_type} event in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Germany accused Russia of a cyber attack. Moscow denied any involvement.", "DEU"),
        ("Japan blamed China for the collision. Beijing rejected the charge.", "JPN"),
        (
            "Poland accused Belarus of sending migrants to the border. Minsk dismissed the "
            "accusations.",
            "POL",
        ),
    ],
)
def test_denial_of_an_answered_noun_targets_the_accuser(text: str, country: str) -> None:
    denial = _first(text, "REJECT")
    assert denial.target is not None and denial.target["country"] == country


def test_denial_without_an_answered_noun_keeps_no_target() -> None:
    text = "Germany accused Russia of a cyber attack. Moscow denied it on Tuesday."
    assert _first(text, "REJECT").target is None


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Rebels attacked an army post in the Syrian city of Idlib on Monday.", "ASSAULT", "SYR"),
        ("Troops shelled positions in the province of Kherson.", "ASSAULT", "UKR"),
        ("Police arrested dozens of protesters outside Nairobi.", "COERCE", "KEN"),
        ("Israeli jets bombed positions around Gaza overnight.", "ASSAULT", "PSE"),
        ("Russian armour rolled into Crimea on Thursday.", "MOBILIZE", "UKR"),
    ],
)
def test_place_behind_a_place_head_or_a_locative(text: str, event_type: str, country: str) -> None:
    event = _first(text, event_type)
    assert event.location is not None and event.location["country"] == country


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Brazil regretted the decision by Argentina.", "ACCUSE"),
        ("Kenyan troops have withdrawn from the town of Kismayo.", "RETREAT"),
        ("Rebels downed a Nigerian army helicopter.", "ASSAULT"),
        ("Islamist fighters took control of Timbuktu.", "ASSAULT"),
        ("Rebels have taken full control of the city of Goma.", "ASSAULT"),
        ("The military ruler handed power to a civilian cabinet in Sudan.", "CONCEDE"),
        ("Egypt brokered a truce between Israel and Hamas.", "CONSULT"),
        ("The Iranian government cut internet access in Tehran.", "COERCE"),
        ("Soldiers in Niger staged a coup attempt against the president.", "ASSAULT"),
    ],
)
def test_new_predicates(text: str, event_type: str) -> None:
    assert event_type in {e.type for e in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces met little resistance near Kharkiv.",
        "Protest leaders in Lima spoke to reporters.",
    ],
)
def test_phrases_that_are_no_event(text: str) -> None:
    assert _events(text) == ()


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        (
            "Hamas said it had attacked an Israeli tank in Gaza, a claim the army did not confirm.",
            "ASSAULT",
            "claimed",
        ),
        (
            "Ukraine said Russia had shelled a hospital in Kharkiv, a charge Moscow rejected.",
            "ASSAULT",
            "denied",
        ),
        # without the appositive the attack is told as fact
        ("Hamas attacked an Israeli tank in Gaza on Monday.", "ASSAULT", "occurred"),
    ],
)
def test_trailing_claim_appositive(text: str, event_type: str, status: str) -> None:
    assert _first(text, event_type).status == status


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        (
            "Syria denied using chemical weapons, and France condemned the attack.",
            "ACCUSE",
            "occurred",
        ),
        ("Syria denied using chemical weapons in Douma.", "ASSAULT", "denied"),
    ],
)
def test_denial_reaches_only_its_clause(text: str, event_type: str, status: str) -> None:
    assert _first(text, event_type).status == status


@pytest.mark.parametrize(
    "text",
    [
        "Chile closed the pass, and there was no sign that Peru would reopen the road.",
        "Germany saw signs of progress in the talks with Poland.",
    ],
)
def test_a_sign_of_something_is_no_signing(text: str) -> None:
    assert "SUPPORT" not in {e.type for e in _events(text)}
