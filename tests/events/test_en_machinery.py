"""English event machinery: crowd violence as a riot, participles as adjectives, weapon finds."""

from __future__ import annotations

import pytest

from warta.eval.actors import coded


def _types(text: str) -> set[tuple[str, str | None]]:
    result = coded(text, lang="en", published="2024-03-05")
    assert result is not None
    return {(event.type, event.mode) for event in result.events}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters hurled stones at riot police outside the ministry in Accra.",
        "An angry mob beat two suspected thieves in a market in Kano.",
        "A man accused of theft was set ablaze by a mob in Onitsha on Monday.",
        "Hundreds of demonstrators clashed with police in Lyon on Saturday.",
        "Police clashed on Sunday with hundreds of protesters near the stadium.",
        "Rioters torched cars and attacked shops in the old town overnight.",
    ],
)
def test_crowd_violence_is_a_riot(text: str) -> None:
    types = _types(text)
    assert ("PROTEST", "riot") in types
    assert not any(event_type == "ASSAULT" for event_type, _ in types)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops attacked a rebel camp near Goma on Monday.",
        "One protester was killed when police opened fire in the capital.",
        "Gunmen attacked a police post in the north of the country.",
    ],
)
def test_violence_without_a_crowd_doer_stays_an_assault(text: str) -> None:
    types = _types(text)
    assert any(event_type == "ASSAULT" for event_type, _ in types)
    assert ("PROTEST", "riot") not in types


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Settlers built new homes in the occupied territories last year.", "COERCE"),
        ("The detained activists went on hunger strike in Cairo.", "COERCE"),
        ("Doctors said the injured were brought to a clinic in Herat.", "ASSAULT"),
        ("Their wounded comrades were flown home on Friday.", "ASSAULT"),
    ],
)
def test_participle_after_a_determiner_is_no_event(text: str, absent: str) -> None:
    assert not any(event_type == absent for event_type, _ in _types(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested twelve activists in Cairo on Tuesday.", ("COERCE", "arrest")),
        ("The activists were detained by police in Cairo.", ("COERCE", "arrest")),
    ],
)
def test_participle_as_predicate_is_still_coded(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A stash of rifles and ammunition was found in a house near Kisumu.",
        "Soldiers discovered two caches of explosives in a forest near the border.",
        "Special forces destroyed dozens of machine guns and rockets during a raid.",
        "Forty pistols were captured at a checkpoint outside the capital.",
    ],
)
def test_finding_weapons_is_a_seizure(text: str) -> None:
    assert ("COERCE", "seize") in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighter jets destroyed an arms depot in the hills on Sunday.",
        "Air strikes destroyed a weapons factory near the port.",
    ],
)
def test_destroying_a_weapons_site_is_an_attack(text: str) -> None:
    types = _types(text)
    assert ("ASSAULT", "destroy") in types
    assert ("COERCE", "seize") not in types


def test_finding_something_else_is_no_seizure() -> None:
    assert ("COERCE", "seize") not in _types("Rescuers found the missing hikers near the lake.")
