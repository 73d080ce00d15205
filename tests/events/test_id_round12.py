"""Round 12: Indonesian event coding, one more dev error-analysis round (issue #5).

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import one_of_type

PUBLISHED = "2024-05-20T08:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "event_type", "date", "place"),
    [
        # arrests after a dated protest: the same scene, so its day and its town
        (
            "Ribuan buruh berunjuk rasa di depan kantor gubernur di Surabaya, Kamis (16/5). "
            "Polisi menangkap sepuluh demonstran yang melempari petugas dengan botol.",
            "COERCE",
            "2024-05-16",
            "Surabaya",
        ),
        # dispersing the crowd of a dated protest
        (
            "Ratusan mahasiswa berdemonstrasi di Makassar, Rabu (15/5). "
            "Aparat kemudian membubarkan massa dengan gas air mata.",
            "ASSAULT",
            "2024-05-15",
            "Makassar",
        ),
    ],
)
def test_crowd_control_goes_on_in_the_protest_scene(
    text: str, event_type: str, date: str, place: str
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.status == "occurred"
    assert event.date["value"] == date
    assert event.location is not None and event.location["text"] == place


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        # a condemnation answers the scene on its own day, not in its place
        (
            "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Bogor, "
            "Senin (13/5). Menteri Luar Negeri Retno Marsudi mengecam serangan Israel.",
            "ACCUSE",
            "occurred",
        ),
        # a planned act has its own, later time and no place from the scene
        (
            "Ribuan buruh berunjuk rasa di Bandung, Kamis (16/5). "
            "Kementerian Ketenagakerjaan akan mengundang perwakilan buruh pekan depan.",
            "AGREE",
            "planned",
        ),
    ],
)
def test_acts_outside_the_scene_take_no_place_from_it(
    text: str, event_type: str, status: str
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.status == status
    assert event.location is None


@pytest.mark.parametrize(
    ("text", "source", "target", "status"),
    [
        (
            "Singapura akan menjadi tuan rumah pertemuan menteri pertahanan ASEAN bulan depan.",
            "SGP",
            "ASEAN",
            "planned",
        ),
        (
            "Korea Selatan menjadi tuan rumah latihan gabungan dengan Amerika Serikat di Busan.",
            "KOR",
            "USA",
            "occurred",
        ),
    ],
)
def test_the_host_of_a_meeting_is_its_source(
    text: str, source: str, target: str, status: str
) -> None:
    event = one_of_type(text, "CONSULT", published=PUBLISHED)
    assert event.source is not None and event.source["country"] == source
    assert event.target is not None and event.target["country"] == target
    assert event.status == status


@pytest.mark.parametrize(
    ("text", "event_type", "date", "place"),
    [
        # a bare hour in a later sentence is an hour of the protest's day, in its town
        (
            "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD di Semarang, Kamis (16/5) "
            "sore. Polisi membubarkan massa dengan gas air mata sekitar pukul 18.00 WIB.",
            "ASSAULT",
            "2024-05-16",
            "IDN",
        ),
        # an hour with its own day keeps that day
        (
            "Polisi membubarkan massa di Semarang pada Kamis (16/5) sekitar pukul 18.00 WIB.",
            "COERCE",
            "2024-05-16",
            "IDN",
        ),
        # an hour with no day and no scene before: the day of publication
        (
            "Polisi membubarkan massa di Semarang sekitar pukul 18.00 WIB.",
            "COERCE",
            "2024-05-20",
            "IDN",
        ),
    ],
)
def test_an_hour_dates_its_event_to_the_day(
    text: str, event_type: str, date: str, place: str
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.date["value"] == date
    assert event.date["precision"] == "day"
    assert event.location is not None and event.location["country"] == place


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        # a rumour told, then denied by the party: the rumoured event is denied
        (
            "Beredar kabar Partai Demokrat tengah menjajaki kerja sama dengan Partai Nasdem. "
            "Ketua Umum Partai Demokrat membantah kabar tersebut.",
            "COOPERATE",
            "denied",
        ),
        # a rumour denied in one sentence: the denial outranks the rumour
        (
            "Kementerian Luar Negeri membantah kabar bahwa Menteri Luar Negeri Sugiono akan "
            "bertemu Menteri Luar Negeri Israel.",
            "CONSULT",
            "denied",
        ),
        # a denial of something else, then a second speech act: what it tells is claimed
        (
            "Hamas membantah menyimpan senjata di sekolah itu dan menuduh Israel sengaja "
            "menyerang warga sipil.",
            "ASSAULT",
            "claimed",
        ),
        # a rumour nobody denies stays speculated
        (
            "Beredar kabar Partai Demokrat tengah menjajaki kerja sama dengan Partai Nasdem.",
            "COOPERATE",
            "speculated",
        ),
    ],
)
def test_a_denial_outranks_a_rumour(text: str, event_type: str, status: str) -> None:
    assert one_of_type(text, event_type, published=PUBLISHED).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Hamas menghentikan perundingan gencatan senjata dengan Israel, Senin (13/5).",
            "occurred",
        ),
        (
            "Ukraina mengancam akan menghentikan pembicaraan damai jika Rusia terus menyerang "
            "Kharkiv.",
            "conditional",
        ),
    ],
)
def test_breaking_off_talks_is_a_refusal_of_talks(text: str, status: str) -> None:
    event = one_of_type(text, "REJECT", published=PUBLISHED)
    assert event.mode == "meet"
    assert event.status == status
