"""Datelines in the styles of Indonesian and English outlets."""

from __future__ import annotations

import pytest

from warta.extract.text import find_dateline


@pytest.mark.parametrize(
    ("paragraph", "sites", "place", "outlet", "rest"),
    [
        ("PARBOABOA, Jakarta - Pemimpin Korea", ["PARBOABOA"], "Jakarta", "PARBOABOA", "Pemimpin"),
        ("JAKARTA, KOMPAS.com - Presiden", [], "Jakarta", "KOMPAS.com", "Presiden"),
        ("WASHINGTON (Reuters) - The", [], "Washington", "Reuters", "The"),
        ("WASHINGTON, March 3 (Reuters) - The", [], "Washington", "Reuters", "The"),
        (
            "Jakarta, CNN Indonesia -- Menteri",
            ["CNN Indonesia"],
            "Jakarta",
            "CNN Indonesia",
            "Menteri",
        ),
        ("TEMPO.CO, Jakarta - Ketua", [], "Jakarta", "TEMPO.CO", "Ketua"),
        ("SURABAYA - Wali kota", [], "Surabaya", None, "Wali"),
        ("NEW YORK — Stocks", [], "New York", None, "Stocks"),
        ("Liputan6.com, Jakarta - Kapolri", [], "Jakarta", "Liputan6.com", "Kapolri"),
    ],
)
def test_dateline_found(
    paragraph: str, sites: list[str], place: str, outlet: str | None, rest: str
) -> None:
    dateline = find_dateline(paragraph, site_names=sites)
    assert dateline is not None
    assert (dateline.place, dateline.outlet) == (place, outlet)
    assert paragraph[dateline.length :].startswith(rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kim Jong-un - pemimpin Korea Utara - tiba di stasiun.",
        "Pemerintah menyatakan bahwa harga - harga naik.",
        "The talks ended. Officials - who asked not to be named - said more.",
        "Presiden Joko Widodo, Menteri Keuangan, dan pejabat lain tiba - kemarin.",
    ],
)
def test_sentence_is_not_a_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph, site_names=[]) is None
