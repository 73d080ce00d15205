"""English round 7: argument assignment around the main event: appositions between a
subject and its predicate, actors tied to a subject by "in", targets after a modifier, and
the target a promise, threat or refusal takes from the act it governs.

Every sentence here is our own; each test runs the whole pipeline and reads the main event.
"""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.eval.events import coding_options, main_event
from warta.lang import load

PUBLISHED = "2024-03-12T09:00:00+00:00"


def _parties(text: str) -> tuple[str, str | None, str | None]:
    result = coded(text, lang="en", published=PUBLISHED)
    assert result is not None
    event = main_event(result.events, result.doc, coding_options(load("en")))
    assert event is not None, f"no event in {text!r}"
    source = event.source["country"] if event.source else None
    target = event.target["country"] if event.target else None
    return event.type, source, target


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        (
            "Norway, a close Swedish partner in the north, has refused to join the plan.",
            "REJECT",
            "NOR",
        ),
        ("Kenya, the largest donor to Somalia, has refused to send more troops.", "REJECT", "KEN"),
        ("Egyptian police in Gaza seized weapons from a militia on Monday.", "COERCE", "EGY"),
    ],
)
def test_subject_is_not_inside_an_apposition_or_a_locative(
    text: str, event_type: str, source: str
) -> None:
    found_type, found_source, _ = _parties(text)
    assert (found_type, found_source) == (event_type, source)


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Japan has promised to continue economic aid to war-torn Sudan.", "AGREE", "SDN"),
        ("Canada refused to deploy soldiers in Haiti on Monday.", "REJECT", "HTI"),
    ],
)
def test_governed_act_gives_the_target(text: str, event_type: str, target: str) -> None:
    found_type, _, found_target = _parties(text)
    assert (found_type, found_target) == (event_type, target)
