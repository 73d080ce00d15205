"""English predicates added for ACLED-style reports and the PLOVER view of refusals."""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.events.lexicon import load_case_map
from warta.events.plover_view import plover_type


def _types(text: str) -> set[tuple[str, str | None]]:
    result = coded(text, lang="en", published="2024-03-05")
    assert result is not None
    return {(event.type, event.mode) for event in result.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers found a weapons cache in a farmhouse near Goma.", ("COERCE", "seize")),
        ("Customs officers intercepted a shipment of rifles at the port.", ("COERCE", "seize")),
        ("Turkey set up a new military base near the border with Syria.", ("MOBILIZE", "troops")),
        ("Students held a vigil outside the parliament in Dhaka.", ("PROTEST", "demo")),
        ("A mob attack on a bus station in Jos left six people hurt.", ("PROTEST", "riot")),
        ("Rebels took control of the airport in Bunia on Monday.", ("ASSAULT", None)),
        ("The town in Idlib was hit with poison gas on Friday.", ("ASSAULT", "unconventional")),
        ("Serbia and Kosovo upgraded their diplomatic ties on Tuesday.", ("SUPPORT", None)),
        ("Iran strengthened its forces along the border with Iraq.", ("MOBILIZE", "troops")),
    ],
)
def test_predicate_is_coded(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _types(text)


@pytest.mark.parametrize(
    ("event_type", "status", "plover"),
    [
        ("AGREE", "negated", "REJECT"),
        ("AGREE", "occurred", "AGREE"),
        ("SUPPORT", "negated", "SUPPORT"),
    ],
)
def test_negated_agreement_is_a_refusal(event_type: str, status: str, plover: str) -> None:
    assert plover_type(event_type, status) == plover


@pytest.mark.parametrize(
    ("label", "event_type"),
    [("AGREEMENT", "RETREAT"), ("DISR_WEAP", "COERCE"), ("HQ_ESTABLISHED", "MOBILIZE")],
)
def test_case_map_rows_are_justified(label: str, event_type: str) -> None:
    mapping = load_case_map()[label]
    assert mapping.type == event_type
    assert mapping.note, f"{label} has no note saying why"


def test_every_case_map_row_has_a_note() -> None:
    assert [label for label, m in load_case_map().items() if not m.note] == []
