"""The seed article (read from ../shared): issue #2's acceptance criteria for extraction."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_HTML, SEED_TEXT, needs_seed
from warta.extract import ExtractOptions, extract
from warta.records import Article, RawDocument

pytestmark = needs_seed

BODY_PARAGRAPHS = 22  # 21 paragraphs and the subheading


@pytest.fixture(scope="module")
def seed_article() -> Article:
    raw = RawDocument(source=str(SEED_HTML), html=SEED_HTML.read_text(encoding="utf-8"))
    return extract(raw, options=ExtractOptions())


def test_seed_metadata(seed_article: Article) -> None:
    assert seed_article.title == "Kekhawatiran Jelang Pertemuan Kim Jong-un dan Vladimir Putin"
    assert seed_article.outlet == "PARBOABOA"
    assert seed_article.dateline == "Jakarta"
    assert seed_article.published == "2023-09-05T10:15:00+07:00"
    assert seed_article.editor == "Umaya khusniah"
    assert seed_article.lang == "id"
    assert seed_article.tags == ("Korea Utara", "Rusia", "Kim Jong-un", "Vladimir Putin")


def test_seed_text_keeps_every_body_paragraph(seed_article: Article) -> None:
    paragraphs = seed_article.text.split("\n\n")
    assert seed_article.text.startswith("Pemimpin Korea Utara")
    assert len(paragraphs) == BODY_PARAGRAPHS
    assert "Reaksi Amerika Serikat (AS) dan Kekhawatiran Korea Selatan" in paragraphs
    assert paragraphs[-1].startswith("Keadaan tersebut menambah kompleksitas")


@pytest.mark.parametrize(
    "furniture",
    [
        "(Foto:",
        "Pertemuan Kim Kong-un",
        "Baca Juga",
        "Korut Kembali Luncurkan Rudal",
        "AS Ancam Jatuhkan Sanksi Baru",
        "TAG",
        "LIPUTAN KHUSUS",
        "Krisis Pangan",
        "Editor:",
        "Beranda",
        "Bagikan",
        "Hak cipta",
        "Pedoman Media Siber",
        "PARBOABOA, Jakarta",
    ],
)
def test_seed_text_has_no_furniture(seed_article: Article, furniture: str) -> None:
    assert furniture not in seed_article.text


def test_seed_plain_text_gives_the_same_body(seed_article: Article) -> None:
    raw = RawDocument(source=str(SEED_TEXT), text=SEED_TEXT.read_text(encoding="utf-8"))
    article = extract(raw, options=ExtractOptions())
    assert article.title == seed_article.title
    assert article.dateline == "Jakarta" and article.outlet == "PARBOABOA"
    assert article.editor == "Umaya khusniah"
    # The text version puts a space before one comma ("informasi ,"); the rest is identical.
    assert article.text.split("\n\n")[0] == seed_article.text.split("\n\n")[0]
    assert article.text.count("\n\n") == seed_article.text.count("\n\n")
