"""News-page cleanup on pages we wrote: related links, captions, bylines, tags, widgets."""

from __future__ import annotations

import pytest

from tests.conftest import page
from warta.extract import ExtractOptions, extract
from warta.records import Article, RawDocument
from warta.sources.decode import decode


def _extract(name: str) -> Article:
    html = decode(page(name), source=name)
    return extract(RawDocument(source=name, html=html), options=ExtractOptions())


def test_indonesian_page_fields() -> None:
    article = _extract("kabar_id.html")
    assert article.title == "Menlu RI Bahas Krisis Myanmar dengan Mitra ASEAN"
    assert article.outlet == "KABAR UJI"
    assert article.dateline == "Makassar"
    assert article.published == "2024-03-13T14:30:00+08:00"  # byline time in WITA
    assert article.authors == ("Sari Wulandari",)
    assert article.editor == "Bima Prasetyo"
    assert article.tags == ("ASEAN", "Myanmar")
    assert article.canonical_url == "https://kabaruji.example/dunia/menlu-bahas-krisis-myanmar"
    assert article.text.startswith("Menteri Luar Negeri Indonesia membahas")


@pytest.mark.parametrize(
    "furniture",
    [
        "BACA JUGA",
        "ASEAN Siapkan Bantuan",
        "(Foto:",
        "Berita Terkait",
        "TERPOPULER",
        "Harga Beras",
        "Penulis:",
        "Editor: Bima",
        "TAG",
        "Beranda",
        "hak cipta",
    ],
)
def test_indonesian_page_furniture_removed(furniture: str) -> None:
    assert furniture not in _extract("kabar_id.html").text


def test_sentence_starting_with_marker_word_is_kept() -> None:
    assert "Editor majalah kebijakan luar negeri" in _extract("kabar_id.html").text


def test_english_wire_page_fields() -> None:
    article = _extract("wire_en.html")
    assert article.outlet == "Test Wire"
    assert article.dateline == "Geneva"
    assert article.published == "2024-03-04T09:20:00-05:00"  # JSON-LD @graph
    assert article.authors == ("Alex Morgan",)
    assert article.editor == "Priya Nair"
    assert article.tags == ("Trade", "Grain")
    assert article.lang == "en"
    assert article.text.startswith("Trade ministers from six countries")


@pytest.mark.parametrize(
    "furniture",
    [
        "Share this",
        "Advertisement",
        "Read more",
        "Grain prices climb",
        "Reporting by",
        "Most read",
        "All rights reserved",
    ],
)
def test_english_page_furniture_removed(furniture: str) -> None:
    assert furniture not in _extract("wire_en.html").text


def test_undeclared_windows_1252_page_decodes() -> None:
    article = _extract("latin1_nocharset.html")
    assert article.title == "Café di Bandung"
    assert "“harga kopi naik tajam”" in article.text


def test_page_without_article_is_bad_input() -> None:
    from warta.errors import BadInput

    with pytest.raises(BadInput, match=r"^nav_only.html: no article text found"):
        _extract("nav_only.html")


def test_impossible_date_is_dropped_with_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    article = _extract("impossible_date.html")
    assert article.published is None
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == ["impossible_date.html: impossible publication date '2024-02-30'"]


def test_article_id_is_stable_and_content_hash_tracks_text() -> None:
    first, second = _extract("kabar_id.html"), _extract("kabar_id.html")
    assert first.id == second.id and first.content_hash == second.content_hash
    changed = decode(page("kabar_id.html"), source="x").replace("tiga jam", "empat jam")
    third = extract(RawDocument(source="x", html=changed), options=ExtractOptions())
    assert third.id == first.id and third.content_hash != first.content_hash
