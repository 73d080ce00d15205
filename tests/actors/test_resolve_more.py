"""Actor resolution of organisations, titles, offices and later mentions (issue #4)."""

from __future__ import annotations

import pytest

from warta.eval.actors import coded


def _actor(lang: str, text: str, mention: str, published: str | None = "2023-10-20"):
    result = coded(text, lang=lang, published=published)
    assert result is not None
    found = [a for a in result.actors if a.text == mention]
    assert found, f"{mention!r} not resolved in {text!r}: {result.actors}"
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "mention", "expected"),
    [
        # organisations of the registry, with their own country and sector
        ("id", "Hamas menembakkan roket ke arah selatan.", "Hamas", ("PSE", "REB")),
        ("en", "Houthi rebels fired a missile at a tanker.", "Houthi rebels", ("YEM", "REB")),
        ("id", "Pendaftaran calon ditutup oleh KPU kemarin.", "KPU", ("IDN", "GOV")),
        ("id", "Golkar mengusung calon sendiri.", "Golkar", ("IDN", "PTY")),
        ("en", "Xinhua said the talks were candid.", "Xinhua", ("CHN", "MED")),
        ("en", "Reuters could not verify the video.", "Reuters", ("GBR", "MED")),
        # demonym or possessive country with a role noun
        ("en", "Russian forces shelled the bridge.", "Russian forces", ("RUS", "MIL")),
        ("en", "Chinese state media praised the deal.", "Chinese state media", ("CHN", "MED")),
        ("en", "Indonesian authorities closed the port.", "Indonesian authorities", ("IDN", "GOV")),
        ("en", "Japan's defence ministry protested.", "Japan's defence ministry", ("JPN", "MIL")),
        # a link word joins a role to the country or body after it
        ("id", "Seorang pilot asal Selandia Baru hilang.", "pilot asal Selandia Baru",
         ("NZL", "CVL")),
        ("en", "A spokesman for the Taliban denied it.", "spokesman for the Taliban",
         ("AFG", "REB")),
    ],
)  # fmt: skip
def test_resolve_groups_and_organisations(lang, text, mention, expected) -> None:
    actor = _actor(lang, text, mention)
    assert (actor.country, actor.sector) == expected


@pytest.mark.parametrize(
    ("lang", "text", "mention", "expected"),
    [
        # a title inside a NER person span becomes the role phrase
        ("en", "Guards detained President Rafael Ondimba at dawn.", "Rafael Ondimba",
         ("rafael-ondimba", "GOV")),
        ("id", "Juru bicara Polda Riau, Kombes Andi Saputra, membenarkan kabar itu.",
         "Andi Saputra", ("andi-saputra", "COP")),
        # a place between the office and the name
        ("id", "Wali Kota Bandung Agus Salim meninjau pasar.", "Agus Salim",
         ("agus-salim", "GOV")),
    ],
)  # fmt: skip
def test_resolve_titles_reach_the_name(lang, text, mention, expected) -> None:
    actor = _actor(lang, text, mention)
    assert (actor.actor_id, actor.sector) == expected


@pytest.mark.parametrize(
    ("lang", "text", "mention", "actor_id"),
    [
        ("id", "Presiden Rusia itu menolak usul gencatan senjata.", "Presiden Rusia",
         "vladimir-putin"),
        ("en", "Diplomats said the North Korean leader would travel by train.",
         "North Korean leader", "kim-jong-un"),
        ("id", "Menteri itu akan melapor kepada Presiden pekan depan.", "Presiden",
         "joko-widodo"),
    ],
)  # fmt: skip
def test_resolve_definite_office_is_its_holder(lang, text, mention, actor_id) -> None:
    actor = _actor(lang, text, mention)
    assert (actor.kind, actor.actor_id) == ("person", actor_id)


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("id", "Ia mendaftar sebagai calon Presiden tahun depan.", "Presiden"),  # no holder
        ("en", "Analysts expect the Russian leader to stay.", "Russian leader"),  # two heads
    ],
)
def test_resolve_office_without_one_holder_stays_a_group(lang, text, mention) -> None:
    result = coded(text, lang=lang, published="2023-10-20")
    assert result is not None
    assert all(a.kind != "person" for a in result.actors if mention in a.text)


def test_resolve_office_needs_a_date() -> None:
    actor = _actor("id", "Presiden Rusia itu menolak usul itu.", "Presiden Rusia", None)
    assert actor.kind == "group"


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("Indonesian President Joko Widodo opened the dam. Widodo said it cost less.",
         "Widodo", "joko-widodo"),
        ("North Korean leader Kim Jong Un left Pyongyang. Kim would meet Russian President "
         "Vladimir Putin.", "Kim", "kim-jong-un"),
    ],
)  # fmt: skip
def test_resolve_later_surname_reaches_the_full_name(text, mention, actor_id) -> None:
    actor = _actor("en", text, mention)
    assert actor.actor_id == actor_id and actor.sector == "GOV"


def test_resolve_later_mention_keeps_the_past_role() -> None:
    text = "Presiden AS saat itu, Donald Trump, datang ke Hanoi. Trump pulang tanpa hasil."
    actors = [a for a in coded(text, lang="id", published="2023-09-05").actors]
    (later,) = [a for a in actors if a.text == "Trump"]
    assert (later.actor_id, later.sector, later.role) == ("donald-trump", "GOV", "President")


def test_resolve_state_body_without_country_is_home_country() -> None:
    actor = _actor(
        "id", "Kementerian Investasi menyebut izin itu bersyarat.", "Kementerian Investasi"
    )
    assert (actor.country, actor.sector) == ("IDN", "GOV")
