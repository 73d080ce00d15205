"""Demonyms of every country, title chains, older leaders and armed groups (issue #4).

English reports of the 1990s and 2000s name actors by demonym ("Kyrgyz Prime Minister"),
by a leader of the time or by an armed movement; each must reach a country and a sector.
"""

from __future__ import annotations

from datetime import date

import pytest

from warta.actors.registry import DEFAULT, load_registry
from warta.eval.actors import coded

# Territories with no English demonym of their own in news use, and the countries whose
# demonym is shared and read as another's ("Congolese" is DR Congo, "Dominican" the
# Dominican Republic).
WITHOUT_DEMONYM = {
    "ATA", "ATF", "BES", "BLM", "BVT", "CCK", "COG", "CXR", "DMA", "GGY", "HMD", "IOT",
    "JEY", "MAF", "SGS", "SJM", "SPM", "SXM", "UMI", "VAT",
}  # fmt: skip


def _table(name: str) -> list[list[str]]:
    lines = (DEFAULT / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_every_country_has_an_english_demonym() -> None:
    countries = {row[0] for row in _table("countries.tsv")[1:]}
    with_demonym = {
        row[0]
        for row in _table("country_aliases.tsv")
        if row[1] in {"en", "*"} and row[3] in {"demonym", "adjective"}
    }
    assert sorted(countries - with_demonym - WITHOUT_DEMONYM) == []


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Kyrgyz", "KGZ"),
        ("Fijians", "FJI"),
        ("Ghanaian", "GHA"),
        ("Bosnian Serbs", "BIH"),
        ("Serbs", "SRB"),
        ("Ivory Coast", "CIV"),
        ("Zaire", "COD"),
        ("Sierra Leonean", "SLE"),
    ],
)
def test_demonyms_and_old_names_find_their_country(text: str, iso3: str) -> None:
    matches = load_registry().find(f"They met {text} envoys.", lang="en")
    assert [(m.text, m.country) for m in matches if m.kind == "country"] == [(text, iso3)]


def test_a_title_before_a_surname_names_the_country_of_its_holders() -> None:
    registry = load_registry()
    assert registry.offices_by_surname("Bush", "President") == {"USA"}
    assert registry.offices_by_surname("Bush", "King") == frozenset()


@pytest.mark.parametrize(
    ("actor_id", "on", "expected"),
    [
        ("boris-yeltsin", date(1995, 6, 1), ("RUS", "GOV", "President")),
        ("robert-mugabe", date(1985, 6, 1), ("ZWE", "GOV", "Prime Minister")),
        ("robert-mugabe", date(2005, 6, 1), ("ZWE", "GOV", "President")),
        ("velupillai-prabhakaran", date(2000, 1, 1), ("LKA", "REB", "Leader")),
        ("boutros-boutros-ghali", date(1994, 1, 1), ("UN", "IGO", "Secretary-General")),
    ],
)
def test_leaders_of_the_1990s_hold_dated_offices(
    actor_id: str, on: date, expected: tuple[str, str, str]
) -> None:
    held = load_registry().person_role(actor_id, on)
    assert held is not None and (held.country, held.sector, held.role) == expected


@pytest.mark.parametrize(
    ("text", "mention", "published", "expected"),
    [
        # demonym + title + name: the name takes the office the registry knows
        ("Kyrgyz Prime Minister Nikolai Tanaev met the observers.", "Nikolai Tanaev",
         "2003-04-10", ("nikolai-tanayev", "KGZ", "GOV")),
        ("Zimbabwean Prime Minister Robert Mugabe criticised the plan.", "Robert Mugabe",
         "1985-03-01", ("robert-mugabe", "ZWE", "GOV")),
        ("President Abdelaziz Bouteflika pardoned the prisoners.", "Abdelaziz Bouteflika",
         "2000-01-01", ("abdelaziz-bouteflika", "DZA", "GOV")),
        # an unknown first name under a title: the country of the registry's holders
        ("President Bush warned Mexico on Friday.", "Bush", "2000-01-01",
         ("bush", "USA", "GOV")),
        # demonym groups, whatever other country the sentence names
        ("The Fijian rebels freed the hostages.", "Fijian rebels", "2000-01-01",
         ("FJI-REB", "FJI", "REB")),
        ("Ghanaian authorities deported the crew of a Swedish ship.", "Ghanaian authorities",
         "2000-01-01", ("GHA-GOV", "GHA", "GOV")),
        # armed movements and bodies of the time
        ("The Liberation Tigers of Tamil Eelam rejected the offer.",
         "Liberation Tigers of Tamil Eelam", "2000-01-01", ("ltte", "LKA", "REB")),
        ("Both the army and the Moro Islamic Liberation Front broke the truce.",
         "Moro Islamic Liberation Front", "2001-05-01", ("milf", "PHL", "REB")),
        ("Red Cross officials left the town.", "Red Cross officials", "2003-01-01",
         ("ICRC-NGO", "ICRC", "NGO")),
        ("The State Department criticised the vote in Pakistan.", "State Department",
         "2000-01-01", ("USA-GOV", "USA", "GOV")),
    ],
)  # fmt: skip
def test_older_reports_resolve_source_and_target(
    text: str, mention: str, published: str, expected: tuple[str, str, str]
) -> None:
    result = coded(text, lang="en", published=published)
    assert result is not None
    found = [a for a in result.actors if a.text == mention]
    assert found, f"{mention!r} not resolved in {text!r}: {result.actors}"
    assert (found[0].actor_id, found[0].country, found[0].sector) == expected


def test_a_place_inside_an_organisation_name_is_not_a_place() -> None:
    text = "Both the army and the Moro Islamic Liberation Front broke the truce."
    result = coded(text, lang="en", published="2001-05-01")
    assert result is not None
    assert [p.text for p in result.places if p.text == "Moro"] == []
