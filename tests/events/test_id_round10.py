"""Round 10: Indonesian language data found missing by the third-round dev error analysis.

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, one_of_type

PUBLISHED = "2024-05-20T08:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # sending a delegation or envoy is taking part in the meeting
        ("Malaysia mengirim delegasi ke konferensi iklim di Bonn.", "CONSULT", "MYS"),
        ("Filipina mengirim utusan khusus ke Beijing pekan ini.", "CONSULT", "PHL"),
        # calling up reservists mobilises them (a count may stand between)
        (
            "Militer Korea Selatan memanggil 20.000 tentara cadangan setelah uji coba rudal itu.",
            "MOBILIZE",
            "KOR",
        ),
        ("Israel memanggil pasukan cadangan untuk berjaga di perbatasan utara.", "MOBILIZE", "ISR"),
        # volunteers and rescue or medical teams are relief
        ("Palang Merah Indonesia mengerahkan 150 relawan ke lokasi banjir di Demak.", "AID", "IDN"),
        ("Pemerintah Australia mengirimkan tim SAR ke Cianjur sehari setelah gempa.", "AID", "AUS"),
        ("Singapura mengirim tim medis ke Lombok.", "AID", "SGP"),
        # ground operations are assaults
        ("Israel memulai operasi darat di Rafah, Selasa.", "ASSAULT", "ISR"),
        ("Rusia melancarkan serangan darat ke Kharkiv.", "ASSAULT", "RUS"),
        # refusing a summons, objecting, vetoing
        ("Gubernur Jawa Tengah mangkir dari panggilan KPK, Senin.", "REJECT", "IDN"),
        (
            "Kedutaan Besar Tiongkok mengajukan keberatan atas keputusan pengadilan Manila.",
            "REJECT",
            "CHN",
        ),
        (
            "Amerika Serikat menggunakan hak vetonya untuk menggagalkan resolusi itu.",
            "REJECT",
            "USA",
        ),
        # a parliament's inquiry right used is an investigation
        ("DPR menggunakan hak angket untuk menyelidiki impor beras.", "ACCUSE", "IDN"),
        # respecting a decision, handing over land, persuading
        (
            "Kementerian Luar Negeri Jepang menyatakan menghormati keputusan "
            "Mahkamah Internasional.",
            "SUPPORT",
            "JPN",
        ),
        (
            "Penyerahan wilayah oleh Armenia kepada Azerbaijan berlangsung di Qazakh, Senin.",
            "CONCEDE",
            "ARM",
        ),
        ("Prancis membujuk Jerman untuk menyetujui paket bantuan itu.", "REQUEST", "FRA"),
    ],
)
def test_new_predicates_are_coded_with_their_type(text: str, event_type: str, country: str) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.source is not None and event.source["country"] == country


def test_a_delegation_not_sent_is_a_negated_meeting() -> None:
    event = one_of_type(
        "Vietnam tidak mengirimkan delegasi ke pertemuan itu.", "CONSULT", published=PUBLISHED
    )
    assert event.status == "negated"


def test_reservists_called_up_are_no_summons() -> None:
    text = "Militer Korea Selatan memanggil 20.000 tentara cadangan setelah uji coba rudal itu."
    assert not of_type(text, "ACCUSE", published=PUBLISHED)


def test_summoning_an_ambassador_stays_an_accusation() -> None:
    assert one_of_type("Rusia memanggil duta besar Jepang, Senin.", "ACCUSE", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Ratusan petani menduduki kantor bupati di Jember menuntut pembagian lahan.", "obstruct"),
        ("Aksi mahasiswa di depan gedung DPRD Jawa Barat, Bandung, berlangsung tertib.", "demo"),
        ("Aksi buruh di kawasan industri Cikarang, Bekasi, berakhir sore hari.", "demo"),
    ],
)
def test_occupations_and_named_rallies_are_protests(text: str, mode: str) -> None:
    event = one_of_type(text, "PROTEST", published=PUBLISHED)
    assert event.mode == mode
    assert not of_type(text, "COERCE", published=PUBLISHED)


def test_students_clashing_with_police_riot() -> None:
    text = "Ratusan mahasiswa bentrok dengan polisi di Makassar, Kamis."
    event = one_of_type(text, "PROTEST", published=PUBLISHED)
    assert event.mode == "riot"
    assert not of_type(text, "ASSAULT", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("Juru bicara Istana menolak berkomentar soal rencana perombakan kabinet.", "REJECT"),
        ("Menteri Pertahanan Jepang enggan berkomentar tentang latihan itu.", "REJECT"),
        ("Tentara Pembebasan Rakyat menggelar latihan di dekat Taiwan.", "RETREAT"),
        (
            "Militer Israel menembaki kamp pengungsi di Jenin, kata seorang pejabat yang tidak "
            "bersedia disebutkan namanya.",
            "AGREE",
        ),
        ("Pemerintah menunda pembahasan RUU Penyiaran hingga tahun depan.", "CONSULT"),
        (
            "Beijing menegaskan kapalnya berpatroli di perairan yang menjadi wilayah penangkapan "
            "ikan tradisional Tiongkok.",
            "COERCE",
        ),
    ],
)
def test_set_phrases_holding_a_predicate_word_are_no_events(text: str, not_type: str) -> None:
    assert not_type not in {e.type for e in events_of(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Pengamat memperkirakan Korea Utara akan menggelar uji coba rudal bulan depan.",
            "MOBILIZE",
        ),
        ("Analis memprediksi Rusia akan menyerang Kharkiv bulan depan.", "ASSAULT"),
        ("Para ekonom meramalkan Tiongkok akan menjatuhkan sanksi kepada Lithuania.", "SANCTION"),
    ],
)
def test_an_observers_forecast_makes_the_event_expected(text: str, event_type: str) -> None:
    assert one_of_type(text, event_type, published=PUBLISHED).status == "expected"


def test_an_actors_own_akan_stays_planned() -> None:
    text = "Jepang akan menggelar latihan militer bersama Filipina bulan depan."
    assert [e.status for e in events_of(text, published=PUBLISHED)] == ["planned"]


def test_targeting_a_military_object_is_an_assault() -> None:
    text = "Rusia menargetkan infrastruktur energi Ukraina dengan rudal jelajah."
    assert one_of_type(text, "ASSAULT", published=PUBLISHED).source is not None


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah menargetkan pertumbuhan ekonomi lima persen tahun ini.",
        "Kementerian Keuangan menargetkan penerimaan pajak naik.",
    ],
)
def test_a_goal_targeted_is_no_event(text: str) -> None:
    assert events_of(text, published=PUBLISHED) == ()


def test_a_fishing_boat_seized_is_one_arrest() -> None:
    text = "Penjaga pantai Malaysia menahan dua kapal penangkap ikan Vietnam di perairan Sabah."
    assert [e.type for e in events_of(text, published=PUBLISHED)] == ["COERCE"]
