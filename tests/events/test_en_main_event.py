"""Choosing the main event of an English sentence (warta.eval.events.main_event)."""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.eval.events import main_event
from warta.events import coding_options
from warta.lang import load


def _main_type(text: str) -> str | None:
    result = coded(text, lang="en", published="2024-03-05")
    assert result is not None
    event = main_event(result.events, result.doc, coding_options(load("en")))
    return event.type if event else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A predicate after "after" is background to the main clause's.
        ("Police arrested dozens of students after protesters clashed with guards.", "COERCE"),
        # An infinitival "to" opens a purpose clause: the deployment is the news.
        ("Kenya deployed troops to the border to arrest smugglers.", "MOBILIZE"),
        # A relative clause describes an actor; the main verb reports.
        ("Rebels, who attacked a convoy last week, seized a town in the north.", "COERCE"),
        # A "to" that ends a status cue opens no subordinate clause: the planned act is the news.
        ("The talks failed and Kenya plans to deploy troops to the border.", "MOBILIZE"),
    ],
)
def test_main_clause_predicate_is_the_main_event(text: str, expected: str) -> None:
    assert _main_type(text) == expected


def test_without_doc_the_first_verbal_event_is_kept() -> None:
    result = coded("Turkey condemned the attack on its embassy.", lang="en", published=None)
    assert result is not None
    assert main_event(result.events) is not None
    assert main_event(()) is None


def test_gold_side_that_is_a_string_names_no_actor() -> None:
    from warta.eval.events import _countries_match

    assert _countries_match({"country": "USA", "sector": "GOV"}, "diplomatic")  # type: ignore[arg-type]
    assert not _countries_match(None, [{"code": "USA"}])
