"""Round 11: Indonesian event-coding code changes found by the third-round dev error analysis.

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, one_of_type

PUBLISHED = "2024-05-20T08:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target", "status", "date", "place"),
    [
        # "kedua negara" after a meeting: the two who met, first named first; the meeting's
        # day and place go on
        (
            "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Bogor, "
            "Senin (13/5). Kedua negara sepakat memperkuat kerja sama maritim.",
            "AGREE",
            "IDN",
            "JPN",
            "occurred",
            "2024-05-13",
            "IDN",
        ),
        # "kedua pihak" after a planned meeting: an expected agreement in that week and place
        (
            "Delegasi Armenia dan Azerbaijan dijadwalkan bertemu di Almaty, Kazakhstan, pekan "
            "depan. Kedua pihak diperkirakan menyepakati rancangan perjanjian damai.",
            "AGREE",
            "ARM",
            "AZE",
            "expected",
            "2024-W22",
            "KAZ",
        ),
    ],
)
def test_collective_subject_stands_for_the_two_parties_before(
    text: str,
    event_type: str,
    source: str,
    target: str,
    status: str,
    date: str,
    place: str,
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.source is not None and event.source["country"] == source
    assert event.target is not None and event.target["country"] == target
    assert event.status == status
    assert event.date["value"] == date
    assert event.location is not None and event.location["country"] == place


def test_collective_after_between_is_no_subject() -> None:
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Bogor, Senin "
        "(13/5). Gedung Putih mengecam perundingan antara kedua negara itu."
    )
    consults = of_type(text, "CONSULT", published=PUBLISHED)
    assert [e.sentence.startswith("Presiden") for e in consults] == [True]


def test_topics_a_discussion_names_are_no_events() -> None:
    text = (
        "Menteri Luar Negeri Malaysia bertemu Menteri Luar Negeri Thailand di Bangkok, Kamis "
        "(16/5). Dalam pertemuan itu, kedua menteri membahas keamanan perbatasan dan kerja "
        "sama perdagangan."
    )
    types = [e.type for e in events_of(text, published=PUBLISHED)]
    assert types == ["CONSULT", "CONSULT"]


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        # a second act of the same kind joined by "dan" is an event of its own
        ("Polisi membubarkan massa dan menangkap 30 orang di depan gedung DPRD.", "COERCE", 2),
        ("Aparat menembakkan gas air mata dan memukuli sejumlah wartawan.", "ASSAULT", 2),
        # the toll of an attack is the same attack
        (
            "Pesawat tempur Rusia mengebom pasar di Kharkiv dan menewaskan sedikitnya 12 orang.",
            "ASSAULT",
            1,
        ),
    ],
)
def test_second_act_joined_by_dan(text: str, event_type: str, count: int) -> None:
    assert len(of_type(text, event_type, published=PUBLISHED)) == count


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        # a denial ends at "dan" and a second predicate of the denier
        (
            "Partai Demokrat membantah kabar itu dan menegaskan partainya tetap mendukung "
            "pemerintah.",
            "SUPPORT",
            "occurred",
        ),
        (
            "Hamas membantah menyimpan senjata di rumah sakit itu dan menuduh Israel menyerang "
            "warga sipil.",
            "ACCUSE",
            "occurred",
        ),
        # ... but a second material act in the denial's complement stays denied
        ("Rusia membantah menyerang dan menewaskan warga sipil di Kharkiv.", "ASSAULT", "denied"),
        # a negation does not reach past "setelah"
        (
            "Kanada tidak mengirim menteri ke forum itu setelah India menuduh Ottawa melindungi "
            "kelompok separatis.",
            "ACCUSE",
            "occurred",
        ),
        # a condition outranks an expectation that governs the predicate
        (
            "Menteri Perdagangan Jepang memperkirakan Washington akan menurunkan tarif itu jika "
            "Tokyo juga membuka akses pasar bagi produk pertanian.",
            "CONCEDE",
            "conditional",
        ),
    ],
)
def test_status_scope(text: str, event_type: str, status: str) -> None:
    assert one_of_type(text, event_type, published=PUBLISHED).status == status


def test_fronted_date_leaves_the_main_clause_a_report() -> None:
    text = (
        "Selasa (2/7), Kementerian Luar Negeri RI memanggil Duta Besar Malaysia untuk "
        "menyampaikan protes keras."
    )
    event = one_of_type(text, "ACCUSE", published="2024-07-03T09:00:00+07:00")
    assert event.source is not None and event.source["country"] == "IDN"
    assert event.date["value"] == "2024-07-02"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # what a protest protests is its aim, across the place and date after it
        (
            "Ratusan nelayan berunjuk rasa di depan kantor gubernur, Semarang, Senin (6/5), "
            "untuk memprotes larangan penggunaan cantrang.",
            ["PROTEST"],
        ),
        # a passive after "yang" and an aspect word is a relative clause
        ("Polisi memukuli sejumlah mahasiswa yang sudah ditangkap.", ["ASSAULT"]),
        # dispersing "menggunakan" a water cannon is one crowd-control assault, like "dengan"
        (
            "Massa merusak pagar gedung sebelum dibubarkan polisi menggunakan water cannon.",
            ["PROTEST", "ASSAULT"],
        ),
        (
            "Massa merusak pagar gedung sebelum dibubarkan polisi dengan gas air mata.",
            ["PROTEST", "ASSAULT"],
        ),
    ],
)
def test_clauses_that_tell_no_event_of_their_own(text: str, types: list[str]) -> None:
    assert [e.type for e in events_of(text, published=PUBLISHED)] == types


SCENE = "Rusia menyerang Kharkiv dengan rudal balistik, Senin (13/5). "


@pytest.mark.parametrize(
    ("text", "event_type", "status", "date"),
    [
        # what the parties claim or deny of a dated attack happened on its day
        (
            SCENE + "Ukraina mengklaim telah menembak jatuh 12 rudal.",
            "ASSAULT",
            "claimed",
            "2024-05-13",
        ),
        (
            SCENE + "Moskow membantah menyerang rumah sakit di Kharkiv.",
            "ASSAULT",
            "denied",
            "2024-05-13",
        ),
        # ... the denial itself answers on its own day
        (
            SCENE + "Moskow membantah menyerang rumah sakit di Kharkiv.",
            "REJECT",
            "occurred",
            "2024-05-20",
        ),
        # a denied act of another kind than the scene's is not of that scene
        (
            "Presiden Prabowo mengunjungi Tokyo, Senin (13/5). Korea Utara membantah memasok "
            "senjata kepada Rusia.",
            "AID",
            "denied",
            "2024-05-20",
        ),
    ],
)
def test_claims_and_denials_take_the_scene_date(
    text: str, event_type: str, status: str, date: str
) -> None:
    # the last of its type: the one told in the sentence after the scene
    event = of_type(text, event_type, published=PUBLISHED)[-1]
    assert (event.status, event.date["value"]) == (status, date)


@pytest.mark.parametrize(
    ("shift", "date"),
    [("Sehari sebelumnya", "2024-06-11"), ("Dua hari sebelumnya", "2024-06-10")],
)
def test_fronted_shift_from_the_date_before(shift: str, date: str) -> None:
    text = (
        "Polisi menangkap dua tersangka korupsi di Medan, Rabu (12/6). "
        f"{shift}, Kejaksaan Agung menahan dua pejabat Kementerian Perdagangan."
    )
    held = of_type(text, "COERCE", published="2024-06-14T08:00:00+07:00")
    assert [e.date["value"] for e in held] == ["2024-06-12", date]
