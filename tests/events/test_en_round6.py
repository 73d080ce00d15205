"""English round 6: easing restrictions, road blocks, vows to fight, inspectors, welcomes,
suspended links, human shields, reported offers and the PLOVER view of conditional threats.

Every sentence here is our own; each test runs the whole pipeline on it and reads the main
event the evaluation would score.
"""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.eval.events import coding_options, main_event
from warta.events.plover_view import plover_type
from warta.lang import load

PUBLISHED = "2024-03-12T09:00:00+00:00"


def _main(text: str) -> tuple[str, str]:
    result = coded(text, lang="en", published=PUBLISHED)
    assert result is not None
    event = main_event(result.events, result.doc, coding_options(load("en")))
    assert event is not None, f"no event in {text!r}"
    return event.type, event.status


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The government eased emergency measures in the northern province on Monday.", "CONCEDE"),
        ("The court cancelled restrictions on opposition newspapers.", "CONCEDE"),
        ("Angry farmers blocked traffic on the main highway near Lyon for two hours.", "PROTEST"),
        ("Striking dockers blocked the port of Gdansk on Tuesday.", "PROTEST"),
        ("Tamil rebels in Sri Lanka have sworn to fight until the army leaves Jaffna.", "THREATEN"),
        (
            "The IAEA dispatched inspectors to Iran to check the enrichment plant near Arak.",
            "ACCUSE",
        ),
        ("The Kenyan government welcomed the decision of the regional court.", "SUPPORT"),
        ("Poland announced a suspension of air links with Belarus on Friday.", "SANCTION"),
        ("The militia is holding villagers as human shields near the front.", "COERCE"),
        ("Opposition activists began collecting signatures for a referendum.", "PROTEST"),
    ],
)
def test_round6_predicates_code_their_type(text: str, event_type: str) -> None:
    assert _main(text)[0] == event_type


@pytest.mark.parametrize(
    ("text", "status", "plover"),
    [
        # Reported speech with "saying ... would" is an intention, not a hypothesis, and a
        # planned visit is a commitment in the PLOVER view.
        (
            "The minister was quoted as saying he would visit Jakarta next month.",
            "planned",
            "AGREE",
        ),
        # "would be ready to" is an offer.
        (
            "King Abdullah said he would be ready to host talks between Israel and Syria.",
            "planned",
            "AGREE",
        ),
        # Bare "would" stays hypothetical.
        ("Japan would attack China.", "conditional", "THREATEN"),
    ],
)
def test_reported_offers_are_planned(text: str, status: str, plover: str) -> None:
    event_type, event_status = _main(text)
    assert event_status == status
    assert plover_type(event_type, event_status) == plover


@pytest.mark.parametrize(
    ("event_type", "status", "plover"),
    [
        ("PROTEST", "conditional", "THREATEN"),
        ("SANCTION", "conditional", "THREATEN"),
        ("PROTEST", "occurred", "PROTEST"),
        ("PROTEST", "planned", "THREATEN"),  # "said they would boycott all contact"
        ("PROTEST", "expected", "PROTEST"),  # predicted by others: no one threatens
        ("SANCTION", "occurred", "SANCTION"),
        ("CONCEDE", "conditional", "CONCEDE"),
    ],
)
def test_conditional_boycott_or_sanction_is_a_threat(
    event_type: str, status: str, plover: str
) -> None:
    assert plover_type(event_type, status) == plover


def test_boycott_unless_reads_as_threat_in_plover_view() -> None:
    event_type, status = _main(
        "The Green party said it will boycott the vote unless the count is supervised."
    )
    assert (event_type, status) == ("PROTEST", "conditional")
    assert plover_type(event_type, status) == "THREATEN"


def test_lifting_sanctions_stays_retreat() -> None:
    assert _main("The European Union lifted sanctions on Myanmar on Monday.")[0] == "RETREAT"
