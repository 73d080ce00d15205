"""Shared helpers of the event tests: code one text through the whole pipeline."""

from __future__ import annotations

from warta.eval.actors import coded
from warta.records import Event


def events_of(text: str, *, published: str, lang: str = "id") -> tuple[Event, ...]:
    """Every event Warta codes from `text` published at `published`."""
    result = coded(text, lang=lang, published=published)
    assert result is not None, f"no analysis for {lang!r}"
    return result.events


def of_type(text: str, event_type: str, *, published: str, lang: str = "id") -> list[Event]:
    """The events of one type coded from `text`."""
    return [e for e in events_of(text, published=published, lang=lang) if e.type == event_type]


def one_of_type(text: str, event_type: str, *, published: str, lang: str = "id") -> Event:
    """The first event of a type coded from `text`; fails naming the text when there is none."""
    found = of_type(text, event_type, published=published, lang=lang)
    assert found, f"no {event_type} event in {text!r}"
    return found[0]
