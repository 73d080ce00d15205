"""Round 7: events whose source is an Indonesian command, unit or civic group.

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import one_of_type

PUBLISHED = "2024-05-20T08:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "event_type", "source", "sector"),
    [
        (
            "Kepala Penerangan Kogabwilhan III membantah kabar penembakan itu.",
            "REJECT",
            "Kepala Penerangan Kogabwilhan III",
            "MIL",
        ),
        ("Kodam Cenderawasih membantah tudingan kelompok itu.", "REJECT", None, "MIL"),
        ("Densus 88 menangkap dua terduga teroris di Bekasi.", "COERCE", "Densus 88", "COP"),
        ("Sejumlah ormas mendesak DPR membatalkan revisi undang-undang itu.", "REQUEST", None,
         "NGO"),
        ("Penyidik menyita mobil milik kepala dinas itu.", "COERCE", "Penyidik", "JUD"),
    ],
)  # fmt: skip
def test_indonesian_body_is_the_source(
    text: str, event_type: str, source: str | None, sector: str
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.source is not None, f"no source in {text!r}"
    if source is not None:
        assert event.source["text"] == source
    assert (event.source["country"], event.source["sector"]) == ("IDN", sector)
