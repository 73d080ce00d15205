"""Indonesian event coding: compound doers, mentions that are no new event, lexicon coverage."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type
from warta.records import Event

PUBLISHED = "2024-03-04T10:00:00+07:00"


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, published=PUBLISHED)


def _of_type(text: str, event_type: str) -> list[Event]:
    return of_type(text, event_type, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        # One act on one object: the first named doer is the source.
        (
            "Amerika Serikat dan Inggris menyerang pangkalan Houthi di Yaman kemarin.",
            "ASSAULT",
            "USA",
            "YEM",
        ),
        # A reciprocal act: the second named doer is the other party.
        (
            "Malaysia dan Singapura menggelar latihan bersama di Selat Malaka pekan lalu.",
            "COOPERATE",
            "MYS",
            "SGP",
        ),
    ],
)
def test_compound_doers_make_one_event(
    text: str, event_type: str, source: str, target: str
) -> None:
    events = _of_type(text, event_type)
    assert len(events) == 1
    assert events[0].source is not None and events[0].source["country"] == source
    assert events[0].target is not None and events[0].target["country"] == target


def test_compound_deniers_each_deny() -> None:
    events = _of_type("Jepang dan Korea Selatan membantah laporan itu.", "REJECT")
    assert sorted(e.source["country"] for e in events if e.source) == ["JPN", "KOR"]


@pytest.mark.parametrize(
    ("text", "not_coded"),
    [
        # The aim of a protest, in a trailing clause, is the protest itself.
        ("Ribuan petani berunjuk rasa di Surabaya, Jawa Timur, menolak impor beras.", "REJECT"),
        ("Ratusan guru berdemonstrasi di Bandung, menuntut kenaikan gaji.", "REQUEST"),
        # What a request noun asks for has not happened.
        (
            "Presiden Filipina membahas permintaan untuk mengirim bantuan militer ke Myanmar.",
            "AID",
        ),
        # A demand owned by a pronoun was told before.
        ("Buruh akan mogok lagi jika tuntutan mereka tidak dipenuhi Presiden.", "REQUEST"),
    ],
)
def test_mentions_are_not_new_events(text: str, not_coded: str) -> None:
    assert _of_type(text, not_coded) == []


def test_protest_with_own_subject_after_comma_still_refuses() -> None:
    text = "Ribuan petani berunjuk rasa di Surabaya, sementara Menteri Pertanian menolak bertemu."
    assert _of_type(text, "PROTEST")
    assert _of_type(text, "REJECT")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Menteri Luar Negeri Retno Marsudi menghadiri KTT G20 di New Delhi.", "CONSULT"),
        ("Presiden Prancis bersua Presiden Tiongkok di Paris.", "CONSULT"),
        ("Menteri Pertahanan Prabowo Subianto membeli jet tempur dari Prancis.", "COOPERATE"),
        ("Presiden Korea Selatan menyanggah laporan media itu.", "REJECT"),
        ("Pemerintah Jepang mencopot duta besarnya untuk Rusia.", "SANCTION"),
        ("Polisi menyegel kantor partai itu di Medan.", "COERCE"),
        ("Pemerintah Australia siap membantu Indonesia.", "AGREE"),
        ("Pemerintah Amerika Serikat mempertanyakan keputusan Beijing.", "ACCUSE"),
        ("Presiden Rusia mewanti-wanti Finlandia soal pangkalan NATO.", "THREATEN"),
        ("Pemerintah Inggris menyokong Ukraina.", "SUPPORT"),
    ],
)
def test_lexicon_covers_common_predicates(text: str, event_type: str) -> None:
    assert _of_type(text, event_type), [(e.type, e.source) for e in _events(text)]
