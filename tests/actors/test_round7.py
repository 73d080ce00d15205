"""Round 7 registry data: Indonesian commands, police units, ministries and civic groups.

Every sentence here is our own. Names that only Indonesia uses (Kogabwilhan, Densus 88) are
Indonesia's even in an article about another country; common nouns (ormas, penyidik) take
their sector from role_nouns.tsv.
"""

from __future__ import annotations

import pytest

from warta.actors.registry import load_registry
from warta.eval.actors import coded

PUBLISHED = "2024-05-20T08:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "alias", "key", "sector"),
    [
        ("Kogabwilhan III memperketat penjagaan.", "Kogabwilhan III", "kogabwilhan-iii", "MIL"),
        ("Kodam Cenderawasih menambah pos.", "Kodam Cenderawasih", "kodam-cenderawasih", "MIL"),
        ("Kopassus menggelar latihan.", "Kopassus", "kopassus", "MIL"),
        ("Koarmada II berlayar ke timur.", "Koarmada II", "koarmada", "MIL"),
        ("Densus 88 menggeledah rumah itu.", "Densus 88", "densus-88", "COP"),
        ("Brimob berjaga di pelabuhan.", "Brimob", "brimob", "COP"),
        ("Kemendag membatasi impor gula.", "Kemendag", "kemendag", "GOV"),
        ("Kemhan RI membeli radar.", "Kemhan RI", "kemhan-ri", "MIL"),
    ],
)
def test_indonesian_only_names_are_indonesian_orgs(
    text: str, alias: str, key: str, sector: str
) -> None:
    (match,) = [m for m in load_registry().find(text) if m.text == alias]
    assert (match.kind, match.key, match.country, match.sector) == ("org", key, "IDN", sector)


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        # The article is about Egypt; the unit is still Indonesia's.
        ("Densus 88 membantu aparat Mesir melacak jaringan itu di Kairo.", "Densus 88", "COP"),
        ("Kopassus berlatih bersama tentara Yordania di Amman.", "Kopassus", "MIL"),
    ],
)
def test_indonesian_unit_keeps_its_country_abroad(text: str, mention: str, sector: str) -> None:
    result = coded(text, lang="id", published=PUBLISHED)
    assert result is not None
    (actor,) = [a for a in result.actors if a.text == mention]
    assert (actor.country, actor.sector) == ("IDN", sector)


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Puluhan ormas menolak rancangan aturan itu di Surabaya.", "ormas", "NGO"),
        ("Penyidik memeriksa dua saksi di Makassar.", "Penyidik", "JUD"),
        ("Relawan membagikan makanan di Cianjur.", "Relawan", "CVL"),
    ],
)
def test_common_noun_groups_take_their_sector(text: str, mention: str, sector: str) -> None:
    result = coded(text, lang="id", published=PUBLISHED)
    assert result is not None
    (actor,) = [a for a in result.actors if a.text == mention]
    assert (actor.country, actor.sector) == ("IDN", sector)


def test_spokesperson_of_a_command_takes_the_command_sector() -> None:
    text = "Kepala Penerangan Kodam Jaya menjelaskan jadwal latihan itu."
    result = coded(text, lang="id", published=PUBLISHED)
    assert result is not None
    (actor,) = [a for a in result.actors if a.text.startswith("Kepala Penerangan")]
    assert (actor.country, actor.sector) == ("IDN", "MIL")
