"""Time expressions on sentences written for these tests, and the gold set."""

from __future__ import annotations

from datetime import datetime

import pytest

from warta.analyze.times import find_times
from warta.eval.time import run
from warta.lang import load

PUBLISHED = datetime.fromisoformat("2023-09-05T10:15:00+07:00")  # a Tuesday


def _times(text: str, lang_code: str = "id", published: datetime | None = PUBLISHED) -> list:
    found = find_times(text, lang=load(lang_code), published=published)
    assert all(text[t.start : t.end] == t.text for t in found)
    return [(t.text, t.value, t.precision, t.mod) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mereka bertemu pada September 2023 ini.",
            ("September 2023 ini", "2023-09", "month", None),
        ),
        ("Ia ke Seoul pada bulan Juli 2023.", ("bulan Juli 2023", "2023-07", "month", None)),
        ("Tim tiba pada akhir bulan lalu.", ("akhir bulan lalu", "2023-08", "month", "end")),
        ("Mereka bertemu pada April 2019 silam.", ("April 2019 silam", "2019-04", "month", None)),
        ("Rapat digelar Rabu (30/08).", ("Rabu (30/08)", "2023-08-30", "day", None)),
        ("Hujan turun kemarin sore.", ("kemarin sore", "2023-09-04", "day", None)),
        ("Gempa terjadi pukul 08.05 WIT.", ("08.05 WIT", "2023-09-05T08:05+09:00", "minute", None)),
        ("Harga naik dua minggu lalu.", ("dua minggu lalu", "2023-W34", "week", None)),
        ("Kontrak diteken pada 2 Januari 2020.", ("2 Januari 2020", "2020-01-02", "day", None)),
        ("Proyek selesai pada pertengahan 2025.", ("pertengahan 2025", "2025", "year", "mid")),
    ],
)
def test_find_times_indonesian(text: str, expected: tuple) -> None:
    assert _times(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met last Friday.", ("last Friday", "2023-09-01", "day", None)),
        ("The vote is due on Oct. 3.", ("Oct. 3", "2023-10-03", "day", None)),
        ("Prices fell in late 2022.", ("late 2022", "2022", "year", "end")),
        ("The talks ended three days ago.", ("three days ago", "2023-09-02", "day", None)),
    ],
)
def test_find_times_english(text: str, expected: tuple) -> None:
    assert _times(text, "en") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Hingga saat ini belum ada keputusan.",
        "Pertemuan itu terjadi beberapa tahun lalu.",
        "Sebanyak 2023 orang dan 10.000 warga hadir.",
        "Ia menghabiskan 1/2 porsi nasi.",
        "Rapat ditunda sampai 31 Februari 2023.",
        "Minggu ini menjadi minggu yang sibuk.",
    ],
)
def test_find_times_skips_non_dates(text: str) -> None:
    found = _times(text)
    assert [item for item in found if item[2] != "week"] == []


def test_find_times_minggu_ini_is_a_week() -> None:
    assert _times("Minggu ini menjadi sibuk.") == [("Minggu ini", "2023-W36", "week", None)]


def test_find_times_year_boundary() -> None:
    published = datetime.fromisoformat("2024-01-02T09:00:00+07:00")
    assert _times("Harga naik bulan lalu.", published=published) == [
        ("bulan lalu", "2023-12", "month", None)
    ]


def test_find_times_without_publication_keeps_only_absolute() -> None:
    found = _times("Kemarin ia mengenang 5 September 2023.", published=None)
    assert found == [("5 September 2023", "2023-09-05", "day", None)]


def test_time_gold_accuracy() -> None:
    results = run()
    assert {result["dataset"] for result in results} == {"warta-times-id", "warta-times-en"}
    total = sum(result["n"] for result in results)
    correct = sum(result["n"] * result["metrics"]["accuracy"] for result in results)
    assert total >= 160
    assert correct / total >= 0.95
