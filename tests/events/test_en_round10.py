"""English coding, round 10: compound doers as one act, answers inside the sentence they
answer (", a charge X rejected", ", which X denied"), and the clause such an answer opens.

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


def _of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in _events(text) if e.type == event_type]


def _first(text: str, event_type: str) -> Event:
    events = _of_type(text, event_type)
    assert events, f"no {event_type} event in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("France, Germany and Britain condemned the raid on Monday.", "ACCUSE", "FRA"),
        ("Spain and Italy criticised the new tariffs.", "ACCUSE", "ESP"),
        ("Canada, Norway and Japan pledged emergency aid on Friday.", "AGREE", "CAN"),
    ],
)
def test_compound_doers_without_an_object_act_once(
    text: str, event_type: str, country: str
) -> None:
    events = _of_type(text, event_type)
    assert len(events) == 1
    assert events[0].source is not None and events[0].source["country"] == country


def test_compound_denials_stay_one_per_doer() -> None:
    text = "Iran and Syria denied the report on Sunday."
    assert len(_of_type(text, "REJECT")) == 2


@pytest.mark.parametrize(
    ("text", "speaker", "accuser"),
    [
        (
            "Iran accused Israel of sabotaging the plant, a charge the Israeli government "
            "rejected.",
            "ISR",
            "IRN",
        ),
        (
            "Serbia said Kosovo police had attacked a village, which Pristina denied.",
            "XKX",
            "SRB",
        ),
        (
            "Lithuania said Russian jets had entered its airspace, a claim Moscow dismissed.",
            "RUS",
            "LTU",
        ),
    ],
)
def test_answer_closing_the_sentence_targets_the_accuser(
    text: str, speaker: str, accuser: str
) -> None:
    answer = _first(text, "REJECT")
    assert answer.source is not None and answer.source["country"] == speaker
    assert answer.target is not None and answer.target["country"] == accuser
    assert answer.status == "occurred"


@pytest.mark.parametrize(
    ("text", "other_clause"),
    [
        ("Serbia said Kosovo police had attacked a village, which Pristina denied.", "Pristina"),
        ("Troops shelled a border post, after which Hamas fired rockets.", "Hamas"),
    ],
)
def test_object_search_stops_at_a_relative_comma(text: str, other_clause: str) -> None:
    attack = _first(text, "ASSAULT")
    assert attack.target is None or attack.target["text"] != other_clause


@pytest.mark.parametrize(
    "text",
    [
        "The United States is pulling out of the climate accord, the president said.",
        "Venezuela pulled out of the regional trade pact on Monday.",
    ],
)
def test_pulling_out_of_a_deal_is_a_rejection(text: str) -> None:
    types = {e.type for e in _events(text)}
    assert "REJECT" in types
    assert "SANCTION" not in types


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("Pirates attacked a cargo ship in the Gulf of Aden on Sunday.", "ASSAULT", "Gulf of Aden"),
        ("Hezbollah fired rockets at Israel on Friday.", "ASSAULT", "Israel"),
        ("Gunmen killed four villagers near Maiduguri on Monday.", "ASSAULT", "Maiduguri"),
        ("Syria fired missiles at Turkey overnight.", "ASSAULT", "Turkey"),
    ],
)
def test_place_after_an_article_a_near_or_an_aimed_at(
    text: str, event_type: str, place: str
) -> None:
    event = _first(text, event_type)
    assert event.location is not None and event.location["text"] == place


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Two ferries were attacked in the Gulf of Aden, and Egypt blamed pirates for it.",
            "ACCUSE",
        ),
        ("Gunmen stormed the Turkish embassy in Kabul on Monday.", "ASSAULT"),
    ],
)
def test_no_place_from_another_clause_or_a_modifier(text: str, event_type: str) -> None:
    event = _first(text, event_type)
    assert event.location is None or event.location["text"] not in {"Gulf of Aden", "Turkish"}


@pytest.mark.parametrize(
    "text",
    [
        "Estonia said a Russian helicopter violated its airspace on Monday.",
        "Chinese jets are violating their airspace daily, Taipei said.",
    ],
)
def test_violating_airspace_is_a_show_of_force(text: str) -> None:
    types = {e.type for e in _events(text)}
    assert "MOBILIZE" in types
    assert "REJECT" not in types


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        (
            "Finland said Russian jets had violated its airspace, which Moscow denied.",
            "MOBILIZE",
            "denied",
        ),
        (
            "Kenya said Somali militants attacked a border post, which the group denied.",
            "ASSAULT",
            "denied",
        ),
        (
            "Kenya said Somali militants attacked a border post, which angered Nairobi.",
            "ASSAULT",
            "occurred",
        ),
    ],
)
def test_trailing_relative_denial_denies_what_it_follows(
    text: str, event_type: str, status: str
) -> None:
    assert _first(text, event_type).status == status


@pytest.mark.parametrize(
    "text",
    [
        "Hungary lodged an official protest with Romania on Tuesday over the border fence.",
        "Chile sent a formal protest to Argentina after the incident.",
        "Vietnam handed a protest note to the Chinese embassy.",
    ],
)
def test_a_diplomatic_protest_is_an_accusation(text: str) -> None:
    types = [e.type for e in _events(text)]
    assert "ACCUSE" in types
    assert "PROTEST" not in types


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Bolivian President Carlos Mesa fled the capital on Friday.", "BOL"),
        ("The Tunisian president fled the country after weeks of unrest.", "TUN"),
    ],
)
def test_a_leader_fleeing_retreats(text: str, country: str) -> None:
    retreat = _first(text, "RETREAT")
    assert retreat.source is not None and retreat.source["country"] == country
