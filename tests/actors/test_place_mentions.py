"""Place names NER leaves unlabelled, world regions, and role nouns read by their place."""

from __future__ import annotations

import pytest

from warta.actors.places import load_places
from warta.actors.registry import load_registry
from warta.eval.actors import coded


def _place(lang: str, text: str, mention: str):
    result = coded(text, lang=lang, published=None)
    assert result is not None
    found = [p for p in result.places if p.start < text.index(mention) + len(mention)
             and text.index(mention) < p.end]  # fmt: skip
    return found[0] if found else None


@pytest.mark.parametrize(
    ("lang", "text", "mention", "kind", "country"),
    [
        # a name before a comma and a known region is a place of that region's country
        ("id", "Pasar malam dibuka di lapangan Kudus, Jawa Tengah.", "Kudus", "city", "IDN"),
        # a regency the index does not know is a region of the language's home country
        ("id", "Banjir merendam tiga desa di Kabupaten Sigi Biromaru.", "Sigi Biromaru",
         "region", "IDN"),
        # first-level divisions of other countries
        ("id", "Gempa mengguncang Provinsi Sichuan pada Senin.", "Sichuan", "region", "CHN"),
        ("en", "Flooding hit Punjab province after days of rain.", "Punjab", "region", "PAK"),
        ("en", "Fighting resumed in Darfur last week.", "Darfur", "region", "SDN"),
        ("id", "Kapal itu berlabuh di Sabah kemarin.", "Sabah", "region", "MYS"),
    ],
)  # fmt: skip
def test_unlabelled_and_world_places(lang, text, mention, kind, country) -> None:
    place = _place(lang, text, mention)
    assert place is not None
    assert (place.kind, place.country) == (kind, country)


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        # a region word alone is no place ("negara" is also a town in Bali)
        ("id", "Pemilu di negara bagian itu berjalan tertib.", "negara"),
        # an airport code among a city's other names is not that city ("BBM" is fuel)
        ("id", "Harga BBM naik lagi pekan ini.", "BBM"),
    ],
)
def test_not_places(lang, text, mention) -> None:
    assert _place(lang, text, mention) is None


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Florida", "region", "USA"),  # the state, not a Colombian town
        ("Washington", "city", "USA"),  # the capital, not the state
        ("New York", "city", "USA"),  # "New York City" goes by "New York"
        ("Kursk", "city", "RUS"),  # a city outranks a same-named world region
    ],
)
def test_index_ranking(name, kind, country) -> None:
    place = load_places().resolve(name, 0, len(name))
    assert place is not None
    assert (place.kind, place.country) == (kind, country)


@pytest.mark.parametrize(
    ("lang", "text", "mention", "country", "sector"),
    [
        # a possessive clitic does not hide a role noun
        ("id", "Calon itu tiba bersama ratusan pendukungnya.", "pendukung", "IDN", "PTY"),
        # a city or region against a role noun gives its country
        ("en", "Bali police closed the road near the venue. Talks on Ukraine went on.",
         "police", "IDN", "COP"),
    ],
)  # fmt: skip
def test_role_nouns_in_context(lang, text, mention, country, sector) -> None:
    result = coded(text, lang=lang, published="2023-06-01")
    assert result is not None
    (actor,) = [a for a in result.actors if a.text == mention]
    assert (actor.country, actor.sector) == (country, sector)


def test_then_marks_the_office_held_at_the_time() -> None:
    text = "A 2015 photo shows then-Vice President Joe Biden in Kyiv."
    result = coded(text, lang="en", published="2023-06-14")
    assert result is not None
    (biden,) = [a for a in result.actors if a.text == "Joe Biden"]
    assert (biden.country, biden.role) == ("USA", "Vice President")


def test_holders_index_matches_a_scan() -> None:
    registry = load_registry()
    from datetime import date

    on = date(2023, 6, 1)
    scanned = sorted(
        {
            r.actor_id
            for offices in registry.roles.values()
            for r in offices
            if r.role == "President" and r.country == "IDN" and r.held_on(on)
        }
    )
    assert registry.holders("IDN", "President", on) == tuple(scanned) == ("joko-widodo",)


def test_acronym_is_not_a_city_with_that_alternate_name() -> None:
    from warta.eval.actors import coded

    result = coded("Komnas HAM menyelidiki kasus itu di Papua.", lang="id", published="2024-03-04")
    assert result is not None
    assert [p.text for p in result.places] == ["Papua"]


def test_place_table_errors_cite_file_and_line(tmp_path) -> None:
    import pytest

    from warta.actors.places import _place_rows
    from warta.errors import LangDataError

    table = tmp_path / "regions.tsv"
    table.write_text("# a comment\nname\tcountry\taliases\tlat\tlon\nA\tIDN\t\tnorth\t1\n")
    with pytest.raises(LangDataError, match=r"regions\.tsv:3: bad coordinates"):
        _place_rows(table)
