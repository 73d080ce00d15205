"""Round 8: Indonesian forms and frames found missing by the dev-half error analysis.

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, one_of_type

PUBLISHED = "2024-05-20T08:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("Presiden Joko Widodo menjamu Presiden Prancis Emmanuel Macron di Bogor.", "FRA", "IDN"),
        ("Menlu Retno Marsudi menjamu Menlu Jepang di Jakarta, Senin.", "JPN", "IDN"),
    ],
)
def test_host_verb_takes_its_guest_as_the_source(text: str, guest: str, host: str) -> None:
    event = one_of_type(text, "CONSULT", published=PUBLISHED)
    assert event.source is not None and event.source["country"] == guest
    assert event.target is not None and event.target["country"] == host


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia mengirim 12 ton obat-obatan untuk pengungsi di Sudan.",
        "Pemerintah Jepang menyalurkan tenda dan selimut ke Turki.",
        "Malaysia mengirimkan 30 relawan ke Aceh.",
    ],
)
def test_sending_relief_goods_is_aid(text: str) -> None:
    event = one_of_type(text, "AID", published=PUBLISHED)
    assert event.source is not None


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia mengirim surat kepada Malaysia.",
        "Indonesia mengirim 12 tim ke Olimpiade Paris.",
    ],
)
def test_sending_other_things_is_no_aid(text: str) -> None:
    assert not of_type(text, "AID", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Junta Myanmar mengumumkan gencatan senjata selama dua pekan.", "RETREAT"),
        ("Kejaksaan mengajukan banding atas putusan bebas terdakwa itu.", "ACCUSE"),
        ("Serikat buruh mengajukan gugatan terhadap pemerintah daerah.", "ACCUSE"),
        ("Iran berjanji akan membalas serangan Israel.", "THREATEN"),
        ("Rusia menyasar gudang amunisi Ukraina di Kharkiv.", "ASSAULT"),
        ("Kapal Tiongkok menghalangi kapal nelayan Vietnam di perairan itu.", "COERCE"),
        ("Mesir menutup perlintasan perbatasan dengan Gaza.", "COERCE"),
        ("Aparat gabungan menyisir perkampungan di Intan Jaya.", "MOBILIZE"),
        ("Indonesia membuka akses pasar bagi produk susu Selandia Baru.", "CONCEDE"),
    ],
)
def test_round8_forms_have_their_type(text: str, event_type: str) -> None:
    types = {e.type for e in events_of(text, published=PUBLISHED)}
    assert event_type in types, f"{event_type} not among {types} for {text!r}"


@pytest.mark.parametrize(
    ("text", "wrong_type"),
    [
        ("Iran berjanji akan membalas serangan Israel.", "AGREE"),
        ("Junta Myanmar mengumumkan gencatan senjata selama dua pekan.", "CONCEDE"),
    ],
)
def test_round8_forms_lose_their_old_reading(text: str, wrong_type: str) -> None:
    assert not of_type(text, wrong_type, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Ratusan warga bentrok dengan polisi saat penggusuran pasar.",
        "Warga desa bentrok dengan aparat di depan kantor bupati.",
    ],
)
def test_residents_clashing_with_police_is_a_riot(text: str) -> None:
    event = one_of_type(text, "PROTEST", published=PUBLISHED)
    assert event.mode == "riot"
    assert not of_type(text, "ASSAULT", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("Qatar welcomed Sudan's decision on the truce.", "Sudan"),
        ("Many children received treatment after Assad bombed the town.", "Assad"),
    ],
)
def test_receiving_verb_does_not_take_a_far_or_possessive_object_as_source(
    text: str, not_source: str
) -> None:
    sources = [
        e.source["text"]
        for e in of_type(text, "CONSULT", published=PUBLISHED, lang="en")
        if e.source is not None
    ]
    assert not_source not in sources


@pytest.mark.parametrize(
    ("text", "threatened", "status"),
    [
        ("Hamas mengancam akan membalas serangan Israel.", None, None),
        ("Korea Utara mengancam akan memveto resolusi itu.", None, None),
        (
            "Iran mengancam akan membalas serangan Israel jika Amerika Serikat menjatuhkan sanksi.",
            "ASSAULT",
            "conditional",
        ),
    ],
)
def test_what_a_threat_threatens_is_coded_only_under_a_condition(
    text: str, threatened: str | None, status: str | None
) -> None:
    events = events_of(text, published=PUBLISHED)
    assert any(e.type == "THREATEN" for e in events), f"no threat in {text!r}"
    others = [e for e in events if e.type != "THREATEN"]
    if threatened is None:
        assert not others, f"threatened act coded as its own event in {text!r}"
    else:
        assert [(e.type, e.status) for e in others if e.type == threatened] == [
            (threatened, status)
        ]
