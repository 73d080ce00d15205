"""Round 13: Indonesian event coding, a fifth dev error-analysis round (issue #5).

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, one_of_type

PUBLISHED = "2024-05-20T08:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a meeting named after the act is its setting: the place behind it is the act's
        (
            "Indonesia menawarkan pembelian beras dan jagung Vietnam dalam perundingan di "
            "Hanoi, Kamis (16/5).",
            "AGREE",
            "Hanoi",
        ),
        (
            "Malaysia menolak usulan itu dan gula Thailand dalam pertemuan di Bangkok, "
            "Rabu (15/5).",
            "REJECT",
            "Bangkok",
        ),
        # a passive describing the meeting does not end the meeting's clause
        (
            "Filipina dan Vietnam menggelar perundingan yang dimediasi Indonesia di Jakarta, "
            "Selasa (14/5).",
            "CONSULT",
            "Jakarta",
        ),
    ],
)
def test_place_after_the_meeting_an_act_took_place_in(
    text: str, event_type: str, place: str
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.location is not None and event.location["text"] == place


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Paket sanksi terhadap Iran diperkirakan menyasar bank-bank milik negara.", "expected"),
        (
            "Amerika Serikat menjatuhkan paket sanksi baru terhadap Iran, menyasar "
            "perusahaan pelayaran dan dua bank, Senin (13/5).",
            "occurred",
        ),
        (
            "Jepang menjatuhkan sanksi kepada Korea Utara, menargetkan jaringan pemasok "
            "suku cadang rudal.",
            "occurred",
        ),
    ],
)
def test_a_sanction_aimed_at_a_party_is_no_attack(text: str, status: str) -> None:
    events = events_of(text, published=PUBLISHED)
    assert not [e for e in events if e.type == "ASSAULT"]
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert len(sanctions) <= 1
    if sanctions:
        assert sanctions[0].status == status


@pytest.mark.parametrize(
    "text",
    [
        # an attack aimed after weapons were launched is still an attack
        "Rusia meluncurkan puluhan rudal, menyasar pembangkit listrik di Kharkiv.",
        # an aimed attack denied or charged is the content of the speech act
        "Militer Myanmar membantah telah menyasar warga sipil di Sagaing.",
        "Hizbullah menuduh Israel sengaja menyasar rumah warga di Lebanon selatan.",
    ],
)
def test_aiming_outside_a_measure_stays_an_attack(text: str) -> None:
    assert of_type(text, "ASSAULT", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Juru bicara kelompok bersenjata itu mengklaim kelompoknya bertanggung jawab atas "
            "penyerangan tersebut.",
            "claimed",
        ),
        ("Pasukan RSF mengklaim pihaknya yang melakukan serangan itu.", "claimed"),
        ("Houthi mengklaim berada di balik serangan tersebut.", "claimed"),
    ],
)
def test_taking_on_an_attack_told_before_is_a_new_event(text: str, status: str) -> None:
    event = one_of_type(text, "ASSAULT", published=PUBLISHED)
    assert event.status == status


@pytest.mark.parametrize(
    "text",
    [
        # an inquiry into who did it repeats the attack told before
        "Polisi masih menyelidiki siapa yang melakukan penembakan itu.",
        "Aparat belum mengetahui kelompok yang melakukan penyerangan tersebut.",
        # a denial of an attack told before is that attack, denied, not a second one
        "Houthi membantah berada di balik serangan tersebut.",
    ],
)
def test_an_inquiry_into_an_attack_told_before_is_no_new_attack(text: str) -> None:
    assert not of_type(text, "ASSAULT", published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Iran telah mengirim ratusan drone ke Rusia sejak Maret, kata Menteri Pertahanan "
        "Inggris dalam rapat dengan parlemen.",
        "Tiongkok menambah kapal patroli di perairan itu, ujar Kepala Bakamla dalam rapat "
        "kerja dengan Komisi I DPR.",
    ],
)
def test_meeting_where_a_closing_statement_was_made_is_no_event(text: str) -> None:
    assert not of_type(text, "CONSULT", published=PUBLISHED)


def test_meeting_told_as_news_is_still_an_event() -> None:
    text = "Menteri Pertahanan Inggris bertemu Menteri Pertahanan Prancis dalam rapat di Paris."
    assert of_type(text, "CONSULT", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a second act joined by "dan" with its own future tense takes the time after it
        (
            "Kejaksaan menyatakan tiga pejabat dinas itu telah ditahan dan akan diadili "
            "pekan depan.",
            "COERCE",
            "2024-05-20",
        ),
        (
            "Polisi telah menyita dokumen proyek dan akan memeriksa kepala dinas pada "
            "Kamis (23/5).",
            "COERCE",
            "2024-05-20",
        ),
        # without a tense of its own, the joined act shares the time
        ("Polisi menangkap dan menahan sepuluh orang pada Kamis (16/5).", "COERCE", "2024-05-16"),
    ],
)
def test_time_after_a_later_act_with_its_own_tense(text: str, event_type: str, date: str) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.date["value"] == date
