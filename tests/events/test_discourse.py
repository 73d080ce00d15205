"""Events across sentences and without a named doer (issue #5, round 3).

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.export import flat_event, gdelt_row, plover_record
from warta.records import Event

PUBLISHED = "2024-03-12T09:00:00+07:00"


def _events(text: str, lang: str = "id") -> tuple[Event, ...]:
    result = coded(text, lang=lang, published=PUBLISHED)
    assert result is not None
    return result.events


def _one(text: str, event_type: str, lang: str = "id") -> Event:
    found = [e for e in _events(text, lang) if e.type == event_type]
    assert len(found) == 1, [(e.type, e.source) for e in _events(text, lang)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sebuah bom meledak di pasar Kabul.", "id"),
        ("Kota itu digempur semalaman.", "id"),
        ("The town was shelled by night.", "en"),
        ("Four people were killed in an attack on a market in Kabul.", "en"),
    ],
)
def test_material_event_without_named_doer_has_null_source(text: str, lang: str) -> None:
    event = _one(text, "ASSAULT", lang)
    assert event.source is None
    assert event.confidence < 0.6


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kekerasan itu berlanjut.", "id"),
        ("The attack drew criticism.", "en"),
        ("The ministry was condemned.", "en"),  # a speech act needs its speaker
    ],
)
def test_bare_mention_or_speech_act_without_doer_is_not_coded(text: str, lang: str) -> None:
    assert _events(text, lang) == ()


def test_event_with_null_source_exports() -> None:
    record = _one("Sebuah bom meledak di pasar Kabul.", "ASSAULT").to_dict()
    assert flat_event(record)["source_country"] in {None, ""}
    assert plover_record(record)["source"] == []
    assert gdelt_row(record)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "country"),
    [
        (
            "Ribuan buruh berunjuk rasa di Bandung, Senin (4/3/2024). "
            "Mereka menuntut pemerintah menaikkan upah minimum.",
            "id",
            "REQUEST",
            "IDN",
        ),
        (
            "Protesters marched in Lagos on Monday. "
            "They demanded the release of the detained activists.",
            "en",
            "REQUEST",
            "NGA",
        ),
        (
            "Polri membantah anggotanya menembakkan gas air mata ke arah warga.",
            "id",
            "ASSAULT",
            "IDN",
        ),
    ],
)
def test_pronoun_subject_takes_the_actor_named_before(
    text: str, lang: str, event_type: str, country: str
) -> None:
    event = _one(text, event_type, lang)
    assert event.source is not None
    assert event.source["country"] == country


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        # The same minister acts again in the scene the first sentence dated.
        (
            "Menteri Luar Negeri Retno Marsudi tiba di Tokyo kemarin. "
            "Retno bertemu Menlu Jepang Yoko Kamikawa dan membahas perdagangan.",
            "CONSULT",
            "2024-03-11",
        ),
        # "sehari kemudian": the day after the dated day.
        (
            "Polisi menangkap tiga tersangka di Medan, Senin (4/3/2024). "
            "Polisi menahan dua tersangka lain sehari kemudian.",
            "COERCE",
            "2024-03-05",
        ),
    ],
)
def test_undated_sentence_continuing_a_scene_takes_its_date(
    text: str, event_type: str, value: str
) -> None:
    event = [e for e in _events(text) if e.type == event_type][-1]
    assert event.date["value"] == value
    assert event.date["basis"] == "text"


def test_reaction_by_another_party_keeps_the_publication_date() -> None:
    text = (
        "Tentara Israel menyerbu sebuah kamp di Jenin, Senin (4/3/2024). "
        "Hamas mengecam serangan itu."
    )
    assert _one(text, "ACCUSE").date["basis"] == "published"


@pytest.mark.parametrize(
    "text",
    [
        "Kelompok bersenjata mengklaim telah menembak sebuah helikopter TNI di Nduga, "
        "Selasa (5/3/2024). TNI membantah klaim itu.",
        "Israel mengklaim Hamas menembakkan roket dari sebuah sekolah. "
        "Hamas membantah pernah menembakkan roket.",
    ],
)
def test_denial_in_next_sentence_denies_the_claimed_event(text: str) -> None:
    assault = _one(text, "ASSAULT")
    assert assault.status == "denied"
    assert _one(text, "REJECT").status == "occurred"


def test_claim_not_denied_stays_claimed() -> None:
    text = (
        "Kelompok bersenjata mengklaim telah menembak sebuah helikopter TNI di Nduga. "
        "TNI mengerahkan pasukan tambahan ke Nduga."
    )
    assert _one(text, "ASSAULT").status == "claimed"
