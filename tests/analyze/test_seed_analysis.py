"""Issue #3's acceptance check on the seed article, and the gazetteer back-off."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_HTML, needs_seed
from warta import lang as lang_data
from warta.analyze import analyze
from warta.eval.actors import article_for
from warta.extract import ExtractOptions, extract
from warta.records import Doc, RawDocument


@pytest.fixture(scope="module")
def seed_doc() -> Doc:
    raw = RawDocument(source=str(SEED_HTML), html=SEED_HTML.read_text(encoding="utf-8"))
    return analyze(extract(raw, options=ExtractOptions()), lang=lang_data.load("id"))


@needs_seed
@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("PER", n)
        for n in (
            "Kim Jong-un",
            "Vladimir Putin",
            "Sergei Shoigu",
            "John Kirby",
            "Donald Trump",
            "Kim Jong Un",
        )
    ]
    + [
        ("LOC", n)
        for n in (
            "Korea Utara",
            "Korut",
            "Rusia",
            "Vladivostok",
            "Pyongyang",
            "Moskow",
            "Ukraina",
            "Vietnam",
            "Korea Selatan",
            "Korsel",
            "Seoul",
            "Amerika Serikat",
            "AS",
        )
    ]
    + [("ORG", n) for n in ("New York Times", "BBC News", "Dewan Keamanan Nasional")],
)
def test_seed_entity_found(seed_doc: Doc, label: str, text: str) -> None:
    assert any(e.label == label and e.text == text for e in seed_doc.entities)
    for entity in seed_doc.entities:
        assert seed_doc.text[entity.start : entity.end] == entity.text


@needs_seed
@pytest.mark.parametrize(
    ("text", "value", "precision", "mod"),
    [
        ("September 2023 ini", "2023-09", "month", None),
        ("bulan Juli 2023", "2023-07", "month", None),
        ("akhir bulan lalu", "2023-08", "month", "end"),
        ("April 2019 silam", "2019-04", "month", None),
    ],
)
def test_seed_time_normalised(
    seed_doc: Doc, text: str, value: str, precision: str, mod: str | None
) -> None:
    (time,) = [t for t in seed_doc.times if t.text == text]
    assert (time.value, time.precision, time.mod) == (value, precision, mod)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemerintah Jepang menolak usulan itu.", ("LOC", "Jepang")),
        ("Kementerian Luar Negeri AS mengecam serangan itu.", ("LOC", "AS")),
    ],
)
def test_place_split_from_government_phrase(text: str, expected: tuple[str, str]) -> None:
    doc = analyze(article_for(text, lang="id", published="2024-03-04"), lang=lang_data.load("id"))
    assert expected in {(e.label, e.text) for e in doc.entities}


def test_capitalised_function_word_is_no_name() -> None:
    doc = analyze(
        article_for(
            "Para pengunjuk rasa membakar ban di depan kantor bupati.",
            lang="id",
            published="2024-03-04",
        ),
        lang=lang_data.load("id"),
    )
    assert "Para" not in {e.text for e in doc.entities}


def test_name_ends_before_a_verb_the_model_ran_into() -> None:
    doc = analyze(
        article_for(
            "Kementerian Luar Negeri membantah Indonesia menahan nelayan itu.",
            lang="id",
            published="2024-03-04",
        ),
        lang=lang_data.load("id"),
    )
    labels = {(e.label, e.text) for e in doc.entities}
    assert ("ORG", "Kementerian Luar Negeri") in labels
    assert not any("membantah" in text for _, text in labels)
